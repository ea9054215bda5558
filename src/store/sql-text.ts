/** A SQL string literal: `it's` → `'it''s'`. For values that cannot be bound as parameters. */
export const literal = (value: string): string => `'${value.replaceAll("'", "''")}'`;

/** A quoted SQL identifier: `adm_1` → `"adm_1"`. */
export const ident = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** A SQL list literal of strings: `['a', 'b']`. */
export const literalList = (values: readonly string[]): string => `[${values.map(literal).join(', ')}]`;

/** A CASE expression mapping the values of `expr` through `map`, else `fallback` (SQL). */
export function caseMap(expr: string, map: Record<string, string>, fallback = 'null'): string {
  const entries = Object.entries(map);
  if (!entries.length) return fallback;
  return `case ${expr} ${entries.map(([k, v]) => `when ${literal(k)} then ${literal(v)}`).join(' ')} else ${fallback} end`;
}
