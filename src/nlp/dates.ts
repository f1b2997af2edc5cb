import type { DatePrecision, EventStatus } from '../ontology/kinds.ts';
import vocabulary from './data/dates.json' with { type: 'json' };
import type { DateExpression, Doc, Stage, Token } from './doc.ts';
import { TokenTrie } from './lexicon.ts';
import { foldName } from './normalise.ts';

/**
 * Date expressions, resolved against the publication date: اليوم / أمس / أمس الأول / غدا, weekdays
 * (يوم الجمعة، الخميس المقبل، أمس الثلاثاء), next/last week, and explicit Gregorian dates with either
 * month family (5 نوفمبر, 7 أكتوبر/تشرين الأول 2023, نوفمبر الجاري). A bare weekday depends on the
 * event: the last such day for what occurred, the coming one for what is planned (today if it is today).
 */
type Fixed = { date: string; precision: DatePrecision };

const months = new TokenTrie<number>();
for (const [name, month] of Object.entries(vocabulary.months)) months.add(name, month);
const folded = (words: string[]) => new Set(words.map(foldName));
const WEEKDAYS = new Map(Object.entries(vocabulary.weekdays).map(([w, n]) => [foldName(w), n]));
const DAY_WORDS = new Map(Object.entries(vocabulary.dayWords).map(([w, n]) => [foldName(w), n]));
const DAY_PREFIXES = folded(vocabulary.dayPrefixes);
const NEXT = folded(vocabulary.next);
const LAST = folded(vocabulary.last);
const CURRENT = folded(vocabulary.current);
const WEEK = folded(vocabulary.week);
const MONTH = folded(vocabulary.month);
const YEAR = folded(vocabulary.year);

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return isoDate(d);
}

function weekdayOf(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** Resolves a weekday against publication: past for occurred events, upcoming for planned, same day if today. */
export function resolveWeekday(published: string, weekday: number, direction: 'next' | 'last' | 'auto', status: EventStatus): string {
  const today = weekdayOf(published);
  const forward = (weekday - today + 7) % 7;
  const backward = (today - weekday + 7) % 7;
  if (direction === 'next') return addDays(published, forward === 0 ? 7 : forward);
  if (direction === 'last') return addDays(published, -(backward === 0 ? 7 : backward));
  if (forward === 0) return published;
  return status === 'PLANNED' ? addDays(published, forward) : addDays(published, -backward);
}

/** The year that puts a month/day closest to the publication date (news rarely reaches > 6 months away). */
function nearestYear(published: string, month: number, day: number): number {
  const year = Number(published.slice(0, 4));
  const candidates = [year - 1, year, year + 1];
  const distance = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - Date.parse(`${published}T00:00:00Z`));
  return candidates.sort((a, b) => distance(a) - distance(b))[0]!;
}

/** The year of the first month/day after (step 1) or the last one before (step -1) the publication date. */
function directedYear(published: string, month: number, day: number, step: 1 | -1): number {
  const year = Number(published.slice(0, 4));
  const md = `${pad(month)}-${pad(day)}`;
  const pmd = published.slice(5, 10);
  if (step === 1) return md > pmd ? year : year + 1;
  return md < pmd ? year : year - 1;
}

const ORDINAL_UNITS = new Map(Object.entries(vocabulary.ordinalDays.units).map(([w, n]) => [foldName(w), n]));
const ORDINAL_TENS = new Map(Object.entries(vocabulary.ordinalDays.tens).map(([w, n]) => [foldName(w), n]));
const ORDINAL_TEEN = foldName(vocabulary.ordinalDays.teen);

