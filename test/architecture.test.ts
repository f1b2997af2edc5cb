import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Imports go down the flow, never back up (shared/ARCHITECTURE.md): graphql → graph → storage;
 * ingest → nlp, storage; nlp → ontology only. A violation fails here rather than in review.
 */
const SRC = fileURLToPath(new URL('../src', import.meta.url));

/** For each layer, the layers it must never import. */
const FORBIDDEN: Record<string, string[]> = {
  ontology: ['nlp', 'ingest', 'storage', 'graph', 'graphql', 'server', 'cli', 'eval'],
  nlp: ['ingest', 'storage', 'graph', 'graphql', 'server', 'cli', 'eval'],
  storage: ['nlp', 'ingest', 'graph', 'graphql', 'server', 'cli', 'eval'],
  graph: ['nlp', 'ingest', 'graphql', 'server', 'cli', 'eval'],
  ingest: ['graph', 'graphql', 'server', 'cli', 'eval'],
  graphql: ['server', 'cli', 'eval'],
  server: ['cli', 'eval'],
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f));
}

/** Shared by every layer that compares names: queries must fold search text exactly as ingest folded aliases. */
const SHARED_MODULES = new Set(['nlp/normalise.ts']);

function importedLayers(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const layers: string[] = [];
  for (const match of text.matchAll(/(?:from|import)\s+['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const target = path.relative(SRC, path.resolve(path.dirname(file), match[1]!));
    if (!target.startsWith('..') && !SHARED_MODULES.has(target.split(path.sep).join('/'))) layers.push(target.split(path.sep)[0]!);
  }
  return layers;
}

describe('layering', () => {
  for (const [layer, forbidden] of Object.entries(FORBIDDEN)) {
    it(`src/${layer} imports none of ${forbidden.join(', ')}`, () => {
      const violations = sourceFiles(path.join(SRC, layer)).flatMap((file) =>
        importedLayers(file)
          .filter((l) => forbidden.includes(l))
          .map((l) => `${path.relative(SRC, file)} → ${l}`),
      );
      expect(violations).toEqual([]);
    });
  }
});
