import { defineRule } from "../engine/rule-api.js";
import { HEDGE, NEUTRALITY, PERSPECTIVE_MORE, perspectiveCoverage, PORTFOLIO, SEX_ROLE_TOPIC } from "./lib/checks.js";
import { PERSPECTIVE } from "./lib/framing.js";

// Gender as a factor: power inequality between women and men, role patterns, gender norms, coercive
// control and dependency, gender-sensitive policy, gender identity. A named gender-sensitive approach
// ("genderspecifiek beleid", "genderscan") is concrete by itself. Not a gender perspective: "agenderen"
// (a word inside another word), a gender-neutral approach, "ongeacht gender", and power made optional
// ("soms een machtsverschil", seed 003 L3104-3108). An analysis that lives only in an appendix is partial
// (seed 003 Bijlage 2); the per-role result shows whether gender reaches the analysis, goals and measures.
export default defineRule({
  id: "gender-perspective",
  kind: "coverage",
  title: { nl: "Gender als factor", en: "Gender as a factor" },
  description: {
    nl: "Behandelt het beleid gender als factor in het geweld: machtsongelijkheid tussen vrouwen en mannen, rolpatronen, gendernormen, dwingende controle en afhankelijkheid, genderidentiteit? Present: in de visie, doelen of maatregelen, of een gendersensitieve aanpak als beleidskeuze. Een analyse alleen in een bijlage is gedeeltelijk; 'agenderen' is geen gender.",
    en: "Does the policy treat gender as a factor in the violence: power inequality between women and men, role patterns, gender norms, coercive control and dependency, gender identity? Present: in the vision, goals or measures, or a gender-sensitive approach as a policy choice. An analysis only in an appendix is partial; 'agenderen' is not gender.",
  },
  severity: "error",
  score: 90,
  messages: {
    missing: {
      nl: "Het beleid behandelt gender nergens als factor: geen macht, rolpatronen of gendernormen in de analyse, de doelen of de maatregelen.",
      en: "The policy nowhere treats gender as a factor: no power, role patterns or gender norms in the analysis, goals or measures.",
    },
    partial: {
      nl: "Gender komt alleen terloops aan bod (in {where}: '{quote}'), niet als factor in de probleemanalyse, de doelen en de maatregelen samen.",
      en: "Gender is addressed only in passing (in {where}: '{quote}'), not as a factor in the problem analysis, the goals and the measures together.",
    },
  },
  remedies: ["gender-add-gender-analysis"],
  sources: [
    { source: "seed-002", locator: "L431-437", quote: "de verschillen in macht die daaruit voortvloeien, een rol spelen" },
    { source: "seed-002", locator: "L171-176", quote: "geen genderspecifiek beleid" },
    { source: "seed-003", locator: "L3361-3363", quote: "traditionele opvattingen over genderrollen" },
    { source: "seed-003", locator: "L3104-3108", quote: "soms sprake van een machtsverschil" },
  ],
  articles: ["art. 6", "art. 12"],
  tags: ["gender", "atria"],
  uses: [...PERSPECTIVE, ...PERSPECTIVE_MORE, ...SEX_ROLE_TOPIC, ...NEUTRALITY, ...HEDGE, ...PORTFOLIO],
  examples: [
    {
      text: "Het college kiest voor een [[gendertransformatieve]] aanpak van huiselijk geweld.",
      expect: "present",
    },
    {
      text: "De wethouder van Zorg en Emancipatie opende gisteren het nieuwe meldpunt voor huiselijk geweld.",
      expect: "missing",
      note: "A portfolio's name after the office is a title (covda).",
    },
    {
      text: "Minister voor Emancipatie Van Dam sprak op het congres over partnergeweld.",
      expect: "missing",
      note: "The same title before a name (covda).",
    },
    {
      text: "# Visie\n\nDe wethouder van Zorg wil dat de aanpak van partnergeweld bijdraagt aan de [[emancipatie]] van vrouwen.",
      expect: "present",
      note: "Lower case after the portfolio: the thing itself, not a title (covda).",
    },
    {
      text: "# Visie\n\nFemicide is het doden van vrouwen [[omdat ze vrouw zijn]]; wij pakken dit geweld gendersensitief aan.",
      expect: "present",
    },
    {
      text: "# Visie\n\nPartnergeweld wortelt in [[machtsongelijkheid]] tussen vrouwen en mannen en in stereotiepe rolpatronen. Daarom gaan we gendersensitief werken.",
      expect: "present",
    },
    {
      text: "# Maatregelen\n\nIn 2025 volgen alle medewerkers van Veilig Thuis een training over gendernormen en dwingende controle.",
      expect: "present",
    },
    {
      text: "Het Verdrag bevat elementen waarvoor meer aandacht mag zijn, zoals het voeren van [[genderbewust]] beleid (artikel 6).",
      expect: "present",
      note: "A named gender-sensitive approach is concrete by itself.",
    },
    {
      text: "# Preventie\n\nWij zetten in op voorlichting over gezonde relaties en gendernormen aan alle jongeren.",
      expect: "present",
    },
    {
      text: "# Preventie\n\nIn de lessen op school gaan we met jongens in gesprek over [[mannelijkheidsnormen]] en gelijkwaardigheid in relaties.",
      expect: "present",
    },
    {
      text: "Inhoud\n\n2.1 Betekenissen van eergerelateerd geweld 11\n\n2.2 [[Mannen als slachtoffer]] en vrouwen als dader 13\n\n3 De gemeente en eergerelateerd geweld 17\n\nDe gemeente voert de regie.",
      expect: "present",
      note: "A chapter on the sex of victims and perpetrators is a gender-specific analysis.",
    },
    {
      text: "In de lessen over geweld in relaties bespreken we [[ideeën over echte mannen]] en nette meisjes.",
      expect: "present",
    },
    {
      text: "[[Gelijkwaardigheid tussen partners]] is het uitgangspunt van onze aanpak van partnergeweld.",
      expect: "present",
    },
    {
      text: "Partnergeweld is vaak een uiting van [[overheersing door de man]]; die machtsdynamiek is ons vertrekpunt.",
      expect: "present",
    },
    {
      text: "# Maatregelen\n\nOok mannelijke slachtoffers kunnen terecht bij Veilig Thuis en de opvang.",
      expect: "missing",
      note: "Men as victims in a running sentence is no gender perspective.",
    },
    {
      text: "# Bijlage 2 Aard en omvang\n\nBij dit geweld is er meestal sprake van stereotype [[rolpatronen]] en van controle en dominantie van de man.",
      expect: "partial",
      note: "Only in an appendix.",
    },
    {
      text: "# Maatregelen\n\nWij gaan dit onderwerp agenderen in het regionaal overleg en de aanpak van huiselijk geweld versterken.",
      expect: "missing",
      note: "'agenderen' is not 'gender'.",
    },
    {
      text: "# Maatregelen\n\nWe kiezen voor een genderneutrale aanpak. Hulp is er voor iedereen, ongeacht leeftijd, gender of afkomst.",
      expect: "missing",
      note: "A gender-neutral approach and 'ongeacht gender' are no gender perspective.",
    },
    {
      text: "# Definities\n\nEr is soms sprake van een machtsverschil tussen pleger en slachtoffer, maar er is altijd sprake van een afhankelijkheidsrelatie.",
      expect: "missing",
      note: "Power made optional is no gender perspective.",
    },
    {
      text: "# Maatregelen\n\nEr is nog geen genderspecifiek beleid ontwikkeld.",
      expect: "missing",
      note: "Negated.",
    },
    {
      text: "# [[Geweld tegen mannen]] is anders\n\nBij mannelijke slachtoffers is de pleger vaak een familielid.",
      expect: "present",
      note: "A section on violence against men sets the two sexes apart: a gender-specific analysis.",
    },
    {
      text: "# Maatregelen\n\nOok geweld tegen mannen komt voor; de opvang staat open voor iedereen.",
      expect: "missing",
      note: "In a running sentence violence against men is no gender perspective.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(perspectiveCoverage(ctx));
      },
    };
  },
});
