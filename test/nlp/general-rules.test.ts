import { describe, expect, it } from 'vitest';
import { deriveNisba, getLexicon, nameVariants } from '../../src/nlp/lexicon.ts';
import { buildPipeline, defaultStages, extract } from '../../src/nlp/pipeline.ts';
import { analyseText, entityName } from './helpers.ts';

/** Hand-built sentences for the general title, event, date and lexicon rules. */
function roles(body: string, publishedAt = '2022-06-14') {
  const { x } = analyseText(body, publishedAt);
  return x.roles.map((r) => `${entityName(x, r.personKey)} | ${r.title} | ${entityName(x, r.affiliationKey) ?? '-'}`).sort();
}

function events(body: string, publishedAt = '2022-06-14') {
  const { x } = analyseText(body, publishedAt);
  return x.events
    .filter((e) => e.kind !== 'STATEMENT')
    .map((e) => `${e.kind} ${e.status} ${e.date ?? '-'} ${entityName(x, e.locationKey) ?? '-'} [${e.participants.map((p) => entityName(x, p.entityKey)).sort().join(', ')}]`);
}

describe('titles: chains, apposition, portfolios and counterparts', () => {
  it('gives every title of a chain to the person after it', () => {
    const r = roles('وصل نائب رئيس الوزراء وزير الخارجية الكويتي أحمد ناصر المحمد إلى الرياض.');
    expect(r.some((x) => x.endsWith('| Deputy Prime Minister | Kuwait'))).toBe(true);
    expect(r.some((x) => x.endsWith('| Minister of Foreign Affairs | Kuwait'))).toBe(true);
  });

  it('ends a coordinated portfolio at a first name that begins with و', () => {
    const r = roles('دمشق - بحث نائب رئيس مجلس الوزراء وزير الخارجية والمغتربين وسيم حداد مع الوفد الزائر العلاقات الثنائية.');
    expect(r.some((x) => /Haddad \| Minister of Foreign Affairs and Expatriates \| Syria/u.test(x))).toBe(true);
    expect(r.some((x) => /Haddad \| Deputy Prime Minister \| Syria/u.test(x))).toBe(true);
  });

  it('reads the country after "في" at the end of a long portfolio, and stops at "، ومعالي" (a second person)', () => {
    const r = roles('ضم الاجتماع معالي هاكان فيدان وزير الخارجية وشؤون الكومنولث والتنمية في تركيا، ومعالي الدكتور سيرغي لافروف الأمين العام للأمم المتحدة.');
    expect(r.some((x) => x.startsWith('Hakan Fidan | Minister of Foreign Affairs | Turkey'))).toBe(true);
    expect(r.some((x) => x.startsWith('Sergey Lavrov | Minister of Foreign Affairs'))).toBe(false);
  });

  it('reads a title in apposition after the name', () => {
    expect(roles('وقال سيرغي لافروف، وزير الخارجية الروسي، إن المحادثات بناءة.')).toEqual(['Sergey Lavrov | Minister of Foreign Affairs | Russia']);
  });

  it('skips the rest of a ministerial portfolio before the name', () => {
    expect(roles('أكد وزير الخارجية والتعاون الدولي الإماراتي، عبدالله بن زايد آل نهيان، أن')).toEqual([
      'Abdullah bin Zayed | Minister of Foreign Affairs and International Cooperation | United Arab Emirates',
    ]);
  });

  it('never reads a deputy or assistant minister as the minister', () => {
    const r = roles('استقبل نائب وزير الخارجية الروسي ميخائيل بوغدانوف السفير الصيني.');
    expect(r.some((x) => x.includes('| Minister of Foreign Affairs'))).toBe(false);
    expect(r.some((x) => x.includes('Deputy Minister of Foreign Affairs | Russia'))).toBe(true);
  });

  it('gives the counterpart the subject office in the other country', () => {
    expect(roles('وبحث وزير الخارجية التركي هاكان فيدان مع نظيره الروسي سيرغي لافروف التطورات.')).toEqual([
      'Hakan Fidan | Minister of Foreign Affairs | Turkey',
      'Sergey Lavrov | Minister of Foreign Affairs | Russia',
    ]);
  });

  it('states the role of a title inside a known name ("الملك X")', () => {
    expect(roles('وصل جلالة الملك عبدالله الثاني إلى باريس.')).toEqual(['Abdullah II | King | Jordan']);
  });

  it('reads "رئيس <organisation>" as its chairman and "رئيس <country>" as its president', () => {
    expect(roles('التقى رئيس مجلس الدوما الروسي فياتشيسلاف فولودين الوفد.').some((r) => r.includes('| Chairman | State Duma'))).toBe(true);
  });

  it('holds an office with no country in the country of the article dateline', () => {
    expect(roles('الرباط - قال رئيس الحكومة عزيز أخنوش إن الحكومة ماضية في الإصلاحات.')).toEqual(['Aziz Akhannouch | Prime Minister | Morocco']);
  });

  it('does not give a title to the person before it when a known holder of that office is in the article', () => {
    const { x } = analyseText('استقبل رئيس الوزراء محمد علي وزير الخارجية الروسي. وقال سيرغي لافروف إن الزيارة مهمة.');
    expect(x.roles.map((r) => r.title)).not.toContain('Minister of Foreign Affairs');
    const meeting = x.events.find((e) => e.kind === 'MEETING')!;
    expect(meeting.participants.map((p) => entityName(x, p.entityKey))).toContain('Sergey Lavrov');
  });

  it('reads the head of an organisation led by a president as its President', () => {
    expect(roles('وقالت رئيسة المفوضية الأوروبية أورسولا فون دير لاين إن الاتفاق مهم.').some((r) => r.endsWith('| President | European Commission'))).toBe(true);
    expect(roles('والتقى رئيس الاتحاد الدولي لكرة القدم جياني إنفانتينو الوزير.').some((r) => r.endsWith('| President | FIFA'))).toBe(true);
  });

  it('gives a titled official of a national agency\'s country that country, even in a dateline abroad', () => {
    expect(roles('القاهرة (وكالة الأنباء الكويتية) - قال وزير الخارجية سالم العنزي إن الزيارة ناجحة.')).toEqual([
      'Salem al-Anzi | Minister of Foreign Affairs | Kuwait',
    ]);
  });

  it('gives a known office-holder an office with no country in their own country, not the dateline\'s', () => {
    const r = roles('عمان (بترا) - وصل نائب رئيس مجلس الوزراء فؤاد حسين إلى عمان اليوم.');
    expect(r.some((x) => x.startsWith('Fuad Hussein | Deputy Prime Minister | Iraq'))).toBe(true);
    expect(r.some((x) => x.endsWith('| Jordan'))).toBe(false);
  });

  it('reads a state by its official long name and states an office once', () => {
    expect(roles('استقبل الوزير رئيس وزراء جمهورية باكستان الإسلامية عمران خان.')).toContain('Imran Khan | Prime Minister | Pakistan');
    const r = roles('وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن الحل سياسي. وأضاف الأمين العام غوتيريش أن الحوار ضروري.');
    expect(r.filter((x) => x.includes('Secretary-General'))).toEqual(['António Guterres | Secretary-General | United Nations']);
  });

  it('reads the prime minister-designate, and does not chain the host\'s title onto the guest', () => {
    const r = roles('بيروت - استقبل رئيس الجمهورية جوزيف عون الرئيس المكلف تأليف الحكومة نواف سلام.');
    expect(r.some((x) => x.includes('| Prime Minister-designate |'))).toBe(true);
    expect(r.filter((x) => x.includes('| President |')).every((x) => !x.includes('Salam'))).toBe(true);
  });

  it('keeps a bare "السفير" as an honorific, not a role', () => {
    expect(roles('وقال السفير محمد العرابي إن العلاقات جيدة.')).toEqual([]);
  });

  it('covers envoys and coordinators of organisations', () => {
    expect(roles('التقى الرئيس اللبناني جوزيف عون المنسقة الخاصة للأمم المتحدة في لبنان جينين بلاسخارت.').some((r) => r.endsWith('| Special Coordinator | United Nations'))).toBe(true);
  });
});

describe('nationality adjectives', () => {
  it('derives the regular nisba of a country name', () => {
    expect(deriveNisba('أوغندا')).toBe('أوغندي');
    expect(deriveNisba('تشاد')).toBe('تشادي');
    expect(deriveNisba('الكاميرون')).toBe('كاميروني');
    expect(deriveNisba('جيبوتي')).toBe('جيبوتي');
    expect(deriveNisba('كمبوديا')).toBe('كمبودي');
    expect(deriveNisba('مالي')).toBeNull();
    expect(deriveNisba('كوريا الجنوبية')).toBeNull();
  });

  it('reads a derived nisba as the affiliation of a title', () => {
    expect(roles('استقبل الرئيس الرواندي بول كاغامي الوفد.').some((r) => r.endsWith('| President | Rwanda'))).toBe(true);
  });

  it('knows every country by some nisba', () => {
    const { entries, nisbaByCountry } = getLexicon();
    const countries = [...entries.values()].filter((e) => e.subtype === 'country');
    const covered = countries.filter((c) => nisbaByCountry.has(c.id));
    expect(covered.length / countries.length).toBeGreaterThan(0.7);
  });
});

describe('lexicon names', () => {
  it('spells عبد الله with and without the space, and a country after a state word', () => {
    expect(nameVariants('عبد الله بن زايد', { id: 'person:x' })).toContain('عبدالله بن زايد');
    expect(nameVariants('الهند', { id: 'country:IN', subtype: 'country' })).toContain('جمهورية الهند');
  });

  it('spells a foreign city ending in -a with ة or ا, unless that makes a word (جدة → not جدا)', () => {
    expect(nameVariants('أسمرة', { id: 'city:asmara', subtype: 'city' })).toContain('أسمرا');
    expect(nameVariants('جدة', { id: 'city:jeddah', subtype: 'city' })).toEqual(['جدة']);
  });

  it("spells a Gulf father's name with or without the article, never the family name", () => {
    expect(nameVariants('صباح الخالد الحمد الصباح', { id: 'person:x' })).toContain('صباح خالد الحمد الصباح');
    expect(nameVariants('صباح الخالد الحمد الصباح', { id: 'person:x' })).not.toContain('صباح الخالد الحمد صباح');
    expect(nameVariants('عادل الجبير', { id: 'person:x' })).toEqual(['عادل الجبير']);
  });

  it('tells Amman from Oman by shadda and by context', () => {
    const place = (body: string) => analyseText(body).x.entities.filter((e) => e.kind === 'LOCATION').map((e) => e.nameEn);
    expect(place('وصل الوفد إلى عمّان أمس.')).toContain('Amman');
    expect(place('وصل الوفد إلى عمان قادما من مسقط، وأكد الجانب العماني ترحيبه.')).toContain('Oman');
    expect(place('وصل الوفد إلى عمان حيث التقى مسؤولين في الديوان الملكي الأردني، وتحدث عن الأردن.')).toContain('Amman');
  });

  it('knows world capitals and seats of government', () => {
    const place = (body: string) => analyseText(body).x.entities.map((e) => e.nameEn);
    expect(place('توجه الوزير إلى كمبالا ثم إلى كيغالي ودكا.')).toEqual(expect.arrayContaining(['Kampala', 'Kigali', 'Dhaka']));
    expect(place('استقبل الرئيس ضيفه في قصر قرطاج.')).toContain('Carthage Palace');
  });
});

