/**
 * Scores predicted extractions against gold annotations. Pure: no text, no database, no I/O.
 *
 * The rules are the same for every file (nothing here knows the seed articles):
 *
 * Names. A predicted entity matches a gold entity when the types agree and either some English name
 *   (nameEn, aliasesEn vs name_en, aliases_en) is equal ignoring case and runs of whitespace, or some
 *   Arabic name (nameAr, aliasesAr vs name_ar, aliases_ar) is equal after `foldName`. Empty names never
 *   match. Names used in gold events, met pairs and roles are resolved through the article's entities,
 *   then its optional_entities; a name declared in neither is compared by its English name alone and
 *   with no type check, and as an event participant it is kept as a person (see `goldWarnings`).
 * Entities. One-to-one maximum matching. Predictions left unmatched that match an optional entity are
 *   dropped (neither credited nor penalised); other unmatched predictions are false alarms, unmatched
 *   gold entities are misses. Per-type counts use the gold type for tp/fn and the predicted type for fp.
 * Events. Only types in scored_event_types, on both sides. NEGATED predictions are left out entirely:
 *   gold records only events that happened or are planned, so a negated event is neither a hit nor a
 *   false alarm. A pair matches when: the type is equal; planned agrees (PLANNED ↔ true, OCCURRED ↔
 *   false); the sets of PERSON participants are equal under the name rule (non-PERSON participants on
 *   either side, e.g. G7, are ignored; repeated persons count once); the date is within ±1 day (any
 *   predicted date, even null, when gold is null; null against a gold date fails); for VISIT the
 *   location matches (any when the gold location is null). Maximum-cardinality matching, with each gold
 *   event trying the closest dates first, so tp is the best achievable and ties lean to exact dates.
 * Met pairs. Derived from the prediction: every unordered pair of distinct PERSON participants of an
 *   OCCURRED event of a kind in MEETING_EVENT_KINDS (MEETING, CALL, PRESS_CONFERENCE, SUMMIT),
 *   whether or not that kind is a scored event type; the same pair from several events counts once.
 *   Matched one-to-one with the gold pairs, in either order.
 * Roles. Person matches by the name rule, role titles are equal after trimming, lower-casing and the
 *   small synonym table below, affiliation matches by the name rule or both are null. One-to-one.
 * Scores. precision = tp/(tp+fp), or when nothing was predicted 1 if nothing was expected else 0;
 *   recall likewise with tp+fn; f1 the harmonic mean (0 when both are 0). Overall scores are
 *   micro-averaged: tp, fp and fn are summed over articles before dividing.
 */
import { foldName } from '../nlp/normalise.ts';
import { ENTITY_KINDS, MEETING_EVENT_KINDS } from '../ontology/kinds.ts';
import type { EntityKind } from '../ontology/kinds.ts';
import type { GoldArticle, GoldEntity, GoldEvent, GoldFile } from './gold.ts';
import type { ArticlePrediction, PredictedEntity, PredictedEvent, PredictedRole } from './prediction.ts';

export interface Score {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

export interface ArticleResult {
  file: string;
  entities: Score;
  events: Score;
  met_pairs: Score;
  roles: Score;
  misses: string[];
  false_alarms: string[];
}

export interface EvalResult {
  overall: {
    entities: Score;
    entities_by_type: Record<EntityKind, Score>;
    events: Score;
    met_pairs: Score;
    roles: Score;
  };
  articles: ArticleResult[];
}

/**
 * Role titles treated as equal. Kept deliberately small: only spelling variants of one office.
 * 'Secretary of State' is not folded into 'foreign minister': it is the title the gold uses for the
 * US office, and merging offices would hide a wrong title.
 */
const ROLE_SYNONYMS: readonly (readonly string[])[] = [
  ['spokesperson', 'spokesman', 'spokeswoman'],
  // the UK's foreign minister is styled Foreign Secretary: one office, two spellings
  ['foreign minister', 'minister of foreign affairs', 'foreign secretary'],
  ['defense minister', 'minister of defense', 'defence minister', 'minister of defence'],
];

const ROLE_CANONICAL = new Map<string, string>(
  ROLE_SYNONYMS.flatMap((group) => group.map((title) => [title, group[0]!] as const)),
);

// ---------------------------------------------------------------------------------------------
// Counting

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

function add(into: Counts, c: Counts): void {
  into.tp += c.tp;
  into.fp += c.fp;
  into.fn += c.fn;
}

export function toScore({ tp, fp, fn }: Counts): Score {
  const precision = tp + fp === 0 ? (fn === 0 ? 1 : 0) : tp / (tp + fp);
  const recall = tp + fn === 0 ? (fp === 0 ? 1 : 0) : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, tp, fp, fn };
}

