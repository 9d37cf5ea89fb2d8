import { BODY_ROLES, clauseSpan, DEFAULT_ROLE_WEIGHTS, hasTitledSections, insideQuotes, presence, quotedAt, topicCoreSentences, type ClauseOptions, type GradedHit, type Hit, type Role, type RuleContext, type Sentence } from "../../engine/rule-api.js";

// Shared helpers for the gender module: concept groups, context tests, the author's own words, reporting,
// and a coverage assessment over a filtered set of hits.

export const FEMALE = ["women", "girls"];
export const MALE = ["men", "boys"];
export const SEXES = [...FEMALE, ...MALE];
/** Words that show a text treats gender as a factor (gender-framing.yml and groups.yml). */
export const PERSPECTIVE = ["gender-perspective-term", "gender-sensitive-policy", "power-inequality", "gender-roles-norms", "power-control-dynamics", "lgbti"];
/** Anything that puts a passage in a domestic-violence context. */
export const DV_CONTEXT = ["dv-core", "dv-context", "dv-victim", "dv-perpetrator", "dv-shelter", "gender-partner-violence-context"];
/** Honour-based violence and harmful practices; shelter. */
export const CULTURALISED = ["gender-culturalised-context"];
export const SHELTER = ["gender-shelter-context"];

/** Does sentence `index` contain a hit of one of these concepts? */
export function has(ctx: RuleContext, index: number, concepts: readonly string[]): boolean {
  return ctx.hits.inSentence(index, concepts).length > 0;
}

/** Hits of these concepts in sentence `index`. */
export function hitsIn(ctx: RuleContext, index: number, concepts: readonly string[]): Hit[] {
  return ctx.hits.inSentence(index, concepts);
}

/** A hit of these concepts within ±window sentences of the same block. */
export function nearBy(ctx: RuleContext, s: Sentence, concepts: readonly string[], window: number): boolean {
  for (let k = s.index - window; k <= s.index + window; k++) {
    const o = ctx.doc.sentences[k];
    if (o && o.block === s.block && has(ctx, k, concepts)) return true;
  }
  return false;
}

/** The hits of these concepts in the sentences that nearBy reads (same paragraph, within `window`). */
export function hitsNearBy(ctx: RuleContext, s: Sentence, concepts: readonly string[], window: number): Hit[] {
  const out: Hit[] = [];
  for (let k = s.index - window; k <= s.index + window; k++) {
    const o = ctx.doc.sentences[k];
    if (o && o.block === s.block) for (const h of hitsIn(ctx, k, concepts)) out.push(h);
  }
  return out;
}

/** A hit of these concepts anywhere in the section of `s` (its heading included). */
export function inSection(ctx: RuleContext, s: Sentence, concepts: readonly string[]): boolean {
  return presence(ctx, concepts).sections.has(s.section);
}

/** Is the section of `s`, or one of its parent sections, titled with one of these concepts? */
export function sectionTitledWith(ctx: RuleContext, s: Sentence, concepts: readonly string[]): boolean {
  const headings = new Set<number>();
  let sec = ctx.doc.sections[s.section];
  while (sec && sec.index > 0) {
    headings.add(sec.headingBlock);
    sec = ctx.doc.sections[sec.parent ?? 0];
  }
  const p = presence(ctx, concepts);
  for (const b of headings) if (p.blocks.has(b)) return true;
  return false;
}

/**
 * The author's own, affirmed words: not a footnote, not a view the text reports at a distance (distanced), not negated. (The engine's negation
 * stops at a relative clause: "we denken niet zo snel aan stellen die over en weer slaan" is a framing.)
 */
export function ownWords(ctx: RuleContext, hit: Hit, opts: { negation?: boolean } = {}): Sentence | null {
  const s = ctx.doc.sentences[hit.sentence];
  if (s.blockType === "footnote") return null;
  if (reportedView(ctx, hit)) return null;
  // "zei tegen de rechter dat …", "in zijn verhoor hield de man vol dat …": a party's account in a criminal case.
  if (has(ctx, s.index, TESTIMONY)) return null;
  // A form that holds its own negation ("had ze maar niet", "ga nooit alleen naar huis") asks without it. Otherwise a
  // negation in the gap of a split phrase negates it too ("Armoede lokt het geweld niet uit", fr-stress).
  if (opts.negation !== false && (ctx.negated(hit) || ctx.negatedInGap(hit))) return null;
  if (mentioned(ctx, hit)) return null;
  // "het familiedrama, zoals de pers het noemde, bleek femicide": an aside attributes the name (asideLabel).
  if (asideLabel(ctx, hit) === "kept") return null;
  // "Er was sprake van een 'familiedrama'. In werkelijkheid …": scare quotes with a contradiction near (scareQuoted).
  if (scareQuoted(ctx, s, hit)) return null;
  if (refuted(ctx, hit)) return null;
  return s;
}

/**
 * Someone else's words the text keeps at a distance: an attributed or stated hit that is quoted as a mention, or whose
 * speaker is the public, a lay party or a party to the case ("omstanders vragen zich af", "zijn familie denkt dat …",
 * "de verdachte vindt dat …"), not the author ("wij vinden dat …", "ik denk dat …") nor an expert passing it on.
 */
export function reportedView(ctx: RuleContext, hit: Hit): boolean {
  const s = ctx.doc.sentences[hit.sentence];
  return (ctx.attributed(hit) || has(ctx, s.index, STATEMENT)) && (quotedMention(ctx, s, hit) || distanced(ctx, s));
}

/**
 * Words in quotation marks inside a sentence that is not itself a quotation ("storen wij ons aan de termen
 * “drama's in de relationele sfeer”") are mentioned, not used: the text holds them at a distance.
 */
function quotedMention(ctx: RuleContext, s: Sentence, hit: Hit): boolean {
  return !s.quoted && !s.reported && insideQuotes(ctx.doc.text.slice(s.start, s.end), hit.start - s.start);
}

