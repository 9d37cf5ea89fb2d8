import { defineRule, type Hit, type RuleContext, type Sentence } from "../engine/rule-api.js";
import { clauseOf, denied, DV_CONTEXT, has, hitsIn, inSection, nearBy, ownWords, REFUTATION, reportAt, termOf } from "./lib/framing.js";

// Victim-blaming (art. 12(1) stereotypes, art. 18(3) secondary victimisation; seed 003 L1661-1671 "ongewenste
// tolerantie": violence "uitgelokt", a "privézaak"). Two ways in: the phrases of gender-victim-blaming (provoked, her
// share, why does she stay), and concept constructions (issue 13, h-fr1; lexicon gender-blaming.yml) that put a word
// family for what she is blamed for next to her as its subject in one clause: she exaggerates or makes it up, goads
// him, stays or goes back by her own choice, fails to protect herself or the children, lets it be done to her, or
// chooses such a man again. A construction reads the concept in any wording; a word alone ("blijft", "liegt") is no
// blame. Not in someone else's words at a distance, not negated, not where the text refutes the blame or explains
// why leaving is hard (fear, dependency, danger).
const TERMS = ["gender-victim-blaming"];
const CONTEXT = [...DV_CONTEXT, "gender-violence-act", "gender-violent-behaviour", "gender-blaming-counterpart"];
// The refutation families (h-fr4) count sentence-wide here, as the declarative rule's `unless` did: a verdict, the text's
// own rejection, a cited common view, or a party's account in a criminal case.
const COUNTER = ["gender-blaming-counter", "gender-framing-counter", "gender-refutation-verdict", "gender-refutation-stance", "gender-refutation-cited", "gender-testimony-setting"];
const PARTY = ["gender-blamed-party"];
const MAN = ["gender-blame-male-party"];
const HE = ["gender-male-subject"];
const PASSIVE = ["gender-passive-auxiliary"];
const CREDIBILITY = ["gender-blame-credibility"];
const CLAIM = ["gender-blame-claim"];
const MOTIVE = ["gender-blame-motive"];
const FALSE = ["gender-claim-false"];
const RARE = ["gender-claim-rare"];
const GOAD = ["gender-blame-goad"];
const STAY = ["gender-blame-stay"];
const REPROACH = ["gender-blame-reproach"];
const CHOICE = ["gender-blame-choice"];
const EXPLAINED = ["gender-leaving-explained"];
const LEAVE = ["gender-blame-leave"];
const WHY = ["gender-why"];
const DUTY = ["gender-blame-duty"];
const PROTECT = ["gender-protect"];
const LETS = ["gender-blame-lets"];
const ABUSE = ["gender-abuse-verb", "gender-blame-goad"];
const TYPE = ["gender-blame-partner-type"];
const SEEK = ["gender-partner-seek", "gender-blame-choice", "gender-blame-stay"];
const ENABLE = ["gender-blame-enable"];
const PERPETRATOR = ["gender-perpetrator", "gender-violence-act", "gender-violent-behaviour", "dv-core"];
/** Tokens between "laat zich" and the verb of what she lets him do ("laat zich al jaren door hem kleineren"). */
const LETS_REACH = 6;

/** The hits of these concepts inside the clause of `h`. */
function inClause(ctx: RuleContext, h: Hit, concepts: readonly string[]): Hit[] {
  const [from, to] = clauseOf(ctx, h.tokStart);
  return hitsIn(ctx, h.sentence, concepts).filter((o) => o.tokStart >= from && o.tokEnd <= to);
}

/**
 * Is she the subject of `h`: of her (ze, de vrouw, het slachtoffer) and "hij", the one right after the verb
 * (inversion: "toen sarde ze hem") or else the one nearest before it in its clause is her ("hij sloeg haar nadat ze
 * hem had uitgescholden"; not "hij treiterde haar", "bij ruzie treitert hij haar")?
 */
function herDoing(ctx: RuleContext, h: Hit): boolean {
  const she = inClause(ctx, h, PARTY);
  const he = inClause(ctx, h, HE);
  const inverted = (hs: Hit[]) => hs.some((o) => o.tokStart === h.tokEnd);
  if (inverted(he)) return false;
  if (inverted(she)) return true;
  const before = (hs: Hit[]) => hs.filter((o) => o.tokStart <= h.tokStart).reduce((m, o) => Math.max(m, o.tokStart), -1);
  const her = before(she);
  return her >= 0 && her > before(he);
}

