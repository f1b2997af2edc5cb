import { fileURLToPath } from 'node:url';
import { bioMasks } from './bio.ts';
import { documentFeatures } from './doc.ts';
import { CompiledModel, WordCache, type SentenceFacts } from './compiled.ts';
import { phraseMatches, quoted } from './features.ts';
import { Gazetteer } from './gazetteer.ts';
import { loadModel, type NerModel } from './model.ts';
import type { NerTag } from './tags.ts';
import { viterbi } from './viterbi.ts';

export { spansFromTags, type EntitySpan } from './spans.ts';
export type { EntityType, NerTag } from './tags.ts';

/** The committed model, relative to this file so it works from any working directory. */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('../../../seeds/models/ner.bin', import.meta.url));

/** One pass of the tagger: the compiled model and its (BIO-masked) transition scores. */
interface Pass {
  model: NerModel;
  compiled: CompiledModel;
  transitions: Float32Array;
  start: Float32Array;
}

function preparePass(model: NerModel): Pass {
  const mask = bioMasks(model.tags);
  return {
    model,
    compiled: new CompiledModel(model),
    transitions: model.constrained ? model.transitions.map((v, k) => v + mask.transitions[k]!) : model.transitions,
    start: model.constrained ? model.start.map((v, k) => v + mask.start[k]!) : model.start,
  };
}

/**
 * Tags tokenised sentences (words with clitics attached, as in ANERcorp) with BIO entity tags.
 * Inference goes through CompiledModel (compiled.ts), which computes the same emission scores as
 * summing the weights of sentenceFeatures' strings, without building the strings.
 */
export class NerTagger {
  private readonly gazetteer: Gazetteer;
  private readonly main: Pass;
  /** Two-pass models: the first pass, which supplies the document context. */
  private readonly firstPass: Pass | undefined;
  /** Word → token facts and weight rows for both passes (index 0: main, 1: first pass). */
  private readonly words: WordCache;

  constructor(
    readonly model: NerModel,
    gazetteer?: Gazetteer,
  ) {
    this.gazetteer = gazetteer ?? new Gazetteer(model.gazetteer);
    this.main = preparePass(model);
    this.firstPass = model.firstPass ? preparePass(model.firstPass) : undefined;
    this.words = new WordCache(
      this.gazetteer,
      this.firstPass ? [this.main.compiled, this.firstPass.compiled] : [this.main.compiled],
    );
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
    // Per-sentence facts shared by both passes (the old code recomputed them per pass).
    const facts = sentences.map((words): SentenceFacts => {
      const entries = words.map((w) => this.words.get(w));
      const infos = entries.map((e) => e.info);
      return { words: entries, phrases: phraseMatches(infos, this.gazetteer), quoted: quoted(words), pad: this.words.pad };
    });
    if (this.firstPass === undefined) return facts.map((f) => this.decode(this.main, 0, f));
    const first = facts.map((f) => this.decode(this.firstPass!, 1, f));
    const infos = facts.map((f) => f.words.map((e) => e.info));
    const extras = documentFeatures(infos, first, this.model.doc!);
    return facts.map((f, s) => this.decode(this.main, 0, f, extras[s]));
  }

  private decode(pass: Pass, index: number, sentence: SentenceFacts, extra?: readonly (readonly string[])[]): NerTag[] {
    const n = sentence.words.length;
    if (n === 0) return [];
    const { tags } = pass.model;
    const T = tags.length;
    const em = pass.compiled.emissions(sentence, index, extra);
    const penalty = pass.model.oPenalty ?? 0;
    if (penalty !== 0) {
      const o = tags.indexOf('O');
      for (let i = 0; i < n; i++) em[i * T + o]! -= penalty;
    }
    return Array.from(viterbi(em, n, T, pass.transitions, pass.start), (k) => tags[k]!);
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
