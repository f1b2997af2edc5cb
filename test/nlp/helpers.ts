import { buildPipeline, defaultStages } from '../../src/nlp/pipeline.ts';
import type { Doc, Stage } from '../../src/nlp/doc.ts';
import type { Extraction } from '../../src/nlp/types.ts';

/** Runs the default pipeline and returns both the public extraction and the final working Doc. */
export function analyseText(body: string, publishedAt: string | null = '2023-11-02'): { doc: Doc; x: Extraction } {
  let captured: Doc | null = null;
  const capture: Stage = { name: 'capture', needs: [], adds: [], run: (d) => (captured = d) };
  const x = buildPipeline([...defaultStages(), capture]).run({ body, publishedAt });
  return { doc: captured!, x };
}

export function entityName(x: Extraction, key: string | null): string | null {
  return key === null ? null : x.entities.find((e) => e.key === key)?.nameEn ?? null;
}
