/** The first and last day a date of the form YYYY, YYYY-MM or YYYY-MM-DD denotes, as YYYY-MM-DD. */
export function dateInterval(date: string | null): { start: string | null; end: string | null } {
  if (!date) return { start: null, end: null };
  const [y, m, d] = date.split('-').map(Number);
  if (!y) return { start: null, end: null };
  if (d && m) return { start: date, end: date };
  if (m) {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    const mm = String(m).padStart(2, '0');
    return { start: `${y}-${mm}-01`, end: `${y}-${mm}-${String(last).padStart(2, '0')}` };
  }
  return { start: `${y}-01-01`, end: `${y}-12-31` };
}

/** A DuckDB DATE read back as a JavaScript Date, written as YYYY-MM-DD. */
export function isoDay(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value.slice(0, 10) : null;
}
