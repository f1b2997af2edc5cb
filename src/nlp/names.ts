import type { Doc, MentionRecord, Token } from './doc.ts';
import { getLexicon } from './lexicon.ts';

/**
 * Where a person's name ends after a title: 1–4 name-like tokens. A token is name-like when the name
 * list knows it (first names and frequent surnames); one unknown token is allowed after a known one
 * (a rare surname). Function words, titles, nationality adjectives, other entities and punctuation end
 * the name. A quoted name ("…", “…”, «…») is taken whole.
 */
const OPEN_QUOTES = new Set(['"', '“', '«', "'"]);
const CLOSE_QUOTES = new Set(['"', '”', '»', "'"]);
/** Particles inside Arabic names: they never end a name. */
const CONNECTORS = new Set(['بن', 'بنت', 'ابن', 'عبد', 'ابو', 'ام', 'ال', 'ولد', 'اب', 'ذو']);
const MAX_NAME_TOKENS = 4;

export interface NameSpan {
  start: number;
  end: number;
}

export function isNameToken(token: Token): boolean {
  const lexicon = getLexicon();
  return token.kind === 'word' && !lexicon.functionWords.has(token.norm) && (lexicon.nameTokens.has(token.norm) || CONNECTORS.has(token.norm));
}

function stopsName(doc: Doc, i: number, covered: (MentionRecord | undefined)[]): boolean {
  const lexicon = getLexicon();
  const token = doc.tokens[i]!;
  if (token.kind !== 'word' || lexicon.functionWords.has(token.norm)) return true;
  if (covered[i]) return true;
  return lexicon.titles.match(doc.tokens, i) !== null || lexicon.nisba.match(doc.tokens, i) !== null;
}

export function nameExtent(doc: Doc, i: number, covered: (MentionRecord | undefined)[]): NameSpan | null {
  const tokens = doc.tokens;
  const first = tokens[i];
  if (!first) return null;
  if (OPEN_QUOTES.has(first.norm)) {
    let j = i + 1;
    while (j < tokens.length && j - i <= MAX_NAME_TOKENS + 1 && tokens[j]!.kind === 'word' && tokens[j]!.sentence === first.sentence) j++;
    const closed = tokens[j] && CLOSE_QUOTES.has(tokens[j]!.norm);
    if (closed && j > i + 1 && !stopsName(doc, i + 1, covered)) return { start: i + 1, end: j };
    return null;
  }
  let j = i;
  let unknownUsed = false;
  let words = 0;
  while (j < tokens.length && words < MAX_NAME_TOKENS && tokens[j]!.sentence === first.sentence) {
    const token = tokens[j]!;
    // particles (بن، آل، عبد) do not count towards the length: "خليفة بن زايد آل نهيان"
    if (!CONNECTORS.has(token.norm)) words++;
    if (stopsName(doc, j, covered)) break;
    const afterConnector = j > i && CONNECTORS.has(tokens[j - 1]!.norm);
    if (isNameToken(token) || afterConnector) {
      j++;
      continue;
    }
    // one unknown token after a known name token: a surname the name list lacks (not a clitic-led word)
    if (j > i && !unknownUsed && !/^[وف]/u.test(token.norm)) {
      unknownUsed = true;
      j++;
      continue;
    }
    break;
  }
  while (j > i && CONNECTORS.has(tokens[j - 1]!.norm)) j--;
  return j > i ? { start: i, end: j } : null;
}