// ---------------------------------------------------------------------------------------------
// Names

/** The comparable form of an entity: its type (null when a gold name is undeclared) and name keys. */
interface NameKeys {
  type: EntityKind | null;
  en: Set<string>;
  ar: Set<string>;
  label: string;
}

const enKey = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase();

function keySet(names: readonly string[], key: (s: string) => string): Set<string> {
  const out = new Set<string>();
  for (const n of names) {
    const k = key(n);
    if (k !== '') out.add(k);
  }
  return out;
}

function predictedKeys(p: PredictedEntity): NameKeys {
  return {
    type: p.type,
    en: keySet([p.nameEn, ...p.aliasesEn], enKey),
    ar: keySet([p.nameAr, ...p.aliasesAr], foldName),
    label: p.nameEn.trim() || p.nameAr.trim(),
  };
}

function goldKeys(g: GoldEntity): NameKeys {
  return {
    type: g.type,
    en: keySet([g.name_en, ...g.aliases_en], enKey),
    ar: keySet([g.name_ar, ...g.aliases_ar], foldName),
    label: g.name_en,
  };
}

function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function namesMatch(a: NameKeys, b: NameKeys): boolean {
  if (a.type !== null && b.type !== null && a.type !== b.type) return false;
  return intersects(a.en, b.en) || intersects(a.ar, b.ar);
}

/** Resolves a gold name_en through the article's entities, then its optional entities. */
function goldResolver(article: GoldArticle): (nameEn: string) => NameKeys {
  const byName = new Map<string, GoldEntity>();
  for (const e of [...article.optional_entities, ...article.entities]) byName.set(e.name_en, e); // entities win
  return (nameEn) => {
    const e = byName.get(nameEn);
    return e ? goldKeys(e) : { type: null, en: keySet([nameEn], enKey), ar: new Set(), label: nameEn };
  };
}

const isPerson = (k: NameKeys): boolean => k.type === 'PERSON' || k.type === null;

