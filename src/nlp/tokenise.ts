import type { Analysis, Doc, Stage, Token } from './doc.ts';

/**
 * Tokens over the folded text, each mapped back to its original span. Arabic attaches conjunctions
 * (و ف), prepositions (ب ل ك), the article (ال) and the future marker (س) to the word, so every token
 * carries its possible readings: the whole form first, then forms with proclitics split off. Lookup
 * tries the readings; evidence keeps the original span.
 */
const WORD = /[\p{L}\p{M}\p{N}_]+|[^\s]/gu;
const MIN_STEM = 2;

/** Proclitic readings of one folded word, most specific last. */
export function analyse(word: string): Analysis[] {
  const out: Analysis[] = [{ clitics: '', stem: word, cliticLength: 0 }];
  const seen = new Set([word]);
  const add = (clitics: string, stem: string, cliticLength: number) => {
    if (stem.length < MIN_STEM || seen.has(stem)) return;
    seen.add(stem);
    out.push({ clitics, stem, cliticLength });
  };
  let rest = word;
  let clitics = '';
  // conjunction: و or ف
  if ((rest.startsWith('و') || rest.startsWith('ف')) && rest.length > MIN_STEM) {
    clitics = rest[0]!;
    rest = rest.slice(1);
    add(clitics, rest, clitics.length);
  }
  // لل = ل + ال with the alef dropped: restore the article in the stem
  if (rest.startsWith('لل') && rest.length > MIN_STEM + 2) {
    add(clitics + 'ل', 'ا' + rest.slice(1), clitics.length + 1);
  }
  // preposition ب ل ك
  if (/^[بلك]/u.test(rest) && rest.length > MIN_STEM + 1) {
    const c = clitics + rest[0]!;
    add(c, rest.slice(1), c.length);
    // after a preposition the article may follow: بالقاهره → القاهره (kept), and the bare noun
  }
  // future marker on imperfect verbs: سيتوجه، ستعقد، سنواصل
  if (/^س[يتنا]/u.test(rest) && rest.length > MIN_STEM + 2) {
    add(clitics + 'س', rest.slice(1), clitics.length + 1);
  }
  return out;
}

export function tokenise(doc: Doc): Token[] {
  const { folded } = doc;
  const limit = foldedIndexOf(doc, doc.contentEnd);
  const tokens: Token[] = [];
  let sentence = 0;
  for (const match of folded.text.slice(0, limit).matchAll(WORD)) {
    const foldedStart = match.index;
    const norm = match[0];
    const start = folded.toOriginal[foldedStart]!;
    const end = folded.toOriginal[foldedStart + norm.length - 1]! + 1;
    while (sentence < doc.sentences.length - 1 && start >= doc.sentences[sentence]!.end) sentence++;
    const kind = /^\p{N}+$/u.test(norm) ? 'number' : /[\p{L}\p{N}]/u.test(norm) ? 'word' : 'punct';
    tokens.push({
      index: tokens.length,
      start,
      end,
      foldedStart,
      text: doc.body.slice(start, end),
      norm,
      kind,
      sentence,
      analyses: kind === 'word' ? analyse(norm) : [{ clitics: '', stem: norm, cliticLength: 0 }],
    });
  }
  return tokens;
}

/** First folded index whose original offset is at or after `original`. */
function foldedIndexOf(doc: Doc, original: number): number {
  const map = doc.folded.toOriginal;
  let lo = 0;
  let hi = doc.folded.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map[mid]! < original) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Original start offset of a token's stem once `cliticLength` folded characters are skipped. */
export function stemStart(doc: Doc, token: Token, cliticLength: number): number {
  return doc.folded.toOriginal[token.foldedStart + cliticLength]!;
}

export const tokeniseStage: Stage = {
  name: 'tokenise',
  needs: ['sentences'],
  adds: ['tokens'],
  run(doc: Doc): Doc {
    doc.tokens = tokenise(doc);
    return doc;
  },
};