/** A day of the month written as an ordinal: السادس، السابع عشر، الحادي والعشرين، الثلاثين. */
function ordinalDay(tokens: readonly Token[], i: number): { day: number; end: number } | null {
  const first = tokens[i]?.norm ?? '';
  const tens = ORDINAL_TENS.get(first);
  if (tens !== undefined && !first.startsWith('و')) return { day: tens, end: i + 1 };
  const unit = ORDINAL_UNITS.get(first);
  if (unit === undefined) return null;
  const second = tokens[i + 1]?.norm ?? '';
  if (second === ORDINAL_TEEN && unit < 10) return { day: 10 + unit, end: i + 2 };
  const more = ORDINAL_TENS.get(second);
  if (more !== undefined && second.startsWith('و') && unit < 10) {
    const day = more + unit;
    return day <= 31 ? { day, end: i + 2 } : null;
  }
  // الحادي stands only in compounds; الأول alone is the first
  return first === foldName('الحادي') ? null : { day: unit, end: i + 1 };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function word(t: Token | undefined): string {
  return t && t.kind !== 'punct' ? (t.analyses.find((a) => a.clitics === 'و' || a.clitics === 'ب' || a.clitics === 'ل')?.stem ?? t.norm) : '';
}

/** Month name at i, with an optional alternative after "/" or in brackets (أكتوبر/تشرين الأول, تشرين الثاني (نوفمبر)). */
function monthAt(tokens: readonly Token[], i: number): { month: number; end: number } | null {
  const m = months.match(tokens, i);
  if (!m) return null;
  let end = m.end;
  const sep = tokens[end]?.norm;
  if (sep === '/' || sep === '(') {
    const alt = months.match(tokens, end + 1);
    if (alt) end = alt.end + (tokens[alt.end]?.norm === ')' ? 1 : 0);
  }
  return { month: m.values[0]!, end };
}

export function findDates(tokens: readonly Token[], published: string | null): DateExpression[] {
  const found: DateExpression[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const expr = (end: number, fixed: Fixed | null, weekday: number | null, direction: DateExpression['direction'], future: boolean) => {
      const calendar = t.kind === 'number' || monthAt(tokens, i) !== null;
      found.push({ start: i, end, sentence: t.sentence, fixed, weekday, direction, future, calendar });
      i = end - 1;
    };

    // explicit dates: "5 نوفمبر [2023 | الجاري | المقبل]", "السادس من أبريل الماضي", "نوفمبر 2023"
    const ordinal = t.kind === 'word' ? ordinalDay(tokens, i) : null;
    // "12 من كانون الأول": a day in figures may take من before the month too
    const cardinal = t.kind === 'number' && Number(t.norm) >= 1 && Number(t.norm) <= 31 ? Number(t.norm) : null;
    const dayAt =
      cardinal !== null
        ? { day: cardinal, end: tokens[i + 1]?.norm === 'من' && monthAt(tokens, i + 2) ? i + 2 : i + 1 }
        : ordinal && tokens[ordinal.end]?.norm === 'من'
          ? { day: ordinal.day, end: ordinal.end + 1 }
          : null;
    if (dayAt) {
      const m = monthAt(tokens, dayAt.end);
      if (m) {
        const day = dayAt.day;
        let end = m.end;
        let year: number | null = null;
        const next = tokens[end];
        let step: 0 | 1 | -1 = 0;
        if (next?.kind === 'number' && /^(19|20)\d\d$/u.test(next.norm)) {
          year = Number(next.norm);
          end++;
        } else if (next && CURRENT.has(next.norm)) end++;
        else if (next && (NEXT.has(next.norm) || LAST.has(next.norm))) {
          // "24 ديسمبر المقبل" is the coming one, "6 أبريل الماضي" the last one, however far
          step = NEXT.has(next.norm) ? 1 : -1;
          end++;
        }
        if (!published && year === null) continue;
        year ??= step === 0 ? nearestYear(published!, m.month, day) : directedYear(published!, m.month, day, step);
        const date = `${year}-${pad(m.month)}-${pad(day)}`;
        expr(end, { date, precision: 'DAY' }, null, 'auto', published !== null && date > published);
        continue;
      }
    }
    const month = t.kind === 'word' ? monthAt(tokens, i) : null;
    if (month) {
      const next = tokens[month.end];
      if (next?.kind === 'number' && /^(19|20)\d\d$/u.test(next.norm)) {
        const date = `${next.norm}-${pad(month.month)}-01`;
        expr(month.end + 1, { date, precision: 'MONTH' }, null, 'auto', published !== null && date.slice(0, 7) > published.slice(0, 7));
        continue;
      }
    }
    if (!published || t.kind !== 'word') continue;
    const w = word(t);

    // next / last / this week or month
    if (WEEK.has(w) || MONTH.has(w)) {
      const qualifier = tokens[i + 1]?.norm ?? '';
      const step = NEXT.has(qualifier) ? 1 : LAST.has(qualifier) ? -1 : CURRENT.has(tokens[i - 1]?.norm ?? '') ? 0 : null;
      if (step === null) continue;
      if (WEEK.has(w)) expr(i + 2, { date: addDays(published, 7 * step), precision: 'WEEK' }, null, 'auto', step > 0);
      else {
        const d = new Date(`${published}T00:00:00Z`);
        d.setUTCMonth(d.getUTCMonth() + step, 1);
        expr(i + 2, { date: isoDate(d), precision: 'MONTH' }, null, 'auto', step > 0);
      }
      continue;
    }

    // أمس الأول, أول من أمس, أول أمس (the day before yesterday)
    if (w === 'امس' && tokens[i + 1]?.norm === 'الاول') {
      expr(i + 2, { date: addDays(published, -2), precision: 'DAY' }, null, 'auto', false);
      continue;
    }
    if (w === 'اول' && (tokens[i + 1]?.norm === 'امس' || (tokens[i + 1]?.norm === 'من' && tokens[i + 2]?.norm === 'امس'))) {
      expr(tokens[i + 1]!.norm === 'امس' ? i + 2 : i + 3, { date: addDays(published, -2), precision: 'DAY' }, null, 'auto', false);
      continue;
    }

    // weekday, optionally after يوم/صباح/مساء/اليوم/أمس and before المقبل/الماضي: a named weekday wins over "today"
    let j = i;
    while (j < i + 2 && DAY_PREFIXES.has(word(tokens[j])) && !WEEKDAYS.has(word(tokens[j]))) j++;
    const weekday = WEEKDAYS.get(word(tokens[j]));
    if (weekday !== undefined) {
      const after = tokens[j + 1]?.norm ?? '';
      const lead = word(tokens[i]);
      const direction = NEXT.has(after) ? 'next' : LAST.has(after) || lead === 'امس' ? 'last' : 'auto';
      const end = j + 1 + (direction !== 'auto' && (NEXT.has(after) || LAST.has(after)) ? 1 : 0);
      expr(end, null, weekday, direction, direction === 'next' || lead === 'غدا');
      continue;
    }
    const offset = DAY_WORDS.get(w);
    if (offset !== undefined) {
      expr(i + 1, { date: addDays(published, offset), precision: 'DAY' }, null, 'auto', offset > 0);
      continue;
    }
    // a bare year: "عام 2023", "العام 2024"
    if (YEAR.has(w) && tokens[i + 1]?.kind === 'number' && /^(19|20)\d\d$/u.test(tokens[i + 1]!.norm)) {
      const year = tokens[i + 1]!.norm;
      expr(i + 2, { date: `${year}-01-01`, precision: 'YEAR' }, null, 'auto', year > published.slice(0, 4));
    }
  }
  return found;
}

/** The calendar date an expression names, given the status of the event it dates. */
export function resolveDate(expr: DateExpression, published: string | null, status: EventStatus): Fixed | null {
  if (expr.fixed) return expr.fixed;
  if (expr.weekday === null || !published) return null;
  return { date: resolveWeekday(published, expr.weekday, expr.direction, status), precision: 'DAY' };
}

export const datesStage: Stage = {
  name: 'dates',
  needs: ['tokens'],
  adds: ['dates'],
  run(doc: Doc): Doc {
    doc.dates = findDates(doc.tokens, doc.input.publishedAt);
    return doc;
  },
};
