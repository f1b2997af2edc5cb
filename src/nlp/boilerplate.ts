import markers from './data/boilerplate.json' with { type: 'json' };
import type { Doc, Stage } from './doc.ts';
import { foldName } from './normalise.ts';

/**
 * Finds where the article proper ends: the first line that opens a source credit ("المصدر: …") or a
 * link list ("اقرأ أيضاً", "مقالات مشابهة", "قد يهمك أيضاً"…). Pages append unrelated reports after such
 * lines, so everything from there on is left out of extraction.
 */
const LINE_MARKERS = markers.markers.map(foldName);
const SHORT_MARKERS = markers.short.map(foldName);
/** A source credit is a short line; longer lines starting with "المصدر" are ordinary sentences. */
const SHORT_LINE = 60;

function isBoilerplateLine(line: string): boolean {
  const trimmed = line.replace(/^[\s•·*\-–—|]+/u, '');
  if (trimmed === '') return false;
  const folded = foldName(trimmed);
  if (LINE_MARKERS.some((m) => folded === m || folded.startsWith(m + ' '))) return true;
  const short = trimmed.length <= SHORT_LINE || /^[^:]{1,20}:/u.test(trimmed);
  return short && SHORT_MARKERS.some((m) => folded === m || folded.startsWith(m + ' '));
}

export function findBoilerplate(body: string): number | null {
  let lineStart = 0;
  while (lineStart <= body.length) {
    const newline = body.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? body.length : newline;
    const line = body.slice(lineStart, lineEnd);
    if (isBoilerplateLine(line)) return lineStart + (line.length - line.trimStart().length);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return null;
}

export const boilerplateStage: Stage = {
  name: 'boilerplate',
  needs: [],
  adds: ['boilerplate'],
  run(doc: Doc): Doc {
    doc.boilerplateFrom = findBoilerplate(doc.body);
    doc.contentEnd = doc.boilerplateFrom ?? doc.body.length;
    return doc;
  },
};
