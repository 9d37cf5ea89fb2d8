import { assessCoverage, clauseSpan, defineRule, type Hit, type Role } from "../engine/rule-api.js";

// CC-20: aftercare, recovery, onward movement and exit. Two things YAML cannot say:
// - "nazorg" in a sentence about surgery, a hospital stay or ex-prisoners is another sector's aftercare;
// - "nazorg" in an enumeration of the chain ("preventie, signalering, interventie en nazorg", "proactie,
//   preventie, preparatie, repressie, nazorg") or as the last item of any list ("signalering, screening, hulp en
//   nazorg") is a passing mention: partial at most.
// Named provisions (nazorgtraject, uitstroomwoning, hulp na het huisverbod, plan voor veilige terugkeer, contact
// na drie en zes maanden) count as concrete by themselves. A moment after acute help ("na de opvang", "na
// afsluiting van de zaak") with the help itself in the same sentence (begeleiding, steun, contact houden) is a
// concrete provision too; the moment alone keeps the engine's weighing.
const BODY: Role[] = ["vision-goals", "measures", "monitoring", "other"];
const FUNCTIONS = ["chain-prevention", "chain-signalling", "chain-intervention", "chain-criminal-instrument"];
/** Staying or keeping, and the state of contact it keeps (lexicon chain: chain-stay-verb, chain-stay-state). */
const STAY_VERB = ["chain-stay-verb"];
const STAY_STATE = ["chain-stay-state"];
/** Tokens between the verb and its state: "blijft [na de crisis nog een half jaar bij het gezin] betrokken" (ten). */
const STAY_REACH = 12;

