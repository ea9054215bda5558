// Whether a sentence's act and an incident's are of kinds that can be one incident: a foiled plot
// is not the attack it foiled, an air strike not the ground act told beside it.
import type { EventType } from '../../model/event.js';
import type { Frame } from './frames.js';
import type { Incident } from './incidents.js';

/** Kinds of incident that cannot be told of as one: a foiled plot is not the attack it foiled. */
const APART: Partial<Record<EventType, EventType[]>> = {
  plot_foiled: [
    'attack',
    'bombing',
    'battle',
    'prison_break',
    'abduction',
    'execution',
    'airstrike',
    'territory_change',
  ],
  airstrike: [
    'attack',
    'bombing',
    'prison_break',
    'abduction',
    'execution',
    'plot_foiled',
    'territory_change',
  ],
};

const strongestType = (triggers: Frame['triggers']): EventType | null =>
  [...triggers].sort((a, b) => b.priority - a.priority)[0]?.type ?? null;

/** The type a frame's strongest trigger names. */
const frameType = (f: Frame): EventType | null => strongestType(f.triggers);

/** The type a frame's strongest trigger names, leaving out bare verbs of killing ("killed two"). */
const namedType = (f: Frame): EventType | null =>
  strongestType(f.triggers.filter((t) => !KILLING.test(t.text)));
const KILLING = /^(?:kill|kills|killed|killing)$/i;

/**
 * An air strike not yet dated does not take the date of a ground act told after it ("Thursday's
 * bombing at the gate"); a bomb not yet dated may take an air strike's (a bomb dropped from the air).
 */
export function groundActAfterStrike(incident: Incident, frame: Frame): boolean {
  const mine = namedType(frame);
  return (
    incident.frames.map(namedType).find(Boolean) === 'airstrike' &&
    mine !== null &&
    (APART.airstrike?.includes(mine) ?? false)
  );
}

/** Whether a frame's act may be the incident's: not a foiled plot beside an attack, nor an air strike beside a ground act. */
export function sameKind(incident: Incident, frame: Frame): boolean {
  const mine = frameType(frame);
  const theirs = incident.frames.map(frameType).find(Boolean);
  if (!mine || !theirs || mine === theirs) return true;
  return !(APART[mine]?.includes(theirs) || APART[theirs]?.includes(mine));
}
