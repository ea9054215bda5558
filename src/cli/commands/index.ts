import type { CommandSpec } from '../command.js';
import { actorsCommand } from './actors.js';
import { assessCommand } from './assess.js';
import { cleanCommand } from './clean.js';
import { demoCommand } from './demo.js';
import { documentsCommand } from './documents.js';
import { eventsCommand } from './events.js';
import { extractCommand } from './extract.js';
import { importCommand } from './import.js';
import { indexCommand } from './index-command.js';
import { ingestCommand } from './ingest.js';
import { rateCommand } from './rate.js';
import { reliabilityCommand } from './reliability.js';
import { showCommand } from './show.js';
import { trendCommand } from './trend.js';

/** Every subcommand, in the order `resurgence --help` lists them. */
export const COMMANDS: CommandSpec[] = [
  demoCommand,
  ingestCommand,
  cleanCommand,
  extractCommand,
  documentsCommand,
  showCommand,
  importCommand,
  eventsCommand,
  actorsCommand,
  trendCommand,
  indexCommand,
  assessCommand,
  rateCommand,
  reliabilityCommand,
];
