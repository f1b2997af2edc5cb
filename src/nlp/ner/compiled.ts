import { FOREIGN_LETTERS, hasArticle, shape, tokenInfo, vowelBucket, type TokenInfo } from './features.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { NerModel } from './model.ts';

/**
 * Fast inference for the feature templates of features.ts (sentenceFeatures).
 *
 * Training and the reference definition of the features work with feature *strings*; looking each
 * one up in a Map<string, number> per token per pass (≈ 60 fresh concatenated strings per token,
 * each hashed once and thrown away) was ~70 % of extraction time. Here the model is "compiled" at
 * load time instead:
 *
 * - Everything that depends on one word only (its own templates, the templates it fills as a
 *   neighbour, its n-grams) is looked up once per distinct word and kept as weight-row numbers
 *   (WordRows), shared by every occurrence of the word (see WordCache).
 * - Templates over two neighbouring words (b-1, b+1, b-2, b+2, s-1sh, c|f+1, f-1|f+1) are split at
 *   load time into their two component strings; each word stores the ids of its components, and a
 *   pair is found with an integer hash lookup (PairTable) instead of building "b-1=X|Y".
 *
 * The rows of a token are added to its emission scores in exactly the order sentenceFeatures lists
 * the features, into a Float32Array as before, so the float32 sums — and hence the tags — are
 * bit-identical. test/nlp/ner/compiled.test.ts checks the row sequence against sentenceFeatures;
 * a new template in features.ts must be added here too.
 */

/** Row number of each weight-row in NerModel.weights; -1 means "not in the model". */
type Row = number;

/** Two-string templates and the components they join (in the order sentenceFeatures emits them). */
const PAIR_TEMPLATES = ['b-1=', 'b+1=', 's-1sh=', 'c|f+1=', 'f-1|f+1=', 'b-2=', 'b+2=', 'dks-1='] as const;
const B_M1 = 0;
const B_P1 = 1;
const S_M1_SH = 2;
const C_F_P1 = 3;
const F_M1_F_P1 = 4;
const B_M2 = 5;
const B_P2 = 6;
const DKS_M1 = 7;
/** Dictionary classes as small integers, for the dk3 template's table. */
const DICT_CLASSES = ['', 'k', 's', 'u'] as const;
const dictCode = (c: string): number => Math.max(0, DICT_CLASSES.indexOf(c as (typeof DICT_CLASSES)[number]));

/** Flag features, rows looked up once per model. */
const FLAGS = [
  'b', 'first', 'gP', 'gP-1', 'gP+1', 'gT', 'gT-1', 'gT+1', 'gPP', 't-1', 't-2', 't',
  'gPP-1', 'gP-2', 'gP+2', 'tfl', 'q', 't+1', 't+2', 't-1gP',
] as const;
type Flag = (typeof FLAGS)[number];

/**
 * Open-addressing hash table from a pair of non-negative int32 ids to a row: no strings and no
 * allocation per lookup. Built once per model.
 */
class PairTable {
  private readonly mask: number;
  private readonly keys: Int32Array;
  private readonly rows: Int32Array;

  constructor(entries: readonly (readonly [number, number, Row])[]) {
    let size = 16;
    while (size < entries.length * 2) size *= 2;
    this.mask = size - 1;
    this.keys = new Int32Array(size * 2).fill(-1);
    this.rows = new Int32Array(size);
    for (const [a, b, row] of entries) {
      let slot = PairTable.hash(a, b) & this.mask;
      while (this.keys[slot * 2] !== -1) {
        // the same pair twice can only come from two '|' splits of one name, i.e. the same row
        if (this.keys[slot * 2] === a && this.keys[slot * 2 + 1] === b) break;
        slot = (slot + 1) & this.mask;
      }
      this.keys[slot * 2] = a;
      this.keys[slot * 2 + 1] = b;
      this.rows[slot] = row;
    }
  }

  private static hash(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
  }

