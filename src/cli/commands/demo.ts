import type { Command } from 'commander';
import { assessDatabase } from '../../analyze/assessment/index.js';
import { renderBrief } from '../../report/brief.js';
import { listDocuments } from '../../store/documents.js';
import { ingestFiles } from '../../store/ingest-files.js';
import type { CommandSpec } from '../command.js';
import { withDatabase } from '../context.js';
import { formatTable } from '../output.js';
import { packagePath } from '../../model/package-path.js';
import { progressBar } from '../progress.js';
import { writeBrief } from './assess.js';
import { summarise } from './ingest.js';
import { showTrajectoryDemo } from './demo-trajectory.js';

export const demoCommand: CommandSpec = {
  name: 'demo',
  description:
    'the main job on the sample data: ingest the documents, import the UCDP extracts and show the trajectory, write the brief',
  configure(command: Command) {
    command.action(async (_flags: unknown, cmd: Command) => {
      await withDatabase(cmd, async (db) => {
        const progress = progressBar('files');
        const outcomes = await ingestFiles(db, [packagePath('samples', 'documents')], {
          onProgress: (done, total, file) => progress.update(done, total, file),
        }).finally(() => progress.stop());
        process.stdout.write(`Sample documents: ${summarise(outcomes)}\n\n`);
        const docs = await listDocuments(db);
        process.stdout.write(
          `${formatTable(docs, [
            { header: 'id', value: (d) => d.id, right: true },
            { header: 'published', value: (d) => d.published },
            { header: 'publisher', value: (d) => d.publisher, max: 24 },
            { header: 'title', value: (d) => d.title, max: 70 },
            { header: 'events', value: (d) => d.events, right: true },
          ])}\n\n`,
        );
        await showTrajectoryDemo(db);
        const assessment = await assessDatabase(db);
        for (const [format, out] of [
          ['html', 'out/brief.html'],
          ['md', 'out/brief.md'],
        ] as const) {
          const { text, attachments } = renderBrief(assessment, format, { chartFolder: 'brief.charts' });
          writeBrief(text, attachments, out);
        }
        process.stdout.write(`\nBrief on the sample analyses written to out/brief.html (and out/brief.md)\n`);
        if (outcomes.some((o) => o.status === 'failed')) process.exitCode = 1;
      });
    });
  },
};
