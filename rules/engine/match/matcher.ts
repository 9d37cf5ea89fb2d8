import type { ParsedDocument } from "../text/document.js";
import { fold, matchKey } from "../text/stem.js";
import { FLAG_HYPHEN, FLAG_NUMBER, FLAG_SLASH, type TokenTable } from "../text/tokens.js";

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
  concept: string;
  /** Normalised offsets. */
  start: number;
  end: number;
  tokStart: number;
  tokEnd: number;
  sentence: number;
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
  /** minHead, maxHead, minMod, maxMod (null for ±Infinity). */
  bounds: Array<number | null>;
}

const encode = (concept: number, exception: boolean) => (exception ? -1 - concept : concept);
const conceptOf = (e: number) => (e < 0 ? -1 - e : e);

/** The trie edge of an ellipsis in a term, and how many words it may stand for. */
const GAP = "gap";
const GAP_MARK = /\s*(?:…|\.\.\.)\s*/;
const MAX_GAP = 3;

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
  readonly conceptIds: string[] = [];
  private readonly conceptIndex = new Map<string, number>();

  constructor(concepts: ConceptSpec[]) {
    for (const c of concepts) this.add(c);
  }

  /** The compiled automaton as JSON (for the compiled-data cache): building it stems every term. */
  toJSON(): MatcherJson {
    const bounds = [this.minHead, this.maxHead, this.minMod, this.maxMod].map((x) => (Number.isFinite(x) ? x : null));
    return { conceptIds: this.conceptIds, root: this.root, heads: this.heads, modifiers: this.modifiers, bounds };
  }

  static fromJSON(json: MatcherJson): Matcher {
    const m = new Matcher([]);
    m.root = json.root;
    m.heads = json.heads;
    m.modifiers = json.modifiers;
    [m.minHead, m.maxHead, m.minMod, m.maxMod] = json.bounds.map((x) => x ?? Infinity);
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
    // "zetten … in op": up to MAX_GAP words may stand where the ellipsis is ("zetten we stevig in op").
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
    const hits: Hit[] = [];
    const exceptions: Hit[] = [];
    const wordKeys = (keys: string[], p: string) => keys.push(`x:${fold(p)}`, `k:${matchKey(fold(p))}`);
    /** Keys of token i; `continuing` when it would extend a phrase begun before it. */
    const keysAt = (i: number, continuing = false): string[] => {
      const keys = [`k:${t.key[i]}`, `x:${t.norm[i]}`, `c:${t.text[i]}`];
      if ((t.flags[i] & FLAG_HYPHEN) !== 0) {
        // "eer-gerelateerd" also as "eergerelateerd"; "VGV-aanpak" also as its parts ("VGV"), its last part as
        // the head of the compound ("ex-partner" → partner), and its first part as the end of a phrase begun
        // before it ("Handle with Care-melding", "Veilig Thuis-medewerker"). A first part does not start a
        // match by itself: "ratio-denken" is no ratio.
        const closed = t.norm[i].replace(/-/g, "");
        keys.push(`x:${closed}`, `k:${matchKey(closed)}`);
        const parts = t.text[i].split("-");
        for (const p of parts) if (p) keys.push(`c:${p}`);
        const last = parts[parts.length - 1];
        if (last.length >= 3) keys.push(`k:${matchKey(fold(last))}`);
        if (continuing && parts[0].length >= 2) wordKeys(keys, parts[0]);
      }
      if ((t.flags[i] & FLAG_SLASH) !== 0) {
        // Alternatives joined by a slash are words of their own: "Streefdoel/indicator", "vrouwen/meisjes".
        for (const p of t.text[i].split("/")) {
          if (!p) continue;
          keys.push(`c:${p}`);
          if (p.length >= 2) wordKeys(keys, p);
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
        if (gap && !into.some((s) => s.node === gap)) into.push({ node: gap, skip: MAX_GAP });
      };
      for (const k of keysAt(i)) {
        const n = step(this.root, k);
        if (n) enter(frontier, n);
      }
      let j = i;
      while (frontier.length > 0) {
        for (const { node } of frontier) {
          for (const e of node.e ?? []) {
            const hit = { concept: this.conceptIds[conceptOf(e)], start: t.start[i], end: t.end[j], tokStart: i, tokEnd: j + 1, sentence };
            (e < 0 ? exceptions : hits).push(hit);
          }
        }
        j++;
        if (j >= t.count || t.sentence[j] !== sentence || !adjacent(doc.text, t, j - 1, j)) break;
        const next: State[] = [];
        const keys = keysAt(j, true);
        for (const s of frontier) {
          for (const k of keys) {
            const n = step(s.node, k);
            if (n) enter(next, n);
          }
          // Inside a gap the word may be skipped; a gap reached just now cannot end the phrase.
          if (s.skip > 0) next.push({ node: s.node, skip: s.skip - 1 });
        }
        frontier = next;
      }
      this.compounds(t, i, hits, exceptions);
      builtins(doc, i, hits);
    }
    return new ConceptHits(filterExceptions(hits, exceptions));
  }

  private compounds(t: TokenTable, i: number, hits: Hit[], exceptions: Hit[]): void {
    const norm = (t.flags[i] & FLAG_HYPHEN) !== 0 ? t.norm[i].replace(/-/g, "") : t.norm[i];
    const key = t.key[i];
    const L = norm.length;
    if (L < 6 || (t.flags[i] & FLAG_NUMBER) !== 0) return;
    const found = new Set<number>();
    const emit = (table: CompoundTable, part: string) => {
      if (!Object.hasOwn(table, part)) return;
      for (const e of table[part]) {
        if (found.has(e)) continue;
        found.add(e);
        const hit = { concept: this.conceptIds[conceptOf(e)], start: t.start[i], end: t.end[i], tokStart: i, tokEnd: i + 1, sentence: t.sentence[i] };
        (e < 0 ? exceptions : hits).push(hit);
      }
    };
    // The modifier before a head is at least three letters ("vrouwen|opvang", "crisis|opvang").
    for (let a = Math.max(3, L - this.maxHead); a <= L - this.minHead; a++) emit(this.heads, norm.slice(a));
    for (let a = Math.max(3, key.length - this.maxHead); a <= key.length - this.minHead; a++) emit(this.heads, key.slice(a));
    for (let b = this.minMod; b <= Math.min(this.maxMod, L - 3); b++) emit(this.modifiers, norm.slice(0, b));
  }
}

