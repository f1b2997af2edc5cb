/** Plain-text rendering of an EvalResult, for `npm run eval` without --json. */
import { ENTITY_KINDS } from '../ontology/kinds.ts';
import type { ArticleResult, EvalResult, Score } from './score.ts';

const HEADER = ['', 'P', 'R', 'F1', 'tp', 'fp', 'fn'];

const pct = (x: number): string => x.toFixed(3);

function table(rows: readonly (readonly [string, Score])[]): string[] {
  const cells = [
    HEADER,
    ...rows.map(([label, s]) => [label, pct(s.precision), pct(s.recall), pct(s.f1), String(s.tp), String(s.fp), String(s.fn)]),
  ];
  const widths = HEADER.map((_, c) => Math.max(...cells.map((r) => r[c]!.length)));
  // first column left-aligned (labels), numbers right-aligned so digits line up
  return cells.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd());
}

function articleSection(a: ArticleResult): string[] {
  const lines = [
    `== ${a.file}`,
    ...table([
      ['entities', a.entities],
      ['events', a.events],
      ['met_pairs', a.met_pairs],
      ['roles', a.roles],
    ]).map((l) => `  ${l}`),
  ];
  if (a.misses.length > 0) lines.push('  misses:', ...a.misses.map((m) => `    - ${m}`));
  if (a.false_alarms.length > 0) lines.push('  false alarms:', ...a.false_alarms.map((m) => `    + ${m}`));
  return lines;
}

export function formatReport(result: EvalResult): string {
  const o = result.overall;
  const lines: string[] = [];
  for (const a of result.articles) lines.push(...articleSection(a), '');
  lines.push(
    `== overall (micro-averaged over ${result.articles.length} article${result.articles.length === 1 ? '' : 's'})`,
    ...table([
      ['entities', o.entities],
      ...ENTITY_KINDS.map((k) => [`  ${k}`, o.entities_by_type[k]] as const),
      ['events', o.events],
      ['met_pairs', o.met_pairs],
      ['roles', o.roles],
    ]).map((l) => `  ${l}`),
  );
  return `${lines.join('\n')}\n`;
}
