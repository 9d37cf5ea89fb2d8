import { assessCoverage, defineRule, presence, type Hit, type Role, type RuleContext } from "../engine/rule-api.js";

// Older victims (Istanbul Convention art. 4: services without discrimination on grounds of age; GREVIO asks for
// groups at risk). Evidence is elder abuse named as such (violence-forms.yml: elder-abuse), or older people named
// in the same sentence as victims or violence ("hulp aan ouderen, volwassenen en jeugdige slachtoffers",
// "het percentage ouderen dat slachtoffer is van huiselijk geweld"). Older people alone (a sports programme for
// senior citizens) do not count, and "ouders" (parents) is not "ouderen" (older-people only lists exact forms).
const ELDER_ABUSE = ["elder-abuse"];
const OLDER = ["older-people"];
const VIOLENCE = ["dv-core", "dv-context", "physical-violence", "psychological-violence", "sexual-violence", "economic-violence"];
const BODY: Role[] = ["vision-goals", "measures", "monitoring", "other"];

function olderVictimHits(ctx: RuleContext): Hit[] {
  const violent = presence(ctx, VIOLENCE).sentences;
  const hits = [...ctx.find(ELDER_ABUSE), ...ctx.find(OLDER).filter((h) => violent.has(h.sentence))];
  // One list ordered by sentence; the engine takes the strongest hit of a sentence.
  return [...new Map(hits.map((h) => [`${h.start}|${h.end}`, h])).values()].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
}

export default defineRule({
  id: "older-victims",
  kind: "coverage",
  title: { nl: "Ouderen als slachtoffer", en: "Older victims" },
  description: {
    nl: "Besteedt het beleid aandacht aan ouderen als slachtoffer: ouderenmishandeling, financiële uitbuiting van ouderen, ontspoorde mantelzorg, of ouderen uitdrukkelijk genoemd als slachtoffergroep? Present: een doel of maatregel in het beleid; alleen een definitie of een vermelding in de analyse of de bijlage is partial. Ouderen zonder verband met geweld tellen niet.",
    en: "Does the policy address older people as victims: elder abuse, financial exploitation of older people, derailed informal care, or older people explicitly named as a group of victims? Present: a goal or measure in the policy; only a definition or a mention in the analysis or an appendix is partial. Older people without a link to violence do not count.",
  },
  severity: "warning",
  score: 40,
  messages: {
    missing: {
      nl: "Het beleid noemt ouderenmishandeling en ouderen als slachtoffer niet.",
      en: "The policy does not mention elder abuse or older people as victims.",
    },
    partial: {
      nl: "Ouderenmishandeling wordt alleen genoemd in {where} ('{quote}'), zonder aanpak.",
      en: "Elder abuse is only mentioned in {where} ('{quote}'), without an approach.",
    },
  },
  remedies: ["istanbul-older-victims"],
  sources: [
    { source: "istanbul-convention", locator: "art. 4", quote: "oudere vrouwen" },
    { source: "seed-003", locator: "L2611-2614", quote: "Ouderenmishandeling is de mishandeling van een persoon van 65 jaar" },
    { source: "seed-004", locator: "L260-264", quote: "Ouderen in veilige handen" },
    { source: "seed-000", locator: "L1566-1582", quote: "ouderenmishandeling" },
  ],
  articles: ["art. 4"],
  tags: ["forms-of-violence", "groups"],
  uses: [...ELDER_ABUSE, ...OLDER, ...VIOLENCE],
  examples: [
    { text: "# Maatregelen\n\nWe gaan thuiszorgmedewerkers trainen in het herkennen van [[ouderenmishandeling]].", expect: "present" },
    { text: "# Maatregelen\n\n- [[ouderen]] als slachtoffer van huiselijk geweld eerder signaleren", expect: "present" },
    { text: "We organiseren een campagne tegen [[ontspoorde mantelzorg]] en financiële uitbuiting.", expect: "present" },
    { text: "# Maatregelen\n\nWe bieden hulp aan [[ouderen]], volwassenen en jeugdige slachtoffers.", expect: "present" },
    { text: "# Acties\n\n- Een lokale alliantie tegen [[financiële uitbuiting van kwetsbare ouderen]]", expect: "present" },
    { text: "# Probleemanalyse\n\nNaar schatting zijn jaarlijks 200.000 [[ouderen]] slachtoffer van mishandeling.", expect: "partial", note: "Only in the problem analysis." },
    { text: "# Bijlage 1 Begrippen\n\n[[Ouderenmishandeling]] is mishandeling van een persoon van 65 jaar of ouder.", expect: "partial", note: "Only in the definitions." },
    { text: "# Maatregelen\n\nWe bieden ouders opvoedondersteuning, ook bij geweld tegen ouders door jongeren.", expect: "missing", note: "'ouders' (parents) is not 'ouderen' (older people)." },
    { text: "# Maatregelen\n\nWe organiseren een beweegprogramma voor ouderen in de wijk.", expect: "missing", note: "Older people without a link to violence." },
    { text: "# Maatregelen\n\nEr is nog geen aanpak van ouderenmishandeling.", expect: "missing", note: "Negated." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const hits = olderVictimHits(ctx);
        // Named once in the policy itself (also in its general parts) is enough: older victims are a group the
        // policy either names or overlooks; mentions only in the analysis, definitions or appendix stay partial.
        ctx.cover(assessCoverage(ctx, { concepts: [], hits, body: BODY, present: { strong: 1, medium: 1 } }));
      },
    };
  },
});
