import type { Migration } from '../migrate.js';
import { documents } from './001-documents.js';
import { events } from './002-events.js';
import { assessment } from './003-assessment.js';
import { datasets } from './004-datasets.js';
import { claimDirectionSource } from './005-claim-direction-source.js';
import { thirdActor } from './006-third-actor.js';

/** Every schema step, in order. Add a file per step; never edit a step that has shipped. */
export const MIGRATIONS: Migration[] = [
  documents,
  events,
  assessment,
  datasets,
  claimDirectionSource,
  thirdActor,
];
