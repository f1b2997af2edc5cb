import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CompiledModel, WordCache, type SentenceFacts } from '../../../src/nlp/ner/compiled.ts';
import { documentFeatures } from '../../../src/nlp/ner/doc.ts';
import { phraseMatches, quoted, sentenceFeatures } from '../../../src/nlp/ner/features.ts';
import { Gazetteer, phraseKey } from '../../../src/nlp/ner/gazetteer.ts';
import { loadModel, type NerModel } from '../../../src/nlp/ner/model.ts';
import { DEFAULT_MODEL_PATH } from '../../../src/nlp/ner/tagger.ts';

/** The reference: sum the weight rows of sentenceFeatures' strings, in order, in float32. */
function referenceEmissions(
  model: NerModel,
  gaz: Gazetteer,
  words: readonly string[],
  extra?: readonly (readonly string[])[],
): Float32Array {
  const T = model.tags.length;
  const em = new Float32Array(words.length * T);
  sentenceFeatures(words, gaz, model.featureOptions, extra).forEach((feats, i) => {
    for (const f of feats) {
      const row = model.features.get(f);
      if (row === undefined) continue;
      for (let t = 0; t < T; t++) em[i * T + t]! += model.weights[row * T + t]!;
    }
  });
  return em;
}

const seedsDir = fileURLToPath(new URL('../../../seeds/articles', import.meta.url));
const sentences: string[][] = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .flatMap((f) => readFileSync(join(seedsDir, f), 'utf8').split('\n'))
  .map((line) => line.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [])
  .filter((w) => w.length > 0);
// edge cases: pair components containing '|', quotes, a gazetteer phrase, one-word sentences
sentences.push(['«', 'في', 'الولايات', 'المتحدة', '»', 'a|b', '|', 'و|'], ['باريس'], ['<s>', '|']);

describe('CompiledModel', () => {
  const model = loadModel(DEFAULT_MODEL_PATH);
  const gaz = new Gazetteer(model.gazetteer);
  const passes = [model, model.firstPass!];
  const compiled = passes.map((m) => new CompiledModel(m));
  const cache = new WordCache(gaz, compiled);
  const facts = (words: readonly string[]): SentenceFacts => {
    const entries = words.map((w) => cache.get(w));
    return { words: entries, phrases: phraseMatches(entries.map((e) => e.info), gaz), quoted: quoted(words), pad: cache.pad };
  };

  it('gives bit-identical emission scores to the feature strings, for both passes', () => {
    expect(sentences.length).toBeGreaterThan(20);
    passes.forEach((m, p) => {
      for (const words of sentences) expect(compiled[p]!.emissions(facts(words), p)).toEqual(referenceEmissions(m, gaz, words));
    });
  });

  it('adds the document features in order', () => {
    const tags = sentences.map((words) => words.map((_, i) => model.tags[(i * 7) % model.tags.length]!));
    const extras = documentFeatures(sentences.map((w) => w.map((x) => cache.get(x).info)), tags, model.doc!);
    sentences.forEach((words, s) => {
      expect(compiled[0]!.emissions(facts(words), 0, extras[s])).toEqual(referenceEmissions(model, gaz, words, extras[s]));
    });
  });

  it('matches phrase-gazetteer features', () => {
    const g = new Gazetteer({ personTokens: [], translitTokens: [], phrases: { LOC: [phraseKey(['الولايات', 'المتحدة'])] } });
    const infos = ['وفي', 'بالولايات', 'المتحدة'].map((w) => cache.get(w).info);
    expect(phraseMatches(infos, g)).toEqual([[], ['gB=LOC'], ['gI=LOC']]);
  });
});
