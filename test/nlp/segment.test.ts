import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/nlp/segment.ts';

describe('segment', () => {
  it('splits at full stops, question marks (both scripts) and line breaks', () => {
    const text = 'قال الوزير إن الوضع صعب. هل من حل؟ نعم!\nعنوان بلا نقطة';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['قال الوزير إن الوضع صعب.', 'هل من حل؟', 'نعم!', 'عنوان بلا نقطة']);
  });

  it('splits a full stop glued to the next word but not decimals', () => {
    const text = 'بلغت القيمة 1.96 مليار دولار.وأضاف المتحدث أن الصفقة تمت';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['بلغت القيمة 1.96 مليار دولار.', 'وأضاف المتحدث أن الصفقة تمت']);
  });

  it('keeps a quotation with full stops inside one sentence', () => {
    const text = 'قال بايدن: “لم أفقد الأمل. لكن الأمر صعب”. ثم غادر';
    expect(splitSentences(text).map((s) => s.text)).toEqual(['قال بايدن: “لم أفقد الأمل. لكن الأمر صعب”.', 'ثم غادر']);
  });

  it('gives offsets into the original text', () => {
    const text = '  أولى.   ثانية.';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
