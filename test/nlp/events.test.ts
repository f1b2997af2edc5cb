import { describe, expect, it } from 'vitest';
import { analyseText, entityName } from './helpers.ts';

function events(body: string, publishedAt = '2024-03-21') {
  const { x } = analyseText(body, publishedAt);
  return x.events
    .filter((e) => e.kind !== 'STATEMENT')
    .map((e) => ({
      kind: e.kind,
      status: e.status,
      date: e.date,
      place: entityName(x, e.locationKey),
      who: e.participants.map((p) => `${entityName(x, p.entityKey)}/${p.role}`),
    }));
}

describe('events', () => {
  it('finds a meeting with subject after the verb and object after it (VSO)', () => {
    expect(events('التقى وزير الخارجية الأمريكي أنتوني بلينكن، صباح الخميس، الرئيس المصري عبد الفتاح السيسي في القاهرة.')).toEqual([
      { kind: 'MEETING', status: 'OCCURRED', date: '2024-03-21', place: 'Cairo', who: ['Antony Blinken/PARTICIPANT', 'Abdel Fattah el-Sisi/PARTICIPANT'] },
    ]);
  });

  it('gives host and guest roles to a reception', () => {
    expect(events('استقبل العاهل الأردني الملك عبد الله الثاني وزير الخارجية الإيراني عباس عراقجي في عمّان.', '2024-10-10')[0]!.who).toEqual([
      'Abdullah II/HOST',
      'Abbas Araghchi/GUEST',
    ]);
  });

  it('finds a phone call between caller and callee', () => {
    expect(events('أجرى الرئيس الفرنسي إيمانويل ماكرون اتصالًا هاتفيًا مع الرئيس الإيراني مسعود بزشكيان، الأربعاء.', '2024-08-02')).toEqual([
      { kind: 'CALL', status: 'OCCURRED', date: '2024-07-31', place: null, who: ['Emmanuel Macron/CALLER', 'Masoud Pezeshkian/CALLEE'] },
    ]);
  });

  it('makes one visit per destination', () => {
    expect(events('قال المتحدث إن الرئيس جو بايدن سيتوجه إلى الأردن وإسرائيل يوم الجمعة.', '2023-11-02').map((e) => `${e.kind} ${e.place} ${e.status} ${e.date}`)).toEqual([
      'VISIT Jordan PLANNED 2023-11-03',
      'VISIT Israel PLANNED 2023-11-03',
    ]);
  });

  it('lets both speakers of a joint press conference take part, and the G7 attend its meeting', () => {
    expect(events('وأضاف وزير الخارجية المصري سامح شكري في مؤتمر صحفي مشترك مع الرئيس جو بايدن بالقاهرة أن')[0]).toMatchObject({
      kind: 'PRESS_CONFERENCE',
      place: 'Cairo',
      who: ['Sameh Shoukry/PARTICIPANT', 'Joe Biden/PARTICIPANT'],
    });
    expect(events('ويتوجه الرئيس جو بايدن إلى اليابان لحضور اجتماع وزراء خارجية مجموعة السبع في طوكيو.')[1]).toMatchObject({
      kind: 'MEETING',
      place: 'Tokyo',
      who: ['Joe Biden/PARTICIPANT', 'G7/PARTICIPANT'],
    });
  });

  it('needs a partner for "ناقش" and ignores people in a relative clause', () => {
    expect(events('ناقش الرئيس جو بايدن الأوضاع في غزة.')).toEqual([]);
    expect(events('ومن المتوقع أن يلتقي الرئيس جو بايدن برئيس الوزراء الإسرائيلي بنيامين نتنياهو الذي كانت علاقاته متوترة مع أنتوني بلينكن.')[0]!.who).toEqual([
      'Joe Biden/PARTICIPANT',
      'Benjamin Netanyahu/PARTICIPANT',
    ]);
  });

  it('does not report what a speaker says in quotes as an event', () => {
    expect(events('وقال الرئيس جو بايدن "سنواصل تلك المحادثات مع شركائنا في المنطقة من أجل السلام".')).toEqual([]);
  });

  it('merges the headline and the body report of one meeting', () => {
    const body = 'بايدن يلتقي نتنياهو\nالتقى الرئيس جو بايدن رئيس الوزراء الإسرائيلي بنيامين نتنياهو في تل أبيب اليوم.';
    expect(events(body)).toHaveLength(1);
  });
});

