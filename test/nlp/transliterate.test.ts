import { describe, expect, it } from 'vitest';
import { romanise, transliterateName } from '../../src/nlp/transliterate.ts';

describe('transliterate', () => {
  it('spells known name tokens as the name lists do', () => {
    expect(transliterateName('سامح شكري')).toMatch(/^Sameh /);
    expect(transliterateName('خالد بن سلمان')).toBe('Khaled bin Salman');
    expect(transliterateName('جون كيربي')).toBe('John Kirby');
  });

  it('romanises unknown tokens letter by letter', () => {
    expect(romanise('زقزوق')).toBe('Zqzuq');
    expect(transliterateName('عبد الفتاح السيسي')).toMatch(/^Abdel Fattah al-/);
  });
});
