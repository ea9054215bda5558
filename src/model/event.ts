/** The kinds of incident Resurgence records, shared by documents and event datasets. */
export const EVENT_TYPES = [
  'attack',
  'bombing',
  'battle',
  'abduction',
  'execution',
  'prison_break',
  'plot_foiled',
  'territory_change',
  'airstrike',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/** How precisely a date is known. */
export type DatePrecision = 'day' | 'month' | 'year';

/** How precisely a place is known: the named place itself, near it, only its first-level region, only the country. */
export type LocationPrecision = 'exact' | 'near' | 'admin1' | 'country';

/** Where an event record came from. */
export type EventOrigin = 'document' | 'ucdp' | 'acled' | 'gtd';

/** A span of the cleaned text, in UTF-16 code units as JavaScript strings count them. */
export interface Span {
  start: number;
  end: number;
}

/** An incident as extracted from a document, in the contract of `resurgence extract --format json`. */
export interface DocumentEvent {
  type: EventType;
  /** YYYY-MM-DD, YYYY-MM or YYYY, as precise as the document allows. */
  date: string | null;
  datePrecision: DatePrecision | null;
  /** ISO 3166-1 alpha-2. */
  country: string | null;
  admin1: string | null;
  place: string | null;
  lat: number | null;
  lon: number | null;
  locationPrecision: LocationPrecision | null;
  /** Canonical actor name from the registry (`Islamic State`, `Military of United States`). */
  perpetrator: string | null;
  /** Province or branch of the perpetrator (`West Africa Province`). */
  unit: string | null;
  target: string | null;
  /** Every death in the incident, attackers included. */
  fatalities: number | null;
  fatalitiesLow: number | null;
  fatalitiesHigh: number | null;
  attackersKilled: number | null;
  injured: number | null;
  injuredLow: number | null;
  injuredHigh: number | null;
  /** true when the text says the group claimed it, false when it says no one did, null otherwise. */
  claimed: boolean | null;
  /** 0..1: how sure the extractor is that this is a real, specific incident with these fields. */
  confidence: number;
  /** The sentences the event was read from, as offsets into the cleaned text. */
  evidence: Span[];
}
