import type { Command } from 'commander';
import { DATASET_NAMES, type DatasetName } from '../../ingest/datasets/types.js';
import { importDatasetFiles, type ImportBatch } from '../../store/datasets/import-files.js';
import type { CommandSpec } from '../command.js';
import { withDatabase } from '../context.js';
import { parseFormat } from '../output.js';
import { progressBar } from '../progress.js';

const SHOWN_REJECTS = 20;
const n = (value: number) => value.toLocaleString('en-US');

/** The end-of-import summary: one line per file, its rejected rows, failures, and what merged. */
export function summariseImport(batch: ImportBatch): string {
  const lines: string[] = [];
  for (const r of batch.reports) {
    lines.push(
      `${r.file} (${r.format}${r.readAs === 'utf-8' ? '' : `, read as ${r.readAs}`}): ${n(r.rowsRead)} rows; ${n(r.inserted)} new, ${n(r.updated)} updated, ` +
        `${n(r.unchanged)} unchanged, ${n(r.rejected)} rejected`,
    );
    for (const reject of r.rejects.slice(0, SHOWN_REJECTS))
      lines.push(`  rejected ${r.file}:${reject.line}: ${reject.reason}`);
    if (r.rejects.length > SHOWN_REJECTS)
      lines.push(`  … and ${n(r.rejects.length - SHOWN_REJECTS)} more rejected rows (--json lists them all)`);
    if (r.unknownCountries.length)
      lines.push(
        `  no country matches ${r.unknownCountries.map((c) => `"${c}"`).join(', ')}; those events have no country`,
      );
  }
  for (const f of batch.failures) lines.push(`failed ${f.file}: ${f.reason}`);
  for (const f of batch.skipped) lines.push(`skipped ${f}: not an event dataset`);
  const m = batch.merge;
  lines.push(
    `Merging: ${n(m.pending)} events checked, ${n(m.pairs)} matching pairs, ` +
      `${n(m.incidents)} incident${m.incidents === 1 ? '' : 's'} with more than one source updated.`,
  );
  return lines.join('\n');
}

export const importCommand: CommandSpec = {
  name: 'import',
  description:
    'import event datasets (UCDP GED, ACLED, GTD; CSV, gzipped or not, or .xlsx) and merge their incidents',
  configure(command: Command) {
    command
      .argument('<files...>', 'CSV or .xlsx files, or folders of .csv/.csv.gz/.txt/.xlsx files')
      .option('--format <format>', `${DATASET_NAMES.join(', ')} or auto (from the header)`, 'auto')
      .option('--json', 'print the reports as JSON, with every rejected row')
      .action(async (files: string[], flags: { format: string; json?: boolean }, cmd: Command) => {
        const format = parseFormat(flags.format, [...DATASET_NAMES, 'auto'] as const) as DatasetName | 'auto';
        const progress = progressBar('files', 1);
        const batch = await withDatabase(cmd, (db) =>
          importDatasetFiles(db, files, {
            format,
            onProgress: (done, total, file) => progress.update(done, total, file),
          }).finally(() => progress.stop()),
        );
        process.stdout.write(`${flags.json ? JSON.stringify(batch, null, 2) : summariseImport(batch)}\n`);
        if (batch.failures.length) process.exitCode = 1;
      });
  },
};