describe('guests and summaries', () => {
  const body = [
    'موريتانيا وأوروبا: الهجرة والطاقة على الطاولة',
    '',
    'وصلت رئيسة المفوضية الأوروبية أورسولا فون دير لاين ورئيس الحكومة الإسبانية بيدرو سانشيز، صباح اليوم الخميس، إلى نواكشوط في زيارة رسمية.',
    '',
    'واستقبل الرئيس الموريتاني محمد ولد الغزواني الضيفين في القصر الرئاسي.',
    '',
    'وكان الرئيس ولد الغزواني قد بحث مع بيدرو سانشيز، في اتصال هاتفي الشهر الماضي، التحضيرات لهذه الزيارة.',
  ].join('\n');

  it('reads "الضيفين" as all the visitors of the latest visit, in one meeting that a later phone call does not split', () => {
    const meetings = events(body, '2024-02-08').filter((e) => e.kind === 'MEETING');
    expect(meetings).toEqual([
      {
        kind: 'MEETING',
        status: 'OCCURRED',
        date: '2024-02-08',
        place: null,
        who: ['Mohamed Ould Ghazouani/HOST', 'Ursula von der Leyen/GUEST', 'Pedro Sánchez/GUEST'],
      },
    ]);
  });
});

describe('reported speech', () => {
  it('gives a verb with no subject in reported speech the reported clause\'s subject, not the speaker', () => {
    const meetings = events(
      'عنوان\n\nوأوضح مساعد الرئيس الروسي يوري أوشاكوف للصحفيين أن بوتين سيعقد على هامش القمة لقاءات ثنائية، كما سيلتقي المرشد الإيراني علي خامنئي.',
      '2022-07-12',
    ).filter((e) => e.kind === 'MEETING');
    const withKhamenei = meetings.filter((e) => e.who.some((w) => w.startsWith('Ali Khamenei')));
    expect(withKhamenei.map((e) => e.who.map((w) => w.split('/')[0]).sort().join(' + '))).toEqual(['Ali Khamenei + Vladimir Putin']);
  });
});

describe('attendees named after the meeting', () => {
  it('adds everyone "وحضر اللقاء" names, over commas, to the meeting told before, with no meeting of its own', () => {
    const meetings = events(
      'استقبل العاهل الأردني الملك عبدالله الثاني الرئيس الفرنسي إيمانويل ماكرون في عمان.\n\nوحضر اللقاء رئيس الوزراء بشر الخصاونة، ووزير الخارجية أيمن الصفدي.',
      '2023-05-10',
    ).filter((e) => e.kind === 'MEETING');
    expect(meetings.map((e) => e.who.map((w) => w.split('/')[0]).sort())).toEqual([
      ['Abdullah II', 'Ayman Safadi', 'Bisher Al-Khasawneh', 'Emmanuel Macron'],
    ]);
  });
});

describe('the honoured person of the story', () => {
  it('reads "سموه" as the person the story is about ("كما أجرى سموه اتصالاً هاتفياً مع X")', () => {
    const calls = events(
      'تلقى ولي عهد أبوظبي الشيخ محمد بن زايد آل نهيان اتصالاً هاتفياً أمس من الرئيس السوري بشار الأسد.\n\nكما أجرى سموه اتصالاً هاتفياً مع رئيس الوزراء البريطاني بوريس جونسون.',
      '2020-03-28',
    ).filter((e) => e.kind === 'CALL');
    expect(calls.map((e) => e.who.map((w) => w.split('/')[0]).sort())).toEqual([
      ['Bashar al-Assad', 'Mohamed bin Zayed'],
      ['Boris Johnson', 'Mohamed bin Zayed'],
    ]);
  });
});

describe('honorifics and planned trips', () => {
  it('reads "جلالته" as the article\'s king, not the first person of the story', () => {
    const calls = events(
      'وصل الرئيس الفلسطيني محمود عباس إلى عمان اليوم.\n\nواستقبله العاهل الأردني الملك عبدالله الثاني في قصر الحسينية.\n\nوكان جلالته قد تلقى، الخميس الماضي، اتصالاً هاتفياً من وزير الخارجية الأميركي جون كيري.',
      '2014-03-10',
    ).filter((e) => e.kind === 'CALL');
    expect(calls.map((e) => e.who.map((w) => w.split('/')[0]).sort())).toEqual([['Abdullah II', 'John Kerry']]);
  });

  it('gives "حيث يلتقي X" after a planned trip the trip\'s status', () => {
    const meeting = events('ومن المقرر أن يتوجه الرئيس الفلسطيني محمود عباس الأسبوع المقبل إلى واشنطن، حيث يلتقي الرئيس الأميركي باراك أوباما.', '2014-03-10').find(
      (e) => e.kind === 'MEETING',
    );
    expect(meeting?.status).toBe('PLANNED');
  });
});

