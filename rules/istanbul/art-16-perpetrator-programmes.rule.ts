import { assessCoverage, clauseBreak, defineRule, evidenceConcepts, PAST_REPORT_CONCEPTS, type EvidenceItem, type GradedHit, type Hit, type Role, type RuleContext } from "../engine/rule-api.js";

// Art. 16: programmes that teach perpetrators of domestic violence non-violent behaviour, and treatment programmes
// for sex offenders, with the victim's safety and support as the primary concern and in close co-ordination with
// victim support. Evidence: a named perpetrator approach or programme (plegeraanpak, plegerhulp, daderhulpverlening,
// dadergerichte aanpak, toeleiding plegers naar zorg, agressieregulatie, gedragsinterventies, forensische zorg);
// perpetrators with help, treatment, a training or course in the same sentence ("de pleger krijgt hulp", "hulp aan
// slachtoffer én pleger"); and norm-setting aimed at (potential) perpetrators ("plegers duidelijk maken dat geweld
// niet normaal is", "plegers aanspreken op hun gedrag"), which the engine weighs by where it stands: an approach
// aimed at perpetrators, not a programme. Perpetrators named without help or a norm (arrest, a contact ban) are no
// approach, nor is the capacity to set a norm: seed 003 gold 9 (no daderhulp or plegeraanpak) has only "aangifte
// ... om plegers te kunnen normeren" (L1836), the purpose of reporting a crime.
const HELP = ["ic-help-treatment", "ic-course"];
/** A word for the violence men are engaged against (the topic's own words: "geweld", "huiselijk geweld", its forms). */
const VIOLENCE = ["dv-core", "dv-context", "sexual-violence", "femicide", "honour-based-violence"];

/** A semicolon between two hits: two clauses ("het slachtoffer krijgt hulp; de dader is gevlucht"). */
const CLAUSE_BREAK = /;/;
/**
 * An approach or service right before the perpetrators that is theirs: no semicolon between ("een loket voor
 * slachtoffers; plegers worden aangehouden" names the victims' service and then the arrest).
 */
function offeredTo(ctx: RuleContext, h: Hit): boolean {
  const before = ctx.hits.inSentence(h.sentence, ["ic-approach-for"]).filter((a) => a.end <= h.start);
  if (before.length === 0) return false;
  const last = before.reduce((a, b) => (b.end > a.end ? b : a));
  return !CLAUSE_BREAK.test(between(ctx, last, h));
}

/** Between a relative pronoun and its verb, punctuation or a conjunction opens a new clause ("kinderen die zien dat hun vader slaat"). */
const CLAUSE_OPENER = ["ic-clause-opener"];
/** Words from "die"/"wie" to the violence verb of its clause ("die geweld tegen hun vriendin hebben gepleegd"). */
const RELATIVE_WORDS = 6;

const between = (ctx: RuleContext, a: Hit, b: Hit) => ctx.doc.text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start));

/**
 * Help for perpetrators in the same sentence and clause, where the help itself is not negated ("niet de juiste
 * hulp"): after a semicolon the help is about someone else.
 */
function helped(ctx: RuleContext, h: Hit): boolean {
  return ctx.hits.inSentence(h.sentence, HELP).some((x) => !ctx.negated(x) && !CLAUSE_BREAK.test(between(ctx, h, x)));
}

/**
 * The perpetrator described by what he does, in a relative clause: "die"/"wie" and an active violence verb of the
 * same clause ("mannen die hun vrouw slaan", "wie thuis slaat"), not across a new clause ("kinderen die zien dat hun
 * vader slaat").
 */
function actor(ctx: RuleContext, h: Hit): boolean {
  return ctx.hits
    .inSentence(h.sentence, ["ic-relative-who"])
    .some(
      (r) =>
        r.tokEnd <= h.tokStart &&
        h.tokStart - r.tokEnd <= RELATIVE_WORDS &&
        !clauseBreak(ctx.doc, r.tokEnd - 1, h.tokStart) &&
        !ctx.hits.inSentence(h.sentence, CLAUSE_OPENER).some((o) => o.tokStart >= r.tokEnd && o.tokEnd <= h.tokStart),
    );
}

/** The author taking over the view of the sentence before ("Wij delen die mening"): lexicons istanbul-policy and cues. */
const ADOPTION = ["ic-view-adoption"];
const AUTHOR = ["author-voice"];
/** Any negation in the adoption sentence ("Wij delen die mening niet", "Wij zijn het er nooit mee eens"): lexicon cues. */
const NEGATION = ["negation-adverb", "negation-determiner", "negation-cue"];

