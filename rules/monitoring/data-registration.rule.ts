import { defineRule } from "../engine/rules/load.js";
import { coverGraded, digitQuantities, futureTense, grade, inBody, inSentence, type Graded } from "./lib/evidence.js";

// Registration and data (seed 001 §5.6, seed 002 §2.4): does the policy say what is registered and which
// figures it rests on? Concrete: registration, a monitor or data collection as a commitment; or registered
// counts ("201 huisverboden opgelegd", "1251 meldingen"). A national prevalence estimate ("jaarlijks 119.000
// kinderen slachtoffer") counts once, as a mention; several figures make a data picture.
const TERMS = ["data-registration-term", "monitor-term", "reporting-term", "periodic-report"];
const FIGURES = ["data-figures-term"];

export default defineRule({
  id: "data-registration",
  kind: "coverage",
  title: { nl: "Registratie en cijfers", en: "Registration and data" },
  description: {
    nl: "Regelt het beleid welke gegevens over huiselijk geweld worden geregistreerd en gevolgd (meldingen, huisverboden, opvang, bij voorkeur lokaal en naar sekse), en noemt het de cijfers waarop het zich baseert? Present: registratie of monitoring als afspraak, of geregistreerde aantallen; alleen een landelijke schatting of cijfers in een bijlage is partial.",
    en: "Does the policy arrange which data on domestic violence are registered and followed (reports, barring orders, shelter, preferably local and by sex), and does it name the figures it rests on? Present: registration or monitoring as an arrangement, or registered counts; only a national estimate or figures in an appendix is partial.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid zegt niet welke gegevens worden geregistreerd en noemt geen cijfers over huiselijk geweld.",
      en: "The policy does not say which data are registered and names no figures on domestic violence.",
    },
    partial: {
      nl: "Registratie of cijfers komen alleen voor in {where} ('{quote}'); er is geen afspraak over wat wordt geregistreerd.",
      en: "Registration or figures only appear in {where} ('{quote}'); there is no arrangement on what is registered.",
    },
  },
  remedies: ["monitoring-data-registration"],
  sources: [
    { source: "seed-001", locator: "L5783-5791", quote: "Uniforme en betere registratie van huiselijk geweld" },
    { source: "seed-002", locator: "L518-526", quote: "Voor lokale politici is het belangrijk om de cijfers te kennen" },
    { source: "seed-003", locator: "L837-845", quote: "geen analyse gemaakt" },
  ],
  articles: ["art. 11"],
  tags: ["data"],
  uses: [...TERMS, ...FIGURES, "registered-count-noun", "prevalence-noun", "@percentage", "commitment-cue", "task-verb", "timing-expression", "responsible-actor"],
  examples: [
    { text: "# Monitoring\n\nAlle ketenpartners gaan huiselijk geweld op dezelfde manier [[registreren]].", expect: "present" },
    { text: "In 2017 werden in Amsterdam-Amstelland 201 [[huisverboden]] opgelegd en 25 overtreden.", expect: "present" },
    { text: "# Maatregelen\n\nDe GGD-[[monitor]] levert ons elke vier jaar het percentage slachtoffers naar leeftijd en sekse.", expect: "present" },
    { text: "# Acties\n\n- Veilig Thuis levert per kwartaal een [[rapportage]] van meldingen naar vorm van geweld.", expect: "present" },
    { text: "Jaarlijks worden 119.000 kinderen en 200.000 volwassenen [[slachtoffer]] van huiselijk geweld.", expect: "partial", note: "One national estimate is a mention, not a data picture." },
    { text: "# Bijlage 2 Aard en omvang\n\nIn 2018 bedroeg het aantal unieke meldingen bij Veilig Thuis circa 2.780.", expect: "partial", note: "Figures only in an appendix." },
    { text: "# Monitoring\n\nEr is nog geen registratie van ouderenmishandeling.", expect: "missing", note: "Negated." },
    { text: "Binnen 24 uur na ernstig huiselijk geweld gaat er een melding naar een contactpersoon van de school.", expect: "missing", note: "A number of hours is no registered count." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const graded: Graded[] = [
          // Registration, a monitor or a report is concrete with a party, a frequency or a commitment; a heading
          // "Monitoring" by itself only announces a section.
          ...grade(ctx, TERMS, (h, s) => {
            if (s.blockType === "heading") return h.concept === "data-registration-term" ? "normal" : null;
            const concrete = s.role === "monitoring" || futureTense(ctx, s) || inSentence(ctx, s, ["commitment-cue", "task-verb", "timing-expression", "responsible-actor"]);
            return concrete && inBody(ctx, s) ? "strong" : "normal";
          }),
          ...grade(ctx, FIGURES, () => "normal"),
          // "1251 meldingen", "71 huisverboden opgelegd": a registered count right after a number.
          ...grade(ctx, ["registered-count-noun"], (h, s) => {
            const nums = digitQuantities(ctx, s);
            return nums.some((i) => h.tokStart > i && h.tokStart - i <= 3) && inBody(ctx, s) ? "strong" : null;
          }),
          // "119.000 kinderen slachtoffer", "5,5% van de volwassenen": an estimate of the scale.
          ...grade(ctx, ["prevalence-noun"], (_h, s) =>
            digitQuantities(ctx, s).length > 0 || ctx.hits.inSentence(s.index, ["@percentage"]).length > 0 ? "normal" : null,
          ),
        ];
        ctx.cover(coverGraded(ctx, graded, { strong: 1, medium: 2, short: 2 }));
      },
    };
  },
});
