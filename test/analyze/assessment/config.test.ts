import { describe, expect, it } from 'vitest';
import { loadAssessmentConfig } from '../../../src/analyze/assessment/config.js';
import { parseHypotheses } from '../../../src/analyze/assessment/config.js';
import { loadFactorFramework, parseFactorFramework } from '../../../src/extract/claims/index.js';
import { ConfigError } from '../../../src/model/errors.js';

const framework = loadFactorFramework();

describe('assessment configuration', () => {
  it('loads the shipped hypotheses H1-H3, theatres and reliability grades', () => {
    const config = loadAssessmentConfig(framework);
    expect(config.hypotheses.map((h) => [h.id, h.label])).toEqual([
      ['H1', 'Contained'],
      ['H2', 'Peripheral recovery'],
      ['H3', 'Core resurgence'],
    ]);
    expect(config.hypotheses[2]!.expects.core).toEqual({ for: 'CC', against: 'II', steady: 'I' });
    expect(config.scopes.core?.countries).toEqual(['IQ', 'SY']);
    expect(config.grades.A?.weight).toBe(1);
    expect(config.sourceGrades.ucdp).toBe('B');
  });

  it('accepts an analyst hypothesis with per-factor expectations', () => {
    const { hypotheses } = parseHypotheses(
      {
        hypotheses: [
          { id: 'H1', expects: { core: { for: 'I' } } },
          { id: 'H4', label: 'Africa first', factors: { decentralisation: { periphery: { for: 'CC' } } } },
        ],
      },
      'mine.yaml',
      framework,
    );
    expect(hypotheses[1]).toMatchObject({
      id: 'H4',
      label: 'Africa first',
      factors: { decentralisation: { periphery: { for: 'CC' } } },
    });
  });

  it('refuses bad files when they are read, saying what to fix', () => {
    const bad = (data: unknown) => () => parseHypotheses(data, 'h.yaml', framework);
    expect(bad({ hypotheses: [{ id: 'H1' }] })).toThrow(/at least two/);
    expect(bad({ hypotheses: [{ id: 'H1', expects: { core: { for: 'maybe' } } }, { id: 'H2' }] })).toThrow(
      /H1.expects.core.for: must be one of CC, C, N, I, II, NA/,
    );
    expect(bad({ hypotheses: [{ id: 'H1', factors: { morale: {} } }, { id: 'H2' }] })).toThrow(
      /"morale" is not a factor/,
    );
    const typo = parseFactorFramework(
      { factors: [{ id: 'x', cues: ['a'], indicators: ['prison_atacks'] }] },
      'f.yaml',
    );
    expect(() => loadAssessmentConfig(typo)).toThrow(ConfigError);
    expect(() => loadAssessmentConfig(typo)).toThrow(/no indicator "prison_atacks"/);
  });
});
