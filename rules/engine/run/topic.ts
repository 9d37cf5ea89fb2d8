import type { ConceptHits } from "../match/matcher.js";
import { negated, type ParsedDocument } from "../text/document.js";

/** Corpus concept that marks domestic-violence policy as the subject of a text. */
export const TOPIC_CORE = "dv-core";
/**
 * The forms of violence in the Convention's scope that municipal policy on domestic and sexual violence treats
 * (corpus lexicon violence-forms): a text about one of them is on topic as much as one about huiselijk geweld.
 */
export const TOPIC_FORMS = ["sexual-violence", "femicide", "honour-based-violence", "forced-marriage", "abandonment-abroad", "fgm", "coercive-control", "family-rejection", "stalking", "elder-abuse"];
/**
 * Constructions: a sentence that fills every slot of one is a core sentence, about violence at home without a term
 * for it. Each slot is a word family from the topic lexicon or a shared one (services, groups), never a module's:
 * - the partners (or parents) and a violent act: "een vrouw is door haar ex-partner doodgestoken" (a news item);
 * - the home or family and a word for violence: "gezinnen waar geweld is", "geweld in de privésfeer" (seed 000
 *   L525: violence in the private sphere);
 * - a shelter and the women or girls it is for: "crisisplekken voor vrouwen en kinderen", "hoeveel vrouwen geen plek
 *   vonden in de opvang" (the women's shelter without its name; childcare and asylum reception are no shelter);
 * - cutting and the girls or women it is done to: "meisjes lopen het risico besneden te worden" (FGM by its verb;
 *   the boys' circumcision names no girls);
 * - gender norms and a word for violence: "stereotiepe beelden over mannelijkheid … het voorkomen van geweld" (the
 *   prevention of Convention art. 12 (1), (4); gender norms alone are emancipation, violence alone any policy's).
 */
export const TOPIC_CONSTRUCTIONS: ReadonlyArray<ReadonlyArray<readonly string[]>> = [
  [["dv-partners"], ["dv-acts", "dv-context"]],
  [["dv-setting"], ["dv-context"]],
  [["svc-shelter"], ["women", "girls"]],
  [["dv-cutting"], ["women", "girls"]],
  [["dv-gender-norms"], ["dv-context"]],
];
/**
 * Fields that are the subject of measures of their own (lexicon topic-other): traffic and disasters (war among them),
 * property crime and nuisance, bullying, sport and media, health, animals. A sentence that names one is about that
 * field: its "geweld" or "opvang" is no context word of a paragraph ("gevlucht voor het geweld van de oorlog"; the
 * two-kinds reading, CONTEXT_KINDS_SHORT) and it fills no family construction ("hun kinderen werden door hangjongeren
 * bedreigd"). The coverage checks' other-field sentences read this list too (rules/engine/rules/kinds/other-field.ts);
 * not the fields a victim's support reaches into (debts, housing, care, work), which a domestic-violence sentence names
 * as its cause or its help.
 */
export const TOPIC_OTHER_FIELDS: readonly string[] = ["other-traffic-disaster", "other-property-nuisance", "other-school-sport-media", "other-health", "other-animals"];
/**
 * The family construction (lexicon topic-family): a possessive right before a family member or partner ("zijn
 * stiefdochter", "haar kleinzoon", "hun familie", "haar man") and an act of abuse (misbruiken, benadelen, opsluiten,
 * door elkaar schudden, het paspoort afpakken) in one sentence is violence in the family or between partners
 * (Convention art. 3 b), also without a word for violence: "een vader is veroordeeld voor het misbruiken van zijn
 * nichtje". The acts are intentional harm only, so "een ongeval kostte het leven aan een vader en zijn zoon" fills
 * nothing; nor does a sentence of another field (TOPIC_OTHER_FIELDS).
 */
export const KIN_CONSTRUCTION = { possessive: "dv-possessive", kin: ["dv-kin", "dv-couple", "dv-ex-partner"], act: "dv-abuse" } as const;
/**
 * The couple across two sentences: an act of abuse in one sentence and the victim's partner (a possessive before a
 * partner word, or an ex-partner) in the same, the next or the previous one, the order of a news item ("Een vrouw is
 * zondag in haar woning zwaar mishandeld. Haar ex-vriend is aangehouden."). Sentences are neighbours by their index
 * (the topic's core sentences are computed from the hits alone). The act's sentence is the core sentence. Only the
 * partner, not the parents ("een leerling raakte gewond … de school heeft de ouders geïnformeerd"); not in a sentence
 * of another field.
 */