/** "het begrip …", "het label …": a noun that names the term right after it (gender-framing-sentences.yml). */
const MENTION_NOUN = ["gender-mention-noun"];
/** Verbs of which the term is the object: "noemen het een …", "spreken zelden nog over een …", "spreekt niet langer van". */
const MENTION_VERB = ["gender-mention-verb", "gender-framing-label-verb"];
/** "minder", "stoppen met", "vermijden": the name is used less or no longer (besides the negators). */
const MENTION_CHANGE = ["gender-mention-change"];
/** Every concept mentioned() reads (for a rule's `uses`, through REFUTATION). */
const MENTION = [...MENTION_NOUN, ...MENTION_VERB, ...MENTION_CHANGE];
/** Tokens between a verb of naming and the term it names ("noemen het steeds minder vaak een relatiedrama"). */
const MENTION_REACH = 5;

/**
 * Is the framing term `h` named rather than used, without quotation marks? A noun for a name right before it ("het
 * begrip afkoelingsperiode hoort niet in …") or a verb of naming with the term as its object ("redacties noemen het
 * geen gezinsdrama meer", "verslaggevers spreken zelden nog over een relatiedrama"), with a negation or a change of use in
 * the clause: the text reports on the word and how it is used, it does not frame with it. Without the negation or
 * change it is the speaker's label ("het label relatiedrama past hier").
 */
export function mentioned(ctx: RuleContext, h: Hit): boolean {
  // Every framing hit passes here: the sentence's name nouns and naming verbs first, the clause only when there are some.
  const nouns = hitsIn(ctx, h.sentence, MENTION_NOUN);
  const verbs = hitsIn(ctx, h.sentence, MENTION_VERB);
  if ((nouns.length === 0 && verbs.length === 0) || !changeOfUse(ctx, h)) return false;
  if (nouns.some((n) => n.tokEnd === h.tokStart)) return true;
  const [from, to] = clauseOf(ctx, h.tokStart);
  return verbs.some(
    (v) =>
      v.tokStart >= from &&
      v.tokEnd <= to &&
      (v.tokEnd <= h.tokStart ? h.tokStart - v.tokEnd <= MENTION_REACH : v.tokStart >= h.tokEnd && v.tokStart - h.tokEnd <= MENTION_REACH),
  );
}

/** A negation or a change of use ("minder", "stoppen met") in the clause of hit `h`. */
function changeOfUse(ctx: RuleContext, h: Hit): boolean {
  const [from, to] = clauseOf(ctx, h.tokStart);
  return negatorIn(ctx, from, to) || hitsIn(ctx, h.sentence, MENTION_CHANGE).some((c) => c.tokStart >= from && c.tokEnd <= to);
}

/** The setting in which a party to a criminal case gives its account ("tegen de rechter", "in zijn verhoor"). */
export const TESTIMONY = ["gender-testimony-setting"];
/** Speakers whose reported words are a view the text describes, and verbs that keep a claim at a distance. */
export const DISTANCED_VIEW = ["gender-distanced-speaker", "gender-distancing-verb"];
/** Perpetrators, suspects and victims speaking for themselves ("verklaarde de verdachte", "slachtoffers zeggen"). */
const SPEAKING_PARTIES = ["gender-perpetrator", "gender-victimhood-predicate", "gender-criminal-case"];
/** The words of those concepts that name a party as speaker ("de verdachte", "slachtoffers"): gender-grammar.yml. */
const SPEAKING_PARTY = ["gender-speaking-party"];
/** "verklaarde", "vertelde": a party's statement in a news item, beside the reporting verbs (gender-grammar.yml). */
const STATEMENT = ["gender-party-statement-verb"];
/** Tokens between a reporting verb (or "volgens", "aldus") and its speaker. */
const SPEAKER_REACH = 3;

/**
 * Is the reported speech in sentence `s` kept at a distance? A text that explains partner violence through an
 * expert, an official or the police ("volgens de politie ging het om een uit de hand gelopen ruzie", "de
 * directeur denkt dat de crisis de oorzaak is") passes that framing on; a text that reports an attitude of the
 * public, young people, perpetrators or victims ("jongeren zeggen dat geweld wordt uitgelokt"), or a claim it
 * distances itself from ("critici beweren dat"), describes a view. A block quote is a testimony.
 */
export function distanced(ctx: RuleContext, s: Sentence): boolean {
  if (s.blockType === "quote") return true;
  const { tokens, cues } = ctx.doc;
  const views = hitsIn(ctx, s.index, DISTANCED_VIEW);
  if (views.some((h) => h.concept === "gender-distancing-verb")) return true;
  const party = new Set(hitsIn(ctx, s.index, SPEAKING_PARTY).map((h) => h.tokStart));
  const speakers = [...views.filter((h) => h.concept === "gender-distanced-speaker"), ...hitsIn(ctx, s.index, SPEAKING_PARTIES).filter((h) => party.has(h.tokStart))];
  if (speakers.length === 0) return false;
  const statements = new Set(hitsIn(ctx, s.index, STATEMENT).map((h) => h.tokStart));
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const n = tokens.normAt(k);
    if (!cues.reportingVerbs.has(n) && !cues.accordingTo.has(n) && !cues.attributionMarkers.has(n) && !statements.has(k)) continue;
    if (speakers.some((h) => (h.tokStart > k && words(ctx, k, h.tokStart) <= SPEAKER_REACH) || (h.tokEnd <= k && words(ctx, h.tokEnd, k) <= SPEAKER_REACH))) return true;
  }
  return false;
}

/** Tokens from a to b, numbers not counted: "volgens de 45-jarige verdachte" (45 and jarige are two tokens) is as near as "volgens de jonge verdachte". */
function words(ctx: RuleContext, a: number, b: number): number {
  let n = 0;
  for (let k = a; k < b; k++) if (!/^\d/.test(ctx.doc.tokens.normAt(k))) n++;
  return n;
}

/** A document without headings that name a role counts as policy body throughout (engine rule); otherwise goals, measures and monitoring. */
export function inBody(ctx: RuleContext, s: Sentence, roles: readonly Role[] = BODY_ROLES): boolean {
  return !hasTitledSections(ctx.doc.sections) || roles.includes(s.role);
}

/** Do tokens a and b (token indices) lie within `gap` tokens of each other in one sentence? */
export function tokensNear(a: Hit, b: Hit, gap: number): boolean {
  return a.sentence === b.sentence && (Math.abs(a.tokStart - b.tokEnd) <= gap || Math.abs(b.tokStart - a.tokEnd) <= gap);
}

