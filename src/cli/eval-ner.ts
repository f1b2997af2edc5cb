/**
 * Scores the NER tagger on ANERcorp, entity level (conlleval rules).
 *   npm run eval:ner -- --split dev|test [--file official|corrected] [--json] [--model PATH] [--data DIR] [--per-sentence]
 * The file is tagged as one running document (tagDocument), so a two-pass model sees the
 * neighbouring sentences as context, as it does for an article; --per-sentence calls tag() on
 * each sentence alone instead.
 * With --json, stdout carries exactly one JSON object and nothing else.
 */
import { parseArgs } from 'node:util';
import { scoreEntities, type Prf } from '../nlp/ner/conlleval.ts';
import { readConll } from '../nlp/ner/corpus.ts';
import { anercorpFile, resolveDataDir } from '../nlp/ner/data.ts';
import { DEFAULT_MODEL_PATH, loadNerTagger } from '../nlp/ner/tagger.ts';
import { ENTITY_TYPES } from '../nlp/ner/tags.ts';

const { values: args } = parseArgs({
  options: {
    split: { type: 'string', default: 'dev' },
    file: { type: 'string', default: 'official' },
    json: { type: 'boolean', default: false },
    model: { type: 'string', default: DEFAULT_MODEL_PATH },
    data: { type: 'string' },
    'per-sentence': { type: 'boolean', default: false },
  },
});

if (args.split !== 'dev' && args.split !== 'test') throw new Error('--split must be dev or test');
if (args.file !== 'official' && args.file !== 'corrected') throw new Error('--file must be official or corrected');
const file = args.split === 'dev' ? 'dev.txt' : `test.${args.file}.txt`;

const sentences = readConll(anercorpFile(resolveDataDir(args.data), file));
const tagger = loadNerTagger(args.model);
const score = scoreEntities(
  sentences.map((s) => s.tags),
  args['per-sentence'] ? sentences.map((s) => tagger.tag(s.words)) : tagger.tagDocument(sentences.map((s) => s.words)),
);
const mode = args['per-sentence'] ? 'per-sentence' : 'document';

const round = (x: number): number => Math.round(x * 10000) / 10000;
const brief = (p: Prf) => ({
  precision: round(p.precision),
  recall: round(p.recall),
  f1: round(p.f1),
  gold: p.gold,
  predicted: p.predicted,
  correct: p.correct,
});

if (args.json) {
  const byType = Object.fromEntries(ENTITY_TYPES.map((t) => [t, brief(score.byType[t])]));
  const { precision, recall, f1 } = brief(score);
  process.stdout.write(JSON.stringify({ split: args.split, file, mode, precision, recall, f1, by_type: byType }) + '\n');
} else {
  const row = (name: string, p: Prf): string =>
    `${name.padEnd(8)} ${p.precision.toFixed(4)}  ${p.recall.toFixed(4)}  ${p.f1.toFixed(4)}  ${String(p.gold).padStart(6)}  ${String(p.predicted).padStart(6)}  ${String(p.correct).padStart(6)}`;
  console.log(`ANERcorp ${args.split} (${file}), ${sentences.length} sentences, ${mode} mode`);
  console.log(`${'type'.padEnd(8)} P       R       F1         gold    pred correct`);
  for (const t of ENTITY_TYPES) console.log(row(t, score.byType[t]));
  console.log(row('overall', score));
}
