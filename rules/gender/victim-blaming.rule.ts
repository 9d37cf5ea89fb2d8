import { defineRule, type Hit, type RuleContext, type Sentence } from "../engine/rule-api.js";
import { appeasing, BLAME_FORMS_USES, conductAsCause, counterfactual, lesson, liesWithHer, narration, precaution, reallyDoubt, separable, share, shouldHaveDone, shouldHaveProtected, sustaining } from "./lib/blame-forms.js";
import { GENERIC_YOU, HE, herDoing, HIM_SUBJECT, hisDoing, MAN, PARTY, PASSIVE, passive } from "./lib/blame-subject.js";
import { denied, DV_CONTEXT, has, hitsIn, hitsInClauseOf, inSection, nearBy, ownWords, REFUTATION, refuted, reportAt, termOf } from "./lib/framing.js";

// Victim-blaming (art. 12(1) stereotypes, art. 18(3) secondary victimisation; seed 003 L1661-1671 "ongewenste
// tolerantie": violence "uitgelokt", a "privézaak"). Two ways in: the phrases of gender-victim-blaming (provoked, her
// share, why does she stay), and concept constructions (issue 13, h-fr1; lexicon gender-blaming.yml) that put a word
// family for what she is blamed for next to her as its subject in one clause: she exaggerates or makes it up, goads
// him, stays or goes back by her own choice, fails to protect herself or the children, lets it be done to her, or
// chooses such a man again. A construction reads the concept in any wording; a word alone ("blijft", "liegt") is no
// blame. Not in someone else's words at a distance, not negated, not where the text refutes the blame or explains
// why leaving is hard (fear, dependency, danger). The second pass (fr-vb, lib/blame-forms) adds the concept's other
// Dutch forms: separable verbs, her conduct as the cause, "had ze maar", "als het echt zo erg was", her share, what
// she must learn, precautions as the answer; who is the subject comes from lib/blame-subject. A bare sequence of
// events ("zij schold hem uit, waarna hij haar mishandelde") is narration, not blame.
const TERMS = ["gender-victim-blaming"];
const CONTEXT = [...DV_CONTEXT, "gender-violence-act", "gender-violent-behaviour", "gender-blaming-counterpart", "sexual-violence"];
// The refutation families (h-fr4) count sentence-wide here, as the declarative rule's `unless` did: a verdict, the text's
// own rejection, a cited common view, or a party's account in a criminal case.
const COUNTER = ["gender-blaming-counter", "gender-framing-counter", "gender-framing-label-verb", "gender-refutation-verdict", "gender-refutation-stance", "gender-refutation-cited", "gender-testimony-setting"];
/** "Niemand lokt geweld uit", "geen enkele vrouw vraagt erom": a subject that denies the blame. */
const NOBODY = ["gender-blame-nobody"];
/** The provoking verbs' stems (lokt, lokte, daagt …): "… uit" said of a subject. */
const PROVOKE = ["gender-blame-uitlok-stem"];
/**
 * "Armoede lokt het geweld uit", "vaak lokken schulden agressie uit": a circumstance as the subject of the provoking
 * verb makes it a cause (circumstance-explanation's stress causation), not her conduct (issue 13 point 4, fr-stress2).
 */
