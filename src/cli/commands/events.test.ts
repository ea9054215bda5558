import { describe, expect, it } from 'vitest';
import type { IncidentRow, IncidentSource } from '../../store/events/list-incidents.js';
import { actorsCell, fatalitiesCell } from './events.js';

const row = (origin: string, fields: Partial<IncidentRow>): IncidentRow => ({
  incident: 1,
  date: '2016-05-01',
  datePrecision: 'day',
  country: 'IQ',
  admin1: null,
  place: null,
  type: 'attack',
  perpetrator: null,
  unit: null,
  actor2: null,
  unit2: null,
  actor3: null,
  unit3: null,
  fatalities: null,
  fatalitiesDisagree: null,
  sources: 1,
  origins: [origin],
  reports: [{ origin } as IncidentSource],
  ...fields,
});

describe('the events table', () => {
  it('sets the two sides of a dataset event against each other, with their units', () => {
    const acled = row('acled', {
      perpetrator: 'Islamic State',
      unit: 'West Africa Province',
      actor2: 'Military of Nigeria',
    });
    expect(actorsCell(acled)).toBe('Islamic State (West Africa Province) vs Military of Nigeria');
  });

  it('lists the perpetrator groups of a GTD attack, the third included, on one side', () => {
    const gtd = row('gtd', { perpetrator: 'Islamic State', actor2: 'al-Qaeda', actor3: 'HTS' });
    expect(actorsCell(gtd)).toBe('Islamic State and al-Qaeda and HTS');
  });

  it('shows the tolls the sources give when they disagree', () => {
    const disputed = row('ucdp', {
      fatalities: 14,
      fatalitiesDisagree: [
        { origin: 'ucdp', fatalities: 14 },
        { origin: 'document', fatalities: 8 },
      ],
    });
    expect(fatalitiesCell(disputed)).toBe('14 (ucdp) vs 8 (document)');
  });
});
