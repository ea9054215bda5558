import type { Assessment } from '../analyze/assessment/assess.js';
import { RATING_INFO } from '../analyze/assessment/ratings.js';
import type { Block } from './blocks.js';
import { trajectoryCharts } from './charts.js';

const pct = (p: number) => `${Math.round(p * 100)}%`;
const num = (n: number) => (Math.round(n * 100) / 100).toFixed(2);

/** The sections every brief has, in order; the tests and the docs name them. */
export const SECTIONS = [
  'Bottom line',
  'Key judgments',
  'Hypotheses',
  'Evidence matrix',
  'Sensitivity',
  'Factor scorecard',
  'Where the documents disagree',
  'Contradictions',
  'Trajectory',
  'Sources',
] as const;

const heading = (text: (typeof SECTIONS)[number]): Block => ({
  kind: 'heading',
  level: 2,
  text,
  id: text.toLowerCase().replace(/\W+/g, '-'),
});

/** The brief as a list of blocks, from an assessment. */
export function briefBlocks(a: Assessment): Block[] {
  const title = `Assessment: ${a.actor}${a.unit ? `, ${a.unit}` : ''}`;
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: title }];
  blocks.push(heading('Bottom line'));
  if (a.bottomLine) {
    blocks.push({ kind: 'paragraph', text: a.bottomLine.sentence, strong: true });
    blocks.push({
      kind: 'paragraph',
      text: `Confidence: ${a.bottomLine.confidence.level}, because: ${a.bottomLine.confidence.reason}.`,
    });
  } else blocks.push({ kind: 'paragraph', text: 'No evidence is stored yet, so there is no bottom line.' });
  blocks.push(heading('Key judgments'), { kind: 'list', items: a.keyJudgments });
  blocks.push(...hypothesisBlocks(a), ...matrixBlocks(a), ...sensitivityBlocks(a));
  blocks.push(heading('Factor scorecard'), {
    kind: 'table',
    header: ['Factor', 'Claims for', 'Claims against', 'Weighted balance', 'Event data', 'Verdict'],
    rows: a.scorecard.map((f) => [
      f.label,
      String(f.claimsFor),
      String(f.claimsAgainst),
      num(f.balance),
      f.data.join('; ') || '-',
      f.verdict,
    ]),
    numeric: [1, 2, 3],
  });
  blocks.push(
    ...disagreementBlocks(a),
    ...contradictionBlocks(a),
    ...trajectoryBlocks(a),
    ...sourceBlocks(a),
  );
  return blocks;
}

function hypothesisBlocks(a: Assessment): Block[] {
  const blocks: Block[] = [heading('Hypotheses')];
  blocks.push({
    kind: 'table',
    header: ['Rank', 'Hypothesis', 'Weighted inconsistency', 'Weighted consistency', 'Probability'],
    rows: a.hypotheses.map((h) => [
      String(h.rank),
      `${h.id} ${h.label}: ${h.statement}`,
      num(h.inconsistency),
      num(h.consistency),
      pct(h.probability),
    ]),
    numeric: [0, 2, 3, 4],
  });
  for (const h of a.hypotheses) {
    if (!h.mostDiagnostic.length) continue;
    blocks.push({ kind: 'paragraph', text: `Most diagnostic evidence for ${h.id} (${h.label}):` });
    blocks.push({
      kind: 'list',
      items: h.mostDiagnostic.map(
        (d) =>
          `${d.summary} — rated ${RATING_INFO[d.rating as keyof typeof RATING_INFO].label} (${d.rating}), diagnosticity ${num(d.diagnosticity)} [${d.key}]`,
      ),
    });
  }
  return blocks;
}

function matrixBlocks(a: Assessment): Block[] {
  const m = a.matrix;
  const rows = m.items.map((item, i) => [
    item.key,
    item.summary,
    `${item.scope}`,
    `${item.grade} · ${num(item.weight)}`,
    ...m.cells[i]!.map((c) => (c.overridden ? `${c.rating}* (proposed ${c.proposed})` : c.rating)),
    num(a.diagnosticity[i]!.value),
  ]);
  return [
    heading('Evidence matrix'),
    {
      kind: 'paragraph',
      text: 'CC very consistent, C consistent, N neutral, I inconsistent, II very inconsistent, NA not applicable. A star marks a rating set by the analyst (resurgence rate). Weight = source reliability x relevance x firmness x 1/sqrt(items from the same document).',
    },
    {
      kind: 'table',
      header: [
        'Key',
        'Evidence',
        'Theatre',
        'Grade · weight',
        ...m.hypotheses.map((h) => h.id),
        'Diagnosticity',
      ],
      rows,
      numeric: [m.hypotheses.length + 4],
    },
  ];
}