const CIRCUMSTANCE = ["gender-stress-cause"];
/** "nooit" before or inside the blame refutes it ("het is nooit haar schuld"); later in the sentence it is part of it. */
const NEVER = ["gender-blaming-counter-clause"];
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
/** Leaving (weggaan, vertrekken, aangifte doen) without staying: "besloot bij hem weg te gaan" (fr-b). */
const LEAVING = ["gender-blame-leave", "gender-blame-done-leave"];
const LEAVE = [...LEAVING, "gender-blame-remain"];
const WHY = ["gender-why"];
/** "Ik snap niet waarom ze niet weggaat": a negation of the writer's understanding before the why-question (fr-b). */
const PUZZLED = ["gender-blame-puzzled"];
/** Tokens between the puzzled verb and "waarom" ("snap echt niet waarom"). */
const PUZZLED_REACH = 4;
/** "Laten we ophouden met vragen waarom …", "in plaats van te vragen waarom …": the why-question rejected (fr-rel). */
const DROPPED = ["gender-blame-question-dropped"];
const ASKING = ["gender-blame-asking"];
/** Tokens between the dropping cue and the asking word, and between the asking word and "waarom". */
const ASK_REACH = 3;
/** Words that negate the writer's understanding before "waarom" ("ik begrijp niet waarom", "kan niet begrijpen waarom"). */
const NOT_UNDERSTOOD = new Set(["niet", "nooit", "geen", "nauwelijks", "moeilijk"]);
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

/** Her word doubted: she exaggerates or makes it up, or reports out of revenge; reports called invented or false (unless called rare). */
function credibility(ctx: RuleContext): Hit[] {
  const doubted = ctx.find(CREDIBILITY).filter((h) => herDoing(ctx, h) || (hitsInClauseOf(ctx, h, CLAIM).length > 0 && !hisDoing(ctx, h)));
  const falseClaims = ctx.find(FALSE).filter((h) => hitsInClauseOf(ctx, h, CLAIM).length > 0);
  // A motive imputed to her: "doen aangifte uit wraak", "gebruikt de beschuldiging als wapen".
  const motives = ctx.find(MOTIVE).filter((h) => herDoing(ctx, h));
  return [...doubted, ...falseClaims, ...motives].filter((h) => !has(ctx, h.sentence, RARE));
}

/** What she did to him that he hit her for: she goads, winds up, insults him; not told as a bare sequence of events (lib/blame-forms narration). */
function goading(ctx: RuleContext): Hit[] {
  return ctx.find(GOAD).filter((h) => herDoing(ctx, h) && hitsInClauseOf(ctx, h, MAN).length > 0 && !passive(ctx, h) && !narration(ctx, h));
}

/** Staying with him or going back as her own, repeated choice, not explained by fear, dependency or danger. */
function staying(ctx: RuleContext): Hit[] {
  return ctx.find(STAY).filter((h) => herDoing(ctx, h) && !leaving(ctx, h) && (hitsInClauseOf(ctx, h, REPROACH).length > 0 || hitsInClauseOf(ctx, h, CHOICE).length > 0) && !has(ctx, h.sentence, EXPLAINED));
}

/** "besloot bij hem weg te gaan": a leaving word right after "bij hem" makes it leaving, not staying (fr-b). */
function leaving(ctx: RuleContext, h: Hit): boolean {
  return hitsIn(ctx, h.sentence, LEAVING).some((l) => l.tokStart >= h.tokEnd && l.tokStart - h.tokEnd <= 1);
}

/** Is a why-question preceded by the writer's not understanding ("ik snap echt niet waarom …")? Then that negation is not the question's. */
function puzzled(ctx: RuleContext, w: Hit): boolean {
  return ctx.doc.tokens.normAt(w.tokStart) === "waarom" && hitsIn(ctx, w.sentence, PUZZLED).some((p) => p.tokEnd <= w.tokStart && w.tokStart - p.tokEnd <= PUZZLED_REACH);
}

/** Is the why-question rejected as a question ("laten we niet langer vragen waarom zij blijft")? */
function questionDropped(ctx: RuleContext, w: Hit): boolean {
  if (ctx.doc.tokens.normAt(w.tokStart) !== "waarom") return false;
  const asks = hitsInClauseOf(ctx, w, ASKING).filter((a) => a.tokEnd <= w.tokStart && w.tokStart - a.tokEnd <= ASK_REACH);
  return asks.some((a) => hitsInClauseOf(ctx, a, DROPPED).some((d) => d.tokEnd <= a.tokStart && a.tokStart - d.tokEnd <= ASK_REACH));
}

