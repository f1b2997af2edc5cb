import { bioMasks } from './bio.ts';
import type { Sentence } from './corpus.ts';
import { documentFeatures, type DocOptions } from './doc.ts';
import { sentenceFeatures, tokenInfo, type FeatureOptions } from './features.ts';
import { Gazetteer, phraseKey, type GazetteerData } from './gazetteer.ts';
import type { NerModel } from './model.ts';
import { AveragedPerceptron, shuffle, type Example, type PerceptronWeights } from './perceptron.ts';
import { spansFromTags } from './spans.ts';
import { NerTagger } from './tagger.ts';
import { ENTITY_TYPES, TAGS, tagIndex, type EntityType, type NerTag } from './tags.ts';

export interface TrainOptions {
  epochs: number;
  /** BIO-constrained decoding during training and tagging. */
  constrained: boolean;
  seed: number;
  /** Loss-augmented training margin (0 = plain perceptron). */
  margin?: number;
  features: FeatureOptions;
  /** A second corpus (e.g. AQMAR) whose updates count `weight` times as much. */
  secondary?: { sentences: readonly Sentence[]; weight: number };
  /** Called with the averaged model after each epoch (e.g. to score dev). */
  onEpoch?: (epoch: number, model: NerModel) => void;
  /**
   * Add the training data's own entity phrases to the gazetteer. Each sentence sees a list built
   * from the other folds only (jackknife), so the model learns how far to trust a match on text
   * whose entities it has not memorised, as at tagging time.
   */
  trainPhrases?: { folds: number; minCount: number };
  info?: Record<string, unknown>;
  /**
   * Word dropout: each training token, each epoch, loses its word-identity features (w=, f=, s=
   * and the word bigrams) with this probability, so the model also learns to recognise names from
   * context, spelling and name lists: what it has to do on unseen names. 0 = off.
   */
  wordDropout?: number;
  /**
   * What word dropout hides: 'word' the word-identity features only, 'spelling' also the word's
   * spelling features (character n-grams, affixes), so that the model learns to use the name lists,
   * the dictionary and the context for names it has never seen.
   */
  dropoutScope?: 'word' | 'spelling';
  /** Features seen fewer times than this in the training data are dropped (1 = keep all). */
  minFeatureCount?: number;
  /**
   * Train this many perceptrons on differently shuffled data and average their weights
   * (a cheap ensemble; 1 = a single model).
   */
  ensemble?: number;
}

/** Features that name the word itself; word dropout hides them. */
const LEXICAL = /^(w|f|s|b-1|b\+1)=/;
const SPELLING = /^(w|f|s|b-1|b\+1|g3|g4|p1|p2|p3|p4|p5|x1|x2|x3|x4|x5|c\|x2|len)=/;

