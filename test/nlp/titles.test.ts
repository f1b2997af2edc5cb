import { describe, expect, it } from 'vitest';
import { extract } from '../../src/nlp/pipeline.ts';
import { analyseText, entityName } from './helpers.ts';

function roles(body: string, publishedAt = '2023-11-02') {
  const { x } = analyseText(body, publishedAt);
  return x.roles.map((r) => `${entityName(x, r.personKey)} | ${r.title} | ${entityName(x, r.affiliationKey) ?? '-'} | ${r.titleAr}`);
}

describe('titles', () => {
  it('introduces an unknown person after a title with a nationality', () => {
    const { x } = analyseText('أكد وزير الخارجية العماني سالم الحارثي أن');
    const person = x.entities.find((e) => e.kind === 'PERSON')!;
    expect(person.nameAr).toBe('سالم الحارثي');
    expect(person.nameEnSource).toBe('TRANSLITERATION');
    expect(x.roles[0]).toMatchObject({ title: 'Minister of Foreign Affairs', titleAr: 'وزير الخارجية العماني' });
    expect(entityName(x, x.roles[0]!.affiliationKey)).toBe('Oman');
    expect(x.mentions.find((m) => m.entityKey === person.key)?.method).toBe('TITLE_PATTERN');
  });

  it('uses the country-specific English title', () => {
    expect(roles('قال وزير الخارجية الأمريكي "أنتوني بلينكن"، إن')).toEqual([
      'Antony Blinken | Secretary of State | United States | وزير الخارجية الأمريكي',
    ]);
  });

  it('skips quotes, commas and honorifics between title and name', () => {
    expect(roles('ناقش وزير الدفاع السعودي، "الأمير خالد بن سلمان"، مع')).toEqual([
      'Khalid bin Salman | Minister of Defense | Saudi Arabia | وزير الدفاع السعودي',
    ]);
  });

  it('reads the organisation of a spokesperson and a construct-state title', () => {
    expect(roles('وكان المتحدث باسم مجلس الأمن القومي بالبيت الأبيض، جون كيربي، قال')).toEqual([
      'John Kirby | spokesperson | United States National Security Council | المتحدث باسم مجلس الأمن القومي بالبيت الأبيض',
    ]);
    expect(roles('التقى رئيس وزراء قطر محمد بن عبد الرحمن آل ثاني')).toEqual([
      'Mohammed bin Abdulrahman Al Thani | Prime Minister | Qatar | رئيس وزراء قطر',
    ]);
  });

  it('takes the affiliation from the lexicon when the title states none', () => {
    expect(roles('إدارة الرئيس جو بايدن')).toEqual(['Joe Biden | President | United States | الرئيس']);
  });

  it('ends a name at a verb or preposition', () => {
    const { x } = analyseText('قال الرئيس اللبناني جوزيف عون في بيان');
    expect(x.entities.find((e) => e.kind === 'PERSON')?.nameAr).toBe('جوزيف عون');
  });

  it('reads past adjectives of the body an office heads (الوطني، الأعلى) to the nationality and the name', () => {
    const { x } = analyseText('وحضر اللقاء وزير الخارجية فؤاد حسين ورئيس جهاز المخابرات الوطني حميد الشطري.');
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr).sort()).toEqual(['حميد الشطري', 'فؤاد حسين']);
    expect(roles('وحضر اللقاء رئيس جهاز المخابرات الوطني حميد الشطري.')[0]).toMatch(/^Hamid .* \| رئيس جهاز المخابرات الوطني$/);
  });

  it('reads past a body named by common words after a spokesperson to the name', () => {
    const { x, doc } = analyseText('من جانبه، أوضح المتحدث باسم الحكومة باسم العوادي، مساء أمس، أن الوزير جدد دعوته.');
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr)).toEqual(['باسم العوادي']);
    const spokesperson = doc.titles.find((t) => t.titleKey === 'spokesperson')!;
    expect(doc.entities.find((e) => e.key === spokesperson.personKey)?.nameAr).toBe('باسم العوادي');
    // with a dateline, the government is the home country's
    // (the headline holds two sentences; the dateline is the line after it)
    const dated = extract({ body: 'الوزير يستقبل نظيره.. وبغداد تبحث الحدود\n\nبغداد: الصباح\n\nأوضح المتحدث باسم الحكومة باسم العوادي أن الوزير جدد دعوته.', publishedAt: '2025-03-16' });
    expect(dated.roles.map((r) => `${dated.entities.find((e) => e.key === r.personKey)?.nameAr} | ${r.title} | ${entityName(dated, r.affiliationKey)}`)).toEqual([
      'باسم العوادي | spokesperson | Iraq',
    ]);
    // "باسم" before a common noun stays "in the name of"
    expect(analyseText('وقال الرئيس باسم الشعب إن البلاد ماضية.').x.entities.filter((e) => e.kind === 'PERSON')).toEqual([]);
  });

  it('reads a dateline line that names the outlet before the city ("هسبريس - الرباط") as the home country', () => {
    const body = 'مباحثات أمنية في العاصمة\n\nهسبريس - الرباط\n\nعقد محمد حصاد، وزير الداخلية، صباح اليوم جلسة مباحثات.';
    const x = extract({ body, publishedAt: '2015-05-21' });
    expect(x.roles.map((r) => `${r.title} | ${entityName(x, r.affiliationKey)}`)).toEqual(['Minister of Interior | Morocco']);
  });

  it('gives a counterpart\'s office to a further nationality joined by و ("بنظيريه الإيراني X والتركي Y")', () => {
    const x = extract({ body: 'أعلن الكرملين أن الرئيس الروسي فلاديمير بوتين سيزور طهران، حيث تجمعه قمة بنظيريه الإيراني إبراهيم رئيسي والتركي رجب طيب أردوغان.', publishedAt: '2022-07-12' });
    expect(x.roles.map((r) => `${entityName(x, r.personKey)} | ${r.title} | ${entityName(x, r.affiliationKey)} | ${r.titleAr}`).sort()).toEqual([
      'Ebrahim Raisi | President | Iran | بنظيريه الإيراني',
      'Recep Tayyip Erdoğan | President | Turkey | التركي',
      'Vladimir Putin | President | Russia | الرئيس الروسي',
    ]);
  });

  it('reads "المرشد" with a nationality as the supreme leader, and without one as no office', () => {
    expect(roles('كما سيلتقي الوزير المرشد الإيراني علي خامنئي.').map((r) => r.split(' | ').slice(0, 3).join(' | '))).toEqual(['Ali Khamenei | Supreme Leader | Iran']);
    expect(roles('وقال المرشد محمد بديع إن الجماعة ماضية.')).toEqual([]);
  });

  it('ends a chain of titles at a comma and و: the next title is another person\'s ("… حاكم دبي، وأمير الكويت X")', () => {
    const x = extract({
      body: 'وشارك في القمة الشيخ محمد بن راشد آل مكتوم نائب رئيس دولة الإمارات رئيس مجلس الوزراء حاكم دبي، وأمير الكويت الشيخ صباح الأحمد الجابر الصباح.',
      publishedAt: '2019-12-10',
    });
    const held = (name: string) => x.roles.filter((r) => entityName(x, r.personKey) === name).map((r) => `${r.title} | ${entityName(x, r.affiliationKey)}`).sort();
    expect(held('Mohammed bin Rashid Al Maktoum')).toEqual(['Prime Minister | United Arab Emirates', 'Ruler | Dubai', 'Vice President | United Arab Emirates']);
    expect(held('Sabah Al-Ahmad Al-Sabah')).toEqual(['Emir | Kuwait']);
  });

  it('reads "الأممي" after an office as the United Nations ("المبعوث الأممي إلى اليمن X")', () => {
    const x = extract({ body: 'وقال المبعوث الأممي إلى اليمن مارتن غريفيث إن الحوار مستمر.', publishedAt: '2019-05-02' });
    expect(x.roles.map((r) => `${entityName(x, r.personKey)} | ${r.title} | ${entityName(x, r.affiliationKey)}`)).toEqual([
      'Martin Griffiths | Special Envoy | United Nations',
    ]);
  });

  it('gives an office stated without a country the country of the person\'s other office, before the article\'s home', () => {
    const x = extract({
      body: 'عنوان\n\nموسكو - RT\n\nبحث نائب وزير الخارجية الروسي ميخائيل بوغدانوف مع نائب وزير الخارجية الإيراني كبير المفاوضين في الملف النووي علي باقري كني مسار المفاوضات.',
      publishedAt: '2022-07-12',
    });
    const negotiator = x.roles.find((r) => r.title === 'Chief Negotiator');
    expect(negotiator && entityName(x, negotiator.affiliationKey)).toBe('Iran');
  });
});