/** Drops later entries that name the same entity as an earlier one. */
function dedupe(keys: readonly NameKeys[]): NameKeys[] {
  const out: NameKeys[] = [];
  for (const k of keys) if (!out.some((o) => namesMatch(o, k))) out.push(k);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Matching

/**
 * Maximum-cardinality bipartite matching by augmenting paths (Kuhn). candidates[l] lists the right
 * items left item l may take, most preferred first. Returns, for each left item, its right item or null.
 */
function maxMatching(candidates: readonly (readonly number[])[], nRight: number): (number | null)[] {
  const owner = new Array<number>(nRight).fill(-1);
  const augment = (l: number, seen: boolean[]): boolean => {
    for (const r of candidates[l]!) {
      if (seen[r]) continue;
      seen[r] = true;
      const current = owner[r]!;
      if (current === -1 || augment(current, seen)) {
        owner[r] = l;
        return true;
      }
    }
    return false;
  };
  candidates.forEach((_, l) => augment(l, new Array<boolean>(nRight).fill(false)));
  const byLeft = new Array<number | null>(candidates.length).fill(null);
  owner.forEach((l, r) => {
    if (l !== -1) byLeft[l] = r;
  });
  return byLeft;
}

/** Matches gold items to predicted items one-to-one; `cost` returns null for no match, lower is preferred. */
function matchItems<G, P>(
  gold: readonly G[],
  predicted: readonly P[],
  cost: (g: G, p: P) => number | null,
): { goldMatched: boolean[]; predMatched: boolean[] } {
  const candidates = gold.map((g) =>
    predicted
      .map((p, j) => ({ j, c: cost(g, p) }))
      .filter((x): x is { j: number; c: number } => x.c !== null)
      .sort((a, b) => a.c - b.c || a.j - b.j)
      .map((x) => x.j),
  );
  const byGold = maxMatching(candidates, predicted.length);
  const predMatched = new Array<boolean>(predicted.length).fill(false);
  for (const j of byGold) if (j !== null) predMatched[j] = true;
  return { goldMatched: byGold.map((j) => j !== null), predMatched };
}

/** Equal as sets under the name rule: same size and a perfect one-to-one matching. */
function sameEntitySet(a: readonly NameKeys[], b: readonly NameKeys[]): boolean {
  if (a.length !== b.length) return false;
  return matchItems(a, b, (x, y) => (namesMatch(x, y) ? 0 : null)).goldMatched.every(Boolean);
}

// ---------------------------------------------------------------------------------------------
// Dates

/** Days since the epoch for an ISO date (first 10 characters), or null when it is not a valid date. */
function dayNumber(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  // Date.UTC rolls 2023-02-30 over into March; reject instead of comparing a different day
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return null;
  return t / 86_400_000;
}

// ---------------------------------------------------------------------------------------------
// Labels for misses and false alarms

const entityLabel = (type: EntityKind, name: string): string => `entity ${type} ${name}`;

function eventLabel(type: string, participants: readonly string[], location: string | null, date: string | null, status: string): string {
  // location is shown for VISIT only, the one kind where it is compared
  const where = type === 'VISIT' && location !== null ? ` in ${location}` : '';
  return `event ${type} [${participants.join(', ')}]${where} ${date ?? 'undated'} ${status}`;
}

const pairLabel = (a: string, b: string): string => `met_pair ${a} – ${b}`;

const roleLabel = (person: string, role: string, affiliation: string | null): string =>
  `role ${person} / ${role} / ${affiliation ?? 'none'}`;

// ---------------------------------------------------------------------------------------------
// Per-category scoring

interface Part {
  counts: Counts;
  misses: string[];
  falseAlarms: string[];
}

function scoreEntities(gold: GoldArticle, predicted: readonly PredictedEntity[]): Part & { byType: Record<EntityKind, Counts> } {
  const g = gold.entities.map(goldKeys);
  const optional = gold.optional_entities.map(goldKeys);
  const p = predicted.map(predictedKeys);
  const { goldMatched, predMatched } = matchItems(g, p, (x, y) => (namesMatch(x, y) ? 0 : null));

  const counts = zero();
  const byType = Object.fromEntries(ENTITY_KINDS.map((k) => [k, zero()])) as Record<EntityKind, Counts>;
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  gold.entities.forEach((e, i) => {
    const c = byType[e.type];
    if (goldMatched[i]) {
      counts.tp++;
      c.tp++;
    } else {
      counts.fn++;
      c.fn++;
      misses.push(entityLabel(e.type, e.name_en));
    }
  });
  p.forEach((k, j) => {
    if (predMatched[j] || optional.some((o) => namesMatch(o, k))) return;
    counts.fp++;
    byType[predicted[j]!.type].fp++;
    falseAlarms.push(entityLabel(predicted[j]!.type, k.label));
  });
  return { counts, byType, misses, falseAlarms };
}

interface EventView {
  type: string;
  planned: boolean;
  persons: NameKeys[];
  location: NameKeys | null;
  day: number | null;
}

function scoreEvents(gold: GoldArticle, predicted: readonly PredictedEvent[], scored: ReadonlySet<string>): Part {
  const resolve = goldResolver(gold);
  const goldEvents = gold.events.filter((e) => scored.has(e.type));
  const predEvents = predicted.filter((e) => scored.has(e.type) && e.status !== 'NEGATED');

  const goldView = (e: GoldEvent): EventView => ({
    type: e.type,
    planned: e.planned,
    persons: dedupe(e.participants_en.map(resolve).filter(isPerson)),
    location: e.location_en === null ? null : resolve(e.location_en),
    day: e.date === null ? null : dayNumber(e.date),
  });
  const predView = (e: PredictedEvent): EventView => ({
    type: e.type,
    planned: e.status === 'PLANNED',
    persons: dedupe(e.participants.filter((p) => p.type === 'PERSON').map(predictedKeys)),
    location: e.location === null ? null : predictedKeys(e.location),
    day: e.date === null ? null : dayNumber(e.date),
  });

  const cost = (g: EventView, p: EventView): number | null => {
    if (g.type !== p.type || g.planned !== p.planned) return null;
    let distance = 0;
    if (g.day !== null) {
      if (p.day === null) return null;
      distance = Math.abs(g.day - p.day);
      if (distance > 1) return null;
    }
    if (g.type === 'VISIT' && g.location !== null && (p.location === null || !namesMatch(g.location, p.location))) return null;
    return sameEntitySet(g.persons, p.persons) ? distance : null;
  };
  const { goldMatched, predMatched } = matchItems(goldEvents.map(goldView), predEvents.map(predView), cost);

  const counts = zero();
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  goldEvents.forEach((e, i) => {
    if (goldMatched[i]) counts.tp++;
    else {
      counts.fn++;
      misses.push(eventLabel(e.type, e.participants_en, e.location_en, e.date, e.planned ? 'planned' : 'occurred'));
    }
  });
  predEvents.forEach((e, j) => {
    if (predMatched[j]) return;
    counts.fp++;
    const names = e.participants.map((p) => predictedKeys(p).label);
    const where = e.location === null ? null : predictedKeys(e.location).label;
    falseAlarms.push(eventLabel(e.type, names, where, e.date, e.status.toLowerCase()));
  });
  return { counts, misses, falseAlarms };
}

type Pair = readonly [NameKeys, NameKeys];

const pairsMatch = ([a, b]: Pair, [c, d]: Pair): boolean =>
  (namesMatch(a, c) && namesMatch(b, d)) || (namesMatch(a, d) && namesMatch(b, c));

/** Met pairs implied by a prediction (see the module comment for the rule). */
export function derivePredictedPairs(events: readonly PredictedEvent[]): [PredictedEntity, PredictedEntity][] {
  const out: { pair: Pair; entities: [PredictedEntity, PredictedEntity] }[] = [];
  for (const e of events) {
    if (e.status !== 'OCCURRED' || !(MEETING_EVENT_KINDS as readonly string[]).includes(e.type)) continue;
    const persons: { keys: NameKeys; entity: PredictedEntity }[] = [];
    for (const p of e.participants) {
      if (p.type !== 'PERSON') continue;
      const keys = predictedKeys(p);
      if (!persons.some((q) => namesMatch(q.keys, keys))) persons.push({ keys, entity: p });
    }
    for (let i = 0; i < persons.length; i++) {
      for (let j = i + 1; j < persons.length; j++) {
        const pair: Pair = [persons[i]!.keys, persons[j]!.keys];
        if (!out.some((o) => pairsMatch(o.pair, pair))) out.push({ pair, entities: [persons[i]!.entity, persons[j]!.entity] });
      }
    }
  }
  return out.map((o) => o.entities);
}

function scoreMetPairs(gold: GoldArticle, events: readonly PredictedEvent[]): Part {
  const resolve = goldResolver(gold);
  const goldPairs: Pair[] = gold.met_pairs.map(([a, b]) => [resolve(a), resolve(b)]);
  const predPairs: Pair[] = derivePredictedPairs(events).map(([a, b]) => [predictedKeys(a), predictedKeys(b)]);
  const { goldMatched, predMatched } = matchItems(goldPairs, predPairs, (g, p) => (pairsMatch(g, p) ? 0 : null));

  const counts = zero();
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  gold.met_pairs.forEach(([a, b], i) => {
    if (goldMatched[i]) counts.tp++;
    else {
      counts.fn++;
      misses.push(pairLabel(a, b));
    }
  });
  predPairs.forEach(([a, b], j) => {
    if (predMatched[j]) return;
    counts.fp++;
    falseAlarms.push(pairLabel(a.label, b.label));
  });
  return { counts, misses, falseAlarms };
}

/** A title's comparison key: case, spacing and a hyphen between words ("Director-General") do not count. */
export function roleKey(role: string): string {
  const k = enKey(role.replace(/(?<=\p{L})-(?=\p{L})/gu, ' '));
  return ROLE_CANONICAL.get(k) ?? k;
}

interface RoleView {
  person: NameKeys;
  role: string;
  affiliation: NameKeys | null;
}

function scoreRoles(gold: GoldArticle, predicted: readonly PredictedRole[]): Part {
  const resolve = goldResolver(gold);
  const goldRoles: RoleView[] = gold.roles.map(([person, role, affiliation]) => ({
    person: resolve(person),
    role: roleKey(role),
    affiliation: affiliation === null ? null : resolve(affiliation),
  }));
  const predRoles: RoleView[] = predicted.map((r) => ({
    person: predictedKeys(r.person),
    role: roleKey(r.role),
    affiliation: r.affiliation === null ? null : predictedKeys(r.affiliation),
  }));
  const cost = (g: RoleView, p: RoleView): number | null => {
    if (g.role !== p.role || !namesMatch(g.person, p.person)) return null;
    if (g.affiliation === null || p.affiliation === null) return g.affiliation === p.affiliation ? 0 : null;
    return namesMatch(g.affiliation, p.affiliation) ? 0 : null;
  };
  const { goldMatched, predMatched } = matchItems(goldRoles, predRoles, cost);

  const counts = zero();
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  gold.roles.forEach(([person, role, affiliation], i) => {
    if (goldMatched[i]) counts.tp++;
    else {
      counts.fn++;
      misses.push(roleLabel(person, role, affiliation));
    }
  });
  predicted.forEach((r, j) => {
    if (predMatched[j]) return;
    counts.fp++;
    falseAlarms.push(roleLabel(predRoles[j]!.person.label, r.role.trim(), predRoles[j]!.affiliation?.label ?? null));
  });
  return { counts, misses, falseAlarms };
}

// ---------------------------------------------------------------------------------------------
// Public API

interface DetailedArticle {
  result: ArticleResult;
  counts: { entities: Counts; byType: Record<EntityKind, Counts>; events: Counts; met_pairs: Counts; roles: Counts };
}

function scoreArticleDetailed(gold: GoldArticle, prediction: ArticlePrediction, scoredEventTypes: readonly string[]): DetailedArticle {
  if (prediction.file !== gold.file) {
    throw new Error(`prediction for "${prediction.file}" scored against gold for "${gold.file}"`);
  }
  const entities = scoreEntities(gold, prediction.entities);
  const events = scoreEvents(gold, prediction.events, new Set(scoredEventTypes));
  const metPairs = scoreMetPairs(gold, prediction.events);
  const roles = scoreRoles(gold, prediction.roles);
  const parts = [entities, events, metPairs, roles];
  return {
    result: {
      file: gold.file,
      entities: toScore(entities.counts),
      events: toScore(events.counts),
      met_pairs: toScore(metPairs.counts),
      roles: toScore(roles.counts),
      misses: parts.flatMap((p) => p.misses),
      false_alarms: parts.flatMap((p) => p.falseAlarms),
    },
    counts: {
      entities: entities.counts,
      byType: entities.byType,
      events: events.counts,
      met_pairs: metPairs.counts,
      roles: roles.counts,
    },
  };
}

/**
 * Scores one article. scoredEventTypes comes from the gold file (`scored_event_types`); it is a
 * parameter because it is a file-level setting, not part of an article.
 */
export function scoreArticle(gold: GoldArticle, prediction: ArticlePrediction, scoredEventTypes: readonly string[]): ArticleResult {
  return scoreArticleDetailed(gold, prediction, scoredEventTypes).result;
}

/**
 * Scores every gold article, in gold order. A gold article with no prediction is scored against an
 * empty one (all misses); a prediction for a file the gold does not know, or two predictions for one
 * file, is a caller error and throws rather than being silently dropped.
 */
export function scoreAll(goldFile: GoldFile, predictions: readonly ArticlePrediction[]): EvalResult {
  const byFile = new Map<string, ArticlePrediction>();
  for (const p of predictions) {
    if (byFile.has(p.file)) throw new Error(`two predictions for "${p.file}"`);
    byFile.set(p.file, p);
  }
  const known = new Set(goldFile.articles.map((a) => a.file));
  const unknown = [...byFile.keys()].filter((f) => !known.has(f));
  if (unknown.length > 0) throw new Error(`predictions for files without gold: ${unknown.join(', ')}`);

  const total = { entities: zero(), events: zero(), met_pairs: zero(), roles: zero() };
  const byType = Object.fromEntries(ENTITY_KINDS.map((k) => [k, zero()])) as Record<EntityKind, Counts>;
  const articles: ArticleResult[] = [];
  for (const gold of goldFile.articles) {
    const prediction = byFile.get(gold.file) ?? { file: gold.file, entities: [], events: [], roles: [] };
    const { result, counts } = scoreArticleDetailed(gold, prediction, goldFile.scored_event_types);
    add(total.entities, counts.entities);
    add(total.events, counts.events);
    add(total.met_pairs, counts.met_pairs);
    add(total.roles, counts.roles);
    for (const k of ENTITY_KINDS) add(byType[k], counts.byType[k]);
    articles.push(result);
  }
  return {
    overall: {
      entities: toScore(total.entities),
      entities_by_type: Object.fromEntries(ENTITY_KINDS.map((k) => [k, toScore(byType[k])])) as Record<EntityKind, Score>,
      events: toScore(total.events),
      met_pairs: toScore(total.met_pairs),
      roles: toScore(total.roles),
    },
    articles,
  };
}