describe('events: varied phrasing', () => {
  it('takes the two sides of "وبحث الجانبان" from the meeting before', () => {
    const e = events('استقبل الرئيس التركي رجب طيب أردوغان رئيس الوزراء العراقي محمد شياع السوداني في أنقرة اليوم الثلاثاء. وبحث الجانبان خلال لقاء ثنائي سبل التعاون.');
    expect(e[0]).toMatch(/^MEETING OCCURRED 2022-06-14 Ankara \[.*Recep Tayyip Erdoğan/u);
    expect(e).toHaveLength(1);
  });

  it('gives a joint press conference the speakers of its sentence', () => {
    const e = events('وفي مؤتمر صحفي مشترك، قال سيرغي لافروف إن الحوار مستمر، فيما أكد هاكان فيدان أهمية التنسيق.');
    expect(e).toEqual(['PRESS_CONFERENCE OCCURRED - - [Hakan Fidan, Sergey Lavrov]']);
  });

  it('reads visiting a person as meeting them', () => {
    expect(events('وزار سيرغي لافروف أمس هاكان فيدان في مكتبه.')).toEqual(['MEETING OCCURRED 2022-06-13 - [Hakan Fidan, Sergey Lavrov]']);
  });

  it('makes the person a relative clause describes the visitor', () => {
    expect(events('رحب الرئيس بالرئيس الفرنسي إيمانويل ماكرون، الذي يزور الجزائر في زيارة دولة.')).toEqual([
      'VISIT OCCURRED - Algeria [Emmanuel Macron]',
    ]);
  });

  it('finds the destination after "العاصمة <nisba>"', () => {
    expect(events('حل وزير الخارجية التركي هاكان فيدان، اليوم الثلاثاء، بالعاصمة الروسية موسكو.')).toEqual([
      'VISIT OCCURRED 2022-06-14 Moscow [Hakan Fidan]',
    ]);
  });

  it('takes the story date for a later undated report about the same people', () => {
    const e = events('وصل هاكان فيدان إلى موسكو اليوم الثلاثاء. وأجرى فيدان فور وصوله محادثات مع سيرغي لافروف.');
    expect(e).toContain('MEETING OCCURRED 2022-06-14 - [Hakan Fidan, Sergey Lavrov]');
  });

  it('does not date pluperfect background with the story date', () => {
    const e = events('وصل هاكان فيدان إلى موسكو اليوم الثلاثاء. وكان فيدان قد أجرى محادثات مع سيرغي لافروف.');
    expect(e).toContain('MEETING OCCURRED - - [Hakan Fidan, Sergey Lavrov]');
  });
});

describe('dates and modality', () => {
  it('reads relative days and a call "بين X و Y"', () => {
    expect(events('وجرى اتصال هاتفي بين رجب طيب أردوغان وسيرغي لافروف مساء أمس.')).toEqual(['CALL OCCURRED 2022-06-13 - [Recep Tayyip Erdoğan, Sergey Lavrov]']);
    expect(events('التقى هاكان فيدان سيرغي لافروف أمس الأول.')).toEqual(['MEETING OCCURRED 2022-06-12 - [Hakan Fidan, Sergey Lavrov]']);
    expect(events('وسيلتقي هاكان فيدان سيرغي لافروف الخميس المقبل.')).toEqual(['MEETING PLANNED 2022-06-16 - [Hakan Fidan, Sergey Lavrov]']);
    expect(events('وحل سيرغي لافروف ضيفا على أنقرة الأحد الماضي.')).toEqual(['VISIT OCCURRED 2022-06-12 Ankara [Sergey Lavrov]']);
  });

  it('reads Maghreb month names', () => {
    expect(events('التقى هاكان فيدان سيرغي لافروف يوم 20 فيفري 2024.', '2024-02-21')).toEqual(['MEETING OCCURRED 2024-02-20 - [Hakan Fidan, Sergey Lavrov]']);
    expect(events('التقى هاكان فيدان سيرغي لافروف يوم 5 جويلية 2023.', '2023-07-06')).toEqual(['MEETING OCCURRED 2023-07-05 - [Hakan Fidan, Sergey Lavrov]']);
  });

  it('marks cancelled and denied events as negated, never occurred', () => {
    const statuses = (body: string) => analyseText(body).x.events.filter((e) => e.kind !== 'STATEMENT').map((e) => e.status);
    expect(statuses('وألغى هاكان فيدان زيارته إلى موسكو.')).not.toContain('OCCURRED');
    expect(statuses('ونفى مصدر ما تردد عن أن هاكان فيدان التقى سيرغي لافروف سرا.')).not.toContain('OCCURRED');
  });

  it('reads "قبل أن" + imperfect as a past sequence, not a plan', () => {
    const statuses = analyseText('وصل هاكان فيدان إلى موسكو أمس، قبل أن يلتقي سيرغي لافروف.').x.events.map((e) => `${e.kind}:${e.status}`);
    expect(statuses).toContain('MEETING:OCCURRED');
  });
});

describe('events: participants across clauses and sentences', () => {
  it('keeps one verb with coordinated guests one meeting of all of them', () => {
    expect(events('استقبل الرئيس التركي رجب طيب أردوغان اليوم الثلاثاء سيرغي لافروف وهاكان فيدان.')).toEqual([
      'MEETING OCCURRED 2022-06-14 - [Hakan Fidan, Recep Tayyip Erdoğan, Sergey Lavrov]',
    ]);
  });

  it('splits a summary of guests the article then meets one by one', () => {
    const e = events('أردوغان يلتقي لافروف وفيدان\n\nالتقى الرئيس التركي رجب طيب أردوغان اليوم الثلاثاء سيرغي لافروف في أنقرة. وكان أردوغان قد استقبل هاكان فيدان صباح اليوم.');
    expect(e.every((x) => (x.match(/,/gu) ?? []).length === 1)).toBe(true);
  });

  it('counts attendees after "بحضور" and "وحضر اللقاء" as participants of the one meeting', () => {
    expect(events('استقبل الرئيس التركي رجب طيب أردوغان اليوم الثلاثاء سيرغي لافروف، بحضور هاكان فيدان.')).toEqual([
      'MEETING OCCURRED 2022-06-14 - [Hakan Fidan, Recep Tayyip Erdoğan, Sergey Lavrov]',
    ]);
    expect(events('استقبل الرئيس التركي رجب طيب أردوغان اليوم الثلاثاء سيرغي لافروف في أنقرة. وحضر اللقاء هاكان فيدان.')).toEqual([
      'MEETING OCCURRED 2022-06-14 Ankara [Hakan Fidan, Recep Tayyip Erdoğan, Sergey Lavrov]',
    ]);
  });

  it('reads "غادر X متوجهاً إلى Y" and "تفقد Y" as visits to Y', () => {
    const e = events('وكان هاكان فيدان قد وصل إلى بيروت أمس، وغادرها اليوم متوجهاً إلى دمشق.');
    expect(e).toContain('VISIT OCCURRED 2022-06-13 Beirut [Hakan Fidan]');
    expect(e.some((x) => x.startsWith('VISIT OCCURRED 2022-06-14 Damascus'))).toBe(true);
    expect(events('وتفقد هاكان فيدان اليوم مدينة حلب.')).toEqual(['VISIT OCCURRED 2022-06-14 Aleppo [Hakan Fidan]']);
  });

  it('finds a visit destination after a time of day or "خلال وجوده"', () => {
    expect(events('وكان هاكان فيدان قد زار خلال وجوده مدينة حلب، كما تفقد صباح اليوم مدينة حمص.')).toEqual([
      'VISIT OCCURRED - Aleppo [Hakan Fidan]',
      'VISIT OCCURRED 2022-06-14 Homs [Hakan Fidan]',
    ]);
  });

  it('adds an attendee named at the end of the report to the meeting', () => {
    const e = events('استقبل الرئيس التركي رجب طيب أردوغان اليوم الثلاثاء سيرغي لافروف. وبحث الجانبان العلاقات الثنائية. وأكد أردوغان أهمية الحوار. وقال لافروف إن المحادثات بناءة. وشدد الطرفان على التعاون. حضر اللقاء وزير الخارجية التركي هاكان فيدان.');
    expect(e).toEqual(['MEETING OCCURRED 2022-06-14 - [Hakan Fidan, Recep Tayyip Erdoğan, Sergey Lavrov]']);
  });

  it('reads "الوزير الضيف" as the visitor the article reported', () => {
    const e = events('وصل وزير الخارجية الروسي سيرغي لافروف اليوم الثلاثاء إلى أنقرة. وعقد هاكان فيدان جلسة مباحثات مع الوزير الضيف.');
    expect(e).toContain('MEETING OCCURRED 2022-06-14 - [Hakan Fidan, Sergey Lavrov]');
  });

  it('makes the host who received a visitor on arrival meet them', () => {
    const e = events('وصل وزير الخارجية الروسي سيرغي لافروف اليوم الثلاثاء إلى أنقرة، حيث كان في استقباله هاكان فيدان.');
    expect(e).toContain('MEETING OCCURRED 2022-06-14 Ankara [Hakan Fidan, Sergey Lavrov]');
  });

  it('reads talks held in a phone call as the call only', () => {
    const e = events('وكان هاكان فيدان قد بحث أمس في اتصال هاتفي مع سيرغي لافروف العلاقات الثنائية.');
    expect(e.filter((x) => x.startsWith('MEETING'))).toEqual([]);
    expect(e.some((x) => x.startsWith('CALL'))).toBe(true);
  });

  it('merges a headline meeting into the lead meeting that names more of its people', () => {
    const e = events('أردوغان يستقبل لافروف\n\nاستقبل الرئيس التركي رجب طيب أردوغان اليوم الثلاثاء سيرغي لافروف، بحضور هاكان فيدان.');
    expect(e).toEqual(['MEETING OCCURRED 2022-06-14 - [Hakan Fidan, Recep Tayyip Erdoğan, Sergey Lavrov]']);
  });

  it('makes coordinated subjects and companions of a trip visitors too', () => {
    expect(events('وصل وزير الخارجية الروسي سيرغي لافروف ووزير الخارجية التركي هاكان فيدان اليوم الثلاثاء إلى القاهرة.')).toContain(
      'VISIT OCCURRED 2022-06-14 Cairo [Hakan Fidan, Sergey Lavrov]',
    );
    expect(events('وصل الرئيس التركي رجب طيب أردوغان اليوم الثلاثاء إلى القاهرة، يرافقه وزير الخارجية هاكان فيدان.')).toContain(
      'VISIT OCCURRED 2022-06-14 Cairo [Hakan Fidan, Recep Tayyip Erdoğan]',
    );
  });

  it('never dates an event by a "since" expression', () => {
    expect(events('التقى هاكان فيدان سيرغي لافروف في أول لقاء بينهما منذ عام 2019.')).toEqual(['MEETING OCCURRED - - [Hakan Fidan, Sergey Lavrov]']);
  });

  it('reports no meeting for a meeting verb with one person and no counterpart named', () => {
    expect(events('استقبل الرئيس التركي رجب طيب أردوغان اليوم الثلاثاء الوفد الزائر في أنقرة.')).toEqual([]);
  });

  it('leaves out persons after a coordinated verb ("، وسلمه رسالة من X")', () => {
    expect(events('التقى هاكان فيدان اليوم الثلاثاء سيرغي لافروف، وسلمه رسالة من الرئيس التركي رجب طيب أردوغان.')).toEqual([
      'MEETING OCCURRED 2022-06-14 - [Hakan Fidan, Sergey Lavrov]',
    ]);
  });

  it('keeps a trilateral summit one event', () => {
    expect(events('عقد رجب طيب أردوغان وسيرغي لافروف وهاكان فيدان اجتماعا ثلاثيا اليوم الثلاثاء.').length).toBe(1);
  });

  it('leaves out a person represented "on behalf of"', () => {
    const e = events('التقى هاكان فيدان، نيابة عن الرئيس التركي رجب طيب أردوغان، سيرغي لافروف اليوم الثلاثاء.');
    expect(e).toEqual(['MEETING OCCURRED 2022-06-14 - [Hakan Fidan, Sergey Lavrov]']);
  });

  it('reads "وكان X قد استقبل Y" with X as host', () => {
    const { x } = analyseText('وكان الرئيس التركي رجب طيب أردوغان قد استقبل سيرغي لافروف في أنقرة.');
    const meeting = x.events.find((e) => e.kind === 'MEETING')!;
    expect(meeting.participants.map((p) => `${entityName(x, p.entityKey)}/${p.role}`)).toEqual(['Recep Tayyip Erdoğan/HOST', 'Sergey Lavrov/GUEST']);
  });

  it('gives the guest of "استقبله" from the sentence topic, and "كما" opens a new clause', () => {
    const e = events('وتأتي الجولة التي يقوم بها هاكان فيدان، وزار خلالها موسكو حيث استقبله سيرغي لافروف، كما التقى رجب طيب أردوغان.');
    expect(e).toContain('MEETING OCCURRED - - [Hakan Fidan, Sergey Lavrov]');
    expect(e.some((x) => x.includes('[Recep Tayyip Erdoğan, Sergey Lavrov]'))).toBe(false);
  });

  it('dates what the report tells as done with the day of its lead', () => {
    const e = events('أنقرة - وصل سيرغي لافروف إلى أنقرة اليوم الثلاثاء.\nوقال لافروف في مؤتمر صحفي إن المحادثات مثمرة.');
    expect(e).toContain('PRESS_CONFERENCE OCCURRED 2022-06-14 - [Sergey Lavrov]');
  });

  it('makes the invited person the visitor of an invitation', () => {
    const e = events('وأجرى الرئيس التركي رجب طيب أردوغان اتصالا هاتفيا مع سيرغي لافروف، ووجه له دعوة للقيام بزيارة رسمية إلى تركيا.');
    expect(e).toContain('VISIT PLANNED - Turkey [Sergey Lavrov]');
  });

  it('reads the countries a tour "شملت" as visited', () => {
    const e = events('وكان هاكان فيدان قد أنهى جولة إقليمية شملت الأردن ومصر.');
    expect(e).toEqual(expect.arrayContaining(['VISIT OCCURRED - Jordan [Hakan Fidan]', 'VISIT OCCURRED - Egypt [Hakan Fidan]']));
  });
});

describe('names and institutions', () => {
  it('joins a hyphenated double surname and links the second part alone', () => {
    // the join runs in the tagger stage: the full pipeline
    const x = extract({ body: 'التقى الرئيس اللبناني جوزيف عون المنسقة الخاصة للأمم المتحدة جينين هينيس - بلاسخارت، وقالت بلاسخارت إن', publishedAt: '2024-10-15' });
    const person = x.entities.find((e) => e.kind === 'PERSON' && e.nameAr.includes('بلاسخارت'));
    expect(person?.nameAr).toBe('جينين هينيس - بلاسخارت');
    expect(x.entities.some((e) => e.kind === 'LOCATION' && e.nameAr === 'بلاسخارت')).toBe(false);
  });

  it('resolves a bare office to the only holder named in the article', () => {
    const { x } = analyseText('التقى ولي العهد السعودي الأمير محمد بن سلمان الرئيس التركي رجب طيب أردوغان. وكان ولي العهد قد استقبل سيرغي لافروف.');
    const names = x.events.filter((e) => e.kind === 'MEETING').map((e) => e.participants.map((p) => entityName(x, p.entityKey)).sort().join('+'));
    expect(names).toContain('Mohammed bin Salman+Sergey Lavrov');
  });

  it('names a ministry or presidency with no nationality after the home country', () => {
    const { x } = analyseText('الرباط (ومع) - أفاد بلاغ للديوان الملكي بأن وزارة الشؤون الخارجية ستصدر بيانا.\nوكالة المغرب العربي للأنباء');
    const orgs = x.entities.filter((e) => e.kind === 'ORGANIZATION').map((e) => e.nameEn);
    expect(orgs).toEqual(expect.arrayContaining(['Royal Cabinet of Morocco', 'Ministry of Foreign Affairs of Morocco']));
  });
});


describe('dates deep in a clause and nationality before a name', () => {
  it('does not date a meeting by a year that qualifies a noun later in its clause', () => {
    const body =
      'وصل رئيس الوزراء الإيطالي ماريو دراغي اليوم الثلاثاء إلى طرابلس، وعقد الجانبان جلسة مباحثات تم خلالها بحث ملفات الهجرة وإعادة تفعيل معاهدة الصداقة الموقعة بين البلدين عام 2008.';
    const dated = events(body, '2021-04-06');
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((e) => !e.includes('2008'))).toBe(true);
  });

  it('still dates an event by a year right after its trigger', () => {
    expect(events('زار الرئيس الفرنسي إيمانويل ماكرون الجزائر عام 2017 في أول زيارة له.', '2022-06-14')).toEqual([
      expect.stringMatching(/^VISIT OCCURRED 2017-01-01 Algeria/u),
    ]);
  });

  it('keeps a nationality adjective before a tagged name out of the name', () => {
    // a tagger that reads the adjective as the first word of the name
    const span = ['الجزائري', 'زقزوق', 'فهمي'];
    const tagger = (sentences: string[][]) =>
      sentences.map((tokens) => tokens.map((t, i) => (t === span[0] && tokens[i + 1] === span[1] ? 'B-PER' : span.slice(1).includes(t) ? 'I-PER' : 'O')));
    const x = buildPipeline(defaultStages({ ner: tagger })).run({ body: 'التقى الرئيس بالوزير الجزائري زقزوق فهمي في القاهرة.', publishedAt: '2024-01-01' });
    const persons = x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr);
    expect(persons).toContain('زقزوق فهمي');
    expect(persons.some((n) => n.includes('الجزائري'))).toBe(false);
  });

  it('gives a compound first name the tagger closed early its unknown surname, and nothing else', () => {
    // a tagger that knows first names only
    const firstNames = new Set(['عبد', 'العزيز', 'سليمان']);
    const tagger = (sentences: string[][]) =>
      sentences.map((tokens) => tokens.map((t, i) => (!firstNames.has(t) ? 'O' : i > 0 && firstNames.has(tokens[i - 1]!) ? 'I-PER' : 'B-PER')));
    const run = (body: string) =>
      buildPipeline(defaultStages({ ner: tagger }))
        .run({ body, publishedAt: '2024-01-01' })
        .entities.filter((e) => e.kind === 'PERSON')
        .map((e) => e.nameAr);
    expect(run('قال عبد العزيز زقزوق إن المحادثات كانت مثمرة.')).toContain('عبد العزيز زقزوق');
    expect(run('سليمان عرض مع الوفد التحضيرات.')).toEqual(['سليمان']);
  });

  it('lets the guest travel on: "يغادر الضيف … متوجهاً إلى"', () => {
    const body =
      'استقبل الرئيس الفرنسي إيمانويل ماكرون في باريس اليوم رئيس الوزراء الكندي جاستن ترودو. ومن المقرر أن يغادر الضيف فرنسا مساء اليوم متوجهاً إلى ألمانيا.';
    const visits = events(body, '2022-06-14').filter((e) => e.startsWith('VISIT'));
    expect(visits).toEqual([expect.stringMatching(/^VISIT PLANNED 2022-06-14 Germany \[Justin Trudeau\]$/u)]);
  });

  it('reads "غادر إلى X" as travel to X, and leaving X as no visit to it', () => {
    expect(events('غادر وزير الخارجية الأردني أيمن الصفدي عمان أمس إلى القاهرة.', '2022-06-14')).toEqual([
      expect.stringMatching(/^VISIT OCCURRED 2022-06-13 Cairo \[Ayman Safadi\]$/u),
    ]);
  });

  it('gives a step told with "قبل أن" the modality of the event it follows', () => {
    const planned = events('ويتوقع أن يلتقي وزير الخارجية الأردني أيمن الصفدي الرئيس الفلسطيني محمود عباس مساء اليوم في رام الله، قبل أن يغادر إلى القاهرة.', '2022-06-14');
    expect(planned.find((e) => e.startsWith('VISIT'))).toMatch(/^VISIT PLANNED .* Cairo/u);
    const done = events('التقى وزير الخارجية الأردني أيمن الصفدي الرئيس الفلسطيني محمود عباس أمس في رام الله، قبل أن يغادر إلى القاهرة.', '2022-06-14');
    expect(done.find((e) => e.startsWith('VISIT'))).toMatch(/^VISIT OCCURRED .* Cairo/u);
  });

  it('reads the minister named after "في حكومة تصريف الأعمال", and takes the companion along on the journey', () => {
    const body =
      'ومن المقرر أن يغادر الرئيس اللبناني ميشال سليمان بيروت في 23 أيلول/سبتمبر متوجهاً إلى نيويورك، يرافقه وزير الخارجية اللبناني في حكومة تصريف الأعمال عدنان منصور.';
    expect(roles(body, '2013-09-12')).toContain('Adnan Mansour | Minister of Foreign Affairs | Lebanon');
    expect(events(body, '2013-09-12')).toEqual([expect.stringMatching(/^VISIT PLANNED 2013-09-23 New York \[Adnan Mansour, [^,\]]+\]$/u)]);
  });

  it('adds the attendees of "وجرى اللقاء … بحضور X وY" to the meeting just told, not to a new one', () => {
    const body =
      'بحث وزير الخارجية الأردني أيمن الصفدي اليوم مع وزير الخارجية المصري سامح شكري العلاقات الثنائية. وجرى اللقاء في عمان، بحضور وزير الداخلية الأردني مازن الفراية.';
    expect(events(body, '2022-06-14')).toEqual([
      expect.stringMatching(/^MEETING OCCURRED 2022-06-14 Amman \[Ayman Safadi, Mazen al-\S+, Sameh Shoukry\]$/u),
    ]);
  });

  it('leaves the preposition ل out of a tagged name ("خلفاً لكوفي عنان")', () => {
    const tagger = (sentences: string[][]) =>
      sentences.map((tokens) => tokens.map((t, i) => (t === 'لكوفي' ? 'B-PER' : t === 'عنان' && tokens[i - 1] === 'لكوفي' ? 'I-PER' : 'O')));
    const x = buildPipeline(defaultStages({ ner: tagger })).run({ body: 'تسلم المبعوث مهامه خلفاً لكوفي عنان الذي استقال.', publishedAt: '2012-09-11' });
    const person = x.entities.find((e) => e.kind === 'PERSON');
    expect(person?.nameAr).toBe('كوفي عنان');
    const mention = x.mentions.find((m) => m.entityKey === person!.key)!;
    expect(mention.text).toBe('كوفي عنان');
  });

  it('dates an event by two expressions of the same day told before it ("صباح اليوم الخميس 21 ماي 2015")', () => {
    const body = 'عقد وزير الداخلية المغربي محمد حصاد، صباح اليوم الخميس 21 ماي 2015 بمقر الوزارة في الرباط، جلسة مباحثات مع نظيره الإسباني خورخي فرنانديث دياث.';
    expect(events(body, '2015-05-21')).toEqual([expect.stringMatching(/^MEETING OCCURRED 2015-05-21 /u)]);
  });

  it('reads a place named after a person as the place ("مطار الملك خالد الدولي"), with no person in it', () => {
    const body = 'وكان في استقباله لدى وصوله إلى مطار الملك خالد الدولي ولي العهد السعودي الأمير محمد بن سلمان.';
    const { x } = analyseText(body, '2019-12-11');
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr)).toEqual(['محمد بن سلمان']);
    const tagger = (sentences: string[][]) => sentences.map((tokens) => tokens.map((t, i) => (t === 'خالد' ? 'B-PER' : t === 'الدولي' && tokens[i - 1] === 'خالد' ? 'I-PER' : 'O')));
    const tagged = buildPipeline(defaultStages({ ner: tagger })).run({ body, publishedAt: '2019-12-11' });
    expect(tagged.entities.find((e) => e.nameAr.includes('خالد'))).toMatchObject({ kind: 'LOCATION', nameAr: 'مطار الملك خالد الدولي' });
  });

  it('reads "علي" (with ي) as a first name after a title, and what the office is in before the name', () => {
    const minister = analyseText('قال وزير المالية اللبناني علي حسن خليل إن الحكومة مستمرة.').x;
    expect(minister.roles.map((r) => `${minister.entities.find((e) => e.key === r.personKey)?.nameAr} | ${r.title} | ${entityName(minister, r.affiliationKey)}`)).toEqual([
      'علي حسن خليل | Minister of Finance | Lebanon',
    ]);
    const { x } = analyseText('التقى بوغدانوف في موسكو نائب وزير الخارجية الإيراني كبير المفاوضين في الملف النووي علي باقري كني.', '2022-07-12');
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr)).toContain('علي باقري كني');
    expect(x.roles.map((r) => `${x.entities.find((e) => e.key === r.personKey)?.nameAr} | ${r.title}`)).toContain('علي باقري كني | Chief Negotiator');
  });

  it('keeps "على" (with ى) a preposition', () => {
    const { x } = analyseText('وأكد وزير الخارجية على أهمية الحوار.', '2022-07-12');
    expect(x.entities.filter((e) => e.kind === 'PERSON')).toEqual([]);
  });

  it('reads a name after a long military rank, and الأمير after عبد as part of the name', () => {
    const { x } = analyseText('والتقى الوزير رئيس أركان الجيش الفريق أول الركن عبد الأمير رشيد يار الله، وبحثا آليات التنسيق.', '2025-03-16');
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr)).toEqual(['عبد الأمير رشيد يار الله']);
  });

  it('gives talks carried by a light verb with no subject of their own the person the sentence is about', () => {
    const body = 'وكان وزير الخارجية الروسي سيرغي لافروف قد زار طهران في 23 يونيو الماضي، كما أجرى مباحثات مع نظيره الإيراني حسين أمير عبداللهيان.';
    expect(events(body, '2022-07-12').filter((e) => e.startsWith('MEETING'))).toEqual([
      expect.stringMatching(/^MEETING OCCURRED 2022-06-23 \S+ \[Hossein Amir-Abdollahian, Sergey Lavrov\]$/u),
    ]);
  });

  it('reads the name after "المبعوث الأممي والعربي المشترك إلى سوريا"', () => {
    const { x } = analyseText('بدأ المبعوث الأممي والعربي المشترك إلى سوريا الأخضر الإبراهيمي مهمته من القاهرة.', '2012-09-11');
    expect(x.roles.map((r) => `${x.entities.find((e) => e.key === r.personKey)?.nameAr} | ${r.title}`)).toEqual(['الأخضر الإبراهيمي | Special Envoy']);
  });

  it('gives "X والوفد المرافق له، الذي وصل" the visit of X', () => {
    const body = 'استقبل وزير الخارجية السوري فيصل المقداد أمس المبعوث الأممي غير بيدرسون والوفد المرافق له، الذي وصل إلى دمشق أول من أمس.';
    expect(events(body, '2021-10-11').filter((e) => e.startsWith('VISIT'))).toEqual([expect.stringMatching(/^VISIT OCCURRED 2021-10-09 Damascus \[Geir Pedersen\]$/u)]);
  });
});

