import type { Hit } from "../engine/match/matcher.js";
import { defineRule } from "../engine/rules/load.js";
import type { RuleContext } from "../engine/rules/types.js";
import { DV_CONTEXT, FEMALE, has, hitsIn, inSection, MALE, nearBy, ownWords, reportAt, termOf } from "./lib/framing.js";

// Partner violence framed as a quarrel, relationship problem, escalating conflict or violence from both
// sides, the mutual type made the norm ("common couple violence is de meest voorkomende vorm"), the
// gendered form made rare ("een klein gedeelte ... intimate terrorism"), helpers neutral between the parties
// ("meervoudig partijdig"), claims that both sexes are equally victims, and the gendered pattern turned into
// a perception bias ("de neiging om vrouwen als slachtoffer te zien"). Only in a domestic-violence passage;
// not when the sentence refutes the picture ("ten onrechte", "mythe", "onderscheid tussen ... typologieën"),
// not when negated ("partnergeweld is geen ruzie"), not in someone else's words. GREVIO G1: violence viewed
// as reciprocal, a conflict between equals.
const FRAMING = ["gender-symmetric-framing"];
const CLAIM = ["gender-symmetry-claim"];
const COUNTER = ["gender-framing-counter"];
const ASYMMETRY = ["gender-majority-cue"];
const PERCEPTION = ["gender-perception-cue"];
const ROLES_WORDS = ["gender-victim-violence", "gender-perpetrator"];
const GENDERED_FORM = ["power-control-dynamics"];
const MINIMISER = ["gender-minimiser"];

function dvPassage(ctx: RuleContext, h: Hit): boolean {
  const s = ctx.doc.sentences[h.sentence];
  return nearBy(ctx, s, DV_CONTEXT, 2) || inSection(ctx, s, DV_CONTEXT);
}

