import type { NerTag } from './tags.ts';

/**
 * Penalties that keep decoded BIO sequences well formed: I-X only after B-X or I-X.
 * Returned as additive masks (0 or -Infinity) for the transition matrix and the start scores.
 */
export function bioMasks(tags: readonly NerTag[]): { transitions: Float32Array; start: Float32Array } {
  const T = tags.length;
  const transitions = new Float32Array(T * T);
  const start = new Float32Array(T);
  tags.forEach((cur, c) => {
    if (!cur.startsWith('I-')) return;
    start[c] = -Infinity;
    tags.forEach((prev, p) => {
      if (prev === 'O' || prev.slice(2) !== cur.slice(2)) transitions[p * T + c] = -Infinity;
    });
  });
  return { transitions, start };
}
