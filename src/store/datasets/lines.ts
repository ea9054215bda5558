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
