import type { LocationPrecision } from '../../model/event.js';

export type { LocationPrecision };

/** What sort of place a gazetteer entry is, from the most to the least specific. */
export type PlaceKind = 'site' | 'city' | 'admin1' | 'region' | 'country';

/** A place as the gazetteer knows it. */
export interface Place {
  /** The name Resurgence reports it under ("Al-Hasakah", "Borno State", "Syria"). */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** Name of the first-level region it lies in (for an admin1, its own name), when known. */
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  kind: PlaceKind;
  population?: number;
  /** For a site (a prison, an airport), the city it belongs to. */
  city?: string;
}

/** A place named in a text. */
export interface PlaceMention {
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  place: Place;
  precision: LocationPrecision;
  /** Other places the words could name, best first. */
  alternatives: Place[];
}

/** What is known of a document before its places are read. */
export interface PlaceContext {
  /** ISO alpha-2 codes of the countries the document is about, most prominent first. */
  countries?: string[];
}
