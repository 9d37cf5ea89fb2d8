import { defineRule, type Hit, type RuleContext } from "../engine/rule-api.js";
import { safeguardHolds } from "./lib/concession.js";
import { clauseOf, countered, denied, framingContext, has, hitsIn, nearBy, negatorIn, ownWords, PARTNERS, REFUTATION, reportAt, termOf, tokensNear, VIOLENCE } from "./lib/framing.js";

// Preserving the relationship as the goal or success of help in partner violence: couples therapy or
// mediation presented as an outcome ("enkele gevallen zijn bij elkaar gebleven met hulp in de vorm van
// relatietherapie", seed 003 L3648-3649), or care aimed at preventing that "het partnerschap ... verder
// beschadigd wordt" (L1118-1122). Not when the sentence puts safety first or names screening; not negated
// ("geen relatietherapie"), not in someone else's words, only in a domestic-violence passage (the sentence's own
// context, lib/framing framingContext, not the document's on-topic verdict: a news item or excerpt counts too); a
// relationship noun with a keep-intact cue only near family words (not "het partnerschap met de GGD behouden").
// Related to Art. 48 (no mandatory mediation) and GREVIO G12; the Istanbul module checks the safeguard, the rule
// mediation-partner-violence marks mediation and couples therapy as the approach, this rule the aim of keeping
// the relationship ("een vastgelopen situatie vlot trekken", "relatieherstel"). Besides the phrases, three concept
// constructions (issue 13, h-fr1) read the aim in any wording: a bond and what is done to it ("hun huwelijk te lijmen",
// "een doorstart van de relatie"), a break prevented ("een scheiding voorkomen", "voorkomen dat het gezin uit elkaar
// valt"), and the couple together again as the aim or result ("zodat de man en de vrouw weer samen wonen"). Not a
// refuted picture, not the bond with the children or the victim's network ("de relatie tussen moeder en kinderen").
const TERMS = ["gender-relationship-preservation"];
const NOUN = ["gender-relationship-noun"];
const CUE = ["gender-preservation-cue"];
const SAFETY = ["gender-safety-first"];
const FAMILY = "gender/relationship-preservation#family";
// Concept constructions (issue 13, h-fr1; lexicon gender-preservation.yml): the bond and what is done to it, a break
// prevented, the couple together again as an aim. Each slot is a word family, so the rule reads the concept, not a
// fixed phrase.
const BOND = ["gender-couple-bond"];
const FAMILY_UNIT = ["gender-family-unit"];
/** Family life, living together as a family (issue 13, fr-rel): "het herstel van het gezinsleven" is no recovery. */
const FAMILY_LIFE = ["gender-family-life"];
const UNIT = [...BOND, ...FAMILY_UNIT, ...FAMILY_LIFE];
const RESTORE = ["gender-restore-bond"];
const KEEP = ["gender-keep-together"];
const BREAK = ["gender-break-up"];
const FALLING_APART = ["gender-falling-apart"];
const PREVENT = ["gender-prevent"];
const TOGETHER = ["gender-together-again"];
const TOGETHER_PARTY = ["gender-together-party", ...FAMILY_UNIT, ...PARTNERS];
const AIM = ["gender-aim-frame"];
const OTHER_BOND = ["gender-other-bond"];
const APART = ["gender-apart-cue"];
/** The relationship's end ("de relatie hoeft niet te eindigen"): denied, with an aim of the help, the relationship kept (fr-b). */
const BOND_END = ["gender-bond-end"];
/** What a party wants ("de kinderen willen graag dat …", "slachtoffers willen …"): a wish described, not the help's aim (fr-b). */
const WISH = ["gender-party-wish"];
/** Who wishes: the partners, the couple, the victim, the children, she or he (lexicons gender-preservation, gender-grammar, gender-blaming). */
const WISHER = ["gender-together-party", "gender-speaking-party", "gender-victim-child-party", "gender-blamed-party", ...PARTNERS];
/** Tokens between a wish verb and its subject ("de kinderen willen graag", "willen veel slachtoffers"). */
const WISHER_REACH = 2;
/** Help in the sentence makes the wish the help's aim ("… en krijgen daarvoor begeleiding"). */
const HELP = ["gender-help-support"];
/** The relationship as the focus of the help ("staat de relatie tussen de partners centraal", "de nadruk op de relatie"; fr-b). */
const FOCUS = ["gender-bond-focus"];
/**
 * The end of the relationship as what the victim need not do, with the violence stopping as the aim (issue 13, fr-rel):
 * "wie van het geweld af wil, hoeft de relatie niet op te geven", "voor een einde aan het geweld hoeft
 * u uw partner niet te verlaten", "het geweld kan stoppen zonder dat u uw relatie opgeeft".
 */
