import { describe, expect, it } from 'vitest';
import { getLexicon, inflectNisba } from '../../src/nlp/lexicon.ts';
import { extract } from '../../src/nlp/pipeline.ts';
import { analyseText } from './helpers.ts';

describe('lexicon', () => {
  it('is broad: hundreds of entries, each with an id, names and a source', () => {
    const { entries } = getLexicon();
    expect(entries.size).toBeGreaterThan(700);
    for (const e of entries.values()) {
      expect(e.id).toMatch(/^[a-z-]+:/);
      expect(e.name_ar.length).toBeGreaterThan(0);
      expect(e.name_en.length).toBeGreaterThan(0);
      expect(e.source.length).toBeGreaterThan(0);
      for (const word of e.common_word_names ?? []) expect([e.name_ar, ...e.aliases_ar]).toContain(word);
    }
  });

  it('inflects nationality adjectives', () => {
    expect(inflectNisba('مصري')).toEqual(expect.arrayContaining(['المصري', 'المصريه', 'المصريون', 'مصريين']));
  });

  it('matches the longest name, spelling variants and clitics', () => {
    const { x } = analyseText('وصل إلى الولايات المتحدة الأميركية ثم إلى أمريكا وبالمملكة العربية السعودية');
    expect(x.entities.map((e) => `${e.nameEn}:${e.lexiconId}`)).toEqual(['United States:country:US', 'Saudi Arabia:country:SA']);
    expect(x.mentions.map((m) => m.text)).toEqual(['الولايات المتحدة الأميركية', 'أمريكا', 'المملكة العربية السعودية']);
  });

  it('names a state formally by its adjective: "الجمهورية التونسية", "المملكة الأردنية"', () => {
    const { x } = analyseText('وصل الوفد إلى الجمهورية التونسية ثم إلى المملكة الأردنية.');
    expect(x.entities.map((e) => e.lexiconId)).toEqual(['country:TN', 'country:JO']);
    expect(x.mentions.map((m) => m.text)).toEqual(['الجمهورية التونسية', 'المملكة الأردنية']);
  });

  it('matches a place name that is also an everyday word only where it names the place', () => {
    const places = (body: string) => extract({ body, publishedAt: '2024-01-01' }).entities.filter((e) => e.kind === 'LOCATION').map((e) => e.nameEn);
    expect(places('عنوان الخبر\n\nوأكد الخبر أن الوزير وصل، وحضر لفيف من المسؤولين.')).toEqual([]);
    expect(places('وصل الوفد إلى مدينة الخبر.')).toEqual(['Khobar']);
    expect(places('وسيطر الجيش على تدمر السورية.')).toEqual(['Palmyra']);
  });

  it('has no bare surname alias that folds into an everyday word (ترأس is not Liz Truss)', () => {
    const { x } = analyseText('وترأس القمة ولي العهد السعودي الأمير محمد بن سلمان.');
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameEn)).toEqual(['Mohammed bin Salman']);
  });

  it('does not take nationality adjectives for places', () => {
    const { x } = analyseText('قال مسؤول مصري إن الوفد الأمريكي وصل');
    expect(x.entities.filter((e) => e.kind === 'LOCATION')).toEqual([]);
  });

  it('knows office-holders by their Arabic spelling variants', () => {
    const a = analyseText('قال الرئيس الإسرائيلي إسحاق هرتسوغ').x;
    const b = analyseText('قال الرئيس الإسرائيلي إسحاق هرتسوج').x;
    expect(a.entities.find((e) => e.kind === 'PERSON')?.lexiconId).toBe('person:isaac-herzog');
    expect(b.entities.find((e) => e.kind === 'PERSON')?.lexiconId).toBe('person:isaac-herzog');
  });
});

describe('a known surname after another first name', () => {
  it('does not give "الدكتور محمد عبد العاطي" to the lexicon\'s بدر عبد العاطي, but keeps "بدر عبد العاطي" and "شكري لافروف"', () => {
    const x = extract({ body: 'وصل وزير الري الدكتور محمد عبد العاطي إلى واشنطن. وقال الوزير بدر عبد العاطي إن المفاوضات مستمرة. والتقى شكري لافروف.', publishedAt: '2024-08-01' });
    const persons = x.entities.filter((e) => e.kind === 'PERSON').map((e) => `${e.nameAr}|${e.lexiconId ?? ''}`);
    expect(persons).toContain('محمد عبد العاطي|');
    expect(persons.some((p) => p.startsWith('بدر عبد العاطي|person:'))).toBe(true);
    expect(persons.some((p) => p.endsWith('|person:sergey-lavrov') || /لافروف\|person:/u.test(p))).toBe(true);
  });
});

describe('hyphenated names', () => {
  it('matches a lexicon name written with a hyphen for its first space ("جان-إيف لودريان")', () => {
    const x = extract({ body: 'وصل وزير الدفاع الفرنسي جان-إيف لودريان إلى نيامي.', publishedAt: '2014-05-09' });
    const person = x.entities.find((e) => e.kind === 'PERSON');
    expect(person?.lexiconId).toMatch(/^person:/u);
    expect(x.mentions.find((m) => m.entityKey === person!.key)?.text).toBe('جان-إيف لودريان');
  });
});

describe('organisations named without their nationality', () => {
  const orgs = (body: string) => analyseText(body).x.entities.filter((e) => e.kind === 'ORGANIZATION').map((e) => e.nameEn);
  it('are read where the article speaks of their country', () => {
    expect(orgs('وصل أمين المجلس الأعلى للأمن القومي إلى بيروت قادماً من طهران في زيارة رسمية.')).toContain('Supreme National Security Council');
  });

  it('are not read without that country, nor before another nationality', () => {
    expect(orgs('اجتمع المجلس الأعلى للأمن القومي أمس لبحث الأوضاع.')).toEqual([]);
    expect(orgs('وصل أمين المجلس الأعلى للأمن القومي التركي إلى طهران أمس.')).not.toContain('Supreme National Security Council');
  });
});
