import { describe, expect, it } from 'vitest';
import { findActors, mainSubject } from './find-actors.js';
import { defaultActorRegistry } from './registry.js';

const registry = defaultActorRegistry();
const found = (text: string) => findActors(text, registry).map((m) => [m.text, m.actor, m.unit]);

describe('findActors', () => {
  it('finds groups by alias and provinces as units of their group', () => {
    expect(found('Militants loyal to ISIS and the ISWAP faction clashed near the lake.')).toEqual([
      ['ISIS', 'Islamic State', null],
      ['ISWAP', 'Islamic State', 'West Africa Province'],
    ]);
    expect(found("The Islamic State's Khorasan branch later said its fighters were behind it.")).toEqual([
      ['Islamic State', 'Islamic State', null],
      ['Khorasan branch', 'Islamic State', 'Khorasan Province'],
    ]);
  });

  it('knows the armed groups of other wars in the same theatres', () => {
    expect(
      found('IPOB gunmen and M23 rebels were blamed, while RSF fighters and CODECO militia fought on.'),
    ).toEqual([
      ['IPOB', 'Indigenous People of Biafra', null],
      ['M23', 'M23', null],
      ['RSF', 'Rapid Support Forces', null],
      ['CODECO', 'CODECO', null],
    ]);
  });

  it('reads a province named in the group\'s own style as "<place> Province"', () => {
    expect(found('A statement from Wilayat Aden said its men had planted the device.')).toEqual([
      ['Wilayat Aden', 'Islamic State', 'Aden Province'],
    ]);
    expect(found('Fighters of Wilayat Khorasan and Wilayah al-Raqqa')).toEqual([
      ['Wilayat Khorasan', 'Islamic State', 'Khorasan Province'],
      ['Wilayah al-Raqqa', 'Islamic State', 'Raqqa Province'],
    ]);
  });

  it('recognises state forces by nationality and keeps the verb "is" apart from IS', () => {
    expect(found('Malian soldiers said the convoy is safe.')).toEqual([
      ['Malian soldiers', 'Military of Mali', null],
    ]);
  });

  it('marks generic references for the caller to resolve', () => {
    expect(found('The group said it was responsible.')).toEqual([['The group', null, null]]);
    expect(found('Later the faction freed two hostages, and the militants withdrew.')).toEqual([
      ['the faction', null, null],
      ['the militants', null, null],
    ]);
  });

  it('takes the most-named armed group as the subject', () => {
    const mentions = findActors(
      'Daesh struck twice. Iraqi troops responded. ISIS then withdrew; al-Shabaab was not involved.',
      registry,
    );
    expect(mainSubject(mentions)).toBe('Islamic State');
  });
});
