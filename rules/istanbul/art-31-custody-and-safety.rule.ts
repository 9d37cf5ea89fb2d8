import { assessCoverage, defineRule, type Hit, type Role } from "../engine/rule-api.js";

// Art. 31: violence must be weighed in custody and contact decisions, and contact must not endanger
// victim or children. A sentence on contact, custody or (complex) divorce counts fully only when it ties
// them to safety or violence; contact or divorce without that link can make the check partial at most
// (seed 003 §5.4: complex divorces with "ouderverstoting", no word on safety).
const BODY: Role[] = ["vision-goals", "measures", "monitoring", "other"];

export default defineRule({
  id: "art-31-custody-and-safety",
  kind: "coverage",
  title: { nl: "Omgang, gezag en veiligheid (art. 31)", en: "Custody, visitation and safety (art. 31)" },
  description: {
    nl: "Zegt het beleid dat geweld wordt meegewogen bij omgang en gezag, en dat omgang de veiligheid van slachtoffer en kinderen niet in gevaar mag brengen (begeleide omgang, omgangshuis, samenwerking met de Raad voor de Kinderbescherming, geen automatisch 'normaliseren van contact')? Aandacht voor complexe scheidingen zonder verband met veiligheid of geweld is partial.",
    en: "Does the policy say that violence is weighed in contact and custody, and that contact must not endanger the safety of victim and children (supervised contact, contact centre, cooperation with the Child Protection Board, no automatic 'normalising of contact')? Attention to high-conflict divorce without a link to safety or violence is partial.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid zegt niets over veiligheid bij omgang en gezag na huiselijk geweld.",
      en: "The policy says nothing about safety in contact and custody after domestic violence.",
    },
    partial: {
      nl: "Omgang, gezag of scheiding komt aan bod in {where} ('{quote}'), maar niet hoe geweld en veiligheid daarbij worden meegewogen.",
      en: "Contact, custody or divorce is addressed in {where} ('{quote}'), but not how violence and safety are weighed in it.",
    },
  },
  remedies: ["istanbul-custody-safety"],
  sources: [
    { source: "istanbul-convention", locator: "art. 31" },
    { source: "grevio-2020-nl", locator: "G12" },
    { source: "seed-002", locator: "L278-291", quote: "eenoudergezag regelen bij de verdenking van huiselijk geweld" },
    { source: "seed-003", locator: "L2706-2712", quote: "ouderverstoting en contact" },
  ],
  articles: ["art. 31"],
  tags: ["protection", "children", "custody"],
  uses: ["svc-custody-contact", "svc-safe-contact", "svc-safety-violence"],
  examples: [
    { text: "# Maatregelen\n\nBij huiselijk geweld vindt omgang alleen plaats in het [[omgangshuis]].", expect: "present" },
    { text: "# Acties\n\n- Bij complexe scheidingen met geweld de veiligheid van de kinderen voorop zetten", expect: "present" },
    { text: "# Doelen\n\nWe zorgen dat de Raad voor de Kinderbescherming huiselijk geweld meeweegt in het advies over het ouderlijk gezag.", expect: "present" },
    { text: "De omgangsregeling mag de veiligheid van moeder en kinderen niet in gevaar brengen; daar gaan we op letten.", expect: "present" },
    { text: "# Ambitie\n\nEr is samenhang in de aanpak van complexe echtscheidingen.", expect: "partial", note: "Divorce without a link to violence or safety." },
    { text: "# Maatregelen\n\nEr zijn geen afspraken over omgang na huiselijk geweld.", expect: "missing", note: "Negated." },
    { text: "# Maatregelen\n\nProfessionals leren de omgang met slachtoffers van geweld.", expect: "missing", note: "'omgang met' (dealing with) is not contact arrangements." },
    { text: "# Maatregelen\n\nWe versterken de aanpak van kindermishandeling.", expect: "missing" },
    { text: "# Maatregelen\n\nDe omgangsvormen op school zijn respectvol en veilig.", expect: "missing", note: "Manners are not contact arrangements." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const safe = new Set(ctx.find(["svc-safety-violence"]).map((h) => h.sentence));
        const custody = ctx.find(["svc-custody-contact"]);
        const safeContact = ctx.find(["svc-safe-contact"]);
        // Contact or divorce without a word on safety is a passing mention: the check partial at most.
        const hits = [...safeContact, ...custody].sort((a, b) => a.start - b.start || b.end - a.end);
        const grade = (h: Hit) => (h.concept === "svc-custody-contact" && !safe.has(h.sentence) ? "weak" : undefined);
        ctx.cover(assessCoverage(ctx, { concepts: [], hits, grade, body: BODY, strong: ["svc-safe-contact"], present: { shortHeaded: true } }));
      },
    };
  },
});
