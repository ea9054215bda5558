import { openDatabase, type Database } from '../../src/store/database.js';

/** A fresh, migrated in-memory DuckDB database for one test. Close it in `afterEach`. */
export function memoryDatabase(): Promise<Database> {
  return openDatabase(':memory:');
}
