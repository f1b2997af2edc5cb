import type { ExtractedSentence } from './types.ts';
import type { Doc, Stage } from './doc.ts';

/**
 * Sentence splitting on the original text: at line breaks, and after . ! ? ؟ when the next character
 * starts a new sentence. Full stops inside paired quotes (“…” «…») on the same line do not split, nor do
 * decimal points or runs of dots inside a sentence.
 */
const OPENING = new Set(['“', '«']);
const CLOSING = new Set(['”', '»']);
const TERMINATORS = new Set(['.', '!', '?', '؟']);
const WEB_ENDING = /^(?:نت|كوم|com|net|org)(?!\p{L})/u;

export function splitSentences(text: string, end: number = text.length): ExtractedSentence[] {
  const sentences: ExtractedSentence[] = [];
  let start = 0;
  let quoteDepth = 0;

  const push = (to: number) => {
    let s = start;
    let e = to;
    while (s < e && /\s/u.test(text[s]!)) s++;
    while (e > s && /\s/u.test(text[e - 1]!)) e--;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) {
      sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
    }
    start = to;
  };

  for (let i = 0; i < end; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(i);
      quoteDepth = 0;
      continue;
    }
    if (OPENING.has(ch)) quoteDepth++;
    else if (CLOSING.has(ch)) quoteDepth = Math.max(0, quoteDepth - 1);
    if (!TERMINATORS.has(ch) || quoteDepth > 0) continue;
    const prev = text[i - 1] ?? '';
    const next = text[i + 1] ?? '';
    // decimals (1.96) and runs of dots ("..") stay inside the sentence
    if (ch === '.' && /\d/u.test(prev) && /\d/u.test(next)) continue;
    // and so do web names (العربية.نت، youm7.com), unlike a full stop glued to the next word ("دولار.وأضاف")
    if (ch === '.' && /\p{L}/u.test(prev) && WEB_ENDING.test(text.slice(i + 1, i + 5))) continue;
    if (next === '.' || next === '!' || next === '?' || next === '؟') continue;
    // a closing quote right after the terminator belongs to this sentence
    let cut = i + 1;
    while (cut < end && /["”»'’)]/u.test(text[cut]!)) cut++;
    push(cut);
    i = cut - 1;
  }
  push(end);
  return sentences;
}

export const segmentStage: Stage = {
  name: 'segment',
  needs: ['boilerplate'],
  adds: ['sentences'],
  run(doc: Doc): Doc {
    doc.sentences = splitSentences(doc.body, doc.contentEnd);
    return doc;
  },
};