/** "begrijpen waarom ze niet kan weggaan": the writer understands why, an explanation; not after a negation ("snap niet waarom"). */
function understood(ctx: RuleContext, w: Hit): boolean {
  const { tokens } = ctx.doc;
  if (tokens.normAt(w.tokStart) !== "waarom") return false;
  return hitsIn(ctx, w.sentence, PUZZLED).some((p) => {
    if (p.tokEnd > w.tokStart || w.tokStart - p.tokEnd > 1) return false;
    for (let k = Math.max(ctx.doc.sentences[w.sentence].tokenStart, p.tokStart - 3); k < w.tokStart; k++) if (NOT_UNDERSTOOD.has(tokens.normAt(k))) return false;
    return true;
  });
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
  return ctx.find(LETS).filter((h) => herDoing(ctx, h) && hitsInClauseOf(ctx, h, ABUSE).some((a) => a.tokStart >= h.tokEnd && a.tokStart - h.tokEnd <= LETS_REACH));
}

/** She chooses such a man, or gives the perpetrator free rein. */
function herChoiceOfMan(ctx: RuleContext): Hit[] {
  const seeks = ctx.find(SEEK).filter((h) => herDoing(ctx, h) && hitsInClauseOf(ctx, h, TYPE).length > 0);
  const enables = ctx.find(ENABLE).filter((h) => herDoing(ctx, h) && (hitsInClauseOf(ctx, h, PERPETRATOR).length > 0 || hitsInClauseOf(ctx, h, MAN).length > 0) && !has(ctx, h.sentence, EXPLAINED));
  return [...seeks, ...enables];
}

/**
 * Is a circumstance the subject of a provoking verb ("Armoede lokt het geweld uit", "vaak lokken schulden agressie
 * uit")? Not she: a circumstance right after the verb (inversion) or the nearest subject before it in its clause, and
 * she not the subject ("door de stress lokt zij het geweld uit" blames her).
 */
