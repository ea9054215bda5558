import { describe, expect, it } from 'vitest';
import { cleanScrapedText } from '../text/clean-text.js';

const BODY = [
  'Engineers reopened the bridge over the canal on Thursday after a week of repairs, the works ministry said.',
  'Traffic was light in the morning, but lorries queued at both ends by the afternoon, drivers said.',
];

const published = (lines: string[]) => cleanScrapedText(lines.join('\n\n')).meta.published;

describe('publication dates in header bars and sign-offs', () => {
  it('reads the date cell of a bar whose other cells are long labels', () => {
    expect(
      published([
        'Canal bridge reopens after a week of repairs',
        'Harbour Post | Rendered from the Urdu by our staff | 4 May 2022',
        ...BODY,
      ]),
    ).toBe('2022-05-04');
  });

  it('reads a labelled date between a credit and a comment count', () => {
    expect(
      published([
        'Canal bridge reopens after a week of repairs',
        'Posted By: Lena Ortiz | On: May 4, 2022 | 12 Comments',
        ...BODY,
      ]),
    ).toBe('2022-05-04');
  });

  it('reads a numeric date with a time and a zone after a service line', () => {
    expect(
      published([
        'Canal bridge reopens after a week of repairs',
        'Harbour Post, English desk. 04.05.2022, 09:20 (local time)',
        ...BODY,
      ]),
    ).toBe('2022-05-04');
  });

  it("takes a bare date on the line after the body as a wire story's sign-off", () => {
    expect(
      published(['Canal bridge reopens after a week of repairs', 'By Lena Ortiz', ...BODY, 'May 4, 2022']),
    ).toBe('2022-05-04');
  });

  it("does not take a record row opening on its date for the page's date", () => {
    expect(
      published([
        'Canal incidents: notes',
        '4 May 2022 | Egypt | Ismailia | Qantara | Canal bridge',
        'Fatalities: 0',
        ...BODY,
      ]),
    ).toBeNull();
  });

  it("reads the date after a translator's note, however long the note", () => {
    expect(
      published([
        'Canal bridge reopens after a week of repairs',
        'Translated from Turkish by the Harbour Post night desk | 4 May 2022',
        ...BODY,
      ]),
    ).toBe('2022-05-04');
    expect(
      published([
        'Canal bridge reopens after a week of repairs',
        'Translated from Spanish. Harbour Post, 4 May 2022',
        ...BODY,
      ]),
    ).toBe('2022-05-04');
  });
});
