import { defineRule, type Hit, type RuleContext } from "../engine/rule-api.js";
import { childOrElderOnly, clauseOf, negatorIn, countered, DV_CONTEXT, dvPassage, FEMALE, genderedAsymmetry, has, hitsIn, hitsInClauseOf, inClause, inSection, MALE, nearBy, ownNegativePhrase, ownWords, PATTERN, PERSPECTIVE, REFUTATION, reportAt, SEXES, termOf, VIOLENCE } from "./lib/framing.js";
import { perspectiveCoverage, vawCoverage } from "./lib/checks.js";
import { ASYMMETRY, REJECTION, SEPARATE, SYMMETRY, VAW, VICTIM } from "./lib/women.js";

// Gender-neutral framing of partner violence (GREVIO G1: "geweld in afhankelijkheidsrelaties", women not
// identified as a group at risk). Three findings, so that not every sentence with "huiselijk geweld" is
// flagged:
//  1. a wording that hides perpetrator and victim behind neutral roles ("diegene die de situatie onveilig
//     maken" / "diegene voor wie het onveilig wordt gemaakt", seed 003 L1493-1495);
//  2. a sentence about partner violence that speaks only of "betrokkenen", "gezinnen" or "partijen" and
//     names no sex or gender;
//  3. the couple or the (problem) family made the bearer of the violence ("stellen die kampen met relationeel
//     geweld", "probleemgezinnen hebben te maken met geweld"): a word for violence in the sentence, no sex
//     or gender named, not the gender pattern; in the sentence's own context, whether or not the document is
//     judged on topic;
//  4. once per document: the policy speaks of domestic violence in neutral terms and neither names violence
//     against women (women as the main victims) nor treats gender as a factor in its body (both coverage
//     checks fall short of present); an analysis only in an appendix does not change that.
const EUPHEMISM = ["gender-neutral-euphemism"];
const COLLECTIVE = ["gender-neutral-collective"];
const PARTNER = ["gender-partner-violence-context"];
const NEUTRAL = ["gender-neutral-term", ...COLLECTIVE];
const GENDERED = [...SEXES, ...VAW, ...PERSPECTIVE];
const UNIT = ["gender-couple-unit"];
/** "Partnergeweld is geweld tussen twee mensen die een relatie hebben": the violence described as between two equals. */
const BETWEEN = ["gender-between-definition"];
/** Sentences around a description of the violence in which a sex or the gender pattern says who does what. */
const BETWEEN_WINDOW = 1;
// Violence between two people by construction (issue 13, helper F2; gender-framing-slots.yml): a word for the violence,
// "tussen" or "binnen", and the pair or the relationship ("geweld tussen echtgenoten of samenwonenden", "die zich
// afspeelt tussen partners", "geweld binnen een liefdesrelatie"), not the subject of a service ("advies bij geweld
// tussen partners"), with no sex, role, power or gender pattern in the sentence.
const BETWEEN_WORD = ["gender-between-word"];
const PARTIES = ["gender-between-parties", "gender-relationship-locus"];
/** "geweld in het huwelijk", "het geweld in hun relatie": the relationship after "in" as the place of the violence. */
const LOCUS = ["gender-relationship-locus"];
const IN = ["gender-in-word"];
const APPROACH = ["gender-approach-frame"];
// The text's own choice of an approach blind to sex (GREVIO G1; lexicon gender-neutral-stance): a separate approach for
// women or a gender-sensitive approach rejected as unnecessary, no distinction made between the sexes, "geweld is geweld".
const NO_DISTINCTION = ["gender-no-distinction"];
const SEX_WORD = ["gender-sex-word"];
const TAUTOLOGY = ["gender-tautology"];
/** Words for the violence itself that "tussen partners" may describe. */
const VIOLENCE_NOUN = ["gender-violence-act", "dv-core", "gender-partner-violence-context"];
/** Who is victim or perpetrator: a sentence that names them says who does what. */
const ROLES = ["gender-perpetrator", "dv-victim", "dv-perpetrator"];
const CHILDREN = ["children"];
/** Tokens from the violence word to "tussen" ("geweld dat zich afspeelt tussen", "geweldsincidenten plaats tussen"). */
const BETWEEN_REACH = 5;
/** Tokens from the approach word to the violence word ("aanpak van geweld", "advies bij huiselijk geweld"). */
const APPROACH_REACH = 3;
/** Tokens from "tussen" to the pair ("tussen de partners", "tussen een man en een vrouw"). */
const PARTY_REACH = 1;
/** Violent behaviour after the pair ("de relatie tussen de ouders is gewelddadig", "in veel relaties wordt geslagen"). */
const BEHAVIOUR = ["gender-violent-behaviour"];
/** "en", "of": the children as the second party of a listing ("tussen ouders en kinderen"). */
const JOINER = ["gender-sex-joiner"];
/** "vergroten het risico op": a risk statement, not a description of violence between partners. */
const RISK = ["gender-risk-cue"];
/** "sprake van", "kwam het tot": violence made to exist without anyone doing it. */
const EXISTENTIAL = ["gender-existential-frame"];
/** "hij", "hem", "haar": a sexed pronoun names who does what. */
const PRONOUN = ["gender-sexed-pronoun"];
/** Tokens from the pair to violence after it ("tussen de ouders is gewelddadig", "relaties wordt geslagen"). */
const AFTER_REACH = 6;
/** Tokens from an existential frame to the violence it introduces ("sprake van fysiek en psychisch geweld"). */
const FRAME_REACH = 3;
/** "gezinssysteem", "relatiedynamiek", "interactiepatroon": the family or relationship as a system (fr-gb). */
const SYSTEM = ["gender-system-frame"];
/** "symptoom van", "komt voort uit", "begrepen als onderdeel van": the violence made a product of something else. */
const SYSTEM_LINK = ["gender-system-link"];
/** "beide partners zitten gevangen in een vicieuze cirkel van geweld": the couple caught in a cycle of violence. */
const CYCLE = ["gender-violence-cycle"];
/** "bemiddeling tussen partners", "een gesprek tussen beide partners": the help between the pair, not the violence (fr-counter). */
const INTERVENTION = ["gender-couple-intervention", "gender-joint-talk"];
/** "Kinderen die getuige zijn van / opgroeien met geweld tussen hun ouders": what the violence does to children (fr-counter). */
const EXPOSURE = ["gender-child-exposure"];
/** "is ongeschikt", "geen passende doelen", "af te raden": a verdict on an approach, not a description (fr-counter). */
const VERDICT = ["gender-safety-first"];
/** Tokens from the exposure word to the violence ("getuige zijn van geweld", "opgroeien met geweld"). */
const EXPOSURE_REACH = 2;
/** "de", "het", "hun", "om": another phrase opened between the violence word and "tussen" (framing3). */
const INTERPOSED = ["gender-between-interposed"];
const SUPERLATIVE = ["gender-superlative-het"];
const COUPLE = ["gender-mutual-subject", "gender-partner-persons", "gender-couple-unit", "gender-between-parties"];

