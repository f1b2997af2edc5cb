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
  // "السادس من أبريل (نيسان) الماضي", "رئيس البرلمان (بوندستاغ) X": brackets around a word or two (another
  // name of the same thing) do not end the clause
  if (t.kind === 'punct') return BREAK_PUNCT.has(t.norm) && !joinsWords(doc, i) && !shortGloss(doc, i) && !inOrAroundDate(doc, i);
  if (!t.analyses.some((a) => BREAK_WORDS.has(a.stem) && (a.clitics === '' || a.clitics === 'و' || a.clitics === 'ف'))) return false;
  // "بان كي مون": a break word that is part of a name read as a mention (بان = بأن) breaks nothing
  return !doc.mentions.some((m) => i >= m.start && i < m.end);
}

/** Punctuation inside a date, or the brackets around one: "اليوم الخميس (28 نيسان 2016)". */
function inOrAroundDate(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  return doc.dates.some(
    (d) =>
      (i > d.start && i < d.end) ||
      (t.norm === '(' && i === d.start - 1 && doc.tokens[d.end]?.norm === ')') ||
      (t.norm === ')' && i === d.end && doc.tokens[d.start - 1]?.norm === '('),
  );
}

/** A hyphen written between two words with no space ("جان-إيف"): part of a name, not a dash. */
function joinsWords(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const before = doc.tokens[i - 1];
  const after = doc.tokens[i + 1];
  return t.norm === '-' && before?.kind === 'word' && after?.kind === 'word' && before.end === t.start && after.start === t.end;
}

const MAX_GLOSS_WORDS = 3;
/** A bracket of "(X)" or "(X Y)" holding only a few words, in the middle of a sentence. */
function shortGloss(doc: Doc, i: number): boolean {
  const t = doc.tokens[i]!;
  const step = t.norm === '(' ? 1 : t.norm === ')' ? -1 : 0;
  if (step === 0) return false;
  const close = step === 1 ? ')' : '(';
  for (let j = i + step, words = 0; j >= 0 && j < doc.tokens.length && doc.tokens[j]!.sentence === t.sentence; j += step) {
    const x = doc.tokens[j]!;
    if (x.norm === close) {
      // a gloss stands inside the sentence: words on both sides
      const outer = doc.tokens[step === 1 ? j + 1 : j - 1];
      const before = doc.tokens[step === 1 ? i - 1 : j - 1];
      return words > 0 && outer?.sentence === t.sentence && outer.kind === 'word' && before?.sentence === t.sentence && before.kind === 'word';
    }
    if (x.kind !== 'word' || ++words > MAX_GLOSS_WORDS) return false;
  }
  return false;
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
