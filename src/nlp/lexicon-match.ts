import type { Doc, Stage } from './doc.ts';
import { addMention, entityForLexicon } from './entities.ts';
import { getLexicon } from './lexicon.ts';
import { stemStart } from './tokenise.ts';

/**
 * Entities from lexicon data: the longest lexicon name at each token (first token may carry
 * proclitics: بالقاهرة، وإسرائيل، لمنظمة…). Nationality adjectives are not names and are not matched here.
 */
/** Words that make a following ministry name part of a person's title. */
export const TITLE_HEADS = new Set(['وزير', 'وزيره', 'وزيري', 'وزراء', 'الوزير', 'الوزيره', 'نائب', 'مساعد', 'مساعده']);

export const lexiconMatchStage: Stage = {
  name: 'lexicon',
  needs: ['tokens'],
  adds: ['entities'],
  run(doc: Doc): Doc {
    const { names } = getLexicon();
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; ) {
      const match = names.match(tokens, i);
      if (!match) {
        i++;
        continue;
      }
      const entry = match.values[0]!;
      // "وزير الخارجية الأمريكي" is a title, not the ministry "الخارجية الأمريكية"
      if (entry.kind === 'ORGANIZATION' && i > 0 && (tokens[i - 1]!.analyses.some((a) => TITLE_HEADS.has(a.stem)) || insideTitle(tokens, i))) {
        i++;
        continue;
      }
      // "الشيخ محمد بن زايد آل نهيان": an honorific alias must not cut off the longer full name after it
      const inner = match.end - match.start > 1 ? names.match(tokens, i + 1) : null;
      if (inner && inner.end > match.end && inner.values[0] === entry) match.end = inner.end;
      const entity = entityForLexicon(doc, entry);
      const original = doc.body.slice(stemStart(doc, tokens[i]!, match.cliticLength), tokens[match.end - 1]!.end);
      const exact = [entry.name_ar, ...entry.aliases_ar].includes(original);
      addMention(doc, entity, match.start, match.end, match.cliticLength, exact ? 'LEXICON_EXACT' : 'LEXICON_NORMALISED', exact ? 1 : 0.95);
      i = match.end;
    }
    return doc;
  },
};

const TITLE_LOOKBACK = 3;
/** Token i lies inside a title phrase that starts up to three tokens earlier ("وزير الشؤون الخارجية"). */
function insideTitle(tokens: Doc['tokens'], i: number): boolean {
  const { titles } = getLexicon();
  for (let k = 1; k <= TITLE_LOOKBACK && i - k >= 0; k++) {
    const m = titles.match(tokens, i - k);
    if (m && m.end > i && !m.values.every((v) => v.key === 'honorific')) return true;
  }
  return false;
}
