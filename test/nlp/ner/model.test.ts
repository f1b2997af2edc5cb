import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadModel, pruneModel, saveModel, type NerModel } from '../../../src/nlp/ner/model.ts';
import { NerTagger } from '../../../src/nlp/ner/tagger.ts';
import { TAGS } from '../../../src/nlp/ner/tags.ts';

function toyModel(): NerModel {
  const T = TAGS.length;
  const weights = new Float32Array(3 * T);
  weights[0 * T + TAGS.indexOf('O')] = 1; // b (bias) → O
  weights[1 * T + TAGS.indexOf('B-LOC')] = 5; // w=باريس → B-LOC
  weights[2 * T + TAGS.indexOf('B-PER')] = 0.001; // tiny, pruned
  return {
    tags: TAGS,
    features: new Map([
      ['b', 0],
      ['w=باريس', 1],
      ['w=زيد', 2],
    ]),
    weights,
    transitions: new Float32Array(T * T).fill(0.25),
    start: new Float32Array(T).fill(-0.5),
    constrained: true,
    featureOptions: { charNgrams: false },
    gazetteer: { personTokens: ['زيد'], translitTokens: [], phrases: { LOC: ['مصر'] } },
    info: { note: 'toy' },
  };
}

describe('model save/load', () => {
  it('round-trips weights (int16-quantised), transitions, options and name lists', () => {
    const model = toyModel();
    const path = join(mkdtempSync(join(tmpdir(), 'ner-')), 'toy.bin');
    saveModel(model, path);
    const back = loadModel(path);
    expect([...back.features]).toEqual([...model.features]);
    back.weights.forEach((w, k) => expect(w).toBeCloseTo(model.weights[k]!, 3));
    expect([...back.transitions]).toEqual([...model.transitions]);
    expect([...back.start]).toEqual([...model.start]);
    expect(back.gazetteer).toEqual(model.gazetteer);
    expect(back.featureOptions).toEqual(model.featureOptions);
    expect(back.info).toEqual({ note: 'toy' });
    expect(new NerTagger(back).tag(['في', 'باريس'])).toEqual(['O', 'B-LOC']);
  });

  it('round-trips a two-pass model, whose first pass shares the outer name lists', () => {
    const model: NerModel = { ...toyModel(), doc: { window: 7 }, oPenalty: 0.5, firstPass: { ...toyModel(), info: { pass: 1 } } };
    const path = join(mkdtempSync(join(tmpdir(), 'ner-')), 'two.bin');
    saveModel(model, path);
    const back = loadModel(path);
    expect(back.doc).toEqual({ window: 7 });
    expect(back.oPenalty).toBe(0.5);
    expect(back.firstPass?.info).toEqual({ pass: 1 });
    expect(back.firstPass?.gazetteer).toEqual(model.gazetteer);
    expect([...back.firstPass!.features]).toEqual([...model.features]);
    expect(new NerTagger(back).tagDocument([['في', 'باريس'], ['باريس']])).toEqual([['O', 'B-LOC'], ['B-LOC']]);
  });

  it('prunes features whose weights are all tiny', () => {
    const pruned = pruneModel(toyModel(), 0.01);
    expect([...pruned.features.keys()]).toEqual(['b', 'w=باريس']);
    expect(pruned.weights.length).toBe(2 * TAGS.length);
  });
});
