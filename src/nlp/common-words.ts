import { foldWord } from './ner/clitics.ts';
import { dictionaryClass, loadCommonWords } from './ner/gazetteer.ts';

let words: Set<string> | null = null;

/**
 * Whether a word (its article ال dropped) is a common Arabic word of the dictionary
 * (seeds/lexicon/arabic-words.json, from Ayaspell): itself, or with `suffixes` also a dictionary word
 * plus a suffix (اللاجئين). Names are the words it does not know: لوسيل, الروصيرص; not المنطقة, الشعب.
 * Suffixes make it stricter about names: البحرة is بحر + ة.
 */
export function isDictionaryWord(word: string, suffixes = false): boolean {
  words ??= new Set(loadCommonWords());
  const folded = foldWord(word);
  const bare = folded.startsWith('ال') && folded.length > 4 ? folded.slice(2) : folded;
  return suffixes ? dictionaryClass(words, bare, bare) !== 'u' : words.has(bare);
}