describe('unseen-text rules: titles alone, first names, ordinal dates, background meetings', () => {
  it('resolves "الوزير" with a nationality to the one minister of that country, whatever the portfolio', () => {
    const e = events('وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى الدوحة أمس. واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني الوزير الأمريكي في الديوان الأميري.');
    expect(e.some((x) => x.startsWith('MEETING') && x.includes('Antony Blinken') && x.includes('Tamim'))).toBe(true);
  });

  it('links a title and a first name ("الأمير فيصل") to the one "X بن Y" of the article', () => {
    const { x } = analyseText('وصل وزير الخارجية السعودي الأمير فيصل بن فرحان إلى طهران أمس. وقال الأمير فيصل إن المملكة حريصة على تنفيذ الاتفاق.');
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameEn)).toEqual(['Faisal bin Farhan']);
  });

  it('reads the counterpart of a subject named by its title alone ("وعقد الوزير السعودي … مع نظيره الإيراني X")', () => {
    const r = roles('وصل وزير الخارجية السعودي فيصل بن فرحان إلى طهران أمس. وعقد الوزير السعودي جلسة مباحثات مع نظيره الإيراني حسين أمير عبداللهيان.');
    expect(r.some((x) => x.includes('Amir-Abdollahian | Minister of Foreign Affairs | Iran'))).toBe(true);
  });

  it('reads a day of the month written as an ordinal ("السادس من أبريل", "الحادي والعشرين من مارس")', () => {
    const dates = (body: string, published: string) => analyseText(body, published).doc.dates.map((d) => d.fixed?.date ?? null);
    expect(dates('التقيا في السادس من أبريل الماضي.', '2023-06-18')).toEqual(['2023-04-06']);
    expect(dates('زار طرابلس في الحادي والعشرين من مارس.', '2021-04-07')).toEqual(['2021-03-21']);
    expect(dates('تعقد القمة في السابع عشر من أيار المقبل.', '2025-03-16')).toEqual(['2025-05-17']);
  });

  it('puts "N <month> المقبل" after the publication date and "الماضي" before it', () => {
    const dates = (body: string, published: string) => analyseText(body, published).doc.dates.map((d) => d.fixed?.date ?? null);
    expect(dates('تجرى الانتخابات في 24 ديسمبر المقبل.', '2021-04-07')).toEqual(['2021-12-24']);
    expect(dates('وكان قد زارها في 30 يونيو الماضي.', '2021-01-10')).toEqual(['2020-06-30']);
  });

  it('keeps a dated meeting told as background ("وكان الوزيران قد التقيا في …") apart from the talks reported', () => {
    const e = events('وصل وزير الخارجية السعودي فيصل بن فرحان إلى طهران أمس. وعقد وزير الخارجية السعودي جلسة مباحثات مع وزير الخارجية الإيراني حسين أمير عبداللهيان. وكان الوزيران قد التقيا في بكين في السادس من أبريل الماضي.', '2023-06-18');
    expect(e.filter((x) => x.startsWith('MEETING')).length).toBe(2);
    expect(e.some((x) => x.startsWith('MEETING OCCURRED 2023-04-06'))).toBe(true);
  });
});

