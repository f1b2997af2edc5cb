import { describe, expect, it } from 'vitest';
import { analyseText } from './helpers.ts';

describe('institutions', () => {
  it('names a ministry from "وزارة <ministry> <nationality>"', () => {
    const { x } = analyseText('وقالت وزارة الخارجية التركية إن أنقرة ترحب بالاتفاق');
    expect(x.entities.find((e) => e.kind === 'ORGANIZATION')).toMatchObject({
      nameEn: 'Ministry of Foreign Affairs of Turkey',
      lexiconId: 'org:ministry:foreign-affairs:TR',
    });
  });

  it('prefers a curated name for the same institution', () => {
    const { x } = analyseText('أعلن الجيش الإسرائيلي ... وذكرت الخارجية الأميركية');
    expect(x.entities.map((e) => e.nameEn)).toEqual(['Israel Defense Forces', 'United States Department of State']);
  });

  it('reads the short form and bodies such as the government', () => {
    const { x } = analyseText('أكدت الخارجية المصرية أن الحكومة العراقية وافقت');
    expect(x.entities.map((e) => e.nameEn)).toEqual(['Ministry of Foreign Affairs of Egypt', 'Government of Iraq']);
  });

  it('leaves a minister\'s title alone', () => {
    const { x } = analyseText('قال وزير الخارجية الأمريكي إن');
    expect(x.entities.filter((e) => e.kind === 'ORGANIZATION')).toEqual([]);
  });
});
