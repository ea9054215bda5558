import { describe, expect, it } from 'vitest';
import { findCountry } from './countries.js';

describe('findCountry', () => {
  it('reads the names event datasets give countries', () => {
    expect(findCountry('Republic of Congo')?.code).toBe('CG'); // ACLED
    expect(findCountry('Democratic Republic of Congo')?.code).toBe('CD');
    expect(findCountry('West Bank and Gaza Strip')?.code).toBe('PS'); // GTD
    expect(findCountry('DR Congo (Zaire)')?.code).toBe('CD'); // UCDP
  });

  it('gives a demonym shared by several countries to the largest', () => {
    expect(findCountry('American')?.code).toBe('US');
    expect(findCountry('French')?.code).toBe('FR');
  });
});