  get(a: number, b: number): Row {
    if (a < 0 || b < 0) return -1;
    let slot = PairTable.hash(a, b) & this.mask;
    for (;;) {
      const k = this.keys[slot * 2]!;
      if (k === -1) return -1;
      if (k === a && this.keys[slot * 2 + 1] === b) return this.rows[slot]!;
      slot = (slot + 1) & this.mask;
    }
  }
}

/** What one model needs to know about one word, all as row numbers / component ids. */
export interface WordRows {
  /** b w f s c sh len p1 p2 p3 x1 x2 x3, in that order, absent ones dropped. */
  own: Int32Array;
  /** The word as a neighbour: f-1 f+1 f-2 f+2 s-1 s+1 s-2 s+2 gPc-1 gPc+1 dk-1 dk+1 (-1 when absent). */
  asNeighbour: Int32Array;
  /** g3 then g4 n-grams of the stem (empty when the model has no n-grams or the stem is short). */
  ngrams: Int32Array;
  /** Rich templates of the word itself: gPc, tv, c|x2 (-1 when absent). */
  gPc: Row;
  tv: Row;
  cx2: Row;
  /** Dictionary templates of the word itself: dk, dkP, dkA (-1 when absent or the model has none). */
  dk: Row;
  dkP: Row;
  dkA: Row;
  /** Name-likeness templates of the word itself: nm, nmdk (-1 when absent). */
  nm: Row;
  nmdk: Row;
  /** Longer affixes p4 x4 p5 x5 (affixes option). */
  affix: Int32Array;
  /** dictCode of the word's dictionary class. */
  dictCode: number;
  /** Component ids for the pair tables (-1: the string is in no pair feature of the model). */
  stemId: number;
  foldId: number;
  prefixId: number;
  shapeId: number;
  dictId: number;
}

const F_M1 = 0;
const F_P1 = 1;
const F_M2 = 2;
const F_P2 = 3;
const S_M1 = 4;
const S_P1 = 5;
const S_M2 = 6;
const S_P2 = 7;
const GPC_M1 = 8;
const GPC_P1 = 9;
const DK_M1 = 10;
const DK_P1 = 11;
const NM_M1 = 12;
const NM_P1 = 13;

/** A model prepared for fast inference: see the file comment. */
export class CompiledModel {
  readonly T: number;
  private readonly features: Map<string, number>;
  private readonly weights: Float32Array;
  private readonly charNgrams: boolean;
  private readonly rich: boolean;
  private readonly dict: boolean;
  private readonly dictContext: boolean;
  private readonly affixes: boolean;
  private readonly nameLike: boolean;
  /** dk3 rows by dictCode triple (prev × 16 + own × 4 + next). */
  private readonly dk3: Int32Array = new Int32Array(64).fill(-1);
  /** Every string that is one side of a pair feature, across templates. */
  private readonly components = new Map<string, number>();
  private readonly pairs: PairTable[];
  private readonly flags: Record<Flag, Row>;

  constructor(model: NerModel) {
    this.T = model.tags.length;
    this.features = model.features;
    this.weights = model.weights;
    this.charNgrams = model.featureOptions.charNgrams;
    this.rich = model.featureOptions.rich === true;
    this.dict = model.featureOptions.dict === true;
    this.dictContext = model.featureOptions.dictContext === true;
    this.affixes = model.featureOptions.affixes === true;
    this.nameLike = model.featureOptions.nameLike === true;
    for (let a = 0; a < 4; a++)
      for (let b = 0; b < 4; b++)
        for (let c = 0; c < 4; c++) this.dk3[a * 16 + b * 4 + c] = this.row(`dk3=${DICT_CLASSES[a]}|${DICT_CLASSES[b]}|${DICT_CLASSES[c]}`);
    const entries: [number, number, Row][][] = PAIR_TEMPLATES.map(() => []);
    const id = (s: string): number => {
      let k = this.components.get(s);
      if (k === undefined) this.components.set(s, (k = this.components.size));
      return k;
    };
    // Every template name ends at its first '=' (components come after it), so one Map lookup
    // on that prefix finds the pair templates; this runs for every feature at load time.
    const pairIndex = new Map<string, number>(PAIR_TEMPLATES.map((t, k) => [t, k]));
    for (const [name, row] of model.features) {
      const eq = name.indexOf('=');
      if (eq < 0) continue;
      const p = pairIndex.get(name.slice(0, eq + 1));
      if (p === undefined) continue;
      // The components may themselves contain '|', so register every split: a lookup (L, R) then
      // matches exactly when `${template}${L}|${R}` is this name, as the string lookup would.
      const body = name.slice(PAIR_TEMPLATES[p]!.length);
      for (let at = body.indexOf('|'); at >= 0; at = body.indexOf('|', at + 1)) {
        entries[p]!.push([id(body.slice(0, at)), id(body.slice(at + 1)), row]);
      }
    }
    this.pairs = entries.map((e) => new PairTable(e));
    this.flags = Object.fromEntries(FLAGS.map((f) => [f, this.row(f)])) as Record<Flag, Row>;
  }