export const NEAR_CONSTRUCTION = { partner: ["dv-couple", "dv-ex-partner"], ex: "dv-ex-partner", act: "dv-abuse", distance: 1 } as const;
/**
 * A news item's killing by a partner: someone found dead (or badly injured) in one sentence, and the partner or
 * ex-partner arrested in the same or a neighbouring one ("In een woning is een vrouw dood aangetroffen. Haar
 * ex-partner is aangehouden."). The death's sentence is the core sentence. Found dead alone may be any death.
 */
export const FOUND_DEAD_CONSTRUCTION = { death: "dv-found-dead", arrest: "dv-arrest" } as const;
/**
 * Words around it that count only next to a core term (topic.yml): violence, victims, perpetrators, shelter, and the
 * victim's safety and protection (services: "veiligheidsplan", "bescherming van slachtoffers"). Each is a kind of
 * its own, so a short text can be judged by how many kinds it joins.
 */
export const TOPIC_CONTEXT = ["dv-context", "dv-victim", "dv-perpetrator", "dv-shelter", "svc-victim-safety"];
/**
 * A short text (a pasted paragraph, a motion's consideration) without a core term is on topic when it joins this many
 * kinds of context words: "slachtoffer, pleger en kinderen krijgen hulp … zodat het geweld stopt", "kinderen in de
 * opvang die zagen hoe hun moeder werd mishandeld". One kind alone ("slachtoffers van een ongeval") is not enough.
 */
export const CONTEXT_KINDS_SHORT = 2;
/**
 * Weak signals (topic.yml): the chain's organisations, programmes and roles, unsafety of a person or family, abuse,
 * neglect and victimhood in more forms, and prevention by relationship education: the signals of the short-text
 * reading below (SHORT_SIGNALS); only the topic decision reads them.
 */
export const TOPIC_WEAK = ["dv-chain", "dv-unsafety", "dv-harm", "dv-prevention"];
/**
 * What makes an excerpt on topic by itself (WEAK_SENTENCES): the weak signals and the victim's safety (svc-victim-safety:
 * a safety plan, the victim's protection). Not the generic context words alone (geweld, slachtoffers, daders,
 * opvang): they are in every safety policy, and read alone they took a held-out control on topic (docs/decisions.md,
 * h-topic). With a second kind they still count (CONTEXT_KINDS_SHORT).
 */
export const SHORT_SIGNALS = [...TOPIC_WEAK, "svc-victim-safety"];
/**
 * Signs of another subject (lexicon topic-other): debts and housing, traffic and disasters, crime and public order,
 * property crime and nuisance, bullying at school, sport and media, care and work beside domestic violence,
 * discrimination and emancipation, animals. Health and lifestyle (other-health) is read by the coverage checks only
 * (rules/engine/rules/kinds/other-field.ts): the topic decision was not measured with it.
 */
export const TOPIC_OTHER = ["other-money-housing", "other-traffic-disaster", "other-crime-order", "other-property-nuisance", "other-school-sport-media", "other-care-work", "other-equality", "other-animals"];
/**
 * Neighbouring fields (lexicon topic-other): civic integration, addiction care, a rainbow agenda, prostitution licensing.
 * A domestic-violence excerpt names them as a risk factor or a channel, so they never keep a weak signal off topic; they
 * only weigh against a short text's single core sentence (passingMention), beside the other subjects.
 */
export const TOPIC_NEIGHBOUR = ["neighbour-integration", "neighbour-addiction", "neighbour-rainbow", "neighbour-prostitution"];
/**
 * A text this short (an excerpt: a plan's measure, a motion's consideration, a news paragraph) with one signal of
 * SHORT_SIGNALS and no sign of another subject is read as on topic: it is pasted into a domestic-violence scanner,
 * and nothing in it points elsewhere ("Het Zorg- en Veiligheidshuis bespreekt de complexe casussen"; "kinderen die
 * opgroeien in een onveilige situatie"). With another subject named ("onveilig door hangjongeren", "het Zorg- en
 * Veiligheidshuis pakt de overlast van veelplegers aan") it stays off. A text with no signal at all stays off: an
 * evaluation cycle or a budget line could be from any policy, and a scanner cannot know which (docs/decisions.md,
 * h-topic).
 */
