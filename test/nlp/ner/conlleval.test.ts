import { describe, expect, it } from 'vitest';
import { scoreEntities } from '../../../src/nlp/ner/conlleval.ts';
import { spansFromTags } from '../../../src/nlp/ner/spans.ts';
import type { NerTag } from '../../../src/nlp/ner/tags.ts';

describe('spansFromTags', () => {
  it('starts an entity at B- and at an orphan I-', () => {
    const tags: NerTag[] = ['B-PER', 'I-PER', 'O', 'I-LOC', 'I-LOC', 'B-ORG', 'I-PER'];
    expect(spansFromTags(tags)).toEqual([
      { type: 'PER', start: 0, end: 2 },
      { type: 'LOC', start: 3, end: 5 },
      { type: 'ORG', start: 5, end: 6 },
      { type: 'PER', start: 6, end: 7 },
    ]);
  });

  it('splits B-X B-X into two entities', () => {
    expect(spansFromTags(['B-LOC', 'B-LOC'])).toHaveLength(2);
  });
});

describe('scoreEntities', () => {
  it('needs exact span and type; a wrong type is both a false positive and a false negative', () => {
    const gold: NerTag[][] = [['B-PER', 'I-PER', 'O', 'B-LOC'], ['I-ORG', 'O']];
    const pred: NerTag[][] = [['B-PER', 'I-PER', 'O', 'B-ORG'], ['B-ORG', 'O']];
    const s = scoreEntities(gold, pred);
    // gold: PER, LOC, orphan-I ORG = 3; pred: PER, ORG, ORG = 3; correct: PER and the ORG matching the orphan
    expect(s.gold).toBe(3);
    expect(s.predicted).toBe(3);
    expect(s.correct).toBe(2);
    expect(s.byType.LOC).toMatchObject({ gold: 1, predicted: 0, correct: 0, recall: 0 });
    expect(s.byType.ORG).toMatchObject({ gold: 1, predicted: 2, correct: 1, precision: 0.5 });
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it('does not credit a partial span', () => {
    const s = scoreEntities([['B-PER', 'I-PER']], [['B-PER', 'O']]);
    expect(s.correct).toBe(0);
    expect(s.f1).toBe(0);
  });
});
