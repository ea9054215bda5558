/** A count or rate as a reader wants it: whole above 10, one decimal below. */
export function formatRate(value: number): string {
  if (Math.abs(value) >= 10) return Math.round(value).toLocaleString('en-US');
  return (Math.round(value * 10) / 10).toString();
}

/** A proportional change as a signed percentage: 0.253 → "+25%". */
export function formatChange(value: number): string {
  const pct = Math.round(value * 100);
  return `${pct > 0 ? '+' : pct < 0 ? '−' : ''}${Math.abs(pct).toLocaleString('en-US')}%`;
}

/** A p-value as reported: "p < 0.001" or "p = 0.03". */
export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p < 0.01 ? p.toFixed(3) : p.toFixed(2)}`;
}

/** A z statistic or index value with its sign: "+1.4", "−2.0". */
export function formatZ(value: number | null): string {
  if (value === null) return 'n/a';
  const rounded = Math.round(value * 10) / 10;
  return `${rounded > 0 ? '+' : rounded < 0 ? '−' : ''}${Math.abs(rounded).toFixed(1)}`;
}