const LEAVE = ["gender-bond-leave", "gender-intervention-stopped", ...BOND_END, ...FALLING_APART];
const NEED_DENIED = ["gender-need-denied"];
const VIOLENCE_STOP = ["gender-violence-stop", "gender-intervention-stopped", ...BOND_END, ...PREVENT];
/** "niet de enige (denkbare) oplossing", "niet de enige uitweg": said of leaving, staying made an equal choice (confmin). */
const NOT_ONLY = ["gender-not-only-way"];
/** Tokens between the leaving verb and "niet de enige …" ("de relatie opgeven, is niet de enige keuze"). */
const NOT_ONLY_GAP = 3;
/** Tokens between the bond or the partner and the verb that ends it ("de relatie te beëindigen", "uw partner weg te gaan"). */
const LEAVE_GAP = 3;
/** Tokens between a word for the violence and the verb that stops it ("het geweld wilt stoppen", "een einde aan het geweld"). */
const STOP_GAP = 3;
/** Tokens between the bond and its end ("de relatie hoeft niet te eindigen", "je relatie moet stoppen"). */
const END_GAP = 4;
/** Tokens a bond may stand before its verb ("de relatie tussen de ouders na het geweld te lijmen"). */
const OBJECT_BEFORE = 8;
/** Tokens after "herstel van" before the bond ("het herstel van de partnerband"). */
const OBJECT_AFTER = 3;
/** Tokens between a break and the verb that prevents it ("een breuk in het gezin moet zoveel mogelijk worden voorkomen"). */
const BREAK_GAP = 8;
/** Tokens between "voorkomen dat" and the falling apart it names. */
const BREAK_AFTER = 6;

/** A relationship noun with a keep-intact cue is about a family or couple, not an organisational partnership. */
function familyPassage(ctx: RuleContext, h: Hit): boolean {
  return nearBy(ctx, ctx.doc.sentences[h.sentence], [FAMILY], 2);
}

/**
 * Is `unit` what `action` is done to, in its clause? A bond before its verb ("het gezin bij elkaar te houden", "hun
 * huwelijk te lijmen"), or after the action noun with "van" ("het behoud van het gezin", "een doorstart van de
 * relatie"); not "het behoud van de woning voor het gezin".
 */
function objectOf(ctx: RuleContext, action: Hit, unit: Hit): boolean {
  const [from, to] = clauseOf(ctx, action.tokStart);
  if (unit.tokStart < from || unit.tokEnd > to) return false;
  // A nominalised action takes its object after "van" ("het in stand houden van geweld"): a bond before it is not its object.
  // Also one word on ("het in stand houden van geweld", where the action word is "in stand").
  const ofAt = (t: number) => t < to && ctx.doc.tokens.normAt(t) === "van";
  const ofAfter = ofAt(action.tokEnd) || ofAt(action.tokEnd + 1);
  if (unit.tokEnd <= action.tokStart) return !ofAfter && action.tokStart - unit.tokEnd <= OBJECT_BEFORE;
  return ofAfter && unit.tokStart >= action.tokEnd && unit.tokStart - action.tokEnd <= OBJECT_AFTER + 1;
}

/** A bond with a child, the family or an agency ("de relatie met haar familie", "het contact tussen vader en kind"), not the partners. */
function otherBond(ctx: RuleContext, bond: Hit): boolean {
  return hitsIn(ctx, bond.sentence, OTHER_BOND).some((o) => o.tokStart >= bond.tokEnd && o.tokStart - bond.tokEnd <= 4) && !hitsIn(ctx, bond.sentence, PARTNERS).some((p) => p.tokStart >= bond.tokEnd && p.tokStart - bond.tokEnd <= 4);
}

/** "Herstel" alone is also recovery: "het herstel van het gezin" may be that of mother and children after the violence. */
const recovery = (ctx: RuleContext, a: Hit) => /^herstel/.test(ctx.doc.tokens.normAt(a.tokStart));

