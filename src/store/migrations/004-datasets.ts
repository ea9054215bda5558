import type { Migration } from '../migrate.js';

const KEPT = `id, origin, source_id, document_id, type, source_type, date, date_precision, date_start, date_end,
  country, admin1, admin2, place, lat, lon, location_precision, perpetrator, unit, perpetrator_raw, target,
  fatalities, fatalities_low, fatalities_high, attackers_killed, injured, injured_low, injured_high, claimed,
  confidence, evidence, notes`;

/**
 * Event datasets: imports and their rejected rows, a second actor for dyadic events (UCDP's side B,
 * ACLED's actor 2), incidents that merge events of several sources, and the merge watermark.
 * `actor_months` and `country_coverage` summarise events for fast trends (rebuilt after each import).
 * `events` is rebuilt without the unique index on `(origin, source_id)`: the importer keeps that
 * key unique itself, and bulk inserts of millions of rows run about twice as fast without it.
 */
export const datasets: Migration = {
  version: 4,
  name: 'datasets',
  statements: [
    'create sequence import_ids start 1',
    `create table imports (
      id integer primary key default nextval('import_ids'),
      file varchar not null,
      format varchar not null,
      rows_read bigint not null,
      inserted bigint not null,
      updated bigint not null,
      unchanged bigint not null,
      rejected bigint not null,
      imported_at timestamp not null default current_timestamp
    )`,
    `create table import_rejects (
      import_id integer not null,
      line bigint,
      reason varchar not null
    )`,
    `create table events_v4 (
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
      actor2 varchar,
      unit2 varchar,
      actor2_raw varchar,
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
      source_ref varchar,
      import_id integer,
      incident_id bigint,
      merge_pending boolean not null default false
    )`,
    `insert into events_v4 (${KEPT}) select ${KEPT} from events`,
    'drop table events',
    'alter table events_v4 rename to events',
    'create table merge_state (watermark bigint not null)',
    'insert into merge_state values (0)',
    `create table actor_months (
      actor varchar not null,
      unit varchar,
      country varchar,
      admin1 varchar,
      month date not null,
      events bigint not null,
      fatalities hugeint,
      with_figure bigint not null,
      mass bigint not null,
      log_f double,
      log_f2 double
    )`,
    'create table country_coverage (country varchar not null, last_day date not null)',
  ],
};