/**
 * "Onder partnergeweld verstaan we geweld tussen partners of ex-partners": a violence word, "tussen" or "binnen" a few
 * tokens after it, and the pair or relationship right after that. Returns the span from the violence word to the pair.
 */
function violenceBetween(ctx: RuleContext, b: Hit): { start: number; end: number; sentence: number; tokStart: number; tokEnd: number } | null {
  const i = b.sentence;
  const party = hitsIn(ctx, i, PARTIES).find((p) => p.tokStart >= b.tokEnd && p.tokStart - b.tokEnd <= PARTY_REACH);
  if (!party) return null;
  // "Bemiddeling tussen partners is bij huiselijk geweld ongeschikt": the help stands between the pair (fr-counter).
  if (hitsIn(ctx, i, INTERVENTION).some((x) => x.tokEnd <= b.tokStart && b.tokStart - x.tokEnd <= 1)) return null;
  // The violence word nearest before "tussen" ("Veilig Thuis geeft advies bij geweld tussen partners": "geweld").
  const before = hitsIn(ctx, i, VIOLENCE_NOUN).filter((x) => x.tokEnd <= b.tokStart && b.tokStart - x.tokEnd <= BETWEEN_REACH);
  const v = before.sort((x, y) => y.tokEnd - x.tokEnd)[0] ?? violenceAfter(ctx, party);
  if (!v || ctx.negated(v)) return null;
  // "Mediation kan bij huiselijk geweld helpen om de communicatie tussen ex-partners te herstellen", "na partnergeweld
  // is het contact tussen de ouders verstoord": an article, pronoun or "om" between the violence word and "tussen" opens
  // another phrase, and "tussen" belongs to it (framing3). "geweld dat zich afspeelt tussen partners" still counts.
  // Not "het" of a superlative ("geweld komt het vaakst voor tussen partners").
  const superlative = hitsIn(ctx, i, SUPERLATIVE);
  const interposed = (x: Hit) => x.tokStart >= v.tokEnd && x.tokEnd <= b.tokStart && !superlative.some((sup) => sup.tokStart === x.tokStart);
  if (v.tokEnd <= b.tokStart && hitsIn(ctx, i, INTERPOSED).some(interposed)) return null;
  // "aanpak van geweld tussen partners", "advies bij partnergeweld": what a service does, not what the violence is.
  // "De gemeente pakt geweld tussen partners aan": a separable verb around the violence word counts too.
  const governs = (a: Hit) => (a.tokEnd <= v.tokStart && v.tokStart - a.tokEnd <= APPROACH_REACH) || (a.tokStart < v.tokStart && a.tokEnd > v.tokStart);
  if (hitsIn(ctx, i, APPROACH).some(governs)) return null;
  // "Kinderen die opgroeien met geweld tussen hun ouders, lopen later meer risico": the violence as the object of the
  // children's exposure, the exposure word right before it and the children before that (fr-counter). Not "het geweld
  // in de relatie duurt al jaren en de kinderen zijn er getuige van": there the violence is described first.
  const exposure = hitsIn(ctx, i, EXPOSURE).find((x) => x.tokEnd <= v.tokStart && v.tokStart - x.tokEnd <= EXPOSURE_REACH);
  if (exposure && hitsIn(ctx, i, CHILDREN).some((c) => c.tokEnd <= exposure.tokStart)) return null;
  // "geweld tussen ouders en kinderen": not between partners. The children must join the pair ("en", "of"): in "geweld
  // tussen partners die samen kinderen hebben" they are the partners' children, not a party (fr-gb).
  const joined = hitsIn(ctx, i, JOINER).some((j) => j.tokStart === party.tokEnd);
  if (joined && hitsIn(ctx, i, CHILDREN).some((c) => c.tokStart >= party.tokEnd && c.tokStart - party.tokEnd <= 2)) return null;
  const [from, to] = v.tokStart < b.tokStart ? [v, party] : [b, v];
  return { start: from.start, end: to.end, sentence: i, tokStart: from.tokStart, tokEnd: to.tokEnd };
}

