import { describe, expect, it } from 'vitest';
import { planColumns } from './plan-columns.js';
import { detectFormat } from './registry.js';

const header = (columns: string[]) => ({
  columns,
  hxl: false,
  headerLines: 1,
  delimiter: ',' as const,
  encoding: 'utf-8' as const,
});

describe('dataset formats', () => {
  it('tells UCDP, ACLED and GTD apart by their header', () => {
    expect(detectFormat('f', ['id', 'type_of_violence', 'side_a', 'side_b', 'date_start']).name).toBe('ucdp');
    expect(
      detectFormat(
        'f',
        ['EVENT_ID_CNTY', 'EVENT_DATE', 'ACTOR1'].map((c) => c.toLowerCase()),
      ).name,
    ).toBe('acled');
    expect(detectFormat('f', ['eventid', 'iyear', 'imonth', 'iday', 'gname']).name).toBe('gtd');
  });

  it('says what each format lacks when none fits', () => {
    expect(() => detectFormat('list.csv', ['ActorId', 'NameData'])).toThrow(
      /cannot tell the format from the header \(ucdp needs type_of_violence.*--format/,
    );
  });

  it('maps columns by name whatever their order, naming a blank index column', () => {
    const plan = planColumns(
      detectFormat('f', [
        '',
        'id',
        'side_a',
        'side_b',
        'type_of_violence',
        'date_start',
        'date_end',
        'country',
        'best',
      ]),
      header(['', 'id', 'side_a', 'side_b', 'type_of_violence', 'date_start', 'date_end', 'country', 'best']),
      'f',
    );
    expect(plan.names[0]).toBe('column1');
    expect(plan.fields).toMatchObject({
      source_id: 'id',
      actor1: 'side_a',
      fatalities: 'best',
      date_end: 'date_end',
    });
    expect(plan.fields.lat).toBeUndefined();
  });

  it('refuses a file without a required column, naming it', () => {
    const columns = ['event_id_cnty', 'event_date', 'actor1', 'event_type'];
    expect(() => planColumns(detectFormat('f', columns), header(columns), 'acled.csv')).toThrow(
      /not a complete acled file: no column country in the header/,
    );
  });

  it('says why a monthly summary of events per region cannot be imported', () => {
    const summary = [
      'Country',
      'Admin1',
      'Admin2',
      'ISO3',
      'Admin2 Pcode',
      'Admin1 Pcode',
      'Month',
      'Year',
      'Events',
      'Fatalities',
    ];
    expect(() =>
      detectFormat(
        'syria_hrp_political_violence_events.csv',
        summary.map((c) => c.toLowerCase()),
      ),
    ).toThrow(/summary of events and fatalities per region and month .* download the event-level export/);
  });
});
