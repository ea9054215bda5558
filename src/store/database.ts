import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { QueryError } from '../model/errors.js';
import { migrate } from './migrate.js';

/** Parameters bound to `$1, $2, ...` (an array) or `$name` (an object). */
export type Params = DuckDBValue[] | Record<string, DuckDBValue>;

/** A row as JavaScript values: numbers, strings, booleans, Dates, bigints for BIGINT, arrays for lists. */
export type Row = Record<string, unknown>;

/** The narrow interface every other module uses to reach the embedded database. */
export interface Queryable {
  run(sql: string, params?: Params): Promise<void>;
  all<T = Row>(sql: string, params?: Params): Promise<T[]>;
}

/** Options for {@link openDatabase}. */
export interface OpenOptions {
  /** Skip bringing the schema up to date (for tools that only inspect a file). Default false. */
  skipMigrations?: boolean;
  /** DuckDB's memory limit ("512MB"); default `RESURGENCE_MEMORY_LIMIT`, else DuckDB's own (80% of RAM). */
  memoryLimit?: string;
}

/**
 * The embedded DuckDB database: one connection, one writer at a time.
 *
 * @example
 *   const db = await openDatabase(':memory:');
 *   const rows = await db.all<{ n: number }>('select count(*)::int as n from documents');
 */
export class Database implements Queryable {
  #queue: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly path: string,
    private readonly instance: DuckDBInstance,
    readonly connection: DuckDBConnection,
  ) {}

  static async open(path: string, options: { memoryLimit?: string } = {}): Promise<Database> {
    const instance = await DuckDBInstance.create(
      path,
      options.memoryLimit ? { memory_limit: options.memoryLimit } : {},
    );
    const connection = await instance.connect();
    return new Database(path, instance, connection);
  }

  async run(sql: string, params?: Params): Promise<void> {
    try {
      await this.connection.run(sql, params);
    } catch (cause) {
      throw new QueryError(`database statement failed: ${(cause as Error).message}`, sql, { cause });
    }
  }

  async all<T = Row>(sql: string, params?: Params): Promise<T[]> {
    try {
      const reader = await this.connection.runAndReadAll(sql, params);
      return reader.getRowObjectsJS() as T[];
    } catch (cause) {
      throw new QueryError(`database query failed: ${(cause as Error).message}`, sql, { cause });
    }
  }

  /**
   * Runs `work` inside one transaction: everything it writes lands together or not at all.
   * Transactions are serialised, so concurrent callers never interleave their statements.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T> {
    const next = this.#queue.then(async () => {
      await this.run('begin transaction');
      try {
        const result = await work(this);
        await this.run('commit');
        return result;
      } catch (error) {
        await this.run('rollback').catch(() => undefined);
        throw error;
      }
    });
    this.#queue = next.catch(() => undefined);
    return next;
  }

  /** Waits for queued transactions, then closes the connection and the database file. */
  async close(): Promise<void> {
    await this.#queue;
    this.connection.closeSync();
    this.instance.closeSync();
  }
}

/**
 * Opens (creating if needed) the database at `path`, or an in-memory one for `:memory:`,
 * and migrates its schema forward to the current version.
 */
export async function openDatabase(path: string, options: OpenOptions = {}): Promise<Database> {
  const db = await Database.open(path, {
    memoryLimit: options.memoryLimit ?? process.env.RESURGENCE_MEMORY_LIMIT,
  });
  if (!options.skipMigrations) await migrate(db);
  return db;
}
