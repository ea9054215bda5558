/** A span of a text, as offsets. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The items of a list sorted by `start` that lie wholly inside `span`, in order; found by binary
 * search, so reading a document sentence by sentence stays linear.
 *
 * @example
 *   within(tokens, sentence); // the words of one sentence
 */
export function within<T extends Span>(items: T[], span: Span): T[] {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < span.start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < items.length && items[i]!.start < span.end; i++)
    if (items[i]!.end <= span.end) out.push(items[i]!);
  return out;
}

/** Great-circle distance in km between two points given in degrees. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const r = Math.PI / 180;
  const x = Math.sin(((b.lat - a.lat) * r) / 2);
  const y = Math.sin(((b.lon - a.lon) * r) / 2);
  return 2 * 6371 * Math.asin(Math.sqrt(x * x + Math.cos(a.lat * r) * Math.cos(b.lat * r) * y * y));
}