/** Hits a check has marked as concrete evidence by themselves. */
const concrete = new WeakSet<Hit>();

/** Marks a hit as concrete evidence (strong wherever it stands in the body). */
export function strongHit(h: Hit): Hit {
  if (concrete.has(h)) return h;
  // A copy that keeps the hit's class (an engine hit reads its values through getters, which a spread would drop).
  const c: Hit = Object.assign(Object.create(Object.getPrototypeOf(h) as object) as Hit, h);
  concrete.add(c);
  return c;
}

/**
 * Hits as graded evidence for the engine's coverage assessment (`assessCoverage({ graded })`): the ones a check marked
 * concrete (strongHit) are strong, the `weak` ones passing mentions; where a hit comes twice the best grade counts.
 */
export function gradedHits(hits: readonly Hit[], weak?: (h: Hit) => boolean): GradedHit[] {
  return hits.map((hit) => ({ hit, grade: weak?.(hit) ? "weak" : concrete.has(hit) ? "strong" : undefined }));
}

/**
 * Reports a framing finding at a hit, weighted by the role of its section with the engine's role weights (a framing
 * in a goal or measure is policy, in the analysis it may be a description, in an appendix it weighs least).
 * The framing rules judge how domestic violence is framed. In a text judged off-topic whose passage names another
 * field (sport, school, nightlife, traffic, work: otherSettingPassage) a finding stands only when the passage is also
 * about violence at home or between partners (domesticPassage): "bij de voetbalclub liep een ruzie tussen twee
 * spelers uit de hand" is no framing of domestic violence. A short text with only loose words ("Armoede lokt het
 * geweld uit") keeps its finding: the rules' own context tests (dvPassage) count those on purpose, since news items
 * and pasted paragraphs rarely say "huiselijk geweld". One gate here for every framing rule (issue 13 point 4).
 */
export function reportAt(ctx: RuleContext, at: { start: number; end: number; sentence: number }, messageId: string, data: Record<string, string>, remedies?: string[]): void {
  const s = ctx.doc.sentences[at.sentence];
  if (!ctx.onTopic && otherSettingPassage(ctx, s) && !domesticPassage(ctx, s)) return;
  reportWeighted(ctx, at, messageId, data, remedies);
}

/** Reports a located finding weighted by its section's role, whatever the topic (a language matter, generic-masculine). */
export function reportWeighted(ctx: RuleContext, at: { start: number; end: number; sentence: number }, messageId: string, data: Record<string, string>, remedies?: string[]): void {
  const s = ctx.doc.sentences[at.sentence];
  ctx.report({ at: { start: at.start, end: at.end }, sentence: s.index, messageId, data, weight: DEFAULT_ROLE_WEIGHTS[s.role], ...(remedies ? { remedies } : {}) });
}

/** Sentences within this distance in the paragraph carry a passage's subject (as dvPassage's window). */
const DOMESTIC_WINDOW = 2;
/**
 * Words that place a passage at home or between intimates: violence against women or partner violence by name,
 * honour-based violence, the relationship, the partners and the household or family (topic dv-partners, dv-setting;
 * gender lexicon RELATIONSHIP). Their absence tells a fight between players or colleagues from one between partners.
 */
const DOMESTIC_TERMS = ["violence-against-women", "gender-partner-violence-context", ...CULTURALISED, "dv-partners", "dv-setting"];
/** A woman (or "ze", "zijn vrouw") and a man ("hij") as the two parties: "hij sloeg haar", "zij tartte hem". */
const FEMALE_PARTY = [...FEMALE, "gender-blamed-party", "gender-sexed-pronoun"];
const MALE_PARTY = [...MALE, "gender-male-subject"];
/**
 * Other policy fields whose own violence and conflict the framings are not about (lexicon topic-other, as the coverage
 * checks' rules/engine/rules/kinds/other-field.ts): traffic, property crime and nuisance, school bullying and sport,
 * health, animals, and public order and nightlife (other-crime-order: horeca, uitgaansleven, handhavers); and the
 * settings and parties of the gender lexicon (gender-other-setting: spelers, leerlingen, collega's, kroeg, aanrijding).
 * Not debts and housing, nor care and work: those are the stress causes and support services of a domestic-violence
 * passage.
 */
const OTHER_SETTINGS = ["other-traffic-disaster", "other-property-nuisance", "other-school-sport-media", "other-health", "other-animals", "other-crime-order", "gender-other-setting"];

/** Does the passage of `s` (±DOMESTIC_WINDOW sentences of its paragraph) name another field? */
export function otherSettingPassage(ctx: RuleContext, s: Sentence): boolean {
  return nearBy(ctx, s, OTHER_SETTINGS, DOMESTIC_WINDOW);
}

/**
 * Is the passage of `s` about violence in a domestic or intimate relationship? Within ±DOMESTIC_WINDOW sentences of
 * its paragraph: a sentence the topic detector counts as core (a term for domestic violence or one of its forms, the
 * partners with a violent act, the home with violence), or one in its titled section; a word for the relationship,
 * the partners or the household (DOMESTIC_TERMS, RELATIONSHIP); or a woman and a man as the parties. Loose words
 * (geweld, agressie, ruzie, slachtoffer, dader) do not count: they name a fight between players as well.
 */
export function domesticPassage(ctx: RuleContext, s: Sentence): boolean {
  const sentences = ctx.doc.sentences;
  for (const k of topicCoreSentences(ctx.hits)) {
    const o = sentences[k];
    // Near in the paragraph, or anywhere in the same titled section (an untitled text is not one passage).
    if ((o.block === s.block && Math.abs(k - s.index) <= DOMESTIC_WINDOW) || (s.section > 0 && o.section === s.section)) return true;
  }
  if (nearBy(ctx, s, [...DOMESTIC_TERMS, ...RELATIONSHIP], DOMESTIC_WINDOW)) return true;
  // The woman and the man are two words: a lone "hij", which both pronoun lists hold, is one party (fr-cause's
  // twoParties, measured per rule and made the only reading by framing2: no eval figure moved for any rule).
  const men = hitsNearBy(ctx, s, MALE_PARTY, DOMESTIC_WINDOW);
  return men.length > 0 && hitsNearBy(ctx, s, FEMALE_PARTY, DOMESTIC_WINDOW).some((w) => !men.some((m) => m.start < w.end && w.start < m.end));
}

