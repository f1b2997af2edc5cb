import { describe, expect, it } from 'vitest';
import { romanise, transliterateName } from '../../src/nlp/transliterate.ts';

describe('transliterate', () => {
  it('spells known name tokens as the name lists do', () => {
    expect(transliterateName('سامح شكري')).toMatch(/^Sameh /);
    expect(transliterateName('خالد بن سلمان')).toBe('Khaled bin Salman');
    expect(transliterateName('جون كيربي')).toBe('John Kirby');
  });

  it('romanises unknown tokens letter by letter', () => {
    expect(romanise('زقزوق')).toBe('Zaqzuq');
    expect(transliterateName('عبد الفتاح السيسي')).toMatch(/^Abdel Fattah al-/);
  });

  it('guesses the short vowels a rare name needs: after an opening consonant pair, and a final ه', () => {
    expect(transliterateName('حميد الشطري')).toBe('Hamid al-Shatri');
    expect(transliterateName('هادي البحرة')).toBe('Hadi al-Bahra');
    expect(romanise('سد')).toBe('Sad');
  });

  it('does not take a name-list spelling that cannot sound like the Arabic (يوحنا → "Sigvard", الأمير → "Prince")', () => {
    expect(transliterateName('يوحنا')).toBe('Yuhna');
    expect(transliterateName('عبد الأمير رشيد')).toBe('Abdel Amir Rachid');
    expect(transliterateName('عبد الله')).toBe('Abdullah');
    expect(transliterateName('عبد الرحمن')).toBe('Abdel Rahman');
  });
});
