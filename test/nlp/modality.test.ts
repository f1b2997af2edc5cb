import { describe, expect, it } from 'vitest';
import { analyseText } from './helpers.ts';

function statuses(body: string): string[] {
  return analyseText(body, '2023-11-02').x.events.filter((e) => e.kind !== 'STATEMENT').map((e) => `${e.kind}:${e.status}`);
}

describe('modality', () => {
  it('reads the past tense as occurred', () => {
    expect(statuses('التقى الرئيس جو بايدن رئيس الوزراء الإسرائيلي بنيامين نتنياهو.')).toEqual(['MEETING:OCCURRED']);
  });

  it('reads the future prefix, أن + imperfect and planning cues as planned', () => {
    expect(statuses('سيلتقي الرئيس جو بايدن رئيس الوزراء الإسرائيلي بنيامين نتنياهو.')).toEqual(['MEETING:PLANNED']);
    expect(statuses('وينوي الرئيس جو بايدن أن يلتقي رئيس الوزراء الإسرائيلي بنيامين نتنياهو.')).toEqual(['MEETING:PLANNED']);
    expect(statuses('ومن المتوقع أن يزور الرئيس جو بايدن الأردن.')).toEqual(['VISIT:PLANNED']);
    expect(statuses('ويتوجه الرئيس جو بايدن إلى اليابان الأسبوع المقبل.')).toEqual(['VISIT:PLANNED']);
  });

  it('reads negation', () => {
    expect(statuses('لم يلتق الرئيس جو بايدن رئيس الوزراء الإسرائيلي بنيامين نتنياهو.')).toEqual([]);
    expect(statuses('لن يزور الرئيس جو بايدن إسرائيل.')).toEqual(['VISIT:NEGATED']);
    expect(statuses('ولا تشمل جولة الرئيس جو بايدن زيارة إسرائيل.')).toEqual(['VISIT:NEGATED']);
  });

  it('does not take "لا يزال" (still) for a negation', () => {
    expect(statuses('لا يزال الرئيس جو بايدن يزور الأردن.')).toEqual(['VISIT:OCCURRED']);
  });
});