/** The matched words of a hit. */
export function termOf(ctx: RuleContext, h: { start: number; end: number }): string {
  return ctx.doc.text.slice(h.start, h.end).replace(/\s+/g, " ");
}

// ---- sentence-level framing: the sentence's own context ----

/** Words for violence itself (partner violence, a blow, abuse, unsafety at home), not the loose context words. */
export const VIOLENCE = ["gender-violence-act", "gender-violent-behaviour", "dv-core", "gender-partner-violence-context"];
/** The relationship or the household: a quarrel there is a quarrel between partners or in the family. */
export const PARTNERS = ["gender-partner-persons", "gender-couple-unit"];
export const RELATIONSHIP = ["gender-relationship-context", "gender-relationship-noun", ...PARTNERS];
/** Words for violence or its parties that, next to the relationship or household, place a passage between partners. */
export const PARTNER_VIOLENCE_PARTIES = ["gender-violence-act", "gender-violent-behaviour", "gender-perpetrator", "gender-victimhood-predicate"];

/**
 * Violence between partners or in the family described without a term for domestic violence: an affirmed word for
 * violence, a victim or a perpetrator, and the relationship or household, each in the sentence or within `window`
 * sentences of its paragraph ("Veel slachtoffers zoeken pas laat hulp. In een gesprek met beide partners …"). News
 * items, vignettes and practice pages rarely say "huiselijk geweld".
 */
export function partnerViolenceAround(ctx: RuleContext, s: Sentence, window = 1): boolean {
  let violence = false;
  for (let k = s.index - window; k <= s.index + window && !violence; k++) {
    const o = ctx.doc.sentences[k];
    if (o && o.block === s.block) violence = hitsIn(ctx, k, PARTNER_VIOLENCE_PARTIES).some((v) => !ctx.negated(v));
  }
  return violence && nearBy(ctx, s, RELATIONSHIP, window);
}

/**
 * Words that name the gender pattern itself (power and control, inequality between women and men), and violence called a
 * pattern of power or control over the other ("een patroon van controle", "oefent macht uit over de ander"): a sentence
 * that says so sets the pattern against a quarrel, a circumstance or an incident.
 */
export const PATTERN = ["power-inequality", "power-control-dynamics", "gender-power-pattern"];
/** Child or elder abuse by name, and the terms that make a sentence about domestic or partner violence in general. */
const CHILD_ELDER = ["gender-child-elder-abuse"];
const GENERAL_DV = ["gender-neutral-term", "gender-partner-violence-context", "violence-against-women"];

/**
 * Is sentence `i` about child or elder abuse only ("bij ouderenmishandeling is de mishandeling het resultaat van
 * conflicten")? Explaining those by stress or family conflict is another discussion than partner violence.
 */
export function childOrElderOnly(ctx: RuleContext, i: number): boolean {
  return has(ctx, i, CHILD_ELDER) && !has(ctx, i, GENERAL_DV);
}

/** "spreekt van", "wordt … genoemd": a reported name, mostly other people's view (officialLabel tells when not). */
const LABEL_VERB = ["gender-framing-label-verb"];
/** Words with which a text refutes a picture or presents it as other people's view. */
export const COUNTER_CUE = ["gender-framing-counter", ...LABEL_VERB];
/** The police, justice and the press as speakers of a name (gender-framing-sentences.yml). */
const OFFICIAL_SPEAKER = ["gender-official-speaker"];
/** The text's own words for what happened: femicide, gendered violence, power and control. */
const NAMED_AGAINST = ["violence-against-women", "gender-perspective-term", ...PATTERN];
/** Words that set a clause against a reported name: "terwijl", "in plaats van", "maar", "in werkelijkheid". */
const CONTRAST_WORDS = ["gender-label-contrast", "gender-refutation-turn", "gender-refutation-reality"];
/**
 * What contradicts a reported name in its sentence: "terwijl", "in plaats van", "maar", "in werkelijkheid", or the
 * text's own words set against it (femicide, gendered violence, power and control, a gender perspective).
 */
const LABEL_CONTRAST = [...CONTRAST_WORDS, ...NAMED_AGAINST];
/** Killing as a word: the participles and "moord" (gender-lethal-violence), the verb forms and "doding" (gender-lethal-act). */
const LETHAL = ["gender-lethal-violence", "gender-lethal-act"];
/** "het was", "het ging om", "bleek", "in feite": what something was, right before the name the text gives it. */
const NAMED_AS = ["gender-named-as-frame"];
/** The victim of a killing named against a label: a woman or the partner ("zijn ex-vrouw", "een vrouw", "zijn partner"). */
const KILLED = [...FEMALE, ...PARTNERS];
/** Every concept killingNamed reads (for a rule's `uses`, through REFUTATION). */
const KILLING = [...LETHAL, ...NAMED_AS, ...KILLED, ...CONTRAST_WORDS];
/** Tokens between the frame and the killing it names ("het was de moord", "ging het om de doding"). */
const NAMED_AS_GAP = 1;

/**
 * Does sentence `i` name, from token `after` on, the killing of a woman or the partner as what happened? A word of
 * killing (not negated) with a woman or the partner in its clause, right after a frame that says what it was ("…; het
 * was de moord op een vrouw door haar ex-partner", "…, was in feite de doding van zijn vrouw"), or, where `contrast`
 * allows, after a word that sets it against what came before ("…, terwijl hij zijn vrouw had doodgestoken", "…, maar hij
 * doodde zijn ex-vrouw"). Named so, the killing contradicts a label as femicide does. A plain report of a killing ("een
 * man heeft zijn vrouw gedood", "het familiedrama kostte een vrouw het leven") names no contradiction: a news item
 * that passes the police's label on tells what happened too (framing, eighth session).
 */
