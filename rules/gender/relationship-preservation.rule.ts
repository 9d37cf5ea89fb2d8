import { defineRule, type Hit, type RuleContext } from "../engine/rule-api.js";
import { framingContext, has, hitsIn, nearBy, ownWords, REFUTATION, reportAt, termOf } from "./lib/framing.js";

// Preserving the relationship as the goal or success of help in partner violence: couples therapy or
// mediation presented as an outcome ("enkele gevallen zijn bij elkaar gebleven met hulp in de vorm van
// relatietherapie", seed 003 L3648-3649), or care aimed at preventing that "het partnerschap ... verder
// beschadigd wordt" (L1118-1122). Not when the sentence puts safety first or names screening; not negated
// ("geen relatietherapie"), not in someone else's words, only in a domestic-violence passage (the sentence's own
// context, lib/framing framingContext, not the document's on-topic verdict: a news item or excerpt counts too); a
// relationship noun with a keep-intact cue only near family words (not "het partnerschap met de GGD behouden").
// Related to Art. 48 (no mandatory mediation) and GREVIO G12; the Istanbul module checks the safeguard, the rule
// mediation-partner-violence marks mediation and couples therapy as the approach, this rule the aim of keeping
// the relationship ("een vastgelopen situatie vlot trekken", "relatieherstel").
const TERMS = ["gender-relationship-preservation"];
const NOUN = ["gender-relationship-noun"];
const CUE = ["gender-preservation-cue"];
const SAFETY = ["gender-safety-first"];
const FAMILY = "gender/relationship-preservation#family";

/** A relationship noun with a keep-intact cue is about a family or couple, not an organisational partnership. */
function familyPassage(ctx: RuleContext, h: Hit): boolean {
  return nearBy(ctx, ctx.doc.sentences[h.sentence], [FAMILY], 2);
}

export default defineRule({
  id: "relationship-preservation",
  title: { nl: "Behoud van de relatie als doel", en: "Preserving the relationship as a goal" },
  description: {
    nl: "Een zin die relatietherapie, bemiddeling of het bij elkaar blijven van partners als doel of succes van de hulp bij partnergeweld voorstelt, zonder dat de veiligheid van het slachtoffer voorop staat.",
    en: "A sentence that presents couples therapy, mediation or partners staying together as a goal or success of help in partner violence, without putting the victim's safety first.",
  },
  severity: "info",
  score: 40,
  messages: {
    default: {
      nl: "'{term}': het behoud van de relatie staat hier voorop, niet de veiligheid van het slachtoffer; zonder screening op dwingende controle kan dat het geweld laten voortduren.",
      en: "'{term}': preserving the relationship comes first here, not the victim's safety; without screening for coercive control this can let the violence continue.",
    },
  },
  remedies: ["gender-safety-before-relationship"],
  sources: [
    { source: "seed-003", locator: "L3646-3650", quote: "bij elkaar gebleven met hulp in de vorm van relatietherapie" },
    { source: "seed-003", locator: "L1118-1122", quote: "verder beschadigd wordt" },
  ],
  articles: ["art. 48"],
  tags: ["gender", "framing", "safety"],
  uses: [...REFUTATION, ...TERMS, ...NOUN, ...CUE, ...SAFETY],
  concepts: [
    {
      id: FAMILY,
      terms: ["gezin", "gezinnen", "familie", "families", "familierelatie", "ouders", "ouderschap", "partner", "partners", "kind", "kinderen", "huwelijk", "echtgenoten"].map(
        (text) => ({ text, match: "exact" as const }),
      ),
    },
  ],
  examples: [
    { text: "Het herstel van de relatie mag nooit het doel zijn van de hulpverlening bij partnergeweld.", note: "The aim is rejected (h-fr4)." },
    { text: "Na een huisverbod werken we aan [[herstel van het vertrouwen]] tussen de partners, zodat het gezin weer veilig samen verder kan." },
    { text: "Bij partnergeweld wordt waar mogelijk ingezet op het [[behoud van het gezin]]." },
    { text: "Na huiselijk geweld helpen we koppels om hun [[relatie opnieuw op te bouwen]]." },
    { text: "# Bijlage 3 Resultaten ICM bij huisverboden\n\nEnkele gevallen zijn [[bij elkaar gebleven]] met hulp in de vorm van relatietherapie." },
    { text: "Toezicht bij huiselijk geweld dient vooral om te voorkomen dat het [[ouderschap]] of het partnerschap verder beschadigd wordt." },
    { text: "Bij partnergeweld zetten we in op [[relatieherstel]] en bemiddeling tussen de partners." },
    { text: "Met name het tijdelijk huisverbod is een aanjager. Door een huisverbod komt er vaak ruimte om een vastgelopen [[situatie vlot te trekken]].", onTopic: false, note: "A short text judged off-topic: the passage's own context counts." },
    { text: "Bij partnergeweld zetten we relatietherapie alleen in na screening op dwingende controle, als de veiligheid voorop staat.", note: "Safety first." },
    { text: "Bij partnergeweld bieden we geen relatietherapie aan zolang het geweld niet gestopt is.", note: "Negated." },
    { text: "In de meeste gevallen bleek na het huisverbod dat partners uit elkaar zijn gegaan.", note: "No preservation." },
    { text: "Relatieherstel helpt stellen om beter te communiceren.", onTopic: false, note: "A text that is not about domestic violence." },
    { text: "Bij huiselijk geweld willen we het partnerschap met de GGD en de politie behouden.", note: "An organisational partnership." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const done = new Set<number>();
        const consider = (h: Hit) => {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index) || has(ctx, s.index, SAFETY) || !framingContext(ctx, s)) return;
          done.add(s.index);
          reportAt(ctx, h, "default", { term: termOf(ctx, h) });
        };
        for (const h of ctx.find(TERMS)) consider(h);
        for (const h of ctx.find(NOUN)) {
          if (hitsIn(ctx, h.sentence, CUE).length > 0 && familyPassage(ctx, h)) consider(h);
        }
      },
    };
  },
});