  private row(name: string): Row {
    return this.features.get(name) ?? -1;
  }

  private componentId(s: string): number {
    return this.components.get(s) ?? -1;
  }

  /** Looks up everything about one word (with its token facts) once. */
  wordRows(word: string, t: TokenInfo, sh: string): WordRows {
    const stem = t.stem;
    const own: Row[] = [
      this.flags.b,
      this.row('w=' + word),
      this.row('f=' + t.fold),
      this.row('s=' + stem),
      this.row('c=' + t.prefix),
      this.row('sh=' + sh),
      this.row('len=' + Math.min(stem.length, 8)),
      this.row('p1=' + stem.slice(0, 1)),
      this.row('p2=' + stem.slice(0, 2)),
      this.row('p3=' + stem.slice(0, 3)),
      this.row('x1=' + stem.slice(-1)),
      this.row('x2=' + stem.slice(-2)),
      this.row('x3=' + stem.slice(-3)),
    ];
    const ngrams: Row[] = [];
    if (this.charNgrams && stem.length > 3) {
      const padded = '^' + stem + '$';
      for (let k = 0; k + 3 <= padded.length; k++) ngrams.push(this.row('g3=' + padded.slice(k, k + 3)));
      for (let k = 0; k + 4 <= padded.length; k++) ngrams.push(this.row('g4=' + padded.slice(k, k + 4)));
    }
    const bucket = t.personBucket;
    const vb = vowelBucket(stem);
    const dk = this.dict && t.dict !== '';
    const nm = this.nameLike && t.nameLike !== '';
    return {
      own: Int32Array.from(own.filter((r) => r >= 0)),
      asNeighbour: Int32Array.of(
        this.row('f-1=' + t.fold),
        this.row('f+1=' + t.fold),
        this.row('f-2=' + t.fold),
        this.row('f+2=' + t.fold),
        this.row('s-1=' + stem),
        this.row('s+1=' + stem),
        this.row('s-2=' + stem),
        this.row('s+2=' + stem),
        bucket === '' ? -1 : this.row('gPc-1=' + bucket),
        bucket === '' ? -1 : this.row('gPc+1=' + bucket),
        dk ? this.row('dk-1=' + t.dict) : -1,
        dk ? this.row('dk+1=' + t.dict) : -1,
        nm ? this.row('nm-1=' + t.nameLike) : -1,
        nm ? this.row('nm+1=' + t.nameLike) : -1,
      ),
      ngrams: Int32Array.from(ngrams.filter((r) => r >= 0)),
      gPc: bucket === '' ? -1 : this.row('gPc=' + bucket),
      tv: vb === '' ? -1 : this.row('tv=' + vb + '|' + (t.prefix.endsWith('ال') || t.prefix.endsWith('لل') ? 'al' : '-')),
      cx2: this.row('c|x2=' + t.prefix + '|' + stem.slice(-2)),
      dk: dk ? this.row('dk=' + t.dict) : -1,
      dkP: dk ? this.row('dkP=' + t.dict + (t.person ? 'P' : '-') + (t.translit ? 'T' : '-')) : -1,
      dkA: dk ? this.row('dkA=' + t.dict + '|' + (hasArticle(t.prefix) ? 'al' : '-')) : -1,
      nm: nm ? this.row('nm=' + t.nameLike) : -1,
      nmdk: nm ? this.row('nmdk=' + t.nameLike + '|' + t.dict) : -1,
      affix: this.affixRows(stem),
      dictCode: dictCode(t.dict),
      stemId: this.componentId(stem),
      foldId: this.componentId(t.fold),
      prefixId: this.componentId(t.prefix),
      shapeId: this.componentId(sh),
      dictId: this.componentId(t.dict),
    };
  }

