import type { Sentence } from "../../text/document.js";
import type { RuleContext } from "../types.js";

// A sentence that only reports an activity that ended ("In 2019 liep er een campagne", "In 2020 kregen leerkrachten
// een training"): the simple past, with nothing that carries it on. The words are in corpus/lexicons/tense.yml.

/** Simple-past auxiliaries ("werd", "was") and verbs ("liep", "kregen", "bood"). */
export const PAST_VERBS = ["past-auxiliary", "past-verb"];
/**
 * What carries a sentence on to now or later: a future or intention auxiliary ("zal", "willen", "wordt") or a
 * continuation ("zetten we voort", "ook dit jaar", "nog steeds").
 */
export const CARRIED_ON = ["future-auxiliary", "intention-auxiliary", "continuation-marker"];
/** Every concept the check reads (for a rule's `uses`). */
export const PAST_REPORT_CONCEPTS = [...PAST_VERBS, ...CARRIED_ON];

/**
 * Does the sentence report a past activity only? The perfect is left out: "is een campagne gestart" is a result
 * that still holds, and "sinds 2019 biedt …" is in the present, so both keep their strength.
 */
export function pastReport(ctx: RuleContext, s: Sentence): boolean {
  return ctx.hits.inSentence(s.index, PAST_VERBS).length > 0 && ctx.hits.inSentence(s.index, CARRIED_ON).length === 0;
}
