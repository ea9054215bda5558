import { describe, expect, it } from 'vitest';
import { publisherFromCopyright, readDateline } from './publisher.js';

describe('publisherFromCopyright', () => {
  it.each([
    ['© 2024 Valley Courier. All rights reserved.', 'Valley Courier'],
    ['Copyright © 2019 Harbour Times Ltd. All Rights Reserved.', 'Harbour Times'],
    ['© Frontier Gazette 2021', 'Frontier Gazette'],
    ['Valley Courier © 2010–2024', 'Valley Courier'],
    ['A news service from the valley. © 2023 Valley Courier', 'Valley Courier'],
    ['© 2022 Courier Media Group', 'Courier'],
  ])('%s', (line, outlet) => {
    expect(publisherFromCopyright(line)).toBe(outlet);
  });

  it('gives null when no outlet is named', () => {
    expect(publisherFromCopyright('All rights reserved.')).toBeNull();
    expect(publisherFromCopyright('© 2024')).toBeNull();
    expect(publisherFromCopyright('Harbour Post · Port Said · All content © 2023')).toBeNull();
  });
});

describe('readDateline', () => {
  it('reads the place, the agency and a full date', () => {
    expect(readDateline('KIRKUK, Iraq, March 3, 2024 (Valley Wire) — Gunmen attacked a checkpoint.')).toEqual(
      {
        place: 'KIRKUK',
        agency: 'Valley Wire',
        date: '2024-03-03',
      },
    );
    expect(readDateline('MOSUL — Police said on Monday that four men were held.')).toEqual({
      place: 'MOSUL',
      agency: null,
      date: null,
    });
    expect(readDateline('HARBOUR CITY: The port reopened on Tuesday.')?.place).toBe('HARBOUR CITY');
  });

  it('gives null for an ordinary sentence', () => {
    expect(readDateline('Police said on Monday that four men were held.')).toBeNull();
    expect(readDateline('The UN - which has a mission there - said nothing.')).toBeNull();
  });
});