/**
 * The violence after the pair or the relationship, in its clause: "De relatie tussen de ouders is gewelddadig", "Tussen
 * de partners kwam het tot een handgemeen", "In veel relaties wordt geslagen" (fr-gb). Near the pair, or later in the
 * clause when an existential frame introduces it ("in de relatie van de ouders is al jaren sprake van geweld"). Not when
 * the clause speaks of a risk ("spanningen tussen de partners vergroten het risico op geweld").
 */
function violenceAfter(ctx: RuleContext, party: Hit): Hit | undefined {
  if (inClause(ctx, party, RISK)) return undefined;
  const frames = hitsInClauseOf(ctx, party, EXISTENTIAL).filter((f) => f.tokStart >= party.tokEnd);
  const introduced = (v: Hit) => frames.some((f) => f.tokEnd <= v.tokStart && v.tokStart - f.tokEnd <= FRAME_REACH);
  return hitsInClauseOf(ctx, party, [...VIOLENCE_NOUN, ...BEHAVIOUR])
    .filter((v) => v.tokStart >= party.tokEnd && (v.tokStart - party.tokEnd <= AFTER_REACH || introduced(v)))
    .sort((x, y) => x.tokStart - y.tokStart)[0];
}

/**
 * Does the sentence say who does what, or name the gender pattern? A sex outside the pair itself ("tussen een man en
 * een vrouw" names no one as perpetrator), a victim or perpetrator, power, or the sexes set apart around it.
 */
function whoDoesWhat(ctx: RuleContext, i: number, span: { tokStart: number; tokEnd: number }): boolean {
  // "In de relatie sloeg hij haar": a sexed pronoun outside the pair says who does what ("tussen de moeder en haar
  // partner" names the pair only; fr-gb).
  const outside = hitsIn(ctx, i, [...GENDERED, ...PRONOUN]).some((g) => g.tokEnd <= span.tokStart || g.tokStart >= span.tokEnd);
  if (outside || has(ctx, i, ROLES) || countered(ctx, i)) return true;
  const s = ctx.doc.sentences[i];
  return nearBy(ctx, s, [...PATTERN, ...VAW], BETWEEN_WINDOW) || [i - 1, i + 1].some((k) => ctx.doc.sentences[k]?.block === s.block && genderedAsymmetry(ctx, k));
}

/**
 * The violence as the product of the family or relationship system: an affirmed violence word before the link in its
 * clause and a system word after it ("geweld ... een symptoom van ... gezinssysteem"), not the subject of a service.
 * Returns the span from the violence word to the system word.
 */
function systemProduct(ctx: RuleContext, link: Hit): Hit | null {
  const violence = hitsInClauseOf(ctx, link, VIOLENCE_NOUN).filter((v) => v.tokEnd <= link.tokStart && !ctx.negated(v));
  const system = hitsInClauseOf(ctx, link, SYSTEM).find((x) => x.tokStart >= link.tokEnd);
  if (violence.length === 0 || !system) return null;
  const v = violence[0];
  const governed = hitsIn(ctx, link.sentence, APPROACH).some((a) => a.tokEnd <= v.tokStart && v.tokStart - a.tokEnd <= APPROACH_REACH);
  return governed ? null : { concept: link.concept, start: v.start, end: system.end, tokStart: v.tokStart, tokEnd: system.tokEnd, sentence: link.sentence };
}

// Partner violence with neutral parties (issue 13, fr-a; gender-framing-slots.yml): the partner as the neutral
// perpetrator or target ("mishandeld door hun partner", "geweld door een partner of ex-partner"), a double pronoun that
// leaves the sex open ("door zijn of haar partner", "hij of zij wordt geslagen"). A third construction, a neutral group
// as the one affected ("400 gezinnen zijn betrokken bij huiselijk geweld"), was built and withdrawn: it flagged a
// held-out counter line of blind set 3 and no held-out flag line. Never with a sex, a
// sexed pronoun outside the doublet, the gender pattern or the sexes set apart around it, nor in a sentence about help,
// a service or an approach, nor about children or elders only.
const PARTNER_AGENT = ["gender-partner-agent"];
const DOUBLET = ["gender-neutral-doublet", "gender-possessive-doublet"];
const SERVICE = ["gender-service-access", "gender-blame-helpseeking"];
const ABUSE = ["gender-abuse-finite"];
/** "niemand", "geen enkel slachtoffer": a subject that denies what follows. */
const NOBODY = ["gender-blame-nobody"];
/** "gevolg van", "schade door": the violence as the cause of something else. */
const CONSEQUENCE = ["gender-consequence-frame"];

/** Tokens after a possessive doublet within which the partner it leaves open stands ("zijn of haar (ex-)partner"). */
const DOUBLET_PARTNER_REACH = 3;
/** "zijn of haar": a doublet that leaves a party open only before the partner (gender-framing-slots.yml). */
const POSSESSIVE_DOUBLET = ["gender-possessive-doublet"];
/** The partner after a possessive doublet: the partners' words, and "ex" alone. */
const DOUBLET_PARTNER = ["gender-partner-persons", "gender-doublet-ex"];
/**
 * Is the doublet a party of the violence? "hij of zij", "hem of haar" are: the subject or object left open. A
 * possessive one is only before the partner ("door zijn of haar partner", "zijn of haar ex"): in "de pleger kiest
 * zelf voor zijn of haar daden" it refers back to a named role and leaves no party open.
 */
