import { assessCoverage, clauseBreak, defineRule, type EvidenceItem, type GradedHit, type Hit, type HitGrade, presence, type Sentence, TOPIC_OTHER_FIELDS } from "../engine/rule-api.js";
import { admittedSections, bodyFor, digitQuantities, headingOf, inBody, inSentence, tableHeader, tableOfContents } from "./lib/evidence.js";

/** What shows that money is for this approach: domestic violence, its services and victims, or the policy itself. */
const ABOUT = ["dv-core", "dv-context", "dv-victim", "dv-perpetrator", "dv-shelter", "policy-self-reference"];
/** People and cases: "1 miljoen mensen" is a count, not money. */
const COUNTED = ["prevalence-noun", "registered-count-noun", "women", "men", "children", "older-people"];
/** Words between an amount word and what it counts ("1,5 miljoen Nederlandse vrouwen"). */
const COUNT_NOUN_DISTANCE = 2;
/**
 * Other fields money may be for: the topic's own fields (sport, traffic, property crime, health, animals: one list with
 * the topic decision and the coverage checks' other-field reading) and the facilities and public works of
 * topic-other (zwembad, fietspaden, bibliotheek).
 */
const OTHER_PURPOSE = [...TOPIC_OTHER_FIELDS, "other-public-works"];
/** "voor", "ten behoeve van": lexicon purpose-preposition; the prepositions that close its phrase: purpose-phrase-end. */
const PURPOSE = ["purpose-preposition"];
const PURPOSE_END = ["purpose-phrase-end"];
/** Words of a purpose phrase read at most ("voor de renovatie van het oude zwembad"). */
const PURPOSE_REACH = 8;
/**
 * Headings of a plan's financial section ("Financiën", "Financiële consequenties"). Not any heading with a money word:
 * "Investeren in preventie" heads a measure, "Kosten van geweld" the problem (measured: with every money word as a
 * section heading a held-out excerpt gained a false budget).
 */
const BUDGET_HEADING = ["budget-section-heading"];

