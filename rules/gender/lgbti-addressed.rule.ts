import { assessCoverage, defineRule, precededBy, type Hit, type Role, type RuleContext } from "../engine/rule-api.js";
import { gradedHits } from "./lib/framing.js";

// LGBTI people in relation to domestic violence. Any mention of lesbian, gay, bisexual, transgender,
// intersex or non-binary people counts; a text that is not about domestic violence is not-applicable
// (the engine decides that: a municipal rainbow policy is off-topic). "Homogeen" is not "homo".
const LGBTI = ["lgbti"];
/** "Ongeacht leeftijd, gender of seksuele oriëntatie" sets the group aside (gender-framing.yml). */
const REGARDLESS = ["gender-neutrality-cue"];
/** Tokens from "ongeacht" to the last item of its list. */
const REGARDLESS_REACH = 6;
/**
 * The label asks whether LGBTI people are discussed in relation to domestic violence, so the analysis and the general
 * parts count besides goals, measures and monitoring (three plain mentions in a long plan); an appendix stays passing.
 */
const BODY: Role[] = ["vision-goals", "measures", "monitoring", "other", "problem-analysis"];

function setAside(ctx: RuleContext, h: Hit): boolean {
  return precededBy(ctx, h, REGARDLESS, REGARDLESS_REACH);
}

export default defineRule({
  id: "lgbti-addressed",
  kind: "coverage",
  title: { nl: "LHBTI-personen in beeld", en: "LGBTI people addressed" },
  description: {
    nl: "Noemt het beleid lesbische, homoseksuele, biseksuele, transgender en intersekse personen in verband met huiselijk geweld (ook geweld om seksuele oriëntatie of genderidentiteit)? Present: in de analyse, visie, doelen of maatregelen; alleen in een bijlage is gedeeltelijk, 'ongeacht seksuele oriëntatie' telt niet. Een tekst die niet over huiselijk geweld gaat, krijgt vanzelf 'niet van toepassing'.",
    en: "Does the policy name lesbian, gay, bisexual, transgender and intersex people in relation to domestic violence (including violence over sexual orientation or gender identity)? Present: in the analysis, vision, goals or measures; only in an appendix is partial, 'regardless of sexual orientation' does not count. A text that is not about domestic violence is automatically 'not applicable'.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid noemt LHBTI-personen nergens, terwijl zij vaker met huiselijk geweld te maken hebben en minder in beeld zijn.",
      en: "The policy nowhere names LGBTI people, although they face domestic violence more often and are less visible.",
    },
    partial: {
      nl: "LHBTI-personen worden alleen genoemd in {where} ('{quote}'), niet als doel of maatregel.",
      en: "LGBTI people are only mentioned in {where} ('{quote}'), not as a goal or measure.",
    },
  },
  remedies: ["gender-include-lgbti"],
  sources: [
    { source: "seed-002", locator: "L134-139", quote: "LHBTI-personen die vanwege hun" },
    { source: "seed-002", locator: "L161-169", quote: "geweld tegen LHBTI-personen zien we ook een duidelijke lijn met gender" },
  ],
  articles: ["art. 4"],
  tags: ["gender", "target-groups"],
  uses: [...LGBTI, ...REGARDLESS],
  examples: [
    { text: "# Maatregelen\n\nIn 2025 organiseren we een training voor de medewerkers van Veilig Thuis over [[LHBTI]]+ en huiselijk geweld.", expect: "present" },
    { text: "# Doelen\n\nWij willen dat [[transgender]] slachtoffers van huiselijk geweld passende opvang krijgen.", expect: "present" },
    {
      text: "Lesbische vrouwen, homoseksuele mannen, bi+-personen en transgender personen hebben vaker te maken met huiselijk geweld. Transgender personen zijn onvoldoende in beeld bij professionals. Movisie schreef een handreiking over lhbti+ en huiselijk geweld.",
      expect: "present",
      note: "A text without headings counts as body; three mentions.",
    },
    { text: "# Bijlage 2 Aard en omvang\n\nOok [[LHBTI-personen]] lopen meer risico op geweld in het gezin.", expect: "partial", note: "Only in an appendix." },
    {
      text: "# Probleemanalyse\n\n[[Homojongeren]] die uit de kast komen, worden soms door hun familie verstoten. Transjongeren lopen meer risico op geweld thuis. Voor LHBTI+-slachtoffers is de drempel naar hulp hoog.\n\n# Maatregelen\n\nWij versterken de wijkteams.",
      expect: "present",
      note: "Discussed in the analysis: three mentions count.",
    },
    {
      text: "# Maatregelen\n\nVeilig Thuis helpt iedereen, ongeacht leeftijd, gender, afkomst of seksuele oriëntatie.",
      expect: "missing",
      note: "'ongeacht … seksuele oriëntatie' names no group.",
    },
    { text: "# Maatregelen\n\nVoorlichting wordt kleinschalig georganiseerd, in homogene groepen.", expect: "missing", note: "'homogeen' is not 'homo'." },
    { text: "# Maatregelen\n\nVoor LHBTI-personen is er nog geen apart aanbod.", expect: "missing", note: "Negated." },
    {
      text: "# Regenboogbeleid\n\nDe gemeente zet zich in voor de veiligheid en acceptatie van lhbti+ personen in het uitgaansleven.",
      expect: "not-applicable",
      onTopic: false,
      note: "An LGBTI policy without domestic violence is off-topic.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(assessCoverage(ctx, { graded: gradedHits(ctx.find(LGBTI).filter((h) => !setAside(ctx, h))), body: BODY }));
      },
    };
  },
});
