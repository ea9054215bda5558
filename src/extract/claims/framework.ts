import { readFileSync } from 'node:fs';
import { parseYamlCached } from '../data-file.js';
import { ConfigError } from '../../model/errors.js';
import { packagePath } from '../../model/package-path.js';
import { compileCue, type CuePattern } from './cues.js';

/** Which way a factor's growth points: `positive` favours the group, `negative` hinders it. */
export type FactorPolarity = 'positive' | 'negative';

/** The theatres a piece of evidence can speak of. */
export const SCOPES = ['core', 'periphery', 'external', 'general'] as const;
export type Scope = (typeof SCOPES)[number];

/**
 * A factor cue, compiled, with what it says by itself about the factor's level: `up` or `down`, or
 * `opposite` when it names the factor's opposite without saying a level ("Western attention" for
 * distraction): polarity words about it are turned round, and alone it says nothing.
 */
export interface FactorCue extends CuePattern {
  reads: 'up' | 'down' | 'opposite' | null;
  /**
   * What the clause's subject gains ("retook the towns"): after a cue of a factor whose growth
   * hinders the group (the army) earlier in the clause, the claim reads the other way.
   */
  subject: boolean;
}

/** One factor of the framework, as `data/factors.yaml` defines it. */
export interface FactorDefinition {
  id: string;
  label: string;
  description: string;
  polarity: FactorPolarity;
  /** Fixed theatre of claims about this factor, or null to read it from the sentence. */
  scope: Scope | null;
  cues: FactorCue[];
  /**
   * What the factor's cues do to others measures it ("the branch killed more civilians than any
   * other": its operational capacity), so an active harming verb after one of its cues reads up.
   */
  inflicts: boolean;
  /**
   * Its cues name conditions that carry their own level ("turmoil", "preoccupied"): a cue that reads
   * by itself is then told only by a polarity word close to it, not by one elsewhere in its clause.
   */
  conditions: boolean;
  /** Event-data indicators that bear on the factor. */
  indicators: string[];
}

/** The factor framework: every factor, in the order the file lists them. */
export interface FactorFramework {
  file: string;
  factors: FactorDefinition[];
}

/** Where the data files shipped with Resurgence live (works from src/ and dist/ alike). */
export const dataFile = (name: string) => packagePath('data', name);

/** Reads a YAML data file, turning a missing or malformed file into a {@link ConfigError}. */
export function readYaml(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(file, `cannot read it (${(error as Error).message}); check the path`);
  }
  try {
    return parseYamlCached(text);
  } catch (error) {
    throw new ConfigError(file, `is not valid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
}

/** Validation helpers that name the file and the entry at fault. */
export class Checker {
  constructor(readonly file: string) {}
  fail(where: string, message: string): never {
    throw new ConfigError(this.file, `${where}: ${message}`);
  }
  record(value: unknown, where: string): Record<string, unknown> {
    if (!value || typeof value !== 'object' || Array.isArray(value)) this.fail(where, 'must be a mapping');
    return value as Record<string, unknown>;
  }
  list(value: unknown, where: string): unknown[] {
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.fail(where, 'must be a list');
    return value;
  }
  text(value: unknown, where: string): string {
    if (typeof value !== 'string' || !value.trim()) this.fail(where, 'must be a non-empty string');
    return value.trim();
  }
  oneOf<T extends string>(value: unknown, allowed: readonly T[], where: string): T {
    if (!allowed.includes(value as T)) this.fail(where, `must be one of ${allowed.join(', ')}`);
    return value as T;
  }
  id(value: unknown, where: string): string {
    const id = this.text(value, where);
    if (!/^[A-Za-z][A-Za-z0-9_-]*$/.test(id)) this.fail(where, `"${id}" must be letters, digits, _ or -`);
    return id;
  }
  cue(value: unknown, where: string): CuePattern {
    try {
      return compileCue(this.text(value, where));
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      return this.fail(where, (error as Error).message);
    }
  }
  unique(ids: string[], what: string) {
    const seen = new Set<string>();
    for (const id of ids) {
      if (seen.has(id)) this.fail(what, `"${id}" is defined twice; rename or remove one`);
      seen.add(id);
    }
  }
}

function factorCue(c: Checker, value: unknown, where: string): FactorCue {
  if (typeof value === 'string') return { ...c.cue(value, where), reads: null, subject: false };
  const entry = c.record(value, where);
  const reads =
    entry.reads === undefined
      ? null
      : c.oneOf(entry.reads, ['up', 'down', 'opposite'] as const, `${where}.reads`);
  const subject =
    c.oneOf(String(entry.subject ?? false), ['true', 'false'] as const, `${where}.subject`) === 'true';
  return { ...c.cue(entry.cue, `${where}.cue`), reads, subject };
}

/** Validates a parsed factor file; throws {@link ConfigError} naming the entry at fault. */
export function parseFactorFramework(data: unknown, file: string): FactorFramework {
  const c = new Checker(file);
  const root = c.record(data, 'the file');
  const entries = c.list(root.factors, 'factors');
  if (!entries.length) c.fail('factors', 'define at least one factor');
  const factors = entries.map((value, i): FactorDefinition => {
    const e = c.record(value, `factors[${i}]`);
    const id = c.id(e.id, `factors[${i}].id`);
    const where = `factor ${id}`;
    const cues = c.list(e.cues, `${where}.cues`).map((cue, j) => factorCue(c, cue, `${where}.cues[${j}]`));
    if (!cues.length) c.fail(`${where}.cues`, 'give at least one cue, or the factor can never be found');
    return {
      id,
      label: e.label === undefined ? id : c.text(e.label, `${where}.label`),
      description: e.description === undefined ? '' : c.text(e.description, `${where}.description`),
      polarity: c.oneOf(e.polarity ?? 'positive', ['positive', 'negative'] as const, `${where}.polarity`),
      scope: e.scope === undefined ? null : c.oneOf(e.scope, SCOPES, `${where}.scope`),
      inflicts:
        c.oneOf(String(e.inflicts ?? false), ['true', 'false'] as const, `${where}.inflicts`) === 'true',
      conditions:
        c.oneOf(String(e.conditions ?? false), ['true', 'false'] as const, `${where}.conditions`) === 'true',
      cues,
      indicators: c
        .list(e.indicators, `${where}.indicators`)
        .map((x, j) => c.id(x, `${where}.indicators[${j}]`)),
    };
  });
  c.unique(
    factors.map((f) => f.id),
    'factors',
  );
  return { file, factors };
}

/** Reads and validates a factor file (default: the shipped `data/factors.yaml`). */
export function loadFactorFramework(file = dataFile('factors.yaml')): FactorFramework {
  return parseFactorFramework(readYaml(file), file);
}
