import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { packagePath } from '../../src/model/package-path.js';

describe('resurgence clean, extract, ingest and documents', () => {
  let dir: string;
  let out: string[];
  let err: string[];
  const cli = (...args: string[]) => {
    out = [];
    err = [];
    return runCli(['node', 'resurgence', '--db', join(dir, 'test.duckdb'), ...args]);
  };
  const sample = (name: string) => packagePath('samples', 'documents', name);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'resurgence-cli-'));
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = 0;
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints cleaned documents as the JSON the scorer reads, and names a file it cannot read', async () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(await cli('clean', sample('kabul-airport.html'), empty, '--format', 'json')).toBe(1);
    const [doc, ...rest] = JSON.parse(out.join(''));
    expect(rest).toEqual([]);
    expect(doc).toMatchObject({
      title: expect.stringContaining('Kabul airport'),
      author: 'Samira Qadiri',
      publisher: 'Frontier Ledger',
    });
    expect(doc.text).not.toMatch(/cookies|Related stories|All rights reserved/);
    expect(err.join('')).toBe(`resurgence: ${empty}: empty file\n`);
  });

  it('takes no author from a credit line that names a city beside the date', async () => {
    const file = join(dir, 'dateline-city.txt');
    writeFileSync(
      file,
      [
        'Market blast kills six in northern town',
        'New Delhi | 5 May 2024',
        '',
        'A bomb exploded at a crowded market on Sunday, killing six people and wounding twenty, police said.',
        '',
        'No group has claimed the attack, officials said on Monday.',
      ].join('\n'),
    );
    expect(await cli('clean', file, '--format', 'json')).toBe(0);
    expect(JSON.parse(out.join(''))[0]).toMatchObject({ author: null, published: '2024-05-05' });
  });

  it('prints events with their evidence, then stores them with ingest and lists them', async () => {
    expect(await cli('extract', sample('kasese-school.txt'))).toBe(0);
    const [doc] = JSON.parse(out.join(''));
    const [event] = doc.events;
    expect(event).toMatchObject({ type: 'attack', date: '2023-06-16', perpetrator: 'Islamic State' });
    expect(doc.text.slice(event.evidence[0].start, event.evidence[0].end)).toContain(
      'Lhubiriha Secondary School',
    );
    expect(await cli('ingest', sample('kasese-school.txt'), sample('crocus-hall.json'))).toBe(0);
    expect(out.join('')).toMatch(/^2 stored \(3 events\), 0 unchanged, 0 failed/);
    expect(await cli('documents', '--format', 'csv')).toBe(0);
    expect(out.join('').split('\n')[0]).toBe('id,v,published,publisher,title,events,source');
  });
});
