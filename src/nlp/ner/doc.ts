import type { TokenInfo } from './features.ts';
import { TAGS, type NerTag } from './tags.ts';

/**
 * Document-context ("non-local") features for the second pass, after Krishnan & Manning (2006)
 * and Ratinov & Roth (2009). A first-pass tagger has labelled every sentence of a document;
 * a word then learns what the first pass said about the same stem, or the same phrase, in the
 * neighbouring sentences (ANERcorp has no document markers, so a window of sentences stands in
 * for the article), plus the first-pass tags around the word itself (stacking).
 */
export interface DocOptions {
  /** Sentences either side that count as context. */
  window: number;
  /** Also give the first-pass tags of the word and its neighbours (default true). */
  stack?: boolean;
}

export const DEFAULT_DOC_OPTIONS: DocOptions = { window: 30 };

/** Stems that carry no naming evidence however often they recur. */
const MIN_STEM = 2;

const typeOf = (tag: NerTag): string => (tag === 'O' ? 'O' : tag.slice(2));

/**
 * Label counts of a stem over the window: index 0 is O, then the four types, then B-/I- per type
 * (LABELS). A typed array instead of a Map<string, number> because it is updated for every token.
 */
const TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
const LABELS = ['O', ...TYPES, ...TYPES.map((t) => 'B-' + t), ...TYPES.map((t) => 'I-' + t)];
const LABEL_INDEX = new Map(LABELS.map((l, k) => [l, k]));
const O = 0;
/** Per tag: its label index (type, or O) and its B-/I- index (-1 for O). */
const TAG_LABEL = new Map(TAGS.map((t) => [t, LABEL_INDEX.get(typeOf(t))!]));
const TAG_POSITION = new Map(TAGS.map((t) => [t, t === 'O' ? -1 : LABEL_INDEX.get(t)!]));
const typeIndex = (k: number): number => 1 + k;
const bIndex = (k: number): number => 5 + k;
const iIndex = (k: number): number => 9 + k;

/**
 * The feature strings come from small fixed sets and are built once here rather than per token:
 * the tagger looks each one up in the model's feature map, and reusing one string object means it
 * is hashed once (V8 caches a string's hash) instead of once per token.
 */
const BUCKETS = ['1', '2', '4'] as const;
const tagTable = (prefix: string): Map<string, string> =>
  new Map([...TAGS, '<s>', '</s>'].map((t) => [t, prefix + t]));
const FP = tagTable('fp=');
const FP_PREV = tagTable('fp-1=');
const FP_NEXT = tagTable('fp+1=');
const DN = new Map(BUCKETS.map((b) => [b, 'dn=' + b]));
const DT = TYPES.map((t) => 'dT=' + t);
const DT_MAJ = TYPES.map((t) => 'dT=' + t + '|maj');
const DT_MIN = TYPES.map((t) => 'dT=' + t + '|min');
const DT_COUNT = TYPES.map((t) => new Map(BUCKETS.map((b) => [b, 'dT=' + t + '|' + b])));
const DP_B = TYPES.map((t) => 'dP=' + t + '|B');
const DP_I = TYPES.map((t) => 'dP=' + t + '|I');

function countBucket(n: number): (typeof BUCKETS)[number] {
  return n <= 1 ? '1' : n <= 3 ? '2' : '4';
}

/**
 * Per-token document features for sentence `s` of a document, given the token facts and the
 * first-pass tags of all sentences.
 */