describe('dates in brackets', () => {
  it('reads the destination after a bracketed date ("اليوم الخميس (28 نيسان 2016)، إلى العاصمة بغداد")', () => {
    const visits = events('عنوان\n\nوصل نائب الرئيس الأميركي جو بايدن، اليوم الخميس (28 نيسان 2016)، إلى العاصمة بغداد في زيارة لم يعلن عنها مسبقاً.', '2016-04-28').filter(
      (e) => e.kind === 'VISIT',
    );
    expect(visits.map((e) => `${e.who.join(', ')} → ${e.place} ${e.date} ${e.status}`)).toEqual(['Joe Biden/VISITOR → Baghdad 2016-04-28 OCCURRED']);
  });
});

describe('the home country in the report\'s own words', () => {
  it('reads "وصل إلى البلاد" in a national agency\'s report as a visit to that country', () => {
    const visits = events('عنوان\n\nالمنامة - بنا\n\nوكان رئيس الوزراء اللبناني فؤاد السنيورة قد وصل إلى البلاد مساء الأحد.', '2006-09-11').filter((e) => e.kind === 'VISIT');
    expect(visits.map((e) => `${e.who.join(', ')} → ${e.place}`)).toEqual(['Fouad Siniora/VISITOR → Bahrain']);
    // a kingdom's agency says "المملكة" after a verb of travel; a visit noun naming it is left to the city named elsewhere
    const kingdom = events('عنوان\n\nالرياض - واس\n\nوصل رئيس الوزراء اللبناني فؤاد السنيورة إلى المملكة مساء الأحد.', '2006-09-11').filter((e) => e.kind === 'VISIT');
    expect(kingdom.map((e) => e.place)).toEqual(['Saudi Arabia']);
  });
});

describe("a visit named by the guest's pronoun", () => {
  it('gives "بمناسبة زيارته للبلاد" in a reception to the guest, not the host', () => {
    const visits = events('الكويت - استقبل أمير الكويت الشيخ صباح الأحمد، في قصر بيان ظهر أمس، رئيس وزراء العراق نوري المالكي، بمناسبة زيارته الرسمية للبلاد.', '2013-06-12').filter(
      (e) => e.kind === 'VISIT',
    );
    expect(visits.map((v) => v.who)).toEqual([['Nouri al-Maliki/VISITOR']]);
  });
});

describe('visit destinations', () => {
  it('takes no airport or palace where the visitor lands as the destination', () => {
    const visits = events('وكان ولي العهد قد وصل إلى الرياض صباح أمس، وكان في استقباله لدى وصوله إلى مطار الملك خالد الدولي الأمير فيصل بن فرحان.', '2019-12-10').filter(
      (e) => e.kind === 'VISIT',
    );
    expect(visits.map((v) => v.place)).toEqual(['Riyadh']);
  });
});

describe('a headline that names an event by a noun', () => {
  it('takes whether it happened, and when, from the body that tells it', () => {
    const body = 'الكرملين يعلن زيارة بوتين إلى طهران.. ولافروف يبحث الملف النووي\n\nأعلن الكرملين اليوم الثلاثاء أن الرئيس الروسي فلاديمير بوتين سيزور طهران في 19 يوليو الجاري.';
    const visits = events(body, '2022-07-12').filter((e) => e.kind === 'VISIT');
    expect(visits).toEqual([{ kind: 'VISIT', status: 'PLANNED', date: '2022-07-19', place: 'Tehran', who: ['Vladimir Putin/VISITOR'] }]);
  });
});

describe('returning', () => {
  it('is a visit to a place abroad, not to the traveller\'s own country', () => {
    const visits = (body: string) => events(body, '2022-12-14').filter((e) => e.kind === 'VISIT').map((e) => `${e.status} ${e.place}`);
    expect(visits('ويتوقع أن يعود الرئيس الفرنسي إيمانويل ماكرون إلى الدوحة يوم الأحد المقبل لمتابعة المباراة.')).toEqual(['PLANNED Doha']);
    expect(visits('وعاد الرئيس الفرنسي إيمانويل ماكرون إلى باريس مساء أمس.')).toEqual([]);
  });
});

describe('a plural office and its number', () => {
  it('makes "عقدها الوزراء الثلاثة" the three ministers of the article', () => {
    const body =
      'استقبل الرئيس التونسي الباجي قائد السبسي وزير الخارجية التونسي خميس الجهيناوي ووزير الخارجية الجزائري عبد القادر مساهل ووزير الخارجية المصري سامح شكري. وفي ندوة صحفية مشتركة عقدها الوزراء الثلاثة إثر اللقاء، أكد الجهيناوي دعم الحوار.';
    const conference = events(body, '2017-02-20').filter((e) => e.kind === 'PRESS_CONFERENCE');
    expect(conference.map((e) => e.who.map((w) => w.split('/')[0]).sort())).toEqual([['Abdelkader Messahel', 'Khamis al-Jahinawi', 'Sameh Shoukry']]);
  });
});