/** The restoring or keeping of the relationship or the family: the action hit whose object is a bond. */
function preservedBonds(ctx: RuleContext): Hit[] {
  const out: Hit[] = [];
  for (const [actions, units] of [[RESTORE, UNIT], [KEEP, UNIT]] as const) {
    for (const a of ctx.find(actions)) {
      // The family restored only in words that are not also recovery ("het gezin weer op de rails", fr-rel).
      const object = (u: Hit) => objectOf(ctx, a, u) && !otherBond(ctx, u) && !(actions === RESTORE && recovery(ctx, a) && hitsIn(ctx, u.sentence, FAMILY_UNIT).some((f) => f.tokStart === u.tokStart));
      if (hitsIn(ctx, a.sentence, units).some(object)) out.push(a);
    }
  }
  return out;
}

/** A break prevented: "een scheiding (te) voorkomen", "voorkomen dat het gezin uit elkaar valt". */
function preventedBreaks(ctx: RuleContext): Hit[] {
  return ctx.find(PREVENT).filter((p) => {
    const before = (b: Hit) => b.tokEnd <= p.tokStart && p.tokStart - b.tokEnd <= BREAK_GAP && clauseOf(ctx, b.tokStart)[1] >= p.tokEnd;
    // After the verb only as a clause of its own: "voorkomen dat het gezin uit elkaar valt", not "de dupe van een scheiding".
    const after = (b: Hit) => b.tokStart >= p.tokEnd && b.tokStart - p.tokEnd <= BREAK_AFTER;
    return hitsIn(ctx, p.sentence, [...BREAK, ...FALLING_APART]).some(before) || hitsIn(ctx, p.sentence, FALLING_APART).some(after);
  });
}

/**
 * The relationship's end denied as the aim of the help: "het geweld moet stoppen, maar de relatie hoeft niet te
 * eindigen; daar zetten wij op in", "stoppen met geweld betekent niet dat je relatie moet stoppen: wij helpen …". A
 * bond before the end word in its clause, a negation in that clause, and an aim word in the sentence.
 */
function endDenied(ctx: RuleContext): Hit[] {
  return ctx.find(BOND_END).filter((e) => {
    const [from, to] = clauseOf(ctx, e.tokStart);
    const bond = hitsIn(ctx, e.sentence, [...BOND, ...FAMILY_UNIT]).some((b) => b.tokStart >= from && b.tokEnd <= e.tokStart && e.tokStart - b.tokEnd <= END_GAP && !otherBond(ctx, b));
    return bond && negatorIn(ctx, from, to) && hitsIn(ctx, e.sentence, AIM).some((a) => !soughtHelp(ctx, a));
  });
}

/** Verbs of the victim obtaining help: "om hulp te krijgen" is what she seeks, not the help's aim (fr-rel). */
const OBTAIN = new Set(["krijgen", "vragen", "zoeken", "ontvangen", "aanvragen"]);

/** Is the aim word the object of the victim's purpose ("om hulp te krijgen", "om steun te vragen")? */
function soughtHelp(ctx: RuleContext, a: Hit): boolean {
  const { tokens } = ctx.doc;
  const om = a.tokStart > 0 && tokens.normAt(a.tokStart - 1) === "om";
  return om && tokens.normAt(a.tokEnd) === "te" && OBTAIN.has(tokens.normAt(a.tokEnd + 1));
}

/**
 * Leaving not needed to stop the violence: a bond or the partner right before a leaving verb, a denied need before that
 * verb in the sentence, and the violence stopped elsewhere in the sentence; not a stop between the need and the verb
 * ("u hoeft niet te wachten tot het geweld stopt om uw partner te verlaten": the need denied is the waiting), nor right after it.
 */
function leaveNotNeeded(ctx: RuleContext): Hit[] {
  return ctx.find(LEAVE).filter((e) => {
    const [from] = clauseOf(ctx, e.tokStart);
    const bond = hitsIn(ctx, e.sentence, [...BOND, ...FAMILY_UNIT, ...PARTNERS]).some((b) => b.tokStart >= from && b.tokEnd <= e.tokStart && e.tokStart - b.tokEnd <= LEAVE_GAP && !otherBond(ctx, b));
    if (!bond) return false;
    const violence = hitsIn(ctx, e.sentence, VIOLENCE);
    const stops = hitsIn(ctx, e.sentence, VIOLENCE_STOP).filter((st) => (st.tokEnd <= e.tokStart || st.tokStart >= e.tokEnd) && violence.some((v) => tokensNear(v, st, STOP_GAP)));
    const needs = hitsIn(ctx, e.sentence, NEED_DENIED).filter((n) => n.tokStart < e.tokStart);
    // Nor the stop negated by the need itself ("het geweld stopt niet per se als u de relatie beëindigt": a risk).
    const free = (n: Hit) => !stops.some((st) => (st.tokStart >= n.tokEnd && st.tokEnd <= e.tokStart) || (ctx.doc.tokens.normAt(n.tokStart) === "niet" && st.tokEnd <= n.tokStart && n.tokStart - st.tokEnd <= 1 && clauseOf(ctx, st.tokStart)[1] > n.tokStart));
    return stops.length > 0 && needs.some(free);
  });
}

