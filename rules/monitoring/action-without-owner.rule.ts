import { DEFAULT_ROLE_WEIGHTS, defineRule, type RuleContext, type Sentence } from "../engine/rule-api.js";
import { leadIn, underHeading } from "./lib/evidence.js";
import { namesOwner } from "./lib/owner.js";

// Actions without an owner (seed 003 L1650-1656, L1715-1717, L3077-3083): an item of an action list that says
// what happens but not who does it ("Inventariseren welke activiteiten …", "Uitvoeren van specifieke
// activiteiten", "Er wordt een besluit genomen"). Only items of a list under an action heading ("Acties",
// "Maatregelen", "Wat gaan we doen") or a lead-in that announces actions count; a named party, "we" or "de
// gemeente(n)" as subject, or a lead-in or heading that names the party, is an owner.
/** Words in a lead-in that announce a list of actions ("In 2025 volgen deze acties:", "Daarbij gaan we:"); monitoring-statements.yml. */
const ACTION_LEADIN = ["action-word", "action-leadin-extra"];

export default defineRule({
  id: "action-without-owner",
  title: { nl: "Actie zonder uitvoerder", en: "Action without an owner" },
  description: {
    nl: "Een actie in een actielijst zegt wat er gebeurt, maar niet wie het doet ('Inventariseren welke activiteiten …', 'Uitvoeren van specifieke activiteiten'). Zonder trekker is niemand aanspreekbaar.",
    en: "An action in an action list says what happens but not who does it ('Take stock of activities …', 'Carry out specific activities'). Without a lead nobody is accountable.",
  },
  severity: "info",
  score: 15,
  roles: ["measures", "vision-goals"],
  messages: {
    default: {
      nl: "Actie zonder uitvoerder: '{term}' zegt niet wie de actie uitvoert.",
      en: "Action without an owner: '{term}' does not say who carries it out.",
    },
  },
  remedies: ["monitoring-action-owner", "monitoring-responsibilities"],
  sources: [
    { source: "seed-003", locator: "L1650-1656", quote: "Inventariseren welke activiteiten op dit moment bij gemeenten ondernomen worden" },
    { source: "seed-003", locator: "L3077-3083", quote: "wie, wanneer, wat zal uitvoeren" },
  ],
  tags: ["accountability"],
  uses: ["owner-label", "responsible-actor"],
  examples: [
    { text: "# Acties\n\n- [[Inventariseren]] welke activiteiten op dit moment bij gemeenten ondernomen worden.\n- [[Plan]] van aanpak formuleren op wat nog toegevoegd moet worden." },
    { text: "# Acties\n\n- [[Uitvoeren]] van specifieke activiteiten gericht op jongeren." },
    { text: "# Acties\n\n- [[Op]] basis van de evaluatie van de pilot wordt een besluit genomen over de reguliere aanpak." },
    { text: "# Maatregelen\n\nIn 2025 volgen deze acties:\n\n- [[Een]] campagne over gezonde relaties op scholen." },
    { text: "# Acties\n\n- Veilig Thuis brengt de wachttijden in kaart.\n- De projectleider maakt een analyse van de stand van zaken.", note: "Named owners." },
    { text: "# Acties\n\n- Gemeenten organiseren een integrale aansturing op het actieprogramma.", note: "The municipalities as subject." },
    { text: "# Acties\n\nDe GGD voert de volgende acties uit:\n\n- scholing van vrijwilligers van sportclubs;\n- een voorlichtingsavond voor ouders.", note: "The lead-in names the owner." },
    { text: "# Aard en omvang\n\n- Uitvoeren van onderzoek naar de omvang.", note: "Not an action list." },
    { text: "# Wat gaan wij daarvoor doen?\n\n- [[Opzetten]] van een vast spreekuur voor slachtoffers in de wijk.", note: "The question of a programme budget heads an action list." },
    { text: "# Wat we doen\n\n- [[Uitbreiden]] van het aantal crisisplekken in de regio." },
    { text: "# Wat we doen\n\n- Het wijkteam houdt een vast spreekuur voor slachtoffers.", note: "A named owner." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        for (const s of ctx.doc.sentences) {
          if (s.blockType !== "listItem" || !["measures", "vision-goals"].includes(s.role)) continue;
          if (!inActionList(ctx, s)) continue;
          if (s.tokenEnd - s.tokenStart < 3 || s.quoted || s.reported) continue;
          if (namesOwner(ctx, s, { authorCounts: true })) continue;
          const t = ctx.doc.tokens;
          ctx.report({
            at: { start: t.start[s.tokenStart], end: t.end[s.tokenStart] },
            sentence: s.index,
            messageId: "default",
            data: { term: ctx.doc.text.slice(s.start, Math.min(s.end, t.end[Math.min(s.tokenEnd - 1, s.tokenStart + 5)])).trim() },
            weight: DEFAULT_ROLE_WEIGHTS[s.role],
          });
        }
      },
    };
  },
});

/** Is the list item one of a list of actions: under an action heading, or after a lead-in that announces actions? */
function inActionList(ctx: RuleContext, s: Sentence): boolean {
  const lead = leadIn(ctx, s);
  if (lead) return announcesActions(ctx, lead) || (lead.blockType === "listItem" && underHeading(ctx, s, "action"));
  return underHeading(ctx, s, "action");
}

/** Does the lead-in announce actions: an action word in its last part, with no colon between it and the closing one? */
function announcesActions(ctx: RuleContext, lead: Sentence): boolean {
  const text = ctx.doc.text;
  const close = text.slice(lead.start, lead.end).search(/:\s*$/) + lead.start;
  return ctx.hits.inSentence(lead.index, ACTION_LEADIN).some((h) => h.end <= close && !text.slice(h.end, close).includes(":"));
}
