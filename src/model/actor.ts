/** The kinds of actor the registry knows. */
export type ActorKind = 'armed_group' | 'state_forces' | 'coalition' | 'militia';

/** A branch or province of a group, such as the Islamic State's West Africa Province. */
export interface ActorUnit {
  /** Canonical unit name as written in output (`West Africa Province`). */
  name: string;
  aliases: string[];
  /** Countries (ISO alpha-2) where the unit operates; used to assign a province from a location. */
  countries: string[];
  /** First-level regions, per country, where a unit is bounded more tightly than a whole country. */
  admin1?: Record<string, string[]>;
  /** Names the event datasets give this unit. */
  datasets?: DatasetNames;
  /** YYYY-MM from which the unit exists (Mozambique Province split from Central Africa in 2022-05). */
  since?: string;
  /** Per country, the YYYY-MM until which the unit covered it, for a country later given its own unit. */
  until?: Record<string, string>;
  /** Names the unit went by before a date ("Greater Sahara" until 2022-03 for the Sahel Province). */
  formerly?: { name: string; until: string }[];
}

/** The names that each event dataset uses for an actor. */
export interface DatasetNames {
  ucdp?: string[];
  acled?: string[];
  gtd?: string[];
}

/** One entry of the actor registry (`data/actors.yaml`). */
export interface Actor {
  /** Canonical name used in all output (`Islamic State`, `Military of Nigeria`). */
  name: string;
  kind: ActorKind;
  aliases: string[];
  /** Countries the group treats as home: attacks elsewhere count as reach. */
  home: string[];
  units: ActorUnit[];
  datasets?: DatasetNames;
}
