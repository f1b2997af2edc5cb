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
    expect(r.some((x) => /Haddad \| Minister of Foreign Affairs \| Syria/u.test(x))).toBe(true);
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
      'Abdullah bin Zayed | Minister of Foreign Affairs | United Arab Emirates',
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
    expect(x.roles.map((r) => `${x.entities.find((e) => e.key === r.personKey)?.nameAr} | ${r.title}`)).toEqual(['الأخضر الإبراهيمي | Envoy']);
  });

  it('gives "X والوفد المرافق له، الذي وصل" the visit of X', () => {
    const body = 'استقبل وزير الخارجية السوري فيصل المقداد أمس المبعوث الأممي غير بيدرسون والوفد المرافق له، الذي وصل إلى دمشق أول من أمس.';
    expect(events(body, '2021-10-11').filter((e) => e.startsWith('VISIT'))).toEqual([expect.stringMatching(/^VISIT OCCURRED 2021-10-09 Damascus \[Geir Pedersen\]$/u)]);
  });
});