/** Trains an averaged perceptron tagger; the feature dictionary is every feature seen in training. */
export function trainModel(
  train: readonly Sentence[],
  gazetteer: GazetteerData,
  opts: TrainOptions,
  /** Per-sentence, per-token extra features (the second pass's document context). */
  extras?: readonly (readonly (readonly string[])[])[],
): NerModel {
  const primary = [...train];
  const foldOf = (i: number): number => (opts.trainPhrases ? i % opts.trainPhrases.folds : 0);
  const finalGazetteer = opts.trainPhrases ? withPhrases(gazetteer, primary, () => true, opts.trainPhrases.minCount) : gazetteer;
  const foldGazetteers = opts.trainPhrases
    ? Array.from({ length: opts.trainPhrases.folds }, (_, k) =>
        new Gazetteer(withPhrases(gazetteer, primary, (i) => foldOf(i) !== k, opts.trainPhrases!.minCount)),
      )
    : [new Gazetteer(gazetteer)];
  const dict = new Map<string, number>();
  const lexical: number[] = [];
  const toExample = (s: Sentence, weight: number, gaz: Gazetteer, extra?: readonly (readonly string[])[]): Example => {
    const feats: number[] = [];
    const offsets = [0];
    for (const tokenFeats of sentenceFeatures(s.words, gaz, opts.features, extra)) {
      for (const f of tokenFeats) {
        let id = dict.get(f);
        if (id === undefined) {
          dict.set(f, (id = dict.size));
          lexical.push((opts.dropoutScope === 'spelling' ? SPELLING : LEXICAL).test(f) ? 1 : 0);
        }
        feats.push(id);
      }
      offsets.push(feats.length);
    }
    return {
      feats: Int32Array.from(feats),
      offsets: Int32Array.from(offsets),
      gold: Int32Array.from(s.tags, tagIndex),
      weight,
    };
  };
  let examples = primary.map((s, i) => toExample(s, 1, foldGazetteers[foldOf(i)]!, extras?.[i]));
  if (opts.secondary) {
    const gaz = new Gazetteer(finalGazetteer);
    for (const s of opts.secondary.sentences) examples.push(toExample(s, opts.secondary.weight, gaz));
  }
  if ((opts.minFeatureCount ?? 1) > 1) examples = applyCutoff(examples, dict, lexical, opts.minFeatureCount!);

  const mask = opts.constrained ? bioMasks(TAGS) : undefined;
  const members = Array.from({ length: Math.max(1, opts.ensemble ?? 1) }, () => new AveragedPerceptron(dict.size, TAGS.length, mask));
  const snapshot = (epoch: number): NerModel => ({
    tags: TAGS,
    features: dict,
    ...averageMembers(members),
    constrained: opts.constrained,
    featureOptions: opts.features,
    gazetteer: finalGazetteer,
    info: { ...opts.info, epochs: epoch },
  });
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    const drop = opts.wordDropout ?? 0;
    members.forEach((p, m) => {
      const seed = opts.seed + m * 1000;
      const rand = mulberry32(seed * 7919 + epoch);
      for (const ex of shuffle(examples, seed + epoch)) p.learn(drop > 0 ? dropWords(ex, lexical, drop, rand) : ex, opts.margin ?? 0);
    });
    if (opts.onEpoch && epoch < opts.epochs) opts.onEpoch(epoch, snapshot(epoch));
  }
  const model = snapshot(opts.epochs);
  opts.onEpoch?.(opts.epochs, model);
  return model;
}

/** The mean of the members' averaged weights. */
function averageMembers(members: readonly AveragedPerceptron[]): PerceptronWeights {
  const all = members.map((p) => p.averaged());
  if (all.length === 1) return all[0]!;
  const mean = (pick: (w: PerceptronWeights) => Float32Array): Float32Array => {
    const out = new Float32Array(pick(all[0]!).length);
    for (const w of all) {
      const v = pick(w);
      for (let k = 0; k < out.length; k++) out[k]! += v[k]! / all.length;
    }
    return out;
  };
  return { weights: mean((w) => w.weights), transitions: mean((w) => w.transitions), start: mean((w) => w.start) };
}

/** Drops rare features from the examples and renumbers the dictionary in place. */
function applyCutoff(examples: Example[], dict: Map<string, number>, lexical: number[], min: number): Example[] {
  const counts = new Int32Array(dict.size);
  for (const ex of examples) for (const id of ex.feats) counts[id]!++;
  const remap = new Int32Array(dict.size).fill(-1);
  const names = [...dict.keys()];
  const lex = [...lexical];
  dict.clear();
  lexical.length = 0;
  names.forEach((name, id) => {
    if (counts[id]! < min && name !== 'b') return;
    remap[id] = dict.size;
    dict.set(name, dict.size);
    lexical.push(lex[id]!);
  });
  return examples.map((ex) => {
    const feats: number[] = [];
    const offsets = [0];
    for (let i = 0; i + 1 < ex.offsets.length; i++) {
      for (let k = ex.offsets[i]!; k < ex.offsets[i + 1]!; k++) if (remap[ex.feats[k]!]! >= 0) feats.push(remap[ex.feats[k]!]!);
      offsets.push(feats.length);
    }
    return { ...ex, feats: Int32Array.from(feats), offsets: Int32Array.from(offsets) };
  });
}

