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

describe('institutions named in full', () => {
  const orgs = (body: string) =>
    analyseText(body)
      .x.entities.filter((e) => e.kind === 'ORGANIZATION')
      .map((e) => e.nameAr);

  it('reads an institution noun, its definite words and a nationality as one organisation', () => {
    expect(orgs('والتقى المبعوث رئيس المجلس الوطني السوري في القاهرة.')).toEqual(['المجلس الوطني السوري']);
    expect(orgs('وأكدت هيئة التفاوض السورية تمسكها بالحل السياسي.')).toEqual(['هيئة التفاوض السورية']);
    expect(analyseText('وأكدت هيئة التفاوض السورية تمسكها.').x.mentions.map((m) => m.method)).toEqual(['NAME_PATTERN']);
  });

  it('reads nothing without a nationality, without a word before it, or inside a title', () => {
    expect(orgs('وعقدت اللجنة المشتركة اجتماعها الأول.')).toEqual([]);
    expect(orgs('وأشادت اللجنة الكويتية بالجهود.')).toEqual([]);
    expect(orgs('وحضر نائب رئيس مجلس الوزراء العماني فهد بن محمود.')).toEqual([]);
  });
});
