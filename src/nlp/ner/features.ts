import { foldWord, stripClitics } from './clitics.ts';
import { dictionaryClass, type Gazetteer } from './gazetteer.ts';
import { TITLE_STEMS } from './titles.ts';

/** Feature templates that can be switched on per model (stored with the model). */
export interface FeatureOptions {
  /** Character n-grams (n = 3, 4) of the stem: transliterated foreign names have telltale spellings. */
  charNgrams: boolean;
  /**
   * Extra local templates: name-list frequency buckets, transliteration shape, quotes,
   * neighbouring titles and a few conjunctions (see sentenceFeatures). Off in older models.
   */
  rich?: boolean;
  /** Common-word dictionary class of the word and its neighbours (gazetteer commonWords). */
  dict?: boolean;
  /** Dictionary class in context: with the previous stem, and the classes of the word and its neighbours. */
  dictContext?: boolean;
  /** Longer stem affixes (first and last 4 and 5 letters). */
  affixes?: boolean;
  /** Name-likeness bucket of the stem (gazetteer nameTrigrams) for the word and its neighbours. */
  nameLike?: boolean;
}

export const DEFAULT_FEATURE_OPTIONS: FeatureOptions = { charNgrams: true, rich: true };

/** Per-token facts computed once per sentence and shared by the window features. */
export interface TokenInfo {
  fold: string;
  stem: string;
  prefix: string;
  person: boolean;
  /** Frequency bucket of the token in the person-name list ('' when absent). */
  personBucket: string;
  translit: boolean;
  title: boolean;
  /** dictionaryClass: 'k' known word, 's' known after a suffix, 'u' unknown Arabic word, '' n/a. */
  dict: string;
  /** Gazetteer.nameLikeness bucket of the stem ('' n/a). */
  nameLike: string;
}

const PAD: TokenInfo = {
  fold: '<s>', stem: '<s>', prefix: '', person: false, personBucket: '', translit: false, title: false, dict: '', nameLike: '',
};

const ARABIC = /[\u0621-\u064A]/;
const LATIN = /[A-Za-z]/;
const DIGIT = /[0-9]/;
/** Letters that occur almost only in transliterated foreign words. */
export const FOREIGN_LETTERS = /[چپڤگژ]/;
const OPEN_QUOTES = new Set(['«', '"', '“', "'", '‘']);
const CLOSE_QUOTES = new Set(['»', '"', '”', "'", '’']);

/** Coarse word shape: Arabic, Latin, digits, punctuation, or a mix. */
export function shape(word: string): string {
  let s = '';
  if (ARABIC.test(word)) s += 'A';
  if (LATIN.test(word)) s += 'L';
  if (DIGIT.test(word)) s += 'D';
  return s === '' ? 'P' : s;
}

export function tokenInfo(word: string, gaz: Gazetteer): TokenInfo {
  const fold = foldWord(word);
  const { prefix, stem } = stripClitics(fold);
  const bucket = gaz.personBucket.get(fold) ?? gaz.personBucket.get(stem) ?? '';
  return {
    fold,
    stem,
    prefix,
    person: gaz.personTokens.has(fold) || gaz.personTokens.has(stem),
    personBucket: bucket,
    translit: gaz.translitTokens.has(fold) || gaz.translitTokens.has(stem),
    title: TITLE_STEMS.has(stem),
    dict: dictionaryClass(gaz.commonWords, fold, stem),
    nameLike: gaz.nameLikeness(stem),
  };
}

/**
 * Marks phrase-gazetteer matches, longest first: gz[i] holds features such as "gB=LOC" / "gI=LOC".
 * The first word of a phrase is looked up by its stem so that attached clitics do not block a match.
 */