// Budget (Istanbul Convention art. 8; seed 001 L6487-6501; seed 003 L2969-2991): does the policy say what money
// is available for the approach? Concrete: an amount, a subsidy or a funding source for the approach, a
// budget as a commitment. "Geen extra middelen beschikbaar" is an admission: the check is then partial at
// most, unless an amount is still set aside. "Begroting 2019" as the name of a budget debate, and "middelen"
// in the sense of means ("een van de middelen die de politie inzet"), are no budget.
export default defineRule({
  id: "budget",
  kind: "coverage",
  title: { nl: "Budget", en: "Budget" },
  description: {
    nl: "Noemt het beleid het geld voor de aanpak: bedragen, structurele of incidentele middelen, subsidie, de decentralisatie-uitkering vrouwenopvang, fte? 'Geen extra middelen beschikbaar' maakt de check hooguit partial.",
    en: "Does the policy name the money for the approach: amounts, structural or one-off funds, subsidy, the shelter decentralisation grant, FTE? 'No extra funds available' makes the check partial at most.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid noemt geen budget: onduidelijk is met welk geld de acties worden uitgevoerd.",
      en: "The policy names no budget: it is unclear what money pays for the actions.",
    },
    partial: {
      nl: "Geld wordt genoemd in {where} ('{quote}'), maar zonder bedrag per actie of met de mededeling dat er geen extra middelen zijn.",
      en: "Money is mentioned in {where} ('{quote}'), but without an amount per action or with the statement that there are no extra funds.",
    },
  },
  remedies: ["monitoring-budget"],
  sources: [
    { source: "seed-003", locator: "L2969-2981", quote: "geen extra middelen beschikbaar" },
    { source: "seed-003", locator: "L2826-2830", quote: "Decentralisatie-uitkering vrouwenopvang (DUVO)" },
    { source: "seed-001", locator: "L6487-6501", quote: "gedeeltelijk structureel en gedeeltelijk incidenteel" },
  ],
  articles: ["art. 8"],
  tags: ["accountability"],
  uses: ["budget-term", "funding-label", "budget-general-word", "budget-room", "money-verb", "personal-money", "amount-word", "funding-qualifier", "commitment-cue", "problem-cost", "@money", "@year", ...ABOUT, ...COUNTED, ...OTHER_PURPOSE, ...PURPOSE, ...PURPOSE_END, "budget-section-heading", "budget-invest-verb", "budget-co-funding"],
  examples: [
    { text: "# Maatregelen\n\nWe [[investeren]] in de deskundigheid van professionals die huiselijk geweld signaleren.", expect: "partial", note: "Investing without an amount is often figurative: a mention." },
    { text: "# Maatregelen\n\nDe zes gemeenten [[investeren]] samen in het nieuwe Centrum Seksueel Geweld.", expect: "present", note: "Co-funding by several parties is money." },
    { text: "# Maatregelen\n\nWe [[investeren]] jaarlijks € 80.000 in de training van professionals die huiselijk geweld signaleren.", expect: "present" },
    { text: "De gemeente [[maakt extra geld vrij]] voor crisisplekken voor slachtoffers van huiselijk geweld.", expect: "present", note: "A separable verb around the money." },
    { text: "# Maatregelen\n\nVoor de preventiemedewerkers is structureel € 250.000 per jaar [[begroot]].", expect: "present" },
    { text: "# Maatregelen tegen huiselijk geweld\n\n| Bedrag per jaar | Activiteit |\n|---|---|\n| [[35.000]] | Training meldcode professionals |\n| 42.000 | Plegerhulp |", expect: "present", note: "A budget table: numbers under a money header." },
    { text: "# Aanpak huiselijk geweld\n\n## Financiën\n\n| Onderdeel | 2027 | 2028 |\n|---|---|---|\n| Crisisopvang | [[420.000]] | 450.000 |\n| Preventie op scholen | 80.000 | 80.000 |", expect: "present", note: "A table of the plan's financial section: its numbers are money without a money word." },
    { text: "# Aanpak huiselijk geweld\n\n## Cijfers\n\n| Onderdeel | 2027 | 2028 |\n|---|---|---|\n| Meldingen | 420 | 450 |", expect: "missing", note: "A table of figures elsewhere is no budget." },
    { text: "# Maatregelen tegen huiselijk geweld\n\n| Aantal | Activiteit |\n|---|---|\n| 35 | Training meldcode professionals |\n| 42 | Plegerhulp |", expect: "missing", note: "Numbers under a header that names no money." },
    { text: "Het algemeen bestuur verleent het Samenwerkingsverband Huiselijk Geweld een eenmalige [[subsidie]] van E 66.250.", expect: "present" },
    { text: "De provincie Noord-Holland versterkt met [[subsidie]] de regionale aanpak van huiselijk geweld.", expect: "present" },
    { text: "# Middelen\n\nDe vrouwenopvang wordt [[gefinancierd]] uit de decentralisatie-uitkering vrouwenopvang.", expect: "present" },
    {
      text: "# Uitvoeringsmiddelen\n\nVoor de uitvoering van dit actieprogramma zijn geen extra middelen beschikbaar. Het Kopland wordt [[gefinancierd]] uit de DUVO.",
      expect: "partial",
      note: "The programme admits it has no money of its own.",
    },
    { text: "Gehoord de discussie over de Begroting 2019, verzoekt de raad het college indicatoren te ontwikkelen.", expect: "missing", note: "The name of a budget debate." },
    { text: "# Maatregelen\n\nDeze aanpak is een van de middelen die de politie inzet om herhaling te voorkomen.", expect: "missing", note: "'middelen' as means." },
    { text: "# Bijlage 1 Financiën\n\nDe [[subsidie]] van 2018 bedroeg € 40.000.", expect: "partial", note: "Only in an appendix." },
    { text: "De commissie is bevreesd voor meer [[kosten]] en minder zeggenschap bij de regeling voor Veilig Thuis.", expect: "present", note: "Costs discussed in a short text." },
    { text: "Groningen trekt [[structureel geld]] uit voor de aanpak van femicide.", expect: "present" },
    { text: "Het college [[trekt]] 1,2 miljoen [[uit voor]] de aanpak van huiselijk geweld.", expect: "present", note: "An amount without a euro sign." },
    { text: "# Maatregelen\n\nVoor de preventie van huiselijk geweld is [[een ton]] beschikbaar.", expect: "present" },
    { text: "Het kabinet maakt 7 [[miljoen]] vrij voor de opvang van slachtoffers van huiselijk geweld.", expect: "present", note: "An amount without a euro sign, allocated by a money verb." },
    { text: "Verzoekt het college [[in de begroting 2027 ruimte]] te maken voor een aandachtsfunctionaris huiselijk geweld.", expect: "present", note: "Room in the budget of a year is a commitment, not the name of a budget debate." },
    {
      text: "# Besluit\n\nHet Plan van aanpak huiselijk geweld 2026-2029 vast te stellen.\n\nVoor de uitvoering jaarlijks [[€ 150.000]] beschikbaar te stellen.",
      expect: "present",
      note: "A decision point next to the one that names the policy.",
    },
    { text: "De pleger van huiselijk geweld kreeg een boete van 500 euro en een contactverbod.", expect: "missing", note: "A person's money (a fine) is no budget for the approach." },
    { text: "Jaarlijks zijn in Nederland ruim 1 miljoen mensen slachtoffer van huiselijk geweld.", expect: "missing", note: "A million people is a count, not money." },
    { text: "Huiselijk geweld [[kost]] de samenleving naar schatting een miljard euro per jaar.", expect: "partial", note: "What the problem costs society is a statistic, not money for the approach." },
    {
      text: "# Constaterende dat\n\nHet aantal meldingen van huiselijk geweld stijgt.\n\n# Verzoekt het college\n\nOm [[extra geld]] vrij te maken voor de vrouwenopvang.",
      expect: "present",
      note: "A motion's demand: one clear mention in a short text.",
    },
    { text: "Dat gaat ten koste van de veiligheid van kinderen in huiselijk geweld.", expect: "missing" },
    {
      text: "# Aanpak huiselijk geweld\n\nVeilig Thuis ontvangt meldingen van huiselijk geweld.\n\n# Wijken\n\nVoor nieuwe fietspaden trekken we € 2 miljoen uit in de [[begroting]].",
      expect: "partial",
      note: "A budget line for something else is a mention, not money for this approach.",
    },
    { text: "De gemeente bespreekt de meldcode huiselijk geweld met al haar [[subsidiepartners]].", expect: "partial", note: "How a party is funded is a label, not money for the approach." },
    { text: "De gemeente verleent de vrouwenopvang een [[subsidie]] voor extra crisisplekken bij huiselijk geweld.", expect: "present" },
    {
      text: "# Maatregelen\n\nDe wachttijd voor de opvang van slachtoffers van huiselijk geweld mag vanaf 2027 niet meer dan tien dagen bedragen.",
      expect: "missing",
      note: "'Bedragen' as the verb (to amount to) closing a clause after 'mag', with a measure: no money (ceil).",
    },
    { text: "De wachttijden bij de opvang voor slachtoffers van huiselijk geweld bedragen gemiddeld zes weken.", expect: "missing", note: "The verb after a subject that is no money (ceil)." },
    { text: "# Maatregelen\n\nVoor de aanpak van huiselijk geweld zijn [[extra bedragen]] beschikbaar.", expect: "present", note: "The noun after an adjective: sums of money (ceil)." },
    { text: "Het gaat om [[bedragen van]] enkele tonnen per jaar voor de aanpak van huiselijk geweld.", expect: "present", note: "The noun before 'van' (ceil)." },
    { text: "De kosten van de crisisplekken voor slachtoffers van huiselijk geweld [[bedragen]] jaarlijks € 120.000.", expect: "present", note: "The verb with a sum of money is money by the sum (ceil)." },
    { text: "Gemeente trekt 3 miljoen uit voor nieuwe sporthal\n\nOok de aanpak van huiselijk geweld krijgt aandacht in de wijk.", expect: "missing", note: "Money for another field's facility, a headline." },
    { text: "# Aanpak huiselijk geweld\n\nVeilig Thuis ontvangt meldingen van huiselijk geweld. Verder is € 300.000 beschikbaar voor de renovatie van het zwembad.", expect: "missing", note: "The purpose names another field, though the paragraph is about the approach." },
    { text: "# Aanpak huiselijk geweld\n\nVeilig Thuis ontvangt meldingen van huiselijk geweld. Verder is [[€ 30.000]] beschikbaar voor voorlichting in de bibliotheek.", expect: "present", note: "The purpose is the information sessions; the library is where." },
    { text: "# Aanpak huiselijk geweld\n\nVeilig Thuis ontvangt meldingen van huiselijk geweld.\n\n# Financiën\n\nVoor de uitvoering is jaarlijks [[€ 150.000]] beschikbaar.", expect: "present", note: "An amount in the plan's financial section is the plan's money." },
    {
      text: "# Programma veilig thuis\n\n## Wat mag het kosten?\n\n| Onderdeel | 2027 | 2028 |\n|---|---|---|\n| Wijkteamtraining | [[60.000]] | 60.000 |\n| Extra crisisplekken | 310.000 | 320.000 |",
      expect: "present",
      note: "The question of a programme budget heads the plan's financial section: its table holds the plan's money.",
    },
    { text: "# Ons plan\n\n## Wat kost het\n\nDe gemeente reserveert hiervoor elk jaar [[€ 90.000]].", expect: "present", note: "The short form of the question, without a question mark." },
    {
      text: "# Ons plan\n\n## Wat kost partnergeweld de samenleving?\n\n| Onderdeel | 2027 |\n|---|---|\n| Politie-inzet | 410.000 |",
      expect: "missing",
      note: "What the problem costs heads no financial section of the plan: a table under it holds no budget.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const admitted = admittedSections(ctx, ["budget-term"]).size > 0;
        // "18 miljoen", "een ton" is money; "1 miljoen mensen", "miljoenen slachtoffers" is a count.
        const moneyWords = ctx
          .find(["amount-word"])
          .filter((h) => !ctx.hits.inSentence(h.sentence, COUNTED).some((c) => c.tokStart >= h.tokEnd && c.tokStart - h.tokEnd <= COUNT_NOUN_DISTANCE));
        const moneyWordSentences = new Set(moneyWords.map((h) => h.sentence));
        // An amount: "€ 250.000", "75 miljoen euro", "bijna 18 miljoen", "een ton".
        const amount = (s: Sentence) => !tableOfContents(ctx, s) && (inSentence(ctx, s, ["@money"]) || moneyWordSentences.has(s.index));
        // General money words (middelen, geld, kosten, begroting) are concrete only with an amount or qualifier.
        const fundingLabel = (h: Hit) => ctx.hits.inSentence(h.sentence, ["funding-label"]).some((g) => g.start < h.end && h.start < g.end);
        const general = (h: Hit) => ctx.hits.inSentence(h.sentence, ["budget-general-word"]).some((g) => g.start < h.end && h.start < g.end);
        const investing = (h: Hit) => ctx.hits.inSentence(h.sentence, ["budget-invest-verb"]).some((g) => g.start < h.end && h.start < g.end);
        // Money for this approach: the paragraph or its heading speaks of domestic violence, its services or the
        // policy itself ("de regionale aanpak", "het programma"); a budget line for something else is a mention.
        // The plan's financial section ("# Financiën", "# Financieel kader"): money there is the plan's, named or not.
        const financialSection = (s: Sentence) => {
          const h = headingOf(ctx, s);
          return !!h && inSentence(ctx, h, BUDGET_HEADING);
        };
        const forThisPolicy = (s: Sentence) => {
          const p = presence(ctx, ABOUT);
          if (p.blocks.has(s.block)) return true;
          const h = headingOf(ctx, s);
          if (h && p.sentences.has(h.index)) return true;
          if (financialSection(s)) return true;
          // A decision point next to the one that names the policy ("1. De visie Veiligheid thuis vast te stellen. 2.
          // Voor de uitvoering 380.000 euro beschikbaar te stellen"): the sentence right before or after, in the section.
          return [s.index - 1, s.index + 1].some((i) => {
            const n = ctx.doc.sentences[i];
            return !!n && n.section === s.section && n.blockType !== "heading" && p.sentences.has(i);
          });
        };
        // "Huiselijk geweld kost de samenleving een miljard euro per jaar": what the problem costs is a statistic on
        // the problem, not money for the approach; a mention at most.
        const problemCost = (s: Sentence) => inSentence(ctx, s, ["problem-cost"]);
        // "kreeg een boete van 500 euro", "schulden van duizenden euro's": a person's money, no budget for the approach
        // unless the sentence also names funding ("voor hulp bij schulden trekken we 50.000 euro uit").
        const personal = (s: Sentence) => inSentence(ctx, s, ["personal-money"]) && !inSentence(ctx, s, ["budget-term", "budget-room"]);
        // "Gemeente trekt 2 miljoen uit voor nieuwe sporthal", "€ 400.000 voor de renovatie van het zwembad": money whose
        // purpose names another field and no purpose names this one is no money for the approach, wherever it stands.
        // Asked for every money word and amount of a sentence: read once per sentence.
        const purposeOf = new Map<number, boolean>();
        const otherPurpose = (s: Sentence) => {
          let other = purposeOf.get(s.index);
          if (other === undefined) {
            const ends = new Set(ctx.hits.inSentence(s.index, [...PURPOSE, ...PURPOSE_END]).map((h) => h.tokStart));
            const phrases = ctx.hits.inSentence(s.index, PURPOSE).map((h) => purposePhrase(s, h.tokEnd, ends));
            const within = (concepts: readonly string[], [from, to]: [number, number]) =>
              ctx.hits.inSentence(s.index, concepts).some((c) => c.tokStart >= from && c.tokEnd <= to);
            other = phrases.some((r) => within(OTHER_PURPOSE, r)) && !phrases.some((r) => within(ABOUT, r));
            purposeOf.set(s.index, other);
          }
          return other;
        };
        const evidence: EvidenceItem[] = [
          {
            concepts: ["budget-term"],
            grade: (h, s) => {
              // "Begroting 2019": the name of the municipal budget (debate), not money for this approach.
              if (general(h) && ctx.hits.inSentence(s.index, ["@year"]).some((y) => y.tokStart === h.tokEnd)) return null;
              if (admitted) return amount(s) && inBody(ctx, s) && !ctx.negated(h) ? "strong" : "weak";
              if (!inBody(ctx, s)) return undefined;
              if (problemCost(s)) return "weak";
              // "met al haar subsidiepartners", "gesubsidieerde instellingen": how a party is funded, a label, not money
              // for the approach; a mention at most unless the sentence also names an amount.
              if (fundingLabel(h) && !amount(s)) return "weak";
              // Specific funding words (subsidie, financiering, budget, DUVO, fte) are concrete; general ones
              // (middelen, geld, kosten, begroting) only with an amount or a structural/one-off qualifier.
              // Money for something else ("voor nieuwe fietspaden") is a mention at most. Funding named for another field
              // ("trekt 2 miljoen uit voor nieuwe sporthal", "subsidie voor het zwembad") is that field's: nothing; a general
              // word there ("in de begroting") still names the budget the plan's money comes from.
              if (otherPurpose(s)) return general(h) ? "weak" : null;
              if (!forThisPolicy(s)) return "weak";
              // "We investeren in de deskundigheid van professionals": often figurative; without an amount or a
              // qualifier ("structureel", "extra") a mention, not money committed.
              // Parties that invest together or along ("mee investeren") bring in money: co-funding stays concrete.
              if (investing(h) && !amount(s) && !inSentence(ctx, s, ["funding-qualifier", "budget-co-funding"])) return "weak";
              return !general(h) || amount(s) || inSentence(ctx, s, ["funding-qualifier"]) ? "strong" : undefined;
            },
          },
          // An amount made available for the approach.
          { concepts: ["@money"], grade: (_h, s) => money(s) },
          // Room made in the budget or money covered from a reserve ("in de begroting 2027 ruimte maken", "de dekking
          // komt uit de algemene reserve"): a commitment without an amount, for this approach.
          { concepts: ["budget-room"], grade: (h, s) => (admitted || !inBody(ctx, s) || ctx.negated(h) ? "weak" : forThisPolicy(s) && !problemCost(s) ? "strong" : "weak") },
        ];
        const graded: GradedHit[] = [];
        for (const h of moneyWords) {
          const g = money(ctx.doc.sentences[h.sentence]);
          if (g) graded.push({ hit: h, grade: g });
        }
        // A row of a budget table: a number under a header that names money ("Bedrag per jaar | Activiteit"), or in a
        // table of the plan's financial section ("# Financiën" over "Onderdeel | 2027 | 2028"), whose numbers are money.
        for (const s of ctx.doc.sentences) {
          const header = tableHeader(ctx, s);
          if (!header || !(inSentence(ctx, header, ["budget-term"]) || financialSection(s)) || admitted) continue;
          const digits = new Set(digitQuantities(ctx, s));
          const n = ctx.hits.inSentence(s.index, ["@number"]).find((h) => digits.has(h.tokStart));
          if (n && !otherPurpose(s)) graded.push({ hit: n, grade: inBody(ctx, s) && (forThisPolicy(s) || forThisPolicy(header)) ? "strong" : undefined });
        }
        ctx.cover(assessCoverage(ctx, { evidence, graded, commitmentCues: false, present: { shortHeaded: true }, body: bodyFor(ctx) }));

        /**
         * The tokens of a purpose phrase: from after its preposition up to the next preposition that is not "van", a clause
         * break or the sentence's end, at most PURPOSE_REACH words ("voor [de renovatie van het zwembad]", "voor
         * [voorlichting] in de bibliotheek"). `ends`: where the sentence's purpose prepositions and phrase ends start.
         */
        function purposePhrase(s: Sentence, from: number, ends: ReadonlySet<number>): [number, number] {
          let to = from;
          while (to < s.tokenEnd && to - from < PURPOSE_REACH && !ends.has(to) && (to === from || !clauseBreak(ctx.doc, to - 1, to))) to++;
          return [from, to];
        }

        function money(s: Sentence): HitGrade | undefined | null {
          if (tableOfContents(ctx, s) || personal(s) || otherPurpose(s)) return null;
          if (admitted) return inBody(ctx, s) && inSentence(ctx, s, ["budget-term"]) ? "strong" : "weak";
          if (inBody(ctx, s) && (!forThisPolicy(s) || problemCost(s))) return "weak";
          // An amount with a verb that allocates it ("steekt twee ton in", "maakt 7 miljoen vrij", "2,4 miljoen geraamd").
          return inBody(ctx, s) && inSentence(ctx, s, ["budget-term", "budget-room", "money-verb", "commitment-cue", "funding-qualifier"]) ? "strong" : undefined;
        }
      },
    };
  },
});
