import { describe, expect, it } from 'vitest';
import { normaliseAuthors, unInvertName } from './authors.js';

describe('normaliseAuthors', () => {
  it.each([
    ['By Jane Doe', ['Jane Doe']],
    ['By Jane Doe and John Roe', ['Jane Doe', 'John Roe']],
    ['By Jane Doe, John Roe & Ana Lima', ['Jane Doe', 'John Roe', 'Ana Lima']],
    ['By Jane Doe, Staff Writer', ['Jane Doe']],
    ['Jane Doe, Middle East correspondent', ['Jane Doe']],
    ['Jane Doe (jane.doe@news.example)', ['Jane Doe']],
    ['By Jane Doe in Kirkuk', ['Jane Doe']],
    ['BY JANE DOE', ['Jane Doe']],
    ['By Omar Haddad | 11 August 2023 | 3 min read', ['Omar Haddad']],
    ['September 3, 2024 by Grace Obi', ['Grace Obi']],
    ['By Hassan al-Amin · Saturday 4 May 2024', ['Hassan al-Amin']],
    ['Reporting by Ali Karim; Editing by Sara Levin', ['Ali Karim']],
    ['By Lena Ortiz and Omar Haddad | Ismailia', ['Lena Ortiz', 'Omar Haddad']],
    ['By Lena Ortiz, AFP', ['Lena Ortiz']],
  ])('%s', (byline, names) => {
    expect(normaliseAuthors(byline)).toEqual(names);
  });

  it('takes lists, drops duplicates and what is not a name', () => {
    expect(normaliseAuthors(['Jane Doe', 'Jane Doe', 'https://news.example/authors/jane', 'Staff'])).toEqual([
      'Jane Doe',
    ]);
    expect(normaliseAuthors('By Tuesday, forces had retaken the town')).toEqual([]);
  });

  it('turns a citation-style name around', () => {
    expect(unInvertName('Doe, Jane')).toBe('Jane Doe');
    expect(unInvertName('Jane Doe')).toBe('Jane Doe');
  });
});

describe('normaliseAuthors: organisations', () => {
  it('keeps acronyms in capitals and refuses web addresses', () => {
    expect(normaliseAuthors('By ANA LIMA and WNA')).toEqual(['Ana Lima', 'WNA']);
    expect(normaliseAuthors(['Ana Lima', 'valleycourier.com'])).toEqual(['Ana Lima']);
  });

  it('credits no office as an author: it issued the piece, a person wrote it', () => {
    expect(normaliseAuthors('Prepared by: Horn of Africa Assessment Unit')).toEqual([]);
    expect(normaliseAuthors('By Ana Lima and the Maritime Analysis Cell')).toEqual(['Ana Lima']);
  });
});
