import type { Migration } from '../migrate.js';

/** Documents, one row per version of a source; content hashes make re-ingesting a no-op. */
export const documents: Migration = {
  version: 1,
  name: 'documents',
  statements: [
    'create sequence document_ids start 1',
    `create table documents (
      id integer primary key default nextval('document_ids'),
      source varchar not null,
      version integer not null,
      content_hash varchar not null,
      format varchar not null,
      title varchar,
      authors varchar[] not null default [],
      published date,
      publisher varchar,
      url varchar,
      language varchar,
      text varchar not null,
      byte_size bigint not null,
      ingested_at timestamp not null default current_timestamp,
      unique (source, version),
      unique (source, content_hash)
    )`,
  ],
};
