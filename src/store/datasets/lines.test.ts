import { describe, expect, it } from 'vitest';
import { malformedRowLines, recordLines } from './lines.js';

describe('recordLines', () => {
  it('counts header lines, line breaks inside earlier records and malformed lines', () => {
    const lines = recordLines([0, 1, 4], {
      headerLines: 2,
      multiline: [{ record: 0, breaks: 2 }],
      skippedLines: [7],
    });
    // Record 0 takes lines 3-5, record 1 line 6, line 7 is malformed, records 2-4 lines 8-10.
    expect([...lines]).toEqual([
      [0, 3],
      [1, 6],
      [4, 10],
    ]);
  });

  it('puts malformed rows on their lines of the file, not their places among records', () => {
    // Header; record 0 on lines 2-3; record 1 on 4; malformed 5; record 2 on 6-8; malformed 9.
    expect(
      malformedRowLines([6, 4], {
        headerLines: 1,
        multiline: [
          { record: 0, breaks: 1 },
          { record: 2, breaks: 2 },
        ],
      }),
    ).toEqual([5, 9]);
  });
});
