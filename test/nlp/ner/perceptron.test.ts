import { describe, expect, it } from 'vitest';
import { AveragedPerceptron, emissionScores, type Example } from '../../../src/nlp/ner/perceptron.ts';
import { viterbi } from '../../../src/nlp/ner/viterbi.ts';

/** Builds an example from per-token feature ids and gold tag ids. */
function example(tokens: number[][], gold: number[]): Example {
  const offsets = [0];
  for (const t of tokens) offsets.push(offsets.at(-1)! + t.length);
  return { feats: Int32Array.from(tokens.flat()), offsets: Int32Array.from(offsets), gold: Int32Array.from(gold) };
}

describe('AveragedPerceptron', () => {
  it('learns a small separable sequence task', () => {
    // features: 0 = bias, 1 = "name-like word", 2 = "title word"; tags: 0 = O, 1 = NAME
    // a name-like word is a NAME only after a title, which only the transition + context can tell
    const data = [
      example([[0, 2], [0, 1, 3]], [0, 1]),
      example([[0, 1], [0]], [0, 0]),
      example([[0], [0, 2], [0, 1, 3], [0]], [0, 0, 1, 0]),
      example([[0, 1], [0, 2]], [0, 0]),
    ];
    const p = new AveragedPerceptron(4, 2);
    for (let epoch = 0; epoch < 10; epoch++) for (const ex of data) p.learn(ex);
    // the averaged weights, not just the last ones, must fit the data
    const { weights, transitions, start } = p.averaged();
    for (const ex of data) {
      const em = emissionScores(ex.feats, ex.offsets, weights, 2);
      expect(viterbi(em, ex.gold.length, 2, transitions, start)).toEqual(ex.gold);
    }
  });

  it('stops making mistakes once the data is fitted', () => {
    const data = [example([[0], [1]], [0, 1]), example([[1], [0]], [1, 0])];
    const p = new AveragedPerceptron(2, 2);
    for (let epoch = 0; epoch < 5; epoch++) for (const ex of data) p.learn(ex);
    expect(data.map((ex) => p.learn(ex))).toEqual([false, false]);
  });
});