export default defineRule({
  id: "symmetric-conflict-framing",
  title: { nl: "Partnergeweld als ruzie of wederzijds conflict", en: "Partner violence as a quarrel or mutual conflict" },
  description: {
    nl: "Een zin die partnergeweld voorstelt als ruzie, relatieprobleem, escalerend conflict of geweld van beide kanten, die de wederzijdse vorm tot norm maakt, die mannen en vrouwen evenveel slachtoffer noemt of die de hulpverlener neutraal tussen pleger en slachtoffer zet. Dat verhult macht en controle en het genderpatroon.",
    en: "A sentence that presents partner violence as a quarrel, relationship problem, escalating conflict or violence from both sides, makes the mutual form the norm, calls men and women equally victims, or puts the helper neutrally between perpetrator and victim. This hides power and control and the gender pattern.",
  },
  severity: "warning",
  score: 60,
  messages: {
    default: {
      nl: "'{term}' stelt partnergeweld voor als ruzie of wederzijds conflict tussen gelijken, niet als macht en controle van de ene partner over de andere.",
      en: "'{term}' presents partner violence as a quarrel or mutual conflict between equals, not as power and control of one partner over the other.",
    },
    claim: {
      nl: "'{term}': de zin stelt mannen en vrouwen even vaak slachtoffer, terwijl vrouwen vaker en ernstiger slachtoffer zijn van partnergeweld.",
      en: "'{term}': the sentence makes men and women equally victims, while women are victims of partner violence more often and more seriously.",
    },
    perception: {
      nl: "'{term}': de zin maakt van het genderpatroon (vooral vrouwen slachtoffer, vooral mannen pleger) een kwestie van beeldvorming.",
      en: "'{term}': the sentence turns the gender pattern (mostly women victims, mostly men perpetrators) into a matter of perception.",
    },
    minimised: {
      nl: "'{term}': de zin maakt de vorm van geweld met macht en controle klein of zeldzaam, terwijl die het meest ernstig en gendergerelateerd is.",
      en: "'{term}': the sentence makes the form of violence with power and control small or rare, while it is the most serious and gendered one.",
    },
  },
  remedies: ["gender-power-not-conflict"],
  sources: [
    { source: "seed-003", locator: "L3230-3242", quote: "het ontstaat wanneer conflicten escaleren" },
    { source: "seed-003", locator: "L3248-3250", quote: "Een klein gedeelte van het huiselijk geweld betreft intimate terrorism" },
    { source: "seed-003", locator: "L1505-1509", quote: "meervoudig partijdige houding" },
    { source: "seed-002", locator: "L287-289", quote: "uitvloeisel van genderneutraal beleid" },
  ],
  articles: ["art. 3", "art. 6", "art. 48"],
  tags: ["gender", "framing", "atria"],
  uses: [...FRAMING, ...CLAIM, ...COUNTER, ...ASYMMETRY, ...PERCEPTION, ...ROLES_WORDS, ...GENDERED_FORM, ...MINIMISER, ...FEMALE, ...MALE, ...DV_CONTEXT],
  examples: [
    { text: "# Aard en omvang\n\n[[Common couple violence]] is de meest voorkomende vorm van partnergeweld." },
    { text: "Bij partnergeweld ontstaat het geweld wanneer [[conflicten escaleren]]." },
    { text: "Onderzoek wijst uit dat bij huiselijk geweld heel vaak sprake is van [[wederzijds geweld]]." },
    { text: "Huiselijk geweld: we denken niet zo snel aan stellen die [[over en weer]] schreeuwen en slaan." , note: "The negation does not reach into the relative clause." },
    { text: "Denk aan voorlichting aan risicogroepen over veilig [[ruzie]] maken, ter voorkoming van huiselijk geweld." },
    { text: "De casusregisseur heeft een [[meervoudig partijdige]] houding naar betrokkenen bij huiselijk geweld." },
    { text: "Bij partnergeweld zijn mannen [[net zo vaak slachtoffer]] als vrouwen." },
    { text: "Over huiselijk geweld: we hebben als samenleving de [[neiging]] om vrouwen eerder te zien als slachtoffers en mannen als plegers." },
    { text: "Een [[klein gedeelte]] van het huiselijk geweld betreft intimate terrorism." },
    { text: "Partnergeweld is geen ruzie maar een patroon van macht en controle.", note: "Negated." },
    { text: "Partnergeweld wordt ten onrechte afgedaan als een relatieprobleem.", note: "Refuted." },
    { text: "Jongeren zeggen dat partnergeweld uit relatieproblemen ontstaat.", note: "Reported speech." },
    { text: "De buren hadden ruzie over de schutting.", note: "No domestic-violence context." },
    { text: "Bij geweld in partnerrelaties wordt vaak een onderscheid gemaakt tussen common couple violence en intimate terrorism.", note: "Describes the typology." },
    { text: "Het gaat om geweld met meestal mannelijke plegers en vrouwelijke slachtoffers bij partnergeweld.", note: "An asymmetric pattern is not a perception." },
    { text: "Mannen en vrouwen hebben even vaak behandeling nodig na huiselijk geweld, maar vrouwen vaker na partnergeweld.", note: "Not a victimhood claim." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const done = new Set<number>();
        const emit = (h: Hit, messageId: string) => {
          if (done.has(h.sentence)) return;
          done.add(h.sentence);
          reportAt(ctx, h, messageId, { term: termOf(ctx, h) });
        };
        const usable = (h: Hit) => ownWords(ctx, h) !== null && dvPassage(ctx, h) && !has(ctx, h.sentence, COUNTER);
        for (const h of ctx.find(FRAMING)) if (usable(h)) emit(h, "default");
        for (const h of ctx.find(CLAIM)) {
          const s = ctx.doc.sentences[h.sentence];
          if (usable(h) && !nearBy(ctx, s, ASYMMETRY, 1)) emit(h, "claim");
        }
        // "de neiging om vrouwen als slachtoffer en mannen als pleger te zien"
        for (const h of ctx.find(PERCEPTION)) {
          const i = h.sentence;
          if (has(ctx, i, FEMALE) && has(ctx, i, MALE) && has(ctx, i, ROLES_WORDS) && !has(ctx, i, ASYMMETRY) && usable(h)) emit(h, "perception");
        }
        // "een klein gedeelte ... betreft intimate terrorism"
        for (const h of ctx.find(MINIMISER)) {
          if (hitsIn(ctx, h.sentence, GENDERED_FORM).length > 0 && usable(h)) emit(h, "minimised");
        }
      },
    };
  },
});
