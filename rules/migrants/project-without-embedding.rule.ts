import { defineRule } from "../engine/rule-api.js";
import { GROUPS } from "./lib/groups.js";
import { paragraphPitfalls } from "./lib/pitfall.js";

// Seed 000 summary §5, §3.5 and §4.5: most measures for migrants are projects with a limited duration; they
// stop when the money runs out, networks fade and trained volunteers leave. A pilot, one-off or temporarily
// funded measure for migrants with no structural funding or embedding in the same or the next paragraph.
const CONTEXT = [...GROUPS, "mosques-imams", "migrant-organisations", "community-mediators", "migrant-information-workers", "targeted-information"];

export default defineRule({
  id: "project-without-embedding",
  title: { nl: "Project of pilot zonder borging", en: "Project or pilot without embedding" },
  description: {
    nl: "Een pilot, eenmalige of tijdelijk gefinancierde maatregel voor migranten zonder structurele financiering of borging in dezelfde of de volgende alinea. Volgens het G54-onderzoek stoppen zulke projecten als het geld op is, verwateren netwerken en haken getrainde vrijwilligers af; alleen een structureel gefinancierde aanpak werkt.",
    en: "A pilot, one-off or temporarily funded measure for migrants without structural funding or embedding in the same or the next paragraph. According to the G54 study such projects stop when the money runs out, networks fade and trained volunteers drop out; only a structurally funded approach works.",
  },
  severity: "warning",
  score: 40,
  roles: ["vision-goals", "measures", "other"],
  messages: {
    default: {
      nl: "'{term}' voor migranten zonder structurele financiering of borging: zeg hoe het werk na afloop doorgaat.",
      en: "'{term}' for migrants without structural funding or embedding: say how the work continues afterwards.",
    },
  },
  remedies: ["migrants-structural-funding"],
  sources: [
    { source: "seed-000", locator: "L344-365", quote: "het bereiken van migranten in de aanpak van huiselijk geweld zou niet projectmatig" },
    { source: "seed-000", locator: "L3755-3793", quote: "projecten met een beperkte doorlooptijd" },
    { source: "seed-000", locator: "L2736-2744", quote: "Uit de interviews blijkt dat de meeste maatregelen projectmatig beginnen" },
  ],
  tags: ["pitfall"],
  uses: ["project-cue", "structural-funding", ...CONTEXT],
  examples: [
    { text: "# Maatregelen\n\nIn 2025 start een [[pilot]] met sleutelfiguren uit de Eritrese gemeenschap." },
    { text: "# Acties\n\nDe gemeenschapsbemiddelaars worden betaald uit [[incidentele middelen]] tot eind 2026." },
    { text: "# Vluchtelingen\n\nVoor vluchtelingen organiseren we [[eenmalig]] een themamiddag." },
    {
      text: "# Maatregelen\n\nIn 2025 start een pilot met sleutelfiguren uit de Eritrese gemeenschap. Wat werkt, wordt daarna uit structurele middelen gefinancierd.",
      note: "Embedding in the same paragraph.",
    },
    { text: "# Maatregelen\n\nDe pilot Handle with Care loopt op alle basisscholen.", note: "No migrant context." },
    { text: "# Migranten\n\nDe voorlichting aan migranten is geen tijdelijk project.", note: "Negated." },
    { text: "# Bijlage 2 Cases\n\nIn Den Haag liep de pilot met migranten tot 2011.", note: "Appendix." },
    { text: "# Maatregelen\n\nHet project met migrantenorganisaties loopt door.", note: "'project' alone is not temporary." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const hits = paragraphPitfalls(ctx, {
          trigger: ["project-cue"],
          then: ["structural-funding"],
          context: CONTEXT,
          roles: ["vision-goals", "measures", "other"],
        });
        for (const hit of hits) {
          const s = ctx.sentenceOf(hit);
          ctx.report({ at: hit, sentence: s.index, messageId: "default", data: { term: ctx.doc.text.slice(hit.start, hit.end) } });
        }
      },
    };
  },
});
