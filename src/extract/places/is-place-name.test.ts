import { describe, expect, it } from 'vitest';
import { isShippedPlaceName } from './is-place-name.js';

describe('isShippedPlaceName', () => {
  it('knows capitals, large towns, regions and countries as places, in any case', () => {
    for (const name of ['New Delhi', 'Abu Dhabi', 'Port Harcourt', 'Borno', 'Mali', 'KABUL'])
      expect(isShippedPlaceName(name), name).toBe(true);
  });

  it('takes no person for a place', () => {
    for (const name of ['Lena Ortiz', 'Amira Saleh', 'Jane Doe'])
      expect(isShippedPlaceName(name), name).toBe(false);
  });
});
