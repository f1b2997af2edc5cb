import dateData from './data/dates.json' with { type: 'json' };
import type { Doc, Stage } from './doc.ts';
import { addMention, coverage, entityById, entityForName } from './entities.ts';
import { getLexicon } from './lexicon.ts';
import { foldName } from './normalise.ts';

/**
 * The dateline: a short line right after the headline naming the place and the outlet ("بغداد: الصباح",
 * "دمشق - الوطن", "الرياض: «الخليج»", "موسكو - RT | 12.07.2022"). The outlet, when the lexicon does not
 * know it, is an organisation. Parts are split at dashes, colons, bars, slashes and brackets; a part with
 * a number, a weekday or a month is the date, and words like "خاص" or "وكالات" name no outlet.
 */
const MAX_DATELINE_WORDS = 6;
const MAX_OUTLET_WORDS = 3;
const SEPARATORS = /^[-–—ـ:|/()،,]+$/u;
const QUOTES = /^[«»"“”']+$/u;
const WEB_ENDINGS = new Set(['نت', 'كوم', 'net', 'com']);
/** Words of a dateline that name no outlet: bylines, and the date's weekday and month names. */
const NOT_OUTLETS = new Set([
  ...['خاص', 'وكالات', 'متابعات', 'مراسل', 'مراسلها', 'مراسلنا', 'من', 'المحرر', 'تقرير', 'عاجل', 'محلي', 'دولي'].map(foldName),
  ...Object.keys(dateData.weekdays),
  ...Object.keys(dateData.months),
  ...Object.keys(dateData.dayWords),
]);

/** Index of the first sentence after the headline line (a headline may hold several: "X.. وY"), or -1. */
export function firstBodySentence(doc: Doc): number {
  const headlineEnd = doc.body.indexOf('\n');
  return headlineEnd < 0 ? -1 : doc.sentences.findIndex((s) => s.start > headlineEnd);
}

/**
 * The dateline's tokens: the whole first line when it is short, or the opening of the first sentence up
 * to a colon or a closing bracket ("سبق- الرياض: استقبل …", "القاهرة، مصر (CNN)-- التقى …"); else null.
 */
function datelineTokens(sentence: Doc['tokens']): Doc['tokens'] | null {
  const words = (tokens: Doc['tokens']) => tokens.filter((t) => t.kind === 'word').length;
  if (words(sentence) <= MAX_DATELINE_WORDS) return sentence;
  const end = sentence.findIndex((t) => t.text === ':' || t.text === ')');
  return end > 0 && words(sentence.slice(0, end)) <= MAX_DATELINE_WORDS ? sentence.slice(0, end + 1) : null;
}

export const datelineStage: Stage = {
  name: 'dateline',
  needs: ['entities'],
  adds: [],
  run(doc: Doc): Doc {
    const sentence = doc.sentences[firstBodySentence(doc)];
    if (!sentence) return doc;
    const line = datelineTokens(doc.tokens.filter((t) => t.sentence === sentence.index));
    if (!line) return doc;
    const covered = coverage(doc);
    // a dateline names its place
    if (!line.some((t) => covered[t.index] && entityById(doc, covered[t.index]!.entityKey)?.kind === 'LOCATION')) return doc;
    const { functionWords } = getLexicon();
    const parts: { tokens: typeof line; quoted: boolean }[] = [{ tokens: [], quoted: false }];
    const isPlace = (i: number) => covered[i] !== undefined && entityById(doc, covered[i]!.entityKey)?.kind === 'LOCATION';
    for (const t of line) {
      // "دمشق ــ الأخبار": a dash of tatweel is no token; the place's end still parts it from the outlet
      if (t.index > line[0]!.index && isPlace(t.index - 1) && !covered[t.index] && parts[parts.length - 1]!.tokens.length > 0) parts.push({ tokens: [], quoted: false });
      if (QUOTES.test(t.text)) parts[parts.length - 1]!.quoted = true;
      else if (t.kind === 'punct' && SEPARATORS.test(t.text)) parts.push({ tokens: [], quoted: false });
      else parts[parts.length - 1]!.tokens.push(t);
    }
    for (const { tokens: part, quoted } of parts) {
      if (part.length === 0 || part.length > MAX_OUTLET_WORDS) continue;
      const first = part[0]!;
      const last = part[part.length - 1]!;
      // «الخليج»: a quoted name in the dateline is the outlet, even where the lexicon reads a region
      if (quoted && part.every((t) => covered[t.index] && entityById(doc, covered[t.index]!.entityKey)?.kind === 'LOCATION' && covered[t.index]!.start >= first.index && covered[t.index]!.end <= last.index + 1)) {
        doc.mentions = doc.mentions.filter((m) => m.end <= first.index || m.start > last.index);
        for (const t of part) covered[t.index] = undefined;
      }
      // "العربية.نت": a web outlet's domain ending stays with its name
      const web = part.length === 3 && part[1]!.text === '.' && WEB_ENDINGS.has(part[2]!.norm);
      if (part.some((t, k) => (t.kind !== 'word' && !(web && k === 1)) || covered[t.index] || NOT_OUTLETS.has(t.norm) || functionWords.has(t.norm) || /\d/u.test(t.text))) continue;
      const nameAr = doc.body.slice(first.start, last.end);
      const mention = addMention(doc, entityForName(doc, 'ORGANIZATION', nameAr), first.index, last.index + 1, 0, 'NAME_PATTERN', 0.8);
      for (let k = first.index; k <= last.index; k++) covered[k] = mention;
    }
    return doc;
  },
};