/**
 * A party's view that perpetrators should get help ("Volgens Veilig Thuis moeten zowel slachtoffer als pleger hulp
 * krijgen", "De politie pleit ervoor dat …") is someone else's words: a mention, which the engine makes of any
 * attributed hit. The author adopts it in the next sentence of its block ("Wij delen die mening."): the adoption, in the
 * author's voice, then stands for the view as the author's, weighed like "Wij vinden dat … hulp moet krijgen".
 */
function adoptions(ctx: RuleContext): GradedHit[] {
  const out: GradedHit[] = [];
  for (const a of ctx.find(ADOPTION)) {
    const s = ctx.doc.sentences[a.sentence];
    const prev = ctx.doc.sentences[a.sentence - 1];
    if (!prev || prev.block !== s.block || ctx.attributed(a) || ctx.hits.inSentence(s.index, NEGATION).length > 0 || ctx.hits.inSentence(s.index, AUTHOR).length === 0) continue;
    const view = (h: Hit) => ctx.attributed(h) && !ctx.negated(h);
    const reported =
      ctx.hits.inSentence(prev.index, ["ic-perpetrator-programme"]).some(view) ||
      ctx.hits.inSentence(prev.index, ["ic-perpetrator"]).some((h) => view(h) && helped(ctx, h));
    if (reported) out.push({ hit: a });
  }
  return out;
}

/** The policy body for the policy articles: goals, measures, monitoring and the general parts (summary, introduction). */
const BODY: Role[] = ["vision-goals", "measures", "monitoring", "other"];

// The engine's evidence items; the help beside a perpetrator needs code (it must not be negated itself).
// A perpetrator described by his act, with help, counts as a named one; an approach or offer right before
// perpetrators ("een persoonsgerichte aanpak in voor plegers") is an approach aimed at them.
const evidence = (ctx: RuleContext): EvidenceItem[] => [
  { concepts: ["ic-perpetrator-programme"], grade: "strong" },
  { concepts: ["ic-perpetrator"], keep: (h) => helped(ctx, h) },
  { concepts: ["ic-abuse-act"], keep: (h) => actor(ctx, h) && helped(ctx, h) },
  { concepts: ["ic-perpetrator"], with: [["ic-norm-setting"]] },
  // Men and boys engaged in stopping the violence (art. 12 (4)): norm-setting aimed at potential perpetrators.
  { concepts: ["ic-engage-men"], with: [VIOLENCE] },
  { concepts: ["ic-perpetrator"], nearWords: { concepts: ["ic-approach-for"], words: 1, side: "before" }, keep: (h) => offeredTo(ctx, h) },
];
const EVIDENCE_FOR_USES: EvidenceItem[] = [
  { concepts: ["ic-perpetrator-programme", "ic-perpetrator", "ic-norm-setting", "ic-engage-men", ...VIOLENCE, "ic-abuse-act", "ic-relative-who", "ic-clause-opener", "ic-approach-for", ...HELP, ...ADOPTION, ...AUTHOR, ...NEGATION] },
];

