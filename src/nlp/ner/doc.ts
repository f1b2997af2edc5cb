import type { TokenInfo } from './features.ts';
import type { NerTag } from './tags.ts';

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

interface StemStats {
  /** Counts per label: O, PER, ORG, LOC, MISC, and B-/I- position. */
  counts: Map<string, number>;
}

function countBucket(n: number): string {
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
  for (let s = 0; s < S; s++) {
    const lo = Math.max(0, s - opts.window);
    const hi = Math.min(S - 1, s + opts.window);
    // stem → label counts over the window, and phrase key → type counts
    const stems = new Map<string, StemStats>();
    const phraseTypes = new Map<string, Map<string, number>>();
    let maxLen = 1;
    for (let r = lo; r <= hi; r++) {
      const info = infos[r]!;
      const tags = firstPass[r]!;
      for (let i = 0; i < info.length; i++) {
        const stem = info[i]!.stem;
        if (stem.length < MIN_STEM) continue;
        let st = stems.get(stem);
        if (st === undefined) stems.set(stem, (st = { counts: new Map() }));
        const tag = tags[i]!;
        const label = typeOf(tag);
        st.counts.set(label, (st.counts.get(label) ?? 0) + 1);
        if (tag !== 'O') st.counts.set(tag, (st.counts.get(tag) ?? 0) + 1);
      }
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
        f.push('fp=' + tag);
        f.push('fp-1=' + (i > 0 ? tags[i - 1]! : '<s>'));
        f.push('fp+1=' + (i + 1 < tags.length ? tags[i + 1]! : '</s>'));
      }
      const stem = info[i]!.stem;
      const st = stems.get(stem);
      if (st === undefined || stem.length < MIN_STEM) continue;
      // leave this very token out of its own evidence
      const counts = new Map(st.counts);
      const label = typeOf(tag);
      counts.set(label, counts.get(label)! - 1);
      if (tag !== 'O') counts.set(tag, counts.get(tag)! - 1);
      const o = counts.get('O') ?? 0;
      let best = '';
      let bestN = 0;
      let ent = 0;
      for (const type of ['PER', 'ORG', 'LOC', 'MISC']) {
        const n = counts.get(type) ?? 0;
        ent += n;
        if (n > bestN) [best, bestN] = [type, n];
      }
      const total = o + ent;
      if (total === 0) continue;
      f.push('dn=' + countBucket(total));
      if (ent === 0) {
        f.push('dO');
        continue;
      }
      f.push('dT=' + best);
      f.push('dT=' + best + '|' + (ent > o ? 'maj' : 'min'));
      f.push('dT=' + best + '|' + countBucket(bestN));
      const b = counts.get('B-' + best) ?? 0;
      const iN = counts.get('I-' + best) ?? 0;
      f.push('dP=' + best + '|' + (b >= iN ? 'B' : 'I'));
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