export const WEAK_SENTENCES = 4;

/** A context sentence weighs half a core sentence in the share of the text that is about the topic. */
export const CONTEXT_WEIGHT = 0.5;
/** Core sentences that make domestic violence a subject rather than one passing word (with a share or CORE_ENOUGH). */
export const MIN_CORE_SENTENCES = 2;
/** With a single core sentence: context sentences besides it that keep the subject going. */
export const MIN_CONTEXT_SENTENCES = 2;
/** With this many core sentences a text is on topic whatever its length (a long plan with one chapter on it). */
export const CORE_ENOUGH = 12;
/** Share of the sentences about the topic that a text with two or more core sentences needs. */
export const MIN_SHARE = 0.04;
/** Share that a text with a single core sentence needs, beside context words in two more sentences. */
export const MIN_SHARE_SINGLE = 0.08;
/** A paragraph this short with a core sentence is about it: nothing else competes for its subject. */
export const PARAGRAPH_SENTENCES = 6;

/**
 * On-topic when domestic violence (or a form of violence in its scope) is a subject of the text, not a passing
 * word: core terms (huiselijk geweld, kindermishandeling, Veilig Thuis, vrouwenopvang, eergerelateerd geweld, …)
 * in at least two sentences and in a meaningful share of them, one core sentence with context words
 * (slachtoffers, plegers, geweld) in two more, one core sentence in a paragraph of a few sentences, or a paragraph of
 * a few sentences with two kinds of context words, or an excerpt of a few sentences with one weak signal
 * (SHORT_SIGNALS) and no other subject.
 * A parking policy that mentions "geweld" once is off-topic.
 */
export function isOnTopic(doc: ParsedDocument, hits: ConceptHits, hasTopicLexicon: boolean): boolean {
  if (!hasTopicLexicon) return true;
  // In a long text the passing core sentences do not count (a list item, the protocol); a short one keeps them for
  // passingMention below, which weighs them against the other subject.
  const core = doc.sentences.length > PARAGRAPH_SENTENCES ? withoutPassing(doc, hits, topicCoreSentences(hits)) : topicCoreSentences(hits);
  const context = new Set<number>();
  const kinds = new Set<string>();
  const otherField = otherFieldSentences(hits);
  for (const h of hits.of(TOPIC_CONTEXT)) {
    if (!otherField.has(h.sentence)) kinds.add(h.concept);
    if (!core.has(h.sentence)) context.add(h.sentence);
  }
  const total = Math.max(1, doc.sentences.length);
  const share = (core.size + context.size * CONTEXT_WEIGHT) / total;
  if (core.size >= MIN_CORE_SENTENCES) return core.size >= CORE_ENOUGH || share >= MIN_SHARE;
  if (core.size === 0) {
    if (total <= PARAGRAPH_SENTENCES && kinds.size >= CONTEXT_KINDS_SHORT) return true;
    if (total > WEAK_SENTENCES || hits.of(TOPIC_OTHER).length > 0) return false;
    // A denied signal is none: "Er komt geen geweld aan te pas."
    return hits.of(SHORT_SIGNALS).some((h) => !negated(doc, doc.sentences[h.sentence], h.tokStart, h.tokEnd));
  }
  if (total <= PARAGRAPH_SENTENCES && !passingMention(doc, hits, core, context)) return true;
  if (total <= SHORT_PAGE_SENTENCES && keptUpInParagraph(doc, hits, core) && hits.of(TOPIC_OTHER).length === 0 && !passingMention(doc, hits, core, context)) {
    return true;
  }
  return context.size >= MIN_CONTEXT_SENTENCES && share >= MIN_SHARE_SINGLE;
}

/**
 * A short page (a news item of two paragraphs, a motion with its debate) whose one core sentence stands in a paragraph
 * of at most PARAGRAPH_SENTENCES sentences that keeps the subject going in another sentence (a context word or weak
 * signal: "… wie thuis geweld meemaakt, kan bij ons terecht. Zo iemand is vaak in gevaar.") is about it, as a paragraph of
 * that length alone would be (issue 13: a page on an interpreter pool for victims was judged off topic). Not a title
 * or a passing clause in a paragraph about something else; the rest of the page names no other subject (TOPIC_OTHER)
 * and does not outweigh it (passingMention).
 */