describe('titles with several portfolios', () => {
  it('composes the English title from every portfolio joined by و', () => {
    expect(roles('والتقى وزير الموارد المائية والري المصري سامح الحكيم نظيره في القاهرة.')).toContainEqual(
      'Sameh al-Hakim | Minister of Water Resources and Irrigation | Egypt | وزير الموارد المائية والري',
    );
    expect(roles('وصل وزير المياه والري والطاقة الإثيوبي كمال تسفاي إلى الخرطوم.')).toContainEqual(
      expect.stringMatching(/ \| Minister of Water, Irrigation and Energy \| Ethiopia \|/),
    );
  });

  it('keeps the composed title when the name is found only by the tagger', () => {
    const x = extract({ body: 'فيما نفى وزير المياه والرى والطاقة الإثيوبى سيليشى بيكيلى أن يكون قد التقى نظيره.', publishedAt: '2020-01-15' });
    expect(x.roles.map((r) => `${r.title} | ${entityName(x, r.affiliationKey)}`)).toEqual(['Minister of Water, Irrigation and Energy | Ethiopia']);
  });

  it('keeps the matched title when a portfolio is not a known ministry', () => {
    expect(roles('والتقى وزير الموارد المائية وشؤون الأنهار المصري سامح الحكيم نظيره.')).toContainEqual(
      expect.stringMatching(/ \| Minister of Water Resources \| Egypt \|/),
    );
  });
});

