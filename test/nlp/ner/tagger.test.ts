import { existsSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL_PATH, loadNerTagger, spansFromTags } from '../../../src/nlp/ner/tagger.ts';

describe('committed NER model', () => {
  // (its load time is measured by `npm run bench:nlp`, not asserted: a timed test fails on a busy machine)
  it('exists, is of modest size and loads', () => {
    expect(existsSync(DEFAULT_MODEL_PATH)).toBe(true);
    expect(statSync(DEFAULT_MODEL_PATH).size).toBeLessThan(20 * 1024 * 1024);
    expect(loadNerTagger().tag(['القاهرة'])).toHaveLength(1);
  });

  it('tags a person after a title and a city', () => {
    const words = 'قال الرئيس الفرنسي إيمانويل ماكرون في باريس'.split(' ');
    const tags = loadNerTagger().tag(words);
    expect(tags).toHaveLength(words.length);
    const spans = spansFromTags(tags).map((s) => ({ type: s.type, text: words.slice(s.start, s.end).join(' ') }));
    expect(spans).toContainEqual({ type: 'PER', text: 'إيمانويل ماكرون' });
    expect(spans).toContainEqual({ type: 'LOC', text: 'باريس' });
  });

  it('returns nothing for no words and is cached per path', () => {
    expect(loadNerTagger().tag([])).toEqual([]);
    expect(loadNerTagger()).toBe(loadNerTagger(DEFAULT_MODEL_PATH));
  });
});
