import { readFileSync } from 'node:fs';
import { isNerTag, type NerTag } from './tags.ts';

/** One sentence of a CoNLL file: tokens as written (clitics attached) and their BIO tags. */
export interface Sentence {
  words: string[];
  tags: NerTag[];
}

/** Parses `token tag` lines with a blank line after each sentence; throws on malformed lines. */
export function parseConll(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let words: string[] = [];
  let tags: NerTag[] = [];
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!.trim();
    if (line === '') {
      if (words.length > 0) sentences.push({ words, tags });
      words = [];
      tags = [];
      continue;
    }
    const space = line.lastIndexOf(' ');
    const tag = line.slice(space + 1);
    if (space <= 0 || !isNerTag(tag)) throw new Error(`CoNLL line ${n + 1}: expected "token tag", got "${line}"`);
    words.push(line.slice(0, space));
    tags.push(tag);
  }
  if (words.length > 0) sentences.push({ words, tags });
  return sentences;
}

export function readConll(path: string): Sentence[] {
  return parseConll(readFileSync(path, 'utf8'));
}

/** Maps entity types to O (e.g. AQMAR's MISC, which means something else than ANERcorp's). */
export function dropTypes(sentences: readonly Sentence[], types: ReadonlySet<string>): Sentence[] {
  return sentences.map((s) => ({
    words: s.words,
    tags: s.tags.map((t) => (t !== 'O' && types.has(t.slice(2)) ? 'O' : t)),
  }));
}
