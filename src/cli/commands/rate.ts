import type { Command } from 'commander';
import { loadAssessmentConfig, parseRating } from '../../analyze/assessment/index.js';
import { loadFactorFramework } from '../../extract/claims/index.js';
import { UsageError } from '../../model/errors.js';
import { clearRating, listRatings, listRelevance, setRating, setRelevance } from '../../store/judgments.js';
import type { CommandSpec } from '../command.js';
import { withDatabase } from '../context.js';
import { formatTable } from '../output.js';

interface RateFlags {
  note?: string;
  clear?: boolean;
  relevance?: string;
  list?: boolean;
}

const KEY = /^(?:doc\d+\/[a-z_]+\/(?:for|against)|data\/[a-z_]+(?:\/[a-z_]+)?)$/;

function checkKey(key: string) {
  if (!KEY.test(key)) {
    throw new UsageError(
      `"${key}" is not an evidence key; the brief's matrix lists them (doc3/manpower/against, data/core_activity)`,
    );
  }
}

export const rateCommand: CommandSpec = {
  name: 'rate',
  description: "set the analyst's rating of an evidence item against a hypothesis, or its relevance",
  configure(command: Command) {
    command
      .argument('[evidence]', 'evidence key from the brief (doc3/manpower/against, data/core_activity)')
      .argument('[hypothesis]', 'hypothesis id (H1, H2, ...)')
      .argument('[rating]', 'CC, C, N, I, II or NA (or very-consistent ... not-applicable)')
      .option('--note <text>', 'why (shown in the brief)')
      .option('--clear', 'remove the rating, so the proposal applies again')
      .option('--relevance <weight>', 'set the relevance weight (0 to 1) of the evidence item')
      .option('--list', 'list the ratings and weights stored')
      .action(
        async (
          key: string | undefined,
          hypothesis: string | undefined,
          rating: string | undefined,
          flags: RateFlags,
          cmd: Command,
        ) => {
          await withDatabase(cmd, async (db) => {
            if (flags.list || !key) {
              const ratings = await listRatings(db);
              const weights = await listRelevance(db);
              process.stdout.write(
                `${formatTable(ratings, [
                  { header: 'evidence', value: (r) => r.evidenceKey },
                  { header: 'hypothesis', value: (r) => r.hypothesis },
                  { header: 'rating', value: (r) => r.rating },
                  { header: 'note', value: (r) => r.note, max: 60 },
                ])}\n\n${formatTable(
                  [...weights],
                  [
                    { header: 'evidence', value: (w) => w[0] },
                    { header: 'relevance', value: (w) => w[1], right: true },
                  ],
                )}\n`,
              );
              return;
            }
            checkKey(key);
            if (flags.relevance !== undefined) {
              const weight = Number(flags.relevance);
              if (!(weight >= 0 && weight <= 1))
                throw new UsageError(`relevance "${flags.relevance}" must be a number from 0 to 1`);
              await setRelevance(db, key, weight, flags.note ?? null);
              process.stdout.write(`Relevance of ${key} set to ${weight}\n`);
              if (!hypothesis) return;
            }
            if (!hypothesis) throw new UsageError('name the hypothesis to rate against (H1, H2, ...)');
            const { hypotheses } = loadAssessmentConfig(loadFactorFramework());
            if (!hypotheses.some((h) => h.id === hypothesis)) {
              throw new UsageError(
                `no hypothesis "${hypothesis}"; the hypotheses are ${hypotheses.map((h) => h.id).join(', ')}`,
              );
            }
            if (flags.clear) {
              const had = await clearRating(db, key, hypothesis);
              process.stdout.write(
                had
                  ? `Rating of ${key} against ${hypothesis} cleared\n`
                  : `No rating of ${key} against ${hypothesis} was stored\n`,
              );
              return;
            }
            if (!rating) throw new UsageError('give the rating: CC, C, N, I, II or NA');
            const parsed = parseRating(rating);
            await setRating(db, { evidenceKey: key, hypothesis, rating: parsed, note: flags.note ?? null });
            process.stdout.write(`${key} rated ${parsed} against ${hypothesis}\n`);
          });
        },
      );
  },
};
