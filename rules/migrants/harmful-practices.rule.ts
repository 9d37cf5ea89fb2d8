import { defineRule } from "../engine/rule-api.js";
import { coverAny } from "./lib/coverage.js";

// Honour-based violence, forced marriage, abandonment abroad and FGM (Istanbul Convention art. 37, 38, 42).
// The forms are the shared concepts of corpus/lexicons/violence-forms.yml (also used by the istanbul module's
// art-37, art-38 and art-42 checks), plus the umbrella term harmful-traditional-practices (migrant-reach.yml).
const FORMS = ["honour-based-violence", "forced-marriage", "abandonment-abroad", "fgm", "harmful-traditional-practices"];

export default defineRule({
  id: "harmful-practices",
  kind: "coverage",
  title: { nl: "Schadelijke traditionele praktijken", en: "Harmful traditional practices" },
  description: {
    nl: "Besteedt het beleid aandacht aan eergerelateerd geweld, huwelijksdwang, achterlating en vrouwelijke genitale verminking, met een eigen aanpak (signalering, samenwerking met de landelijke knooppunten, preventie met gemeenschappen)? Present: een doel of maatregel in het beleid; alleen een definitie of een vermelding in de bijlage is partial.",
    en: "Does the policy address honour-based violence, forced marriage, abandonment abroad and female genital mutilation, with an approach of their own (signalling, cooperation with the national hubs, prevention with communities)? Present: a goal or measure in the policy; only a definition or an appendix mention is partial.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid noemt eergerelateerd geweld, huwelijksdwang, achterlating en vrouwelijke genitale verminking niet.",
      en: "The policy does not mention honour-based violence, forced marriage, abandonment abroad or female genital mutilation.",
    },
    partial: {
      nl: "Schadelijke traditionele praktijken worden alleen genoemd in {where} ('{quote}'), zonder aanpak.",
      en: "Harmful traditional practices are only mentioned in {where} ('{quote}'), without an approach.",
    },
  },
  remedies: ["migrants-harmful-practices"],
  sources: [
    { source: "seed-003", locator: "L2529-2548", quote: "Eergerelateerd geweld en schadelijke traditionele gebruiken" },
    { source: "seed-000", locator: "L2087-2091", quote: "specifieke vormen van huiselijke geweld, zoals eergerelateerd geweld" },
    { source: "seed-003", locator: "L3498-3502", quote: "huwelijkse gevangenschap" },
  ],
  articles: ["art. 37", "art. 38", "art. 42"],
  tags: ["forms-of-violence"],
  uses: FORMS,
  examples: [
    { text: "# Maatregelen\n\nBij signalen van [[eergerelateerd geweld]] moeten alle professionals de checklist gebruiken.", expect: "present" },
    { text: "# Acties\n\nDe JGZ zal [[vrouwelijke genitale verminking]] bespreken met ouders uit risicolanden.", expect: "present" },
    { text: "# Maatregelen\n\nWe organiseren voorlichting over [[huwelijksdwang]] en achterlating samen met migrantenorganisaties.", expect: "present" },
    { text: "Bij vermoedens van [[achterlating]] schakelt Veilig Thuis binnen een werkdag het Landelijk Knooppunt in en zorgt voor opvolging.", expect: "present" },
    { text: "# Bijlage 1 Begrippen\n\nOnder huiselijk geweld valt ook [[eergerelateerd geweld]].", expect: "partial", note: "Only in the definitions." },
    {
      text: "# Maatregelen\n\nDe eer van de gemeente staat op het spel; we eren de vrijwilligers met een lintje.",
      expect: "missing",
      note: "'eer' and 'eren' are not honour-based violence.",
    },
    { text: "# Maatregelen\n\nEr is nog geen aanpak van huwelijksdwang.", expect: "missing", note: "Negated." },
    { text: "# Maatregelen\n\nWe versterken de aanpak van kindermishandeling en ouderenmishandeling.", expect: "missing" },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(coverAny(ctx, [{ concepts: FORMS }]));
      },
    };
  },
});