function circumstanceDoing(ctx: RuleContext, h: Hit): boolean {
  const stem = hitsInClauseOf(ctx, h, PROVOKE).find((v) => v.tokStart >= h.tokStart && v.tokEnd <= h.tokEnd);
  if (!stem || herDoing(ctx, stem)) return false;
  const causes = hitsInClauseOf(ctx, stem, CIRCUMSTANCE);
  if (causes.some((c) => c.tokStart === stem.tokEnd)) return true;
  const before = causes.filter((c) => c.tokEnd <= stem.tokStart).reduce((m, c) => Math.max(m, c.tokStart), -1);
  const her = hitsInClauseOf(ctx, stem, PARTY).filter((o) => o.tokEnd <= stem.tokStart).reduce((m, o) => Math.max(m, o.tokStart), -1);
  return before >= 0 && before > her;
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
  uses: [...new Set([...BLAME_FORMS_USES, ...NOBODY, ...NEVER, ...HIM_SUBJECT, ...REFUTATION, ...TERMS, ...CONTEXT, ...COUNTER, ...PARTY, ...MAN, ...HE, ...PASSIVE, ...CREDIBILITY, ...CLAIM, ...MOTIVE, ...FALSE, ...RARE, ...GOAD, ...STAY, ...REPROACH, ...CHOICE, ...EXPLAINED, ...LEAVE, ...WHY, ...DUTY, ...PROTECT, ...LETS, ...ABUSE, ...TYPE, ...SEEK, ...ENABLE, ...PERPETRATOR, ...PROVOKE, ...CIRCUMSTANCE, ...PUZZLED, ...GENERIC_YOU, ...DROPPED, ...ASKING])],
  examples: [
    { text: "Bij partnergeweld dragen slachtoffers soms [[zelf bij aan]] het ontstaan van het geweld." },
    // framing3: the counterfactual that she should have acted, and her keeping the violence going.
    { text: "Hij mishandelde haar jarenlang. [[Als ze op tijd hulp had]] gezocht, was het nooit zo erg geworden.", note: "A counterfactual with words between 'als ze' and 'had' (framing3)." },
    { text: "Hij sloeg haar al jaren. [[Had ze eerder]] aan de bel getrokken, dan was het niet zo uit de hand gelopen.", note: "The inverted counterfactual." },
    { text: "Hij bedreigde haar steeds. [[Als zij was]] weggegaan, was het geweld niet doorgegaan.", note: "The violence not continued." },
    { text: "Hij mishandelde haar jarenlang. Als ze eerder hulp had gekregen, was het niet zo ver gekomen.", note: "What she did not receive is no reproach (framing3)." },
    { text: "Hij mishandelde haar jarenlang. Als de politie eerder had ingegrepen, was dit niet gebeurd.", note: "The police, not she." },
    { text: "Hij sloeg haar vaak. Door steeds terug te gaan [[hield zij de situatie in stand]].", note: "She keeps it going: the separable verb (framing3)." },
    { text: "Bij huiselijk geweld geldt: door te blijven [[houdt het slachtoffer het geweld in stand]].", note: "The victim after the verb." },
    { text: "Hij kleineerde haar elke dag. Zo [[houdt de vrouw de mishandeling zelf gaande]].", note: "'gaande' as the particle." },
    { text: "Hij mishandelde haar. Het probleem is dat zij de situatie [[in stand houdt]].", note: "The whole verb in a subordinate clause." },
    { text: "Hij mishandelde haar jarenlang. Uit angst houdt het slachtoffer de situatie in stand.", note: "Fear explains why she stays (framing3)." },
    { text: "Hij mishandelde haar jarenlang. De pleger houdt het geweld in stand.", note: "He is the subject." },
    { text: "Hij mishandelde haar jarenlang. Zij houdt het geweld niet in stand; hij is verantwoordelijk.", note: "Negated." },
    { text: "Hij mishandelde haar jarenlang. Het is een misverstand dat het slachtoffer het geweld in stand houdt.", note: "Refuted." },
    { text: "Bij huiselijk geweld [[had het slachtoffer meteen moeten]] vertrekken.", note: "An article between 'had' and the victim (framing3)." },
    { text: "Bij huiselijk geweld had het slachtoffer beschermd moeten worden.", note: "What she should have received, also with protecting (framing3)." },
    { text: "Bij huiselijk geweld had het slachtoffer eerder hulp moeten krijgen.", note: "Received." },
    { text: "Bij partnergeweld dragen oude opvattingen over vrouwen bij aan het in stand houden van het geweld.", note: "The verb as a noun has no subject (framing3)." },
    { text: "Het slachtoffer [[lokt het geweld uit]]." },
    { text: "Bij partnergeweld lokt armoede het geweld uit.", note: "A circumstance provokes: stress causation, circumstance-explanation's (fr-stress2)." },
    { text: "Door alle stress [[lokt zij het geweld uit]].", note: "She is the subject; the circumstance before her is no subject." },
    { text: "Het slachtoffer lokt het geweld niet uit; de dader is verantwoordelijk.", note: "A negation inside the split verb negates it (engine negation scope, fr-stress)." },
    { text: "We moeten niet langer vragen waarom ze niet bij haar partner weggaat.", note: "'Niet langer' without 'dan' (no longer) still drops the why-question (ceil)." },
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
    { text: "Met haar gedrag [[lokte]] zij de klappen van haar partner uit.", note: "A separable verb with its particle far away (lib/blame-forms separable)." },
    { text: "Door [[haar uitdagende houding]] kreeg ze de agressie van haar man over zich heen.", note: "Her conduct named as the cause of his violence." },
    { text: "[[Had ze maar]] niet zo tegen hem geschreeuwd, dan had hij haar ook niet geslagen.", note: "A counterfactual that undoes the violence." },
    { text: "Als hij haar [[echt]] zo mishandelde, had ze toch veel eerder aangifte gedaan?", note: "Her experience doubted by what she would have done." },
    { text: "Het slachtoffer speelt vaak zelf ook [[een rol]] in het ontstaan van het huiselijk geweld.", note: "Her share in the violence." },
    { text: "Een deel van de [[verantwoordelijkheid]] voor de mishandeling ligt bij de vrouw zelf." },
    { text: "Om het geweld te laten stoppen, moet het slachtoffer leren haar [[grenzen beter aan te geven]].", note: "Her conduct as the measure against the violence." },
    { text: "De beste bescherming tegen seksueel geweld: [[let op je drankje]].", note: "A precaution put on potential victims as the answer." },
    // framing (eighth session): a de-escalation tip to the victim, with the partner's violence in the sentence or next to it.
    { text: "Zorg ervoor dat je hem niet [[provoceert]], anders slaat hij eerder.", note: "Advice to the reader not to provoke him, his violence as what it prevents (lib/blame-forms appeasing)." },
    { text: "Heb je een partner die slaat? Probeer hem niet [[boos te maken]].", note: "An imperative tip; the violent partner in the sentence before." },
    { text: "Je kunt je partner beter niet [[uitdagen]]: hij kan gewelddadig worden.", note: "'kunt … beter' as the advice, the partner as the one not to be challenged." },
    { text: "Het slachtoffer doet er goed aan de pleger niet te [[provoceren]], zodat het geweld niet escaleert.", note: "The victim named as the one advised." },
    { text: "Vermijd het je partner te [[irriteren]] als hij eerder geweld heeft gebruikt.", note: "An advice verb that avoids by itself." },
    { text: "Probeer hem niet boos te maken.", note: "No violence in the window: a tip about anger, not about violence." },
    { text: "Als hulpverlener probeer je de cliënt niet te provoceren, zodat het gesprek niet escaleert in geweld.", note: "Guidance for a profession: a professional and a client." },
    { text: "In de training leren agenten hoe ze een gewelddadige verdachte niet verder provoceren.", note: "Police training on de-escalation." },
    { text: "Wil je minder ruzie? Probeer je partner niet te provoceren.", note: "Relationship advice: no violence near." },
    { text: "Het is nooit jouw schuld als hij slaat, ook niet als je hem boos maakt.", note: "No advice: the blame denied." },
    // framing4: the tip reported after it or before a colon, and the quarrel not to let escalate.
    { text: "Hij heeft haar al vaker geslagen. Probeer hem niet [[boos te maken]], zeggen hulpverleners vaak.", note: "An expert's tip reported after it: passed on, as ownWords reads reported speech (framing4)." },
    { text: "Hij heeft haar al vaker geslagen. Hulpverleners zeggen vaak: probeer hem niet [[boos te maken]].", note: "The same tip reported before a colon; the speaker is not the profession it guides." },
    { text: "Hij heeft haar al vaker geslagen. Probeer de ruzie niet te laten [[escaleren]].", note: "The quarrel as what she must keep from escalating (framing4)." },
    { text: "Hij heeft haar al vaker geslagen. Probeer hem niet boos te maken, zeggen mensen vaak.", note: "The public's tip: a view the text describes at a distance (lib/framing distanced)." },
    { text: "Hij heeft haar al vaker geslagen. Mensen zeggen vaak: probeer hem niet boos te maken.", note: "The public's tip before a colon." },
    { text: "Wil je minder ruzie met je partner? Probeer de ruzie niet te laten escaleren.", note: "No violence near: relationship advice." },
    { text: "Bij partnergeweld kan de vrouw haar partner ook [[uitdagen]] met gescheld.", note: "She before the modal, him between it and the verb: word order makes her the subject (fr-rel)." },
    { text: "Bij partnergeweld ligt het niet altijd bij één kant. Vaak [[daagt]] het slachtoffer de pleger uit met verwijten.", note: "Inversion: the party right after the finite verb is its subject (fr-rel)." },
    { text: "Bij partnergeweld kan de pleger het slachtoffer uitdagen en kleineren.", note: "He right after the modal, her between it and the verb (fr-rel)." },
    { text: "Bij partnergeweld draait het om macht. Vaak daagt de dader het slachtoffer uit om te laten zien wie de baas is.", note: "Inversion with him as the subject (fr-rel)." },
    { text: "Laten we stoppen met de vraag waarom ze niet vertrekt bij haar gewelddadige man.", note: "The why-question dropped: a refutation (fr-rel)." },
    { text: "Wie vraagt waarom zij niet bij hem weggaat, schuift de schuld naar haar.", note: "The why-question called a shift of blame: a refutation (framing5)." },
    { text: "Met de vraag waarom ze blijft, verschuif je de schuld naar het slachtoffer.", note: "The same with 'verschuiven'." },
    { text: "Bij partnergeweld draait het om macht. In plaats van te vragen waarom slachtoffers blijven, kijken we naar wat plegers doen.", note: "Instead of asking why (fr-rel)." },
    { text: "Wie partnergeweld kent, begrijpt waarom een vrouw niet zomaar weggaat.", note: "The writer understands why: an explanation (fr-rel)." },
    { text: "Weggaan is voor slachtoffers vaak het gevaarlijkste moment.", note: "No attribution to her." },
    { text: "Mijn zus wordt al jaren door haar vriend geslagen. Ik snap echt niet [[waarom ze niet gewoon]] weggaat.", note: "The negation is the writer's not understanding, not the question's (fr-b)." },
    { text: "Ze besloot na jaren van geweld bij hem weg te gaan.", note: "Leaving, not staying (fr-b)." },
    { text: "Hij sloeg haar toen ze over zijn schulden begon. Ze weet hoe hij reageert, dus ze [[had haar mond moeten]] houden.", note: "What she should have done, next to his violence (fr-b)." },
    { text: "Het slachtoffer van partnergeweld had eerder hulp moeten krijgen.", note: "What she should have received: no reproach (fr-b)." },
    // framing4: the modal frame over a clause, up to six words between the auxiliary and "moeten".
    { text: "Hij sloeg haar al jaren. Achteraf [[had de vrouw al veel eerder aangifte moeten]] doen.", note: "Five words between 'had' and 'moeten' (framing4)." },
    { text: "Hij sloeg haar vaak. Het slachtoffer [[had zich al veel eerder tegen hem moeten]] verzetten.", note: "Her as the subject before the frame, six words in it." },
    { text: "Hij mishandelde haar. Ze [[zou gewoon wat vaker voor zichzelf moeten]] opkomen.", note: "'Zou … moeten' with a reproachful 'zelf': her task (framing4)." },
    { text: "Hij mishandelde haar. Ze zou veel sneller passende hulp moeten kunnen vinden.", note: "'Moeten kunnen': a right for her, not a task." },
    { text: "Hij sloeg haar. Slachtoffers zouden veel sneller de weg naar hulp moeten vinden.", note: "'Zou … moeten' without a reproachful word is a recommendation." },
    { text: "Hij sloeg haar. De hulpverlening had de vrouw veel eerder moeten steunen.", note: "A subject before 'had': she is the object (framing4)." },
    { text: "Hij sloeg haar. Haar huisarts had de vrouw al veel eerder moeten doorverwijzen.", note: "A possessive opening the subject." },
    { text: "Hij sloeg haar. Het is een mythe dat de vrouw veel eerder bij hem weg had moeten gaan.", note: "Refuted." },
    { text: "Veel vrouwen krijgen na een melding van huiselijk geweld de vraag waarom ze niet eerder zijn weggegaan.", note: "What victims are asked (fr-b)." },
    { text: "Niemand lokt geweld uit; de pleger kiest er zelf voor om te slaan.", note: "A denying subject; the choice is his." },
    { text: "Mannen die hun partner slaan, kiezen daar zelf voor.", note: "He is the subject of the choice." },
    { text: "Hij verzon een verhaal over een val van de trap om haar verwondingen te verklaren.", note: "He makes it up, not she." },
    { text: "Zij schold hem uit, waarna hij haar mishandelde.", note: "Decision (issue 13, fr-vb): a bare sequence of events is narration; blame needs a cause, a habit or a reproach." },
    { text: "Als ze niet op tijd was gevlucht, had hij haar gedood.", note: "The counterfactual credits her escape; the violence is not undone." },
    { text: "Het slachtoffer speelt een belangrijke rol bij het melden van geweld.", note: "Her role in the response, not in the violence." },
    { text: "In de weerbaarheidstraining leren vrouwen hun grenzen aan te geven om nieuw geweld te voorkomen.", note: "Resilience offered as support." },
    { text: "Haar gedrag veranderde door het geweld.", note: "Her conduct as the effect, not the cause." },
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
        // "Niemand lokt geweld uit", "het is nooit haar schuld": a denying subject, or "nooit" before or inside the blame.
        const deniedBySubject = (h: Hit) => hitsInClauseOf(ctx, h, NOBODY).some((n) => n.tokEnd <= h.tokStart || n.tokStart === h.tokEnd);
        const never = (h: Hit) => hitsIn(ctx, h.sentence, NEVER).some((n) => n.tokStart < h.tokEnd);
        // The phrases: the declarative rule this was (someone else's words and negated mentions skipped), and not where
        // he is the subject ("mannen die slaan, kiezen daar zelf voor").
        for (const h of ctx.find(TERMS)) {
          const s = ctx.doc.sentences[h.sentence];
          if (done.has(s.index) || s.blockType === "footnote" || ctx.attributed(h) || (ctx.negated(h) && !puzzled(ctx, h)) || ctx.negatedInGap(h) || !blamed(s)) continue;
          const why = ctx.doc.tokens.normAt(h.tokStart) === "waarom";
          if (why && (answered(ctx, h) || questionDropped(ctx, h) || understood(ctx, h))) continue;
          if (deniedBySubject(h) || (!why && never(h)) || hisDoing(ctx, h) || circumstanceDoing(ctx, h) || refuted(ctx, h)) continue;
          report(h, s);
        }
        // The constructions: the author's own, affirmed words (lib/framing ownWords; a negation just after counts too).
        const constructions = [...credibility(ctx), ...goading(ctx), ...staying(ctx), ...failedDuty(ctx), ...lettingIt(ctx), ...herChoiceOfMan(ctx)];
        const forms = [...separable(ctx), ...conductAsCause(ctx), ...reallyDoubt(ctx), ...share(ctx), ...liesWithHer(ctx), ...lesson(ctx), ...shouldHaveProtected(ctx), ...shouldHaveDone(ctx), ...sustaining(ctx)];
        for (const h of [...constructions, ...forms]) {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index) || denied(ctx, h) || !blamed(s) || deniedBySubject(h) || never(h)) continue;
          report(h, s);
        }
        // "Waarom heeft ze nooit …": the negation belongs to the question.
        for (const h of whyNotLeave(ctx)) {
          if (questionDropped(ctx, h) || understood(ctx, h)) continue;
          const s = ownWords(ctx, h, { negation: !puzzled(ctx, h) });
          if (!s || done.has(s.index) || !blamed(s)) continue;
          report(h, s);
        }
        // Forms that hold their own negation: "had ze maar niet …, dan had hij haar niet geslagen", "ga nooit alleen naar huis".
        // "Zorg dat je hem niet provoceert, dan slaat hij minder snel": a de-escalation tip to the victim (framing, eighth session).
        for (const h of [...counterfactual(ctx), ...precaution(ctx), ...appeasing(ctx)]) {
          const s = ownWords(ctx, h, { negation: false });
          if (!s || done.has(s.index) || !blamed(s) || deniedBySubject(h)) continue;
          report(h, s);
        }
      },
    };
  },
});
