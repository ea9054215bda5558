import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { fixture } from '../helpers/fixtures.js';

let out = '';
let err = '';

async function cli(...args: string[]): Promise<number> {
  out = '';
  err = '';
  return runCli(['node', 'resurgence', '--db', db, ...args]);
}

let db = '';

/** Islamic State events per year in Syria by the plain rule, counted in gtd-iraq-syria-2012-2019.csv. */
const GTD_SYRIA = { '2013': 2, '2015': 1, '2016': 4, '2017': 1, '2018': 2, '2019': 1 };

describe('the dataset commands', () => {
  beforeEach(() => {
    db = join(mkdtempSync(join(tmpdir(), 'resurgence-cli-')), 'test.duckdb');
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => ((out += String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => ((err += String(chunk)), true));
    process.exitCode = 0;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = 0;
  });

  it('imports files, reporting rejected rows with file and line, and merges incidents', async () => {
    expect(
      await cli('import', fixture('datasets', 'acled-current.csv'), fixture('datasets', 'ucdp-ged.csv')),
    ).toBe(0);
    expect(out).toContain('acled-current.csv (acled): 9 rows; 5 new, 0 updated, 0 unchanged, 4 rejected');
    expect(out).toMatch(/rejected .*acled-current\.csv:6: fatalities "a dozen" is not a number/);
    expect(out).toContain('ucdp-ged.csv (ucdp): 4 rows; 4 new');
    expect(out).toMatch(/Merging: 9 events checked, \d+ matching pairs/);
  });

  it('lists incidents with their source count and the tolls the sources disagree on', async () => {
    await cli('import', fixture('datasets', 'acled-current.csv'), fixture('datasets', 'ucdp-ged.csv'));
    expect(
      await cli(
        'events',
        '--actor',
        'ISWAP',
        '--country',
        'Nigeria',
        '--since',
        '2021-03',
        '--until',
        '2021-03-01',
      ),
    ).toBe(0);
    expect(out).toMatch(/2021-03-01\s+NG\s+.*14 \(ucdp\) vs 8 \(acled\)\s+2\s+ucdp\+acled/);
    await cli('events', '--country', 'so', '--format', 'json');
    expect(JSON.parse(out).map((r: { sources: number }) => r.sources)).toEqual([1, 1]);
  });

  it("says how it read a file that was not UTF-8 CSV, and counts a GTD country's years by its name", async () => {
    expect(await cli('import', fixture('datasets', 'gtd-0718dist-excerpt.csv'))).toBe(0);
    expect(out).toContain('gtd-0718dist-excerpt.csv (gtd, read as windows-1252): 24 rows; 24 new');
    expect(
      await cli(
        'trend',
        '--actor',
        'Islamic State',
        '--country',
        'Libya',
        '--by',
        'year',
        '--format',
        'json',
      ),
    ).toBe(0);
    const periods = JSON.parse(out).periods.map((p: { period: string; events: number }) => [
      p.period,
      p.events,
    ]);
    expect(periods).toEqual([
      ['2015', 2],
      ['2016', 1],
    ]);
  });

  it('prints a trajectory as a table, JSON or CSV', async () => {
    await cli('import', fixture('datasets', 'acled-current.csv'), fixture('datasets', 'ucdp-ged.csv'));
    expect(await cli('trend', '--actor', 'Islamic State', '--by', 'month', '--format', 'csv')).toBe(0);
    expect(out.split('\n')[0]).toBe('period,events,killed,killed/event,10+ killed,regions,outside home');
    await cli('trend', '--actor', 'Islamic State', '--unit', 'West Africa Province', '--format', 'json');
    const json = JSON.parse(out);
    expect(json.selection).toMatchObject({
      actor: 'Islamic State',
      unit: 'West Africa Province',
      by: 'year',
    });
    expect(json.periods[0]).toMatchObject({ period: '2021', events: 2 });
    expect(json.analysis.summary[0]).toBe('Too few months for a trend.');
  });

  it('refuses an unknown actor, unit or country with a message saying what to do', async () => {
    expect(await cli('trend', '--actor', 'Nobody At All')).toBe(1);
    expect(err).toContain('no actor "Nobody At All"');
    await cli('trend', '--actor', 'IS', '--unit', 'Atlantis Province');
    expect(err).toMatch(/Islamic State has no unit "Atlantis Province"; its units: Iraq Province/);
    await cli('events', '--country', 'Narnia');
    expect(err).toContain('no country "Narnia"');
  });

  it('lists dataset names the registry does not know, with their countries and files, and validates the registry', async () => {
    await cli(
      'import',
      fixture('datasets', 'acled-current.csv'),
      fixture('datasets', 'gtd.csv'),
      fixture('datasets', 'gtd-0718dist-excerpt.csv'),
    );
    expect(await cli('actors', '--unresolved', '--format', 'csv')).toBe(0);
    expect(out.split('\n')[0]).toBe('dataset,name,events,countries,files');
    expect(out).toContain('acled,Mystery Brigade of Nowhere,1,NG,acled-current.csv');
    expect(out).toContain('gtd,Al-Furqan Brigade,1,EG,gtd-0718dist-excerpt.csv');
    expect(out).not.toContain('Civilians');
    expect(out).not.toContain('Unknown');
    expect(await cli('actors', '--check')).toBe(0);
    expect(out).toMatch(/actors\.yaml: valid, \d+ actors with \d+ units/);
  });

  it('gives the yearly Islamic State counts of Syria and Iraq from ACLED and GTD exports, by country name', async () => {
    const trend = async (country: string, ...more: string[]) => {
      expect(
        await cli(
          'trend',
          '--actor',
          'Islamic State',
          '--country',
          country,
          '--by',
          'year',
          '--format',
          'json',
          ...more,
        ),
      ).toBe(0);
      return Object.fromEntries(
        JSON.parse(out).periods.map((p: { period: string; events: number }) => [p.period, p.events]),
      );
    };
    expect(await cli('import', fixture('datasets', 'gtd-iraq-syria-2012-2019.csv'))).toBe(0);
    expect(out).toContain('34 rows; 34 new, 0 updated, 0 unchanged, 0 rejected');
    expect(await trend('Syria')).toEqual(GTD_SYRIA);
    expect(await trend('Iraq')).toMatchObject({ '2013': 3, '2016': 4, '2019': 2 });
    expect(await cli('actors', '--unresolved', '--format', 'csv')).toBe(0);
    expect(out).toContain('gtd,Jaish al-Muhajireen wal-Ansar,1,SY,gtd-iraq-syria-2012-2019.csv');

    db = join(mkdtempSync(join(tmpdir(), 'resurgence-cli-')), 'acled.duckdb');
    expect(await cli('import', fixture('datasets', 'acled-export-2024-middle-east.csv'))).toBe(0);
    expect(out).toContain('28 rows; 28 new, 0 updated, 0 unchanged, 0 rejected');
    expect(await trend('SY')).toEqual({ '2023': 5, '2024': 4 });
    expect(await trend('SYR')).toEqual({ '2023': 5, '2024': 4 });
    expect(await trend('Iraq')).toEqual({ '2023': 4, '2024': 2 });
    expect(await cli('actors', '--unresolved', '--format', 'csv')).toBe(0);
    expect(out.trim().split('\n')).toEqual(['dataset,name,events,countries,files']);

    // Both in one database: --origin counts one dataset's rows, as the file does.
    await cli('import', fixture('datasets', 'gtd-iraq-syria-2012-2019.csv'));
    expect(await trend('Syria', '--origin', 'gtd')).toEqual(GTD_SYRIA);
    expect(await trend('Iraq', '--origin', 'acled')).toEqual({ '2023': 4, '2024': 2 });
  });
});
