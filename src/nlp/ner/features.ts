import { foldWord, stripClitics } from './clitics.ts';
import type { Gazetteer } from './gazetteer.ts';
import { TITLE_STEMS } from './titles.ts';

/** Feature templates that can be switched on per model (stored with the model). */
export interface FeatureOptions {
  /** Character n-grams (n = 3, 4) of the stem: transliterated foreign names have telltale spellings. */
  charNgrams: boolean;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { charNgrams: true };

/** Per-token facts computed once per sentence and shared by the window features. */
interface TokenInfo {
  fold: string;
  stem: string;
  prefix: string;
  person: boolean;
  translit: boolean;
  title: boolean;
}

const PAD: TokenInfo = { fold: '<s>', stem: '<s>', prefix: '', person: false, translit: false, title: false };

const ARABIC = /[\u0621-\u064A]/;
const LATIN = /[A-Za-z]/;
const DIGIT = /[0-9]/;

/** Coarse word shape: Arabic, Latin, digits, punctuation, or a mix. */
export function shape(word: string): string {
  let s = '';
  if (ARABIC.test(word)) s += 'A';
  if (LATIN.test(word)) s += 'L';
  if (DIGIT.test(word)) s += 'D';
  return s === '' ? 'P' : s;
}

function tokenInfo(word: string, gaz: Gazetteer): TokenInfo {
  const fold = foldWord(word);
  const { prefix, stem } = stripClitics(fold);
  return {
    fold,
    stem,
    prefix,
    person: gaz.personTokens.has(fold) || gaz.personTokens.has(stem),
    translit: gaz.translitTokens.has(fold) || gaz.translitTokens.has(stem),
    title: TITLE_STEMS.has(stem),
  };
}

/**
 * Marks phrase-gazetteer matches, longest first: gz[i] holds features such as "gB=LOC" / "gI=LOC".
 * The first word of a phrase is looked up by its stem so that attached clitics do not block a match.
 */
function phraseMatches(info: readonly TokenInfo[], gaz: Gazetteer): string[][] {
  const out: string[][] = info.map(() => []);
  if (gaz.phrases.size === 0) return out;
  for (let i = 0; i < info.length; i++) {
    for (let len = Math.min(gaz.maxWords, info.length - i); len >= 1; len--) {
      let key = info[i]!.stem;
      for (let k = 1; k < len; k++) key += ' ' + info[i + k]!.fold;
      const types = gaz.phrases.get(key);
      if (types === undefined) continue;
      for (const type of types) {
        out[i]!.push(`gB=${type}`);
        for (let k = 1; k < len; k++) out[i + k]!.push(`gI=${type}`);
      }
      break;
    }
  }
  return out;
}

/**
 * Feature strings for every token of a sentence. Weights are looked up by these strings,
 * so any change here needs a retrained model.
 */
export function sentenceFeatures(
  words: readonly string[],
  gaz: Gazetteer,
  opts: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
): string[][] {
  const info = words.map((w) => tokenInfo(w, gaz));
  const at = (i: number): TokenInfo => (i < 0 || i >= info.length ? PAD : info[i]!);
  const phrases = phraseMatches(info, gaz);
  return info.map((t, i) => {
    const p1 = at(i - 1);
    const p2 = at(i - 2);
    const n1 = at(i + 1);
    const n2 = at(i + 2);
    const stem = t.stem;
    const f = [
      'b',
      'w=' + words[i],
      'f=' + t.fold,
      's=' + stem,
      'c=' + t.prefix,
      'sh=' + shape(words[i]!),
      'len=' + Math.min(stem.length, 8),
      'p1=' + stem.slice(0, 1),
      'p2=' + stem.slice(0, 2),
      'p3=' + stem.slice(0, 3),
      'x1=' + stem.slice(-1),
      'x2=' + stem.slice(-2),
      'x3=' + stem.slice(-3),
      'f-1=' + p1.fold,
      'f+1=' + n1.fold,
      'f-2=' + p2.fold,
      'f+2=' + n2.fold,
      's-1=' + p1.stem,
      's+1=' + n1.stem,
      's-2=' + p2.stem,
      's+2=' + n2.stem,
      'b-1=' + p1.stem + '|' + stem,
      'b+1=' + stem + '|' + n1.stem,
    ];
    if (i === 0) f.push('first');
    if (t.person) f.push('gP');
    if (p1.person) f.push('gP-1');
    if (n1.person) f.push('gP+1');
    if (t.translit) f.push('gT');
    if (p1.translit) f.push('gT-1');
    if (n1.translit) f.push('gT+1');
    if (t.person && n1.person) f.push('gPP');
    if (p1.title) f.push('t-1');
    if (p2.title) f.push('t-2');
    if (t.title) f.push('t');
    for (const g of phrases[i]!) f.push(g);
    if (opts.charNgrams && stem.length > 3) {
      const padded = '^' + stem + '$';
      for (let k = 0; k + 3 <= padded.length; k++) f.push('g3=' + padded.slice(k, k + 3));
      for (let k = 0; k + 4 <= padded.length; k++) f.push('g4=' + padded.slice(k, k + 4));
    }
    return f;
  });
}
