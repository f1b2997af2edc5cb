import { spansFromTags, type EntitySpan } from './spans.ts';
import { ENTITY_TYPES, type EntityType, type NerTag } from './tags.ts';

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** Entities in the gold data. */
  gold: number;
  /** Entities predicted. */
  predicted: number;
  /** Predicted entities with exactly the gold span and type. */
  correct: number;
}

export interface NerScore extends Prf {
  byType: Record<EntityType, Prf>;
}

function prf(correct: number, gold: number, predicted: number): Prf {
  const precision = predicted === 0 ? 0 : correct / predicted;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, gold, predicted, correct };
}

const key = (s: EntitySpan): string => `${s.type}:${s.start}:${s.end}`;

/**
 * Entity-level scoring as conlleval does it: an entity counts only with exact span and type,
 * so a wrong-type span is both a false positive and a false negative.
 */
export function scoreEntities(gold: readonly (readonly NerTag[])[], predicted: readonly (readonly NerTag[])[]): NerScore {
  if (gold.length !== predicted.length) throw new Error('gold and predicted differ in sentence count');
  const counts = new Map<EntityType, { gold: number; predicted: number; correct: number }>(
    ENTITY_TYPES.map((t) => [t, { gold: 0, predicted: 0, correct: 0 }]),
  );
  gold.forEach((goldTags, i) => {
    const predTags = predicted[i]!;
    if (goldTags.length !== predTags.length) throw new Error(`sentence ${i}: gold and predicted differ in length`);
    const goldSpans = spansFromTags(goldTags);
    const goldKeys = new Set(goldSpans.map(key));
    for (const s of goldSpans) counts.get(s.type)!.gold++;
    for (const s of spansFromTags(predTags)) {
      const c = counts.get(s.type)!;
      c.predicted++;
      if (goldKeys.has(key(s))) c.correct++;
    }
  });
  let g = 0;
  let p = 0;
  let c = 0;
  const byType = {} as Record<EntityType, Prf>;
  for (const [type, n] of counts) {
    byType[type] = prf(n.correct, n.gold, n.predicted);
    g += n.gold;
    p += n.predicted;
    c += n.correct;
  }
  return { ...prf(c, g, p), byType };
}
