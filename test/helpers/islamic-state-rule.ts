/**
 * The plain rule of docs/datasets.md for which ACLED and GTD rows are the Islamic State's, as an
 * analyst would apply it in a spreadsheet: a name counts when it contains "Islamic State" or is one
 * of the group's other dataset names below (predecessors and branches named otherwise), and is not
 * a compound "A and/or B". Written out here, not read from the registry, so that the tests check
 * the registry against the rule.
 */
const OTHER_NAMES = new Set(
  [
    'Al-Qaida in Iraq',
    'Boko Haram - Wilayat Gharb Ifriqiyyah',
    'ADF: Allied Democratic Forces',
    'Allied Democratic Forces (ADF)',
    'Ahlu Sunnah Wa-Jama',
    'Ansar Bayt al-Maqdis (Ansar Jerusalem)',
    'Jund al-Khilafa (Algeria)',
    'Jund al-Khilafah in Tunisia',
  ].map((n) => n.toLowerCase()),
);

/** Whether one actor name, as a dataset writes it, names the Islamic State by the plain rule. */
export function namesIslamicState(name: string | undefined): boolean {
  const n = (name ?? '').trim().toLowerCase();
  if (!n || /\band\/or\b/.test(n)) return false;
  return n.includes('islamic state') || OTHER_NAMES.has(n);
}

/** An ACLED row is the group's when `actor1` or `actor2` names it. */
export const acledRowIsIslamicState = (r: Record<string, string>): boolean =>
  namesIslamicState(r.actor1) || namesIslamicState(r.actor2);

/** A GTD row is the group's when `gname`, `gname2` or `gname3` names it (whatever `doubtterr` says). */
export const gtdRowIsIslamicState = (r: Record<string, string>): boolean =>
  namesIslamicState(r.gname) || namesIslamicState(r.gname2) || namesIslamicState(r.gname3);