/** "zij werd door hem gekleineerd": the verb is done to her. "door hem steeds te sarren" is her doing. */
function passive(ctx: RuleContext, h: Hit): boolean {
  if (inClause(ctx, h, PASSIVE).length > 0) return true;
  const { tokens } = ctx.doc;
  const infinitive = h.tokStart > 0 && tokens.normAt(h.tokStart - 1) === "te";
  return !infinitive && inClause(ctx, h, MAN).some((m) => m.tokStart > 0 && tokens.normAt(m.tokStart - 1) === "door");
}

/** Her word doubted: she exaggerates or makes it up, or reports out of revenge; reports called invented or false (unless called rare). */
function credibility(ctx: RuleContext): Hit[] {
  const doubted = ctx.find(CREDIBILITY).filter((h) => herDoing(ctx, h) || inClause(ctx, h, CLAIM).length > 0);
  const falseClaims = ctx.find(FALSE).filter((h) => inClause(ctx, h, CLAIM).length > 0);
  // A motive imputed to her: "doen aangifte uit wraak", "gebruikt de beschuldiging als wapen".
  const motives = ctx.find(MOTIVE).filter((h) => herDoing(ctx, h));
  return [...doubted, ...falseClaims, ...motives].filter((h) => !has(ctx, h.sentence, RARE));
}

/** What she did to him that he hit her for: she goads, winds up, insults him. */
function goading(ctx: RuleContext): Hit[] {
  return ctx.find(GOAD).filter((h) => herDoing(ctx, h) && inClause(ctx, h, MAN).length > 0 && !passive(ctx, h));
}

/** Staying with him or going back as her own, repeated choice, not explained by fear, dependency or danger. */
function staying(ctx: RuleContext): Hit[] {
  return ctx.find(STAY).filter((h) => herDoing(ctx, h) && (inClause(ctx, h, REPROACH).length > 0 || inClause(ctx, h, CHOICE).length > 0) && !has(ctx, h.sentence, EXPLAINED));
}

/** A "why" question the text answers: fear, dependency or danger named in it or next to it ("Waarom blijft ze? Uit angst."). */
function answered(ctx: RuleContext, w: Hit): boolean {
  return nearBy(ctx, ctx.doc.sentences[w.sentence], EXPLAINED, 1);
}

/** "Waarom gaat ze niet gewoon weg?" asked as a reproach, not as the question a text goes on to answer. */
function whyNotLeave(ctx: RuleContext): Hit[] {
  return ctx.find(WHY).filter((w) => {
    if (answered(ctx, w)) return false;
    const she = hitsIn(ctx, w.sentence, PARTY).filter((p) => p.tokStart > w.tokStart);
    return she.length > 0 && hitsIn(ctx, w.sentence, LEAVE).some((l) => l.tokStart > w.tokStart);
  });
}

/** Protecting herself or the children as her duty in which she fails ("de moeder heeft gefaald", "het is aan de vrouw"). */
function failedDuty(ctx: RuleContext): Hit[] {
  return ctx.find(DUTY).filter((h) => {
    const she = hitsIn(ctx, h.sentence, PARTY).some((p) => p.tokStart <= h.tokEnd);
    return she && hitsIn(ctx, h.sentence, PROTECT).length > 0 && !hitsIn(ctx, h.sentence, HE).some((x) => x.tokStart < h.tokStart);
  });
}

/** She lets it be done to her: "laat zich (al jaren door hem) kleineren". */
function lettingIt(ctx: RuleContext): Hit[] {
  return ctx.find(LETS).filter((h) => herDoing(ctx, h) && inClause(ctx, h, ABUSE).some((a) => a.tokStart >= h.tokEnd && a.tokStart - h.tokEnd <= LETS_REACH));
}

