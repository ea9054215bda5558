import type { Migration } from '../migrate.js';

/**
 * The assessment: claims read from documents and each document's stance (written with the
 * document), and what the analyst decides: matrix ratings that override the proposed ones,
 * relevance weights of evidence items, and the reliability (Admiralty A-F) of each source.
 */
export const assessment: Migration = {
  version: 3,
  name: 'assessment',
  statements: [
    'create sequence claim_ids start 1',
    `create table claims (
      id integer primary key default nextval('claim_ids'),
      document_id integer not null,
      ordinal integer not null,
      factor varchar not null,
      direction varchar not null,
      firmness varchar not null,
      attribution varchar not null,
      period varchar,
      start_offset integer not null,
      end_offset integer not null,
      text varchar not null,
      unique (document_id, ordinal)
    )`,
    `create table document_stances (
      document_id integer primary key,
      stance varchar not null,
      balance double not null,
      evidence json not null
    )`,
    `create table ach_ratings (
      evidence_key varchar not null,
      hypothesis varchar not null,
      rating varchar not null,
      note varchar,
      updated_at timestamp not null default current_timestamp,
      primary key (evidence_key, hypothesis)
    )`,
    `create table evidence_weights (
      evidence_key varchar primary key,
      relevance double not null,
      note varchar,
      updated_at timestamp not null default current_timestamp
    )`,
    `create table source_reliability (
      source varchar primary key,
      reliability varchar not null,
      note varchar,
      updated_at timestamp not null default current_timestamp
    )`,
  ],
};
