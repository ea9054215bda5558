import {
  Checker,
  dataFile,
  readYaml,
  SCOPES,
  type FactorFramework,
  type Scope,
} from '../../extract/claims/index.js';
import { ConfigError } from '../../model/errors.js';
import { INDICATORS } from './indicators.js';
import { RATINGS } from './ratings.js';
import type { Expectations, Hypothesis, Reading } from './types.js';

/** Countries and sentence cues that place evidence in a theatre. */
export interface ScopeDefinition {
  countries: string[];
  cues: string[];
}

/** The hypotheses, theatres and weights an assessment runs with. */
export interface AssessmentConfig {
  hypotheses: Hypothesis[];
  scopes: Partial<Record<Scope, ScopeDefinition>>;
  grades: Record<string, { label: string; weight: number }>;
  defaultGrade: string;
  /** Grades of sources by name (dataset origins), before the analyst's own. */
  sourceGrades: Record<string, string>;
  firmness: { asserted: number; hedged: number };
}

const READINGS: Reading[] = ['for', 'against', 'steady'];

function expectations(c: Checker, value: unknown, where: string): Expectations {
  if (value === undefined) return {};
  const out: Expectations = {};
  for (const [scope, table] of Object.entries(c.record(value, where))) {
    const s = c.oneOf(scope, SCOPES, `${where} key`);
    out[s] = {};
    for (const [reading, rating] of Object.entries(c.record(table, `${where}.${scope}`))) {
      const r = c.oneOf(reading, READINGS, `${where}.${scope} key`);
      out[s]![r] = c.oneOf(rating, RATINGS, `${where}.${scope}.${reading}`);
    }
  }
  return out;
}

/** Validates a parsed hypotheses file against the factor framework. */
export function parseHypotheses(
  data: unknown,
  file: string,
  framework: FactorFramework,
): Pick<AssessmentConfig, 'hypotheses' | 'scopes'> {
  const c = new Checker(file);
  const root = c.record(data, 'the file');
  const factorIds = new Set(framework.factors.map((f) => f.id));
  const hypotheses = c.list(root.hypotheses, 'hypotheses').map((value, i): Hypothesis => {
    const e = c.record(value, `hypotheses[${i}]`);
    const id = c.id(e.id, `hypotheses[${i}].id`);
    const factors: Record<string, Expectations> = {};
    for (const [factor, table] of Object.entries(
      e.factors === undefined ? {} : c.record(e.factors, `${id}.factors`),
    )) {
      if (!factorIds.has(factor)) c.fail(`${id}.factors`, `"${factor}" is not a factor of ${framework.file}`);
      factors[factor] = expectations(c, table, `${id}.factors.${factor}`);
    }
    return {
      id,
      label: e.label === undefined ? id : c.text(e.label, `${id}.label`),
      statement: e.statement === undefined ? '' : c.text(e.statement, `${id}.statement`),
      expects: expectations(c, e.expects, `${id}.expects`),
      factors,
    };
  });
  if (hypotheses.length < 2) c.fail('hypotheses', 'competing hypotheses need at least two');
  c.unique(
    hypotheses.map((h) => h.id),
    'hypotheses',
  );
  const scopes: AssessmentConfig['scopes'] = {};
  for (const [name, value] of Object.entries(
    root.scopes === undefined ? {} : c.record(root.scopes, 'scopes'),
  )) {
    const scope = c.oneOf(name, SCOPES, 'scopes key');
    const e = c.record(value, `scopes.${scope}`);
    const text = (list: unknown, where: string) =>
      c.list(list, where).map((x, j) => c.text(String(x), `${where}[${j}]`));
    scopes[scope] = {
      countries: text(e.countries, `scopes.${scope}.countries`),
      cues: text(e.cues, `scopes.${scope}.cues`),
    };
    scopes[scope]!.cues.forEach((cue, j) => c.cue(cue, `scopes.${scope}.cues[${j}]`));
  }
  return { hypotheses, scopes };
}

/** Validates a parsed weights file. */
export function parseWeights(data: unknown, file: string): Omit<AssessmentConfig, 'hypotheses' | 'scopes'> {
  const c = new Checker(file);
  const root = c.record(data, 'the file');
  const grades: AssessmentConfig['grades'] = {};
  for (const [grade, value] of Object.entries(c.record(root.grades, 'grades'))) {
    const e = c.record(value, `grades.${grade}`);
    const weight = Number(e.weight);
    if (!(weight >= 0 && weight <= 1)) c.fail(`grades.${grade}.weight`, 'must be a number from 0 to 1');
    grades[grade] = { label: c.text(e.label, `grades.${grade}.label`), weight };
  }
  const grade = (value: unknown, where: string) => c.oneOf(value, Object.keys(grades), where);
  const sourceGrades: Record<string, string> = {};
  for (const [source, value] of Object.entries(
    root.sources === undefined ? {} : c.record(root.sources, 'sources'),
  )) {
    sourceGrades[source] = grade(value, `sources.${source}`);
  }
  const firmness = c.record(root.firmness, 'firmness');
  const share = (value: unknown, where: string) => {
    const n = Number(value);
    if (!(n > 0 && n <= 1)) c.fail(where, 'must be a number above 0 and at most 1');
    return n;
  };
  return {
    grades,
    defaultGrade: grade(root.default, 'default'),
    sourceGrades,
    firmness: {
      asserted: share(firmness.asserted, 'firmness.asserted'),
      hedged: share(firmness.hedged, 'firmness.hedged'),
    },
  };
}

/** Checks that every indicator a factor names exists, so a typo fails when the files are read. */
export function checkIndicators(framework: FactorFramework): void {
  for (const factor of framework.factors) {
    for (const id of factor.indicators) {
      if (!INDICATORS.some((i) => i.id === id)) {
        throw new ConfigError(
          framework.file,
          `factor ${factor.id}: no indicator "${id}"; known ones are ${INDICATORS.map((i) => i.id).join(', ')}`,
        );
      }
    }
  }
}

/** Where to read the assessment's data files from (defaults: the shipped ones). */
export interface ConfigFiles {
  hypotheses?: string;
  weights?: string;
}

/** Reads and validates the hypotheses and weights files; throws ConfigError naming the fault. */
export function loadAssessmentConfig(framework: FactorFramework, files: ConfigFiles = {}): AssessmentConfig {
  checkIndicators(framework);
  const hypothesesFile = files.hypotheses ?? dataFile('hypotheses.yaml');
  const weightsFile = files.weights ?? dataFile('weights.yaml');
  return {
    ...parseHypotheses(readYaml(hypothesesFile), hypothesesFile, framework),
    ...parseWeights(readYaml(weightsFile), weightsFile),
  };
}