/** She chooses such a man, or gives the perpetrator free rein. */
function herChoiceOfMan(ctx: RuleContext): Hit[] {
  const seeks = ctx.find(SEEK).filter((h) => herDoing(ctx, h) && inClause(ctx, h, TYPE).length > 0);
  const enables = ctx.find(ENABLE).filter((h) => herDoing(ctx, h) && (inClause(ctx, h, PERPETRATOR).length > 0 || inClause(ctx, h, MAN).length > 0) && !has(ctx, h.sentence, EXPLAINED));
  return [...seeks, ...enables];
}

export default defineRule({
  id: "victim-blaming",
  title: { nl: "Slachtofferverwijt", en: "Victim-blaming" },
  description: {
    nl: 'Een zin die het slachtoffer (mede) verantwoordelijk maakt voor het geweld: het geweld "uitgelokt", eigen schuld, een "aandeel" van het slachtoffer, de vraag waarom zij blijft, twijfel aan haar woord (ze overdrijft, verzint het), het beschermen van zichzelf of de kinderen als haar tekortkoming, of het geweld een privézaak noemen. Een opvatting die de tekst bij anderen signaleert ("jongeren zeggen dat geweld wordt uitgelokt") of weerlegt (tolerantie, mythe, taboe), of een uitleg waarom weggaan moeilijk is, is geen slachtofferverwijt van de schrijver.',
    en: 'A sentence that makes the victim (partly) responsible for the violence: the violence "provoked", own fault, a "share" of the victim, asking why she stays, doubting her word (she exaggerates, makes it up), protecting herself or the children as her failing, or calling the violence a private matter. An attitude the text notes among others ("young people say violence is provoked") or refutes (tolerance, myth, taboo), or an explanation of why leaving is hard, is not the author\'s victim-blaming.',
  },
  severity: "warning",
  score: 60,
  messages: {
    default: {
      nl: "'{term}' legt (een deel van) de verantwoordelijkheid voor het geweld bij het slachtoffer; de pleger is verantwoordelijk.",
      en: "'{term}' places (part of) the responsibility for the violence with the victim; the perpetrator is responsible.",
    },
  },
  remedies: ["gender-no-victim-blaming"],
  sources: [
    { source: "seed-003", locator: "L1661-1671", quote: "Ongewenste tolerantie partnergeweld" },
    { source: "seed-002", locator: "L272-276", quote: "bang zijn om de" },
  ],
  articles: ["art. 12", "art. 18"],
  tags: ["gender", "framing"],
  uses: [...new Set([...REFUTATION, ...TERMS, ...CONTEXT, ...COUNTER, ...PARTY, ...MAN, ...HE, ...PASSIVE, ...CREDIBILITY, ...CLAIM, ...MOTIVE, ...FALSE, ...RARE, ...GOAD, ...STAY, ...REPROACH, ...CHOICE, ...EXPLAINED, ...LEAVE, ...WHY, ...DUTY, ...PROTECT, ...LETS, ...ABUSE, ...TYPE, ...SEEK, ...ENABLE, ...PERPETRATOR])],
  examples: [
    { text: "Bij partnergeweld dragen slachtoffers soms [[zelf bij aan]] het ontstaan van het geweld." },
    { text: "Het slachtoffer [[lokt het geweld uit]]." },
    { text: "Het slachtoffer lokt het geweld niet uit; de dader is verantwoordelijk.", note: "A negation inside the split verb negates it (engine negation scope, fr-stress)." },
    { text: "Vrouwen die blijven bij een partner die slaat, [[houden het geweld zelf in stand]]." },
    { text: "De vrouw werd jarenlang mishandeld door haar man. [[Waarom ging ze niet]] gewoon bij hem weg?" },
    { text: "Bij partnergeweld wordt het geweld vaak [[uitgelokt]] door het gedrag van de partner." },
    { text: "# Maatregelen\n\nIn de hulp bij huiselijk geweld bespreken we ook [[haar aandeel]] in de escalatie." },
    { text: "Huiselijk geweld blijft achter de voordeur omdat het een [[privézaak]] is van de partners." },
    { text: "Hij sloeg haar nadat ze hem [[daagde steeds uit]].", note: "A separable verb; the violence in the sentence is the context." },
    { text: "Bij partnergeweld [[lokte zij het geweld uit]] door hem te provoceren." },
    { text: "Vrouwen die bij een gewelddadige partner blijven, [[kiezen daar zelf voor]]." },
    { text: "Ze wist dat hij een kort lontje had, en toch bleef ze hem [[uitdagen]].", note: "No word for violence: the partner (hij, hem) in view is the context (concept slots, issue 13 r13g)." },
    { text: "[[Als ze echt bang was]], was ze toch allang vertrokken?", note: "Her credibility held against her." },
    { text: "Ze [[ging telkens weer terug naar hem]], dus ze wist waar ze aan begon." },
    { text: "De vrouw [[provoceerde]] haar man voortdurend." },
    { text: "Na elke mishandeling [[verzint]] ze weer een nieuw verhaal om hem zwart te maken.", note: "Her word doubted (construction: she + making it up)." },
    { text: "Bij huiselijk geweld zijn veel meldingen [[verzonnen]] om de ex-partner dwars te zitten.", note: "Reports called invented." },
    { text: "Hij sloeg haar pas nadat ze hem urenlang had [[gesard]].", note: "She the nearest subject of the goading, him its object." },
    { text: "Na elke mishandeling neemt ze [[hem gewoon weer terug]].", note: "Going back as her reproached choice." },
    { text: "De moeder heeft [[gefaald]] in het beschermen van haar kinderen tegen zijn geweld." },
    { text: "Zij [[laat zich]] al jaren door hem kleineren." },
    { text: "Bij huiselijk geweld [[zoekt]] ze steeds weer hetzelfde type man op.", note: "Her choice of such a man." },
    { text: "Weggaan is voor slachtoffers vaak het gevaarlijkste moment.", note: "No attribution to her." },
    { text: "Het is een hardnekkige mythe dat slachtoffers van partnergeweld het geweld zelf uitlokken.", note: "Refuted." },
    { text: "Jongeren tot 25 jaar zeggen vaker dat lichamelijk partnergeweld wordt “uitgelokt” en dat het een privézaak is.", note: "Reported speech." },
    { text: "Huiselijk geweld is geen privézaak.", note: "Negated." },
    { text: "Er is ongewenste tolerantie van partnergeweld: het idee dat geweld wordt uitgelokt leeft onder jongeren.", note: "A refuted attitude." },
    { text: "Het penalty werd uitgelokt door de verdediger.", note: "No domestic-violence context." },
    { text: "Hij treiterde haar jarenlang en sloeg haar.", note: "He is the subject of the goading verb." },
    { text: "Zij werd door hem gekleineerd en uitgescholden.", note: "Passive: it is done to her." },
    { text: "Veel slachtoffers blijven bij hun partner omdat weggaan gevaarlijk is.", note: "Staying explained." },
    { text: "Waarom blijft ze bij hem? Angst en financiële afhankelijkheid spelen een grote rol bij huiselijk geweld.", note: "A question the text answers." },
    { text: "Valse meldingen van huiselijk geweld zijn zeldzaam.", note: "Called rare." },
    { text: "De politie schiet tekort in de bescherming van vrouwen tegen huiselijk geweld.", note: "The duty of the police, not hers." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const done = new Set<number>();
        const report = (h: Hit, s: Sentence) => {
          done.add(s.index);
          reportAt(ctx, h, "default", { term: termOf(ctx, h) });
        };
        const blamed = (s: Sentence) => inSection(ctx, s, CONTEXT) && !has(ctx, s.index, COUNTER);
        // The phrases: the declarative rule this was, unchanged (someone else's words and negated mentions skipped).
        for (const h of ctx.find(TERMS)) {
          const s = ctx.doc.sentences[h.sentence];
          if (done.has(s.index) || s.blockType === "footnote" || ctx.attributed(h) || ctx.negated(h) || ctx.negatedInGap(h) || !blamed(s)) continue;
          if (ctx.doc.tokens.normAt(h.tokStart) === "waarom" && answered(ctx, h)) continue;
          report(h, s);
        }
        // The constructions: the author's own, affirmed words (lib/framing ownWords; a negation just after counts too).
        for (const h of [...credibility(ctx), ...goading(ctx), ...staying(ctx), ...whyNotLeave(ctx), ...failedDuty(ctx), ...lettingIt(ctx), ...herChoiceOfMan(ctx)]) {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index) || denied(ctx, h) || !blamed(s)) continue;
          report(h, s);
        }
      },
    };
  },
});
