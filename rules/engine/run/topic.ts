import type { ConceptHits } from "../match/matcher.js";
import type { ParsedDocument } from "../text/document.js";

/** Corpus concepts that mark domestic-violence policy as the subject of a text. */
export const TOPIC_CORE = "dv-core";

/**
 * On-topic when domestic violence is a subject of the text, not a passing word: core terms
 * (huiselijk geweld, kindermishandeling, Veilig Thuis, vrouwenopvang, …) in at least two
 * sentences and in a meaningful share of them. A parking policy that mentions "geweld" once is off-topic.
 */
export function isOnTopic(doc: ParsedDocument, hits: ConceptHits, hasTopicLexicon: boolean): boolean {
  if (!hasTopicLexicon) return true;
  const sentences = new Set<number>();
  for (const h of hits.of([TOPIC_CORE])) sentences.add(h.sentence);
  const total = Math.max(1, doc.sentences.length);
  return sentences.size >= 2 && (sentences.size >= 12 || sentences.size / total >= 0.04);
}
