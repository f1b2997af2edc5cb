import { describe, expect, it } from 'vitest';
import { foldWord, stripClitics } from '../../../src/nlp/ner/clitics.ts';
import { sentenceFeatures, shape } from '../../../src/nlp/ner/features.ts';
import { dictionaryClass, Gazetteer, lexiconPhrases, phraseKey, trainNameTrigrams } from '../../../src/nlp/ner/gazetteer.ts';

const strip = (w: string) => stripClitics(foldWord(w));

describe('stripClitics', () => {
  it('strips conjunction, preposition and article in combination', () => {
    expect(strip('وبالقاهرة')).toEqual({ prefix: 'وبال', stem: 'قاهره' });
    expect(strip('للرئيس')).toEqual({ prefix: 'لل', stem: 'رييس' });
    expect(strip('فالرئيس')).toEqual({ prefix: 'فال', stem: 'رييس' });
    expect(strip('والأمم')).toEqual({ prefix: 'وال', stem: 'امم' });
    // a conjunction cannot follow a preposition, so لواشنطن is ل + واشنطن
    expect(strip('لواشنطن')).toEqual({ prefix: 'ل', stem: 'واشنطن' });
    expect(strip('الرياض')).toEqual({ prefix: 'ال', stem: 'رياض' });
  });

  it('keeps short words whole', () => {
    expect(strip('بل')).toEqual({ prefix: '', stem: 'بل' });
    expect(strip('لكن')).toEqual({ prefix: '', stem: 'لكن' });
    expect(strip('في')).toEqual({ prefix: '', stem: 'في' });
  });
});

describe('sentenceFeatures', () => {
  const gaz = new Gazetteer({
    personTokens: ['ماكرون'],
    translitTokens: [],
    phrases: { LOC: [phraseKey(['الولايات', 'المتحدة'])] },
  });

  it('describes the word, its stem, its neighbours, name lists and title cues', () => {
    const words = ['قال', 'الرئيس', 'ماكرون', 'في', 'والولايات', 'المتحدة'];
    const f = sentenceFeatures(words, gaz, { charNgrams: false });
    expect(f[2]).toEqual(expect.arrayContaining(['w=ماكرون', 's=ماكرون', 'f-1=الرييس', 's-1=رييس', 'gP', 't-1']));
    expect(f[1]).toContain('gP+1');
    expect(f[4]).toEqual(expect.arrayContaining(['c=وال', 's=ولايات', 'gB=LOC']));
    expect(f[5]).toContain('gI=LOC');
    expect(f[0]).toEqual(expect.arrayContaining(['first', 'f-1=<s>', 'f-2=<s>']));
  });

  it('adds character n-grams of the stem when asked', () => {
    const f = sentenceFeatures(['ماكرون'], gaz, { charNgrams: true });
    expect(f[0]).toEqual(expect.arrayContaining(['g3=^ما', 'g4=رون$']));
  });

  it('adds the rich templates: name-list frequency, quotes, titles after the word, transliteration shape', () => {
    const g = new Gazetteer({ personTokens: ['ماكرون'], personCounts: [12], translitTokens: [], phrases: {} });
    const words = ['قالت', '«', 'فولكسفاغن', '»', 'ماكرون', 'الرئيس'];
    const f = sentenceFeatures(words, g, { charNgrams: false, rich: true });
    expect(f[2]).toEqual(expect.arrayContaining(['q', 'tv=lo|-']));
    expect(sentenceFeatures(['ماريوتي'], g, { charNgrams: false, rich: true })[0]).toContain('tv=hi|-');
    expect(f[4]).toEqual(expect.arrayContaining(['gP', 'gPc=6-30', 't+1']));
    expect(f[3]).not.toContain('q');
    expect(sentenceFeatures(words, g, { charNgrams: false })[2]).not.toContain('q');
  });

  it('classifies word shape', () => {
    expect(shape('2002')).toBe('D');
    expect(shape('BMW')).toBe('L');
    expect(shape('قال')).toBe('A');
    expect(shape('.')).toBe('P');
  });
});

describe('dictionary and name-likeness features', () => {
  const words = ['كتاب', 'حكومه', 'قال', 'رييس', 'وزير', 'مدينه', 'اعلن', 'اجتماع'];
  const names = ['ماكرون', 'بايدن', 'غوتيريش', 'زيلينسكي', 'نتنياهو', 'بلينكن', 'شولتس', 'اردوغان'];
  const gaz = new Gazetteer({
    personTokens: [],
    translitTokens: [],
    phrases: {},
    commonWords: words,
    nameTrigrams: trainNameTrigrams(names, words),
  });

  it('tells known words (also with clitics and pronoun suffixes) from unknown ones', () => {
    const cls = (w: string) => {
      const { stem } = stripClitics(foldWord(w));
      return dictionaryClass(gaz.commonWords, foldWord(w), stem);
    };
    expect(cls('الكتاب')).toBe('k');
    expect(cls('وحكومته')).toBe('s');
    expect(cls('ماكرون')).toBe('u');
    expect(cls('2002')).toBe('');
    expect(dictionaryClass(new Set(), 'كتاب', 'كتاب')).toBe('');
  });

  it('scores spellings like the name lists above spellings like common words', () => {
    expect(Number(gaz.nameLikeness('بلينكن'))).toBeGreaterThan(Number(gaz.nameLikeness('اجتماع')));
    expect(gaz.nameLikeness('في')).toBe('');
  });

  it('adds the dictionary and name-likeness templates when asked', () => {
    const f = sentenceFeatures(['قال', 'ماكرون', 'للكتاب'], gaz, { charNgrams: false, dict: true, nameLike: true });
    expect(f[1]).toEqual(expect.arrayContaining(['dk=u', 'dkP=u--', 'dkA=u|-', 'dk-1=k', 'dk+1=k']));
    expect(f[1]!.some((x) => x.startsWith('nm='))).toBe(true);
    expect(f[2]).toContain('dkA=k|al');
    expect(sentenceFeatures(['ماكرون'], gaz, { charNgrams: false })[0]!.some((x) => x.startsWith('dk'))).toBe(false);
  });

  it('reads the lexicon names as phrase keys by type', () => {
    const phrases = lexiconPhrases();
    expect(phrases.LOC).toContain(phraseKey(['القاهرة']));
    expect(phrases.ORG!.length).toBeGreaterThan(100);
  });
});