export function documentFeatures(
  infos: readonly (readonly TokenInfo[])[],
  firstPass: readonly (readonly NerTag[])[],
  opts: DocOptions,
): string[][][] {
  const S = infos.length;
  // Entity phrases the first pass found in each sentence, keyed like the gazetteer: stem of the first word, folds after.
  const phrases: { key: string; type: string; start: number; len: number }[][] = [];
  for (let s = 0; s < S; s++) {
    const list: { key: string; type: string; start: number; len: number }[] = [];
    const tags = firstPass[s]!;
    const info = infos[s]!;
    for (let i = 0; i < tags.length; i++) {
      const tag = tags[i]!;
      if (tag === 'O' || (tag.startsWith('I-') && i > 0 && typeOf(tags[i - 1]!) === typeOf(tag))) continue;
      let j = i + 1;
      while (j < tags.length && tags[j] === `I-${typeOf(tag)}`) j++;
      let key = info[i]!.stem;
      for (let k = i + 1; k < j; k++) key += ' ' + info[k]!.fold;
      list.push({ key, type: typeOf(tag), start: i, len: j - i });
    }
    phrases.push(list);
  }

  const out: string[][][] = [];
  // stem → label counts over the window [lo, hi], kept as a sliding window: sentence hi enters and
  // sentence lo - 1 leaves as s advances, instead of recounting 2 × window sentences per sentence.
  const stems = new Map<string, Int32Array>();
  const count = (r: number, delta: number): void => {
    const info = infos[r]!;
    const tags = firstPass[r]!;
    for (let i = 0; i < info.length; i++) {
      const stem = info[i]!.stem;
      if (stem.length < MIN_STEM) continue;
      let st = stems.get(stem);
      if (st === undefined) stems.set(stem, (st = new Int32Array(LABELS.length)));
      const tag = tags[i]!;
      st[TAG_LABEL.get(tag)!]! += delta;
      if (tag !== 'O') st[TAG_POSITION.get(tag)!]! += delta;
    }
  };
  let windowLo = 0;
  let windowHi = -1;
  for (let s = 0; s < S; s++) {
    const lo = Math.max(0, s - opts.window);
    const hi = Math.min(S - 1, s + opts.window);
    while (windowHi < hi) count(++windowHi, 1);
    while (windowLo < lo) count(windowLo++, -1);
    // phrase key → type counts over the window: few phrases per sentence, so recounted each time
    // (the insertion order of the types decides ties below, as it always has)
    const phraseTypes = new Map<string, Map<string, number>>();
    let maxLen = 1;
    for (let r = lo; r <= hi; r++) {
      for (const p of phrases[r]!) {
        let m = phraseTypes.get(p.key);
        if (m === undefined) phraseTypes.set(p.key, (m = new Map()));
        m.set(p.type, (m.get(p.type) ?? 0) + 1);
        maxLen = Math.max(maxLen, p.len);
      }
    }
    const info = infos[s]!;
    const tags = firstPass[s]!;
    const feats: string[][] = info.map(() => []);
    // own sentence's first-pass phrases, to discount self-matches
    const own = new Map<string, string>();
    for (const p of phrases[s]!) own.set(`${p.start}:${p.len}`, p.type);

    for (let i = 0; i < info.length; i++) {
      const f = feats[i]!;
      const tag = tags[i]!;
      // stacking: the first pass's own view of this word and its neighbours
      if (opts.stack !== false) {
        f.push(FP.get(tag)!);
        f.push(FP_PREV.get(i > 0 ? tags[i - 1]! : '<s>')!);
        f.push(FP_NEXT.get(i + 1 < tags.length ? tags[i + 1]! : '</s>')!);
      }
      const stem = info[i]!.stem;
      if (stem.length < MIN_STEM) continue;
      const st = stems.get(stem)!;
      // leave this very token out of its own evidence
      const selfLabel = TAG_LABEL.get(tag)!;
      const selfTag = TAG_POSITION.get(tag)!;
      const c = (k: number): number => st[k]! - (k === selfLabel ? 1 : 0) - (k === selfTag ? 1 : 0);
      const o = c(O);
      let best = -1;
      let bestN = 0;
      let ent = 0;
      for (let k = 0; k < TYPES.length; k++) {
        const n = c(typeIndex(k));
        ent += n;
        if (n > bestN) [best, bestN] = [k, n];
      }
      const total = o + ent;
      if (total === 0) continue;
      f.push(DN.get(countBucket(total))!);
      if (ent === 0) {
        f.push('dO');
        continue;
      }
      f.push(DT[best]!);
      f.push((ent > o ? DT_MAJ : DT_MIN)[best]!);
      f.push(DT_COUNT[best]!.get(countBucket(bestN))!);
      f.push((c(bIndex(best)) >= c(iIndex(best)) ? DP_B : DP_I)[best]!);
    }

    // phrase matches against entities found elsewhere in the window, longest first
    for (let i = 0; i < info.length; i++) {
      for (let len = Math.min(maxLen, info.length - i); len >= 1; len--) {
        let key = info[i]!.stem;
        for (let k = 1; k < len; k++) key += ' ' + info[i + k]!.fold;
        const m = phraseTypes.get(key);
        if (m === undefined) continue;
        const counts = new Map(m);
        const self = own.get(`${i}:${len}`);
        if (self !== undefined) counts.set(self, counts.get(self)! - 1);
        let best = '';
        let bestN = 0;
        for (const [type, n] of counts) if (n > bestN) [best, bestN] = [type, n];
        if (bestN === 0) continue;
        const lenTag = len === 1 ? '1' : 'n';
        feats[i]!.push(`dB=${best}|${lenTag}`);
        for (let k = 1; k < len; k++) feats[i + k]!.push(`dI=${best}`);
        break;
      }
    }
    out.push(feats);
  }
  return out;
}
