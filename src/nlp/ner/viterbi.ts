/**
 * First-order Viterbi decoding over per-token tag scores plus tag-bigram transition scores.
 * emissions is n×T row-major, transitions is T×T indexed [previous * T + current],
 * start holds the score of each tag at position 0. Transitions of -Infinity are forbidden.
 */
export function viterbi(
  emissions: Float32Array,
  n: number,
  numTags: number,
  transitions: Float32Array,
  start: Float32Array,
): Int32Array {
  const path = new Int32Array(n);
  if (n === 0) return path;
  const T = numTags;
  let score = new Float64Array(T);
  let next = new Float64Array(T);
  const back = new Int32Array(n * T);
  for (let t = 0; t < T; t++) score[t] = start[t]! + emissions[t]!;
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        const s = score[p]! + transitions[p * T + t]!;
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      next[t] = best + emissions[i * T + t]!;
      back[i * T + t] = arg;
    }
    [score, next] = [next, score];
  }
  let last = 0;
  for (let t = 1; t < T; t++) if (score[t]! > score[last]!) last = t;
  path[n - 1] = last;
  for (let i = n - 1; i > 0; i--) path[i - 1] = back[i * T + path[i]!]!;
  return path;
}
