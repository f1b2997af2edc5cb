/**
 * Extraction throughput on one core.
 *   npm run bench:nlp -- [--json] [--data DIR]
 * Times extract() from src/nlp/pipeline.ts over the seed articles (repeated to at least 100k tokens)
 * plus the ANERcorp dev sentences joined as text. When the pipeline is not there, it times the
 * NER tagger alone over the same text, split into words, and says so on stderr.
 * With --json, stdout carries exactly one JSON object.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readConll } from '../nlp/ner/corpus.ts';
import { anercorpFile, resolveDataDir } from '../nlp/ner/data.ts';
import { loadNerTagger } from '../nlp/ner/tagger.ts';
import type { ExtractionInput } from '../nlp/types.ts';

const { values: args } = parseArgs({
  options: { json: { type: 'boolean', default: false }, data: { type: 'string' } },
});

const MIN_TOKENS = 100_000;
const seedsDir = fileURLToPath(new URL('../../seeds/articles', import.meta.url));
const pipelinePath = fileURLToPath(new URL('../nlp/pipeline.ts', import.meta.url));

const countTokens = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length;

// Texts: seed articles repeated to ≥ 100k tokens, then the dev corpus as running text.
const seeds = readdirSync(seedsDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(seedsDir, f), 'utf8'));
const texts: string[] = [];
for (let tokens = 0; seeds.length > 0 && tokens < MIN_TOKENS; ) {
  for (const s of seeds) {
    texts.push(s);
    tokens += countTokens(s);
  }
}
const dev = readConll(anercorpFile(resolveDataDir(args.data), 'dev.txt'));
texts.push(dev.map((s) => s.words.join(' ')).join('\n'));

// Model load is timed on its own; the pipeline then finds the tagger already cached.
const loadStart = performance.now();
const tagger = loadNerTagger();
const modelLoadMs = performance.now() - loadStart;

type Extract = (input: ExtractionInput) => unknown;
let run: (text: string) => number;
if (existsSync(pipelinePath)) {
  const mod = (await import(pipelinePath)) as { extract?: Extract };
  const extract = mod.extract;
  if (typeof extract !== 'function') throw new Error('src/nlp/pipeline.ts has no extract()');
  run = (text) => {
    void extract({ body: text, publishedAt: null, language: 'ar' });
    return countTokens(text);
  };
  console.error('timing extract() from src/nlp/pipeline.ts');
} else {
  // Until the pipeline exists: split on whitespace and punctuation, one tagger call per line.
  run = (text) => {
    let n = 0;
    for (const line of text.split('\n')) {
      const words = line.match(/[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu) ?? [];
      tagger.tag(words);
      n += words.length;
    }
    return n;
  };
  console.error('src/nlp/pipeline.ts not found: timing the NER tagger alone');
}

run(texts[0] ?? ''); // warm-up: JIT and lazy lexicon loading
let tokens = 0;
const start = performance.now();
for (const t of texts) tokens += run(t);
const seconds = (performance.now() - start) / 1000;
const result = {
  tokens,
  seconds: Math.round(seconds * 1000) / 1000,
  tokens_per_s: Math.round(tokens / seconds),
  model_load_ms: Math.round(modelLoadMs),
};
if (args.json) process.stdout.write(JSON.stringify(result) + '\n');
else
  console.log(
    `${result.tokens} tokens in ${result.seconds} s: ${result.tokens_per_s} tokens/s; NER model load ${result.model_load_ms} ms`,
  );
