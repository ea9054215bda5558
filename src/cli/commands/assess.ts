import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { Command } from 'commander';
import { assessDatabase } from '../../analyze/assessment/index.js';
import { BRIEF_FORMATS, renderBrief, type BriefFormat } from '../../report/brief.js';
import type { CommandSpec } from '../command.js';
import { withDatabase } from '../context.js';
import { parsePositiveInt } from '../options.js';
import { parseFormat } from '../output.js';

interface AssessFlags {
  actor: string;
  unit?: string;
  format?: string;
  out?: string;
  documents?: string;
  years: number;
  factors?: string;
  hypotheses?: string;
  weights?: string;
}

const formatOf = (flags: AssessFlags): BriefFormat => {
  if (flags.format) return parseFormat(flags.format, BRIEF_FORMATS);
  const ext = flags.out?.split('.').pop()?.toLowerCase();
  return ext === 'html' || ext === 'htm' ? 'html' : ext === 'json' ? 'json' : 'md';
};

/** Writes a brief to `out` (with its chart files beside it), returning the paths written. */
export function writeBrief(
  text: string,
  attachments: { name: string; content: string }[],
  out: string,
): string[] {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  const written = [out];
  for (const a of attachments) {
    const path = join(dirname(out), a.name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, a.content);
    written.push(path);
  }
  return written;
}

export const assessCommand: CommandSpec = {
  name: 'assess',
  description:
    'write the brief: competing hypotheses weighed on claims and event data, disagreements, trajectory',
  configure(command: Command) {
    command
      .option('--actor <name>', 'the group assessed (canonical name)', 'Islamic State')
      .option('--unit <unit>', 'one province or branch of it')
      .option('--format <format>', `${BRIEF_FORMATS.join(', ')} (default: from --out, else md)`)
      .option('--out <file>', 'write the brief here (Markdown charts go in FILE.charts/) instead of stdout')
      .option('--documents <ids>', 'weigh only these documents (comma-separated ids)')
      .option('--years <n>', 'complete years the data indicators compare', parsePositiveInt, 3)
      .option('--factors <file>', 'factor framework (default: data/factors.yaml)')
      .option('--hypotheses <file>', 'hypotheses and theatres (default: data/hypotheses.yaml)')
      .option('--weights <file>', 'reliability grades and weights (default: data/weights.yaml)')
      .action(async (flags: AssessFlags, cmd: Command) => {
        const format = formatOf(flags);
        const documentIds = flags.documents?.split(',').map((s) => parsePositiveInt(s.trim()));
        const assessment = await withDatabase(cmd, (db) =>
          assessDatabase(db, { ...flags, unit: flags.unit ?? null, documentIds }),
        );
        const chartFolder =
          flags.out && format === 'md' ? `${basename(flags.out).replace(/\.[^.]+$/, '')}.charts` : undefined;
        const { text, attachments } = renderBrief(assessment, format, { chartFolder });
        if (!flags.out) {
          process.stdout.write(text);
          return;
        }
        const written = writeBrief(text, attachments, flags.out);
        process.stdout.write(
          `Brief written to ${written[0]}${written.length > 1 ? ` (+ ${written.length - 1} chart files)` : ''}\n`,
        );
      });
  },
};