  private affixRows(stem: string): Int32Array {
    if (!this.affixes || stem.length <= 4) return new Int32Array(0);
    const rows = [this.row('p4=' + stem.slice(0, 4)), this.row('x4=' + stem.slice(-4))];
    if (stem.length > 5) rows.push(this.row('p5=' + stem.slice(0, 5)), this.row('x5=' + stem.slice(-5)));
    return Int32Array.from(rows.filter((r) => r >= 0));
  }

  /**
   * Emission scores (n × T) for one sentence, adding weight rows in sentenceFeatures' order.
   * `pass` picks this model's rows out of each word's cache entry.
   */
  emissions(sentence: SentenceFacts, pass: number, extra?: readonly (readonly string[])[]): Float32Array {
    const { words, phrases, quoted } = sentence;
    const n = words.length;
    const T = this.T;
    const W = this.weights;
    const em = new Float32Array(n * T);
    const flags = this.flags;
    const [pB1, pB2, pSh, pCf, pFf, pBm2, pBp2, pDks] = this.pairs as [
      PairTable, PairTable, PairTable, PairTable, PairTable, PairTable, PairTable, PairTable,
    ];
    const pad = sentence.pad;
    const add = (o: number, row: Row): void => {
      if (row < 0) return;
      const base = row * T;
      for (let k = 0; k < T; k++) em[o + k]! += W[base + k]!;
    };
    const addAll = (o: number, rows: Int32Array): void => {
      for (let j = 0; j < rows.length; j++) {
        const base = rows[j]! * T;
        for (let k = 0; k < T; k++) em[o + k]! += W[base + k]!;
      }
    };
    for (let i = 0; i < n; i++) {
      const o = i * T;
      const tw = words[i]!;
      const p1w = i >= 1 ? words[i - 1]! : pad;
      const p2w = i >= 2 ? words[i - 2]! : pad;
      const n1w = i + 1 < n ? words[i + 1]! : pad;
      const n2w = i + 2 < n ? words[i + 2]! : pad;
      const t = tw.rows[pass]!;
      const p1 = p1w.rows[pass]!;
      const p2 = p2w.rows[pass]!;
      const n1 = n1w.rows[pass]!;
      const n2 = n2w.rows[pass]!;
      const ti = tw.info;
      const p1i = p1w.info;
      const p2i = p2w.info;
      const n1i = n1w.info;
      const n2i = n2w.info;

      addAll(o, t.own);
      add(o, p1.asNeighbour[F_M1]!);
      add(o, n1.asNeighbour[F_P1]!);
      add(o, p2.asNeighbour[F_M2]!);
      add(o, n2.asNeighbour[F_P2]!);
      add(o, p1.asNeighbour[S_M1]!);
      add(o, n1.asNeighbour[S_P1]!);
      add(o, p2.asNeighbour[S_M2]!);
      add(o, n2.asNeighbour[S_P2]!);
      add(o, pB1.get(p1.stemId, t.stemId));
      add(o, pB2.get(t.stemId, n1.stemId));
      if (i === 0) add(o, flags.first);
      if (ti.person) add(o, flags.gP);
      if (p1i.person) add(o, flags['gP-1']);
      if (n1i.person) add(o, flags['gP+1']);
      if (ti.translit) add(o, flags.gT);
      if (p1i.translit) add(o, flags['gT-1']);
      if (n1i.translit) add(o, flags['gT+1']);
      if (ti.person && n1i.person) add(o, flags.gPP);
      if (p1i.title) add(o, flags['t-1']);
      if (p2i.title) add(o, flags['t-2']);
      if (ti.title) add(o, flags.t);
      const ph = phrases[i];
      if (ph !== undefined) for (const g of ph) add(o, this.row(g));
      addAll(o, t.ngrams);
      if (this.rich) {
        add(o, t.gPc);
        add(o, p1.asNeighbour[GPC_M1]!);
        add(o, n1.asNeighbour[GPC_P1]!);
        if (p1i.person && ti.person) add(o, flags['gPP-1']);
        if (p2i.person) add(o, flags['gP-2']);
        if (n2i.person) add(o, flags['gP+2']);
        add(o, t.tv);
        if (tw.foreign) add(o, flags.tfl);
        if (quoted[i]) add(o, flags.q);
        if (n1i.title) add(o, flags['t+1']);
        if (n2i.title) add(o, flags['t+2']);
        if (p1i.title && ti.person) add(o, flags['t-1gP']);
        add(o, pSh.get(p1.stemId, t.shapeId));
        add(o, pCf.get(t.prefixId, n1.foldId));
        add(o, pFf.get(p1.foldId, n1.foldId));
        add(o, pBm2.get(p2.stemId, p1.stemId));
        add(o, pBp2.get(n1.stemId, n2.stemId));
        add(o, t.cx2);
      }
      if (this.dict) {
        add(o, t.dk);
        add(o, t.dkP);
        add(o, t.dkA);
        add(o, p1.asNeighbour[DK_M1]!);
        add(o, n1.asNeighbour[DK_P1]!);
      }
      if (this.dictContext) {
        add(o, pDks.get(p1.stemId, t.dictId));
        add(o, this.dk3[p1.dictCode * 16 + t.dictCode * 4 + n1.dictCode]!);
      }
      if (this.nameLike) {
        add(o, t.nm);
        add(o, t.nmdk);
        add(o, p1.asNeighbour[NM_M1]!);
        add(o, n1.asNeighbour[NM_P1]!);
      }
      addAll(o, t.affix);
      if (extra) for (const g of extra[i]!) add(o, this.row(g));
    }
    return em;
  }
}

