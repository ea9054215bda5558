import type { Migration } from '../migrate.js';

/** A third actor of an event: GTD names up to three perpetrator groups (`gname`, `gname2`, `gname3`). */
export const thirdActor: Migration = {
  version: 6,
  name: 'third actor',
  statements: [
    'alter table events add column actor3 varchar',
    'alter table events add column unit3 varchar',
    'alter table events add column actor3_raw varchar',
  ],
};
