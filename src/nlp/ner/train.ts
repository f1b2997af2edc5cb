import { bioMasks } from './bio.ts';
import type { Sentence } from './corpus.ts';
import { sentenceFeatures, type FeatureOptions } from './features.ts';
import { Gazetteer, phraseKey, type GazetteerData } from './gazetteer.ts';
import type { NerModel } from './model.ts';
import { AveragedPerceptron, shuffle, type Example } from './perceptron.ts';
import { spansFromTags } from './spans.ts';
import { ENTITY_TYPES, TAGS, tagIndex, type EntityType } from './tags.ts';

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
}

/** Trains an averaged perceptron tagger; the feature dictionary is every feature seen in training. */
export function trainModel(train: readonly Sentence[], gazetteer: GazetteerData, opts: TrainOptions): NerModel {
  const primary = [...train];
  const foldOf = (i: number): number => (opts.trainPhrases ? i % opts.trainPhrases.folds : 0);
  const finalGazetteer = opts.trainPhrases ? withPhrases(gazetteer, primary, () => true, opts.trainPhrases.minCount) : gazetteer;
  const foldGazetteers = opts.trainPhrases
    ? Array.from({ length: opts.trainPhrases.folds }, (_, k) =>
        new Gazetteer(withPhrases(gazetteer, primary, (i) => foldOf(i) !== k, opts.trainPhrases!.minCount)),
      )
    : [new Gazetteer(gazetteer)];
  const dict = new Map<string, number>();
  const toExample = (s: Sentence, weight: number, gaz: Gazetteer): Example => {
    const feats: number[] = [];
    const offsets = [0];
    for (const tokenFeats of sentenceFeatures(s.words, gaz, opts.features)) {
      for (const f of tokenFeats) {
        let id = dict.get(f);
        if (id === undefined) dict.set(f, (id = dict.size));
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
  const examples = primary.map((s, i) => toExample(s, 1, foldGazetteers[foldOf(i)]!));
  if (opts.secondary) {
    const gaz = new Gazetteer(finalGazetteer);
    for (const s of opts.secondary.sentences) examples.push(toExample(s, opts.secondary.weight, gaz));
  }

  const mask = opts.constrained ? bioMasks(TAGS) : undefined;
  const p = new AveragedPerceptron(dict.size, TAGS.length, mask);
  const snapshot = (epoch: number): NerModel => ({
    tags: TAGS,
    features: dict,
    ...p.averaged(),
    constrained: opts.constrained,
    featureOptions: opts.features,
    gazetteer: finalGazetteer,
    info: { ...opts.info, epochs: epoch },
  });
  for (let epoch = 1; epoch <= opts.epochs; epoch++) {
    for (const ex of shuffle(examples, opts.seed + epoch)) p.learn(ex, opts.margin ?? 0);
    if (opts.onEpoch && epoch < opts.epochs) opts.onEpoch(epoch, snapshot(epoch));
  }
  const model = snapshot(opts.epochs);
  opts.onEpoch?.(opts.epochs, model);
  return model;
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
