import { defineRule, hasTitledSections, type CoverageStatus, type EvidenceReport, type Hit, type Role, type RuleContext } from "../engine/rule-api.js";

// Art. 48 works the other way round: the check fails when the policy offers mediation, couples therapy,
// restorative conversations, family conferences or a systemic approach for domestic violence without a
// safeguard (screening for violence and power imbalance, a contra-indication or exclusion for partner
// violence, voluntary participation). The general "veiligheid voorop" is no safeguard (seed 003).
//   present        — a safeguard is stated, and every section that offers such help has one (or names none);
//   partial        — unsafeguarded offers only outside the policy body (analysis, annex, quoted), or a
//                    safeguard elsewhere in the document but not where the help is offered;
//   missing        — such help is offered in the policy body and the document has no safeguard at all;
//   not-applicable — the document offers no such help and states no safeguard (nothing to check).
// An explicit exclusion ("geen mediation bij partnergeweld") is a negated mention: it counts as a safeguard.
const BODY: Role[] = ["vision-goals", "measures", "monitoring", "other"];

function evidence(ctx: RuleContext, hits: Hit[]): EvidenceReport[] {
  const seen = new Set<number>();
  const out: EvidenceReport[] = [];
  for (const h of hits) {
    if (seen.has(h.sentence)) continue;
    seen.add(h.sentence);
    out.push({ start: h.start, end: h.end, sentence: h.sentence, role: ctx.doc.sentences[h.sentence].role });
  }
  return out.slice(0, 3);
}

