import { describe, expect, it } from 'vitest';
import { notNameWord } from '../../src/nlp/names.ts';
import { extract } from '../../src/nlp/pipeline.ts';
import { analyseText } from './helpers.ts';

/** Hand-written sentences for where a person's name ends and when two records are one person. */
function persons(body: string, withTagger = false): string[] {
  const x = withTagger ? extract({ body, publishedAt: '2021-03-10' }) : analyseText(body, '2021-03-10').x;
  return x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr).sort();
}

function wordAt(body: string, word: string) {
  const { doc } = analyseText(body);
  return doc.tokens.find((t) => t.text === word)!;
}

describe('name extent: verbs and verbal nouns end a name', () => {
  it('reads verb and verbal-noun shapes as non-name words', () => {
    const body = 'الوزيران يلتقيان غدا ويستقبل الأمير الضيوف وتتعلق الرسالة بتقدير الجهود بحضور المسؤولين.';
    for (const w of ['يلتقيان', 'ويستقبل', 'وتتعلق', 'بحضور']) expect(notNameWord(wordAt(body, w)), w).toBe(true);
    expect(notNameWord(wordAt('نقل الأمير تقدير الملك', 'تقدير'))).toBe(true);
  });

  it('keeps name words, even ones starting like a verb', () => {
    expect(notNameWord(wordAt('استقبل الأمير تميم الوفد', 'تميم'))).toBe(false);
    expect(notNameWord(wordAt('وقال الرئيس يوسف نادر', 'يوسف'))).toBe(false);
  });

  it('does not take the verb or noun after a titled name into the name', () => {
    expect(persons('وأكد الرئيس فارس حرص بلاده على دعم الحوار.')).toEqual(['فارس']);
    expect(persons('ونقل الوزير ماهر تقدير حكومته للجهود المبذولة.')).toEqual(['ماهر']);
    expect(persons('وقال المبعوث الخاص كريم زيداني بحضور السفراء إن الحل سياسي.')).toEqual(['كريم زيداني']);
    expect(persons('وكان الرئيس عادل ناصري يستقبل الوفود في القصر.')).toEqual(['عادل ناصري']);
  });

  it('drops the tagger person that is only a title, and the verb after a tagged name', () => {
    const names = persons('وصل ولي العهد إلى العاصمة أمس، فيما يلتقي الوزيران الأسبوع المقبل.', true);
    expect(names).not.toContain('ولي العهد');
  });
});

describe('one person, one record', () => {
  it('merges "الرئيس <surname>" into the one fuller name that ends with it', () => {
    expect(persons('استقبل رئيس الوزراء وليد سليم، أمس، الوفد الزائر. وقال الرئيس سليم إن المحادثات مثمرة.')).toEqual(['وليد سليم']);
  });

  it('keeps a one-word name apart from a fuller name where it is a patronymic', () => {
    const names = persons('استقبل الأمير خالد بن سلمان الوفد. وقال الملك سلمان إن العلاقات متينة.');
    expect(names.filter((n) => n.endsWith('سلمان')).length).toBeGreaterThanOrEqual(1);
    expect(names).not.toEqual(['خالد بن سلمان']);
  });
});

describe('name extent: European name particles', () => {
  it('reads an unknown first name before a particle and stops after the surname', () => {
    expect(persons('وبحث وزير الخارجية التركي هاكان فيدان مع المبعوث الأممي ماركوس دي ليونه الأوضاع في المنطقة.')).toContain('ماركوس دي ليونه');
  });
});

describe('known persons named with their father\'s name', () => {
  it('reads "X بن Y <surname>" as the known person "X <surname>"', () => {
    const { x } = analyseText('وقال وزير الخارجية الأردني أيمن بن حسين الصفدي إن الحوار ضروري.', '2021-03-10');
    const people = x.entities.filter((e) => e.kind === 'PERSON');
    expect(people.map((e) => e.nameEn)).toEqual(['Ayman Safadi']);
    expect(x.roles.map((r) => r.title)).toContain('Minister of Foreign Affairs');
  });
});

describe('trimming a common noun read into a name', () => {
  it('keeps a surname ending in ة before a function word', () => {
    expect(persons('وكان وزير الطاقة الجزائري كمال بوطالبة قد أعلن أمس عن خطة جديدة.', true)).toContain('كمال بوطالبة');
  });

  it('trims a noun that heads a construct with the next word', () => {
    expect(persons('وعقد وزير الخارجية الأردني هاني قاسم جلسة مباحثات مع الوفد الزائر.', true)).toEqual(['هاني قاسم']);
  });
});

describe('particles before title words', () => {
  it('keeps a title word after ولد/عبد inside the name: "محمد ولد الشيخ سالم"', () => {
    const { x } = analyseText('قال المبعوث الأممي محمد ولد الشيخ سالم إن المحادثات مستمرة.');
    expect(x.entities.filter((e) => e.kind === 'PERSON').map((e) => e.nameAr)).toEqual(['محمد ولد الشيخ سالم']);
  });

  it('reads a first name after و and a person as a second person when a surname follows it', () => {
    expect(persons('وأعلن أن الرئيسين المشتركين للجنة أحمد الكزبري وهادي البحرة سيلتقيان قريباً.', true)).toEqual(['أحمد الكزبري', 'هادي البحرة']);
    // a common noun after the first name is not a surname: "وسلام المنطقة"
    expect(persons('وقال وزير الخارجية الجزائري أحمد عطاف وسلام المنطقة أولوية.', true)).toEqual(['أحمد عطاف']);
  });

  it('reads "صباح الجمعة" after a title as the time, not a person named صباح', () => {
    expect(persons('واستقبل الرئيس النيجري محمدو يوسفو الوزير الفرنسي صباح الجمعة في القصر الرئاسي.', true)).toEqual(['محمدو يوسفو']);
    expect(persons('وقال أمير الكويت الشيخ صباح الأحمد إن', true)).toEqual(['صباح الأحمد الجابر الصباح']);
  });

  it('does not read the name after "فيروس" or "لقاح" as a person ("فيروس كورونا")', () => {
    expect(persons('وبحث الجانبان تداعيات انتشار فيروس كورونا المستجد في المنطقة.', true)).toEqual([]);
  });

  it('does not start a name with a verb the triggers list, even one spelled like a name ("، جرى خلاله")', () => {
    expect(
      persons('وتلقى الوزير اتصالاً هاتفياً من الشيخ محمد صباح السالم الصباح نائب رئيس مجلس الوزراء وزير الخارجية بدولة الكويت، جرى خلاله تبادل وجهات النظر.', true),
    ).toEqual(['محمد صباح السالم الصباح']);
  });
});
