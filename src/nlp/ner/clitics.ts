import { normalise } from '../normalise.ts';

/**
 * Proclitic stripping for folded Arabic words: conjunction (و ف), then preposition (ب ك ل),
 * then the article (ال); ل + ال is written لل. News text attaches these to names
 * (وبالقاهرة، لواشنطن، فالرئيس), and the bare stem is what a name list or the model has seen.
 */
const PREFIXES: readonly string[] = (() => {
  const out = new Set<string>();
  for (const conj of ['', 'و', 'ف'])
    for (const prep of ['', 'ب', 'ك', 'ل'])
      for (const art of ['', 'ال']) out.add(conj + (prep === 'ل' && art === 'ال' ? 'لل' : prep + art));
  out.delete('');
  // longest first, so وبال wins over و
  return [...out].sort((a, b) => b.length - a.length);
})();

export interface Stemmed {
  /** The clitics removed, '' when none. */
  prefix: string;
  stem: string;
}

/** Folds diacritics and letter variants (normalise), keeping the word otherwise as written. */
export function foldWord(word: string): string {
  return normalise(word).text;
}

/**
 * Strips the longest proclitic combination that leaves a plausible stem: at least 2 letters
 * after the article, at least 3 otherwise (so short words such as بل or لا stay whole).
 */
export function stripClitics(folded: string): Stemmed {
  for (const prefix of PREFIXES) {
    if (!folded.startsWith(prefix)) continue;
    const rest = folded.length - prefix.length;
    if (rest >= (prefix.endsWith('ال') || prefix.endsWith('لل') ? 2 : 3)) {
      return { prefix, stem: folded.slice(prefix.length) };
    }
  }
  return { prefix: '', stem: folded };
}
