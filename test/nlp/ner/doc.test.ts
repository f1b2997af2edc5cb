import { describe, expect, it } from 'vitest';
import { documentFeatures } from '../../../src/nlp/ner/doc.ts';
import { tokenInfo } from '../../../src/nlp/ner/features.ts';
import { Gazetteer } from '../../../src/nlp/ner/gazetteer.ts';
import type { NerTag } from '../../../src/nlp/ner/tags.ts';
import { trainModel, trainTwoPass } from '../../../src/nlp/ner/train.ts';
import { NerTagger } from '../../../src/nlp/ner/tagger.ts';
import type { Sentence } from '../../../src/nlp/ner/corpus.ts';

const gaz = new Gazetteer({ personTokens: [], translitTokens: [], phrases: {} });
const info = (words: string[]) => words.map((w) => tokenInfo(w, gaz));

describe('documentFeatures', () => {
  const sentences = [
    ['فاز', 'الأهلي', 'على', 'أسيك', 'أبيدجان'],
    ['وقال', 'مدرب', 'الأهلي', 'إن', 'أسيك', 'قوي'],
    ['وصل', 'بعيدا'],
  ];
  const firstPass: NerTag[][] = [
    ['O', 'B-ORG', 'O', 'B-ORG', 'I-ORG'],
    ['O', 'O', 'O', 'O', 'O', 'O'],
    ['O', 'O'],
  ];

  it('tells a word what the first pass called the same stem elsewhere in the window', () => {
    const f = documentFeatures(sentences.map(info), firstPass, { window: 30 });
    // الأهلي in sentence 2 was missed there but tagged ORG in sentence 1
    expect(f[1]![2]).toEqual(expect.arrayContaining(['dT=ORG', 'dP=ORG|B', 'fp=O']));
    // أسيك alone: its stem was the first word of the ORG أسيك أبيدجان, but no one-word phrase matches
    expect(f[1]![4]).toContain('dT=ORG');
    expect(f[1]![4]!.some((x) => x.startsWith('dB='))).toBe(false);
    // leave-self-out: الأهلي in sentence 1 sees only the O in sentence 2
    expect(f[0]![1]).toContain('dO');
    expect(f[0]![1]).not.toContain('dT=ORG');
    // a whole-phrase match against an entity found elsewhere
    expect(f[1]![2]).toContain('dB=ORG|1');
    expect(f[2]![0]).toEqual(['fp=O', 'fp-1=<s>', 'fp+1=O']);
  });

  it('only looks as far as the window', () => {
    const f = documentFeatures(sentences.map(info), firstPass, { window: 0 });
    expect(f[1]![2]).not.toContain('dT=ORG');
  });

  it('can leave out the stacked first-pass tags', () => {
    const f = documentFeatures(sentences.map(info), firstPass, { window: 30, stack: false });
    expect(f[2]![0]).toEqual([]);
  });
});

describe('two-pass training', () => {
  // a tiny "corpus": club names after مباراة are ORG; the same name later in the document without a cue
  const s = (text: string, tags: string): Sentence => ({ words: text.split(' '), tags: tags.split(' ') as NerTag[] });
  const corpus: Sentence[] = [];
  const clubs = ['الزمالك', 'الترسانة', 'الإسماعيلي', 'المقاولون', 'الاتحاد', 'المصري'];
  for (let r = 0; r < 4; r++)
    for (const c of clubs) {
      corpus.push(s(`فاز فريق ${c} في المباراة`, 'O O B-ORG O O'));
      corpus.push(s(`وقال ${c} إن`, 'O B-ORG O'));
    }
  const data = { personTokens: [], translitTokens: [], phrases: {} };
  const opts = { epochs: 3, constrained: true, seed: 1, features: { charNgrams: false, rich: true } };

  it('stores the first pass inside the model and tags documents with it', () => {
    const model = trainTwoPass(corpus, data, opts, { doc: { window: 5 }, folds: 2 });
    expect(model.firstPass).toBeDefined();
    expect(model.doc).toEqual({ window: 5 });
    const tagger = new NerTagger(model);
    const doc = [['فاز', 'فريق', 'الزمالك', 'في', 'المباراة'], ['وقال', 'الزمالك', 'إن']];
    expect(tagger.tagDocument(doc)).toEqual([
      ['O', 'O', 'B-ORG', 'O', 'O'],
      ['O', 'B-ORG', 'O'],
    ]);
    // tag() is the one-sentence document
    expect(tagger.tag(doc[0]!)).toEqual(tagger.tagDocument([doc[0]!])[0]);
  });

  it('drops rare features with a count cutoff and averages an ensemble', () => {
    const full = trainModel(corpus, data, opts);
    const cut = trainModel(corpus, data, { ...opts, minFeatureCount: 5, ensemble: 2 });
    expect(cut.features.size).toBeLessThan(full.features.size);
    expect(cut.features.has('b')).toBe(true);
    expect(new NerTagger(cut).tag(['فاز', 'فريق', 'الترسانة', 'في', 'المباراة'])).toEqual(['O', 'O', 'B-ORG', 'O', 'O']);
  });
});
