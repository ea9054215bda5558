import type { Migration } from '../migrate.js';

/** Where each claim's direction was read: its own words, its paragraph's argument or its document's. */
export const claimDirectionSource: Migration = {
  version: 5,
  name: 'claim direction source',
  statements: ["alter table claims add column direction_from varchar default 'text'"],
};
