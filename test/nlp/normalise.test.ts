import { describe, expect, it } from 'vitest';
import { foldName, normalise, toOriginalSpan } from '../../src/nlp/normalise.ts';

describe('normalise', () => {
  it('folds hamza, alef, ya and ta-marbuta variants and drops diacritics and tatweel', () => {
    expect(normalise('إسرائيلُ').text).toBe('اسراييل');
    expect(normalise('إسرائيل').text).toBe(normalise('اسراييل').text);
    expect(normalise('مصطفى').text).toBe('مصطفي');
    expect(normalise('القاهرة').text).toBe('القاهره');
    expect(normalise('قسرًا').text).toBe('قسرا');
    expect(normalise('الـ26').text).toBe('ال26');
  });

  it('maps folded spans back to the original text', () => {
    const original = 'قال الرئيسُ الـمصري';
    const n = normalise(original);
    const at = n.text.indexOf('المصري');
    const span = toOriginalSpan(n, at, at + 'المصري'.length);
    expect(original.slice(span.start, span.end)).toBe('الـمصري');
  });

  it('folds names for comparison', () => {
    expect(foldName('"أنتوني  بلينكن"')).toBe(foldName('انتوني بلينكن'));
    expect(foldName('Antony Blinken')).toBe('antony blinken');
  });
});
