import type { Migration } from '../migrate.js';

/**
 * Events in the common model, whatever their origin: read from a document or imported from an
 * event dataset. `(origin, source_id)` identifies a record so that re-importing updates it.
 */
export const events: Migration = {
  version: 2,
  name: 'events',
  statements: [
    'create sequence event_ids start 1',
    `create table events (
      id bigint primary key default nextval('event_ids'),
      origin varchar not null,
      source_id varchar not null,
      document_id integer,
      type varchar not null,
      source_type varchar,
      date varchar,
      date_precision varchar,
      date_start date,
      date_end date,
      country varchar,
      admin1 varchar,
      admin2 varchar,
      place varchar,
      lat double,
      lon double,
      location_precision varchar,
      perpetrator varchar,
      unit varchar,
      perpetrator_raw varchar,
      target varchar,
      fatalities integer,
      fatalities_low integer,
      fatalities_high integer,
      attackers_killed integer,
      injured integer,
      injured_low integer,
      injured_high integer,
      claimed boolean,
      confidence double,
      evidence json,
      notes varchar,
      unique (origin, source_id)
    )`,
  ],
};
