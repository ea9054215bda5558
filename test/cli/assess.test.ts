import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { openDatabase } from '../../src/store/database.js';
import { GLOOMY, HOPEFUL, storeAnalysis } from '../helpers/assessment.js';

describe('resurgence assess, rate and reliability', () => {
  let dir: string;
  let db: string;
  let out: string[];
  const cli = async (...args: string[]) => {
    out = [];
    return runCli(['node', 'resurgence', '--db', db, ...args]);
  };
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'resurgence-cli-'));
    db = join(dir, 'test.duckdb');
    const database = await openDatabase(db);
    await storeAnalysis(database, 'gloomy.txt', GLOOMY, 'Example Review');
    await storeAnalysis(database, 'hopeful.txt', HOPEFUL, 'Example Monitor');
    await database.close();
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a rating that the next brief applies, and refuses an unknown hypothesis', async () => {
    expect(await cli('rate', 'doc1/manpower/against', 'H2', 'very-inconsistent', '--note', 'checked')).toBe(
      0,
    );
    expect(out.join('')).toContain('doc1/manpower/against rated II against H2');
    expect(await cli('assess', '--format', 'json')).toBe(0);
    const brief = JSON.parse(out.join(''));
    const row = brief.matrix.items.findIndex((i: { key: string }) => i.key === 'doc1/manpower/against');
    expect(brief.matrix.cells[row][1]).toMatchObject({ rating: 'II', overridden: true, note: 'checked' });
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await cli('rate', 'doc1/manpower/against', 'H9', 'C')).toBe(1);
  });

  it('grades an outlet and writes the brief with its charts where --out says', async () => {
    expect(await cli('reliability', 'Example Review', 'b')).toBe(0);
    expect(await cli('assess', '--out', join(dir, 'brief.md'))).toBe(0);
    expect(out.join('')).toContain('(+ 2 chart files)');
    const text = readFileSync(join(dir, 'brief.md'), 'utf8');
    expect(text).toContain('| doc1 | gloomy | Example Review · 2024-01-15 · gloomy.txt | B |');
    expect(readFileSync(join(dir, 'brief.charts', 'chart-events.svg'), 'utf8')).toContain('<svg');
  });
});