export default defineRule({
  id: "art-48-no-mandatory-mediation",
  kind: "coverage",
  title: { nl: "Geen bemiddeling zonder waarborgen (art. 48)", en: "No mediation without safeguards (art. 48)" },
  description: {
    nl: "Biedt het beleid bij huiselijk geweld bemiddeling, relatietherapie, herstelgesprekken, Eigen Kracht-conferenties of een systeemgerichte aanpak aan zonder waarborg? Het Verdrag verbiedt verplichte bemiddeling; GREVIO wees in 2020 op het 'normaliseren van contacten' met de pleger. Nodig is een screening op geweld en machtsongelijkheid, een uitsluiting bij partnergeweld of vrijwillige deelname. 'Veiligheid voorop' alleen is niet genoeg. Een tekst die zulke hulp niet aanbiedt, krijgt not-applicable.",
    en: "Does the policy offer mediation, couples therapy, restorative conversations, family group conferences or a systemic approach in domestic violence without a safeguard? The Convention prohibits mandatory mediation; in 2020 GREVIO pointed at the 'normalising of contact' with the perpetrator. What is needed is screening for violence and power imbalance, an exclusion for partner violence, or voluntary participation. 'Safety first' alone is not enough. A text that offers no such help gets not-applicable.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid zet '{term}' in zonder screening op geweld en machtsongelijkheid of uitsluiting bij partnergeweld.",
      en: "The policy uses '{term}' without screening for violence and power imbalance or an exclusion for partner violence.",
    },
    partial: {
      nl: "'{term}' staat in {where} ('{quote}') zonder waarborg op die plek (screening, uitsluiting bij partnergeweld, vrijwilligheid).",
      en: "'{term}' appears in {where} ('{quote}') without a safeguard at that point (screening, exclusion for partner violence, voluntariness).",
    },
  },
  remedies: ["istanbul-mediation-safeguard"],
  sources: [
    { source: "istanbul-convention", locator: "art. 48" },
    { source: "grevio-2020-nl", locator: "G12" },
    { source: "seed-002", locator: "L278-289", quote: "normaliseren van contacten" },
    { source: "seed-003", locator: "L1271-1277", quote: "systeemgericht kijken" },
    { source: "seed-003", locator: "L3648-3650", quote: "met hulp in de vorm van relatietherapie" },
  ],
  articles: ["art. 48"],
  tags: ["procedure", "mediation"],
  uses: ["svc-mediation", "svc-mediation-safeguard"],
  examples: [
    {
      text: "# Maatregelen\n\nWe zetten een [[systeemgerichte aanpak]] in, maar alleen na screening op geweld en machtsongelijkheid.",
      expect: "present",
    },
    { text: "# Uitgangspunten\n\nBij partnergeweld zetten we geen mediation in; de bescherming van het slachtoffer gaat voor.", expect: "present", note: "Explicit exclusion." },
    { text: "# Maatregelen\n\nRelatietherapie is [[uitgesloten bij]] intieme terreur; deelname is altijd vrijwillig.", expect: "present" },
    {
      text: "# Maatregelen\n\nWe bieden herstelgesprekken aan. Deelname is [[op vrijwillige basis]] en pas na een veiligheidscheck.",
      expect: "present",
    },
    { text: "# Maatregelen\n\nWe zetten bij alle gezinnen met huiselijk geweld [[relatietherapie]] in. De veiligheid staat voorop.", expect: "missing", note: "'Veiligheid voorop' is no safeguard." },
    {
      text: "# Visie\n\nHet is van belang het [[gehele systeem]] te betrekken bij het oplossen van het geweld.\n\n# Bijlage 2\n\nMachtsongelijkheid speelt bij een deel van de gezinnen.",
      expect: "partial",
      note: "A safeguard word elsewhere, not where the help is offered.",
    },
    { text: "# Bijlage 3 Evaluatie\n\nEnkele gezinnen kregen [[relatietherapie]] en waren tevreden.", expect: "partial", note: "Only in an annex." },
    { text: "# Maatregelen\n\nBij partnergeweld bieden we [[mediation]] aan om de relatie te herstellen.", expect: "missing" },
    { text: "# Maatregelen\n\nEr is geen screening op geweld; gezinnen krijgen een [[Eigen Kracht-conferentie]].", expect: "missing", note: "The safeguard is negated." },
    { text: "# Maatregelen\n\nBuurtbemiddeling helpt bij burenruzies; gemeenschapsbemiddelaars leggen contact met families.", expect: "not-applicable", note: "Neighbour mediation and community mediators are false friends." },
    {
      text: "# Maatregelen\n\nWe leren de wijkteams dwingende controle en machtsongelijkheid tussen partners te herkennen.",
      expect: "not-applicable",
      note: "Safeguard words without any mediation or systemic help: nothing this article checks.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        if (!ctx.onTopic) return ctx.cover({ status: "not-applicable", evidence: [] });
        const sentences = ctx.doc.sentences;
        const unstructured = !hasTitledSections(ctx.doc.sections);
        const risks = ctx.find(["svc-mediation"]);
        const active = risks.filter((h) => !ctx.negated(h));
        const exclusions = risks.filter((h) => ctx.negated(h));
        const safeguards = [...ctx.find(["svc-mediation-safeguard"]).filter((h) => !ctx.negated(h)), ...exclusions];
        // With no mediation or systemic help named at all, a safeguard word is no statement about mediation: a policy
        // that names coercive control or screening for violence offers nothing this article checks. Only an explicit
        // exclusion ("geen mediation bij partnergeweld") makes such a text present.
        if (active.length === 0 && exclusions.length === 0) return ctx.cover({ status: "not-applicable", evidence: [] });
        const guardedSections = new Set(safeguards.map((h) => sentences[h.sentence].section));
        const open = active.filter((h) => !guardedSections.has(sentences[h.sentence].section));
        const text = (h: Hit) => ctx.doc.text.slice(h.start, h.end);
        if (open.length === 0) {
          return ctx.cover({ status: "present", evidence: evidence(ctx, [...safeguards, ...active].sort((a, b) => a.start - b.start)) });
        }
        const inBody = (h: Hit) => (unstructured || BODY.includes(sentences[h.sentence].role)) && !ctx.attributed(h);
        const bodyOpen = open.filter(inBody);
        const status: CoverageStatus = bodyOpen.length > 0 && safeguards.length === 0 ? "missing" : "partial";
        const shown = bodyOpen.length > 0 ? bodyOpen : open;
        ctx.cover({ status, evidence: evidence(ctx, shown), data: { term: text(shown[0]) } });
      },
    };
  },
});