export default defineRule({
  id: "aftercare",
  kind: "coverage",
  title: { nl: "Nazorg, herstel en uitstroom", en: "Aftercare, recovery and exit" },
  description: {
    nl: "Regelt het beleid wat er gebeurt nadat de acute fase voorbij is: vervolghulp na de opvang of na een huisverbod, herstel na geweld, een veilige terugkeer voor kinderen, terugvalpreventie en een goede door- en uitstroom uit de opvang? Nazorg is de vierde ketenfunctie die het landelijke Plan van aanpak noemde, maar die nauwelijks werd uitgewerkt. Nazorg alleen in een opsomming van de keten is gedeeltelijk; nazorg na een operatie of voor ex-gedetineerden telt niet.",
    en: "Does the policy arrange what happens once the acute phase is over: follow-up help after the shelter or a barring order, recovery after violence, a safe return for children, relapse prevention and a smooth onward movement and exit from the shelter? Aftercare is the fourth chain function named by the national action plan, but it was hardly worked out. Aftercare only in an enumeration of the chain is partial; aftercare after surgery or for ex-prisoners does not count.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid zegt niets over nazorg na de acute hulp (vervolghulp na opvang of huisverbod, herstel, uitstroom).",
      en: "The policy says nothing about aftercare once acute help ends (follow-up after shelter or a barring order, recovery, exit).",
    },
    partial: {
      nl: "Nazorg wordt alleen genoemd in {where} ('{quote}'), zonder afspraken over vervolghulp, herstel of uitstroom.",
      en: "Aftercare is only mentioned in {where} ('{quote}'), without arrangements for follow-up help, recovery or exit.",
    },
  },
  remedies: ["chain-plan-aftercare"],
  sources: [
    { source: "seed-001", locator: "L831-843", quote: "en nazorg" },
    { source: "seed-001", locator: "L4799-4805", quote: "vervolghulpverlening" },
    { source: "seed-001", locator: "L4880-4884", quote: "een plan voor veilige terugkeer" },
    { source: "seed-001", locator: "L5607-5611", quote: "hulpverlening ná het huisverbod" },
    { source: "seed-001", locator: "L3940-3945", quote: "door- en uitstroom te bevorderen" },
    { source: "seed-003", locator: "L2476-2478", quote: "verbeteren van de doorstroom/uitstroom" },
  ],
  tags: ["chain", "aftercare"],
  uses: [
    "chain-aftercare",
    "chain-aftercare-provision",
    "chain-help-offer",
    "chain-aftercare-contact",
    "chain-stay-verb",
    "chain-stay-state",
    "chain-aftercare-other-context",
    "chain-model",
    ...FUNCTIONS,
  ],
  examples: [
    { text: "# Maatregelen\n\nNa het vertrek uit de opvang krijgen moeders nog een half jaar [[begeleiding]] bij wonen en werk.", expect: "present" },
    { text: "# Maatregelen\n\nVrouwen worden [[na de opvang]] ondersteund door een vaste coach uit het wijkteam.", expect: "present" },
    { text: "# Maatregelen\n\nOok [[na afsluiting van de casus]] houdt het wijkteam contact met het gezin.", expect: "present" },
    { text: "# Maatregelen\n\nVeilig Thuis neemt [[na drie en zes maanden]] opnieuw contact op om te horen of de rust is gebleven.", expect: "present" },
    {
      text: "# Maatregelen\n\nWat er [[na de opvang]] gebeurt, bespreken we volgend jaar.",
      expect: "partial",
      note: "A moment after the shelter without the help that follows it.",
    },
    {
      text: "# Maatregelen\n\nHet buurtteam blijft [[na de crisis]] nog een half jaar bij het gezin betrokken.",
      expect: "present",
      note: "Staying involved, more words between verb and state than a term's gap (coverage2).",
    },
    {
      text: "# Maatregelen\n\nWe spreken af dat de casusregisseur het gezin [[na afsluiting van de zaak]] nog een jaar in beeld houdt.",
      expect: "present",
      note: "Verb-final: the state right before the verb (coverage2).",
    },
    {
      text: "# Maatregelen\n\n[[Na de opvang]] zoeken vrouwen een eigen woning; de betrokken instanties houden hun eigen dossiers.",
      expect: "partial",
      note: "'betrokken' as an adjective before the verb keeps no contact (coverage2).",
    },
    {
      text: "# Maatregelen\n\nEr is geen begeleiding na het vertrek uit de opvang.",
      expect: "missing",
      note: "Negated.",
    },
    { text: "# Maatregelen\n\n- Iedere vrouw die de opvang verlaat krijgt een [[nazorgtraject]] van een jaar.", expect: "present" },
    { text: "# Acties\n\nWe realiseren vijftien [[uitstroomwoningen]] zodat de door- en uitstroom uit de opvang verbetert.", expect: "present" },
    { text: "# Ambitie\n\nNa afloop van het huisverbod zorgt het wijkteam voor [[vervolghulp]] aan slachtoffer, kinderen en pleger.", expect: "present" },
    { text: "# Maatregelen\n\nElk kind in de opvang krijgt een [[plan voor veilige terugkeer]].", expect: "present" },
    { text: "# Doelen\n\nWe gaan de [[nazorg]] voor gezinnen na een crisis versterken.", expect: "present" },
    {
      text: "# Visie\n\nDe aanpak omvat de hele keten: preventie, signalering, interventie en [[nazorg]].",
      expect: "partial",
      note: "Only named as the last link of the chain model.",
    },
    {
      text: "# Werkwijze\n\nDe partners spreken af hoe signalering, aanmelding, screening, hulp en [[nazorg]] geregeld zijn.",
      expect: "partial",
      note: "The last item of a list.",
    },
    { text: "# Bijlage 2 Begrippen\n\n[[Nazorg]]: hulp nadat de acute onveiligheid voorbij is.", expect: "partial", note: "Only in an appendix." },
    { text: "# Maatregelen\n\nEr is nog geen nazorg voor vrouwen die de opvang verlaten.", expect: "missing", note: "Negated." },
    { text: "# Maatregelen\n\nDe patiënt krijgt in het ziekenhuis nazorg na de operatie.", expect: "missing", note: "Medical aftercare is a false friend." },
    { text: "# Maatregelen\n\nDe uitstroom uit de bijstand stijgt en de weg wordt hersteld.", expect: "missing", note: "Exit from benefits and road repair are no aftercare." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const otherSector = new Set(ctx.find(["chain-aftercare-other-context"]).map((h) => h.sentence));
        const model = new Set(ctx.find(["chain-model"]).map((h) => h.sentence));
        // Sentences that enumerate the chain: the model itself or at least two other chain functions.
        const functions = new Map<number, Set<string>>();
        for (const h of ctx.find(FUNCTIONS)) {
          const set = functions.get(h.sentence) ?? new Set<string>();
          set.add(h.concept);
          functions.set(h.sentence, set);
        }
        // "…, screening, hulp en nazorg": the last item of a list of three or more.
        const lastOfList = (hit: Hit) => {
          const s = ctx.doc.sentences[hit.sentence];
          const before = ctx.doc.text.slice(Math.max(s.start, hit.start - 120), hit.start);
          return /,[^,.;:]{1,40},[^,.;:]{1,40}\s(?:en|of|tot|&)\s+(?:de\s+|het\s+)?$/i.test(before);
        };
        const enumeration = (hit: Hit) =>
          model.has(hit.sentence) || (functions.get(hit.sentence)?.size ?? 0) >= 2 || lastOfList(hit);
        // "blijft na de crisis nog een half jaar bij het gezin betrokken": staying or keeping with its state of contact
        // later in one clause, at most STAY_REACH tokens on, or verb-final right before it ("… bij het gezin betrokken
        // blijft"; "de betrokken instanties houden" is an adjective); the hit is the verb. A longer construction than a
        // term's gap, for this verb frame only.
        const stays: Hit[] = [];
        for (const v of ctx.find(STAY_VERB)) {
          const [from, to] = clauseSpan(ctx.doc, v.tokStart);
          const state = ctx.hits
            .inSentence(v.sentence, STAY_STATE)
            .some((x) => x.tokStart >= from && x.tokEnd <= to && (x.tokStart >= v.tokEnd ? x.tokStart - v.tokEnd <= STAY_REACH : x.tokEnd === v.tokStart));
          if (state) stays.push(v);
        }
        // The help itself beside the moment after acute help, not negated ("geen begeleiding na de opvang").
        const supported = (hit: Hit) =>
          [...ctx.hits.inSentence(hit.sentence, ["chain-help-offer", "chain-aftercare-contact"]), ...stays.filter((v) => v.sentence === hit.sentence)].some(
            (x) => !ctx.negated(x) && (x.end <= hit.start || x.start >= hit.end),
          );
        const hits: Hit[] = ctx
          .find(["chain-aftercare", "chain-aftercare-provision"])
          .filter((h) => !otherSector.has(h.sentence))
          .sort((a, b) => a.start - b.start || b.end - a.end);
        ctx.cover(
          assessCoverage(ctx, {
            concepts: [],
            hits,
            body: BODY,
            grade: (hit) =>
              hit.concept === "chain-aftercare-provision"
                ? "strong"
                : enumeration(hit)
                  ? "weak"
                  : supported(hit)
                    ? "strong"
                    : undefined,
          }),
        );
      },
    };
  },
});