describe('counterparts of a subject whose office is stated by apposition', () => {
  it('gives "نظيره الإسباني Y" the office of "X، وزير الداخلية،"', () => {
    // the trained tagger finds both names (no name list knows them)
    const x = extract({ body: 'الرباط - عقد محمد العلوي، وزير الداخلية، صباح اليوم جلسة مباحثات مع نظيره الإسباني خوان لوبيز في الرباط.', publishedAt: '2015-05-21' });
    const r = x.roles.map((role) => `${x.entities.find((e) => e.key === role.personKey)?.nameAr} | ${role.title} | ${entityName(x, role.affiliationKey)}`);
    expect(r).toContainEqual('خوان لوبيز | Minister of Interior | Spain');
  });
});

describe('the government an office is in', () => {
  it('takes the country of "في الحكومة الليبية المؤقتة" between a title and the name', () => {
    expect(roles('استقبل الرئيس السوري بشار الأسد وزير الخارجية في الحكومة الليبية المؤقتة عبد الهادي الحويج.')).toContainEqual(
      'Abdel Hdi al-Hawij | Minister of Foreign Affairs | Libya | وزير الخارجية',
    );
  });

  it("reads a father's name between a known person's first and family names as that person", () => {
    const r = roles('استقبل الرئيس العراقي عبد اللطيف رشيد وزير الخارجية السوري أسعد حسن الشيباني.', '2025-03-15');
    expect(r).toContainEqual('Asaad al-Shaibani | Minister of Foreign Affairs | Syria | وزير الخارجية السوري');
  });
});

describe('the home country without a dateline', () => {
  it('is the country of a known head of state named by the bare title in the lead', () => {
    const body = 'استقبل رئيس الجمهورية الباجي قايد السبسي، اليوم الاثنين بقصر قرطاج، وزير الشؤون الخارجية الجزائري عبد القادر مساهل، بحضور وزير الشؤون الخارجية خميس الجهيناوي.';
    expect(roles(body, '2018-02-12')).toContainEqual(expect.stringMatching(/ \| Minister of Foreign Affairs \| Tunisia \| وزير الشؤون الخارجية$/));
  });

  it('is not taken from a head of state named bare late in the article', () => {
    const body = 'الوزير يستقبل ضيفه\n\nاستقبل وزير الخارجية سامي الفرا نظيره الكويتي في مقر الوزارة.\n\nوبحث الجانبان العلاقات.\n\nوتناول اللقاء قضايا المنطقة.\n\nوتأتي الزيارة بتوجيه من الملك عبدالله الثاني.';
    expect(roles(body, '2018-02-12')).not.toContainEqual(expect.stringMatching(/ \| Minister of Foreign Affairs \| Jordan \|/));
  });
});

describe('a country as the dateline', () => {
  it('is the home country when a dash follows it (الكويت -)', () => {
    expect(roles('الكويت - استقبل وزير الخارجية سامي الفرا أمس نظيره العراقي هوشيار زيباري.', '2013-06-12')).toContainEqual(
      expect.stringMatching(/ \| Minister of Foreign Affairs \| Kuwait \| وزير الخارجية$/),
    );
  });

  it('is not a dateline when it opens a sentence (إيران تعلن)', () => {
    expect(roles('إيران تعلن موقفها\n\nاستقبل وزير الخارجية سامي الفرا أمس نظيره العراقي هوشيار زيباري.', '2013-06-12')).not.toContainEqual(
      expect.stringMatching(/ \| Iran \|/),
    );
  });
});

describe('a minister named by "وزير" and a known ministry', () => {
  it('is the minister of that portfolio, with the nationality after it', () => {
    expect(roles('والتقى وزير التكنولوجيا والابتكار المغربي سامي العلوي أمس الوفد الزائر.', '2023-11-20')).toContainEqual(
      expect.stringMatching(/ \| Minister of Technology and Innovation \| Morocco \| وزير التكنولوجيا والابتكار$/),
    );
  });
});
