import { assessCoverage, defineRule, type EvidenceItem, type Hit, type Sentence } from "../engine/rule-api.js";
import { admittedSections, bodyFor, commitmentStatement, inBody, inContext, inSentence, MEASURING, NAMED_INDICATORS, pastTense } from "./lib/evidence.js";

/** Words that make a named measure an indicator: not a goal word alone ("het doel is recidive te voorkomen"). */
const INDICATOR_CONTEXT = MEASURING.filter((c) => c !== "target-term");
/** Measuring words besides the indicator word itself: with them an indicator of violence is a measure, not a sign. */
const SIGN_CONTEXT_EXCLUDES = MEASURING.filter((c) => c !== "indicator-term");
/** What a sign points to: violence and abuse in all their forms. */
const SIGNIFIED = ["ic-violence-object", "dv-core"];
/** A heading of criteria is a label ("Criteria", "Criteria voor succes"), not a sentence. */
const CRITERIA_HEADING_WORDS = 4;
/** Words (an adjective) between "van" and the violence: "risico-indicatoren van eergerelateerd geweld". */
const SIGN_ADJECTIVES = 1;

// Indicators (seed 001 §4, seed 002 indicator table, seed 003 L3003-3022): does the policy name the measures
// by which it will be judged? Concrete: indicator vocabulary in the policy (indicator, kengetal, prestatiekaart,
// outcome-criteria), a named indicator in a measuring context ("het percentage recidive", "het aantal
// hermeldingen", "de geweldsratio") or a measure with a direction ("percentage doorverwijzingen verhogen").
// "Er zijn nog geen indicatoren vastgesteld" is missing: when a section says so, its other general talk of
// indicators (a national monitor that "will set indicators") does not count either.
export default defineRule({
  id: "indicators",
  kind: "coverage",
  title: { nl: "Indicatoren", en: "Indicators" },
  description: {
    nl: "Benoemt het beleid indicatoren waarmee voortgang en effect worden gemeten (bijvoorbeeld het aantal hermeldingen, het percentage slachtoffers, het aantal opgelegde huisverboden)? 'Er zijn nog geen indicatoren vastgesteld' telt als ontbrekend.",
    en: "Does the policy name indicators by which progress and effect are measured (for example the number of repeat reports, the share of victims, the number of barring orders imposed)? 'No indicators have been set yet' counts as missing.",
  },
  severity: "error",
  score: 60,
  messages: {
    missing: {
      nl: "Het beleid benoemt geen indicatoren; zonder indicatoren is niet vast te stellen of het werkt.",
      en: "The policy names no indicators; without indicators nobody can tell whether it works.",
    },
    partial: {
      nl: "Indicatoren worden alleen genoemd in {where} ('{quote}'), niet als maat voor dit beleid.",
      en: "Indicators are only mentioned in {where} ('{quote}'), not as a measure for this policy.",
    },
  },
  remedies: ["monitoring-indicators"],
  sources: [
    { source: "seed-003", locator: "L3003-3022", quote: "nog geen indicatoren vastgesteld" },
    { source: "seed-002", locator: "L588-633", quote: "Om beleid en aanpak te kunnen evalueren zijn goede indicatoren noodzakelijk" },
    { source: "seed-001", locator: "L6207-6217", quote: "registratie" },
  ],
  articles: ["art. 11"],
  tags: ["smart"],
  uses: ["indicator-term", "criteria-heading", "indicator-measure", "measured-by", "change-direction", "abuse-sign", "sign-of-link", ...SIGNIFIED, ...MEASURING, ...NAMED_INDICATORS],
  examples: [
    { text: "Verzoekt het college van burgemeester en wethouders: [[Indicatoren]] te ontwikkelen voor meer aandacht voor de relatie tussen huiselijk geweld en dierenmishandeling.", expect: "present" },
    { text: "# Monitoring\n\nWe volgen drie [[indicatoren]]: het aantal hermeldingen, het percentage recidive en de wachttijd bij Veilig Thuis.", expect: "present" },
    { text: "# Doelen\n\n- Huiselijk geweld: [[percentage recidive]] reduceren en percentage doorverwijzingen verhogen.", expect: "present" },
    { text: "# Inhoud\n\n4.2.3 [[Succesindicatie]] 30", expect: "present", note: "A table-of-contents heading devoted to indicators." },
    {
      text: "# Monitoring\n\nVanuit Groningen zijn nu nog geen indicatoren vastgesteld waarop we dit gaan meten. Landelijk wordt een impactmonitor ontwikkeld waarin indicatoren worden vastgesteld.",
      expect: "missing",
      note: "The section admits there are no indicators yet; the national monitor does not count.",
    },
    { text: "# Bijlage 2 Aard en omvang\n\nDe GGD gebruikt de [[indicator]] 'slachtoffer in de afgelopen vijf jaar'.", expect: "partial" },
    { text: "# Maatregelen\n\nDe indicatiestelling voor jeugdhulp gebeurt door het wijkteam.", expect: "missing", note: "'indicatiestelling' is not an indicator." },
    { text: "# Aard en omvang\n\nHet aantal meldingen bij Veilig Thuis bedroeg in 2018 circa 2.780.", expect: "missing", note: "A figure in the analysis is not an indicator." },
    { text: "# Signaleren\n\nBlauwe plekken en angst kunnen indicatoren zijn van kindermishandeling.", expect: "missing", note: "A sign of abuse, not a measure of the policy." },
    { text: "Een kind dat niet naar huis wil, is een indicator dat er sprake kan zijn van huiselijk geweld.", expect: "missing", note: "A sign of abuse." },
    { text: "# Monitoring\n\nWe ontwikkelen [[indicatoren]] voor huiselijk geweld waarmee we het effect van de aanpak meten.", expect: "present", note: "Indicators of violence with a measuring word are measures." },
    { text: "Of de aanpak werkt, [[lezen we af aan]] het aantal hermeldingen binnen een jaar.", expect: "present", note: "What success is measured by is an indicator (prec)." },
    {
      text: "# [[Criteria]]\n\nWe bieden hulp bij huiselijk geweld, zodanig dat:\n\n- herhaling van huiselijk geweld wordt verminderd;\n- kinderen veilig opgroeien.",
      expect: "present",
      note: "A heading of criteria over outcomes: outcome criteria.",
    },
    { text: "# Criteria\n\nVoor de opvang gelden strikte voorwaarden: een verwijzing van de huisarts en een intakegesprek.", expect: "missing", note: "Conditions of admission, no outcomes." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const admitted = admittedSections(ctx, ["indicator-term"]);
        // "Blauwe plekken kunnen indicatoren zijn van kindermishandeling", "gedragsindicatoren die kunnen wijzen op
        // ouderenmishandeling": the indicator is a sign of abuse a professional looks for, not a measure of the
        // policy. So read when a sign word stands in the sentence ("wijzen op", "symptomen", "een indicator dat"), or
        // the violence follows as what the indicator is "of" ("risico-indicatoren van eergerelateerd geweld"), and
        // nothing in the sentence speaks of measuring ("indicatoren voor huiselijk geweld waarmee het effect wordt
        // gemeten" stays an indicator).
        const signOfAbuse = (h: Hit) => {
          if (ctx.hits.inSentence(h.sentence, SIGN_CONTEXT_EXCLUDES).length > 0) return false;
          if (ctx.hits.inSentence(h.sentence, ["abuse-sign"]).length > 0) return true;
          const links = ctx.hits.inSentence(h.sentence, ["sign-of-link"]).filter((l) => l.tokStart === h.tokEnd);
          return ctx.hits
            .inSentence(h.sentence, SIGNIFIED)
            .some((v) => links.some((l) => v.tokStart >= l.tokEnd && v.tokStart - l.tokEnd <= SIGN_ADJECTIVES));
        };
        const evidence: EvidenceItem[] = [
          {
            concepts: ["indicator-term"],
            grade: (h, s) => {
              if (admitted.has(s.section) && !ctx.negated(h)) return null;
              if (signOfAbuse(h)) return null;
              return inBody(ctx, s) ? "strong" : undefined;
            },
          },
          // A named indicator where the text speaks of measuring, targets or monitoring (not when the text
          // says it has set no indicators yet: then a measure named in passing is no indicator of this policy).
          {
            concepts: NAMED_INDICATORS,
            grade: (_h, s) => {
              if (admitted.size > 0) return null;
              const measuring = s.role === "monitoring" || inContext(ctx, s, INDICATOR_CONTEXT, { heading: true });
              // A direction makes a measure an indicator only in a goal ("percentage recidive reduceren"), not in a
              // description of how things go ("de behoefte aan opvangplaatsen neemt af naarmate …").
              const directed = inSentence(ctx, s, ["change-direction"]) && !pastTense(ctx, s) && (s.role === "vision-goals" || commitmentStatement(ctx, s));
              if (!measuring && !directed) return null;
              return inBody(ctx, s) && s.role !== "problem-analysis" ? "strong" : undefined;
            },
          },
          // "We meten de voortgang af aan het percentage gezinnen dat veilig blijft": what a text measures its success by is
          // an indicator, when it is not a look back.
          { concepts: ["measured-by"], grade: (_h, s) => (admitted.size > 0 || pastTense(ctx, s) ? null : inBody(ctx, s) && s.role !== "problem-analysis" ? "strong" : undefined) },
          // "# Criteria" over "- Herhaling van huiselijk geweld wordt verminderd": a heading of criteria over outcomes that a
          // change is aimed at (a named indicator or a direction, not in the past) names the criteria the policy is measured by.
          // Without such outcomes below it, "criteria" are as often conditions of admission: no evidence.
          {
            concepts: ["criteria-heading"],
            grade: (_h, s) => {
              if (s.blockType !== "heading" || admitted.size > 0 || ctx.doc.text.slice(s.start, s.end).trim().split(/\s+/).length > CRITERIA_HEADING_WORDS) return null;
              return outcomesBelow(s) && inBody(ctx, s) ? "strong" : null;
            },
          },
          // "percentage doorverwijzingen verhogen", "de geweldsratio bedraagt …"
          {
            concepts: ["indicator-measure"],
            grade: (_h, s) => {
              if (admitted.size > 0) return null;
              if (!inSentence(ctx, s, ["change-direction"]) || pastTense(ctx, s)) return null;
              if (s.role !== "vision-goals" && s.role !== "monitoring" && !commitmentStatement(ctx, s)) return null;
              return inBody(ctx, s) && s.role !== "problem-analysis" ? "strong" : undefined;
            },
          },
        ];
        ctx.cover(assessCoverage(ctx, { evidence, commitmentCues: false, present: { shortHeaded: true }, body: bodyFor(ctx) }));

        /**
         * Outcomes aimed at in the section of heading `s`: a named indicator, not in the past, in a list item or with a
         * direction. The section's own sentences follow its heading until the next heading's section begins.
         */
        function outcomesBelow(s: Sentence): boolean {
          for (let k = s.index + 1; k < ctx.doc.sentences.length && ctx.doc.sentences[k].section === s.section; k++) {
            const x = ctx.doc.sentences[k];
            if (x.blockType === "heading" || pastTense(ctx, x) || !inSentence(ctx, x, NAMED_INDICATORS)) continue;
            if (x.blockType === "listItem" || inSentence(ctx, x, ["change-direction"])) return true;
          }
          return false;
        }
      },
    };
  },
});
