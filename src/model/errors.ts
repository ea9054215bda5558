/** Base of every error Resurgence reports to a user: the message says what went wrong and what to do. */
export class ResurgenceError extends Error {
  override name = 'ResurgenceError';
}

/** A file that could not be read or understood. `file` names it; the message gives the reason. */
export class InputError extends ResurgenceError {
  override name = 'InputError';
  constructor(
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A dataset row or file that could not be imported, with its place in the file. */
export class ImportError extends ResurgenceError {
  override name = 'ImportError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    message: string,
    readonly column: string | null = null,
  ) {
    super(message);
  }
}

/** A database statement that failed, with its SQL. */
export class QueryError extends ResurgenceError {
  override name = 'QueryError';
  constructor(
    message: string,
    readonly sql: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** A configuration or data file (actors, factors, hypotheses) that is invalid: fails when it is read. */
export class ConfigError extends ResurgenceError {
  override name = 'ConfigError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/** A user request that cannot be satisfied as given (unknown id, bad option value). */
export class UsageError extends ResurgenceError {
  override name = 'UsageError';
}