export default defineRule({
  id: "art-16-perpetrator-programmes",
  kind: "coverage",
  title: { nl: "Plegerprogramma's (art. 16)", en: "Perpetrator programmes (art. 16)" },
  description: {
    nl: "Heeft het beleid een aanbod of aanpak voor plegers: plegeraanpak, plegerhulp of daderhulpverlening, toeleiding van plegers naar zorg (ook na een huisverbod), agressieregulatie, behandeling van zedendaders, normstelling richting (potentiële) plegers? Art. 16 vraagt dat de veiligheid en steun van het slachtoffer daarbij voorop staan en dat programma's samenwerken met de slachtofferhulp. Plegers noemen zonder hulp, behandeling of norm telt niet.",
    en: "Does the policy offer anything for perpetrators: a perpetrator approach, perpetrator support or treatment, referral of perpetrators to care (also after a barring order), aggression regulation, treatment of sex offenders, norm-setting aimed at (potential) perpetrators? Art. 16 asks that the victim's safety and support come first and that programmes co-operate with victim support. Naming perpetrators without help, treatment or a norm does not count.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid noemt geen aanbod voor plegers (plegeraanpak, plegerhulp, toeleiding naar zorg).",
      en: "The policy names no offer for perpetrators (perpetrator approach, perpetrator support, referral to care).",
    },
    partial: {
      nl: "Hulp aan plegers komt alleen aan bod in {where} ('{quote}'), zonder plegeraanpak of programma.",
      en: "Help for perpetrators is only mentioned in {where} ('{quote}'), without a perpetrator approach or programme.",
    },
  },
  remedies: ["istanbul-perpetrator-programmes"],
  sources: [
    { source: "istanbul-convention", locator: "art. 16" },
    { source: "crm-checklist-2021", locator: "a6" },
    { source: "seed-004", locator: "L213-217", quote: "toeleiding plegers naar zorg" },
    { source: "seed-004", locator: "L284-288", quote: "plegeraanpak" },
    { source: "seed-003", locator: "L1871-1875", quote: "plegers" },
  ],
  articles: ["art. 16"],
  tags: ["perpetrators"],
  uses: [...evidenceConcepts(EVIDENCE_FOR_USES), ...PAST_REPORT_CONCEPTS],
  examples: [
    { text: "# Maatregelen\n\nTot 2019 bood de reclassering een cursus voor [[plegers]] van partnergeweld.", expect: "partial", note: "A course that was offered and ended is a report, not an offer (coverage3)." },
    { text: "# Maatregelen\n\nTot 2019 bood de reclassering een cursus voor [[plegers]]; die cursus zetten we voort met de GGZ.", expect: "present", note: "The course carried on in the same sentence (coverage3)." },
    { text: "# Maatregelen\n\nSinds 2019 biedt de reclassering een cursus voor [[plegers]] van partnergeweld.", expect: "present", note: "Ongoing since a past year: the present tense (coverage3)." },
    { text: "# Maatregelen\n\nHet CAW breidt de [[daderwerking]] uit.", expect: "present" },
    { text: "# Maatregelen\n\nMannen die thuis geweld gebruiken worden doorverwezen naar een [[behandeltraject]].", expect: "present" },
    { text: "# Maatregelen\n\nWe ontwikkelen de [[plegeraanpak]] door, met de veiligheid van het slachtoffer voorop.", expect: "present" },
    { text: "In het nieuwe traject gaan we iedere [[pleger]] van huiselijk geweld al bij het eerste contact met de politie doorverwijzen naar hulp.", expect: "present" },
    { text: "# Acties\n\n- [[Toeleiding plegers naar zorg]] na een tijdelijk huisverbod.", expect: "present" },
    { text: "# Aanpak\n\nDe regio zet in op [[daderhulpverlening]] en agressieregulatietrainingen.", expect: "present" },
    {
      text: "# Probleemanalyse\n\nSlachtoffers en [[plegers]] krijgen nu vaak te laat de juiste hulp.",
      expect: "partial",
      note: "Only in the analysis.",
    },
    { text: "# Bijlage 1 Begrippen\n\n[[Plegerhulp]] is hulp aan plegers van huiselijk geweld.", expect: "partial", note: "Only in the definitions." },
    { text: "# Maatregelen\n\nEr is nog geen plegerhulp in de regio.", expect: "missing", note: "Negated." },
    {
      text: "# Maatregelen\n\nDe pleger wordt aangehouden en krijgt een contactverbod.",
      expect: "missing",
      note: "Arrest and a contact ban are no programme.",
    },
    { text: "# Maatregelen\n\nAlle [[plegers]] van huiselijk geweld volgen een training.", expect: "present" },
    {
      text: "# Maatregelen\n\nProfessionals krijgen meer kennis over plegers van huiselijk geweld.",
      expect: "missing",
      note: "Knowledge about perpetrators is no programme for them.",
    },
    {
      text: "# Prioriteiten\n\n- Het bespreekbaar maken van huiselijk geweld en (potentiële) [[plegers]] duidelijk maken dat huiselijk geweld niet normaal is.",
      expect: "present",
      note: "Norm-setting aimed at potential perpetrators.",
    },
    { text: "De regio kiest voor een [[dadergerichte aanpak]]: de politie spreekt plegers direct aan.", expect: "present" },
    { text: "Er komt laagdrempelige hulp voor slachtoffers én [[plegers]].", expect: "present" },
    { text: "# Maatregelen\n\nVolgens Veilig Thuis moeten zowel slachtoffer als [[pleger]] sneller hulp krijgen.", expect: "partial", note: "A party's view that help should be given: a mention (coverage)." },
    { text: "# Maatregelen\n\nDe reclassering pleit ervoor dat naast het slachtoffer ook de [[dader]] begeleiding krijgt.", expect: "partial", note: "Advocating is a reported view (coverage)." },
    { text: "# Maatregelen\n\nDe politie vindt dat ook [[plegers]] van partnergeweld hulp moeten krijgen.", expect: "partial", note: "An opinion verb of another party (coverage)." },
    { text: "# Maatregelen\n\nWij vinden dat zowel slachtoffer als [[pleger]] hulp moet krijgen.", expect: "present", note: "The author's own view (coverage)." },
    { text: "# Maatregelen\n\nVolgens Veilig Thuis moeten zowel slachtoffer als pleger hulp krijgen. [[Wij delen die mening]].", expect: "present", note: "The author adopts the view in the next sentence (coverage)." },
    { text: "# Maatregelen\n\nVolgens de GGD verdienen ook daders behandeling. Het college [[neemt dit advies over]].", expect: "present", note: "Adopting advice (coverage)." },
    { text: "# Maatregelen\n\nVolgens Veilig Thuis moeten zowel slachtoffer als [[pleger]] hulp krijgen. Wij delen die mening niet.", expect: "partial", note: "A negated adoption adopts nothing (coverage)." },
    { text: "# Maatregelen\n\nVolgens Veilig Thuis moeten zowel slachtoffer als [[pleger]] hulp krijgen. Ook de politie deelt die mening.", expect: "partial", note: "Another party shares the view; the author does not speak (coverage)." },
    {
      text: "# Probleemanalyse\n\nHet aantal meldingen van huiselijk geweld stijgt.\n\n# Aanpak\n\nDe regio werkt samen met Veilig Thuis. Voor [[plegers]] is er hulp.",
      expect: "present",
      note: "A short text with headings (a news item, a motion) addresses the item in one sentence, as one without headings does.",
    },
    {
      text: "# Maatregelen\n\nVaders die hun partner of kinderen [[slaan]] kunnen terecht bij een ambulante behandelaar.",
      expect: "present",
      note: "The perpetrator described by what he does, in a relative clause, with help.",
    },
    { text: "# Maatregelen\n\nHet Veiligheidshuis zet een persoonsgerichte aanpak in voor [[plegers]] van partnergeweld.", expect: "present" },
    { text: "# Maatregelen\n\nMannen die hun partner mishandelen kunnen vanaf 2027 terecht bij het nieuwe behandelcentrum in de regio; [[daders]] van stalking ook.", expect: "present", note: "The place of treatment is help (sweep)." },
    { text: "# Maatregelen\n\nIn de nieuwe behandelgroep van de GGZ werken plegers samen aan hun gedrag.", expect: "present" },
    { text: "# Maatregelen\n\nHet behandelcentrum voor verslaving verhuist naar de Stationsweg.", expect: "missing", note: "A place of treatment without perpetrators (sweep)." },
    {
      text: "# Acties\n\n- Een laagdrempelig aanspreekpunt voor [[daders]] van familiaal geweld.\n- Een praatgroep voor jongeren.",
      expect: "present",
      note: "A point of contact of its own for perpetrators is a service aimed at them.",
    },
    { text: "# Maatregelen\n\nDe politie opent een anonieme hulplijn speciaal voor [[plegers]].", expect: "present" },
    { text: "# Maatregelen\n\nDe regio werkt aan een geïntegreerde [[dader- en slachtofferzorg]].", expect: "present", note: "The elided first part: care for perpetrators beside the victims'." },
    {
      text: "# Preventie\n\nOm partnergeweld te voorkomen willen we [[jongens en mannen actief betrekken]] bij gesprekken over gelijkwaardige relaties.",
      expect: "present",
      note: "Engaging men and boys against the violence: norm-setting aimed at potential perpetrators.",
    },
    {
      text: "# Maatregelen\n\nMannen en jongens worden betrokken bij de sportdag van de wijk.",
      expect: "missing",
      note: "Men taking part in something without violence in the sentence.",
    },
    {
      text: "# Maatregelen\n\nEr is een loket voor slachtoffers; plegers worden aangehouden.",
      expect: "missing",
      note: "After a semicolon the perpetrators are not the ones the service is for.",
    },
    {
      text: "# Maatregelen\n\nKinderen die zien dat hun vader hun moeder slaat, krijgen hulp van het wijkteam.",
      expect: "missing",
      note: "The violence verb belongs to another clause: the children are the ones helped.",
    },
    {
      text: "# Maatregelen\n\nHet slachtoffer krijgt hulp van Slachtofferhulp; de dader is nog voortvluchtig.",
      expect: "missing",
      note: "After a semicolon the help is about someone else.",
    },
    {
      text: "# Maatregelen\n\nDe behandeling van de zaak tegen de verdachte van partnergeweld is uitgesteld.",
      expect: "missing",
      note: "The hearing of a case is no treatment.",
    },
    {
      text: "# Maatregelen\n\nHet is van belang dat er aangifte gedaan wordt om plegers te kunnen normeren.",
      expect: "missing",
      note: "Being able to set the norm is the purpose of reporting a crime, not an approach (seed 003 L1836).",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        // A motion, news item or council question with headings states its plan as briefly as one without (issue 13).
        ctx.cover(assessCoverage(ctx, { evidence: evidence(ctx), graded: adoptions(ctx), body: BODY, present: { shortHeaded: true }, pastIsMention: true }));
      },
    };
  },
});
