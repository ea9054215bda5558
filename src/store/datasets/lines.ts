/** A staged record whose fields hold line breaks, so that it spans more than one line of the file. */
export interface MultilineRecord {
  record: number;
  /** Line breaks inside its fields. */
  breaks: number;
}

/**
 * The line of the file each record starts on. Records are numbered from 0 in the order DuckDB
 * read them; the line counts the header lines, the line breaks inside earlier records, and the
 * malformed lines DuckDB set aside (which are not records).
 *
 * @example
 *   recordLines([0, 5], { headerLines: 2, multiline: [], skippedLines: [4] }); // Map { 0 => 3, 5 => 9 }
 */
export function recordLines(
  records: number[],
  context: { headerLines: number; multiline: MultilineRecord[]; skippedLines: number[] },
): Map<number, number> {
  const multiline = [...context.multiline].sort((a, b) => a.record - b.record);
  const skipped = [...context.skippedLines].sort((a, b) => a - b);
  const lines = new Map<number, number>();
  let breaks = 0;
  let m = 0;
  let s = 0;
  let shift = 0;
  for (const record of [...new Set(records)].sort((a, b) => a - b)) {
    while (m < multiline.length && multiline[m]!.record < record) breaks += multiline[m++]!.breaks;
    let line = context.headerLines + 1 + record + breaks + shift;
    while (s < skipped.length && skipped[s]! <= line) {
      shift++;
      s++;
      line++;
    }
    lines.set(record, line);
  }
  return lines;
}

/**
 * The lines of the file where malformed rows start. DuckDB numbers a malformed row as if every
 * record before it took one line; the line breaks inside the quoted fields of the good records
 * before it (`multiline`, numbered among the good records) are added back.
 *
 * @example
 *   // A note over two lines in record 0; DuckDB says line 4.
 *   malformedRowLines([4], { headerLines: 1, multiline: [{ record: 0, breaks: 1 }] }); // [5]
 */
export function malformedRowLines(
  duckdbLines: number[],
  context: { headerLines: number; multiline: MultilineRecord[] },
): number[] {
  const multiline = [...context.multiline].sort((a, b) => a.record - b.record);
  let breaks = 0;
  let m = 0;
  return [...duckdbLines]
    .sort((a, b) => a - b)
    .map((line, i) => {
      const goodBefore = line - context.headerLines - 1 - i;
      while (m < multiline.length && multiline[m]!.record < goodBefore) breaks += multiline[m++]!.breaks;
      return line + breaks;
    });
}
