import { describe, expect, it } from 'vitest';
import { bioMasks } from '../../../src/nlp/ner/bio.ts';
import { TAGS } from '../../../src/nlp/ner/tags.ts';
import { viterbi } from '../../../src/nlp/ner/viterbi.ts';

describe('viterbi', () => {
  it('lets transitions overrule a locally better tag', () => {
    // two tags, three tokens; token 1 alone prefers tag 1, but 0→1 and 1→0 are expensive
    const em = Float32Array.from([2, 0, 0, 1, 2, 0]);
    const trans = Float32Array.from([0, -5, -5, 0]);
    expect([...viterbi(em, 3, 2, trans, new Float32Array(2))]).toEqual([0, 0, 0]);
    // without the transition cost the local choice wins
    expect([...viterbi(em, 3, 2, new Float32Array(4), new Float32Array(2))]).toEqual([0, 1, 0]);
  });

  it('finds the best path by brute force on a random 3×3 problem', () => {
    const em = Float32Array.from([0.3, 1.2, -0.4, 0.9, 0.1, 0.5, -0.2, 0.8, 0.7]);
    const trans = Float32Array.from([0.1, -0.3, 0.6, 0.4, 0.2, -0.9, -0.5, 1.1, 0]);
    const start = Float32Array.from([0, 0.2, -0.1]);
    let best = -Infinity;
    let arg: number[] = [];
    for (let a = 0; a < 3; a++)
      for (let b = 0; b < 3; b++)
        for (let c = 0; c < 3; c++) {
          const s = start[a]! + em[a]! + trans[a * 3 + b]! + em[3 + b]! + trans[b * 3 + c]! + em[6 + c]!;
          if (s > best) [best, arg] = [s, [a, b, c]];
        }
    expect([...viterbi(em, 3, 3, trans, start)]).toEqual(arg);
  });

  it('never produces an orphan I- under the BIO masks', () => {
    const T = TAGS.length;
    const em = new Float32Array(2 * T);
    em[TAGS.indexOf('I-PER')] = 5; // token 0 wants I-PER, which cannot start a sentence
    em[T + TAGS.indexOf('I-LOC')] = 5;
    const { transitions, start } = bioMasks(TAGS);
    const path = [...viterbi(em, 2, T, transitions, start)].map((k) => TAGS[k]);
    expect(path[0]!.startsWith('I-')).toBe(false);
    expect(path[1] === 'I-LOC' ? path[0] === 'B-LOC' : true).toBe(true);
  });
});
