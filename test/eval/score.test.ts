import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GoldFormatError, goldWarnings, loadGold, parseGold } from '../../src/eval/gold.ts';
import type { GoldArticle, GoldFile } from '../../src/eval/gold.ts';
import type { ArticlePrediction, PredictedEntity, PredictedEvent, PredictedRole } from '../../src/eval/prediction.ts';
import { formatReport } from '../../src/eval/report.ts';
import { derivePredictedPairs, roleKey, scoreAll, scoreArticle, toScore } from '../../src/eval/score.ts';
import type { Score } from '../../src/eval/score.ts';

// ---- hand-built gold (not the seed gold) -----------------------------------------------------

type Kind = 'PERSON' | 'ORGANIZATION' | 'LOCATION';

const ent = (type: Kind, name_en: string, name_ar: string, aliases_en: string[] = [], aliases_ar: string[] = []) => ({
  type,
  name_en,
  name_ar,
  aliases_en,
  aliases_ar,
});

const ENTITIES = [
  ent('PERSON', 'Antony Blinken', 'أنتوني بلينكن', ['Blinken'], ['بلينكن']),
  ent('PERSON', 'Isaac Herzog', 'إسحاق هرتسوج', ['Herzog']),
  ent('PERSON', 'Sameh Shoukry', 'سامح شكري'),
  ent('PERSON', 'Matthew Miller', 'ماثيو ميلر'),
  ent('LOCATION', 'Cairo', 'القاهرة'),
  ent('LOCATION', 'Egypt', 'مصر'),
  ent('LOCATION', 'Jordan', 'الأردن'),
  ent('LOCATION', 'United States', 'الولايات المتحدة', ['USA']),
  ent('ORGANIZATION', 'G7', 'مجموعة السبع'),
  ent('ORGANIZATION', 'United States Department of State', 'وزارة الخارجية الأمريكية', ['State Department']),
];

const SCORED = ['MEETING', 'CALL', 'VISIT', 'PRESS_CONFERENCE'];

/** Builds a gold file through parseGold, so every hand-built fixture is itself valid gold. */
function goldFile(articles: Partial<GoldArticle>[]): GoldFile {
  return parseGold({
    version: 1,
    about: 'test gold',
    scored_event_types: SCORED,
    articles: articles.map((a, i) => ({
      file: `a${i}.txt`,
      published: '2023-11-02',
      boilerplate_from: null,
      entities: ENTITIES,
      optional_entities: [ent('ORGANIZATION', 'Reuters', 'رويترز')],
      events: [],
      met_pairs: [],
      roles: [],
      ...a,
    })),
  });
}

const article = (a: Partial<GoldArticle>): GoldArticle => goldFile([a]).articles[0]!;

const goldEvent = (
  type: string,
  participants_en: string[],
  location_en: string | null,
  date: string | null,
  planned: boolean,
) => ({ type, participants_en, location_en, date, planned, evidence_ar: '' }) as GoldArticle['events'][number];

// ---- predictions ---------------------------------------------------------------------------

const pe = (type: Kind, nameEn: string, nameAr = '', aliasesEn: string[] = [], aliasesAr: string[] = []): PredictedEntity => ({
  type,
  nameEn,
  nameAr,
  aliasesEn,
  aliasesAr,
});
const person = (nameEn: string, nameAr = ''): PredictedEntity => pe('PERSON', nameEn, nameAr);
const BLINKEN = person('Antony Blinken');
const HERZOG = person('Isaac Herzog');
const SHOUKRY = person('Sameh Shoukry');

const ev = (
  type: string,
  participants: PredictedEntity[],
  date: string | null,
  status: PredictedEvent['status'] = 'OCCURRED',
  location: PredictedEntity | null = null,
): PredictedEvent => ({ type, participants, location, date, status });

const prediction = (file: string, p: Partial<ArticlePrediction>): ArticlePrediction => ({
  file,
  entities: [],
  events: [],
  roles: [],
  ...p,
});