function killingNamed(ctx: RuleContext, i: number, after: number, contrast: boolean): boolean {
  const lethal = hitsIn(ctx, i, LETHAL);
  if (lethal.length === 0) return false;
  const frames = hitsIn(ctx, i, NAMED_AS);
  const contrasts = contrast ? hitsIn(ctx, i, CONTRAST_WORDS) : [];
  const victims = hitsIn(ctx, i, KILLED);
  return lethal.some((l) => {
    if (l.tokStart < after || ctx.negated(l)) return false;
    const [from, to] = clauseOf(ctx, l.tokStart);
    if (!victims.some((v) => v.tokStart >= from && v.tokEnd <= to)) return false;
    if (frames.some((f) => f.tokStart >= Math.max(from, after) && f.tokEnd <= l.tokStart && l.tokStart - f.tokEnd <= NAMED_AS_GAP)) return true;
    return contrasts.some((c) => c.tokStart >= after && c.tokEnd <= l.tokStart);
  });
}

/**
 * Is the reported name or framing hit `h` contradicted: in its sentence by a contrast or the text's own name, or a
 * killing named after it; or by the next sentence (contradictedNext)?
 */
function contradicted(ctx: RuleContext, h: Hit): boolean {
  return has(ctx, h.sentence, LABEL_CONTRAST) || killingNamed(ctx, h.sentence, h.tokEnd, false) || contradictedNext(ctx, h.sentence);
}

/**
 * Does the next sentence of the paragraph contradict a name given in sentence `i`? It opens with a turn or "in
 * werkelijkheid" and names what it was after that: femicide, gendered violence, power and control, or the killing of
 * a woman or the partner ("Het weekblad sprak van een gezinsdrama. In werkelijkheid wurgde hij zijn vrouw.").
 * Decision (framing4): the turn alone ("Maar de buren zijn geschokt.") or the name alone ("Hij doodde zijn vrouw en
 * daarna zichzelf.", a news item telling what happened) is no contradiction; both together are.
 */
function contradictedNext(ctx: RuleContext, i: number): boolean {
  const s = ctx.doc.sentences[i];
  const next = ctx.doc.sentences[i + 1];
  if (!next || next.block !== s.block) return false;
  const turn = hitsIn(ctx, next.index, CONTRAST_WORDS).find((t) => t.tokStart - next.tokenStart < QUOTE_TURN_REACH);
  if (!turn) return false;
  return hitsIn(ctx, next.index, NAMED_AGAINST).some((n) => n.tokStart >= turn.tokEnd && !ctx.negated(n)) || killingNamed(ctx, next.index, turn.tokStart, true);
}

/** "noemde", "sprak … van", "omschreef … als": finite active forms only ("er is sprake van" has no speaker). */
const NAMING_VERB = ["gender-naming-verb-active"];

/**
 * Is the framing term `h` the object of an active verb of naming before it in its clause ("de politie noemde het een
 * gezinsdrama", "de krant sprak van een familiedrama")? Then it is a name someone gave, as with "wordt … genoemd".
 */
function namedBy(ctx: RuleContext, h: Hit): boolean {
  return hitsInClauseOf(ctx, h, NAMING_VERB).some((v) => v.tokEnd <= h.tokStart && h.tokStart - v.tokEnd <= MENTION_REACH);
}

/** "zoals" opening an aside next to a framing term ("het gezinsdrama, zoals de krant het noemde, …"). */
const ASIDE = ["gender-label-aside"];
/** The verbs of naming such an aside holds: "noemde", "omschreef", "wordt … genoemd". */
const ASIDE_VERB = [...MENTION_VERB, "gender-aside-verb"];
/** Every concept officialLabel and asideLabel read (for a rule's `uses`, through REFUTATION). */
const OFFICIAL_LABEL = [...LABEL_VERB, ...OFFICIAL_SPEAKER, ...LABEL_CONTRAST, ...ASIDE, ...ASIDE_VERB, ...KILLING, ...NAMING_VERB];

/**
 * Is the reported name `c` ("spreekt van", "wordt … genoemd") one the text passes on? Spoken by the police, justice,
 * the press or the author ("de politie spreekt van een familiedrama", "in de media wordt gesproken van …", "wij
 * spreken van …"), not negated or changed ("spreekt niet langer van": a mention), with nothing in the sentence that
 * contradicts it: then it is the same framing as "volgens de politie ging het om een familiedrama", which a news
 * item passes on. With a contradiction ("…, terwijl het om femicide gaat", "de pers spreekt van een
 * relatiedrama, dit plan van femicide") it is a refutation; anyone else's name (buurtbewoners, onderzoekers) is a view the text reports.
 */
function officialLabel(ctx: RuleContext, c: Hit): boolean {
  if (!LABEL_VERB.includes(c.concept) || changeOfUse(ctx, c) || contradicted(ctx, c)) return false;
  const s = ctx.doc.sentences[c.sentence];
  // The speaker within the reach of the verb, before or after it, or inside a split verb ("wordt door de politie … genoemd").
  const near = (a: number, b: number) => (b <= c.tokStart ? words(ctx, b, c.tokStart) : a >= c.tokEnd ? words(ctx, c.tokEnd, a) : 0) <= SPEAKER_REACH;
  if (hitsIn(ctx, s.index, OFFICIAL_SPEAKER).some((o) => near(o.tokStart, o.tokEnd))) return true;
  const { tokens, cues } = ctx.doc;
  for (let k = Math.max(s.tokenStart, c.tokStart - SPEAKER_REACH); k < Math.min(s.tokenEnd, c.tokEnd + SPEAKER_REACH); k++) {
    if (cues.authorSubjects.has(tokens.normAt(k)) && near(k, k + 1)) return true;
  }
  return false;
}

/**
 * The aside that says whose name the framing term `h` is: a clause opened by "zoals" with a verb of naming after it,
 * right after the term ("het familiedrama, zoals de politie het noemde, …", "het drama zoals de pers het noemt") or
 * right before the term's clause ("het was, zoals de krant het omschreef, een gezinsdrama"). Its token range, or null.
 */
function labelAside(ctx: RuleContext, h: Hit): [number, number] | null {
  const asides = hitsIn(ctx, h.sentence, ASIDE);
  if (asides.length === 0) return null;
  const [from, to] = clauseOf(ctx, h.tokStart);
  const verbs = hitsIn(ctx, h.sentence, ASIDE_VERB);
  for (const z of asides) {
    const [a, b] = clauseOf(ctx, z.tokStart);
    const next = z.tokStart === h.tokEnd;
    if (!next && (a !== z.tokStart || (a !== to && b !== from))) continue;
    if (verbs.some((v) => v.tokStart > z.tokEnd && v.tokEnd <= b)) return [z.tokStart, b];
  }
  return null;
}