/** One distinct word: its token facts and, per pass, its rows in that pass's model. */
export interface WordEntry {
  info: TokenInfo;
  /** FOREIGN_LETTERS in the stem (the tfl template). */
  foreign: boolean;
  rows: WordRows[];
}

/** The per-sentence inputs of CompiledModel.emissions, shared by both passes. */
export interface SentenceFacts {
  words: readonly WordEntry[];
  /** Phrase-gazetteer features per token (undefined: none), as phraseMatches gives them. */
  phrases: readonly (readonly string[] | undefined)[];
  quoted: readonly boolean[];
  /** The padding "word" beyond either end of the sentence. */
  pad: WordEntry;
}

/**
 * Word → WordEntry for a tagger's passes. The entry depends only on the word, the gazetteer and the
 * models, all fixed for a tagger, so it is kept across documents; the cache is simply emptied when
 * it reaches `limit` words, which bounds memory for a long-running server.
 */
export class WordCache {
  private readonly map = new Map<string, WordEntry>();
  readonly pad: WordEntry;

  constructor(
    private readonly gazetteer: Gazetteer,
    private readonly passes: readonly CompiledModel[],
    private readonly limit = 50_000,
  ) {
    // PAD in features.ts: the same facts, so the same rows, as there.
    const info: TokenInfo = {
      fold: '<s>', stem: '<s>', prefix: '', person: false, personBucket: '', translit: false, title: false, dict: '', nameLike: '',
    };
    this.pad = { info, foreign: false, rows: passes.map((p) => p.wordRows('<s>', info, '')) };
  }

  get(word: string): WordEntry {
    let e = this.map.get(word);
    if (e === undefined) {
      if (this.map.size >= this.limit) this.map.clear();
      const info = tokenInfo(word, this.gazetteer);
      const sh = shape(word);
      e = { info, foreign: FOREIGN_LETTERS.test(info.stem), rows: this.passes.map((p) => p.wordRows(word, info, sh)) };
      this.map.set(word, e);
    }
    return e;
  }
}
