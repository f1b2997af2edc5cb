import { describe, expect, it } from 'vitest';
import { extract } from '../../src/nlp/pipeline.ts';
import { analyseText } from './helpers.ts';

describe('coreference', () => {
  it('links a surname to the full name given in the article', () => {
    const { x } = analyseText('قال وزير الخارجية العماني سالم الحارثي إن بلاده تدعم الحوار. وأضاف الحارثي أن الوفد وصل.');
    const person = x.entities.find((e) => e.kind === 'PERSON')!;
    const mentions = x.mentions.filter((m) => m.entityKey === person.key);
    expect(mentions.map((m) => [m.text, m.method])).toEqual([
      ['سالم الحارثي', 'TITLE_PATTERN'],
      ['الحارثي', 'COREFERENCE'],
    ]);
  });

  it('links the last name after the Mauritanian ولد to the full name ("الرئيس الغزواني" … "محمد ولد الشيخ الغزواني")', () => {
    const { x } = analyseText('الرئيس الغزواني يستقبل الوزراء\n\nواستقبل رئيس الجمهورية محمد ولد الشيخ الغزواني الوزراء في القصر الرئاسي.');
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameEn)).toEqual(['Mohamed Ould Ghazouani']);
  });

  it('merges a lone transliteration variant of a surname that the tagger read as a name of its own (زنغنه … زنكنه)', () => {
    const x = extract({ body: 'نفى وزير النفط الإيراني بيجن نامدار زنغنه أن يكون قد عقد أي لقاء. وكرر زنكنه أن بلاده لن تقبل بسقف لإنتاجها.', publishedAt: '2016-09-27' });
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr)).toEqual(['بيجن نامدار زنغنه']);
  });

  it('links the first word of a two-word name written family name first ("بارك جين" … "الوزير بارك")', () => {
    const { x } = analyseText('وبحث الوزير مع معالي بارك جين وزير خارجية جمهورية كوريا سبل التعاون. ويلتقي الرئيس الوزير بارك في أبوظبي غداً.');
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr)).toEqual(['بارك جين']);
  });

  it('resolves "his Egyptian counterpart" to the Egyptian holder of the same office', () => {
    const body =
      'وقال وزير الخارجية الأردني أيمن الصفدي في مؤتمر صحفي مع نظيره المصري في القاهرة إن الحل ممكن. من جهته أكد وزير الخارجية المصري بدر عبد العاطي أن الاتصالات مستمرة.';
    const { x } = analyseText(body, '2024-08-01');
    const counterpart = x.mentions.find((m) => m.text === 'نظيره المصري')!;
    expect(x.entities.find((e) => e.key === counterpart.entityKey)?.nameEn).toBe('Badr Abdelatty');
  });

  it('resolves "الوزير" and a title without a name', () => {
    const body = 'قال وزير الخارجية الأمريكي أنتوني بلينكن إن الوضع صعب. وقال الوزير في مؤتمر صحفي إن الحل ممكن.';
    const { x } = analyseText(body);
    const minister = x.mentions.find((m) => m.text === 'الوزير')!;
    expect(x.entities.find((e) => e.key === minister.entityKey)?.nameEn).toBe('Antony Blinken');
  });
});

describe('bare titles with several holders', () => {
  it('gives a bare title in a national report to the home country\'s holder', () => {
    const body =
      'مسقط - العمانية - شارك وزير الخارجية العماني سالم زقزوق اليوم في اجتماع ضم وزير الخارجية البريطاني جون فهمي. وكان وزير الخارجية قد استقبل أمس في مسقط السفير البريطاني بيل موراي.';
    const { x } = analyseText(body, '2020-11-15');
    const bare = x.mentions.filter((m) => m.text === 'وزير الخارجية' && m.method === 'COREFERENCE');
    expect(bare.map((m) => x.entities.find((e) => e.key === m.entityKey)?.nameAr)).toEqual(['سالم زقزوق']);
  });

  it('leaves it unresolved when the article has no home country', () => {
    const body = 'شارك وزير الخارجية العماني سالم زقزوق في اجتماع ضم وزير الخارجية البريطاني جون فهمي. وكان وزير الخارجية قد استقبل أمس السفير بيل موراي.';
    const { x } = analyseText(body, '2020-11-15');
    expect(x.mentions.filter((m) => m.text === 'وزير الخارجية' && m.method === 'COREFERENCE')).toEqual([]);
  });
});

describe('surname spelling variants', () => {
  it('links a transliteration variant of a surname named in the article', () => {
    const { x } = analyseText('استقبل وزير الخارجية التركي هاكان فيدان المبعوث الأممي جوناثان غرينفيلد. وقال جرينفيلد إن الحوار مستمر.');
    const person = x.entities.find((e) => e.nameAr === 'جوناثان غرينفيلد');
    expect(person?.aliases).toContain('جرينفيلد');
  });

  it('does not link a common definite word to a surname', () => {
    const { x } = analyseText('استقبل وزير الخارجية التركي هاكان فيدان السفير سامر المالكي. وأكد الملك دعم الحوار.');
    expect(x.entities.some((e) => e.aliases.includes('الملك') && e.kind === 'PERSON')).toBe(false);
  });
});

describe('adjectives that look like surnames', () => {
  it('does not read "والعربي" after another adjective as the surname of a person named العربي', () => {
    const body = 'بدأ المبعوث الأممي والعربي المشترك إلى سوريا مهمته من القاهرة، حيث التقى الأمين العام لجامعة الدول العربية نبيل العربي.';
    const { x } = analyseText(body, '2012-09-11');
    const person = x.entities.find((e) => e.nameAr === 'نبيل العربي')!;
    expect(x.mentions.filter((m) => m.entityKey === person.key).map((m) => m.text)).toEqual(['نبيل العربي']);
  });
});

describe('"the man who"', () => {
  it('reads a sentence opening with "فالرجل الذي" as speaking of the person just told about', () => {
    const { x } = analyseText('لم تكن زيارة رئيس الحكومة سعد الحريري لدمشق أمس زيارة عادية. فالرجل الذي وصل إلى دمشق قبل الظهر، التقى الرئيس السوري بشار الأسد في قصر الشعب.', '2010-07-19');
    const who = (kind: string) => x.events.filter((e) => e.kind === kind).map((e) => e.participants.map((p) => x.entities.find((n) => n.key === p.entityKey)?.nameEn).sort());
    expect(who('MEETING')).toEqual([['Bashar al-Assad', 'Saad Hariri']]);
  });
});
