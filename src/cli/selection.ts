import type { Command } from 'commander';
import { findActorOrUnit, findUnit } from '../extract/actors/find-actor.js';
import { defaultActorRegistry, type ActorRegistry } from '../extract/actors/registry.js';
import { countryByAlpha3, findCountry } from '../extract/places/countries.js';
import type { Actor, ActorUnit } from '../model/actor.js';
import { UsageError } from '../model/errors.js';
import { dateInterval } from '../store/dates.js';
import type { EventFilter } from '../store/events/event-filter.js';

/** The options that select events, shared by `events`, `trend` and `index`. */
export interface SelectionFlags {
  actor?: string;
  unit?: string;
  country?: string;
  since?: string;
  until?: string;
  origin?: string[];
}

const ORIGINS = ['ucdp', 'acled', 'gtd', 'document'];

/** Parses a date option written YYYY, YYYY-MM or YYYY-MM-DD into its first or last day. */
export function parsePeriodDay(value: string, end: 'start' | 'end'): string {
  const { start, end: last } = dateInterval(/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value) ? value : null);
  if (!start || Number.isNaN(Date.parse(start)))
    throw new UsageError(`"${value}" is not a date; write it as YYYY, YYYY-MM or YYYY-MM-DD`);
  return end === 'start' ? start : last!;
}

/** Adds the selection options to a command. */
export function selectionOptions(command: Command, options: { actorRequired?: boolean } = {}): Command {
  const actor = '--actor <name>';
  const actorHelp = 'actor or unit: canonical name, alias or dataset name (Islamic State, ISIS, ISWAP)';
  if (options.actorRequired) command.requiredOption(actor, actorHelp);
  else command.option(actor, actorHelp);
  return command
    .option('--unit <name>', 'one unit of the actor (West Africa Province, ISWAP)')
    .option('--country <name>', 'country name or ISO code (Iraq, IQ)')
    .option('--since <date>', 'first day counted (YYYY, YYYY-MM or YYYY-MM-DD)', (v) =>
      parsePeriodDay(v, 'start'),
    )
    .option('--until <date>', 'last day counted (YYYY, YYYY-MM or YYYY-MM-DD)', (v) =>
      parsePeriodDay(v, 'end'),
    )
    .option('--origin <origin...>', `only incidents with events from these sources (${ORIGINS.join(', ')})`);
}

/** A selection resolved against the registry: the filter for the store, and the actor and unit meant. */
export interface Selection {
  filter: EventFilter;
  actor: Actor | null;
  unit: ActorUnit | null;
}

/** Resolves selection options, failing with a message that says what is known when a name is not. */
export function resolveSelection(
  flags: SelectionFlags,
  registry: ActorRegistry = defaultActorRegistry(),
): Selection {
  const named = flags.actor ? findActorOrUnit(registry, flags.actor) : null;
  if (flags.actor && !named)
    throw new UsageError(`no actor "${flags.actor}" in ${registry.file}; \`resurgence actors\` lists them`);
  const actor = named?.actor ?? null;
  if (flags.unit && !actor) throw new UsageError('--unit needs --actor');
  const unit = flags.unit && actor ? findUnit(actor, flags.unit) : (named?.unit ?? null);
  if (flags.unit && !unit) {
    const known = actor!.units.map((u) => u.name).join(', ') || 'none';
    throw new UsageError(`${actor!.name} has no unit "${flags.unit}"; its units: ${known}`);
  }
  const code =
    flags.country && /^[a-z]{2}$/i.test(flags.country) ? flags.country.toUpperCase() : flags.country;
  const country = code
    ? (findCountry(code) ?? (/^[a-z]{3}$/i.test(code) ? countryByAlpha3(code) : null))
    : null;
  if (flags.country && !country)
    throw new UsageError(`no country "${flags.country}"; give a name (Iraq) or an ISO code (IQ or IRQ)`);
  for (const origin of flags.origin ?? [])
    if (!ORIGINS.includes(origin))
      throw new UsageError(`unknown origin "${origin}"; use ${ORIGINS.join(', ')}`);
  return {
    filter: {
      actor: actor?.name ?? null,
      unit: unit?.name ?? null,
      country: country?.code ?? null,
      since: flags.since ?? null,
      until: flags.until ?? null,
      origins: flags.origin ?? null,
    },
    actor: actor ?? null,
    unit: unit ?? null,
  };
}