/** Misses or false alarms of one category ('event', 'met_pair', 'role', 'entity'). */
const of = (category: string, list: string[]): string[] => list.filter((m) => m.startsWith(`${category} `));

const counts = (s: Score) => ({ tp: s.tp, fp: s.fp, fn: s.fn });

function expectScore(s: Score, tp: number, fp: number, fn: number, precision: number, recall: number, f1: number): void {
  expect(counts(s)).toEqual({ tp, fp, fn });
  expect(s.precision).toBeCloseTo(precision, 10);
  expect(s.recall).toBeCloseTo(recall, 10);
  expect(s.f1).toBeCloseTo(f1, 10);
}

// ---- tests ---------------------------------------------------------------------------------

describe('score conventions', () => {
  it('defines precision, recall and f1 at the edges', () => {
    expect(toScore({ tp: 0, fp: 0, fn: 0 })).toEqual({ precision: 1, recall: 1, f1: 1, tp: 0, fp: 0, fn: 0 });
    expect(toScore({ tp: 0, fp: 0, fn: 2 })).toEqual({ precision: 0, recall: 0, f1: 0, tp: 0, fp: 0, fn: 2 });
    expect(toScore({ tp: 0, fp: 3, fn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0, tp: 0, fp: 3, fn: 0 });
    expectScore(toScore({ tp: 1, fp: 1, fn: 3 }), 1, 1, 3, 0.5, 0.25, 1 / 3);
  });
});

describe('entities', () => {
  const gold = article({
    entities: [ENTITIES[0]!, ENTITIES[1]!, ENTITIES[4]!, ENTITIES[5]!, ENTITIES[8]!], // Blinken, Herzog, Cairo, Egypt, G7
  });
  const result = scoreArticle(
    gold,
    prediction('a0.txt', {
      entities: [
        person('blinken'), // English alias, case-insensitive
        pe('PERSON', '', 'اسحاق هرتسوج'), // hamza variant إ → ا, Arabic name only
        pe('LOCATION', '', 'القاهره'), // ta-marbuta ة → ه
        pe('PERSON', 'Egypt'), // wrong type: no credit, and Egypt stays missed
        pe('ORGANIZATION', 'Reuters'), // optional: neither credited nor penalised
        person('Antony Blinken'), // second prediction of an already matched entity: one-to-one
      ],
    }),
    SCORED,
  );

  it('matches one-to-one by English or normalised Arabic names, with types', () => {
    expectScore(result.entities, 3, 2, 2, 0.6, 0.6, 0.6);
    expect(result.misses).toEqual(['entity LOCATION Egypt', 'entity ORGANIZATION G7']);
    expect(result.false_alarms).toEqual(['entity PERSON Egypt', 'entity PERSON Antony Blinken']);
  });

  it('reports per-type counts in the overall result', () => {
    const all = scoreAll(
      goldFile([{ entities: gold.entities }]),
      [prediction('a0.txt', { entities: [person('blinken'), pe('PERSON', '', 'اسحاق هرتسوج'), pe('LOCATION', '', 'القاهره'), pe('PERSON', 'Egypt'), pe('ORGANIZATION', 'Reuters'), person('Antony Blinken')] })],
    );
    const t = all.overall.entities_by_type;
    expectScore(t.PERSON, 2, 2, 0, 0.5, 1, 2 / 3);
    expectScore(t.LOCATION, 1, 0, 1, 1, 0.5, 2 / 3);
    expectScore(t.ORGANIZATION, 0, 0, 1, 0, 0, 0);
  });

  it('does not let empty names match each other', () => {
    const g = article({ entities: [ent('PERSON', 'Antony Blinken', 'أنتوني بلينكن')] });
    const r = scoreArticle(g, prediction('a0.txt', { entities: [pe('PERSON', '', '')] }), SCORED);
    expect(counts(r.entities)).toEqual({ tp: 0, fp: 1, fn: 1 });
  });
});

describe('events', () => {
  const CALL = goldEvent('CALL', ['Antony Blinken', 'Isaac Herzog'], null, '2023-11-01', false);
  const VISIT = goldEvent('VISIT', ['Antony Blinken'], 'Jordan', '2023-11-03', true);
  const score = (g: GoldArticle['events'][number], p: PredictedEvent) =>
    scoreArticle(article({ events: [g] }), prediction('a0.txt', { events: [p] }), SCORED);

  it.each([
    ['the same event', ev('CALL', [HERZOG, BLINKEN], '2023-11-01')],
    ['a date one day off', ev('CALL', [BLINKEN, HERZOG], '2023-11-02')],
    ['an extra non-person participant', ev('CALL', [BLINKEN, HERZOG, pe('ORGANIZATION', 'G7')], '2023-10-31')],
    ['a participant named in Arabic only', ev('CALL', [BLINKEN, person('', 'اسحاق هرتسوج')], '2023-11-01')],
    ['a repeated participant', ev('CALL', [BLINKEN, HERZOG, person('isaac herzog')], '2023-11-01')],
  ])('matches %s', (_, p) => {
    const r = score(CALL, p);
    expectScore(r.events, 1, 0, 0, 1, 1, 1);
  });

  it.each([
    ['a wrong type', ev('MEETING', [BLINKEN, HERZOG], '2023-11-01')],
    ['planned against occurred', ev('CALL', [BLINKEN, HERZOG], '2023-11-01', 'PLANNED')],
    ['a date two days off', ev('CALL', [BLINKEN, HERZOG], '2023-11-03')],
    ['a missing date against a gold date', ev('CALL', [BLINKEN, HERZOG], null)],
    ['an extra person', ev('CALL', [BLINKEN, HERZOG, SHOUKRY], '2023-11-01')],
    ['a missing person', ev('CALL', [BLINKEN], '2023-11-01')],
    ['a person typed as an organisation', ev('CALL', [BLINKEN, pe('ORGANIZATION', 'Isaac Herzog')], '2023-11-01')],
  ])('misses %s', (_, p) => {
    const r = score(CALL, p);
    expectScore(r.events, 0, 1, 1, 0, 0, 0);
    expect(of('event', r.misses)).toEqual(['event CALL [Antony Blinken, Isaac Herzog] 2023-11-01 occurred']);
  });

  it('checks the location of a VISIT', () => {
    const right = score(VISIT, ev('VISIT', [BLINKEN], '2023-11-03', 'PLANNED', pe('LOCATION', '', 'الاردن')));
    expectScore(right.events, 1, 0, 0, 1, 1, 1);
    const wrong = score(VISIT, ev('VISIT', [BLINKEN], '2023-11-03', 'PLANNED', pe('LOCATION', 'Egypt')));
    expectScore(wrong.events, 0, 1, 1, 0, 0, 0);
    expect(of('event', wrong.misses)).toEqual(['event VISIT [Antony Blinken] in Jordan 2023-11-03 planned']);
    expect(of('event', wrong.false_alarms)).toEqual(['event VISIT [Antony Blinken] in Egypt 2023-11-03 planned']);
    const none = score(VISIT, ev('VISIT', [BLINKEN], '2023-11-03', 'PLANNED', null));
    expect(counts(none.events)).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('ignores location for kinds other than VISIT and accepts any date when gold has none', () => {
    const meeting = goldEvent('MEETING', ['Antony Blinken', 'G7'], 'Cairo', null, true);
    const r = score(meeting, ev('MEETING', [BLINKEN], '2030-01-01', 'PLANNED', pe('LOCATION', 'Jordan')));
    expectScore(r.events, 1, 0, 0, 1, 1, 1);
    const undated = score(meeting, ev('MEETING', [BLINKEN], null, 'PLANNED'));
    expect(counts(undated.events)).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('leaves NEGATED predictions and unscored kinds out', () => {
    const r = scoreArticle(
      article({ events: [CALL, goldEvent('STATEMENT', ['Antony Blinken'], null, '2023-11-01', false)] }),
      prediction('a0.txt', {
        events: [ev('CALL', [BLINKEN, HERZOG], '2023-11-01', 'NEGATED'), ev('STATEMENT', [SHOUKRY], '2023-11-01')],
      }),
      SCORED,
    );
    expectScore(r.events, 0, 0, 1, 0, 0, 0);
    expect(of('event', r.false_alarms)).toEqual([]);
  });

  it('finds the maximum one-to-one matching and counts a mixed article exactly', () => {
    const r = scoreArticle(
      article({
        events: [
          CALL,
          VISIT,
          goldEvent('CALL', ['Antony Blinken', 'Isaac Herzog'], null, '2023-11-02', false),
          goldEvent('PRESS_CONFERENCE', ['Antony Blinken', 'Sameh Shoukry'], 'Cairo', '2024-03-21', false),
        ],
      }),
      prediction('a0.txt', {
        events: [
          // fits both gold CALLs (11-01 and 11-02): must take 11-02 so the next one can take 11-01
          ev('CALL', [BLINKEN, HERZOG], '2023-11-02'),
          ev('CALL', [BLINKEN, HERZOG], '2023-10-31'),
          ev('VISIT', [BLINKEN], '2023-11-03', 'PLANNED', pe('LOCATION', 'Egypt')),
          ev('PRESS_CONFERENCE', [BLINKEN, SHOUKRY, HERZOG], '2024-03-21'),
        ],
      }),
      SCORED,
    );
    expectScore(r.events, 2, 2, 2, 0.5, 0.5, 0.5);
    expect(of('event', r.misses)).toEqual([
      'event VISIT [Antony Blinken] in Jordan 2023-11-03 planned',
      'event PRESS_CONFERENCE [Antony Blinken, Sameh Shoukry] 2024-03-21 occurred',
    ]);
  });
});

describe('met pairs', () => {
  const SISI = person('Abdel Fattah el-Sisi');
  const events = [
    ev('CALL', [HERZOG, BLINKEN], '2023-11-01'), // Blinken – Herzog
    ev('MEETING', [BLINKEN, SHOUKRY], '2023-11-05', 'PLANNED'), // planned: no pair
    ev('PRESS_CONFERENCE', [person('antony  BLINKEN'), HERZOG, pe('ORGANIZATION', 'G7')], '2023-11-01'), // same pair again
    ev('SUMMIT', [BLINKEN, HERZOG, SISI], '2023-11-02'), // not a scored event type, but still gives pairs
    ev('MEETING', [BLINKEN, SHOUKRY], '2023-11-02', 'NEGATED'), // negated: no pair
    ev('VISIT', [BLINKEN, SHOUKRY], '2023-11-02'), // not a meeting kind
  ];

  it('derives unordered, de-duplicated pairs of persons from occurred meeting-like events', () => {
    const pairs = derivePredictedPairs(events).map(([a, b]) => `${a.nameEn} – ${b.nameEn}`);
    expect(pairs).toEqual([
      'Isaac Herzog – Antony Blinken',
      'Antony Blinken – Abdel Fattah el-Sisi',
      'Isaac Herzog – Abdel Fattah el-Sisi',
    ]);
  });

  it('matches them one-to-one against gold pairs in either order', () => {
    const r = scoreArticle(
      article({ met_pairs: [['Antony Blinken', 'Isaac Herzog'], ['Sameh Shoukry', 'Antony Blinken']] }),
      prediction('a0.txt', { events }),
      SCORED,
    );
    expectScore(r.met_pairs, 1, 2, 1, 1 / 3, 0.5, 0.4);
    expect(of('met_pair', r.misses)).toContain('met_pair Sameh Shoukry – Antony Blinken');
    expect(of('met_pair', r.false_alarms)).toContain('met_pair Antony Blinken – Abdel Fattah el-Sisi');
  });
});

describe('roles', () => {
  const gold = article({
    roles: [
      ['Antony Blinken', 'Secretary of State', 'United States'],
      ['Matthew Miller', 'spokesperson', 'United States Department of State'],
      ['Sameh Shoukry', 'Minister of Foreign Affairs', 'Egypt'],
      ['Isaac Herzog', 'President', null],
    ],
  });
  const role = (p: PredictedEntity, r: string, a: PredictedEntity | null): PredictedRole => ({ person: p, role: r, affiliation: a });

  it('matches person, title (with synonyms) and affiliation', () => {
    const r = scoreArticle(
      gold,
      prediction('a0.txt', {
        roles: [
          role(person('Blinken'), '  secretary of STATE ', pe('LOCATION', 'USA')),
          role(person('', 'ماثيو ميلر'), 'Spokesman', pe('ORGANIZATION', 'State Department')),
          role(SHOUKRY, 'Foreign Minister', pe('LOCATION', 'Jordan')), // wrong affiliation
          role(HERZOG, 'President', null), // null on both sides
          role(BLINKEN, 'Foreign Minister', pe('LOCATION', 'United States')), // Secretary of State is not a synonym
        ],
      }),
      SCORED,
    );
    expectScore(r.roles, 3, 2, 1, 0.6, 0.75, 2 / 3);
    expect(of('role', r.misses)).toEqual(['role Sameh Shoukry / Minister of Foreign Affairs / Egypt']);
    expect(of('role', r.false_alarms)).toEqual([
      'role Sameh Shoukry / Foreign Minister / Jordan',
      'role Antony Blinken / Foreign Minister / United States',
    ]);
  });

  it('requires both affiliations null or both matching', () => {
    const r = scoreArticle(gold, prediction('a0.txt', { roles: [role(HERZOG, 'President', pe('LOCATION', 'Egypt'))] }), SCORED);
    expect(counts(r.roles)).toEqual({ tp: 0, fp: 1, fn: 4 });
    const r2 = scoreArticle(gold, prediction('a0.txt', { roles: [role(SHOUKRY, 'Minister of Foreign Affairs', null)] }), SCORED);
    expect(counts(r2.roles)).toEqual({ tp: 0, fp: 1, fn: 4 });
  });

  it('keeps the synonym table small', () => {
    expect(roleKey('Spokeswoman')).toBe(roleKey('spokesperson'));
    expect(roleKey('Minister of Foreign Affairs')).toBe(roleKey('foreign minister'));
    expect(roleKey('Director-General')).toBe(roleKey('Director General'));
    expect(roleKey('Director General')).not.toBe(roleKey('Director'));
    expect(roleKey('Foreign Secretary')).toBe(roleKey('Minister of Foreign Affairs'));
    expect(roleKey('Secretary of State')).not.toBe(roleKey('Foreign Minister'));
  });
});

describe('scoreAll', () => {
  const gold = goldFile([
    { entities: [ENTITIES[0]!, ENTITIES[1]!], met_pairs: [['Antony Blinken', 'Isaac Herzog']] },
    { entities: [ENTITIES[2]!, ENTITIES[4]!], roles: [['Sameh Shoukry', 'Minister of Foreign Affairs', 'Egypt']] },
    { entities: [] },
  ]);

  it('micro-averages over articles and scores a missing prediction as all misses', () => {
    const result = scoreAll(gold, [
      prediction('a0.txt', { entities: [BLINKEN, person('Joe Biden')], events: [ev('CALL', [BLINKEN, HERZOG], '2023-11-01')] }),
      prediction('a2.txt', {}),
    ]);
    expect(Object.keys(result)).toEqual(['overall', 'articles']);
    expect(Object.keys(result.overall)).toEqual(['entities', 'entities_by_type', 'events', 'met_pairs', 'roles']);
    expect(Object.keys(result.articles[0]!)).toEqual(['file', 'entities', 'events', 'met_pairs', 'roles', 'misses', 'false_alarms']);
    expect(Object.keys(result.overall.entities)).toEqual(['precision', 'recall', 'f1', 'tp', 'fp', 'fn']);
    expect(result.articles.map((a) => a.file)).toEqual(['a0.txt', 'a1.txt', 'a2.txt']);

    // a0: tp 1 (Blinken), fp 1 (Biden), fn 1 (Herzog); a1: fn 2; a2: nothing either side
    expectScore(result.overall.entities, 1, 1, 3, 0.5, 0.25, 1 / 3);
    expectScore(result.articles[2]!.entities, 0, 0, 0, 1, 1, 1);
    // the CALL is not gold (no events), but it yields the gold met pair
    expectScore(result.overall.events, 0, 1, 0, 0, 0, 0);
    expectScore(result.overall.met_pairs, 1, 0, 0, 1, 1, 1);
    expectScore(result.overall.roles, 0, 0, 1, 0, 0, 0);
    expect(result.articles[1]!.misses).toEqual([
      'entity PERSON Sameh Shoukry',
      'entity LOCATION Cairo',
      'role Sameh Shoukry / Minister of Foreign Affairs / Egypt',
    ]);
  });

  it('rejects predictions for files without gold, and duplicates', () => {
    expect(() => scoreAll(gold, [prediction('zzz.txt', {})])).toThrow(/zzz\.txt/);
    expect(() => scoreAll(gold, [prediction('a0.txt', {}), prediction('a0.txt', {})])).toThrow(/two predictions/);
  });

  it('formats a plain-text report', () => {
    const text = formatReport(scoreAll(gold, [prediction('a0.txt', { entities: [person('Joe Biden')] })]));
    expect(text).toContain('== a0.txt');
    expect(text).toContain('- entity PERSON Isaac Herzog');
    expect(text).toContain('+ entity PERSON Joe Biden');
    expect(text).toMatch(/== overall \(micro-averaged over 3 articles\)/);
    expect(text).toMatch(/PERSON\s+0\.000\s+0\.000\s+0\.000\s+0\s+1\s+3/);
  });
});

describe('gold format', () => {
  it('accepts the seed gold file', async () => {
    const gold = await loadGold(fileURLToPath(new URL('../fixtures/seeds.gold.json', import.meta.url)));
    expect(gold.articles.length).toBeGreaterThan(0);
    expect(gold.scored_event_types).toContain('VISIT');
    expect(goldWarnings(gold)).toEqual([]);
  });

  it('scores the seed gold, turned into a prediction, as perfect (the met-pair rule agrees with the gold)', async () => {
    const gold = await loadGold(fileURLToPath(new URL('../fixtures/seeds.gold.json', import.meta.url)));
    const predictions = gold.articles.map((a): ArticlePrediction => {
      const byName = new Map([...a.optional_entities, ...a.entities].map((e) => [e.name_en, e]));
      const toPredicted = (name: string): PredictedEntity => {
        const e = byName.get(name)!;
        return pe(e.type, e.name_en, e.name_ar, e.aliases_en, e.aliases_ar);
      };
      return {
        file: a.file,
        entities: a.entities.map((e) => toPredicted(e.name_en)),
        events: a.events.map((e) =>
          ev(e.type, e.participants_en.map(toPredicted), e.date, e.planned ? 'PLANNED' : 'OCCURRED', e.location_en === null ? null : toPredicted(e.location_en)),
        ),
        roles: a.roles.map(([p, r, aff]) => ({ person: toPredicted(p), role: r, affiliation: aff === null ? null : toPredicted(aff) })),
      };
    });
    const result = scoreAll(gold, predictions);
    for (const a of result.articles) {
      expect(a.misses).toEqual([]);
      expect(a.false_alarms).toEqual([]);
    }
    expect(result.overall.entities.f1).toBe(1);
    expect(result.overall.events.tp).toBeGreaterThan(0);
  });

  it('rejects a malformed file with a message naming the bad field', () => {
    const bad = {
      version: 1,
      about: '',
      scored_event_types: ['CALL'],
      articles: [
        {
          file: 'x.txt',
          published: '2023-11-02',
          boilerplate_from: null,
          entities: [ent('PERSON', 'A', 'ا')],
          optional_entities: [],
          events: [{ type: 'CALL', participants_en: ['A'], location_en: null, date: '2023-11-31', planned: 'yes', evidence_ar: '' }],
          met_pairs: [['A']],
          roles: [],
        },
      ],
    };
    let error: unknown;
    try {
      parseGold(bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GoldFormatError);
    const message = (error as Error).message;
    expect(message).toContain('articles[0].events[0].date');
    expect(message).toContain('articles[0].events[0].planned');
    expect(message).toContain('articles[0].met_pairs[0]');
  });

  it('reads what can be left out without ambiguity: missing lists, markers, locations, dates; timestamps by their day', () => {
    const warnings: string[] = [];
    const g = parseGold(
      {
        articles: [
          {
            file: 'x.txt',
            published: '2023-11-02T21:30:00+03:00',
            entities: [{ type: 'PERSON', name_en: 'A', name_ar: 'ا' }],
            events: [{ type: 'CALL', participants_en: ['A'] }],
            roles: [['A', 'President']],
          },
        ],
      },
      'gold',
      warnings,
    );
    expect(warnings).toEqual([]);
    expect(g.version).toBe(1);
    expect(g.scored_event_types).toEqual(['MEETING', 'CALL', 'VISIT', 'PRESS_CONFERENCE']);
    const a = g.articles[0]!;
    expect(a.published).toBe('2023-11-02');
    expect(a.boilerplate_from).toBeNull();
    expect(a.optional_entities).toEqual([]);
    expect(a.met_pairs).toEqual([]);
    expect(a.entities[0]).toEqual({ type: 'PERSON', name_en: 'A', name_ar: 'ا', aliases_ar: [], aliases_en: [] });
    expect(a.events[0]).toEqual({ type: 'CALL', participants_en: ['A'], location_en: null, date: null, planned: false, evidence_ar: '' });
    expect(a.roles).toEqual([['A', 'President', null]]);
  });

  it('leaves entities, events and scored types of unknown types out of scoring, with a warning each', async () => {
    const warnings: string[] = [];
    const g = parseGold(
      {
        version: 1,
        about: '',
        scored_event_types: ['CALL', 'INTERVIEW'],
        articles: [
          {
            file: 'x.txt',
            published: '2023-11-02',
            boilerplate_from: null,
            entities: [ent('PERSON', 'A', 'ا'), { type: 'MISC', name_en: 'Expo', name_ar: 'إكسبو', aliases_ar: [], aliases_en: [] }],
            optional_entities: [],
            events: [{ type: 'INTERVIEW', participants_en: ['A'], location_en: null, date: null, planned: false, evidence_ar: '' }],
            met_pairs: [],
            roles: [],
          },
        ],
      },
      'gold',
      warnings,
    );
    expect(g.scored_event_types).toEqual(['CALL']);
    expect(g.articles[0]!.entities.map((e) => e.name_en)).toEqual(['A']);
    expect(g.articles[0]!.events).toEqual([]);
    expect(warnings).toEqual([
      'scored_event_types[1]: "INTERVIEW" is not an event type of this project; left out',
      'x.txt: entities[1]: type "MISC" is not scored here; left out',
      'x.txt: events[0]: type "INTERVIEW" is not scored here; left out',
    ]);
    // A byte-order mark before the JSON is read past.
    const dir = await mkdtemp(join(tmpdir(), 'gold-'));
    const path = join(dir, 'bom.json');
    await writeFile(path, '\uFEFF' + JSON.stringify({ articles: [] }));
    expect((await loadGold(path)).articles).toEqual([]);
  });

  it('rejects duplicate files and non-JSON input', async () => {
    const one = goldFile([{}]);
    expect(() => parseGold({ ...one, articles: [one.articles[0], one.articles[0]] })).toThrow(/articles\[1\]\.file: duplicate file "a0\.txt"/);
    const dir = await mkdtemp(join(tmpdir(), 'gold-'));
    const path = join(dir, 'broken.json');
    await writeFile(path, '{ "version": 1,');
    await expect(loadGold(path)).rejects.toThrow(/not JSON/);
  });

  it('warns about names that no entity declares', () => {
    const g = goldFile([{ entities: [], roles: [['Nobody', 'President', null]] }]);
    expect(goldWarnings(g)).toEqual(['a0.txt: roles[0] person "Nobody" is not a declared entity']);
  });
});
