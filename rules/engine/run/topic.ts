import type { ConceptHits } from "../match/matcher.js";
import type { ParsedDocument } from "../text/document.js";

/** Corpus concepts that mark domestic-violence policy as the subject of a text. */
export const TOPIC_CORE = "dv-core";
/** Words around it (victim, perpetrator, violence) that count only next to a core term. */
export const TOPIC_CONTEXT = "dv-context";

/**
 * On-topic when domestic violence is a subject of the text, not a passing word: core terms
 * (huiselijk geweld, kindermishandeling, Veilig Thuis, vrouwenopvang, …) in at least two sentences
 * and in a meaningful share of them, or one core sentence with context words (slachtoffers, plegers,
 * geweld) in two more. A parking policy that mentions "geweld" once is off-topic.
 */
export function isOnTopic(doc: ParsedDocument, hits: ConceptHits, hasTopicLexicon: boolean): boolean {
  if (!hasTopicLexicon) return true;
  const core = new Set<number>();
  for (const h of hits.of([TOPIC_CORE])) core.add(h.sentence);
  const context = new Set<number>();
  for (const h of hits.of([TOPIC_CONTEXT])) if (!core.has(h.sentence)) context.add(h.sentence);
  const total = Math.max(1, doc.sentences.length);
  const share = (core.size + context.size / 2) / total;
  if (core.size >= 2) return core.size >= 12 || share >= 0.04;
  return core.size === 1 && context.size >= 2 && share >= 0.08;
}
