import { readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { DocOptions } from './doc.ts';
import type { FeatureOptions } from './features.ts';
import type { GazetteerData } from './gazetteer.ts';
import { TAGS, type NerTag } from './tags.ts';

/** A trained tagger: feature weights, tag transitions and the name lists its features consult. */
export interface NerModel {
  tags: readonly NerTag[];
  /** Feature string → row in weights. */
  features: Map<string, number>;
  /** features.size × tags.length, row-major. */
  weights: Float32Array;
  transitions: Float32Array;
  start: Float32Array;
  /** Decode with BIO constraints (I-X only after B-X / I-X). */
  constrained: boolean;
  featureOptions: FeatureOptions;
  gazetteer: GazetteerData;
  /** Free-form provenance: training data, settings, dev score. */
  info: Record<string, unknown>;
  /**
   * Two-pass models: the first-pass tagger whose output over neighbouring sentences feeds this
   * model's document-context features (doc.ts). It shares this model's gazetteer.
   */
  firstPass?: NerModel;
  doc?: DocOptions;
  /**
   * Subtracted from every O score at decoding time: a perceptron trained on text that is 90 % O
   * under-predicts entities, and this trades precision for recall (tuned on dev). 0 when absent.
   */
  oPenalty?: number;
}

interface Header {
  format: 'shabaka-ner';
  version: 1;
  tags: NerTag[];
  numFeatures: number;
  /** Bytes of the newline-joined feature strings that follow the header. */
  featureBytes: number;
  /** weights are stored as int16; the real value is int16 × scale. */
  scale: number;
  transitions: number[];
  start: number[];
  constrained: boolean;
  featureOptions: FeatureOptions;
  /** Omitted in a nested first-pass model, which uses the outer one's. */
  gazetteer?: GazetteerData;
  info: Record<string, unknown>;
  doc?: DocOptions;
  oPenalty?: number;
  /** Bytes of the (uncompressed) nested first-pass model that follow the weights, 0 if none. */
  firstPassBytes?: number;
}

/**
 * Drops features whose weights are all below minAbs: most hashed-out rare features end with
 * tiny averaged weights, and dropping them shrinks the model without changing its decisions much.
 */
export function pruneModel(model: NerModel, minAbs: number): NerModel {
  const T = model.tags.length;
  const features = new Map<string, number>();
  const keep: number[] = [];
  for (const [name, row] of model.features) {
    let max = 0;
    for (let t = 0; t < T; t++) max = Math.max(max, Math.abs(model.weights[row * T + t]!));
    if (max >= minAbs) {
      features.set(name, keep.length);
      keep.push(row);
    }
  }
  const weights = new Float32Array(keep.length * T);
  keep.forEach((row, r) => weights.set(model.weights.subarray(row * T, row * T + T), r * T));
  return { ...model, features, weights, ...(model.firstPass ? { firstPass: pruneModel(model.firstPass, minAbs) } : {}) };
}

/** Binary layout, gzipped: u32 header length, header JSON, feature names, int16 weights. */
export function encodeModel(model: NerModel): Buffer {
  return gzipSync(encodeRaw(model, true), { level: 9 });
}

function encodeRaw(model: NerModel, withGazetteer: boolean): Buffer {
  const T = model.tags.length;
  const names = [...model.features.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
  if (names.some((n) => n.includes('\n'))) throw new Error('feature names must not contain newlines');
  const featureText = Buffer.from(names.join('\n'), 'utf8');
  let max = 0;
  for (const v of model.weights) max = Math.max(max, Math.abs(v));
  const scale = max === 0 ? 1 : max / 32767;
  const q = new Int16Array(names.length * T);
  for (let k = 0; k < q.length; k++) q[k] = Math.round(model.weights[k]! / scale);
  const nested = model.firstPass ? encodeRaw(model.firstPass, false) : Buffer.alloc(0);
  const header: Header = {
    format: 'shabaka-ner',
    version: 1,
    tags: [...model.tags],
    numFeatures: names.length,
    featureBytes: featureText.length,
    scale,
    transitions: [...model.transitions],
    start: [...model.start],
    constrained: model.constrained,
    featureOptions: model.featureOptions,
    ...(withGazetteer ? { gazetteer: model.gazetteer } : {}),
    info: model.info,
    ...(model.doc ? { doc: model.doc } : {}),
    ...(model.oPenalty ? { oPenalty: model.oPenalty } : {}),
    firstPassBytes: nested.length,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBytes.length);
  return Buffer.concat([len, headerBytes, featureText, Buffer.from(q.buffer, q.byteOffset, q.byteLength), nested]);
}

export function decodeModel(gz: Uint8Array): NerModel {
  return decodeRaw(gunzipSync(gz));
}

function decodeRaw(buf: Buffer, outerGazetteer?: GazetteerData): NerModel {
  const headerLen = buf.readUInt32LE(0);
  const header = JSON.parse(buf.subarray(4, 4 + headerLen).toString('utf8')) as Header;
  if (header.format !== 'shabaka-ner' || header.version !== 1) throw new Error('not a Shabaka NER model (version 1)');
  if (header.tags.join() !== TAGS.join()) throw new Error('model tag set differs from this code');
  let at = 4 + headerLen;
  const names = header.numFeatures === 0 ? [] : buf.subarray(at, at + header.featureBytes).toString('utf8').split('\n');
  at += header.featureBytes;
  const T = header.tags.length;
  // copy: the int16 data may sit at an odd byte offset
  const q = new Int16Array(buf.buffer.slice(buf.byteOffset + at, buf.byteOffset + at + names.length * T * 2));
  const weights = new Float32Array(q.length);
  for (let k = 0; k < q.length; k++) weights[k] = q[k]! * header.scale;
  at += names.length * T * 2;
  const gazetteer = header.gazetteer ?? outerGazetteer;
  if (gazetteer === undefined) throw new Error('NER model has no gazetteer');
  const firstPass = header.firstPassBytes ? decodeRaw(buf.subarray(at, at + header.firstPassBytes), gazetteer) : undefined;
  return {
    tags: header.tags,
    features: new Map(names.map((n, i) => [n, i])),
    weights,
    transitions: Float32Array.from(header.transitions),
    start: Float32Array.from(header.start),
    constrained: header.constrained,
    featureOptions: header.featureOptions,
    gazetteer,
    info: header.info,
    ...(firstPass ? { firstPass } : {}),
    ...(header.doc ? { doc: header.doc } : {}),
    ...(header.oPenalty ? { oPenalty: header.oPenalty } : {}),
  };
}

export function saveModel(model: NerModel, path: string): number {
  const bytes = encodeModel(model);
  writeFileSync(path, bytes);
  return bytes.length;
}

export function loadModel(path: string): NerModel {
  return decodeModel(readFileSync(path));
}