/**
 * How an aside reads the framing term `h` (null: no aside). The aside attributes the name: with a contradiction in the
 * sentence ("…, zoals de pers het noemde, bleek femicide", "zoals de politie het in eerste instantie noemde") or a
 * negation or change in the aside it is refuted or mentioned ("kept": not the text's framing); spoken by the police,
 * justice, the press or the author it is passed on ("passed", as officialLabel reads "de politie spreekt van …");
 * anyone else's name ("zoals de buren het noemden") is a view the text reports ("kept").
 */
function asideLabel(ctx: RuleContext, h: Hit): "passed" | "kept" | null {
  const aside = labelAside(ctx, h);
  if (!aside) return null;
  const [a, b] = aside;
  if (contradicted(ctx, h) || negatorIn(ctx, a, b) || hitsIn(ctx, h.sentence, MENTION_CHANGE).some((c) => c.tokStart >= a && c.tokEnd <= b)) return "kept";
  if (hitsIn(ctx, h.sentence, OFFICIAL_SPEAKER).some((o) => o.tokStart >= a && o.tokEnd <= b)) return "passed";
  const { tokens, cues } = ctx.doc;
  for (let k = a; k < b; k++) if (cues.authorSubjects.has(tokens.normAt(k))) return "passed";
  return "kept";
}

