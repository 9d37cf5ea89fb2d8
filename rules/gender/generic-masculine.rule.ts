import { defineRule, type Hit } from "../engine/rule-api.js";
import { has, MALE, reportWeighted, termOf } from "./lib/framing.js";

// Generic masculine: "hij" or "hem" for a professional, parent, client, child or victim of unspecified sex
// ("de ouder te zijn die hij wil", "de professional ... dat hij zijn uiterste best doet", seed 003
// L1112-1114, L1209-1211). The noun must come before the pronoun in the same sentence or the sentence
// before (same paragraph). Not when the text writes "hij of zij", "hij/zij" or "hem of haar", and not when a
// man, father or boy is named (then "hij" refers to him). Perpetrators are left out: naming the mostly male
// perpetrator "hij" is no generic masculine. A language matter: severity info, default role weights.
const NOUN = "gender/generic-masculine#noun";
const PRONOUN = "gender/generic-masculine#pronoun";
const INCLUSIVE = "gender/generic-masculine#inclusive";
const NOUNS = [
  "professional", "hulpverlener", "zorgverlener", "medewerker", "werker", "ouder", "opvoeder", "cliënt", "client", "slachtoffer", "melder",
  "burger", "inwoner", "bewoner", "aandachtsfunctionaris", "casusregisseur", "regisseur", "casemanager", "beroepskracht", "huisarts",
  "leerkracht", "docent", "mentor", "begeleider", "coach", "consulent", "wijkagent", "agent", "politieagent", "verpleegkundige",
  "jeugdarts", "verloskundige", "kind", "jongere", "jeugdige", "leerling", "hulpvrager", "deelnemer", "werknemer", "persoon",
  "iemand", "ervaringsdeskundige", "vrijwilliger", "mantelzorger", "oudere",
];

export default defineRule({
  id: "generic-masculine",
  title: { nl: "Mannelijke vorm als algemene vorm", en: "Generic masculine" },
  description: {
    nl: "'Hij' of 'hem' voor een professional, ouder, cliënt, kind of slachtoffer van wie het geslacht niet vaststaat. Zo verdwijnen vrouwen uit beeld, terwijl zij het merendeel van de slachtoffers en van de professionals zijn.",
    en: "'He' or 'him' for a professional, parent, client, child or victim whose sex is not given. Women thus disappear from view, although they are most of the victims and of the professionals.",
  },
  severity: "info",
  score: 20,
  messages: {
    default: {
      nl: "'{term}' verwijst naar '{noun}' alsof dat altijd een man is; schrijf 'hij of zij', gebruik het meervoud of herschrijf de zin.",
      en: "'{term}' refers to '{noun}' as if that is always a man; write 'he or she', use the plural or rewrite the sentence.",
    },
  },
  remedies: ["gender-inclusive-language"],
  sources: [
    { source: "seed-003", locator: "L1110-1114", quote: "om de ouder te zijn die hij wil of kan zijn" },
    { source: "seed-003", locator: "L1207-1211", quote: "dat hij zijn uiterste best doet" },
    { source: "seed-003", locator: "L1695-1699", quote: "hij of zij" },
  ],
  tags: ["gender", "language"],
  uses: [...MALE],
  concepts: [
    { id: NOUN, terms: NOUNS.map((text) => ({ text, match: "exact" as const })) },
    { id: PRONOUN, terms: [{ text: "hij", match: "exact" }, { text: "hem", match: "exact" }] },
    {
      id: INCLUSIVE,
      terms: ["hij of zij", "zij of hij", "hem of haar", "haar of hem", "zijn of haar", "haar of zijn", "hij/zij", "zij/hij", "hem/haar", "zijn/haar"].map((text) => ({ text, match: "exact" as const })),
    },
  ],
  examples: [
    { text: "Zorg richt zich op het ondersteunen van ouders om de ouder te zijn die [[hij]] wil of kan zijn." },
    { text: "Er is een professional nodig die het vertrouwen krijgt van zijn organisatie dat [[hij]] zijn uiterste best doet." },
    { text: "Het slachtoffer moet weten waar het terecht kan. Veilig Thuis belt [[hem]] binnen vijf werkdagen terug." },
    { text: "De leerkracht kan het kind steunen, bijvoorbeeld als hij of zij te laat komt.", note: "Inclusive." },
    { text: "De pleger wordt aangesproken op zijn gedrag; hij volgt een training.", note: "The perpetrator is not a generic noun here." },
    { text: "De vader van het kind is uit huis geplaatst; hij mag tien dagen niet terugkomen.", note: "A man is named." },
    { text: "Professionals moeten erop kunnen vertrouwen dat zij de steun van hun organisatie hebben.", note: "Plural." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const doc = ctx.doc;
        for (const p of ctx.find([PRONOUN])) {
          const s = doc.sentences[p.sentence];
          if (s.blockType === "footnote" || s.quoted) continue;
          if (has(ctx, s.index, [INCLUSIVE]) || has(ctx, s.index, MALE)) continue;
          const prev = doc.sentences[s.index - 1];
          const candidates: Hit[] = [
            ...ctx.hits.inSentence(s.index, [NOUN]).filter((n) => n.tokEnd <= p.tokStart),
            ...(prev && prev.block === s.block && !has(ctx, prev.index, MALE) && !has(ctx, prev.index, [INCLUSIVE]) ? ctx.hits.inSentence(prev.index, [NOUN]) : []),
          ];
          if (candidates.length === 0) continue;
          const noun = candidates.sort((a, b) => b.start - a.start)[0];
          reportWeighted(ctx, p, "default", { term: termOf(ctx, p), noun: termOf(ctx, noun) });
        }
      },
    };
  },
});
