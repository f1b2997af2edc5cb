import { describe, expect, it } from 'vitest';
import { extract } from '../../src/nlp/pipeline.ts';
import { analyseText } from './helpers.ts';

const orgs = (body: string) =>
  analyseText(body)
    .x.entities.filter((e) => e.kind === 'ORGANIZATION')
    .map((e) => e.nameAr);

describe('dateline', () => {
  it('reads the outlet of a dateline line the lexicon does not know as an organisation', () => {
    expect(orgs('الوزير يستقبل نظيره\n\nبغداد: الصباح\n\nاستقبل الوزير نظيره أمس.')).toEqual(['الصباح']);
    expect(orgs('الوزير يستقبل نظيره\n\nالإثنين 11-10-2021 | دمشق - الوطن\n\nاستقبل الوزير نظيره.')).toEqual(['الوطن']);
    // a Latin name stays as written, in English too
    const rt = analyseText('الوزير يستقبل نظيره\n\nموسكو - RT | 12.07.2022\n\nاستقبل الوزير نظيره.').x.entities.find((e) => e.kind === 'ORGANIZATION');
    expect([rt?.nameAr, rt?.nameEn]).toEqual(['RT', 'RT']);
  });

  it('parts the place from the outlet where the dash is tatweel (دمشق ــ الأخبار)', () => {
    expect(orgs('الوزير يستقبل نظيره\n\nدمشق ــ الأخبار\n\nاستقبل الوزير نظيره أمس.')).toEqual(['الأخبار']);
  });

  it('reads a dateline that opens the first sentence, up to a colon or a closing bracket', () => {
    expect(orgs('الوزير يستقبل نظيره\n\nسبق- الرياض: استقبل وزير الخارجية اليوم نظيره الأردني في مقر الوزارة بالرياض.')).toEqual(['سبق']);
    expect(orgs('الوزير يلتقي الرئيس\n\nالقاهرة، مصر (CNN)-- التقى وزير الخارجية الأمريكي الثلاثاء الرئيس المصري في القاهرة.')).toEqual(['CNN']);
    // a colon after a long opening is reported speech, not a dateline
    expect(orgs('عنوان\n\nقال وزير الخارجية في مؤتمر صحفي عقده بالرياض مساء أمس: نرحب بالوفد.')).toEqual([]);
  });

  it('takes a quoted outlet over the region the lexicon reads in it («الخليج»)', () => {
    const { x } = analyseText('القمة تختتم أعمالها\n\nالرياض: «الخليج»\n\nاختتمت القمة أعمالها.');
    expect(x.entities.map((e) => `${e.kind}:${e.nameAr}`)).toEqual(['LOCATION:الرياض', 'ORGANIZATION:الخليج']);
  });

  it('reads no outlet from a byline word, a long first sentence, or a line without a place', () => {
    expect(orgs('عنوان\n\nجدة: خاص\n\nاستقبل الوزير نظيره.')).toEqual([]);
    expect(orgs('عنوان\n\nواشنطن – أكد المتحدث باسم الوزارة أن الوزير سيتوجه إلى المنطقة.')).toEqual([]);
    expect(orgs('عنوان\n\nمتابعة: الوطن\n\nاستقبل الوزير نظيره.')).toEqual([]);
  });

  it('does not read a month next to a number as a company ("19 نيسان")', () => {
    const x = extract({ body: 'عنوان\n\nعمان 19 نيسان (بترا) - بحث الملك مع الرئيس التطورات.', publishedAt: '2023-04-19' });
    expect(x.entities.map((e) => e.nameEn)).not.toContain('Nissan');
  });
});

describe('web outlet names', () => {
  it('keeps a dot between letters inside the sentence (العربية.نت)', () => {
    expect(orgs('الوزير يلتقي الرئيس\n\nدبي - العربية.نت\n\nالتقى الوزير الرئيس أمس.')).toEqual(['العربية.نت']);
  });
});
