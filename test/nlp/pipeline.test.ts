import { describe, expect, it } from 'vitest';
import { boilerplateStage } from '../../src/nlp/boilerplate.ts';
import { PipelineOrderError, buildPipeline, defaultStages, extract } from '../../src/nlp/pipeline.ts';
import { segmentStage } from '../../src/nlp/segment.ts';
import { tokeniseStage } from '../../src/nlp/tokenise.ts';

describe('pipeline', () => {
  it('refuses stages in the wrong order', () => {
    expect(() => buildPipeline([boilerplateStage, tokeniseStage, segmentStage])).toThrow(PipelineOrderError);
    expect(() => buildPipeline(defaultStages())).not.toThrow();
  });

  it('points every offset into the original body', () => {
    const body = 'أجرى وزيرُ الخارجيةِ الأمريكيُّ "أنتوني بلينكن"، اتصالًا هاتفيًا مع الرئيـس الإسرائيلي "إسحاق هرتسوج"، الأربعاء.';
    const x = extract({ body, publishedAt: '2023-11-03' });
    expect(x.mentions).toHaveLength(2);
    for (const m of x.mentions) expect(body.slice(m.start, m.end)).toBe(m.text);
    for (const e of x.events) {
      expect(body.slice(e.evidence.start, e.evidence.end)).toBe(e.evidence.quote);
      expect(body.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    }
    for (const r of x.roles) expect(body.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.quote);
    expect(x.mentions.map((m) => m.text)).toEqual(['أنتوني بلينكن', 'إسحاق هرتسوج']);
    expect(x.events.find((e) => e.kind === 'CALL')?.date).toBe('2023-11-01');
  });

  it('gives every entity an English name and says where it came from', () => {
    const x = extract({ body: 'قال وزير الخارجية العماني سالم الحارثي في مسقط إن', publishedAt: null });
    for (const e of x.entities) expect(e.nameEn).toMatch(/[A-Za-z]/);
    expect(x.entities.find((e) => e.kind === 'PERSON')?.nameEnSource).toBe('TRANSLITERATION');
    expect(x.entities.find((e) => e.kind === 'LOCATION')?.nameEnSource).toBe('LEXICON');
  });

  it('merges spans from a tagger in the NER slot', () => {
    const tagSentence = (tokens: string[]) =>
      tokens.map((t, i) => (t === 'زقزوق' ? 'B-PER' : i > 0 && tokens[i - 1] === 'زقزوق' && t === 'فهمي' ? 'I-PER' : 'O'));
    const tagger = (sentences: string[][]) => sentences.map(tagSentence);
    const x = buildPipeline(defaultStages({ ner: tagger })).run({ body: 'التقى زقزوق فهمي بالرئيس جو بايدن في القاهرة.', publishedAt: '2024-01-01' });
    const person = x.entities.find((e) => e.nameAr === 'زقزوق فهمي');
    expect(person?.kind).toBe('PERSON');
    expect(x.mentions.find((m) => m.entityKey === person!.key)?.method).toBe('NER');
    expect(x.events.find((e) => e.kind === 'MEETING')?.participants.map((p) => p.entityKey)).toContain(person!.key);
  });
});