describe('unseen-text rules: what a trip is for', () => {
  it('gives "يتوجه X إلى Y للقاء Z" a planned meeting of X and Z, and Z is not the traveller', () => {
    const e = events('ومن المنتظر أن يتوجه وزير الخارجية الروسي سيرغي لافروف غدا إلى أنقرة للقاء الرئيس التركي رجب طيب أردوغان.');
    expect(e.some((x) => x.startsWith('MEETING PLANNED') && x.includes('Sergey Lavrov') && x.includes('Erdoğan'))).toBe(true);
    expect(e.some((x) => x.startsWith('VISIT PLANNED') && x.endsWith('[Sergey Lavrov]'))).toBe(true);
  });

  it('does not take the person after "للقاء" as the subject of the visit verb', () => {
    const e = events('ويصل وزير الخارجية الروسي سيرغي لافروف غدا إلى أنقرة، قبل أن يزور طهران للقاء الرئيس الإيراني إبراهيم رئيسي.');
    expect(e.filter((x) => x.startsWith('VISIT')).every((x) => x.endsWith('[Sergey Lavrov]'))).toBe(true);
  });

  it('gives "حيث يلتقي X والرئيس Y" after a trip the traveller as the one who meets them', () => {
    const e = events('ويتوجه وزير الخارجية الروسي سيرغي لافروف غدا إلى أنقرة، حيث يرتقب أن يلتقي الرئيس التركي رجب طيب أردوغان ووزير الخارجية التركي هاكان فيدان.');
    expect(e.some((x) => x.startsWith('MEETING PLANNED') && x.includes('Sergey Lavrov') && x.includes('Erdoğan') && x.includes('Hakan Fidan'))).toBe(true);
  });

  it('reads "لاحقا" after a past verb as a later past step, and "خلال أيام" as ahead', () => {
    const status = (body: string) => analyseText(body).x.events.filter((e) => e.kind === 'MEETING').map((e) => e.status);
    expect(status('وأجرى سيرغي لافروف وهاكان فيدان محادثات على انفراد، توسعت لاحقا لتشمل الوفدين.')).toEqual(['OCCURRED']);
    expect(status('فيما يتوجه سيرغي لافروف إلى أنقرة خلال أيام للقاء هاكان فيدان.')).toEqual(['PLANNED']);
  });
});

describe('unseen-text rules: the guest the story follows', () => {
  it('keeps the guest of "استقبله X بحضور Y" when attendees follow the host', () => {
    const e = events('وصل وزير الخارجية الروسي سيرغي لافروف أمس إلى أنقرة. واستهل لافروف جولته من القصر الرئاسي حيث استقبله الرئيس التركي رجب طيب أردوغان بحضور وزير الخارجية التركي هاكان فيدان.');
    expect(e.some((x) => x.startsWith('MEETING') && x.includes('Sergey Lavrov') && x.includes('Erdoğan') && x.includes('Hakan Fidan'))).toBe(true);
  });

  it('gives "ثم انتقل إلى … حيث التقى X" with no subject the guest the story follows', () => {
    const e = events('استقبل الرئيس التركي رجب طيب أردوغان أمس وزير الخارجية الروسي سيرغي لافروف. ثم انتقل إلى مقر الوزارة حيث التقى وزير الخارجية التركي هاكان فيدان.');
    expect(e.some((x) => x.startsWith('MEETING') && x.includes('Sergey Lavrov') && x.includes('Hakan Fidan') && !x.includes('Erdoğan'))).toBe(true);
  });

  it('gives talks carried by a light verb after "حيث التقى X، قبل أن يعقد اجتماعا مع Y" the subject of the first meeting, not X', () => {
    const e = events('استقبل الرئيس التركي رجب طيب أردوغان أمس وزير الخارجية الروسي سيرغي لافروف. ثم انتقل إلى مقر البرلمان حيث التقى وزير الخارجية التركي هاكان فيدان، قبل أن يعقد اجتماعا مع الرئيس الإيراني إبراهيم رئيسي.');
    expect(e.some((x) => x.startsWith('MEETING') && x.includes('Sergey Lavrov') && x.includes('Raisi') && !x.includes('Hakan Fidan'))).toBe(true);
  });
});

describe('unseen-text rules: dates that belong to something else', () => {
  const story = 'وصل وزير الخارجية الروسي سيرغي لافروف أمس الثلاثاء إلى أنقرة، وكان في استقباله وزير الخارجية التركي هاكان فيدان. ';

  it('does not date a meeting by a year that qualifies a noun far after it, and gives it the story\'s day', () => {
    const e = events(story + 'وعقد لافروف وفيدان اجتماعا موسعا بمقر الوزارة في العاصمة، حضره عدد من المسؤولين، تناول إعادة تفعيل اتفاقية التعاون الاستراتيجي الموقعة بين البلدين عام 2008.', '2021-04-07');
    expect(e.filter((x) => x.startsWith('MEETING')).every((x) => x.startsWith('MEETING OCCURRED 2021-04-06'))).toBe(true);
  });

  it('does not date a press conference by a day a speaker names after it', () => {
    const e = events(story + 'وفي مؤتمر صحفي مشترك عقب الاجتماع، قال لافروف إن موسكو تدعم المسار، بينما أكد فيدان أن الانتخابات ستجرى في 24 ديسمبر المقبل.', '2021-04-07');
    expect(e.find((x) => x.startsWith('PRESS_CONFERENCE'))).toMatch(/^PRESS_CONFERENCE OCCURRED 2021-04-06/u);
  });
});