/** Per document, the sentences that hold a quotation mark at all: every framing hit asks, most sentences hold none. */
const QUOTE_MARKS = new WeakMap<object, Map<number, boolean>>();
const QUOTE_MARK = /["“”„«»'‘’‚]/;
function hasQuoteMark(ctx: RuleContext, s: Sentence): boolean {
  let bySentence = QUOTE_MARKS.get(ctx.doc);
  if (!bySentence) QUOTE_MARKS.set(ctx.doc, (bySentence = new Map()));
  let marked = bySentence.get(s.index);
  if (marked === undefined) bySentence.set(s.index, (marked = QUOTE_MARK.test(ctx.doc.text.slice(s.start, s.end))));
  return marked;
}

/** Tokens from the start of the next sentence within which a turn answers a quoted term ("Maar in feite …"). */
const QUOTE_TURN_REACH = 2;

/**
 * Is the framing term `h` in quotation marks without a speaker, with a contradiction in its sentence or the next one
 * of its paragraph? Quotes alone do not make a mention: a news item that writes "er was sprake van een
 * 'familiedrama'" mostly quotes the police and passes the label on (flagged, as "de politie spreekt van …"). With a
 * contradiction the quotes hold the word at a distance: in the sentence the one officialLabel reads ("terwijl", "in
 * plaats van", a turn, "in werkelijkheid", femicide, gendered violence, power and control); in the next sentence the
 * text's own name or "in werkelijkheid" anywhere, or a turn at its start ("Maar het was …").
 */
function scareQuoted(ctx: RuleContext, s: Sentence, h: Hit): boolean {
  if (s.quoted || s.reported || !hasQuoteMark(ctx, s) || !quotedAt(ctx.doc.text.slice(s.start, s.end), h.start - s.start, h.end - s.start)) return false;
  if (contradicted(ctx, h)) return true;
  const next = ctx.doc.sentences[s.index + 1];
  if (!next || next.block !== s.block) return false;
  if (has(ctx, next.index, [...NAMED_AGAINST, ...REALITY]) || killingNamed(ctx, next.index, next.tokenStart, false)) return true;
  return hitsIn(ctx, next.index, [...LABEL_CONTRAST, ...TURN]).some((t) => t.tokStart - next.tokenStart < QUOTE_TURN_REACH);
}

/** "In tegenstelling tot wat vaak wordt gedacht, …": the cited picture is set against the text's own claim. */
export const CONTRARY_BELIEF = ["gender-contrary-belief"];

/**
 * Does sentence `i` refute a picture or present it as other people's view? A cited belief that the text sets its
 * own claim against ("in tegenstelling tot wat vaak wordt gedacht, zijn vrouwen even vaak dader") does not count.
 */
export function countered(ctx: RuleContext, i: number, except?: Hit): boolean {
  // The cited belief stands in the clause of the contrary phrase ("in tegenstelling tot wat vaak wordt gedacht,").
  const clauses = hitsIn(ctx, i, CONTRARY_BELIEF).map((b) => clauseOf(ctx, b.tokStart));
  // `except`: a framing phrase that holds a counter word itself ("geen onderscheid maken") is not countered by it.
  const inside = (c: Hit) => except !== undefined && c.tokStart < except.tokEnd && c.tokEnd > except.tokStart;
  return hitsIn(ctx, i, COUNTER_CUE).some((c) => !inside(c) && !clauses.some(([from, to]) => c.tokStart >= from && c.tokEnd <= to) && !officialLabel(ctx, c));
}

/**
 * The author's own words for a phrase that holds its negation in its meaning ("geen reden voor een aparte aanpak",
 * "er zijn geen daders en slachtoffers"): own words read without that negation, not countered (a counter word inside
 * the phrase itself does not count), and no negation before it in its clause, which would deny the denial ("het is niet
 * zo dat er geen … is").
 */
export function ownNegativePhrase(ctx: RuleContext, h: Hit): Sentence | null {
  const s = ownWords(ctx, h, { negation: false });
  if (!s || countered(ctx, s.index, h)) return null;
  const [from] = clauseOf(ctx, h.tokStart);
  return negatorIn(ctx, from, h.tokStart) ? null : s;
}

/** Words that call a cited picture wrong or reject it: the refutation words, verdicts, the text's own rejection. */
const REFUTING = [...COUNTER_CUE, "gender-refutation-verdict", "gender-refutation-stance", "gender-refutation-cited"];
/** "…, terwijl het in werkelijkheid om macht gaat": what stands before is refuted, what follows is the text's claim. */
const REALITY = ["gender-refutation-reality"];
/** "geen excuus", "verklaart het geweld niet": an excuse or explanation word with a negation in its clause. */
const EXCUSE = ["gender-refutation-excuse"];
/** "Nee, …", "Integendeel": a sentence that answers the one before with a no. */
const ANSWER = ["gender-refutation-answer"];
/** "dat", "dit": a refutation that refers back ("…, maar dat klopt niet", "Dat is een misverstand."). */
const BACK = ["gender-refutation-anaphor"];
/** Verdicts that refute the sentence before after a word referring back ("Dat klopt niet."), not mere mentions ("Dit wordt … genoemd"). */
const BACK_VERDICT = ["gender-refutation-verdict", "gender-refutation-stance", "gender-refutation-back"];
/** "maar", "echter": after a refutation the text starts its own claim ("het is geen excuus, maar stress is de oorzaak"). */
const TURN = ["gender-refutation-turn", ...REALITY];
/** Every concept refuted() reads (for a rule's `uses`). */
export const REFUTATION = [...MENTION, ...OFFICIAL_LABEL, ...STATEMENT, ...REFUTING, ...CONTRARY_BELIEF, ...EXCUSE, ...ANSWER, ...BACK, ...BACK_VERDICT, ...TURN, ...TESTIMONY];
/** Tokens from the start of the next sentence within which its refutation must stand ("Dat is een hardnekkig misverstand."). */
const ANSWER_REACH = 5;

/**
 * Is the framing hit `h` named in order to reject it? A refutation in its sentence reaches it (1) in one clause
 * ("het fabeltje dat partnergeweld een uit de hand gelopen ruzie is"; "stress is nooit een excuus"); (2) from
 * after it ("het idee dat … ontstaat, is onjuist"), unless a turn ("maar") starts a claim of the refutation's
 * own that does not refer back ("…, maar dat klopt niet" refers back); (3) from before it ("er wordt vaak
 * gesuggereerd dat mannen en vrouwen evenveel …"), unless a turn lies between ("het is een mythe, maar stress is
 * wel de oorzaak": the text's own claim). A refutation that is itself negated ("het is geen mythe") or cites a
 * contrary belief ("in tegenstelling tot wat vaak wordt gedacht, …") does not count; an excuse word counts only
 * negated and only in the clause of the hit or after it without a turn ("stress leidt tot geweld, maar dat is
 * geen excuus" grants the cause). Or the next sentence of the paragraph rejects it ("Nee, …", "Dat klopt niet.").
 */
export function refuted(ctx: RuleContext, h: Hit): boolean {
  const i = h.sentence;
  const [from, to] = clauseOf(ctx, h.tokStart);
  const turns = hitsIn(ctx, i, TURN);
  const turnIn = (a: number, b: number) => turns.filter((t) => t.tokStart >= a && t.tokEnd <= b);
  const back = hitsIn(ctx, i, BACK);
  // After the last turn before the refutation, does the refutation's clause open with a word that refers back?
  const refersBack = (c: Hit) => {
    const ts = turnIn(h.tokEnd, c.tokStart);
    const last = ts[ts.length - 1];
    return back.some((b) => b.tokStart === last.tokEnd);
  };
  const contrary = hitsIn(ctx, i, CONTRARY_BELIEF).map((b) => clauseOf(ctx, b.tokStart));
  for (const c of hitsIn(ctx, i, REFUTING)) {
    if (c === h || contrary.some(([a, b]) => c.tokStart >= a && c.tokEnd <= b) || ctx.negated(c) || cancelled(ctx, c) || officialLabel(ctx, c)) continue;
    if (c.tokStart >= from && c.tokEnd <= to) return true;
    if (c.tokStart >= h.tokEnd ? turnIn(h.tokEnd, c.tokStart).length === 0 || refersBack(c) : turnIn(c.tokEnd, h.tokStart).length === 0) return true;
  }
  // "…, terwijl het in werkelijkheid om macht en controle gaat": reality set against the clause before.
  if (hitsIn(ctx, i, REALITY).some((r) => r.tokStart >= to)) return true;
  // "Volgens de politie ging het om een familiedrama, terwijl het femicide was": a reported framing that a later clause
  // names for what it was (femicide, gendered violence, power and control) is refuted, as a reported name is.
  if (ctx.attributed(h) && hitsIn(ctx, i, NAMED_AGAINST).some((r) => r.tokStart >= to)) return true;
  // "Volgens de politie ging het om een familiedrama, terwijl hij zijn vrouw had doodgestoken": the killing named after it.
  if (ctx.attributed(h) && killingNamed(ctx, i, to, true)) return true;
  // "Een agent noemde het een gezinsdrama, terwijl het een partnerdoding betrof": a name given by an active verb of naming,
  // contradicted as a reported name is (framing4); "Volgens de politie ging het om een familiedrama. In werkelijkheid
  // doodde hij zijn vrouw.": a reported framing contradicted by the next sentence.
  if (namedBy(ctx, h) && contradicted(ctx, h)) return true;
  if (ctx.attributed(h) && contradictedNext(ctx, i)) return true;
  for (const c of hitsIn(ctx, i, EXCUSE)) {
    if (!negatorInClause(ctx, c)) continue;
    if ((c.tokStart >= from && c.tokEnd <= to) || (c.tokStart >= h.tokEnd && turnIn(h.tokEnd, c.tokStart).length === 0)) return true;
  }
  return answeredNo(ctx, ctx.doc.sentences[i]);
}

/** Does a phrase end in a negation that the next word cancels ("blijkt niet alleen dat …")? */
function cancelled(ctx: RuleContext, c: Hit): boolean {
  const { tokens, cues } = ctx.doc;
  const last = tokens.normAt(c.tokEnd - 1);
  return cues.cancellableNegators.has(last) && c.tokEnd < ctx.doc.sentences[c.sentence].tokenEnd && cues.notNegatingAfterNiet.has(tokens.normAt(c.tokEnd));
}

/** Is there a negation word in the clause of hit `c` ("is nooit een excuus", "verklaart het geweld niet")? */
function negatorInClause(ctx: RuleContext, c: Hit): boolean {
  const [from, to] = clauseOf(ctx, c.tokStart);
  return negatorIn(ctx, from, to);
}

/** Is there a negation word among tokens [from, to)? */
export function negatorIn(ctx: RuleContext, from: number, to: number): boolean {
  const { tokens, cues } = ctx.doc;
  for (let k = from; k < to; k++) if (cues.negators.has(tokens.normAt(k))) return true;
  return false;
}

/**
 * Does the next sentence of the paragraph reject sentence `s`: an answer word at its start ("Nee, in de meeste
 * gevallen …", "Integendeel."), or a word that refers back with a refutation right after it ("Dat klopt niet.",
 * "Dit beeld is achterhaald.")?
 */
function answeredNo(ctx: RuleContext, s: Sentence): boolean {
  const next = ctx.doc.sentences[s.index + 1];
  if (!next || next.block !== s.block) return false;
  const start = next.tokenStart;
  if (hitsIn(ctx, next.index, ANSWER).some((a) => a.tokStart === start)) return true;
  if (!hitsIn(ctx, next.index, BACK).some((b) => b.tokStart === start)) return false;
  return hitsIn(ctx, next.index, BACK_VERDICT).some((c) => c.tokStart - start <= ANSWER_REACH && !ctx.negated(c));
}

/** Words that say a group is mostly or most often victim or perpetrator. */
export const MAJORITY = ["gender-majority-cue", "gender-majority-extra"];
/** Tokens between an asymmetry word ("vaker", "meestal") and a sex word for the two to belong together. */
const ASYMMETRY_GAP = 5;

/**
 * Is the passage of `s` about domestic violence? A domestic-violence word within ±window sentences of its
 * paragraph, in its section, or in the heading of a section around it. The document's on-topic verdict is not used: a news item, an excerpt or a
 * paragraph with a framing is often too short to count as a policy on domestic violence, and a long policy
 * is not about domestic violence in every sentence.
 */
export function dvPassage(ctx: RuleContext, s: Sentence, window = 2): boolean {
  const concepts = [...DV_CONTEXT, ...VIOLENCE];
  return nearBy(ctx, s, concepts, window) || inSection(ctx, s, concepts) || sectionTitledWith(ctx, s, concepts);
}

/**
 * The context a framing phrase needs: a document about domestic violence throughout (on topic), or, in a text
 * judged off-topic (a news item, an excerpt, a paragraph), a passage that is itself about domestic violence.
 */
export function framingContext(ctx: RuleContext, s: Sentence): boolean {
  return ctx.onTopic || dvPassage(ctx, s);
}

/** Token range [from, to) of the clause around token `tok`: its sentence cut at , ; : ( ) – — and at clause-breaking conjunctions. */
export function clauseOf(ctx: RuleContext, tok: number): [number, number] {
  return clauseSpan(ctx.doc, tok, FRAMING_CLAUSE);
}

/** The framing rules' clause: cut at , ; : ( ) – — and before a clause-breaking conjunction. */
export const FRAMING_CLAUSE: ClauseOptions = { brackets: true, dashes: true, breakers: true };

/** The hits of these concepts that lie wholly inside the clause of `anchor` (the clause of its first token). */
export function hitsInClauseOf(ctx: RuleContext, anchor: Hit, concepts: readonly string[]): Hit[] {
  const [from, to] = clauseOf(ctx, anchor.tokStart);
  return hitsIn(ctx, anchor.sentence, concepts).filter((h) => h.tokStart >= from && h.tokEnd <= to);
}

/** Is there a hit of these concepts in the clause of hit `h`? */
export function inClause(ctx: RuleContext, h: Hit, concepts: readonly string[]): boolean {
  const [from, to] = clauseOf(ctx, h.tokStart);
  return hitsIn(ctx, h.sentence, concepts).some((o) => o.tokStart < to && o.tokEnd > from);
}

/**
 * Is the hit negated, also by a negation just after it in its clause ("ruzie hoort bij een relatie; geweld niet",
 * "geweld is nooit normaal")? For context words only: "het geweld stopt niet" would count as denied too.
 */
export function denied(ctx: RuleContext, h: Hit): boolean {
  if (ctx.negated(h)) return true;
  const { tokens, cues } = ctx.doc;
  const [, clauseEnd] = clauseOf(ctx, h.tokStart);
  // "geweld niet", "geweld is nooit normaal", "geweld hoort daar niet bij": a negation just after, in the same clause.
  for (let k = h.tokEnd; k < Math.min(clauseEnd, h.tokEnd + DENIAL_GAP + 1); k++) {
    const n = tokens.normAt(k);
    if (!cues.negators.has(n)) continue;
    if (cues.cancellableNegators.has(n) && k + 1 < clauseEnd && cues.notNegatingAfterNiet.has(tokens.normAt(k + 1))) continue;
    return true;
  }
  return false;
}
/** Tokens between a word and a negation after it ("geweld hoort daar niet bij"). */
const DENIAL_GAP = 2;

/** Does a negation word stand inside a phrase hit ("ontstaat niet door", "leidt niet tot")? */
export function negatedInside(ctx: RuleContext, h: Hit): boolean {
  return negatorIn(ctx, h.tokStart, h.tokEnd);
}

/**
 * Does sentence `i` set the sexes apart: an asymmetry word next to a sex word ("vrouwen zijn vaker
 * slachtoffer", "meestal mannelijke plegers", in one clause), a percentage, or an explicit term for violence against
 * women? An asymmetry word elsewhere ("meestal gebaseerd op …, worden mannen") does not count.
 */
export function genderedAsymmetry(ctx: RuleContext, i: number): boolean {
  if (has(ctx, i, ["violence-against-women", "@percentage"])) return true;
  const sexes = hitsIn(ctx, i, [...SEXES, "gender-perpetrator"]);
  return hitsIn(ctx, i, MAJORITY).some((a) => {
    const [from, to] = clauseOf(ctx, a.tokStart);
    return sexes.some((x) => tokensNear(a, x, ASYMMETRY_GAP) && x.tokStart >= from && x.tokEnd <= to);
  });
}

/**
 * An affirmed hit of these concepts in sentence `s` or in the sentence before or after it in its paragraph: the
 * passage fills a framing's violence slot ("Het geweld escaleerde. Het begon met een ruzie over geld."), while the
 * framing's own words must stand in `s`.
 */
export function affirmedAround(ctx: RuleContext, s: Sentence, concepts: readonly string[], window = 1): boolean {
  for (let k = s.index - window; k <= s.index + window; k++) {
    const o = ctx.doc.sentences[k];
    if (o && o.block === s.block && hitsIn(ctx, k, concepts).some((v) => !denied(ctx, v))) return true;
  }
  return false;
}
