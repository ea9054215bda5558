import type { Command } from 'commander';
import { parseWeights } from '../../analyze/assessment/config.js';
import { dataFile, readYaml } from '../../extract/claims/index.js';
import { UsageError } from '../../model/errors.js';
import { listReliability, setReliability } from '../../store/judgments.js';
import type { CommandSpec } from '../command.js';
import { withDatabase } from '../context.js';
import { formatTable } from '../output.js';

export const reliabilityCommand: CommandSpec = {
  name: 'reliability',
  description: 'grade a source (outlet or dataset) A-F as in the Admiralty code, or list the grades',
  configure(command: Command) {
    command
      .argument('[source]', 'outlet as the brief names it (its publisher), or a dataset: ucdp, acled, gtd')
      .argument('[grade]', 'A completely reliable ... E unreliable, F cannot be judged')
      .option('--note <text>', 'why')
      .action(
        async (
          source: string | undefined,
          grade: string | undefined,
          flags: { note?: string },
          cmd: Command,
        ) => {
          const file = dataFile('weights.yaml');
          const weights = parseWeights(readYaml(file), file);
          await withDatabase(cmd, async (db) => {
            if (!source) {
              const stored = await listReliability(db);
              process.stdout.write(
                `${formatTable(
                  [...stored],
                  [
                    { header: 'source', value: (r) => r[0], max: 50 },
                    { header: 'grade', value: (r) => r[1].grade },
                    { header: 'meaning', value: (r) => weights.grades[r[1].grade]?.label },
                    { header: 'note', value: (r) => r[1].note, max: 50 },
                  ],
                )}\n`,
              );
              return;
            }
            const g = grade?.toUpperCase();
            if (!g || !weights.grades[g]) {
              throw new UsageError(
                `give a grade: ${Object.entries(weights.grades)
                  .map(([k, v]) => `${k} (${v.label})`)
                  .join(', ')}`,
              );
            }
            await setReliability(db, source, g, flags.note ?? null);
            process.stdout.write(`${source} graded ${g} (${weights.grades[g]!.label})\n`);
          });
        },
      );
  },
};
