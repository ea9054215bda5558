import { describe, expect, it } from 'vitest';
import { extractEvents } from '../events/extract-events.js';
import { actorCountries } from './actor-countries.js';
import { findActors } from './find-actors.js';
import { defaultActorRegistry } from './registry.js';

describe('actorCountries', () => {
  const registry = defaultActorRegistry();
  const countries = (text: string) => actorCountries(findActors(text, registry), registry);

  it("gives a province's own countries, else the group's home, the most named group first", () => {
    expect(countries('ISWAP fighters raided a camp at night.')).toContain('NG');
    expect(countries('JNIM fighters raided a camp. JNIM said it held the road. Boko Haram did not.')).toEqual(
      expect.arrayContaining(['ML', 'BF']),
    );
    expect(countries('JNIM fighters raided a camp. JNIM said it held the road.')[0]).toBe('ML');
  });

  it("names no country for a state's forces alone", () => {
    expect(countries('The army said it had repelled the raid.')).toEqual([]);
  });

  it('lets a report that names no country place an incident in the group’s country', () => {
    const events = extractEvents(
      'JNIM fighters attacked an army convoy near Gao on Sunday, killing nine soldiers, officials said.',
      '2024-05-02',
    );
    expect(events).toMatchObject([{ type: 'attack', country: 'ML', place: 'Gao', perpetrator: 'JNIM' }]);
  });
});
