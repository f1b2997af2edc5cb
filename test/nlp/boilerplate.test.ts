import { describe, expect, it } from 'vitest';
import { findBoilerplate } from '../../src/nlp/boilerplate.ts';
import { extract } from '../../src/nlp/pipeline.ts';

describe('boilerplate', () => {
  it('starts at a source line', () => {
    const body = 'قال الرئيس إن المحادثات مستمرة.\n\nالمصدر: رويترز\n\nنص آخر';
    expect(findBoilerplate(body)).toBe(body.indexOf('المصدر'));
  });

  it('recognises "read also" and "similar articles" in any spelling', () => {
    for (const marker of ['إقرأ أيضاً:', 'اقرأ ايضا', 'مقالات مشابهة', 'قد يهمك ايضاً', 'قد يهمك أيضاً']) {
      const body = `خبر أول.\n${marker}\nعنوان خبر آخر`;
      expect(findBoilerplate(body), marker).toBe(body.indexOf(marker));
    }
  });

  it('ignores a long sentence that merely starts with المصدر', () => {
    const body = 'المصدر الذي تحدث إلى الصحفيين أكد أن الوفد سيصل إلى القاهرة خلال الأيام المقبلة لاستكمال المفاوضات.';
    expect(findBoilerplate(body)).toBeNull();
  });

  it('extracts nothing after the boilerplate', () => {
    const body = 'زار الرئيس القاهرة أمس.\nإقرأ أيضاً:\nالتقى وزير الخارجية الأردني نظيره في عمّان';
    const x = extract({ body, publishedAt: '2024-01-10' });
    expect(x.boilerplateFrom).toBe(body.indexOf('إقرأ'));
    expect(x.mentions.every((m) => m.end <= x.boilerplateFrom!)).toBe(true);
    expect(x.entities.map((e) => e.nameEn)).not.toContain('Jordan');
  });
});
