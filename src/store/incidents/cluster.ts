/** One event as the clustering sees it. */
export interface ClusterEvent {
  id: number;
  /** Events with the same key never share an incident: one dataset, or one document source. */
  sourceKey: string;
  /** The incident it already belongs to, if any. */
  incidentId: number | null;
}

/** A candidate pair, best first when sorted by `score`. */
export interface CandidatePair {
  a: number;
  b: number;
  score: number;
}

/**
 * Groups events into incidents: takes candidate pairs best first and joins their groups unless
 * that would put two events of one source (two rows of one dataset, two events of one document)
 * in the same incident. Events already in an incident start in it.
 *
 * @returns for every group of two or more events, its members (ids, ascending).
 * @example
 *   clusterIncidents([{ id: 1, sourceKey: 'ucdp', incidentId: null }, { id: 2, sourceKey: 'acled', incidentId: null }],
 *     [{ a: 1, b: 2, score: 0 }]); // [[1, 2]]
 */
export function clusterIncidents(events: ClusterEvent[], pairs: CandidatePair[]): number[][] {
  const parent = new Map<number, number>();
  const keys = new Map<number, Set<string>>();
  const find = (id: number): number => {
    let root = id;
    while (parent.get(root) !== root) root = parent.get(root)!;
    for (let x = id; x !== root;) {
      const next = parent.get(x)!;
      parent.set(x, root);
      x = next;
    }
    return root;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra === rb) return;
    const [ka, kb] = [keys.get(ra)!, keys.get(rb)!];
    for (const k of kb) if (ka.has(k)) return;
    parent.set(rb, ra);
    for (const k of kb) ka.add(k);
    keys.delete(rb);
  };
  for (const e of events) {
    parent.set(e.id, e.id);
    keys.set(e.id, new Set([e.sourceKey]));
  }
  const byIncident = new Map<number, number>();
  for (const e of events) {
    if (e.incidentId === null) continue;
    const first = byIncident.get(e.incidentId);
    if (first === undefined) byIncident.set(e.incidentId, e.id);
    else union(first, e.id);
  }
  for (const pair of [...pairs].sort((x, y) => x.score - y.score)) {
    if (parent.has(pair.a) && parent.has(pair.b)) union(pair.a, pair.b);
  }
  const groups = new Map<number, number[]>();
  for (const e of events) {
    const root = find(e.id);
    const group = groups.get(root);
    if (group) group.push(e.id);
    else groups.set(root, [e.id]);
  }
  return [...groups.values()].filter((g) => g.length > 1).map((g) => g.sort((a, b) => a - b));
}