describe('unseen-text rules: dates are not names, objects are not appositions', () => {
  it('does not take "صباح الجمعة" tagged as a person for a name', () => {
    // a tagger that reads the day-part word as a first name
    const tagger = (sentences: string[][]) => sentences.map((tokens) => tokens.map((t, i) => (t === 'صباح' && tokens[i + 1] === 'الجمعة' ? 'B-PER' : 'O')));
    const x = buildPipeline(defaultStages({ ner: tagger })).run({ body: 'واستقبل الرئيس التركي رجب طيب أردوغان الوزير الروسي صباح الجمعة في أنقرة.', publishedAt: '2014-05-10' });
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr)).not.toContain('صباح');
  });

  it('ends a name after a title before "مطلع الشهر"', () => {
    const { x } = analyseText('وكان الرئيس إيمانويل ماكرون قد أجرى اتصالاً هاتفياً بالرئيس عون مطلع الشهر الجاري.', '2020-07-24');
    const persons = x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr);
    expect(persons).toContain('عون');
    expect(persons.some((n) => n.includes('مطلع'))).toBe(false);
  });

  it('reads a title of another country after "الرئيس النيجري X" as the verb\'s object, not X\'s second office', () => {
    const e = events('وصل وزير الدفاع الفرنسي جان-إيف لودريان أمس إلى نيامي. واستقبل الرئيس النيجري محمدو يوسفو الوزير الفرنسي اليوم في القصر الرئاسي.', '2014-05-09');
    expect(e.some((x) => x.startsWith('MEETING') && x.includes('Le Drian') && x.includes('Mahamadou'))).toBe(true);
    expect(roles('واستقبل الرئيس النيجري محمدو يوسفو الوزير الفرنسي جان-إيف لودريان.').some((x) => /Mahamadou[^|]* \| Minister/u.test(x))).toBe(false);
  });
});

describe('unseen-text rules: receptions told by a guest word', () => {
  it('makes "وكان في استقبال الضيف … X" a meeting of X with the visitor the story follows', () => {
    const e = events('استقبل الرئيس التركي رجب طيب أردوغان أمس وزير الخارجية الروسي سيرغي لافروف في أنقرة. وكان في استقبال الضيف الروسي لدى وصوله إلى المطار صباح أمس وزير الخارجية التركي هاكان فيدان.', '2022-06-14');
    expect(e.some((x) => x.startsWith('MEETING OCCURRED 2022-06-13') && x.includes('Hakan Fidan') && x.includes('Sergey Lavrov') && !x.includes('Erdoğan'))).toBe(true);
  });

  it('reads "في استقبال جلالته" with the honorific pronoun as the reception of the visitor', () => {
    const e = events('قام العاهل الأردني الملك عبدالله الثاني أمس بزيارة إلى العراق. وكان في استقبال جلالته لدى وصوله إلى المطار رئيس الوزراء العراقي محمد شياع السوداني.', '2023-06-14');
    expect(e.some((x) => x.startsWith('MEETING OCCURRED 2023-06-13') && x.includes('Abdullah II') && x.includes('Sudani'))).toBe(true);
  });
});

describe('unseen-text rules: attendees and relative clauses without الذي', () => {
  it('adds the attendees of a following sentence with no meeting of its own to the meeting just told', () => {
    const e = events('استقبل الرئيس التركي رجب طيب أردوغان أمس وزير الخارجية الروسي سيرغي لافروف. وتبادل الجانبان الأحاديث الودية، بحضور وزير الخارجية التركي هاكان فيدان.');
    expect(e.some((x) => x.startsWith('MEETING') && x.includes('Erdoğan') && x.includes('Sergey Lavrov') && x.includes('Hakan Fidan'))).toBe(true);
  });

  it('reads "في حضور X" like "بحضور X"', () => {
    const e = events('استقبل الرئيس التركي رجب طيب أردوغان أمس وزير الخارجية الروسي سيرغي لافروف. وتبادل الجانبان الأحاديث الودية، في حضور وزير الخارجية التركي هاكان فيدان.');
    expect(e.some((x) => x.startsWith('MEETING') && x.includes('Hakan Fidan'))).toBe(true);
  });

  it('reads a present-tense verb right after an indefinite noun ("لجنة مشتركة تجتمع") as describing the noun, not a meeting', () => {
    const e = events('قال وزير الخارجية الروسي سيرغي لافروف إن الجانبين اتفقا مع وزير الخارجية التركي هاكان فيدان على تشكيل لجنة مشتركة تجتمع بشكل دوري.');
    expect(e.filter((x) => x.startsWith('MEETING'))).toEqual([]);
  });
});

describe('unseen-text rules: a bare office and a second person joined by و', () => {
  const body = 'وصل رئيس وزراء جمهورية العراق نوري المالكي أمس إلى الكويت، وكان في استقباله سمو رئيس مجلس الوزراء الشيخ جابر المبارك. وعقد سمو رئيس مجلس الوزراء والمالكي جلسة مباحثات رسمية في قصر السيف.';

  it('reads "رئيس مجلس الوزراء والمالكي" as two persons: the office-holder introduced with these words, and the one joined by و', () => {
    const { x } = analyseText(body, '2013-06-13');
    const talks = x.events.find((e) => e.kind === 'MEETING' && e.evidence.sentenceIndex === 1);
    expect(talks?.participants.map((p) => entityName(x, p.entityKey)).sort()).toEqual(['Jaber Al-Mubarak Al-Sabah', 'Nouri al-Maliki']);
  });
});

describe('unseen-text rules: a loose office named again', () => {
  it('resolves "المبعوث الأممي" to the one special envoy of the article', () => {
    const e = events('التقى المبعوث الخاص للأمم المتحدة إلى اليمن إسماعيل ولد الشيخ أحمد اليوم وفد الحكومة. وكان أمير الكويت الشيخ صباح الأحمد الجابر الصباح قد استقبل، الخميس الماضي، المبعوث الأممي في قصر بيان.', '2016-04-24');
    expect(e.some((x) => x.startsWith('MEETING') && x.includes('Sabah') && x.includes('Ould'))).toBe(true);
  });
});

describe('unseen-text rules: hyphenated names, today\'s weekday, travel participles', () => {
  it('does not break a clause at the hyphen of a name ("جان-إيف لودريان")', () => {
    const e = events('وصل وزير الدفاع الفرنسي جان-إيف لودريان مساء الخميس إلى نيامي.', '2014-05-10');
    expect(e).toEqual(['VISIT OCCURRED 2014-05-08 Niamey [Jean-Yves Le Drian]']);
  });

  it('reads a present-tense trip on today\'s weekday ("ويتوجه الوزير، الأربعاء، إلى") as planned, not "اليوم الأربعاء"', () => {
    const status = (body: string) => analyseText(body, '2024-02-07').x.events.filter((e) => e.kind === 'VISIT').map((e) => e.status);
    expect(status('ويتوجه وزير الخارجية الروسي سيرغي لافروف، الأربعاء، إلى أنقرة.')).toEqual(['PLANNED']);
    expect(status('ويزور وزير الخارجية الروسي سيرغي لافروف أنقرة منذ صباح اليوم الأربعاء.')).toEqual(['OCCURRED']);
  });

  it('gives "متوجهاً إلى" the tense of the travel verb before it', () => {
    const e = events('ويغادر وزير الخارجية الروسي سيرغي لافروف أنقرة السبت متوجهاً إلى طهران.', '2014-05-10');
    expect(e.some((x) => x.startsWith('VISIT PLANNED 2014-05-10 Tehran'))).toBe(true);
  });
});

describe('unseen-text rules: "زيارة له إلى" and one trip told by city and country', () => {
  it('reads the destination after "في أول زيارة له إلى"', () => {
    const e = events('يواجه الرئيس المصري عبد الفتاح السيسي في برلين أسئلة كثيرة، في أول زيارة له إلى ألمانيا منذ توليه الرئاسة.', '2015-06-03');
    expect(e.some((x) => x.startsWith('VISIT') && x.includes('Germany') && x.includes('Sisi'))).toBe(true);
  });

  it('keeps one visit when the same sentence names the trip by its city and by the city\'s country', () => {
    const e = events('وصل وزير الخارجية التركي هاكان فيدان اليوم إلى العاصمة بغداد في أول زيارة رسمية له إلى العراق منذ تسلمه منصبه.', '2023-08-22');
    expect(e.filter((x) => x.startsWith('VISIT'))).toEqual(['VISIT OCCURRED 2023-08-22 Baghdad [Hakan Fidan]']);
  });
});

describe('unseen-text rules: the invited is not the sender', () => {
  it('makes the addressee of "رسالة من X تتضمن دعوة لزيارة Y" the visitor, not X', () => {
    const e = events('ونقل وزير الخارجية الروسي سيرغي لافروف إلى الرئيس التركي رجب طيب أردوغان رسالة من الرئيس فلاديمير بوتين، تتضمن دعوة لزيارة موسكو.', '2022-05-11');
    expect(e.filter((x) => x.startsWith('VISIT'))).toEqual(['VISIT PLANNED - Moscow [Recep Tayyip Erdoğan]']);
  });
});

describe('unseen-text rules: the dual with attendees, a month in brackets', () => {
  const first = 'وعقد وزير الخارجية السعودي فيصل بن فرحان أمس مباحثات مع وزير الخارجية الإيراني حسين أمير عبداللهيان. ';

  it('gives "وكان الوزيران قد التقيا … بحضور X" both ministers and the attendee', () => {
    const e = events(first + 'وكان الوزيران قد التقيا للمرة الأولى في بكين في السادس من أبريل الماضي، بحضور وزير الخارجية الصيني تشين غانغ.', '2023-06-18');
    expect(e.some((x) => x.startsWith('MEETING OCCURRED 2023-04-06') && x.includes('Faisal') && x.includes('Amir-Abdollahian') && x.includes('Qin Gang'))).toBe(true);
  });

  it('does not end a clause at the brackets of "أبريل (نيسان)"', () => {
    const e = events(first + 'وكان الوزيران قد التقيا للمرة الأولى في بكين في السادس من أبريل (نيسان) الماضي، بحضور وزير الخارجية الصيني تشين غانغ.', '2023-06-18');
    expect(e.some((x) => x.startsWith('MEETING OCCURRED 2023-04-06') && x.includes('Qin Gang'))).toBe(true);
  });
});

describe('unseen-text rules: "نائب رئيس الدولة" and a second person after "، و"', () => {
  it('reads the chain "X، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي" as three offices of X', () => {
    const r = roles('استقبل صاحب السمو الشيخ محمد بن راشد آل مكتوم، نائب رئيس الدولة رئيس مجلس الوزراء حاكم دبي، أمس، ناريندرا مودي رئيس وزراء جمهورية الهند.');
    expect(r.filter((x) => x.startsWith('Mohammed bin Rashid'))).toEqual([
      'Mohammed bin Rashid Al Maktoum | Prime Minister | United Arab Emirates',
      'Mohammed bin Rashid Al Maktoum | Ruler | Dubai',
      'Mohammed bin Rashid Al Maktoum | Vice President | United Arab Emirates',
    ]);
  });

  it('does not chain a title to the next person\'s title joined by "، و" ("… حاكم دبي، وأمير الكويت X")', () => {
    const r = roles('وبمشاركة صاحب السمو الشيخ محمد بن راشد آل مكتوم نائب رئيس دولة الإمارات رئيس مجلس الوزراء حاكم دبي، وأمير الكويت الشيخ صباح الأحمد الجابر الصباح.');
    expect(r.filter((x) => x.startsWith('Sabah'))).toEqual(['Sabah Al-Ahmad Al-Sabah | Emir | Kuwait']);
  });
});

