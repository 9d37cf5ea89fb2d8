import { TOPIC_CONTEXT, TOPIC_CORE, TOPIC_FORMS, TOPIC_OTHER_FIELDS, TOPIC_WEAK } from "../../run/topic.js";
import type { RuleContext } from "../types.js";
import { presence } from "./shared.js";

/**
 * The words that tie a sentence to domestic violence: the topic's core terms and forms of violence, its context words
 * (violence, victims, perpetrators, shelter, the victim's safety) and its weak signals (the chain's organisations,
 * unsafety at home, abuse, relationship education). Not the slots of the topic's constructions alone (a family, women):
 * "inbraken bij gezinnen" is about burglary.
 */
const DV_WORDS = [TOPIC_CORE, ...TOPIC_FORMS, ...TOPIC_CONTEXT, ...TOPIC_WEAK];

/**
 * Fields that are the subject of measures of their own: the topic's list (TOPIC_OTHER_FIELDS, rules/engine/run/topic.ts),
 * one list so that a sentence the topic reads as another field's is another field's for the checks too. Not the
 * topic-other fields that a victim's support reaches into: debts, income, housing, work and care are the general
 * support services of Convention art. 20 ("hulp bij schulden en huisvesting"), the Wmo is the shelter's legal basis,
 * emancipation belongs to art. 6; nor the public-order words (council members, events, the integral safety plan,
 * trafficking) that stand beside a measure against domestic violence.
 */
const OTHER_SUBJECTS = TOPIC_OTHER_FIELDS;

/**
 * Sentences whose subject is another field with no word of domestic violence in them: "Preventie van depressie en
 * eenzaamheid staat centraal", "Ook komt er een campagne tegen woninginbraken". A coverage check asks whether the text
 * addresses its item (issue 13 point 2); a measure about another field merely co-occurs with the item's trigger word
 * ("preventie", "campagne"), so it is a passing mention at most, wherever it stands. A sentence that names both
 * ("voorlichting over inbraak en huiselijk geweld") keeps its weight.
 */
export function otherFieldSentences(ctx: RuleContext): ReadonlySet<number> {
  let found = byScan.get(ctx.hits);
  if (!found) {
    const dv = presence(ctx, DV_WORDS).sentences;
    found = new Set([...presence(ctx, OTHER_SUBJECTS).sentences].filter((s) => !dv.has(s)));
    byScan.set(ctx.hits, found);
  }
  return found;
}
/** Every coverage check asks; one scan's answer is computed once (keyed by the scan's hits). */
const byScan = new WeakMap<RuleContext["hits"], Set<number>>();
