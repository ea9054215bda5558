import { describe, expect, it } from 'vitest';
import { recordLines } from './lines.js';

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
});
