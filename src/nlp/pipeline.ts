import { boilerplateStage } from './boilerplate.ts';
import { coreferenceStage } from './coreference.ts';
import { datesStage } from './dates.ts';
import type { Doc, Layer, Stage } from './doc.ts';
import { mentionSpan } from './entities.ts';
import { eventDatesStage } from './event-dates.ts';
import { eventMergeStage } from './event-merge.ts';
import { eventsStage } from './events.ts';
import { datelineStage } from './dateline.ts';
import { facilitiesStage } from './facilities.ts';
import { institutionsStage } from './institutions.ts';
import { lexiconMatchStage } from './lexicon-match.ts';
import { modalityStage } from './modality.ts';
import { type BioTagger, createNerStage } from './ner.ts';
import { loadNerTagger } from './ner/tagger.ts';
import { normalise } from './normalise.ts';
import { segmentStage } from './segment.ts';
import { titlesStage } from './titles.ts';
import { tokeniseStage } from './tokenise.ts';
import { transliterateStage } from './transliterate.ts';
import type { Evidence, Extraction, ExtractionInput } from './types.ts';

/**
 * The Arabic extraction pipeline: declared stages run in order over one Doc. Like spaCy components,
 * each stage states the layers it needs and adds, and building a pipeline fails when a stage would run
 * before what it needs.
 */
export class PipelineOrderError extends Error {}

export interface Pipeline {
  stages: readonly Stage[];
  run(input: ExtractionInput): Extraction;
}

export function buildPipeline(stages: readonly Stage[]): Pipeline {
  const available = new Set<Layer>();
  for (const stage of stages) {
    const missing = stage.needs.filter((layer) => !available.has(layer));
    if (missing.length > 0) {
      throw new PipelineOrderError(`stage "${stage.name}" needs ${missing.join(', ')}, which no earlier stage adds`);
    }
    for (const layer of stage.adds) available.add(layer);
  }
  return {
    stages,
    run(input: ExtractionInput): Extraction {
      let doc = emptyDoc(input);
      for (const stage of stages) doc = stage.run(doc);
      return toExtraction(doc);
    },
  };
}

export interface PipelineOptions {
  /** A statistical tagger whose BIO spans are merged with lexicon and title-pattern entities. */
  ner?: BioTagger;
}

export function defaultStages(options: PipelineOptions = {}): Stage[] {
  return [
    boilerplateStage,
    segmentStage,
    tokeniseStage,
    lexiconMatchStage,
    institutionsStage,
    facilitiesStage,
    datelineStage,
    titlesStage,
    // After the title patterns, so a titled full name wins over the tagger's span for the same words.
    ...(options.ner ? [createNerStage(options.ner)] : []),
    coreferenceStage,
    datesStage,
    eventsStage,
    modalityStage,
    eventDatesStage,
    eventMergeStage,
    transliterateStage,
  ];
}

let defaultPipeline: Pipeline | null = null;

/** The trained tagger (seeds/models/ner.bin), given the whole article so it can use document context. */
export const trainedTagger: BioTagger = (sentences) => loadNerTagger().tagDocument(sentences);

export function extract(input: ExtractionInput): Extraction {
  defaultPipeline ??= buildPipeline(defaultStages({ ner: trainedTagger }));
  return defaultPipeline.run(input);
}

function emptyDoc(input: ExtractionInput): Doc {
  return {
    input,
    body: input.body,
    boilerplateFrom: null,
    contentEnd: input.body.length,
    folded: normalise(input.body),
    sentences: [],
    tokens: [],
    entities: [],
    mentions: [],
    titles: [],
    roles: [],
    dates: [],
    events: [],
  };
}

function evidenceOf(doc: Doc, sentenceIndex: number): Evidence {
  const s = doc.sentences[sentenceIndex]!;
  return { start: s.start, end: s.end, sentenceIndex, quote: doc.body.slice(s.start, s.end) };
}

/** Turns the annotated Doc into the public contract; only entities something refers to are kept. */
function toExtraction(doc: Doc): Extraction {
  const used = new Set<string>();
  for (const m of doc.mentions) used.add(m.entityKey);
  for (const e of doc.events) {
    for (const p of e.participants) used.add(p.entityKey);
    if (e.locationKey) used.add(e.locationKey);
  }
  for (const r of doc.roles) {
    used.add(r.personKey);
    if (r.affiliationKey) used.add(r.affiliationKey);
  }
  const entities = doc.entities
    .filter((e) => used.has(e.key))
    .map((e) => {
      // unknown names: the fullest spelling seen is the canonical one
      const nameAr = e.lexiconId ? e.nameAr : [e.nameAr, ...e.aliases].sort((a, b) => b.length - a.length)[0]!;
      return {
        key: e.key,
        kind: e.kind,
        nameAr,
        nameEn: e.nameEn ?? nameAr,
        nameEnSource: e.nameEnSource,
        lexiconId: e.lexiconId,
        aliases: [...new Set([nameAr, ...e.aliases])],
      };
    });
  const mentions = doc.mentions
    .map((m) => {
      const span = mentionSpan(doc, m);
      return {
        ...span,
        entityKey: m.entityKey,
        text: doc.body.slice(span.start, span.end),
        sentenceIndex: doc.tokens[m.start]!.sentence,
        method: m.method,
        confidence: m.confidence,
      };
    })
    .sort((a, b) => a.start - b.start);
  const events = doc.events.map((e, k) => {
    const start = doc.tokens[e.triggerStart]!.start;
    const end = doc.tokens[e.triggerEnd - 1]!.end;
    return {
      key: `ev${k + 1}`,
      kind: e.kind,
      status: e.status,
      date: e.date,
      datePrecision: e.datePrecision,
      locationKey: e.locationKey,
      participants: e.participants,
      trigger: { start, end, text: doc.body.slice(start, end) },
      evidence: evidenceOf(doc, e.sentence),
    };
  });
  const roles = doc.roles.map((r) => ({
    personKey: r.personKey,
    title: r.title,
    titleAr: r.titleAr,
    affiliationKey: r.affiliationKey,
    evidence: evidenceOf(doc, r.sentence),
  }));
  return { sentences: doc.sentences, entities, mentions, events, roles, boilerplateFrom: doc.boilerplateFrom };
}
