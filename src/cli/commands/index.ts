import type { CommandSpec } from '../command.js';
import { assessCommand } from './assess.js';
import { cleanCommand } from './clean.js';
import { demoCommand } from './demo.js';
import { documentsCommand } from './documents.js';
import { extractCommand } from './extract.js';
import { ingestCommand } from './ingest.js';
import { rateCommand } from './rate.js';
import { reliabilityCommand } from './reliability.js';
import { showCommand } from './show.js';

/** Every subcommand, in the order `resurgence --help` lists them. */
export const COMMANDS: CommandSpec[] = [
  demoCommand,
  ingestCommand,
  cleanCommand,
  extractCommand,
  documentsCommand,
  showCommand,
  assessCommand,
  rateCommand,
  reliabilityCommand,
];
