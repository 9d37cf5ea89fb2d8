import type { ParsedDocument } from "../text/document.js";
import { lowerBound } from "../text/lower-bound.js";
import { fold, matchKey } from "../text/stem.js";
import { FLAG_HYPHEN, FLAG_NUMBER, FLAG_SLASH, type TokenTable } from "../text/tokens.js";
import { GAP_MARK, MAX_GAP_WORDS } from "../text/word-pattern.js";
import { TokenMask } from "./token-mask.js";

/** How a term is compared with a token. */
export type TermMatch = "key" | "exact" | "case";
/** Whether a single-word term also matches inside Dutch compounds, and in which position. */
export type CompoundMode = "none" | "head" | "modifier" | "both";

export interface TermSpec {
  text: string;
  match?: TermMatch;
  compound?: CompoundMode;
}

export interface ConceptSpec {
  id: string;
  terms: TermSpec[];
  /** Words or phrases that never count as this concept ("kinderopvang" for opvang). */
  exceptions?: string[];
}

export interface Hit {
  readonly concept: string;
  /** Normalised offsets. */
  readonly start: number;
  readonly end: number;
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly sentence: number;
}

/** Concepts computed from token shape rather than listed terms. */
export const BUILTIN_CONCEPTS = ["@number", "@percentage", "@year", "@month", "@money", "@date"] as const;

/**
 * A trie node, in plain objects so that the compiled automaton is its own JSON (the compiled-data cache reads it
 * back without rebuilding anything). `e`: the concepts a phrase ending here belongs to, an exception of concept c
 * as -1-c; `n`: children by key ("k:" stem, "x:" exact, "c:" case-sensitive, or the gap).
 */
interface TrieNode {
  e?: number[];
  n?: Record<string, TrieNode>;
}

/** Compound parts by folded form: encoded concepts as in TrieNode.e. */
type CompoundTable = Record<string, number[]>;

export interface MatcherJson {
  conceptIds: string[];
  root: TrieNode;
  heads: CompoundTable;
  modifiers: CompoundTable;
  /** Case-sensitive heads: endings of a capitalised word inside a sentence ("=*aanse"). */
  capHeads: CompoundTable;
  /** minHead, maxHead, minMod, maxMod, then minCapHead, maxCapHead (null for ±Infinity). */
  bounds: Array<number | null>;
}

const encode = (concept: number, exception: boolean) => (exception ? -1 - concept : concept);
const conceptOf = (e: number) => (e < 0 ? -1 - e : e);

/** The trie edge of an ellipsis in a term (GAP_MARK; it may stand for up to MAX_GAP_WORDS words). */
const GAP = "gap";

/** A compound shorter than this has no modifier and head of three letters each worth splitting. */
const MIN_COMPOUND_LENGTH = 6;
/** The modifier before a head, and the head after it, is at least three letters ("vrouwen|opvang"). */
const MIN_COMPOUND_PART = 3;
/** The last part of a hyphenated word is a head of its own from three letters ("ex-partner" → partner). */
const MIN_HYPHEN_HEAD = 3;
/** A part of a hyphenated or slashed word is a word of its own from two letters ("VN", not "s"). */
const MIN_WORD_PART = 2;
/** Characters between the tokens of a phrase: a space, a hyphen, " - "; more is no longer one phrase. */
const MAX_PHRASE_GAP_CHARS = 3;
/** How far before a number a currency sign is looked for ("€ 12", "€12"). */
const CURRENCY_LOOKBACK = 3;
/** Initial rows of a hit table, and the extra rows on each growth (a short text fits without growing). */
const HIT_ROWS_CHUNK = 1024;
/** Growth factor of a hit table: by half, not doubling, as the rows of a big text are tens of megabytes. */
const HIT_ROWS_GROWTH = 1.5;
/** Largest concept index and hit length a row holds (two bytes each). */
const MAX_ROW_FIELD = 0xffff;

function child(node: TrieNode, key: string): TrieNode {
  const next = (node.n ??= {});
  return Object.hasOwn(next, key) ? next[key] : (next[key] = {});
}

/** The child of a node by key; keys carry a prefix ("k:", "x:", "c:"), so none is an Object.prototype name. */
function step(node: TrieNode, key: string): TrieNode | undefined {
  return node.n?.[key];
}

