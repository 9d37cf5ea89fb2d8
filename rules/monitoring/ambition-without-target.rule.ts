import { DEFAULT_ROLE_WEIGHTS, defineRule, type Hit } from "../engine/rule-api.js";
import { authorVoice, hasQuantity, inContext, inSentence, NUMBER_CONCEPTS, tokensOf, underHeading, WHEN } from "./lib/evidence.js";

// Ambitions without a target (seed 003 gold 37): an ambition or goal written as an end state without a measure
// ("De meldingsbereidheid … is vergroot", "Het aanbod past bij wat er nodig is", "effectieve afstemming").
// Looks at goal statements in the vision and goals: items under an "Ambitie"/"Doelen" heading, and sentences
// that state an ambition or goal. A number, percentage, date, indicator or baseline makes it measurable. A
// sentence already flagged as a vague commitment is left to that rule.
const MEASURABLE = ["@percentage", "@money", "indicator-term", "baseline-term", "baseline-comparison"];
/** An ambition hit that starts with the author or an ambition verb ("we willen", "wij streven"): monitoring-statements.yml. */
const AMBITION_OPENER = ["author-subject", "ambition-verb"];
/** "onze ambitie is …", "het doel is …": a copula after the ambition word. */
const COPULA = ["copula"];
/** A target term counts as a stated ambition only as the word goal itself ("het doel is …"), not "streefwaarde". */
const GOAL_NOUN = ["goal-noun"];
/** Tokens after an ambition word within which its copula must follow. */
const COPULA_REACH = 6;
/** A sentence this short (in tokens) is a label, not a goal statement. */
const MIN_STATEMENT_TOKENS = 4;

export default defineRule({
  id: "ambition-without-target",
  title: { nl: "Ambitie zonder meetbaar doel", en: "Ambition without a target" },
  description: {
    nl: "Een ambitie of doel is geformuleerd als eindtoestand ('is vergroot', 'past bij wat nodig is', 'er is meer aandacht') zonder getal, streefwaarde, indicator of jaartal. Dan is niet vast te stellen of de ambitie is gehaald.",
    en: "An ambition or goal is written as an end state ('has increased', 'matches what is needed', 'there is more attention') without a number, target value, indicator or year, so nobody can tell whether it was achieved.",
  },
  severity: "info",
  score: 20,
  roles: ["vision-goals"],
  messages: {
    default: {
      nl: "Ambitie zonder meetbaar doel: '{term}' heeft geen streefwaarde, indicator of jaartal.",
      en: "Ambition without a target: '{term}' has no target value, indicator or year.",
    },
  },
  remedies: ["monitoring-ambition-target", "monitoring-quantified-targets"],
  sources: [
    { source: "seed-003", locator: "L1803-1807", quote: "De meldingsbereidheid bij burgers en professionals omtrent huiselijk geweld en kindermishandeling is vergroot" },
    { source: "seed-003", locator: "L2510-2516", quote: "Het aanbod van de Vrouwenopvang past bij wat er nodig is in de regio Groningen" },
    { source: "seed-003", locator: "L2922-2926", quote: "er is een effectieve afstemming met ketenpartners" },
  ],
  tags: ["smart"],
  uses: [...MEASURABLE, ...WHEN, "ambition-term", "target-term", "vague-commitment-phrase", ...NUMBER_CONCEPTS],
  examples: [
    { text: "# Ambitie\n\n- [[De]] meldingsbereidheid bij burgers en professionals omtrent huiselijk geweld is vergroot." },
    { text: "# Ambitie\n\n- [[Het]] aanbod van de Vrouwenopvang past bij wat er nodig is in de regio." },
    { text: "# Visie\n\nOnze [[ambitie]] is dat geweld eerder in beeld komt en sneller stopt." },
    { text: "# Doelen\n\n- [[Jongeren]] zijn weerbaarder en kennen de grenzen van een gezonde relatie." },
    { text: "# Ambitie\n\n- In 2027 ontvangt Veilig Thuis 20% meer eerste meldingen dan in 2023.", note: "A number, a percentage and years." },
    { text: "# Ambitie\n\n- Het aantal hermeldingen daalt; indicator: hermeldingen binnen twaalf maanden.", note: "An indicator." },
    { text: "# Ambitie\n\n- Er is meer aandacht voor kinderen die getuige zijn.", note: "Left to the vague-commitment rule." },
    { text: "# Aard en omvang\n\nHet doel van de pilot was signalen eerder te herkennen.", note: "Not in the goals." },
    { text: "# Wat willen wij bereiken?\n\n- [[Ouders]] weten waar ze met zorgen over hun relatie terechtkunnen.", note: "The question of a programme budget heads the goals." },
    { text: "# Wat we samen willen bereiken\n\n- [[Slachtoffers]] krijgen sneller een vaste hulpverlener." },
    { text: "# Wat willen wij bereiken?\n\n- In 2028 wachten slachtoffers hooguit twee weken op een vaste hulpverlener.", note: "A year and a number." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const t = ctx.doc.tokens;
        const opener = tokensOf(ctx, AMBITION_OPENER);
        const copulas = tokensOf(ctx, COPULA);
        const goalNoun = tokensOf(ctx, GOAL_NOUN);
        // A sentence that states an ambition: "onze ambitie is …", "het doel is …", "we willen", "we streven ernaar".
        const stated = new Map<number, Hit>();
        for (const h of ctx.find(["ambition-term", "target-term"])) {
          if (stated.has(h.sentence)) continue;
          if (h.concept === "target-term" && !goalNoun.has(h.tokStart)) continue;
          const verbal = opener.has(h.tokStart) && authorVoice(ctx, ctx.doc.sentences[h.sentence]);
          let copula = false;
          for (let i = h.tokEnd; i < Math.min(h.tokEnd + COPULA_REACH, t.count) && t.sentence[i] === h.sentence; i++) if (copulas.has(i)) copula = true;
          if (verbal || copula) stated.set(h.sentence, h);
        }
        for (const s of ctx.doc.sentences) {
          if (s.role !== "vision-goals" || s.blockType === "heading" || s.blockType === "footnote" || s.quoted || s.reported) continue;
          const text = ctx.doc.text.slice(s.start, s.end);
          if (/:\s*$/.test(text) || s.tokenEnd - s.tokenStart < MIN_STATEMENT_TOKENS) continue;
          // Items and paragraphs under an "Ambitie"/"Doelen" heading are ambitions by themselves.
          const underGoal = underHeading(ctx, s, "goal");
          const hit = stated.get(s.index);
          if (!underGoal && !hit) continue;
          if (hit && (ctx.negated(hit) || ctx.attributed(hit))) continue;
          if (hasQuantity(ctx, s) || inSentence(ctx, s, MEASURABLE) || inContext(ctx, s, WHEN)) continue;
          if (inSentence(ctx, s, ["vague-commitment-phrase"])) continue;
          const at = hit && !underGoal ? { start: hit.start, end: hit.end } : { start: t.start[s.tokenStart], end: t.end[s.tokenStart] };
          ctx.report({
            at,
            sentence: s.index,
            messageId: "default",
            data: { term: text.replace(/\s+/g, " ").trim().slice(0, 80) },
            weight: DEFAULT_ROLE_WEIGHTS[s.role],
          });
        }
      },
    };
  },
});
