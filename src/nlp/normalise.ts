/**
 * Arabic orthographic normalisation with a map back to the original text.
 *
 * News text spells the same name many ways: with or without diacritics and tatweel, أ/إ/آ/ا, ى/ي,
 * ة/ه, ؤ/ئ. Lookup happens on the folded form; evidence must point at the original, so every
 * character of the folded text remembers the index of the original character it came from.
 */

const DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED]/;
const TATWEEL = '\u0640';
/** Bidi and zero-width controls that news sites leave in text. */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

const FOLD: Record<string, string> = {
  'أ': 'ا',
  'إ': 'ا',
  'آ': 'ا',
  'ٱ': 'ا',
  'ى': 'ي',
  'ة': 'ه',
  'ؤ': 'و',
  'ئ': 'ي',
  'ک': 'ك',
  'ی': 'ي',
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
};

export interface NormalisedText {
  /** Folded text. */
  text: string;
  /** toOriginal[i] is the index in the original text of folded character i; toOriginal[text.length] is the original length. */
  toOriginal: Int32Array;
}

/** Folds one character, or returns '' when it is dropped (diacritics, tatweel, invisible controls). */
function foldChar(ch: string): string {
  if (ch === TATWEEL || DIACRITICS.test(ch) || INVISIBLE.test(ch)) return '';
  return FOLD[ch] ?? ch;
}

export function normalise(original: string): NormalisedText {
  const out: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const folded = foldChar(original[i]!);
    if (folded === '') continue;
    out.push(folded);
    map.push(i);
  }
  map.push(original.length);
  return { text: out.join(''), toOriginal: Int32Array.from(map) };
}

/** Maps a [start, end) span of the folded text back to the original text. */
export function toOriginalSpan(n: NormalisedText, start: number, end: number): { start: number; end: number } {
  const origStart = n.toOriginal[start]!;
  // end is exclusive: take the original index just after the last kept character
  const origEnd = end > start ? n.toOriginal[end - 1]! + 1 : origStart;
  return { start: origStart, end: origEnd };
}

/**
 * The key used to compare names: folded, lower-cased, whitespace collapsed, punctuation and quotes removed.
 * Used for alias lookup, cross-article resolution and evaluation alike, so that all three agree.
 */
export function foldName(name: string): string {
  return normalise(name)
    .text.toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