/**
 * Leaving called not the only way: the partner or a bond right before a leaving verb, and "niet de enige oplossing" or
 * "uitweg" just after it ("bij je man weggaan: niet de enige uitweg", "de relatie opgeven is
 * niet de enige keuze"; issue 13, confmin). Staying is then offered as an equal choice. The leaving verb is the hit.
 */
function leavingNotOnlyWay(ctx: RuleContext): Hit[] {
  return ctx.find(LEAVE).filter((e) => {
    const bond = hitsIn(ctx, e.sentence, [...BOND, ...FAMILY_UNIT, ...PARTNERS]).some((b) => b.tokEnd <= e.tokStart && e.tokStart - b.tokEnd <= LEAVE_GAP && !otherBond(ctx, b));
    return bond && hitsIn(ctx, e.sentence, NOT_ONLY).some((n) => n.tokStart >= e.tokEnd && n.tokStart - e.tokEnd <= NOT_ONLY_GAP);
  });
}

/** The partners' relationship as the focus in the clause of a focus word ("de focus van de hulp ligt op de relatie tussen man en vrouw"). */
function focusOnBond(ctx: RuleContext): Hit[] {
  return ctx.find(FOCUS).filter((f) => {
    const [from, to] = clauseOf(ctx, f.tokStart);
    return hitsIn(ctx, f.sentence, BOND).some((b) => b.tokStart >= from && b.tokEnd <= to && !otherBond(ctx, b));
  });
}

/** Tokens between a denied aim word and the preservation it would aim at ("niet ons doel om de relatie te redden"). */
const AIM_REACH = 6;

/**
 * Is the aim before `h` denied ("het is niet ons doel om de relatie te redden", "ons doel is niet dat het gezin samen
 * blijft")? The engine's negation stops at the clause of the aim; the preservation in the clause it opens is denied too
 * (framing4).
 */
function aimDenied(ctx: RuleContext, h: Hit): boolean {
  return hitsIn(ctx, h.sentence, AIM).some((a) => a.tokEnd <= h.tokStart && h.tokStart - a.tokEnd <= AIM_REACH && denied(ctx, a));
}

/** Is `h` what a party wishes ("de kinderen willen graag dat hun ouders weer samen verder gaan")? Not the author's aim. */
function partyWish(ctx: RuleContext, h: Hit): boolean {
  if (has(ctx, h.sentence, HELP)) return false;
  const wishers = hitsIn(ctx, h.sentence, WISHER);
  return hitsIn(ctx, h.sentence, WISH).some(
    (w) => w.tokEnd <= h.tokStart && wishers.some((p) => (p.tokEnd <= w.tokStart && w.tokStart - p.tokEnd <= WISHER_REACH) || (p.tokStart >= w.tokEnd && p.tokStart - w.tokEnd <= WISHER_REACH)),
  );
}

/** The couple or the family together again as the aim or result of the help: "zodat het stel weer samen verder kan". */
function togetherAgain(ctx: RuleContext): Hit[] {
  return ctx.find(TOGETHER).filter((t) => {
    if (!has(ctx, t.sentence, AIM) || has(ctx, t.sentence, APART)) return false;
    const [from, to] = clauseOf(ctx, t.tokStart);
    return hitsIn(ctx, t.sentence, TOGETHER_PARTY).some((p) => p.tokStart >= from && p.tokEnd <= to);
  });
}