function doubletIsParty(ctx: RuleContext, h: Hit): boolean {
  if (!hitsIn(ctx, h.sentence, POSSESSIVE_DOUBLET).some((p) => p.tokStart === h.tokStart && p.tokEnd === h.tokEnd)) return true;
  const end = Math.min(h.tokEnd + DOUBLET_PARTNER_REACH, ctx.doc.sentences[h.sentence].tokenEnd);
  return hitsIn(ctx, h.sentence, DOUBLET_PARTNER).some((p) => p.tokStart >= h.tokEnd && p.tokStart < end);
}

/** No sex in sentence `i` (a sexed pronoun only inside a doublet), no pattern, help or service: who does what stays open. */
function neutralAbout(ctx: RuleContext, i: number): boolean {
  const doublets = hitsIn(ctx, i, DOUBLET);
  const inDoublet = (g: Hit) => doublets.some((d) => d.tokStart <= g.tokStart && g.tokEnd <= d.tokEnd);
  if (hitsIn(ctx, i, [...GENDERED, ...PRONOUN]).some((g) => !inDoublet(g))) return false;
  if (countered(ctx, i) || childOrElderOnly(ctx, i)) return false;
  if (has(ctx, i, [...SERVICE, ...APPROACH, ...RISK])) return false;
  const s = ctx.doc.sentences[i];
  return !nearBy(ctx, s, [...PATTERN, ...VAW], BETWEEN_WINDOW) && ![i - 1, i, i + 1].some((k) => ctx.doc.sentences[k]?.block === s.block && genderedAsymmetry(ctx, k));
}

/**
 * An affirmed word for violence in the clause of `h`, not as the cause of something else ("een gevolg van economisch
 * geweld door de partner": the sentence is about the consequence).
 */
function violenceInClause(ctx: RuleContext, h: Hit): Hit | undefined {
  if (hitsInClauseOf(ctx, h, CONSEQUENCE).some((c) => c.tokEnd <= h.tokStart)) return undefined;
  return hitsInClauseOf(ctx, h, [...VIOLENCE, ...BEHAVIOUR, ...ABUSE]).find((v) => !ctx.negated(v));
}

function policyText(ctx: RuleContext, sentence: number): boolean {
  const role = ctx.doc.sentences[sentence].role;
  return role !== "appendix" && role !== "definitions" && ctx.doc.sentences[sentence].blockType !== "footnote";
}