function push<K, V>(map: Map<K, V[]>, k: K, v: V): void {
  const list = map.get(k);
  if (list) list.push(v);
  else map.set(k, [v]);
}

function append<V>(table: Record<string, V[]>, k: string, v: V): void {
  if (Object.hasOwn(table, k)) table[k].push(v);
  else table[k] = [v];
}

/** Tokens of a phrase are separated by spaces or a hyphen only ("zorg- en veiligheidshuis"). */
function adjacent(text: string, t: TokenTable, a: number, b: number): boolean {
  const gap = b < t.count ? text.slice(t.end[a], t.start[b]) : "";
  return gap.length <= 3 && /^[\s\-–/]*$/.test(gap);
}

function builtins(doc: ParsedDocument, i: number, hits: Hit[]): void {
  const t = doc.tokens;
  const n = t.norm[i];
  const add = (concept: string) =>
    hits.push({ concept, start: t.start[i], end: t.end[i], tokStart: i, tokEnd: i + 1, sentence: t.sentence[i] });
  if ((t.flags[i] & FLAG_NUMBER) !== 0) {
    add("@number");
    if (n.endsWith("%") || t.norm[i + 1] === "procent" || t.norm[i + 1] === "%") add("@percentage");
    if (/^(?:19|20)\d\d$/.test(n)) {
      add("@year");
      add("@date");
    }
    const before = doc.text.slice(Math.max(0, t.start[i] - 3), t.start[i]);
    if (before.includes("€") || t.norm[i + 1] === "euro" || t.norm[i + 1] === "miljoen" && t.norm[i + 2] === "euro") add("@money");
  } else if (MONTHS.has(n)) {
    add("@month");
    add("@date");
  } else if (n === "euro" || n === "eur") add("@money");
  else if (/^(?:twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twintig|honderd|duizend|helft|derde|kwart)$/.test(n)) add("@number");
  // "een" is nearly always the article; only the stressed "één" is a number.
  else if (n === "een" && doc.text.slice(t.start[i], t.end[i]).toLowerCase() === "één") add("@number");
}

function filterExceptions(hits: Hit[], exceptions: Hit[]): Hit[] {
  if (exceptions.length === 0) return hits;
  const byConcept = new Map<string, Hit[]>();
  for (const e of exceptions) push(byConcept, e.concept, e);
  return hits.filter((h) => !(byConcept.get(h.concept) ?? []).some((e) => e.start < h.end && h.start < e.end));
}

/** Concept hits of one document, indexed by concept and by sentence. */
export class ConceptHits {
  private readonly byConcept = new Map<string, Hit[]>();
  private readonly bySentence = new Map<number, Hit[]>();

  constructor(readonly all: Hit[]) {
    for (const h of all) {
      push(this.byConcept, h.concept, h);
      push(this.bySentence, h.sentence, h);
    }
  }

  of(concepts: readonly string[]): Hit[] {
    if (concepts.length === 1) return this.byConcept.get(concepts[0]) ?? [];
    const out: Hit[] = [];
    for (const c of new Set(concepts)) out.push(...(this.byConcept.get(c) ?? []));
    return out.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  inSentence(sentence: number, concepts?: readonly string[]): Hit[] {
    const list = this.bySentence.get(sentence) ?? [];
    return concepts ? list.filter((h) => concepts.includes(h.concept)) : list;
  }

  count(concept: string): number {
    return this.byConcept.get(concept)?.length ?? 0;
  }
}
