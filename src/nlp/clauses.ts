import triggerData from './data/triggers.json' with { type: 'json' };
import type { Doc } from './doc.ts';
import { foldName } from './normalise.ts';

/**
 * Clause bounds inside a sentence: a fact and its participants are stated between two breaks.
 * Breaks are strong punctuation and words that open a new clause (complementisers إن/أن after
 * reporting verbs, فيما، بينما، حسبما…). Commas do not break: Arabic news sets them around names.
 */
const BREAK_PUNCT = new Set([':', '؛', ';', '.', '!', '?', '؟', '(', ')', '-', '–', '—']);
const BREAK_WORDS = new Set(triggerData.clauseBreaks.map(foldName));

export function isClauseBreak(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  if (t.kind === 'punct') return BREAK_PUNCT.has(t.norm);
  return t.analyses.some((a) => BREAK_WORDS.has(a.stem) && (a.clitics === '' || a.clitics === 'و' || a.clitics === 'ف'));
}

/** Token range [start, end) of the clause around token i, within its sentence. */
export function clauseAround(doc: Doc, i: number): { start: number; end: number } {
  const sentence = doc.tokens[i]!.sentence;
  let start = i;
  while (start > 0 && doc.tokens[start - 1]!.sentence === sentence && !isClauseBreak(doc, start - 1)) start--;
  let end = i + 1;
  while (end < doc.tokens.length && doc.tokens[end]!.sentence === sentence && !isClauseBreak(doc, end)) end++;
  return { start, end };
}

/** Token range [start, end) of the sentence containing token i. */
export function sentenceAround(doc: Doc, i: number): { start: number; end: number } {
  const sentence = doc.tokens[i]!.sentence;
  let start = i;
  while (start > 0 && doc.tokens[start - 1]!.sentence === sentence) start--;
  let end = i + 1;
  while (end < doc.tokens.length && doc.tokens[end]!.sentence === sentence) end++;
  return { start, end };
}