export default defineRule({
  id: "gender-neutral-framing",
  title: { nl: "Genderneutrale framing van partnergeweld", en: "Gender-neutral framing of partner violence" },
  description: {
    nl: "Het beleid beschrijft partnergeweld alleen in neutrale termen ('huiselijk geweld', 'betrokkenen', 'gezinnen', 'geweld in afhankelijkheidsrelaties', 'diegene die de situatie onveilig maken') en zegt nergens wie meestal slachtoffer en wie pleger is.",
    en: "The policy describes partner violence only in neutral terms ('domestic violence', 'those involved', 'families', 'violence in dependency relationships', 'those who make the situation unsafe') and nowhere says who mostly are victims and perpetrators.",
  },
  severity: "warning",
  score: 50,
  messages: {
    euphemism: {
      nl: "'{term}' verhult wie geweld pleegt en wie het ondergaat; noem pleger en slachtoffer.",
      en: "'{term}' hides who uses violence and who suffers it; name perpetrator and victim.",
    },
    collective: {
      nl: "Bij partnergeweld spreekt de tekst alleen van '{term}'; wie pleger en wie slachtoffer is, en dat dat meestal een man en een vrouw zijn, blijft onzichtbaar.",
      en: "On partner violence the text speaks only of '{term}'; who is perpetrator and who victim, and that these are mostly a man and a woman, stays invisible.",
    },
    between: {
      nl: "'{term}': de zin omschrijft het geweld als iets tussen twee mensen en zegt niet wie geweld gebruikt en wie het ondergaat (meestal een man tegen een vrouw).",
      en: "'{term}': the sentence describes the violence as something between two people and does not say who uses violence and who suffers it (mostly a man against a woman).",
    },
    unit: {
      nl: "'{term}': de zin maakt het stel of het gezin tot drager van het geweld; wie geweld gebruikt en wie het ondergaat, blijft onzichtbaar.",
      en: "'{term}': the sentence makes the couple or the family the bearer of the violence; who uses violence and who suffers it stays invisible.",
    },
    system: {
      nl: "'{term}': de zin maakt het geweld tot een product van het gezins- of relatiesysteem; wie geweld gebruikt en wie het ondergaat, blijft onzichtbaar.",
      en: "'{term}': the sentence makes the violence a product of the family or relationship system; who uses violence and who suffers it stays invisible.",
    },
    stance: {
      nl: "'{term}': de tekst kiest zelf voor een aanpak zonder oog voor sekse. Vrouwen zijn vaker slachtoffer van ernstig partnergeweld, en het Verdrag van Istanbul vraagt gendersensitief beleid (art. 6).",
      en: "'{term}': the text itself chooses an approach blind to sex. Women are more often victims of serious partner violence, and the Istanbul Convention asks for gender-sensitive policy (art. 6).",
    },
    document: {
      nl: "Het beleid spreekt over huiselijk geweld alleen in neutrale termen (zoals '{term}') en noemt nergens geweld tegen vrouwen, vrouwen als slachtoffers of gender als factor.",
      en: "The policy speaks of domestic violence only in neutral terms (such as '{term}') and nowhere names violence against women, women as victims or gender as a factor.",
    },
  },
  remedies: ["gender-name-partner-violence", "gender-add-gender-analysis"],
  sources: [
    { source: "seed-003", locator: "L1489-1495", quote: "diegene die de situatie onveilig maken" },
    { source: "seed-003", locator: "L3104-3108", quote: "afhankelijkheidsrelatie" },
    { source: "seed-002", locator: "L805-809", quote: "genderneutrale aanpak is van huiselijk geweld" },
  ],
  articles: ["art. 2", "art. 6"],
  tags: ["gender", "framing", "atria"],
  uses: [...REJECTION, ...SEPARATE, ...NO_DISTINCTION, ...SEX_WORD, ...TAUTOLOGY, ...INTERVENTION, ...EXPOSURE, ...VERDICT, ...REFUTATION, ...PARTNER_AGENT, ...DOUBLET, ...DOUBLET_PARTNER, ...SERVICE, ...ABUSE, ...NOBODY, ...CONSEQUENCE, ...SYSTEM, ...SYSTEM_LINK, ...BEHAVIOUR, ...JOINER, ...RISK, ...EXISTENTIAL, ...PRONOUN, ...BETWEEN_WORD, ...INTERPOSED, ...SUPERLATIVE, ...PARTIES, ...IN, ...APPROACH, ...ROLES, ...CHILDREN, ...CYCLE, ...COUPLE, ...PATTERN, "gender-framing-counter", "gender-framing-label-verb", "gender-contrary-belief", "gender-majority-cue", "gender-majority-extra", "@percentage", ...BETWEEN, ...EUPHEMISM, ...NEUTRAL, ...PARTNER, ...GENDERED, ...DV_CONTEXT, ...UNIT, ...VIOLENCE, ...VICTIM, ...ASYMMETRY, ...SYMMETRY, "gender-culturalised-context", "gender-shelter-context"],
  examples: [
    { text: "Partnergeweld is [[geweld dat plaatsvindt tussen]] twee mensen die een relatie hebben of hebben gehad.", onTopic: false },
    { text: "Partnergeweld is geweld tussen partners; meestal is de pleger een man en het slachtoffer een vrouw.", onTopic: false, note: "The sexes are named." },
    { text: "De gemeente pakt geweld tussen partners aan met een regionale aanpak.", onTopic: false, note: "Not a description of the violence." },
    { text: "Onder partnergeweld verstaan we [[geweld tussen partners]] of ex-partners.", onTopic: false, note: "By construction (F2): violence, 'tussen', the pair." },
    { text: "Intrafamiliaal geweld omvat ook [[geweld tussen echtgenoten]] of samenwonenden.", onTopic: false },
    { text: "Partnergeweld is een vorm van [[huiselijk geweld die zich afspeelt tussen partners]].", onTopic: false },
    { text: "Met partnergeweld bedoelen we [[geweld binnen een liefdesrelatie]].", onTopic: false },
    { text: "In het gezin is sprake van [[geweld in het huwelijk]]; er wonen drie kinderen.", onTopic: false, note: "'in' the marriage." },
    { text: "De gemeente onderzoekt huiselijk geweld in relatie tot alcoholgebruik.", onTopic: false, note: "'in relatie tot' is no relationship." },
    { text: "Beide partners zitten gevangen in een [[vicieuze cirkel]] van geweld.", onTopic: false, note: "The couple caught in a cycle of violence." },
    { text: "Bij partnergeweld raken beide partners verstrikt in een [[geweldspiraal]].", onTopic: false, note: "The spelling without the linking s (fr-sym)." },
    { text: "Het slachtoffer van partnergeweld krijgt hulp om uit de geweldspiraal te komen.", onTopic: false, note: "The victim is named, no couple." },
    { text: "Onder partnergeweld verstaan we geweld tussen partners, waarbij de pleger macht en controle uitoefent over de ander.", onTopic: false, note: "Perpetrator and power named." },
    { text: "Huiselijk geweld omvat ook geweld tussen ouders en kinderen.", onTopic: false, note: "Not between partners." },
    { text: "Veilig Thuis geeft advies bij geweld tussen partners.", onTopic: false, note: "A service's subject." },
    { text: "Het slachtoffer zit vast in een cirkel van geweld.", onTopic: false, note: "The victim is named; no couple." },
    { text: "[[Huiselijk geweld is vaak een symptoom van een slecht functionerend gezinssysteem]].", onTopic: false, note: "The violence as a product of the family system (fr-gb)." },
    { text: "Het [[geweld komt voort uit een verstoord interactiepatroon]] tussen de partners.", onTopic: false },
    { text: "Geweld tegen vrouwen is een uiting van ongelijke machtsverhoudingen tussen mannen en vrouwen.", onTopic: false, note: "The gender pattern is named." },
    { text: "Een systeemgerichte aanpak van huiselijk geweld betrekt ook de kinderen.", onTopic: false, note: "A service, no link." },
    { text: "Het geweld is geen product van de relatiedynamiek, maar van de keuze van de pleger.", onTopic: false, note: "Negated; the perpetrator is named." },
    { text: "[[In de relatie van de ouders is er al jaren sprake van fysiek en psychisch geweld]].", onTopic: false, note: "Violence after the relationship, introduced by an existential frame (fr-gb)." },
    { text: "De relatie [[tussen de ouders is gewelddadig]].", onTopic: false, note: "Violence after the pair." },
    { text: "Onder partnergeweld valt [[geweld tussen partners]] die samen kinderen hebben.", onTopic: false, note: "The children are the partners', not a party." },
    { text: "Er was sprake van [[huiselijk geweld tussen de moeder en haar partner]].", onTopic: false, note: "A pronoun inside the pair names no one as perpetrator." },
    { text: "In de relatie sloeg hij haar, zo bleek uit het onderzoek naar huiselijk geweld.", onTopic: false, note: "Pronouns outside the pair say who does what." },
    { text: "Spanningen tussen de partners vergroten het risico op geweld.", onTopic: false, note: "A risk statement." },
    { text: "Bemiddeling tussen partners is bij huiselijk geweld ongeschikt.", onTopic: false, note: "The help between the pair, not the violence (fr-counter)." },
    { text: "Een gesprek kan na huiselijk geweld helpen om het contact tussen de ex-partners te verbeteren.", onTopic: false, note: "'tussen' belongs to the contact, not the violence (framing3)." },
    { text: "Na partnergeweld is de omgang tussen de ouders vaak moeizaam.", onTopic: false, note: "Another phrase between the violence word and 'tussen' (framing3)." },
    { text: "Huiselijk geweld schaadt het vertrouwen tussen partners voor jaren.", onTopic: false, note: "The trust between them, not the violence (framing3)." },
    { text: "Bij partnergeweld helpt een gesprek om de afspraken tussen de ouders vast te leggen.", onTopic: false, note: "'om' and an article open another phrase (framing3)." },
    { text: "Na huiselijk geweld verslechtert de samenwerking tussen de ouders.", onTopic: false, note: "A verb and another noun between (framing3)." },
    { text: "[[Huiselijk geweld komt het vaakst voor tussen partners]].", onTopic: false, note: "'het' of a superlative opens no phrase (framing3)." },
    { text: "Het [[geweld vond plaats tussen de ex-partners]].", onTopic: false, note: "A verb of taking place between the violence and 'tussen' still counts (framing3)." },
    { text: "Kinderen die opgroeien met geweld tussen hun ouders, lopen later meer risico.", onTopic: false, note: "The children's exposure (fr-counter)." },
    { text: "Het bij elkaar houden van het gezin is bij partnergeweld geen passend doel.", onTopic: false, note: "A verdict on an aim (fr-counter)." },
    { text: "Er is sprake van [[geweld binnen de relatie]] van de ouders, waardoor de kinderen onveilig opgroeien.", onTopic: false, note: "The violence described first; the children's exposure follows." },
    {
      text: "Vrouwen zijn de grootste groep slachtoffers van huiselijk geweld. Dit geldt zowel voor diegene die [[de situatie onveilig maken]] als diegene voor wie het onveilig wordt gemaakt.",
    },
    {
      text: "Vrouwen zijn de grootste groep slachtoffers van huiselijk geweld. Bij partnergeweld gaat de casusregisseur in gesprek met alle [[betrokkenen]].",
    },
    {
      text: "Geweld tegen vrouwen staat centraal. Casusregisseurs die bij partnergeweld worden ingezet, ondersteunen de [[gezinnen]].",
    },
    { text: "[[Probleemgezinnen]] hebben meer dan wekelijks te maken met geweld, gemiddeld 71 keer per jaar.", onTopic: false },
    { text: "[[Stellen die]] kampen met relationeel geweld, worstelen met dezelfde problemen als andere stellen.", onTopic: false },
    { text: "Wij stellen voor om bij partnergeweld de hulp uit te breiden.", onTopic: false, note: "'stellen' the verb." },
    {
      text: "# Visie\n\nGeweld in afhankelijkheidsrelaties wordt duurzaam gestopt. Gezinnen en betrokkenen krijgen snel hulp bij huiselijk geweld.",
      expect: "missing",
      note: "Document-level: only neutral terms, no women, no gender.",
    },
    {
      text: "# Visie\n\nGeweld tegen vrouwen is een schending van de mensenrechten. Bij partnergeweld is er meestal een mannelijke pleger en een vrouwelijk slachtoffer; gezinnen krijgen hulp.",
      note: "Gendered: no finding.",
    },
    {
      text: "Huiselijk geweld treft vooral vrouwen en kinderen. De pleger maakt de situatie onveilig voor het slachtoffer.",
      note: "Perpetrator and victim are named.",
    },
    {
      text: "Partnergeweld wortelt in machtsongelijkheid tussen vrouwen en mannen. Bij partnergeweld krijgen de betrokken vrouwen en mannen ieder een eigen hulpverlener.",
      note: "Sexes named in the sentence.",
    },
    {
      text: "# Bijlage 1 Definities\n\nHuiselijk geweld is geweld in afhankelijkheidsrelaties. Vrouwen zijn de grootste groep slachtoffers van partnergeweld en dat staat in de visie.",
      note: "Definitions only.",
    },
    { text: "Bij partnergeweld worden slachtoffers mishandeld [[door hun partner]] of ex-partner.", onTopic: false, note: "The partner as neutral perpetrator (fr-a)." },
    { text: "Iemand die [[door zijn of haar partner]] wordt mishandeld, schaamt zich vaak.", onTopic: false, note: "A doublet leaves the sex open." },
    { text: "Vrouwen die door hun partner worden mishandeld, durven vaak geen aangifte te doen.", note: "The sex is named." },
    { text: "Niemand verdient het om door een partner geslagen te worden.", note: "A universal negative, not a description." },
    { text: "Het wijkteam ondersteunt gezinnen waar sprake is van huiselijk geweld.", onTopic: false, note: "A target group in a relative clause, and a service." },
    { text: "Als een kind vertelt dat hij of zij thuis wordt geslagen, neem het dan serieus.", note: "About a child." },
    { text: "Wie door [[zijn of haar]] ex wordt bedreigd, blijft vaak lang stil.", onTopic: false, note: "The doublet alone." },
    { text: "Bij geweld ligt de schuld nooit bij het slachtoffer: de pleger kiest zelf voor zijn of haar daden.", onTopic: false, note: "A possessive doublet that refers back to the one who abuses leaves no party open." },
    { text: "Wie door [[zijn of haar]] (ex-)partner wordt geslagen, vertelt dat vaak aan niemand.", onTopic: false, note: "The partner after a possessive doublet." },
    { text: "Bij huiselijk geweld ziet de gemeente [[geen reden voor een aparte aanpak voor vrouwen]].", onTopic: false, note: "The text's own choice of an approach blind to sex (GREVIO G1)." },
    { text: "Een [[gendersensitieve aanpak van huiselijk geweld is niet nodig]] in onze regio.", onTopic: false },
    { text: "Bij huiselijk geweld is een [[aparte aanpak voor vrouwen niet nodig]], want de hulp staat open voor iedereen.", onTopic: false, note: "Access for all given as the reason." },
    { text: "Voor meisjes en vrouwen die thuis mishandeld worden, [[kiezen we er bewust niet voor een eigen aanpak]] te ontwikkelen.", onTopic: false },
    { text: "Wij [[maken bij partnergeweld geen onderscheid tussen mannen en vrouwen]].", onTopic: false },
    { text: "Bij huiselijk geweld [[wordt geen onderscheid gemaakt naar sekse]].", onTopic: false },
    { text: "[[Geweld is geweld]]: bij huiselijk geweld helpen we iedereen op dezelfde manier.", onTopic: false },
    { text: "Omdat vrouwen vaker slachtoffer zijn van ernstig partnergeweld, is een aparte aanpak voor vrouwen nodig.", onTopic: false, note: "No rejection." },
    { text: "Sommige raadsleden vinden een aparte aanpak voor vrouwen bij huiselijk geweld niet nodig, maar dat is een misverstand.", onTopic: false, note: "Reported and refuted." },
    { text: "De opvang bij huiselijk geweld maakt geen onderscheid naar afkomst of inkomen.", onTopic: false, note: "No sex in the clause." },
    { text: "Het is niet waar dat er bij huiselijk geweld geen reden is voor een aparte aanpak voor vrouwen.", onTopic: false, note: "The rejection negated." },
    { text: "Een aparte aanpak voor mannelijke slachtoffers van huiselijk geweld is niet nodig.", onTopic: false, note: "Not an approach for women." },
    { text: "Bij huiselijk geweld is extra inzet van de politie op zondag niet nodig.", onTopic: false, note: "No separate approach." },
    { text: "Slachtoffers van partnergeweld kunnen bij Veilig Thuis terecht; de hulp maakt geen onderscheid tussen mannen en vrouwen.", onTopic: false, note: "Access to a service, as in the symmetric rule." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const done = new Set<number>();
        for (const h of ctx.find(EUPHEMISM)) {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index)) continue;
          if (!(nearBy(ctx, s, DV_CONTEXT, 2) || inSection(ctx, s, DV_CONTEXT))) continue;
          done.add(s.index);
          reportAt(ctx, h, "euphemism", { term: termOf(ctx, h) });
        }
        for (const h of ctx.find(COLLECTIVE)) {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index)) continue;
          if (!has(ctx, s.index, PARTNER) || has(ctx, s.index, GENDERED) || has(ctx, s.index, VERDICT)) continue;
          done.add(s.index);
          reportAt(ctx, h, "collective", { term: termOf(ctx, h) });
        }
        for (const h of ctx.find(UNIT)) {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index) || has(ctx, s.index, GENDERED)) continue;
          // "Het bij elkaar houden van het gezin is bij partnergeweld geen passend doel": a verdict on an aim (fr-counter).
          if (has(ctx, s.index, VERDICT)) continue;
          if (!hitsIn(ctx, s.index, VIOLENCE).some((v) => !ctx.negated(v))) continue;
          done.add(s.index);
          reportAt(ctx, h, "unit", { term: termOf(ctx, h) });
        }
        // "Partnergeweld is geweld dat plaatsvindt tussen twee mensen die een relatie hebben": a description of the
        // violence as between two people, with no sex, women as victims or gender named in it or next to it.
        for (const h of ctx.find(BETWEEN)) {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index) || s.role === "appendix" || nearBy(ctx, s, GENDERED, BETWEEN_WINDOW)) continue;
          done.add(s.index);
          reportAt(ctx, h, "between", { term: termOf(ctx, h) });
        }
        // "tussen partners", "binnen een liefdesrelatie"; "in het huwelijk" is read from the relationship back ("in" is everywhere).
        const inHits = ctx.find(LOCUS).flatMap((l) => hitsIn(ctx, l.sentence, IN).filter((x) => x.tokEnd <= l.tokStart && l.tokStart - x.tokEnd <= PARTY_REACH));
        for (const b of [...ctx.find(BETWEEN_WORD), ...inHits]) {
          const s = ownWords(ctx, b);
          if (!s || done.has(s.index) || s.role === "appendix") continue;
          const span = violenceBetween(ctx, b);
          if (!span || whoDoesWhat(ctx, s.index, span) || !dvPassage(ctx, s)) continue;
          done.add(s.index);
          reportAt(ctx, span, "between", { term: termOf(ctx, span) });
        }
        // "De partners zitten vast in een patroon van geweld": the pair caught in a cycle of violence, no one doing it.
        for (const h of ctx.find(CYCLE)) {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index) || hitsInClauseOf(ctx, h, COUPLE).length === 0) continue;
          if (whoDoesWhat(ctx, s.index, h) || !dvPassage(ctx, s)) continue;
          done.add(s.index);
          reportAt(ctx, h, "unit", { term: termOf(ctx, h) });
        }
        // "Huiselijk geweld is een symptoom van een slecht functionerend gezinssysteem", "het geweld komt voort uit een
        // verstoord interactiepatroon": violence, then a link that makes it a product, then the system, in one clause (fr-gb).
        for (const h of ctx.find(SYSTEM_LINK)) {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index)) continue;
          const span = systemProduct(ctx, h);
          if (!span || whoDoesWhat(ctx, s.index, span) || !dvPassage(ctx, s)) continue;
          done.add(s.index);
          reportAt(ctx, span, "system", { term: termOf(ctx, span) });
        }
        // Partner violence with neutral parties (fr-a): the partner as agent or target, a doublet.
        const neutralFinding = (h: Hit, span: { start: number; end: number; sentence: number } | null) => {
          const s = ownWords(ctx, h);
          if (!span || !s || done.has(s.index) || !policyText(ctx, s.index) || !dvPassage(ctx, s) || !neutralAbout(ctx, s.index)) return;
          done.add(s.index);
          reportAt(ctx, span, "between", { term: termOf(ctx, span) });
        };
        // "Niemand verdient het om door een partner geslagen te worden": a denied or universal-negative statement, not a description.
        const deniedBefore = (h: Hit) => has(ctx, h.sentence, NOBODY) || negatorIn(ctx, ctx.doc.sentences[h.sentence].tokenStart, h.tokStart);
        for (const h of ctx.find(PARTNER_AGENT)) neutralFinding(h, violenceInClause(ctx, h) && !deniedBefore(h) ? h : null);
        for (const h of ctx.find(DOUBLET)) {
          const violent = hitsIn(ctx, h.sentence, [...VIOLENCE, ...BEHAVIOUR, ...ABUSE]).some((v) => !ctx.negated(v));
          neutralFinding(h, violent && !has(ctx, h.sentence, CHILDREN) && doubletIsParty(ctx, h) ? h : null);
        }
        for (const h of [...ctx.find(REJECTION), ...ctx.find(NO_DISTINCTION), ...ctx.find(TAUTOLOGY)]) {
          const span = neutralStance(ctx, h);
          if (!span || done.has(h.sentence)) continue;
          done.add(h.sentence);
          reportAt(ctx, span, "stance", { term: termOf(ctx, span) }, ["gender-add-gender-analysis"]);
        }
        if (!ctx.onTopic) return;
        // Neither check is met: women are not named as victims and gender is no factor in the policy itself.
        if (vawCoverage(ctx).status === "present" || perspectiveCoverage(ctx).status === "present") return;
        const neutral = ctx.find(NEUTRAL).filter((h) => policyText(ctx, h.sentence));
        if (neutral.length < 2) return;
        const counts = new Map<string, number>();
        for (const h of neutral) {
          const t = termOf(ctx, h).toLowerCase();
          counts.set(t, (counts.get(t) ?? 0) + 1);
        }
        const term = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
        ctx.report({ at: "document", messageId: "document", data: { term }, key: "gender-neutral-document" });
      },
    };
  },
});

