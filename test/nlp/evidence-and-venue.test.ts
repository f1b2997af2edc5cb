import { describe, expect, it } from 'vitest';
import { extract } from '../../src/nlp/pipeline.ts';

const name = (x: ReturnType<typeof extract>, key: string | null) => x.entities.find((e) => e.key === key)?.nameEn ?? null;

describe('meeting venue and evidence', () => {
  it('a place after a topic noun is what was discussed, not where the meeting was', () => {
    const x = extract({
      body: 'التقى الرئيس الفرنسي إيمانويل ماكرون العاهل الأردني الملك عبدالله الثاني أمس وبحثا الأوضاع في سوريا.',
      publishedAt: '2022-03-10',
    });
    const meeting = x.events.find((e) => e.kind === 'MEETING');
    expect(meeting).toBeDefined();
    expect(name(x, meeting!.locationKey)).toBeNull();
  });

  it('keeps a venue introduced by في', () => {
    const x = extract({ body: 'التقى الرئيس الفرنسي إيمانويل ماكرون الملك عبدالله الثاني في باريس أمس.', publishedAt: '2022-03-10' });
    expect(name(x, x.events.find((e) => e.kind === 'MEETING')!.locationKey)).toBe('Paris');
  });

  it('prefers the body sentence over the headline as evidence for the same meeting', () => {
    const body = [
      'ماكرون يبحث مع الملك عبدالله الثاني تطورات المنطقة',
      'بحث الرئيس الفرنسي إيمانويل ماكرون مع العاهل الأردني الملك عبدالله الثاني في باريس، اليوم الخميس، تطورات المنطقة.',
    ].join('\n');
    const x = extract({ body, publishedAt: '2022-03-10' });
    const meetings = x.events.filter((e) => e.kind === 'MEETING');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.evidence.quote).toMatch(/^بحث الرئيس الفرنسي/);
    expect(body.slice(meetings[0]!.evidence.start, meetings[0]!.evidence.end)).toBe(meetings[0]!.evidence.quote);
    expect(meetings[0]!.date).toBe('2022-03-10');
  });
});