export function phraseMatches(info: readonly TokenInfo[], gaz: Gazetteer): string[][] {
  const out: string[][] = info.map(() => []);
  if (gaz.phrases.size === 0) return out;
  for (let i = 0; i < info.length; i++) {
    // Fast skip: no phrase starts with this stem (a stem with a space could span key words, so check those).
    const first = info[i]!.stem;
    if (!gaz.firstWords.has(first) && !first.includes(' ')) continue;
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

/** Which tokens sit between an opening and a closing quote mark (product and team names often do). */
export function quoted(words: readonly string[]): boolean[] {
  const out = words.map(() => false);
  for (let i = 0; i < words.length; i++) {
    if (!OPEN_QUOTES.has(words[i]!)) continue;
    for (let j = i + 1; j < words.length && j <= i + 6; j++) {
      if (CLOSE_QUOTES.has(words[j]!)) {
        for (let k = i + 1; k < j; k++) out[k] = true;
        i = j;
        break;
      }
    }
  }
  return out;
}

/** Whether a clitic prefix ends in the article (ال, or لل for ل + ال). */
export const hasArticle = (prefix: string): boolean => prefix.endsWith('ال') || prefix.endsWith('لل');

/** Share of long-vowel letters (ا و ي) in a stem, bucketed: transliterations spell vowels out. */
export function vowelBucket(stem: string): string {
  if (stem.length < 4) return '';
  let v = 0;
  for (const ch of stem) if (ch === 'ا' || ch === 'و' || ch === 'ي') v++;
  const r = v / stem.length;
  return r >= 0.5 ? 'hi' : r >= 0.34 ? 'mid' : 'lo';
}

/**
 * Feature strings for every token of a sentence. Weights are looked up by these strings,
 * so any change here needs a retrained model. `extra`, when given, adds per-token features
 * computed elsewhere (the document-context features of the second pass).
 */
export function sentenceFeatures(
  words: readonly string[],
  gaz: Gazetteer,
  opts: FeatureOptions = DEFAULT_FEATURE_OPTIONS,
  extra?: readonly (readonly string[])[],
  infos?: readonly TokenInfo[],
): string[][] {
  const info = infos ?? words.map((w) => tokenInfo(w, gaz));
  const at = (i: number): TokenInfo => (i < 0 || i >= info.length ? PAD : info[i]!);
  const phrases = phraseMatches(info, gaz);
  const inQuotes = opts.rich ? quoted(words) : undefined;
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
    if (opts.rich) {
      const sh = shape(words[i]!);
      if (t.personBucket !== '') f.push('gPc=' + t.personBucket);
      if (p1.personBucket !== '') f.push('gPc-1=' + p1.personBucket);
      if (n1.personBucket !== '') f.push('gPc+1=' + n1.personBucket);
      if (p1.person && t.person) f.push('gPP-1');
      if (p2.person) f.push('gP-2');
      if (n2.person) f.push('gP+2');
      const vb = vowelBucket(stem);
      if (vb !== '') f.push('tv=' + vb + '|' + (t.prefix.endsWith('ال') || t.prefix.endsWith('لل') ? 'al' : '-'));
      if (FOREIGN_LETTERS.test(stem)) f.push('tfl');
      if (inQuotes![i]) f.push('q');
      if (n1.title) f.push('t+1');
      if (n2.title) f.push('t+2');
      if (p1.title && t.person) f.push('t-1gP');
      f.push('s-1sh=' + p1.stem + '|' + sh);
      f.push('c|f+1=' + t.prefix + '|' + n1.fold);
      f.push('f-1|f+1=' + p1.fold + '|' + n1.fold);
      f.push('b-2=' + p2.stem + '|' + p1.stem);
      f.push('b+2=' + n1.stem + '|' + n2.stem);
      f.push('c|x2=' + t.prefix + '|' + stem.slice(-2));
    }
    if (opts.dict) {
      if (t.dict !== '') {
        f.push('dk=' + t.dict);
        f.push('dkP=' + t.dict + (t.person ? 'P' : '-') + (t.translit ? 'T' : '-'));
        f.push('dkA=' + t.dict + '|' + (hasArticle(t.prefix) ? 'al' : '-'));
      }
      if (p1.dict !== '') f.push('dk-1=' + p1.dict);
      if (n1.dict !== '') f.push('dk+1=' + n1.dict);
    }
    if (opts.dictContext) {
      f.push('dks-1=' + p1.stem + '|' + t.dict);
      f.push('dk3=' + p1.dict + '|' + t.dict + '|' + n1.dict);
    }
    if (opts.nameLike) {
      if (t.nameLike !== '') {
        f.push('nm=' + t.nameLike);
        f.push('nmdk=' + t.nameLike + '|' + t.dict);
      }
      if (p1.nameLike !== '') f.push('nm-1=' + p1.nameLike);
      if (n1.nameLike !== '') f.push('nm+1=' + n1.nameLike);
    }
    if (opts.affixes && stem.length > 4) {
      f.push('p4=' + stem.slice(0, 4), 'x4=' + stem.slice(-4));
      if (stem.length > 5) f.push('p5=' + stem.slice(0, 5), 'x5=' + stem.slice(-5));
    }
    if (extra) for (const g of extra[i]!) f.push(g);
    return f;
  });
}