/**
 * The text's own choice of an approach blind to sex, or null: a rejection with, in its clause, a separate approach for
 * women or girls or a gender-sensitive approach ("geen reden voor een aparte aanpak voor vrouwen", "een gendersensitieve
 * aanpak is niet nodig"); no distinction made with both sexes or the word sex in the clause; "geweld is geweld".
 * Not when the text reports or refutes it, names the gender pattern, negates the rejection ("het is niet zo dat …") or
 * speaks of access to a service ("de hulp staat open voor iedereen, zonder onderscheid …"). The span runs over the parts.
 */
function neutralStance(ctx: RuleContext, h: Hit): { start: number; end: number; sentence: number } | null {
  const s = ownNegativePhrase(ctx, h);
  if (!s || has(ctx, s.index, PATTERN) || !dvPassage(ctx, s)) return null;
  const [from, to] = clauseOf(ctx, h.tokStart);
  let parts: Hit[] = [];
  if (TAUTOLOGY.includes(h.concept)) {
    // A whole clause ("Geweld is geweld, wie het ook treft"), not a definition ("Huiselijk geweld is geweld in …").
    if (from !== h.tokStart || to !== h.tokEnd) return null;
  } else if (REJECTION.includes(h.concept)) {
    // Women may stand in a fronted phrase of the sentence ("Voor vrouwen die …, kiezen we niet voor een eigen aanpak").
    const separate = has(ctx, s.index, FEMALE) ? hitsInClauseOf(ctx, h, SEPARATE) : [];
    const perspective = hitsInClauseOf(ctx, h, ["gender-sensitive-policy", "gender-perspective-term"]);
    const approach = separate[0] ?? perspective[0];
    if (!approach) return null;
    parts = [approach, ...hitsInClauseOf(ctx, approach, FEMALE).filter((f) => f.tokStart > approach.tokStart).slice(0, 1)];
  } else if (NO_DISTINCTION.includes(h.concept)) {
    if (has(ctx, s.index, SERVICE)) return null;
    const sexes = hitsInClauseOf(ctx, h, [...FEMALE, ...MALE, ...SEX_WORD]).filter((x) => x.tokStart >= h.tokStart);
    const both = sexes.some((x) => FEMALE.includes(x.concept)) && sexes.some((x) => MALE.includes(x.concept));
    const word = sexes.find((x) => SEX_WORD.includes(x.concept));
    if (!both && !word) return null;
    parts = [sexes[sexes.length - 1]];
  }
  const all = [h, ...parts];
  return { start: all.reduce((m, x) => Math.min(m, x.start), h.start), end: all.reduce((m, x) => Math.max(m, x.end), h.end), sentence: h.sentence };
}