function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A copy of the example in which some tokens lose their word-identity features. */
function dropWords(ex: Example, lexical: readonly number[], p: number, rand: () => number): Example {
  const feats: number[] = [];
  const offsets = [0];
  for (let i = 0; i + 1 < ex.offsets.length; i++) {
    const dropIt = rand() < p;
    for (let k = ex.offsets[i]!; k < ex.offsets[i + 1]!; k++) {
      const id = ex.feats[k]!;
      if (!dropIt || lexical[id] === 0) feats.push(id);
    }
    offsets.push(feats.length);
  }
  return { ...ex, feats: Int32Array.from(feats), offsets: Int32Array.from(offsets) };
}

/** The gazetteer plus every entity phrase (majority type, seen ≥ minCount times) of the selected sentences. */
function withPhrases(
  base: GazetteerData,
  sentences: readonly Sentence[],
  use: (index: number) => boolean,
  minCount: number,
): GazetteerData {
  const counts = new Map<string, Map<EntityType, number>>();
  sentences.forEach((s, i) => {
    if (!use(i)) return;
    for (const span of spansFromTags(s.tags)) {
      const key = phraseKey(s.words.slice(span.start, span.end));
      const byType = counts.get(key) ?? new Map<EntityType, number>();
      byType.set(span.type, (byType.get(span.type) ?? 0) + 1);
      counts.set(key, byType);
    }
  });
  const phrases: Record<EntityType, string[]> = { PER: [], ORG: [], LOC: [], MISC: [] };
  for (const type of ENTITY_TYPES) phrases[type].push(...(base.phrases[type] ?? []));
  for (const [key, byType] of counts) {
    const [type, n] = [...byType].sort((a, b) => b[1] - a[1])[0]!;
    if (n >= minCount) phrases[type].push(key);
  }
  for (const type of ENTITY_TYPES) phrases[type] = [...new Set(phrases[type])].sort();
  return { ...base, phrases };
}

export interface TwoPassOptions {
  doc: DocOptions;
  /** Contiguous blocks for the jackknifed first pass (neighbouring sentences share an article). */
  folds: number;
}

/**
 * Stacked two-pass training. The first pass is an ordinary tagger. The second pass sees, besides the
 * same local features, what the first pass said about the word's stem and phrases in the neighbouring
 * sentences. Its training input comes from first-pass models that did not train on the block being
 * labelled (k-fold jackknife), so it learns how far to trust first-pass output on unseen text.
 */
export function trainTwoPass(
  train: readonly Sentence[],
  gazetteer: GazetteerData,
  opts: TrainOptions,
  two: TwoPassOptions,
): NerModel {
  const { onEpoch, ...quiet } = opts;
  const gaz = new Gazetteer(gazetteer);
  const firstTags: NerTag[][] = new Array(train.length);
  const block = Math.ceil(train.length / two.folds);
  for (let k = 0; k < two.folds; k++) {
    const lo = k * block;
    const hi = Math.min(train.length, lo + block);
    const rest = [...train.slice(0, lo), ...train.slice(hi)];
    const tagger = new NerTagger(trainModel(rest, gazetteer, quiet));
    for (let i = lo; i < hi; i++) firstTags[i] = tagger.tag(train[i]!.words);
  }
  const firstPass = trainModel(train, gazetteer, quiet);
  const infos = train.map((s) => s.words.map((w) => tokenInfo(w, gaz)));
  const extras = documentFeatures(infos, firstTags, two.doc);
  // A secondary corpus (e.g. AQMAR) trains the first pass only: the second pass learns from
  // jackknifed first-pass output, which exists for the primary corpus alone.
  const { secondary: _secondary, ...secondOpts } = opts;
  const second = trainModel(
    train,
    gazetteer,
    { ...secondOpts, ...(onEpoch ? { onEpoch: (e, m) => onEpoch(e, { ...m, firstPass, doc: two.doc }) } : {}) },
    extras,
  );
  return { ...second, firstPass, doc: two.doc };
}
