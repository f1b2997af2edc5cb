import { validateArticle } from '../../src/ingest/article-input.ts';
import { writeArticle } from '../../src/ingest/ingest-article.ts';
import type { EntityKind, EventKind, EventStatus } from '../../src/ontology/kinds.ts';
import type { Extraction } from '../../src/nlp/types.ts';
import type { Db } from '../../src/storage/database.ts';

/** The entities of the hand-built graph: key → [kind, Arabic name, English name]. */
export const HAND_ENTITIES: Record<string, [EntityKind, string, string]> = {
  A: ['PERSON', 'أحمد الأول', 'Ahmad One'],
  B: ['PERSON', 'باسم الثاني', 'Basim Two'],
  C: ['PERSON', 'جمال الثالث', 'Jamal Three'],
  D: ['PERSON', 'داود الرابع', 'Dawud Four'],
  E: ['PERSON', 'عماد الخامس', 'Imad Five'],
  F: ['PERSON', 'فادي السادس', 'Fadi Six'],
  G: ['PERSON', 'غسان السابع', 'Ghassan Seven'],
  L: ['LOCATION', 'مدينة لام', 'Lam City'],
  O: ['ORGANIZATION', 'منظمة عين', 'Ain Organisation'],
};

interface HandArticle {
  outlet: string | null;
  publishedAt: string;
  events: { kind: EventKind; status: EventStatus; date: string; participants: string[]; location?: string }[];
  roles?: { person: string; affiliation: string; title: string }[];
}

/**
 * A small graph with known answers, written through writeArticle with hand-built extractions (no NLP):
 *   A–B met (reported by two outlets), B called C, C met A: a cycle A–B–C;
 *   A met G and C met G: two shortest paths B→G;
 *   C and D only PLANNED a meeting: D is reachable only through a planned edge;
 *   E met F: a component disconnected from the rest;
 *   A visited L; B holds an office at O.
 * Each article is one sentence naming the entities it involves.
 */
export const HAND_ARTICLES: HandArticle[] = [
  { outlet: 'Wire One', publishedAt: '2024-01-10', events: [{ kind: 'MEETING', status: 'OCCURRED', date: '2024-01-05', participants: ['A', 'B'] }] },
  { outlet: 'Wire Two', publishedAt: '2024-01-12', events: [{ kind: 'MEETING', status: 'OCCURRED', date: '2024-01-05', participants: ['A', 'B'] }] },
  {
    outlet: null,
    publishedAt: '2024-02-01',
    events: [
      { kind: 'CALL', status: 'OCCURRED', date: '2024-01-31', participants: ['B', 'C'] },
      { kind: 'MEETING', status: 'OCCURRED', date: '2024-02-01', participants: ['C', 'A'] },
    ],
  },
  { outlet: 'Wire One', publishedAt: '2024-03-01', events: [{ kind: 'MEETING', status: 'PLANNED', date: '2024-03-10', participants: ['C', 'D'] }] },
  { outlet: 'Wire One', publishedAt: '2024-03-02', events: [{ kind: 'MEETING', status: 'OCCURRED', date: '2024-03-02', participants: ['E', 'F'] }] },
  {
    outlet: 'Wire Two',
    publishedAt: '2024-04-02',
    events: [
      { kind: 'VISIT', status: 'OCCURRED', date: '2024-04-01', participants: ['A'], location: 'L' },
      { kind: 'MEETING', status: 'OCCURRED', date: '2024-04-01', participants: ['A', 'G'] },
    ],
  },
  {
    outlet: 'Wire Two',
    publishedAt: '2024-05-02',
    events: [{ kind: 'MEETING', status: 'OCCURRED', date: '2024-05-01', participants: ['C', 'G'] }],
    roles: [{ person: 'B', affiliation: 'O', title: 'Director' }],
  },
];

export async function writeHandGraph(db: Db): Promise<void> {
  for (const [i, a] of HAND_ARTICLES.entries()) {
    const keys = [
      ...new Set([
        ...a.events.flatMap((e) => [...e.participants, ...(e.location ? [e.location] : [])]),
        ...(a.roles ?? []).flatMap((r) => [r.person, r.affiliation]),
      ]),
    ];
    const body = `خبر ${i + 1}: ${keys.map((k) => HAND_ENTITIES[k]![1]).join(' و')}.`;
    const mentions = keys.map((k) => {
      const name = HAND_ENTITIES[k]![1];
      const start = body.indexOf(name);
      return { entityKey: k, start, end: start + name.length, text: name, sentenceIndex: 0, method: 'LEXICON_EXACT' as const, confidence: 1 };
    });
    const evidence = { sentenceIndex: 0, start: 0, end: body.length, quote: body };
    const extraction: Extraction = {
      boilerplateFrom: null,
      sentences: [{ index: 0, start: 0, end: body.length, text: body }],
      entities: keys.map((k) => {
        const [kind, nameAr, nameEn] = HAND_ENTITIES[k]!;
        return { key: k, kind, nameAr, nameEn, nameEnSource: 'LEXICON' as const, lexiconId: `hand:${k}`, aliases: [nameAr] };
      }),
      mentions,
      events: a.events.map((e, j) => ({
        key: `e${j}`,
        kind: e.kind,
        status: e.status,
        date: e.date,
        datePrecision: 'DAY' as const,
        locationKey: e.location ?? null,
        participants: e.participants.map((p) => ({ entityKey: p, role: 'PARTICIPANT' as const })),
        trigger: { start: 0, end: 3, text: body.slice(0, 3) },
        evidence,
      })),
      roles: (a.roles ?? []).map((r) => ({ personKey: r.person, affiliationKey: r.affiliation, title: r.title, titleAr: 'مدير', evidence })),
    };
    await writeArticle(db, validateArticle({ body, publishedAt: a.publishedAt, outlet: a.outlet }), extraction);
  }
}
