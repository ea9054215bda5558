import type { Command } from 'commander';
import { openDatabase, type Database } from '../store/database.js';
import { databasePath, type GlobalOptions } from './command.js';

/** Opens the database named by the global options, runs `work`, and always closes it. */
export async function withDatabase<T>(command: Command, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase(databasePath(command.optsWithGlobals<GlobalOptions>()));
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
