import { viterbi } from './viterbi.ts';

/** A training sentence with its features as indices: token i owns feats[offsets[i] .. offsets[i+1]). */
export interface Example {
  feats: Int32Array;
  offsets: Int32Array;
  gold: Int32Array;
  /** Update size for this sentence (1 by default); lets a secondary corpus count for less. */
  weight?: number;
}

export interface PerceptronWeights {
  /** numFeatures × numTags, row-major. */
  weights: Float32Array;
  transitions: Float32Array;
  start: Float32Array;
}

/** Sums the weight rows of each token's features into n×T emission scores. */
export function emissionScores(feats: Int32Array, offsets: Int32Array, weights: Float32Array, T: number): Float32Array {
  const n = offsets.length - 1;
  const out = new Float32Array(n * T);
  for (let i = 0; i < n; i++) {
    const o = i * T;
    for (let k = offsets[i]!; k < offsets[i + 1]!; k++) {
      const row = feats[k]! * T;
      for (let t = 0; t < T; t++) out[o + t]! += weights[row + t]!;
    }
  }
  return out;
}

/**
 * Averaged structured perceptron (Collins 2002) over a first-order tag chain.
 * Averaging uses the usual trick: alongside w keep u += c·Δ, and the average is w − u/c,
 * so an update costs the same as in the plain perceptron.
 */
export class AveragedPerceptron {
  private readonly w: Float32Array;
  private readonly u: Float64Array;
  private readonly trans: Float32Array;
  private readonly transU: Float64Array;
  private readonly start: Float32Array;
  private readonly startU: Float64Array;
  private c = 1;

  constructor(
    readonly numFeatures: number,
    readonly numTags: number,
    /** Additive decoding masks (0 / -Infinity), e.g. BIO constraints. */
    private readonly mask?: { transitions: Float32Array; start: Float32Array },
  ) {
    this.w = new Float32Array(numFeatures * numTags);
    this.u = new Float64Array(numFeatures * numTags);
    this.trans = new Float32Array(numTags * numTags);
    this.transU = new Float64Array(numTags * numTags);
    this.start = new Float32Array(numTags);
    this.startU = new Float64Array(numTags);
  }

  /**
   * Best path under the current weights. With a margin, every wrong tag gets that bonus
   * (loss-augmented decoding), so training keeps pushing until gold wins by a margin.
   */
  decode(ex: Example, margin = 0): Int32Array {
    const T = this.numTags;
    const em = emissionScores(ex.feats, ex.offsets, this.w, T);
    if (margin > 0) for (let i = 0; i < ex.gold.length; i++) for (let t = 0; t < T; t++) if (t !== ex.gold[i]) em[i * T + t]! += margin;
    const trans = this.mask ? this.trans.map((v, k) => v + this.mask!.transitions[k]!) : this.trans;
    const start = this.mask ? this.start.map((v, k) => v + this.mask!.start[k]!) : this.start;
    return viterbi(em, ex.gold.length, T, trans, start);
  }

  /** One perceptron step: decode, and on a mistake move weights towards gold and away from the guess. */
  learn(ex: Example, margin = 0): boolean {
    const pred = this.decode(ex, margin);
    const T = this.numTags;
    const gold = ex.gold;
    const d = ex.weight ?? 1;
    const cd = this.c * d;
    let wrong = false;
    for (let i = 0; i < gold.length; i++) {
      const g = gold[i]!;
      const p = pred[i]!;
      const gPrev = i > 0 ? gold[i - 1]! : -1;
      const pPrev = i > 0 ? pred[i - 1]! : -1;
      if (g !== p) {
        wrong = true;
        for (let k = ex.offsets[i]!; k < ex.offsets[i + 1]!; k++) {
          const row = ex.feats[k]! * T;
          this.w[row + g]! += d;
          this.u[row + g]! += cd;
          this.w[row + p]! -= d;
          this.u[row + p]! -= cd;
        }
      }
      if (g !== p || gPrev !== pPrev) {
        if (i === 0) {
          this.start[g]! += d;
          this.startU[g]! += cd;
          this.start[p]! -= d;
          this.startU[p]! -= cd;
        } else {
          this.trans[gPrev * T + g]! += d;
          this.transU[gPrev * T + g]! += cd;
          this.trans[pPrev * T + p]! -= d;
          this.transU[pPrev * T + p]! -= cd;
        }
      }
    }
    this.c++;
    return wrong;
  }

  /** The averaged weights, which generalise much better than the last ones. */
  averaged(): PerceptronWeights {
    const avg = (w: Float32Array, u: Float64Array): Float32Array => w.map((v, k) => v - u[k]! / this.c);
    return { weights: avg(this.w, this.u), transitions: avg(this.trans, this.transU), start: avg(this.start, this.startU) };
  }
}

/** Deterministic Fisher–Yates shuffle (mulberry32), so training runs are reproducible. */
export function shuffle<T>(items: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rand = (): number => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}
