import type { EntityKind } from '../ontology/kinds.ts';
import type { Doc, Stage } from './doc.ts';
import { addMention, coverage, entityForName } from './entities.ts';

/**
 * The slot for a statistical tagger: it receives each sentence's tokens (original spelling) and returns
 * one BIO tag per token (B-PER, I-ORG, O…). Its spans become candidates for entities wherever the lexicon
 * and institution patterns found nothing; title patterns and coreference then work on them as on any mention.
 */
export type BioTagger = (tokens: string[]) => string[];

const KINDS: Record<string, EntityKind> = {
  PER: 'PERSON',
  PERSON: 'PERSON',
  ORG: 'ORGANIZATION',
  ORGANIZATION: 'ORGANIZATION',
  LOC: 'LOCATION',
  LOCATION: 'LOCATION',
  GPE: 'LOCATION',
};
const TAGGER_CONFIDENCE = 0.7;

export function createNerStage(tagger: BioTagger): Stage {
  return {
    name: 'ner',
    needs: ['entities'],
    adds: [],
    run(doc: Doc): Doc {
      const covered = coverage(doc);
      const bySentence = new Map<number, number[]>();
      doc.tokens.forEach((t, i) => bySentence.set(t.sentence, [...(bySentence.get(t.sentence) ?? []), i]));
      for (const indices of bySentence.values()) {
        const tags = tagger(indices.map((i) => doc.tokens[i]!.text));
        let k = 0;
        while (k < indices.length) {
          const [prefix, type] = (tags[k] ?? 'O').split('-');
          const kind = type ? KINDS[type.toUpperCase()] : undefined;
          if (prefix !== 'B' && prefix !== 'I') {
            k++;
            continue;
          }
          let end = k + 1;
          while (end < indices.length && tags[end] === `I-${type}`) end++;
          const start = indices[k]!;
          const stop = indices[end - 1]! + 1;
          if (kind && !covered.slice(start, stop).some(Boolean)) {
            const nameAr = doc.body.slice(doc.tokens[start]!.start, doc.tokens[stop - 1]!.end);
            const mention = addMention(doc, entityForName(doc, kind, nameAr), start, stop, 0, 'NER', TAGGER_CONFIDENCE);
            for (let c = start; c < stop; c++) covered[c] = mention;
          }
          k = end;
        }
      }
      return doc;
    },
  };
}