export default defineRule({
  id: "relationship-preservation",
  title: { nl: "Behoud van de relatie als doel", en: "Preserving the relationship as a goal" },
  description: {
    nl: "Een zin die relatietherapie, bemiddeling of het bij elkaar blijven van partners als doel of succes van de hulp bij partnergeweld voorstelt, zonder dat de veiligheid van het slachtoffer voorop staat.",
    en: "A sentence that presents couples therapy, mediation or partners staying together as a goal or success of help in partner violence, without putting the victim's safety first.",
  },
  severity: "info",
  score: 40,
  messages: {
    default: {
      nl: "'{term}': het behoud van de relatie staat hier voorop, niet de veiligheid van het slachtoffer; zonder screening op dwingende controle kan dat het geweld laten voortduren.",
      en: "'{term}': preserving the relationship comes first here, not the victim's safety; without screening for coercive control this can let the violence continue.",
    },
  },
  remedies: ["gender-safety-before-relationship"],
  sources: [
    { source: "seed-003", locator: "L3646-3650", quote: "bij elkaar gebleven met hulp in de vorm van relatietherapie" },
    { source: "seed-003", locator: "L1118-1122", quote: "verder beschadigd wordt" },
  ],
  articles: ["art. 48"],
  tags: ["gender", "framing", "safety"],
  uses: [...REFUTATION, ...TERMS, ...NOUN, ...CUE, ...SAFETY, ...UNIT, ...RESTORE, ...KEEP, ...BREAK, ...FALLING_APART, ...PREVENT, ...TOGETHER, ...TOGETHER_PARTY, ...AIM, ...OTHER_BOND, ...APART, ...BOND_END, ...WISH, ...WISHER, ...HELP, ...FOCUS, ...LEAVE, ...NOT_ONLY, ...NEED_DENIED, ...VIOLENCE_STOP, ...VIOLENCE, ...PARTNERS],
  concepts: [
    {
      id: FAMILY,
      terms: ["gezin", "gezinnen", "familie", "families", "familierelatie", "ouders", "ouderschap", "partner", "partners", "kind", "kinderen", "huwelijk", "echtgenoten"].map(
        (text) => ({ text, match: "exact" as const }),
      ),
    },
  ],
  examples: [
    // framing4: staying together as the aim, and the aim denied.
    { text: "Bij huiselijk geweld is ons doel dat het gezin [[samen kan blijven]].", note: "Staying together as the help's aim (framing4)." },
    { text: "Bij partnergeweld is het niet ons doel om de relatie te redden.", note: "The aim denied: its negation reaches the clause it opens (framing4)." },
    { text: "Bij partnergeweld is ons doel niet dat het gezin samen kan blijven, maar dat iedereen veilig is.", note: "A negation just after the aim word." },
    { text: "Het herstel van de relatie mag nooit het doel zijn van de hulpverlening bij partnergeweld.", note: "The aim is rejected (h-fr4)." },
    { text: "Na een huisverbod werken we aan [[herstel van het vertrouwen tussen]] de partners, zodat het gezin weer veilig samen verder kan." },
    { text: "Bij partnergeweld wordt waar mogelijk ingezet op het [[behoud van het gezin]]." },
    { text: "Na huiselijk geweld helpen we koppels om hun [[relatie opnieuw op te bouwen]]." },
    { text: "# Bijlage 3 Resultaten ICM bij huisverboden\n\nEnkele gevallen zijn [[bij elkaar gebleven]] met hulp in de vorm van relatietherapie." },
    { text: "Toezicht bij huiselijk geweld dient vooral om te voorkomen dat het [[ouderschap]] of het partnerschap verder beschadigd wordt." },
    { text: "Bij partnergeweld zetten we in op [[relatieherstel]] en bemiddeling tussen de partners." },
    { text: "Bij partnergeweld zet de hulpverlening in op het [[herstel]] van het gezinsleven.", note: "Family life restored (fr-rel)." },
    { text: "Na het geweld helpen we moeder en kinderen bij hun herstel en bij het vinden van een eigen huis.", note: "The victims' recovery, not living together again." },
    { text: "Ook na huiselijk geweld is het vaak de moeite waard om [[te investeren in de relatie]]." },
    { text: "Met name het tijdelijk huisverbod is een aanjager. Door een huisverbod komt er vaak ruimte om een vastgelopen [[situatie vlot te trekken]].", onTopic: false, note: "A short text judged off-topic: the passage's own context counts." },
    { text: "Bij partnergeweld zetten we relatietherapie alleen in na screening op dwingende controle, als de veiligheid voorop staat.", note: "Safety first." },
    { text: "Bij partnergeweld bieden we geen relatietherapie aan zolang het geweld niet gestopt is.", note: "Negated." },
    { text: "In de meeste gevallen bleek na het huisverbod dat partners uit elkaar zijn gegaan.", note: "No preservation." },
    { text: "Relatieherstel helpt stellen om beter te communiceren.", onTopic: false, note: "A text that is not about domestic violence." },
    { text: "Het geweld moet stoppen, maar de relatie hoeft niet [[te eindigen]]; daar zetten wij bij partnergeweld op in.", note: "The relationship's end denied as the help's aim (fr-b)." },
    { text: "Veel slachtoffers van partnergeweld willen de relatie niet beëindigen, ze willen alleen dat het geweld stopt.", note: "A wish of the victims described, no aim of the help." },
    { text: "De kinderen willen graag dat hun ouders weer samen verder gaan, vertelt de moeder die door haar man werd mishandeld.", note: "A party's wish, not the help's aim (fr-b)." },
    { text: "In de aanpak van partnergeweld staat de relatie tussen de partners [[centraal]].", note: "The relationship as the help's focus (fr-b)." },
    { text: "Na het huiselijk geweld staat de relatie tussen moeder en kind centraal in de begeleiding.", note: "The bond with the child (fr-b)." },
    { text: "De wijkcoach begeleidt het paar na het geweldsincident naar [[een nieuwe start]] van hun relatie.", note: "A fresh start of the relationship (fr-b)." },
    { text: "Wie het partnergeweld wil laten ophouden, hoeft daarvoor niet bij de partner [[weg te gaan]].", note: "Leaving not needed to stop the violence (fr-rel)." },
    { text: "Om een eind te maken aan het geweld hoeven partners hun huwelijk niet [[te verbreken]].", note: "Ending the marriage not needed (fr-rel)." },
    { text: "Na het huiselijk geweld krijgt het stel hulp om hun huwelijk weer [[op het goede spoor]] te krijgen.", note: "Back on track (fr-rel)." },
    { text: "Hoewel veiligheid voorop staat, werken we na partnergeweld aan [[herstel van de relatie]].", note: "Safety conceded in its own clause, then set aside (fr-rel, lib/concession)." },
    { text: "U hoeft niet te wachten tot het geweld stopt om bij uw partner weg te gaan.", note: "The need denied is the waiting (fr-rel)." },
    { text: "Het partnergeweld stopt niet per se als u uw relatie beëindigt.", note: "A risk statement: the stop itself is negated (fr-rel)." },
    { text: "Na het huiselijk geweld helpen we de moeder om haar leven weer op het goede spoor te krijgen.", note: "Her life, no bond (fr-rel)." },
    { text: "Bij partnergeweld staat de veiligheid voorop, ook als de partners bij elkaar willen blijven.", note: "Safety first, not conceded (fr-rel)." },
    { text: "U hoeft de relatie niet te beëindigen om hulp te krijgen bij huiselijk geweld.", note: "Help as what the victim seeks, not the help's aim (fr-rel)." },
    { text: "Bij huiselijk geweld willen we het partnerschap met de GGD en de politie behouden.", note: "An organisational partnership." },
    { text: "Bij partnergeweld is bij je partner [[weggaan]] niet de enige uitweg.", note: "Leaving called not the only way: staying made an equal choice (confmin)." },
    { text: "Bij huiselijk geweld is de relatie [[opgeven]] niet de enige mogelijke keuze.", note: "The bond before the leaving verb." },
    { text: "Bij partnergeweld is een huisverbod niet de enige oplossing; ook hulp voor de pleger is nodig.", note: "Not said of leaving." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const done = new Set<number>();
        const consider = (h: Hit, negation = true) => {
          const s = ownWords(ctx, h, { negation });
          if (!s || done.has(s.index) || safeguardHolds(ctx, h, SAFETY) || countered(ctx, s.index) || !framingContext(ctx, s) || partyWish(ctx, h) || aimDenied(ctx, h)) return;
          // "herstel van de relatie tussen moeder en kinderen": the bond with the children, not between the partners.
          if (hitsIn(ctx, h.sentence, BOND).some((b) => b.tokStart >= h.tokStart && b.tokEnd <= h.tokEnd) && otherBond(ctx, h)) return;
          done.add(s.index);
          reportAt(ctx, h, "default", { term: termOf(ctx, h) });
        };
        for (const h of ctx.find(TERMS)) consider(h);
        for (const h of ctx.find(NOUN)) {
          if (hitsIn(ctx, h.sentence, CUE).length > 0 && familyPassage(ctx, h)) consider(h);
        }
        for (const h of [...preservedBonds(ctx), ...preventedBreaks(ctx), ...togetherAgain(ctx), ...focusOnBond(ctx)]) consider(h);
        // The end denied holds its own negation ("hoeft niet te eindigen").
        for (const h of [...endDenied(ctx), ...leaveNotNeeded(ctx), ...leavingNotOnlyWay(ctx)]) consider(h, false);
      },
    };
  },
});
