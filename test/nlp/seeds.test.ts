import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { MEETING_EVENT_KINDS } from '../../src/ontology/kinds.ts';
import { extract } from '../../src/nlp/pipeline.ts';
import type { Extraction } from '../../src/nlp/types.ts';

interface ManifestArticle {
  file: string;
  publishedAt: string;
}
const manifest = JSON.parse(readFileSync(new URL('../../seeds/manifest.json', import.meta.url), 'utf8')) as {
  articles: ManifestArticle[];
};

function run(prefix: string): { body: string; x: Extraction } {
  const article = manifest.articles.find((a) => a.file.startsWith(prefix))!;
  const body = readFileSync(new URL(`../../seeds/articles/${article.file}`, import.meta.url), 'utf8');
  return { body, x: extract({ body, publishedAt: article.publishedAt }) };
}

function nameOf(x: Extraction, key: string): string {
  return x.entities.find((e) => e.key === key)!.nameEn;
}

/** Unordered person pairs of events that happened (meeting, call, press conference, summit). */
function metPairs(x: Extraction): string[] {
  const pairs = new Set<string>();
  for (const e of x.events) {
    if (e.status !== 'OCCURRED' || !MEETING_EVENT_KINDS.includes(e.kind)) continue;
    const people = e.participants.filter((p) => x.entities.find((en) => en.key === p.entityKey)!.kind === 'PERSON');
    for (let i = 0; i < people.length; i++) {
      for (let j = i + 1; j < people.length; j++) {
        pairs.add([nameOf(x, people[i]!.entityKey), nameOf(x, people[j]!.entityKey)].sort().join(' – '));
      }
    }
  }
  return [...pairs].sort();
}

function eventsBetween(x: Extraction, a: string, b: string) {
  return x.events.filter((e) => {
    const names = e.participants.map((p) => nameOf(x, p.entityKey));
    return names.includes(a) && names.includes(b);
  });
}

describe('seed articles', () => {
  it('000: Blinken met Khalid bin Salman and phoned Isaac Herzog', () => {
    const { x } = run('000');
    expect(metPairs(x)).toEqual(['Antony Blinken – Isaac Herzog', 'Antony Blinken – Khalid bin Salman']);
    const meeting = eventsBetween(x, 'Antony Blinken', 'Khalid bin Salman').find((e) => e.status === 'OCCURRED')!;
    expect(meeting.kind).toBe('MEETING');
    expect(meeting.date).toBe('2023-11-02');
    const call = eventsBetween(x, 'Antony Blinken', 'Isaac Herzog').find((e) => e.status === 'OCCURRED')!;
    expect(call.kind).toBe('CALL');
    expect(call.date).toBe('2023-11-01');
  });

  it('004: a joint press conference with Sameh Shoukry and a meeting with el-Sisi in Cairo', () => {
    const { x } = run('004');
    expect(metPairs(x)).toEqual(['Abdel Fattah el-Sisi – Antony Blinken', 'Antony Blinken – Sameh Shoukry']);
    const conference = eventsBetween(x, 'Antony Blinken', 'Sameh Shoukry')[0]!;
    expect(conference.kind).toBe('PRESS_CONFERENCE');
    expect(nameOf(x, conference.locationKey!)).toBe('Cairo');
    const meeting = eventsBetween(x, 'Antony Blinken', 'Abdel Fattah el-Sisi')[0]!;
    expect(meeting.kind).toBe('MEETING');
    expect(meeting.date).toBe('2024-03-21');
  });

  it.each(['001', '002', '003'])('%s: reports no meeting that happened', (prefix) => {
    expect(metPairs(run(prefix).x)).toEqual([]);
  });

  it.each(['000', '001', '003'])('%s: the meeting with Netanyahu is planned, never occurred', (prefix) => {
    const meetings = eventsBetween(run(prefix).x, 'Antony Blinken', 'Benjamin Netanyahu');
    expect(meetings.length).toBeGreaterThan(0);
    for (const m of meetings) expect(m.status).toBe('PLANNED');
  });

  it('extracts nothing from the boilerplate tail', () => {
    for (const prefix of ['001', '002', '004']) {
      const { x } = run(prefix);
      expect(x.boilerplateFrom).not.toBeNull();
      for (const m of x.mentions) expect(m.end).toBeLessThanOrEqual(x.boilerplateFrom!);
    }
    expect(run('002').x.boilerplateFrom).toBe(run('002').body.indexOf('المصدر: السومرية'));
  });

  it('every offset points into the original body', () => {
    for (const a of manifest.articles) {
      const { body, x } = run(a.file.slice(0, 3));
      for (const m of x.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
      for (const s of x.sentences) expect(body.slice(s.start, s.end)).toBe(s.text);
      for (const e of x.events) {
        expect(body.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.quote);
        expect(body.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      }
      for (const r of x.roles) expect(body.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.quote);
    }
  });

  it('states the roles with their affiliations', () => {
    const { x } = run('000');
    const roles = x.roles.map((r) => `${nameOf(x, r.personKey)} | ${r.title} | ${r.affiliationKey ? nameOf(x, r.affiliationKey) : '-'}`);
    expect(roles).toEqual(
      expect.arrayContaining([
        'Antony Blinken | Secretary of State | United States',
        'Matthew Miller | spokesperson | United States Department of State',
        'Benjamin Netanyahu | Prime Minister | Israel',
        'Khalid bin Salman | Minister of Defense | Saudi Arabia',
        'Isaac Herzog | President | Israel',
        'John Kirby | spokesperson | United States National Security Council',
      ]),
    );
  });
});
