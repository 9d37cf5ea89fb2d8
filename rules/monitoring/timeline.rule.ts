import { assessCoverage, defineRule, type EvidenceItem } from "../engine/rule-api.js";
import { bodyFor, inBody, inSentence, pastTense, tokensOf } from "./lib/evidence.js";

/** The duration of the plan ("looptijd"), weak evidence of a timeline: monitoring-statements.yml. */
const DURATION = ["timeline-duration"];

// Timeline (seed 003 L3061-3075, L1650-1656): does the policy say when its actions happen? Concrete: a
// planning or timeline ("tijdpad", "uiterlijk", "klaar: januari 2020") and actions with a date or period. Two
// such mentions make a timeline; a single date, the duration of the plan ("looptijd 2017-2020") or dates
// of what already happened are a mention at most.
export default defineRule({
  id: "timeline",
  kind: "coverage",
  title: { nl: "Tijdpad", en: "Timeline" },
  description: {
    nl: "Geeft het beleid een tijdpad: wanneer welke actie klaar is (datum, kwartaal, jaar, mijlpalen)? Present: een planning of meerdere acties met een datum; alleen de looptijd van het plan of één datum is partial.",
    en: "Does the policy give a timeline: when each action is done (date, quarter, year, milestones)? Present: a planning or several actions with a date; only the duration of the plan or a single date is partial.",
  },
  severity: "info",
  score: 40,
  messages: {
    missing: {
      nl: "Het beleid heeft geen tijdpad: bij de acties staat niet wanneer ze klaar zijn.",
      en: "The policy has no timeline: the actions do not say when they will be done.",
    },
    partial: {
      nl: "Een tijdpad wordt alleen genoemd in {where} ('{quote}'); de meeste acties hebben geen datum.",
      en: "A timeline is only mentioned in {where} ('{quote}'); most actions have no date.",
    },
  },
  remedies: ["monitoring-timeline"],
  sources: [
    { source: "seed-003", locator: "L3061-3075", quote: "Een deel van de acties zijn voorzien van een tijdspad, een deel echter nog niet" },
    { source: "seed-003", locator: "L1650-1656", quote: "klaar: januari 2020" },
    { source: "seed-001", locator: "L5554-5558", quote: "wat de tijdplanning is, is nog niet bekend" },
  ],
  tags: ["smart"],
  uses: ["timeline-term", "commitment-cue", "task-verb", "@date"],
  examples: [
    {
      text: "# Acties\n\n- Inventariseren welke activiteiten gemeenten ondernemen ([[klaar:]] januari 2020).\n- Plan van aanpak formuleren (klaar: februari 2020).",
      expect: "present",
    },
    { text: "# Planning\n\nDe werkgroep levert [[uiterlijk]] in maart 2025 een voorstel; de trainingen starten in het najaar van 2025.", expect: "present" },
    { text: "# Maatregelen\n\nIn 2025 organiseren we vijf trainingen. In 2026 starten we de campagne op scholen.", expect: "present" },
    { text: "# Tijdspad\n\nHet actieprogramma loopt tot en met 2021. De planning voor 2019 is helder.", expect: "present" },
    { text: "# Maatregelen\n\nDe aanpak heeft een [[looptijd]] van 2017-2020.", expect: "partial", note: "Only the duration of the plan." },
    { text: "# Maatregelen\n\nIn 2016 zijn in Nijmegen 25 huisverboden opgelegd en 14 in 2017.", expect: "missing", note: "Dates of what already happened." },
    { text: "# Maatregelen\n\nEr is nog geen planning.", expect: "missing", note: "Negated." },
    { text: "# Maatregelen\n\nWe zetten in op preventie en vroegsignalering.", expect: "missing" },
    {
      text: "De raad, in vergadering bijeen op 3 juni 2026, constaterende dat de opvang vol zit; verzoekt het college om de opvang uit te breiden, en gaat over tot de orde van de dag.",
      expect: "missing",
      note: "A motion in one paragraph: the date is the meeting's, not when the request is done (as with its parts as headings).",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const t = ctx.doc.tokens;
        const evidence: EvidenceItem[] = [
          {
            concepts: ["timeline-term"],
            grade: (h, s) => {
              if (tokensOf(ctx, DURATION).has(h.tokStart)) return "weak";
              return inBody(ctx, s) && s.role !== "problem-analysis" ? "strong" : undefined;
            },
          },
          // An action with a date: a commitment or a listed action in the body that is not a look back.
          {
            concepts: ["@date"],
            grade: (_h, s) => {
              if (!inBody(ctx, s) || s.role === "problem-analysis" || pastTense(ctx, s)) return null;
              const action = inSentence(ctx, s, ["commitment-cue", "task-verb"]) || (s.blockType === "listItem" && s.role === "measures");
              return action ? "strong" : null;
            },
          },
        ];
        ctx.cover(assessCoverage(ctx, { evidence, commitmentCues: false, present: { strong: 2, medium: 3, shortHeaded: true }, body: bodyFor(ctx) }));
      },
    };
  },
});