function sensitivityBlocks(a: Assessment): Block[] {
  const changing = a.sensitivity.filter((s) => s.rankingChanges);
  const items = changing.map((s) => {
    const item = a.matrix.items.find((i) => i.key === s.key)!;
    return `${s.leaderChanges ? 'Changes the leader' : 'Changes the order'}: without "${item.summary}" [${s.key}] the ranking is ${s.rankingWithout.join(' > ')}.`;
  });
  return [
    heading('Sensitivity'),
    {
      kind: 'paragraph',
      text: `Each item removed in turn: ${changing.length ? `${changing.length} of ${a.sensitivity.length} change the ranking.` : 'none changes the ranking.'}`,
    },
    ...(items.length ? [{ kind: 'list', items } as Block] : []),
  ];
}

function disagreementBlocks(a: Assessment): Block[] {
  const blocks: Block[] = [heading('Where the documents disagree')];
  if (!a.disagreements.length)
    blocks.push({ kind: 'paragraph', text: 'No document makes claims about the factors.' });
  for (const d of a.disagreements) {
    blocks.push({ kind: 'heading', level: 3, text: `${d.label}: ${d.status}` });
    for (const p of d.positions) {
      const view = a.documents.find((v) => v.documentId === p.documentId);
      blocks.push({
        kind: 'paragraph',
        text: `${p.document} says the factor ${p.direction === 'for' ? 'favours' : p.direction === 'against' ? 'hinders' : 'both favours and hinders'} the group${view ? `; on its own claims it supports ${view.supports}` : ''}${p.dataAgrees === null ? '' : p.dataAgrees ? '; the event data agrees' : '; the event data disagrees'}.`,
      });
      for (const q of p.quotes) {
        blocks.push({
          kind: 'quote',
          text: q.text,
          cite: `doc${p.documentId}, characters ${q.start}-${q.end}; ${q.direction}${q.directionFrom === 'text' ? '' : ` (read from the ${q.directionFrom}'s argument)`}, ${q.firmness}${q.attribution === 'author' ? '' : `, according to ${q.attribution}`}${q.period ? `, ${q.period}` : ''}`,
        });
      }
    }
    blocks.push({
      kind: 'paragraph',
      text: d.data.length
        ? `Event data: ${d.data.map((x) => x.summary).join('; ')}.`
        : 'Event data: no indicator bears on this factor.',
    });
  }
  return blocks;
}

function contradictionBlocks(a: Assessment): Block[] {
  if (!a.contradictions.length) {
    return [
      heading('Contradictions'),
      { kind: 'paragraph', text: 'No date, count or place is given differently by two sources.' },
    ];
  }
  return [
    heading('Contradictions'),
    {
      kind: 'table',
      header: ['Kind', 'Fact', 'One source', 'Another source'],
      rows: a.contradictions.map((c) => [
        c.kind,
        c.summary,
        ...c.sides.map(
          (s) =>
            `${s.source}: ${s.value}${s.quote ? ` ("${s.quote.text}", characters ${s.quote.start}-${s.quote.end})` : ''}`,
        ),
      ]),
    },
  ];
}

function trajectoryBlocks(a: Assessment): Block[] {
  const t = a.trajectory;
  const blocks: Block[] = [heading('Trajectory')];
  for (const chart of trajectoryCharts(a)) blocks.push({ kind: 'chart', chart });
  if (t.partialYear)
    blocks.push({ kind: 'paragraph', text: `${t.partialYear} is left out: its data ends before December.` });
  blocks.push({
    kind: 'table',
    header: ['Year', 'Core', 'Provinces', 'External', 'Deaths'],
    rows: t.years.map((y, i) => [
      String(y),
      String(t.core[i]),
      String(t.periphery[i]),
      String(t.external[i]),
      String(t.fatalities[i]),
    ]),
    numeric: [1, 2, 3, 4],
  });
  return blocks;
}

function sourceBlocks(a: Assessment): Block[] {
  return [
    heading('Sources'),
    {
      kind: 'table',
      header: ['Id', 'Source', 'Details', 'Reliability'],
      rows: a.sources.map((s) => [s.id, s.url ? `${s.name} <${s.url}>` : s.name, s.detail, s.grade]),
    },
    {
      kind: 'paragraph',
      text: 'Method: docs/assessment.md. Reliability grades follow the Admiralty code (A completely reliable ... F cannot be judged).',
    },
  ];
}