interface State {
  node: TrieNode;
  /** For a gap: how many more words it may skip. */
  skip: number;
  /** A gap ("…") that stands for words now: a bracketed aside may stand in it too. */
  gap?: true;
}

const TOKEN = /\d+(?:[.,:]\d+)*%?|[\p{L}\p{M}\d]+(?:[-'’&\/][\p{L}\p{M}\d]+)*\+*/gu;
const MONTHS = new Set(["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december", "jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt", "nov", "dec", "kwartaal"]);

export function termWords(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function keyFor(word: string, mode: TermMatch): string {
  if (mode === "case") return `c:${word}`;
  const f = fold(word);
  return mode === "exact" ? `x:${f}` : `k:${matchKey(f)}`;
}

/**
 * All concepts compiled once: a token trie for words and phrases (one pass over the tokens,
 * each position walks at most as deep as the longest phrase), plus suffix/prefix tables for
 * compound heads and modifiers. Scan cost grows with the document, hardly with the term count.
 */
export class Matcher {
  private root: TrieNode = {};
  private heads: CompoundTable = {};
  private modifiers: CompoundTable = {};
  private minHead = Infinity;
  private maxHead = 0;
  private minMod = Infinity;
  private maxMod = 0;
  private capHeads: CompoundTable = {};
  private minCapHead = Infinity;
  private maxCapHead = 0;
  readonly conceptIds: string[] = [];
  private readonly conceptIndex = new Map<string, number>();

  constructor(concepts: ConceptSpec[]) {
    for (const c of concepts) this.add(c);
  }

  /** The compiled automaton as JSON (for the compiled-data cache): building it stems every term. */
  toJSON(): MatcherJson {
    const bounds = [this.minHead, this.maxHead, this.minMod, this.maxMod, this.minCapHead, this.maxCapHead].map((x) => (Number.isFinite(x) ? x : null));
    return { conceptIds: this.conceptIds, root: this.root, heads: this.heads, modifiers: this.modifiers, capHeads: this.capHeads, bounds };
  }

  static fromJSON(json: MatcherJson): Matcher {
    const m = new Matcher([]);
    m.root = json.root;
    m.heads = json.heads;
    m.modifiers = json.modifiers;
    // No older cache reaches here: the cache key holds this file's stamp (data/compiled.ts COMPILER_FILES).
    m.capHeads = json.capHeads;
    [m.minHead, m.maxHead, m.minMod, m.maxMod, m.minCapHead, m.maxCapHead] = json.bounds.map((x) => x ?? Infinity);
    json.conceptIds.forEach((id, i) => {
      m.conceptIds.push(id);
      m.conceptIndex.set(id, i);
    });
    return m;
  }

  has(id: string): boolean {
    return this.conceptIndex.has(id) || (BUILTIN_CONCEPTS as readonly string[]).includes(id);
  }

  private add(concept: ConceptSpec): void {
    if (this.conceptIndex.has(concept.id)) throw new Error(`Concept ${concept.id} is defined twice`);
    const ci = this.conceptIds.length;
    this.conceptIds.push(concept.id);
    this.conceptIndex.set(concept.id, ci);
    for (const term of concept.terms) this.addTerm(ci, term, false);
    for (const ex of concept.exceptions ?? []) this.addTerm(ci, { text: ex, match: "exact" }, true);
  }

  private addTerm(concept: number, term: TermSpec, exception: boolean): void {
    const mode = term.match ?? "key";
    // "zetten … in op": up to MAX_GAP_WORDS words may stand where the ellipsis is ("zetten we stevig in op").
    const segments = term.text.split(GAP_MARK).map(termWords);
    const words = segments.flat();
    if (words.length === 0 || segments.some((s) => s.length === 0)) return;
    let node = this.root;
    segments.forEach((segment, si) => {
      if (si > 0) node = child(node, GAP);
      for (const w of segment) node = child(node, keyFor(w, mode));
    });
    (node.e ??= []).push(encode(concept, exception));
    if (segments.length > 1) return;
    // A hyphenated term also matches its closed spelling and vice versa ("eer-gerelateerd").
    if (words.length === 1 && words[0].includes("-") && mode !== "case") {
      this.addTerm(concept, { ...term, text: words[0].replace(/-/g, "") }, exception);
    }
    const compound = term.compound ?? "none";
    // "=*aanse": the ending of a capitalised word that does not open its sentence (a proper adjective: "Congolese",
    // "Servische"), not of any word ("praktische") nor of a heading's or sentence's first word.
    if (words.length === 1 && compound === "head" && mode === "case" && !exception) {
      const f = fold(words[0]);
      append(this.capHeads, f, encode(concept, false));
      this.minCapHead = Math.min(this.minCapHead, f.length);
      this.maxCapHead = Math.max(this.maxCapHead, f.length);
      return;
    }
    if (words.length === 1 && compound !== "none" && mode !== "case") {
      const f = fold(words[0]);
      const entry = encode(concept, exception);
      if (compound === "head" || compound === "both") {
        for (const form of new Set([f, matchKey(f)])) append(this.heads, form, entry);
        this.minHead = Math.min(this.minHead, matchKey(f).length, f.length);
        this.maxHead = Math.max(this.maxHead, f.length);
      }
      if (compound === "modifier" || compound === "both") {
        append(this.modifiers, f, entry);
        this.minMod = Math.min(this.minMod, f.length);
        this.maxMod = Math.max(this.maxMod, f.length);
      }
    }
  }

  /** Finds every concept occurrence in the document. */
  run(doc: ParsedDocument): ConceptHits {
    const t = doc.tokens;
    const hits = new HitRows();
    const exceptions = new HitRows();
    const builtinBase = this.conceptIds.length;
    const wordKeys = (keys: string[], p: string) => keys.push(`x:${fold(p)}`, `k:${matchKey(fold(p))}`);
    /** Keys of token i; `continuing` when it would extend a phrase begun before it. */
    const keysAt = (i: number, continuing = false): string[] => {
      const keys = [`k:${t.keyAt(i)}`, `x:${t.normAt(i)}`, `c:${t.textAt(i)}`];
      if ((t.flags[i] & FLAG_HYPHEN) !== 0) {
        // "eer-gerelateerd" also as "eergerelateerd"; "VGV-aanpak" also as its parts ("VGV"), its last part as
        // the head of the compound ("ex-partner" → partner), and its first part as the end of a phrase begun
        // before it ("Handle with Care-melding", "Veilig Thuis-medewerker"). A first part does not start a
        // match by itself: "ratio-denken" is no ratio.
        const closed = t.normAt(i).replace(/-/g, "");
        keys.push(`x:${closed}`, `k:${matchKey(closed)}`);
        const parts = t.textAt(i).split("-");
        for (const p of parts) if (p) keys.push(`c:${p}`);
        const last = parts[parts.length - 1];
        if (last.length >= MIN_HYPHEN_HEAD) keys.push(`k:${matchKey(fold(last))}`);
        if (continuing && parts[0].length >= MIN_WORD_PART) wordKeys(keys, parts[0]);
      }
      if ((t.flags[i] & FLAG_SLASH) !== 0) {
        // Alternatives joined by a slash are words of their own: "Streefdoel/indicator", "vrouwen/meisjes".
        for (const p of t.textAt(i).split("/")) {
          if (!p) continue;
          keys.push(`c:${p}`);
          if (p.length >= MIN_WORD_PART) wordKeys(keys, p);
        }
      }
      return keys;
    };
    for (let i = 0; i < t.count; i++) {
      const sentence = t.sentence[i];
      // Phrases and words from the trie. A state is a trie node, or a gap ("…") that may still skip words.
      let frontier: State[] = [];
      const enter = (into: State[], n: TrieNode) => {
        if (!into.some((s) => s.node === n && s.skip === 0)) into.push({ node: n, skip: 0 });
        const gap = step(n, GAP);
        if (gap && !into.some((s) => s.node === gap)) into.push({ node: gap, skip: MAX_GAP_WORDS, gap: true });
      };
      for (const k of keysAt(i)) {
        const n = step(this.root, k);
        if (n) enter(frontier, n);
      }
      let j = i;
      while (frontier.length > 0) {
        for (const { node } of frontier) {
          for (const e of node.e ?? []) {
            (e < 0 ? exceptions : hits).add(conceptOf(e), i, j + 1);
          }
        }
        j++;
        if (j >= t.count || t.sentence[j] !== sentence) break;
        // Inside an ellipsis a bracketed aside is skipped like the words around it ("de raad daar (elk kwartaal)
        // over te informeren"); elsewhere a bracket ends the phrase.
        if (!adjacent(doc.text, t, j - 1, j)) {
          if (!bracketed(doc.text, t, j - 1, j)) break;
          frontier = frontier.filter((s) => s.gap);
          if (frontier.length === 0) break;
        }
        const next: State[] = [];
        const keys = keysAt(j, true);
        for (const s of frontier) {
          for (const k of keys) {
            const n = step(s.node, k);
            if (n) enter(next, n);
          }
          // Inside a gap the word may be skipped; a gap reached just now cannot end the phrase.
          if (s.skip > 0) next.push({ node: s.node, skip: s.skip - 1, gap: true });
        }
        frontier = next;
      }
      this.compounds(t, i, hits, exceptions);
      builtins(doc, i, hits, builtinBase);
    }
    return new ConceptHits(t, [...this.conceptIds, ...BUILTIN_CONCEPTS], hits.without(exceptions));
  }

  private compounds(t: TokenTable, i: number, hits: HitRows, exceptions: HitRows): void {
    const norm = (t.flags[i] & FLAG_HYPHEN) !== 0 ? t.normAt(i).replace(/-/g, "") : t.normAt(i);
    const key = t.keyAt(i);
    const L = norm.length;
    if (L < MIN_COMPOUND_LENGTH || (t.flags[i] & FLAG_NUMBER) !== 0) return;
    const found = new Set<number>();
    const emit = (table: CompoundTable, part: string) => {
      if (!Object.hasOwn(table, part)) return;
      for (const e of table[part]) {
        if (found.has(e)) continue;
        found.add(e);
        (e < 0 ? exceptions : hits).add(conceptOf(e), i, i + 1);
      }
    };
    // The modifier before a head is at least three letters ("vrouwen|opvang", "crisis|opvang").
    for (let a = Math.max(MIN_COMPOUND_PART, L - this.maxHead); a <= L - this.minHead; a++) emit(this.heads, norm.slice(a));
    for (let a = Math.max(MIN_COMPOUND_PART, key.length - this.maxHead); a <= key.length - this.minHead; a++) emit(this.heads, key.slice(a));
    for (let b = this.minMod; b <= Math.min(this.maxMod, L - MIN_COMPOUND_PART); b++) emit(this.modifiers, norm.slice(0, b));
    if (this.maxCapHead > 0 && i > 0 && t.sentence[i - 1] === t.sentence[i] && CAPITAL.test(t.textAt(i))) {
      for (let a = Math.max(MIN_COMPOUND_PART, L - this.maxCapHead); a <= L - this.minCapHead; a++) emit(this.capHeads, norm.slice(a));
    }
  }
}

/** A word that starts with a capital letter. */
const CAPITAL = /^\p{Lu}/u;

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function append<V>(table: Record<string, V[]>, k: string, v: V): void {
  if (Object.hasOwn(table, k)) table[k].push(v);
  else table[k] = [v];
}

/** Tokens separated by an opening or closing bracket with spaces (the edge of an aside), or by a currency sign. */
function bracketed(text: string, t: TokenTable, a: number, b: number): boolean {
  const gap = text.slice(t.end[a], t.start[b]);
  // A currency sign is skipped the same way inside an ellipsis ("structureel … per jaar" over "structureel € 60.000 per jaar").
  return gap.length <= MAX_PHRASE_GAP_CHARS && /^\s*[()€$£]\s*$/.test(gap);
}

/** Tokens of a phrase are separated by spaces or a hyphen only ("zorg- en veiligheidshuis"). */
function adjacent(text: string, t: TokenTable, a: number, b: number): boolean {
  const gap = b < t.count ? text.slice(t.end[a], t.start[b]) : "";
  return gap.length <= MAX_PHRASE_GAP_CHARS && /^[\s\-–/]*$/.test(gap);
}

/**
 * Number words that make the builtin @number: closed-class grammar of the builtin, not a vocabulary (decisions, issue 14
 * point 3). Every cardinal to a hundred by Dutch morphology: units, the teens, the tens, and unit + "en"/"ën" + ten
 * ("eenentwintig", "tweeëntwintig", "negenennegentig"); "een" alone stays the article (see below).
 */
const UNITS = "twee|drie|vier|vijf|zes|zeven|acht|negen";
const TEENS = "tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien";
const TENS = "twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig";
const NUMBER_WORDS = new RegExp(
  `^(?:${UNITS}|${TEENS}|(?:(?:een|één|${UNITS})(?:en|ën))?(?:${TENS})|honderd|duizend|helft|derde|kwart)$`,
);

const BUILTIN_INDEX = new Map<string, number>(BUILTIN_CONCEPTS.map((c, k) => [c, k]));

function builtins(doc: ParsedDocument, i: number, hits: HitRows, base: number): void {
  const t = doc.tokens;
  const n = t.normAt(i);
  const add = (concept: (typeof BUILTIN_CONCEPTS)[number]) => hits.add(base + BUILTIN_INDEX.get(concept)!, i, i + 1);
  if ((t.flags[i] & FLAG_NUMBER) !== 0) {
    add("@number");
    if (n.endsWith("%") || t.normAt(i + 1) === "procent" || t.normAt(i + 1) === "%") add("@percentage");
    if (/^(?:19|20)\d\d$/.test(n)) {
      add("@year");
      add("@date");
    }
    const before = doc.text.slice(Math.max(0, t.start[i] - CURRENCY_LOOKBACK), t.start[i]);
    if (before.includes("€") || t.normAt(i + 1) === "euro" || t.normAt(i + 1) === "miljoen" && t.normAt(i + 2) === "euro") add("@money");
  } else if (MONTHS.has(n)) {
    add("@month");
    add("@date");
  } else if (n === "euro" || n === "eur") add("@money");
  else if (NUMBER_WORDS.test(n)) add("@number");
  // "een" is nearly always the article; only the stressed "één" is a number.
  else if (n === "een" && doc.text.slice(t.start[i], t.end[i]).toLowerCase() === "één") add("@number");
}

/**
 * Hits as rows of three numbers (concept index, first token, number of tokens) in growable typed arrays: a 16 MB
 * text has millions of hits, and an object per hit would cost several times the text. The concept index and the
 * length take two bytes each (a matcher has hundreds of concepts, a hit a phrase of a few words): 8 bytes a row
 * instead of 12, 12 MB less on the 16 MB synthetic document.
 */
class HitRows {
  n = 0;
  concept: Uint16Array;
  tokStart: Int32Array;
  /** tokEnd - tokStart. */
  length: Uint16Array;

  constructor(capacity = HIT_ROWS_CHUNK) {
    this.concept = new Uint16Array(capacity);
    this.tokStart = new Int32Array(capacity);
    this.length = new Uint16Array(capacity);
  }

  /** The token after the last of row r. */
  tokEnd(r: number): number {
    return this.tokStart[r] + this.length[r];
  }

  add(concept: number, tokStart: number, tokEnd: number): void {
    if (concept < 0 || concept > MAX_ROW_FIELD || tokEnd - tokStart > MAX_ROW_FIELD) throw new Error(`hit row out of range: concept ${concept}, ${tokEnd - tokStart} tokens`);
    if (this.n === this.concept.length) {
      // By half, not doubling: the rows of a big text are tens of megabytes.
      const cap = Math.ceil(this.concept.length * HIT_ROWS_GROWTH) + HIT_ROWS_CHUNK;
      const grow = <T extends Uint16Array | Int32Array>(a: T, b: T): T => {
        b.set(a);
        return b;
      };
      this.concept = grow(this.concept, new Uint16Array(cap));
      this.tokStart = grow(this.tokStart, new Int32Array(cap));
      this.length = grow(this.length, new Uint16Array(cap));
    }
    this.concept[this.n] = concept;
    this.tokStart[this.n] = tokStart;
    this.length[this.n] = tokEnd - tokStart;
    this.n++;
  }

  /**
   * Drops, in place, the rows that overlap an exception of their own concept ("kinderopvang" is no opvang), and
   * returns this. In place because a copy of the rows of a 16 MB text is 24 MB held beside them at the end of the match.
   * Both come in order of their first token; an exception spans at most a phrase, so each row looks at the few
   * exceptions that start within the longest exception before it (linear in the rows).
   */
  without(exceptions: HitRows): HitRows {
    if (exceptions.n === 0) return this;
    let longest = 0;
    for (let k = 0; k < exceptions.n; k++) longest = Math.max(longest, exceptions.length[k]);
    let first = 0;
    let kept = 0;
    for (let r = 0; r < this.n; r++) {
      const a = this.tokStart[r];
      const b = this.tokEnd(r);
      const c = this.concept[r];
      while (first < exceptions.n && exceptions.tokStart[first] + longest <= a) first++;
      let excluded = false;
      for (let k = first; k < exceptions.n && exceptions.tokStart[k] < b; k++) {
        if (exceptions.concept[k] === c && exceptions.tokEnd(k) > a) {
          excluded = true;
          break;
        }
      }
      if (excluded) continue;
      // kept <= r: row r has been read before its place is written.
      this.concept[kept] = c;
      this.tokStart[kept] = a;
      this.length[kept] = b - a;
      kept++;
    }
    this.n = kept;
    return this;
  }
}

interface HitSource {
  tokens: TokenTable;
  ids: string[];
  rows: HitRows;
}

/**
 * A hit as a view on its row: two fields, its values read from the rows when asked for. A 16 MB text has about a
 * million hits that rules ask for; as objects of six numbers they cost 72 bytes each, as views 40. Copy one with
 * Object.create(Object.getPrototypeOf(h)) and Object.assign (a spread copies the fields, not the getters); JSON
 * gives the values.
 */
class RowHit implements Hit {
  constructor(
    private readonly src: HitSource,
    private readonly row: number,
  ) {}

  get concept(): string {
    return this.src.ids[this.src.rows.concept[this.row]];
  }

  get start(): number {
    return this.src.tokens.start[this.src.rows.tokStart[this.row]];
  }

  get end(): number {
    return this.src.tokens.end[this.src.rows.tokEnd(this.row) - 1];
  }

  get tokStart(): number {
    return this.src.rows.tokStart[this.row];
  }

  get tokEnd(): number {
    return this.src.rows.tokEnd(this.row);
  }

  get sentence(): number {
    return this.src.tokens.sentence[this.src.rows.tokStart[this.row]];
  }

  toJSON(): Hit {
    return { concept: this.concept, start: this.start, end: this.end, tokStart: this.tokStart, tokEnd: this.tokEnd, sentence: this.sentence };
  }
}

/**
 * Concept hits of one document, indexed by concept and by sentence. Kept as rows; a Hit object is made when a rule
 * asks for it, once (the same object every time it is asked for, until releaseObjects).
 *
 * The objects are kept per concept, in the concept's own list (slot k: its k-th row), not in a list over all rows:
 * a 16 MB text has two million rows of which rules ask for about half, and a slot per row cost 16 MB beside the
 * lists the rules get. A concept's list, once whole, is what `of` returns, frozen: the slots are the index from a
 * row to its object, so no rule may sort or change them.
 */
export class ConceptHits {
  private readonly index = new Map<string, number>();
  /** Rows grouped by concept: rowsOf[offset[c] .. offset[c+1]), in document order. */
  private readonly offset: Int32Array;
  private readonly rowsOf: Int32Array;
  /** Per concept, its hit objects made so far (slot k: row rowsOf[offset[c] + k]); frozen once whole. */
  private readonly slots: Array<Array<Hit | undefined> | undefined>;
  /** Hit objects made since the last releaseObjects (what one rule costs in objects; issue 15's memory guard). */
  private made = 0;
  private readonly source: HitSource;

  constructor(
    private readonly tokens: TokenTable,
    private readonly ids: string[],
    private readonly rows: HitRows,
  ) {
    ids.forEach((id, k) => this.index.set(id, k));
    this.source = { tokens, ids, rows };
    this.slots = new Array(ids.length);
    // Counting sort of the rows by concept, keeping document order within a concept.
    this.offset = new Int32Array(ids.length + 1);
    for (let r = 0; r < rows.n; r++) this.offset[rows.concept[r] + 1]++;
    for (let c = 0; c < ids.length; c++) this.offset[c + 1] += this.offset[c];
    this.rowsOf = new Int32Array(rows.n);
    const fill = this.offset.slice(0, ids.length);
    for (let r = 0; r < rows.n; r++) this.rowsOf[fill[rows.concept[r]]++] = r;
  }

  /**
   * Forgets the hit objects made so far (the scan calls it after each rule): a hit is the same object every time one
   * rule asks for it, but the next rule gets objects of its own. Kept for the whole scan, the objects rules asked for
   * were about 1.4 million on the 16 MB synthetic document (58 MB, and 11 MB of lists), held to the end; forgotten,
   * the most any one rule makes. Returns how many objects were made since the last call.
   */
  releaseObjects(): number {
    this.slots.fill(undefined);
    const made = this.made;
    this.made = 0;
    return made;
  }

  /** How many hits (rows) the document has. */
  get rowCount(): number {
    return this.rows.n;
  }

  private slotsOf(c: number): Array<Hit | undefined> {
    let list = this.slots[c];
    if (list === undefined) {
      list = new Array<Hit | undefined>(this.offset[c + 1] - this.offset[c]);
      this.slots[c] = list;
    }
    return list;
  }

  /** The object of the concept's k-th row. */
  private hitAt(c: number, k: number): Hit {
    const list = this.slotsOf(c);
    let h = list[k];
    if (h === undefined) {
      h = new RowHit(this.source, this.rowsOf[this.offset[c] + k]);
      this.made++;
      list[k] = h;
    }
    return h;
  }

  /** The object of row r: its concept's slot, found by binary search among that concept's rows (in row order). */
  private hit(r: number): Hit {
    const c = this.rows.concept[r];
    const from = this.offset[c];
    const k = lowerBound(this.offset[c + 1] - from, (i) => this.rowsOf[from + i] < r);
    return this.hitAt(c, k);
  }

  /** Every hit in document order (materialises them all: for tests and tools, not for rules). */
  get all(): Hit[] {
    const out: Hit[] = [];
    for (let r = 0; r < this.rows.n; r++) out.push(this.hit(r));
    return out;
  }

  private ofConcept(id: string): Hit[] {
    const c = this.index.get(id);
    if (c === undefined) return [];
    const list = this.slotsOf(c);
    if (!Object.isFrozen(list)) {
      for (let k = 0; k < list.length; k++) this.hitAt(c, k);
      Object.freeze(list);
    }
    return list as Hit[];
  }

  of(concepts: readonly string[]): Hit[] {
    if (concepts.length === 1) return this.ofConcept(concepts[0]);
    const out: Hit[] = [];
    for (const c of new Set(concepts)) for (const h of this.ofConcept(c)) out.push(h);
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  inSentence(sentence: number, concepts?: readonly string[]): Hit[] {
    const t = this.tokens;
    const rows = this.rows;
    // Rows are in order of their first token, and tokens in order of their sentence: binary search both.
    const firstToken = lowerBound(t.count, (i) => t.sentence[i] < sentence);
    let r = lowerBound(rows.n, (k) => rows.tokStart[k] < firstToken);
    const wanted = concepts ? new Set(concepts.map((c) => this.index.get(c)).filter((c): c is number => c !== undefined)) : null;
    const out: Hit[] = [];
    for (; r < rows.n && t.sentence[rows.tokStart[r]] === sentence; r++) {
      if (!wanted || wanted.has(rows.concept[r])) out.push(this.hit(r));
    }
    return out;
  }

  /**
   * The token after the last of each hit of these concepts, read from the rows: for a rule that needs only where
   * hits end ("a party right after a preposition"), no objects are made. On the 16 MB synthetic document
   * "object-preposition" alone has 215,000 hits, 10 MB as objects kept for the scan.
   */
  tokEnds(concepts: readonly string[]): Set<number> {
    const out = new Set<number>();
    for (const id of concepts) {
      const c = this.index.get(id);
      if (c === undefined) continue;
      for (let k = this.offset[c]; k < this.offset[c + 1]; k++) out.add(this.rows.tokEnd(this.rowsOf[k]));
    }
    return out;
  }

  /** The tokens the hits of these concepts cover, read from the rows (no objects are made). */
  tokenMask(concepts: readonly string[]): TokenMask {
    const mask = new TokenMask(this.tokens.count);
    for (const id of new Set(concepts)) {
      const c = this.index.get(id);
      if (c === undefined) continue;
      for (let k = this.offset[c]; k < this.offset[c + 1]; k++) {
        const r = this.rowsOf[k];
        for (let i = this.rows.tokStart[r], end = this.rows.tokEnd(r); i < end; i++) mask.add(i);
      }
    }
    return mask;
  }

  /** The tokens at which a hit of any concept starts, read from the rows (no objects are made). */
  startMask(): TokenMask {
    const mask = new TokenMask(this.tokens.count);
    for (let r = 0; r < this.rows.n; r++) mask.add(this.rows.tokStart[r]);
    return mask;
  }

  count(concept: string): number {
    const c = this.index.get(concept);
    return c === undefined ? 0 : this.offset[c + 1] - this.offset[c];
  }
}

