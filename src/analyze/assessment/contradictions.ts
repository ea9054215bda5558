import type { ComparableEvent } from '../../store/indicators.js';
import { documentName, type SourceDocument } from './claim-evidence.js';

/** One source's version of a fact. */
export interface FactSide {
  source: string;
  origin: string;
  documentId: number | null;
  eventId: number;
  value: string;
  /** The sentence the event was read from, for a document. */
  quote: { start: number; end: number; text: string } | null;
}

/** A fact that two sources give differently. */
export interface Contradiction {
  kind: 'date' | 'count' | 'place';
  summary: string;
  sides: [FactSide, FactSide];
}

const norm = (s: string | null) =>
  (s ?? '')
    .toLowerCase()
    .replace(/^(al|el|ar|as|ad)[- ]/, '')
    .replace(/[^a-z0-9]/g, '');
const same = (a: string | null, b: string | null) => !!a && !!b && norm(a) === norm(b);
/** Deaths as a range; a low bound without a high one is open ("more than 100"), as the event model says. */
const bounds = (e: ComparableEvent): [number, number] | null => {
  const low = e.fatalitiesLow ?? e.fatalities;
  if (low === null) return null;
  const high = e.fatalitiesHigh ?? (e.fatalitiesLow !== null ? Infinity : (e.fatalities ?? low));
  return [low, high];
};
const figure = (e: ComparableEvent) => {
  const [low, high] = bounds(e)!;
  return high === Infinity
    ? `${low} or more killed`
    : low === high
      ? `${low} killed`
      : `${low}-${high} killed`;
};
const compatibleTypes = (a: ComparableEvent, b: ComparableEvent) =>
  a.type === b.type || a.type === 'other' || b.type === 'other';
const compatibleActors = (a: ComparableEvent, b: ComparableEvent) =>
  !a.perpetrator || !b.perpetrator || same(a.perpetrator, b.perpetrator);

/**
 * Facts two sources give differently, from pairs of events that describe the same incident (same
 * country, actor and kind; the same day or the same place): a **date** (same place, different
 * days), a **place** (same day, different first-level regions), a **count** (deaths whose ranges do
 * not overlap).
 */
export function findContradictions(
  pairs: [ComparableEvent, ComparableEvent][],
  documents: SourceDocument[],
): Contradiction[] {
  const out: Contradiction[] = [];
  for (const [a, b] of pairs) {
    if (!compatibleTypes(a, b) || !compatibleActors(a, b)) continue;
    const days = a.datePrecision === 'day' && b.datePrecision === 'day';
    const sameDay = days && a.date === b.date;
    const samePlace = same(a.place, b.place) || (!a.place && !b.place && same(a.admin1, b.admin1));
    const side = (e: ComparableEvent, value: string) => sideOf(e, value, documents);
    if (samePlace && days && a.date !== b.date) {
      out.push({
        kind: 'date',
        summary: `${a.place ?? a.admin1}: ${a.date} or ${b.date}?`,
        sides: [side(a, a.date!), side(b, b.date!)],
      });
    }
    if (sameDay && a.admin1 && b.admin1 && !same(a.admin1, b.admin1)) {
      const where = (e: ComparableEvent) => [e.place, e.admin1].filter(Boolean).join(', ');
      out.push({
        kind: 'place',
        summary: `${a.date}: ${where(a)} or ${where(b)}?`,
        sides: [side(a, where(a)), side(b, where(b))],
      });
    }
    const [ra, rb] = [bounds(a), bounds(b)];
    if ((sameDay || (samePlace && a.date === b.date)) && ra && rb && (ra[1] < rb[0] || rb[1] < ra[0])) {
      out.push({
        kind: 'count',
        summary: `${a.place ?? a.admin1 ?? a.country}, ${a.date}: ${figure(a)} or ${figure(b)}?`,
        sides: [side(a, figure(a)), side(b, figure(b))],
      });
    }
  }
  return out;
}

function sideOf(e: ComparableEvent, value: string, documents: SourceDocument[]): FactSide {
  const doc = e.documentId === null ? undefined : documents.find((d) => d.id === e.documentId);
  const span = e.evidence[0];
  return {
    source: doc ? documentName(doc) : `${e.origin.toUpperCase()} ${e.sourceId}`,
    origin: e.origin,
    documentId: e.documentId,
    eventId: e.id,
    value,
    quote: doc?.text && span ? { ...span, text: doc.text.slice(span.start, span.end) } : null,
  };
}
