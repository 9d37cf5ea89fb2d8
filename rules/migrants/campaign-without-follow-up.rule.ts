import { defineRule } from "../engine/rule-api.js";
import { GROUPS } from "./lib/groups.js";
import { paragraphPitfalls } from "./lib/pitfall.js";

// Seed 000 §3.4 and §3.7: most measures for migrants are information work, results are counted as meetings
// and visitors, and the help itself is rarely adapted. A campaign or information activity for migrants that
// is announced without a follow-up (referral, aftercare, follow-up meeting) or a reach measurement nearby.
const CONTEXT = [...GROUPS, "mosques-imams", "migrant-organisations", "own-language", "targeted-information"];
const THEN = ["follow-up-cue", "reach-monitoring"];

export default defineRule({
  id: "campaign-without-follow-up",
  title: { nl: "Voorlichting zonder vervolg of meting", en: "Information without follow-up or measurement" },
  description: {
    nl: "Een campagne of voorlichting voor migranten die wordt aangekondigd zonder vervolg (doorverwijzing, nazorg, vervolgbijeenkomst) of meting van bereik in dezelfde of de volgende alinea. Het G54-onderzoek laat zien dat gemeenten vooral voorlichting geven, meestal alleen bijeenkomsten en bezoekers tellen, en de hulp zelf zelden aanpassen.",
    en: "A campaign or information activity for migrants announced without follow-up (referral, aftercare, follow-up meeting) or reach measurement in the same or the next paragraph. The G54 study shows that municipalities mostly give information, usually count only meetings and visitors, and rarely adapt the help itself.",
  },
  severity: "info",
  score: 30,
  roles: ["vision-goals", "measures", "other"],
  messages: {
    default: {
      nl: "'{term}' voor migranten zonder vervolg of meting van bereik: zeg wat er na de voorlichting gebeurt en hoe u meet wie is bereikt.",
      en: "'{term}' for migrants without follow-up or reach measurement: say what happens after the information work and how you measure whom it reached.",
    },
  },
  remedies: ["migrants-follow-up-information", "migrants-reach-monitoring"],
  sources: [
    { source: "seed-000", locator: "L2419-2431", quote: "dat het meestal gaat om voorlichting aan de doelgroep" },
    { source: "seed-000", locator: "L286-292", quote: "Zicht op de effecten beperkt zich doorgaans tot het aantal uitgevoerde activiteiten" },
    { source: "seed-000", locator: "L3538-3548", quote: "het aantal bijeenkomsten of trainingen en het aantal bezoekers" },
  ],
  tags: ["pitfall"],
  uses: ["information-activity", "commitment-cue", ...THEN, ...CONTEXT],
  examples: [
    { text: "# Maatregelen\n\nIn 2025 organiseren we een [[voorlichtingscampagne]] voor statushouders over huiselijk geweld." },
    { text: "# Preventie\n\nWe gaan [[folders]] verspreiden in moskeeën." },
    {
      text: "# Vluchtelingen\n\nWe organiseren [[voorlichting]] in het asielzoekerscentrum. Ook komt er een campagne op de radio.",
      note: "One finding per paragraph; the section heading gives the migrant context.",
    },
    {
      text: "# Maatregelen\n\nWe organiseren een voorlichtingscampagne voor statushouders. Deelnemers worden doorverwezen naar Veilig Thuis.",
      note: "Follow-up in the same paragraph.",
    },
    {
      text: "# Maatregelen\n\nWe organiseren voorlichting in moskeeën.\n\nHet bereik onder mannen en vrouwen meten we met een voor- en nameting.",
      note: "Reach measurement in the next paragraph.",
    },
    { text: "# Maatregelen\n\nWe organiseren een voorlichtingscampagne over de meldcode voor professionals.", note: "No migrant context." },
    { text: "# Maatregelen\n\nEr komt geen aparte campagne voor vluchtelingen.", note: "Negated." },
    { text: "# Bijlage 1 Cases\n\nArnhem organiseerde voorlichting aan migranten in moskeeën.", note: "Appendix is outside the rule's roles." },
    { text: "# Maatregelen\n\nMigranten zeggen dat de voorlichting hen niet bereikt.", note: "Reported speech." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const hits = paragraphPitfalls(ctx, {
          trigger: ["information-activity"],
          then: THEN,
          context: CONTEXT,
          roles: ["vision-goals", "measures", "other"],
          commitment: ["commitment-cue"],
        });
        for (const hit of hits) {
          const s = ctx.sentenceOf(hit);
          ctx.report({ at: hit, sentence: s.index, messageId: "default", data: { term: ctx.doc.text.slice(hit.start, hit.end) } });
        }
      },
    };
  },
});