describe('unseen-text rules: the one date of a background sentence', () => {
  it('dates "وكان قد … يوم الاثنين، حيث استقبله X" by the sentence\'s only day', () => {
    const e = events('وصل وزير الخارجية الأمريكي أنتوني بلينكن إلى الدوحة أمس الثلاثاء. وكان قد بدأ جولته في المنطقة يوم الاثنين، حيث استقبله ولي العهد السعودي الأمير محمد بن سلمان.', '2024-02-07');
    expect(e.some((x) => x.startsWith('MEETING OCCURRED 2024-02-05') && x.includes('Blinken') && x.includes('Mohammed bin Salman'))).toBe(true);
  });
});

describe('unseen-text rules: the two leaders, and "عقب اللقاء"', () => {
  it('gives "يعقد الزعيمان جلسة مباحثات بحضور X وY" the two heads named before and the attendees', () => {
    const e = events('استقبل رئيس الوزراء العراقي محمد شياع السوداني أمس العاهل الأردني الملك عبدالله الثاني في بغداد، قبل أن يعقد الزعيمان جلسة مباحثات بحضور وزير الخارجية العراقي فؤاد حسين ووزير الخارجية الأردني أيمن الصفدي.', '2023-06-14');
    const talks = e.find((x) => x.startsWith('MEETING') && x.includes('Fuad Hussein'));
    expect(talks).toBeDefined();
    expect(talks).toContain('Abdullah II');
    expect(talks).toContain('Sudani');
  });

  it('does not report "وعقب اللقاء" as a new meeting when a meeting was told in an earlier sentence', () => {
    const e = events('استقبل الرئيس التركي رجب طيب أردوغان أمس وزير الخارجية الروسي سيرغي لافروف. وعقب اللقاء، عقد لافروف ووزير الخارجية التركي هاكان فيدان مؤتمرا صحفيا مشتركا.', '2023-06-14');
    expect(e.filter((x) => x.startsWith('MEETING')).length).toBe(1);
    expect(e.some((x) => x.startsWith('PRESS_CONFERENCE') && x.includes('Hakan Fidan'))).toBe(true);
  });
});

describe('unseen-text rules: a cancelled meeting named as the object, glosses in brackets', () => {
  const statuses = (body: string) => analyseText(body, '2015-06-03').x.events.filter((e) => e.kind === 'MEETING').map((e) => e.status);

  it('reads "ألغى X لقاء كان مقررا مع Y" as a cancelled meeting however long the subject', () => {
    expect(statuses('في المقابل، ألغى وزير الخارجية التركي هاكان فيدان لقاء كان مقررا مع وزير الخارجية الروسي سيرغي لافروف.')).toEqual(['NEGATED']);
  });

  it('does not end the clause at a short gloss in brackets', () => {
    expect(statuses('في المقابل، ألغى وزير الخارجية التركي هاكان فيدان (الدبلوماسي المخضرم) لقاء كان مقررا مع وزير الخارجية الروسي سيرغي لافروف.')).toEqual(['NEGATED']);
  });
});

describe('unseen-text rules: words between a visit noun and its destination', () => {
  it('reads "في زيارة هي الثانية له إلى X" and "جولته التي شملت X وY"', () => {
    const e = events('وكان سيرغي لافروف قد وصل إلى أنقرة قادما من دمشق، في زيارة هي الثانية له إلى سوريا خلال شهرين.', '2023-06-14');
    expect(e.some((x) => x.startsWith('VISIT') && x.includes('Syria'))).toBe(true);
    const f = events('وغادر سيرغي لافروف أنقرة متوجها إلى طهران، في المحطة الأخيرة من جولته التي شملت الأردن وقطر.', '2023-06-14');
    expect(f.filter((x) => x.startsWith('VISIT') && (x.includes('Jordan') || x.includes('Qatar'))).length).toBe(2);
  });
});

describe('unseen-text rules: a name after a settlement noun', () => {
  it('reads a tagged "person" after a settlement noun ("العاصمة الكازاخية") as the place', () => {
    const span = ['كزل', 'أوردا'];
    const tagger = (sentences: string[][]) => sentences.map((tokens) => tokens.map((t, i) => (t === span[0] && tokens[i + 1] === span[1] ? 'B-PER' : t === span[1] && tokens[i - 1] === span[0] ? 'I-PER' : 'O')));
    const x = buildPipeline(defaultStages({ ner: tagger })).run({ body: 'أجرى وزير الخارجية التركي هاكان فيدان اتصالاً هاتفياً مع نظيره الروسي سيرغي لافروف، قبيل الاجتماع المزمع عقده في العاصمة الكازاخية كزل أوردا.', publishedAt: '2021-10-11' });
    const e = x.entities.find((y) => y.nameAr === 'كزل أوردا');
    expect(e?.kind).toBe('LOCATION');
    const call = x.events.find((y) => y.kind === 'CALL');
    expect(call?.participants.map((p) => entityName(x, p.entityKey)).sort()).toEqual(['Hakan Fidan', 'Sergey Lavrov']);
  });

  it('reads a tagged "person" that begins with "ميناء" as the port', () => {
    const tagger = (sentences: string[][]) => sentences.map((tokens) => tokens.map((t, i) => (t === 'ميناء' && tokens[i + 1] === 'جيهان' ? 'B-PER' : t === 'جيهان' ? 'I-PER' : 'O')));
    const x = buildPipeline(defaultStages({ ner: tagger })).run({ body: 'وعقد وزير الخارجية التركي هاكان فيدان جلسة مباحثات مع نظيره الروسي سيرغي لافروف، تناولت استئناف تصدير النفط عبر ميناء جيهان.', publishedAt: '2023-08-22' });
    expect(x.entities.find((y) => y.nameAr === 'ميناء جيهان')?.kind).toBe('LOCATION');
  });
});

describe('unseen-text rules: delegations met one by one', () => {
  const body = 'التقى المبعوث الخاص للأمم المتحدة إلى اليمن، إسماعيل ولد الشيخ أحمد، اليوم الأحد، وفد الحكومة اليمنية برئاسة وزير الخارجية اليمني عبد الملك المخلافي، ثم الوفد الإيراني برئاسة وزير الخارجية الإيراني حسين أمير عبداللهيان، كلاً على حدة.';

  it('does not read "، وفد" as a second verb joined by و', () => {
    const e = events(body.replace('، ثم الوفد الإيراني برئاسة وزير الخارجية الإيراني حسين أمير عبداللهيان، كلاً على حدة', ''), '2016-04-24');
    expect(e.some((x) => x.startsWith('MEETING') && x.includes('Ould') && x.includes('Mekhlafi'))).toBe(true);
  });

  it('splits "التقى X الوفد Y ثم الوفد Z، كلاً على حدة" into one meeting with each', () => {
    const e = events(body, '2016-04-24').filter((x) => x.startsWith('MEETING'));
    expect(e.length).toBe(2);
    expect(e.every((x) => x.includes('Ould'))).toBe(true);
    expect(e.some((x) => x.includes('Mekhlafi') && !x.includes('Abdollahian'))).toBe(true);
  });
});

describe('unseen-text rules: Maghreb titles, principals and Kurdish office-holders', () => {
  it('reads "الوزير الأول" as the prime minister (Algerian, Moroccan and French usage)', () => {
    const r = roles('وكان في استقباله بالمطار الوزير الأول الموريتاني محمد ولد بلال.', '2021-03-02');
    expect(r.some((x) => x.endsWith('| Prime Minister | Mauritania'))).toBe(true);
  });

  it('does not read the principal of an envoy ("المبعوث الخاص للرئيس الروسي X") as a title of X or as the president', () => {
    const body = 'وشارك في المباحثات نائب وزير الخارجية والمبعوث الخاص للرئيس الروسي إلى الشرق الأوسط، ميخائيل بوغدانوف. وأعلن الكرملين أن الرئيس فلاديمير بوتين سيزور تركيا.';
    const { x } = analyseText(body, '2018-08-30');
    const putin = x.entities.find((e) => e.nameEn === 'Vladimir Putin')!;
    expect(x.mentions.filter((m) => m.entityKey === putin.key).length).toBe(1);
    const r = roles(body, '2018-08-30');
    expect(r.some((y) => y.startsWith('Mikhail Bogdanov | President'))).toBe(false);
    expect(r.some((y) => y.startsWith('Mikhail Bogdanov | Special Envoy'))).toBe(true);
  });

  it('reads "رئيس إقليم X" as the president of the self-governing region, not a chairman', () => {
    expect(roles('التقى رئيس إقليم كردستان مسعود بارزاني السفير الأمريكي في أربيل.', '2016-04-28')).toContain('Masoud Barzani | President | Kurdistan Region');
  });

  it('knows the Kurdistan Region office-holders and the Kurdish spelling كوردستان', () => {
    const e = events('أجرى رئيس مجلس الوزراء مصطفى الكاظمي، مساء السبت، اتصالاً هاتفياً برئيس حكومة إقليم كوردستان، مسرور بارزاني.', '2021-02-15');
    expect(e).toContain('CALL OCCURRED 2021-02-13 - [Masrour Barzani, Mustafa al-Kadhimi]');
    expect(roles('وصل رئيس إقليم كوردستان، نيجيرفان بارزاني، اليوم إلى بغداد.', '2021-02-15')).toContain('Nechirvan Barzani | President | Kurdistan Region');
  });
});

