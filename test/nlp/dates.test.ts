import { describe, expect, it } from 'vitest';
import { resolveWeekday } from '../../src/nlp/dates.ts';
import { analyseText } from './helpers.ts';

/** Thursday 2 November 2023. */
const PUBLISHED = '2023-11-02';

function dates(body: string) {
  const { doc } = analyseText(body, PUBLISHED);
  return doc.dates.map((d) => ({ text: doc.body.slice(doc.tokens[d.start]!.start, doc.tokens[d.end - 1]!.end), fixed: d.fixed, weekday: d.weekday, direction: d.direction }));
}

describe('dates', () => {
  it('resolves weekdays by the status of the event', () => {
    expect(resolveWeekday(PUBLISHED, 5, 'auto', 'PLANNED')).toBe('2023-11-03');
    expect(resolveWeekday(PUBLISHED, 5, 'auto', 'OCCURRED')).toBe('2023-10-27');
    expect(resolveWeekday(PUBLISHED, 4, 'auto', 'OCCURRED')).toBe('2023-11-02');
    expect(resolveWeekday(PUBLISHED, 0, 'next', 'OCCURRED')).toBe('2023-11-05');
    expect(resolveWeekday(PUBLISHED, 2, 'last', 'PLANNED')).toBe('2023-10-31');
  });

  it('finds relative day words', () => {
    expect(dates('وصل أمس وغادر اليوم ويعود غدا').map((d) => d.fixed?.date)).toEqual(['2023-11-01', '2023-11-02', '2023-11-03']);
    expect(dates('أمس الأول')[0]!.fixed?.date).toBe('2023-10-31');
    expect(dates('وصل أول من أمس').map((d) => [d.text, d.fixed?.date])).toEqual([['أول من أمس', '2023-10-31']]);
    expect(dates('وصل أول أمس').map((d) => [d.text, d.fixed?.date])).toEqual([['أول أمس', '2023-10-31']]);
  });

  it('takes a named weekday over "today" and reads المقبل / الماضي', () => {
    expect(dates('اليوم الخميس')[0]).toMatchObject({ text: 'اليوم الخميس', weekday: 4, direction: 'auto' });
    expect(dates('يوم الأحد المقبل')[0]).toMatchObject({ weekday: 0, direction: 'next' });
    expect(dates('أمس الثلاثاء')[0]).toMatchObject({ weekday: 2, direction: 'last' });
  });

  it('reads a day in figures with من before the month ("في 12 من تشرين الأول الحالي")', () => {
    expect(dates('زار الوزير دمشق في 12 من تشرين الأول الحالي.').map((d) => [d.text, d.fixed])).toEqual([['12 من تشرين الأول الحالي', { date: '2023-10-12', precision: 'DAY' }]]);
  });

  it('reads explicit dates in both month families', () => {
    expect(dates('في 5 نوفمبر الجاري')[0]!.fixed).toEqual({ date: '2023-11-05', precision: 'DAY' });
    expect(dates('منذ 7 أكتوبر/تشرين الأول')[0]!.fixed).toEqual({ date: '2023-10-07', precision: 'DAY' });
    expect(dates('في 2 تشرين الثاني (نوفمبر) 2023')[0]!.fixed).toEqual({ date: '2023-11-02', precision: 'DAY' });
    expect(dates('في 15 كانون الثاني 2024')[0]!.fixed).toEqual({ date: '2024-01-15', precision: 'DAY' });
  });

  it('reads next week with week precision', () => {
    expect(dates('الأسبوع المقبل')[0]!.fixed).toEqual({ date: '2023-11-09', precision: 'WEEK' });
  });
});
