import { describe, expect, it } from 'vitest';
import { analyseText } from './helpers.ts';

const places = (body: string) =>
  analyseText(body)
    .x.entities.filter((e) => e.kind === 'LOCATION')
    .map((e) => e.nameAr);

describe('facilities', () => {
  it('names a facility by its noun and a proper name the dictionary does not know', () => {
    expect(places('وتطرق الاجتماع إلى تشغيل سد الروصيرص.')).toEqual(['سد الروصيرص']);
    expect(places('وتصدر الشحنات عبر ميناء جيهان.')).toEqual(['ميناء جيهان']);
    expect(places('وصل الوفد إلى مطار زفنتم الدولي صباحاً.')).toEqual(['مطار زفنتم الدولي']);
  });

  it('names an administrative division by its name alone (محافظة نينوى → نينوى)', () => {
    expect(places('زار الرئيس محافظة نينوى أمس.')).toEqual(['نينوى']);
    expect(places('ووصل الوفد إلى ولاية كسلا شرقي البلاد.')).toEqual(['كسلا']);
  });

  it('names an organisation by the proper name after its noun (مجموعة سيمنس → سيمنس), up to a common word', () => {
    const orgs = (body: string) => analyseText(body).x.entities.filter((e) => e.kind === 'ORGANIZATION').map((e) => e.nameAr);
    expect(orgs('وحضر الوزير توقيع صفقة مع مجموعة سيمنس لبناء محطات كهرباء.')).toEqual(['سيمنس']);
    expect(orgs('وقال بنك غولدمان ساكس إن الأسواق تراجعت.')).toEqual(['غولدمان ساكس']);
    expect(orgs('ووقعت الحكومة عقدا مع شركة النفط الوطنية.')).toEqual([]);
  });

  it('reads "إلى العاصمة المصرية" as the capital, but not when its name follows or elsewhere', () => {
    expect(places('وكان الوزير قد وصل إلى العاصمة المصرية مساء الاثنين.')).toEqual(['القاهرة']);
    expect(places('وصل الوزير إلى العاصمة الروسية موسكو أمس.')).toEqual(['موسكو']);
    expect(places('عقد المنتدى المنعقد في العاصمة الجزائرية جلسته.')).toEqual([]);
  });

  it('keeps the mention and its link method, and the clitics outside the name', () => {
    const { x } = analyseText('ونقلت المساعدات بميناء جيهان.');
    expect(x.mentions.map((m) => [m.text, m.method])).toEqual([['ميناء جيهان', 'NAME_PATTERN']]);
  });

  it('does not take a common noun for a name, and leaves a known place after the noun as the place', () => {
    expect(places('وزار الوزير مخيم اللاجئين ومحطة الكهرباء.')).toEqual([]);
    expect(places('وصل الوزير إلى مطار القاهرة الدولي.')).toEqual(['القاهرة']);
  });
});
