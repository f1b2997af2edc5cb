import { fileURLToPath } from 'node:url';
import { bioMasks } from './bio.ts';
import { documentFeatures } from './doc.ts';
import { sentenceFeatures, tokenInfo, type TokenInfo } from './features.ts';
import { Gazetteer } from './gazetteer.ts';
import { loadModel, type NerModel } from './model.ts';
import type { NerTag } from './tags.ts';
import { viterbi } from './viterbi.ts';

export { spansFromTags, type EntitySpan } from './spans.ts';
export type { EntityType, NerTag } from './tags.ts';

/** The committed model, relative to this file so it works from any working directory. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../seeds/models/ner.bin', import.meta.url));

/** Tags tokenised sentences (words with clitics attached, as in ANERcorp) with BIO entity tags. */
export class NerTagger {
  private readonly gazetteer: Gazetteer;
  private readonly transitions: Float32Array;
  private readonly start: Float32Array;
  /** Two-pass models: the first-pass tagger that supplies the document context. */
  private readonly firstPass: NerTagger | undefined;

  constructor(
    readonly model: NerModel,
    gazetteer?: Gazetteer,
  ) {
    this.gazetteer = gazetteer ?? new Gazetteer(model.gazetteer);
    const mask = bioMasks(model.tags);
    this.transitions = model.constrained ? model.transitions.map((v, k) => v + mask.transitions[k]!) : model.transitions;
    this.start = model.constrained ? model.start.map((v, k) => v + mask.start[k]!) : model.start;
    this.firstPass = model.firstPass ? new NerTagger(model.firstPass, this.gazetteer) : undefined;
  }

  /**
   * One tag per word. Call per sentence: the features look two words either side. A two-pass model
   * treats the sentence as a one-sentence document; tagDocument gives it the article as context.
   */
  tag(words: readonly string[]): NerTag[] {
    if (words.length === 0) return [];
    return this.tagDocument([words])[0]!;
  }

  /**
   * Tags the sentences of one document (an article, in order). Two-pass models use what the first
   * pass found in neighbouring sentences; one-pass models tag each sentence on its own.
   */
  tagDocument(sentences: readonly (readonly string[])[]): NerTag[][] {
    const infos = sentences.map((words) => words.map((w) => tokenInfo(w, this.gazetteer)));
    if (this.firstPass === undefined) return sentences.map((words, s) => this.decode(words, infos[s]!));
    const first = sentences.map((words, s) => this.firstPass!.decode(words, infos[s]!));
    const extras = documentFeatures(infos, first, this.model.doc!);
    return sentences.map((words, s) => this.decode(words, infos[s]!, extras[s]));
  }

  private decode(words: readonly string[], infos: readonly TokenInfo[], extra?: readonly (readonly string[])[]): NerTag[] {
    const n = words.length;
    if (n === 0) return [];
    const { features, weights, tags } = this.model;
    const T = tags.length;
    const em = new Float32Array(n * T);
    sentenceFeatures(words, this.gazetteer, this.model.featureOptions, extra, infos).forEach((feats, i) => {
      for (const f of feats) {
        const row = features.get(f);
        if (row === undefined) continue;
        for (let t = 0; t < T; t++) em[i * T + t]! += weights[row * T + t]!;
      }
    });
    const penalty = this.model.oPenalty ?? 0;
    if (penalty !== 0) {
      const o = tags.indexOf('O');
      for (let i = 0; i < n; i++) em[i * T + o]! -= penalty;
    }
    return Array.from(viterbi(em, n, T, this.transitions, this.start), (k) => tags[k]!);
  }
}

const cache = new Map<string, NerTagger>();

/** Loads (once per path) and returns a tagger; defaults to the committed model. */
export function loadNerTagger(path: string = DEFAULT_MODEL_PATH): NerTagger {
  let tagger = cache.get(path);
  if (tagger === undefined) {
    tagger = new NerTagger(loadModel(path));
    cache.set(path, tagger);
  }
  return tagger;
}