describe('unseen-text rules: unwritten subjects, negated descriptions, dual verbs', () => {
  it('gives "عقد ونظيره X" the unwritten subject the sentence is about, and the later "ثم عقدا" the same two', () => {
    const e = events('وصل رئيس الوزراء الأردني بشر الخصاونة إلى القاهرة، حيث عقد ونظيره المصري مصطفى مدبولي جلسة مباحثات موسعة. ووقع الجانبان عددا من الاتفاقيات، ثم عقدا مؤتمرا صحفيا مشتركا.', '2021-09-10');
    expect(e.some((x) => x.startsWith('MEETING') && x.endsWith('[Bisher Al-Khasawneh, Mostafa Madbouly]'))).toBe(true);
    expect(e.some((x) => x.startsWith('PRESS_CONFERENCE') && x.endsWith('[Bisher Al-Khasawneh, Mostafa Madbouly]'))).toBe(true);
  });

  it('keeps a visit that a negated copula only describes ("لم تكن زيارة X … زيارة عادية")', () => {
    const e = events('لم تكن زيارة رئيس الوزراء الأردني بشر الخصاونة إلى القاهرة أمس زيارة عادية.', '2021-09-10');
    expect(e).toContain('VISIT OCCURRED 2021-09-09 Cairo [Bisher Al-Khasawneh]');
  });

  it('reads a shared surname as the one sharer introduced before it ("X بارزاني" … "بارزاني" … "Y بارزاني")', () => {
    const body = 'أشاد رئيس إقليم كوردستان نيجيرفان بارزاني بالاتفاق. واجتمع بارزاني برئيس مجلس الوزراء مصطفى الكاظمي. وكان الكاظمي قد أجرى اتصالا هاتفيا برئيس حكومة الإقليم مسرور بارزاني.';
    const { x } = analyseText(body, '2021-02-15');
    const bare = body.indexOf('بارزاني برئيس');
    const mention = x.mentions.find((m) => m.start === bare);
    expect(entityName(x, mention?.entityKey ?? null)).toBe('Nechirvan Barzani');
  });

  it('does not take a place inside the traveller\'s title ("وصل رئيس إقليم كوردستان X إلى Y") as the end of the destination scan', () => {
    expect(events('وصل رئيس إقليم كوردستان نيجيرفان بارزاني اليوم إلى بغداد.', '2021-02-15')).toEqual(['VISIT OCCURRED 2021-02-15 Baghdad [Nechirvan Barzani]']);
  });

  it('keeps the people of a meeting in the expanded meeting that follows it ("أعقبه اجتماع موسع شارك فيه X وY")', () => {
    const e = events('السيسي والكاظمي يبحثان العلاقات\n\nاستقبل الرئيس المصري عبد الفتاح السيسي رئيس الوزراء العراقي مصطفى الكاظمي في القاهرة. وعقد الزعيمان اجتماعا مغلقا، أعقبه اجتماع موسع بين وفدي البلدين، شارك فيه وزير الخارجية المصري سامح شكري ونظيره العراقي فؤاد حسين.', '2021-06-27');
    expect(e.some((x) => x.startsWith('MEETING') && x.endsWith('[Abdel Fattah el-Sisi, Fuad Hussein, Mustafa al-Kadhimi, Sameh Shoukry]'))).toBe(true);
    expect(e.some((x) => x.endsWith('[Fuad Hussein, Sameh Shoukry]'))).toBe(false);
  });

  it('gives a verb joined by "، و" the clause\'s first subject, not the last person named ("أن X كان … إدارة الرئيس Y، وزار")', () => {
    const e = events('وأشار المصدر إلى أن جو بايدن كان يتولى ملف العراق في إدارة الرئيس باراك أوباما، وزار بغداد مرات عدة.', '2016-04-28');
    expect(e).toEqual(['VISIT OCCURRED - Baghdad [Joe Biden]']);
  });

  it('reads "المبعوث الأمريكي الخاص للقرن الأفريقي السفير X" as one chain, so "المبعوث" alone later is X', () => {
    const e = events('التقى رئيس الوزراء السوداني عبدالله حمدوك اليوم المبعوث الأمريكي الخاص للقرن الأفريقي السفير جيفري فيلتمان. وقالت الوزيرة إن المبعوث سيغادر البلاد غدا متوجها إلى أديس أبابا.', '2021-09-28');
    expect(e).toContain('VISIT PLANNED 2021-09-29 Addis Ababa [Jeffrey Veltman]');
  });

  it('joins "، ونائبه X" to the persons met, not as a second verb', () => {
    const e = events('والتقى المبعوث الأمريكي جيفري فيلتمان اليوم رئيس مجلس السيادة الانتقالي الفريق أول ركن عبد الفتاح البرهان، ونائبه الفريق أول محمد حمدان دقلو.', '2021-09-28');
    expect(e).toEqual(['MEETING OCCURRED 2021-09-28 - [Abdel Fattah al-Burhan, Jeffrey Veltman, Mohamed Hamdan Dagalo]']);
  });

  it('reads "المسؤول الأميركي" as the official of that country the article has told most about', () => {
    const e = events('وصل نائب الرئيس الأميركي جو بايدن اليوم إلى بغداد، والتقى بايدن رئيس الوزراء حيدر العبادي بحضور السفير الأميركي ستيوارت جونز. كما أجرى المسؤول الأميركي من بغداد اتصالا هاتفيا برئيس إقليم كردستان مسعود بارزاني.', '2016-04-28');
    expect(e).toContain('CALL OCCURRED 2016-04-28 - [Joe Biden, Masoud Barzani]');
  });

  it('reads "قبل أن يغادر" after "من المقرر أن" as planned when the plan itself is no event', () => {
    const e = events('ومن المقرر أن يتشرف الوزير الأردني أيمن الصفدي غدا بالسلام على الملك، قبل أن يغادر إلى الكويت.', '2020-02-11');
    expect(e).toEqual(['VISIT PLANNED 2020-02-12 Kuwait [Ayman Safadi]']);
  });

  it('gives a dual meeting verb after a trip both travellers ("سيزور X برفقة Y، … أن يلتقيا Z")', () => {
    const e = events('وعلم أن الرئيس المصري عبد الفتاح السيسي سيزور عمان برفقة ولي العهد السعودي الأمير محمد بن سلمان، في زيارة ينتظر أن يلتقيا خلالها العاهل الأردني الملك عبد الله الثاني.', '2021-09-10');
    expect(e.some((x) => x.startsWith('MEETING PLANNED') && x.endsWith('[Abdel Fattah el-Sisi, Abdullah II, Mohammed bin Salman]'))).toBe(true);
  });
});

