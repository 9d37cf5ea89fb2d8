import { assessCoverage, defineRule, type Hit, type Role } from "../engine/rule-api.js";

// Art. 26: children who witness violence at home. "Getuige" (or exposure to violence: growing up with violence or in
// an unsafe home, "thuis partnergeweld meemaken", "indirect slachtoffer") counts only with children in the same sentence; named programmes for these children (Handle with Care, Veerkracht,
// trauma screening, children in the shelter) count by themselves. Plain "kindermishandeling" or
// "jeugdhulp" is not about child witnesses.
const BODY: Role[] = ["vision-goals", "measures", "monitoring", "other"];

export default defineRule({
  id: "art-26-child-witnesses",
  kind: "coverage",
  title: { nl: "Kinderen als getuige van geweld (art. 26)", en: "Child witnesses (art. 26)" },
  description: {
    nl: "Heeft het beleid aandacht en hulp voor kinderen die getuige zijn van huiselijk geweld: erkenning dat getuige zijn van partnergeweld kindermishandeling is, traumascreening, hulp voor kinderen in de opvang en na een huisverbod, een signaal aan school na een incident (Handle with Care)? Jeugdhulp is een gemeentelijke taak onder de Jeugdwet. Alleen 'kindermishandeling' noemen is niet genoeg.",
    en: "Does the policy pay attention to and support children who witness domestic violence: recognising that witnessing partner violence is child abuse, trauma screening, support for children in shelters and after a barring order, a signal to the school after an incident (Handle with Care)? Youth care is a municipal task under the Youth Act. Naming 'child abuse' alone is not enough.",
  },
  severity: "error",
  score: 70,
  messages: {
    missing: {
      nl: "Het beleid zegt niets over kinderen die getuige zijn van huiselijk geweld.",
      en: "The policy says nothing about children who witness domestic violence.",
    },
    partial: {
      nl: "Kinderen als getuige van geweld worden alleen genoemd in {where} ('{quote}'), zonder hulp of aanpak.",
      en: "Children who witness violence are only mentioned in {where} ('{quote}'), without support or an approach.",
    },
  },
  remedies: ["istanbul-child-witnesses"],
  sources: [
    { source: "istanbul-convention", locator: "art. 26" },
    { source: "seed-003", locator: "L1711", quote: "kinderen die getuige zijn geweest van huiselijk geweld" },
    { source: "seed-004", locator: "L284-286", quote: "traumascreening van kinderen" },
    { source: "seed-004", locator: "L27-31", quote: "methodiek Veerkracht" },
  ],
  articles: ["art. 26"],
  tags: ["protection", "children"],
  uses: ["svc-witness", "svc-child-witness-support", "children"],
  examples: [
    { text: "# Maatregelen\n\nKinderen die thuis huiselijk geweld hebben meegemaakt krijgen traumascreening en [[hulp]].", expect: "present" },
    {
      text: "Amendement\n\nConstaterende dat:\n- kinderen vaak thuis geweld zien;\n\nBesluit:\n- € 50.000 vrij te maken voor hulp aan kinderen die [[getuige]] zijn van huiselijk geweld.",
      expect: "present",
      note: "What an amendment decides is its measure.",
    },
    { text: "# Ambitie\n\n- Er is meer zorg voor [[kinderen die getuige zijn geweest van huiselijk geweld]]", expect: "present" },
    { text: "# Maatregelen\n\nNa een politie-inzet krijgt de school binnen een dag een [[Handle with Care]] melding.", expect: "present" },
    { text: "# Acties\n\n- [[Traumascreening]] voor kinderen in de opvang", expect: "present" },
    { text: "Als een kind slachtoffer of getuige is van huiselijk geweld, krijgt het hulp van het wijkteam.", expect: "present" },
    {
      text: "Circa 3% van de Nederlandse kinderen [[groeit op in onveilige]] gezinssituaties; dat heeft grote gevolgen voor kinderen.",
      expect: "present",
      note: "Growing up in an unsafe home is exposure to violence at home.",
    },
    { text: "# Acties\n\n- Hulp voor kinderen die thuis [[partnergeweld meemaken]]", expect: "present" },
    { text: "# Bijlage 1 Definities\n\nOok een kind dat getuige is van partnergeweld is slachtoffer van kindermishandeling.", expect: "partial", note: "Only in the definitions." },
    { text: "# Maatregelen\n\nKinderen die getuige zijn van geweld krijgen nog geen hulp.", expect: "missing", note: "Negated." },
    { text: "# Maatregelen\n\nWe versterken de aanpak van kindermishandeling en de jeugdhulp.", expect: "missing", note: "Child abuse in general is not about child witnesses." },
    { text: "# Maatregelen\n\nDe politie hoort een getuige van de inbraak; de veerkracht van de wijk is groot.", expect: "missing", note: "A witness to a burglary and the resilience of a neighbourhood are false friends." },
    { text: "# Maatregelen\n\nKinderen krijgen hulp van de jeugdhulp; ouders krijgen opvoedondersteuning.", expect: "missing" },
    {
      text: "# Maatregelen\n\nAlle kinderen moeten kunnen opgroeien in een veilige en gezonde omgeving.",
      expect: "missing",
      note: "A safe environment to grow up in is no exposure to violence.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const withChildren = new Set(ctx.find(["children"]).map((h) => h.sentence));
        const hits: Hit[] = [
          ...ctx.find(["svc-witness"]).filter((h) => withChildren.has(h.sentence)),
          ...ctx.find(["svc-child-witness-support"]),
        ].sort((a, b) => a.start - b.start || b.end - a.end);
        ctx.cover(assessCoverage(ctx, { concepts: [], hits, strong: ["svc-witness", "svc-child-witness-support"], body: BODY, present: { shortHeaded: true } }));
      },
    };
  },
});