export const SHORT_PAGE_SENTENCES = 2 * PARAGRAPH_SENTENCES;

function keptUpInParagraph(doc: ParsedDocument, hits: ConceptHits, core: ReadonlySet<number>): boolean {
  const [sentence] = core;
  const block = doc.sentences[sentence].block;
  const inBlock = new Set(doc.sentences.filter((s) => s.block === block).map((s) => s.index));
  if (inBlock.size > PARAGRAPH_SENTENCES) return false;
  return hits.of([...TOPIC_CONTEXT, ...SHORT_SIGNALS]).some((h) => h.sentence !== sentence && inBlock.has(h.sentence) && !negated(doc, doc.sentences[h.sentence], h.tokStart, h.tokEnd));
}

/**
 * The sentences about domestic violence itself: a core term, a form of violence in the Convention's scope, or a filled
 * construction ("een vrouw is door haar ex-partner doodgestoken"). The on-topic verdict counts them; the gender
 * module's framing rules use them to tell a passage about violence at home from a fight on a sports field.
 */
export function topicCoreSentences(hits: ConceptHits): ReadonlySet<number> {
  let core = coreByScan.get(hits);
  if (core) return core;
  core = new Set<number>();
  const otherField = otherFieldSentences(hits);
  for (const h of hits.of([TOPIC_CORE])) core.add(h.sentence);
  // A form of violence in a sentence of another field is that field's: "supporters belaagden de scheidsrechter" is a
  // sports fight, not stalking (belagen is also to assail). Where the sentence names domestic violence it still counts.
  for (const h of hits.of(TOPIC_FORMS)) if (!otherField.has(h.sentence)) core.add(h.sentence);
  for (const slots of TOPIC_CONSTRUCTIONS) for (const s of filledSentences(hits, slots)) core.add(s);
  const acts = new Set(hits.of([KIN_CONSTRUCTION.act]).map((h) => h.sentence).filter((s) => !otherField.has(s)));
  for (const s of possessedSentences(hits, KIN_CONSTRUCTION.kin)) if (acts.has(s)) core.add(s);
  const partners = new Set([...possessedSentences(hits, NEAR_CONSTRUCTION.partner), ...hits.of([NEAR_CONSTRUCTION.ex]).map((h) => h.sentence)]);
  for (const s of acts) {
    for (let d = -NEAR_CONSTRUCTION.distance; d <= NEAR_CONSTRUCTION.distance; d++) if (partners.has(s + d) && !otherField.has(s + d)) core.add(s);
  }
  const arrests = new Set(hits.of([FOUND_DEAD_CONSTRUCTION.arrest]).map((h) => h.sentence));
  for (const h of hits.of([FOUND_DEAD_CONSTRUCTION.death])) {
    if (otherField.has(h.sentence)) continue;
    for (let d = -NEAR_CONSTRUCTION.distance; d <= NEAR_CONSTRUCTION.distance; d++) {
      if (partners.has(h.sentence + d) && arrests.has(h.sentence + d) && !otherField.has(h.sentence + d)) core.add(h.sentence);
    }
  }
  coreByScan.set(hits, core);
  return core;
}

/** Sentences with a possessive right before a word of the given concepts ("zijn stiefdochter", "haar broers", "haar man"). */
function possessedSentences(hits: ConceptHits, concepts: readonly string[]): Set<number> {
  const ends = new Set(hits.of([KIN_CONSTRUCTION.possessive]).map((h) => h.tokEnd));
  return new Set(hits.of(concepts).filter((h) => ends.has(h.tokStart)).map((h) => h.sentence));
}

/** Sentences that name a field of its own (TOPIC_OTHER_FIELDS), computed once per scan. */
function otherFieldSentences(hits: ConceptHits): ReadonlySet<number> {
  let found = otherFieldByScan.get(hits);
  if (!found) {
    found = new Set(hits.of(TOPIC_OTHER_FIELDS).map((h) => h.sentence));
    otherFieldByScan.set(hits, found);
  }
  return found;
}
const otherFieldByScan = new WeakMap<ConceptHits, Set<number>>();
/** One scan's core sentences, computed once for the on-topic verdict and every framing rule that asks (keyed by its hits). */
const coreByScan = new WeakMap<ConceptHits, Set<number>>();

/**
 * Sentences naming another subject that outweigh the single core sentence of a short text: at least this many, and
 * more than the sentences about the topic (the core sentence, context and weak signals).
 */
