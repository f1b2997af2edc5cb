import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/nlp/tokenise.ts';
import { analyseText } from './helpers.ts';

const stems = (word: string) => analyse(word).map((a) => `${a.clitics}+${a.stem}`);

describe('tokenise', () => {
  it('offers the whole word first, then clitic readings', () => {
    expect(stems('بالقاهره')).toEqual(['+بالقاهره', 'ب+القاهره']);
    expect(stems('واسراييل')).toEqual(['+واسراييل', 'و+اسراييل']);
    expect(stems('للاردن')).toEqual(['+للاردن', 'ل+الاردن', 'ل+لاردن']);
    expect(stems('وسيتوجه')).toEqual(['+وسيتوجه', 'و+سيتوجه', 'وس+يتوجه']);
    expect(stems('ولا')).toEqual(['+ولا', 'و+لا']);
  });

  it('maps tokens back to the original spelling, diacritics and tatweel included', () => {
    const body = 'اتصالًا هاتفيًا مع الـرئيس';
    const { doc } = analyseText(body);
    for (const t of doc.tokens) expect(body.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.map((t) => t.norm)).toEqual(['اتصالا', 'هاتفيا', 'مع', 'الرييس']);
  });

  it('keeps the clitic out of a mention span', () => {
    const { x } = analyseText('وصل الوفد بالقاهرة');
    expect(x.mentions.map((m) => m.text)).toEqual(['القاهرة']);
  });
});