describe('rules added for dev3/dev5 events', () => {
  it('links a Chinese family name alone ("شي") to the holder named in full earlier ("شي جين بينغ")', () => {
    const e = events('حضر الرئيس الصيني شي جين بينغ القمة في الرياض. وكان شي قد وصل إلى الرياض يوم الأربعاء، والتقى شي الرئيس المصري عبد الفتاح السيسي.', '2022-12-09');
    expect(e).toContain('VISIT OCCURRED 2022-12-07 Riyadh [Xi Jinping]');
    expect(e.some((x) => x.startsWith('MEETING') && x.endsWith('[Abdel Fattah el-Sisi, Xi Jinping]'))).toBe(true);
  });

  it('resolves a bare office only to a lexicon holder whose term covers the publication date', () => {
    const body = 'بحث نائب وزير الخارجية الروسي ميخائيل بوغدانوف اليوم في موسكو مع نائب وزير الخارجية الإيراني كبير المفاوضين علي باقري كني الملف النووي. وكان وزير الخارجية الروسي سيرغي لافروف قد أجرى مباحثات مع نظيره حسين أمير عبداللهيان.';
    const e = events(body, '2022-07-12');
    expect(e).toContain('MEETING OCCURRED 2022-07-12 Moscow [Ali Bagheri Kani, Mikhail Bogdanov]');
    expect(e.some((x) => x.includes('Mikhail Bogdanov') && x.includes('Amir-Abdollahian'))).toBe(false);
  });

  it('does not count a deputy minister among "الوزيران"', () => {
    const body = 'بحث المبعوث الخاص للرئيس الروسي ميخائيل بوغدانوف في موسكو مع نائب وزير الخارجية الإيراني علي باقري كني الملف النووي. وكان وزير الخارجية الروسي سيرغي لافروف قد زار طهران، والتقى نظيره حسين أمير عبداللهيان، فيما أجرى الوزيران اتصالا هاتفيا أمس الاثنين.';
    expect(events(body, '2022-07-12')).toContain('CALL OCCURRED 2022-07-11 - [Hossein Amir-Abdollahian, Sergey Lavrov]');
  });

  it('splits "سيعقد لقاءين ثنائيين مع X وY" and "لقاءات ثنائية مع X وY وZ" into one meeting with each', () => {
    const two = events('وأوضح المتحدث أن بوتين سيعقد على هامش القمة لقاءين ثنائيين مع الرئيس الإيراني إبراهيم رئيسي والرئيس التركي رجب طيب أردوغان.', '2022-07-12');
    expect(two.filter((x) => x.startsWith('MEETING PLANNED')).map((x) => x.replace(/^.*\[/u, '['))).toEqual(['[Ebrahim Raisi, Vladimir Putin]', '[Recep Tayyip Erdoğan, Vladimir Putin]']);
    const three = events('وعقد الرئيس الصيني شي جين بينغ لقاءات ثنائية مع الرئيس المصري عبد الفتاح السيسي والرئيس الفلسطيني محمود عباس ورئيس الوزراء العراقي محمد شياع السوداني.', '2022-12-09');
    expect(three.filter((x) => x.startsWith('MEETING')).length).toBe(3);
    expect(three.every((x) => !x.startsWith('MEETING') || x.includes('Xi Jinping'))).toBe(true);
  });

  it('leaves out a person named in a relative clause after a title in apposition ("X وزير الخارجية اليمني، الذي نقل رسالة من Y")', () => {
    const e = events('استقبل العاهل الأردني الملك عبدالله الثاني أمس أبو بكر القربي وزير الخارجية اليمني، الذي نقل إليه رسالة خطية من الرئيس اليمني علي عبدالله صالح.', '2010-05-03');
    expect(e).toEqual(['MEETING OCCURRED 2010-05-02 - [Abdullah II, Abu Bakr al-Qirbi]']);
  });

  it('ends the persons of a headline call at a present-tense verb joined by و ("يتلقى اتصالا من X ويطمئن على صحة Y")', () => {
    const e = events('محمد بن زايد يتلقى اتصالاً من بشار الأسد ويطمئن هاتفياً على صحة بوريس جونسون', '2020-03-27');
    expect(e).toEqual(['CALL OCCURRED - - [Bashar al-Assad, Mohamed bin Zayed]']);
  });

  it('reads a quoted office report of a past meeting (إن "X استقبل Y …، بحضور Z") as the meeting, attendee included', () => {
    const e = events('وقال المكتب الإعلامي لرئيس الوزراء حيدر العبادي، في بيان، إن "العبادي استقبل نائب الرئيس الأميركي جو بايدن في مكتبه، بحضور السفير الأميركي لدى العراق ستيوارت جونز".', '2016-04-28');
    expect(e).toEqual(['MEETING OCCURRED - - [Haider al-Abadi, Joe Biden, Stewart Jones]']);
    // a plan in the speaker's words stays speech
    expect(events('وقال المتحدث إن "العبادي سيستقبل نائب الرئيس الأميركي جو بايدن في مكتبه الأسبوع المقبل".', '2016-04-28')).toEqual([]);
  });

  it('reads an audience "يتشرف بالسلام على الملك X" as a meeting with the king', () => {
    const e = events('ومن المقرر أن يتشرف وزير الخارجية الأردني أيمن الصفدي غداً بالسلام على خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود.', '2020-02-10');
    expect(e).toEqual(['MEETING PLANNED 2020-02-11 - [Ayman Safadi, Salman bin Abdulaziz]']);
  });

  it('gives "، وعقد بعد اللقاء مؤتمرا صحافيا" the earlier verb\'s subject, not the person met', () => {
    const e = events('ثم انتقل أمين المجلس علي لاريجاني إلى عين التينة حيث التقى رئيس مجلس النواب نبيه بري، وعقد بعد اللقاء مؤتمراً صحافياً.', '2025-08-13');
    expect(e).toContain('PRESS_CONFERENCE OCCURRED - - [Ali Larijani]');
  });
});

describe('delegations, compound names, offices and dates', () => {
  it('lets the members a delegation "ضم" / "يضم" names take part in its meeting', () => {
    const e = events('استقبل أمير قطر الشيخ تميم بن حمد آل ثاني اليوم رئيس الوزراء اللبناني نجيب ميقاتي والوفد المرافق له، فيما ضم الوفد اللبناني وزير الخارجية عبد الله بو حبيب.', '2022-06-14');
    expect(e).toEqual(['MEETING OCCURRED 2022-06-14 - [Abdallah Bou Habib, Najib Mikati, Tamim bin Hamad Al Thani]']);
  });

  it('reads a compound given name written as one word ("عبدالله") as a name word, so the family name after it is kept', () => {
    const { x } = analyseText('استقبل الرئيس أمس الدكتور أبوبكر عبدالكريم الحضرمي وزير الخارجية اليمني.', '2010-05-03');
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr)).toEqual(['أبوبكر عبدالكريم الحضرمي']);
    expect(roles('استقبل الرئيس أمس الدكتور أبوبكر عبدالكريم الحضرمي وزير الخارجية اليمني.', '2010-05-03')).toEqual([expect.stringMatching(/^Aboubakar Abd.*al-Ha.* \| Minister of Foreign Affairs \| Yemen$/u)]);
  });

  it('joins a known "given family" name with the father\'s name inserted when the given name is compound ("عبداللطيف بن راشد الزياني")', () => {
    for (const body of ['برئاسة معالي الدكتور عبداللطيف بن راشد الزياني وزير الخارجية.', 'برئاسة معالي الدكتور عبد اللطيف بن راشد الزياني وزير الخارجية.']) {
      const { x } = analyseText(body, '2022-06-14');
      expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameEn)).toEqual(['Abdullatif bin Rashid Al Zayani']);
    }
  });

  it('knows Oman\'s "الوزير المسؤول عن الشؤون الخارجية" and "أمين" + a council as offices', () => {
    expect(roles('حضر المقابلة معالي يوسف بن علوي بن عبدالله الوزير المسؤول عن الشؤون الخارجية.', '2010-05-03')).toEqual(['Yusuf bin Alawi | Minister Responsible for Foreign Affairs | Oman']);
    expect(roles('وصل أمين المجلس الأعلى للأمن القومي في إيران، علي لاريجاني، إلى بيروت أمس.', '2025-08-14')).toEqual(['Ali Larijani | Secretary | Supreme National Security Council']);
    expect(events('وصل أمين المجلس الأعلى للأمن القومي في إيران، علي لاريجاني، إلى بيروت أمس.', '2025-08-14')).toEqual(['VISIT OCCURRED 2025-08-13 Beirut [Ali Larijani]']);
    // "أمين" with no body after it is the first name, not an office
    expect(roles('وقال أمين معلوف إن الرواية جديدة.')).toEqual([]);
  });

  it('reads a given and father\'s name before a known person\'s surname as his name, not a second person ("محمد الطاهر سيالة")', () => {
    const x = extract({ body: 'وكان الجهيناوي قد تلقى أمس الأحد مكالمة هاتفية من نظيره الليبي محمد الطاهر سيالة، أطلعه خلالها على نتائج المشاورات.', publishedAt: '2018-02-12' });
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameEn).sort()).toEqual(['Mohamed Siala', 'al-Jahinawi']);
  });

  it('dates a meeting added with "كما" by the event just before it in the sentence, not by the trip that opens it', () => {
    const e = events('وكان الرئيس الصيني شي جين بينغ قد وصل إلى الرياض يوم الأربعاء، وعقد يوم الخميس محادثات مع الملك سلمان بن عبد العزيز آل سعود، كما أجرى محادثات مع ولي العهد الأمير محمد بن سلمان.', '2022-12-09');
    expect(e.filter((x) => x.startsWith('MEETING')).map((x) => x.split(' ').slice(0, 3).join(' '))).toEqual(['MEETING OCCURRED 2022-12-08', 'MEETING OCCURRED 2022-12-08']);
  });

  it('reads the bare "مجلس التعاون" as the GCC, but not "مجلس التعاون الاستراتيجي" (another body)', () => {
    expect(roles('وأكد البيان الختامي، الذي تلاه الأمين العام لمجلس التعاون الدكتور عبداللطيف بن راشد الزياني، أن القمة ناجحة.', '2015-12-10')).toEqual(['Abdullatif bin Rashid Al Zayani | Secretary-General | Gulf Cooperation Council']);
    const { x } = analyseText('وترأس الرئيس التركي رجب طيب أردوغان اجتماع مجلس التعاون الاستراتيجي الأعلى بين البلدين في أنقرة.', '2022-12-07');
    expect(x.entities.some((e) => e.nameEn === 'Gulf Cooperation Council')).toBe(false);
  });

  it('reads "الاجتماع المقبل" as a new, planned meeting, not the event told before with its attendees added', () => {
    const e = events('وكان وزير الخارجية التونسي خميس الجهيناوي قد تلقى أمس مكالمة هاتفية من نظيره الليبي محمد سيالة، أطلعه خلالها على نتائج مشاورات المصالحة. ويُنتظر أن تحتضن القاهرة في جوان القادم الاجتماع المقبل للآلية الثلاثية حول ليبيا، بمشاركة الجهيناوي ووزير الخارجية الجزائري عبد القادر مساهل ووزير الخارجية المصري سامح شكري.', '2018-02-12');
    expect(e).toEqual(['CALL OCCURRED 2018-02-11 - [Khamis al-Jahinawi, Mohamed Siala]', 'MEETING PLANNED - - [Abdelkader Messahel, Khamis al-Jahinawi, Sameh Shoukry]']);
  });

  it('leaves a rank the tagger took into a person span ("العماد X", "اللواء X") out of the name', () => {
    const x = extract({ body: 'حيث التقى رئيس الجمهورية العماد جوزاف حداد، الذي أكد له الدعم.', publishedAt: '2025-08-14' });
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr)).toEqual(['جوزاف حداد']);
  });

  it('reads "دولة الرئيس X" as an honorific (not the head of state), and a palace after a title as the venue, not the affiliation', () => {
    const r = roles('كما استقبل صاحب السمو الملكي الأمير خليفة بن سلمان آل خليفة رئيس الوزراء بقصر القضيبية أمس دولة الرئيس السنيورة، حيث جرى بحث سبل دعم الاقتصاد اللبناني.', '2006-09-12');
    expect(r).toEqual(['Khalifa bin Salman Al Khalifa | Prime Minister | Bahrain']);
  });

  it('knows the Lebanese spelling "جوزاف عون" of Joseph Aoun', () => {
    expect(roles('حيث التقى رئيس الجمهورية العماد جوزاف عون، الذي أكد له الدعم.', '2025-08-14')).toEqual(['Joseph Aoun | President | Lebanon']);
  });

  it('knows "وزير شؤون الرئاسة" and ends a minister\'s portfolios at "والمفتش العام" (another office)', () => {
    expect(roles('وحضر الاتصال سمو الشيخ منصور بن زايد آل نهيان وزير شؤون الرئاسة الإماراتي.', '2020-03-27')).toEqual(['Mansour bin Zayed Al Nahyan | Minister of Presidential Affairs | United Arab Emirates']);
    expect(roles('وحضر اللقاء الأمير سلطان بن عبدالعزيز وزير الدفاع والطيران والمفتش العام.', '2008-05-17')).toContain('Sultan bin Abdulaziz | Minister of Defense and Aviation | Saudi Arabia');
  });

  it('gives a title with no nationality the country of the delegation named just before it ("ضم الوفد اللبناني وزير المالية X")', () => {
    const r = roles('المنامة - بنا: استقبل الملك حمد بن عيسى آل خليفة أمس رئيس الوزراء اللبناني نواف سلام والوفد المرافق له، فيما ضم الوفد اللبناني وزير المالية ياسين جابر.', '2025-06-14');
    expect(r).toContain('Yassine Jaber | Minister of Finance | Lebanon');
  });

  it('reads a surname shared with a known person out of office at the date as the article\'s own person of that surname', () => {
    const { x } = analyseText('وعقد وزير الموارد المائية والري الدكتور محمد عبد العاطي، أمس، اجتماعاً مع نظيره السوداني ياسر عباس. وأكد عبد العاطي أن مصر أبدت أقصى درجات المرونة.', '2020-02-28');
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr)).toEqual(['محمد عبد العاطي']);
  });

  it('reads "الأخير" right after a verb as the person named last ("قبل أن يتوجه الأخير إلى الرياض")', () => {
    const x = extract({ body: 'ومن المقرر أن يستقبل الشيخ محمد بن زايد آل نهيان رئيس الدولة، الوزير الكوري بارك جين في أبوظبي غداً الخميس، قبل أن يتوجه الأخير إلى الرياض.', publishedAt: '2023-02-15' });
    const visits = x.events.filter((e) => e.kind === 'VISIT');
    expect(visits.map((v) => `${entityName(x, v.locationKey)} ${v.participants.map((p) => entityName(x, p.entityKey)).join(', ')}`)).toEqual(['Riyadh Park Gene']);
    // after a noun it is an adjective: no one is "the latter" there
    expect(events('وقال الرئيس جو بايدن إن الاجتماع الأخير كان مثمرا.', '2023-02-15').filter((x) => !x.startsWith('STATEMENT'))).toEqual([]);
  });

  it('reads "الكوري" alone as South Korean, and a visit told as "زيارة الدولة التي قام بها X إلى Y"', () => {
    expect(roles('وأشاد الوزير بنتائج زيارة الرئيس الكوري يون سوك يول.', '2023-02-15')).toEqual(['Yoon Suk Yeol | President | South Korea']);
    const e = events('وأشاد الوزير بنتائج زيارة الدولة التي قام بها الرئيس الكوري يون سوك يول إلى الإمارات الشهر الماضي.', '2023-02-15');
    expect(e.filter((x) => x.startsWith('VISIT')).map((x) => x.replace(/ \d{4}-\d\d(-\d\d)? /u, ' - '))).toEqual(['VISIT OCCURRED - United Arab Emirates [Yoon Suk Yeol]']);
  });

  it('adds the person "بحضوره" names (the sentence\'s subject) to the meeting it qualifies', () => {
    const x = extract({ body: 'من جهته، أعلن المبعوث الأممي غير بيدرسون أن الرئيسين المشتركين للجنة أحمد الكزبري وهادي البحرة سيلتقيان وجهاً لوجه بحضوره قبل انطلاق الجلسات.', publishedAt: '2021-10-11' });
    const meetings = x.events.filter((e) => e.kind === 'MEETING');
    expect(meetings.map((m) => `${m.status} ${m.participants.length} ${m.participants.some((p) => entityName(x, p.entityKey) === 'Geir Pedersen')}`)).toEqual(['PLANNED 3 true']);
  });

  it('does not break a clause at a break word that is part of a name ("بان كي مون": بان = بأن), and leaves out "خلفاً لـX"', () => {
    const e = events('وكان المبعوث الأممي الأخضر الإبراهيمي قد وصل إلى القاهرة، قادماً من نيويورك حيث أجرى الأسبوع الماضي مشاورات مع الأمين العام للأمم المتحدة بان كي مون، وذلك بعد تسلمه مهامه خلفاً لكوفي عنان الذي استقال.', '2012-09-11');
    expect(e.filter((x) => x.startsWith('MEETING')).map((x) => x.replace(/^.*\[/u, '['))).toEqual(['[Ban Ki-moon, Lakhdar Brahimi, United Nations]']);
  });

  it('gives a meeting noun carried by a light verb with only objects ("حيث عقد اجتماعاً ضمه إلى X وY") the sentence\'s subject', () => {
    const e = events('وكان وزير الخارجية الأمريكي جون كيري قد وصل إلى العاصمة المصرية مساء الاثنين، حيث عقد في أحد فنادق القاهرة اجتماعاً ثلاثياً ضمه إلى الأمين العام للأمم المتحدة، بان كي مون، والأمين العام لجامعة الدول العربية، نبيل العربي.', '2014-07-22');
    expect(e.filter((x) => x.startsWith('MEETING')).map((x) => x.replace(/^.*\[/u, '['))).toEqual(['[Ban Ki-moon, John Kerry, Nabil Elaraby]']);
  });

  it('reads "القائد العام لقوة دفاع البحرين" as Commander-in-Chief of the Bahrain Defence Force', () => {
    expect(roles('وذلك بحضور الأمير سلمان بن حمد آل خليفة ولي العهد القائد العام لقوة دفاع البحرين.', '2006-09-12')).toContain('Salman bin Hamad Al Khalifa | Commander-in-Chief | Bahrain Defence Force');
  });

  it('knows "مساعد الرئيس" (Presidential Aide) and skips the affairs of an office ("للشؤون الدولية") up to the name', () => {
    expect(roles('وأوضح مساعد الرئيس الروسي للشؤون الدولية يوري أوشاكوف للصحفيين أن القمة ناجحة.', '2022-07-12')).toEqual(['Yuri Ushakov | Presidential Aide | Russia']);
  });

  it('styles the head of the Progressive Socialist Party its President', () => {
    expect(roles('واستقبل الوزير رئيس الحزب التقدمي الاشتراكي وليد جنبلاط.', '2015-06-14')).toEqual(['Walid Jumblatt | President | Progressive Socialist Party']);
  });
});