export const OTHER_SENTENCES = 2;
/** Other-subject terms in the core sentence that make the core term one item of their list. */
export const LISTED_AMONG = 2;

/**
 * Is the one core sentence of a short text a passing mention in a text about another subject (docs/decisions.md,
 * helper topic)? Either the other subject fills the text ("Schuldhulpverlening gaat niet alleen over geld. … stress
 * door schulden kan leiden tot … geweld in het gezin. … vroegsignalering bij een betalingsachterstand"; an
 * inburgering plan whose civics module names huiselijk geweld once), or the core term is one item of a list of other
 * subjects ("woninginbraak, ondermijning, jeugdoverlast en huiselijk geweld"). A DV paragraph that names debts or
 * mantelzorg beside the violence stays on topic: there the field's words hold their own against the other subject.
 */
function passingMention(doc: ParsedDocument, hits: ConceptHits, core: ReadonlySet<number>, context: Set<number>): boolean {
  const other = hits.of([...TOPIC_OTHER, ...TOPIC_NEIGHBOUR]);
  const topicSentences = new Set([...core, ...context, ...hits.of(SHORT_SIGNALS).map((h) => h.sentence)]);
  const otherSentences = new Set(other.map((h) => h.sentence).filter((s) => !topicSentences.has(s)));
  if (otherSentences.size >= OTHER_SENTENCES && otherSentences.size > topicSentences.size) return true;
  if (topicSentences.size > 1) return false;
  const [sentence] = core;
  const inSentence = other.filter((h) => h.sentence === sentence);
  if (inSentence.length < LISTED_AMONG) return false;
  const coreHits = hits.of([TOPIC_CORE, ...TOPIC_FORMS]).filter((h) => h.sentence === sentence);
  return coreHits.length > 0 && coreHits.every((c) => inSentence.some((o) => listedWith(doc.text, o, c) || listedWith(doc.text, c, o)));
}

/**
 * Following the protocol or referring to the chain (lexicon topic-other protocol-referral): in a long text, a core
 * sentence in this frame is a passing mention ("werken volgens de meldcode", "verwijzen naar Veilig Thuis").
 */
export const TOPIC_PROTOCOL = "protocol-referral";

/**
 * A long text's core sentences without the passing ones: every core term one item of a list with another subject
 * ("zoals werkloosheid, verslaving of huiselijk geweld"), or the sentence in the frame of following the protocol or
 * referring (TOPIC_PROTOCOL). A plan on another subject names both because the law asks it of every professional; a
 * domestic-violence plan has many more core sentences, so only the neighbouring field's text loses its two.
 */
function withoutPassing(doc: ParsedDocument, hits: ConceptHits, core: ReadonlySet<number>): Set<number> {
  const otherConcepts = [...TOPIC_OTHER, ...TOPIC_NEIGHBOUR];
  const coreConcepts = [TOPIC_CORE, ...TOPIC_FORMS];
  const protocol = new Set(hits.of([TOPIC_PROTOCOL]).map((h) => h.sentence));
  return new Set(
    [...core].filter((s) => {
      if (protocol.has(s)) return false;
      // Per sentence from the hit index, so a long text with many core sentences costs linear time.
      const here = hits.inSentence(s, coreConcepts);
      const others = hits.inSentence(s, otherConcepts);
      return here.length === 0 || !here.every((c) => others.some((o) => listedWith(doc.text, o, c) || listedWith(doc.text, c, o)));
    }),
  );
}

/**
 * Do two hits stand next to each other as items of one list ("jeugdoverlast en huiselijk geweld", "geweld, inbraak")?
 * A semicolon joins clauses, not items: "… is een vorm van ouderenmishandeling; mantelzorgers krijgen ondersteuning".
 */
function listedWith(text: string, first: { end: number }, second: { start: number }): boolean {
  return first.end <= second.start && /^\s*(,|en|of|\/)\s*$/i.test(text.slice(first.end, second.start));
}

/** The sentences in which every slot of a construction has a hit. */
function filledSentences(hits: ConceptHits, slots: ReadonlyArray<readonly string[]>): Set<number> {
  let filled: Set<number> | undefined;
  for (const slot of slots) {
    const here = new Set(hits.of(slot).map((h) => h.sentence));
    filled = filled ? new Set([...filled].filter((s) => here.has(s))) : here;
  }
  return filled ?? new Set();
}
