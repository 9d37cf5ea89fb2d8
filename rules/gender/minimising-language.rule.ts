import { defineRule, type Hit, type Sentence } from "../engine/rule-api.js";
import { CONTRARY_BELIEF, COUNTER_CUE, countered, denied, domesticPassage, DV_CONTEXT, has, hitsIn, hitsInClauseOf, nearBy, negatorIn, ownWords, PARTNERS, PATTERN, REFUTATION, reportAt, termOf, tokensNear, VIOLENCE } from "./lib/framing.js";

// Minimising language: labels that make violence small, one-off or romantic ("losse handjes", "een corrigerende
// tik", "familiedrama", "crime passionnel") and phrases that make it a moment of lost control ("in een
// opwelling", "in een vlaag van woede", "een enkele klap"). A label stands for violence by itself and counts
// wherever the author uses it; a phrase counts only with violence in the sentence or next to it ("hij kocht in
// een opwelling een fiets" is no framing). Not when the text names the label in order to criticise it ("termen
// als familiedrama bagatelliseren", "het is geen crime passionnel"), quotes it, or reports someone else's words.
const LABEL = ["gender-minimising-label"];
const FRAME = ["gender-minimising-frame"];
const PERPETRATOR = ["gender-perpetrator"];
/** A diminishing qualifier right before a minor act of violence ("maar een klapje", "alleen maar geduwd", "een keertje een klap"). */
const QUALIFIER = ["gender-minimising-qualifier", "gender-only-qualifier"];
/**
 * Acts a qualifier makes small: minor violence, violence, and verbs that describe an assault as ordinary contact
 * ("alleen even vastgepakt", "slechts licht aangeraakt": gender-euphemised-act, issue 13 h-fr3).
 */
const MINOR_ACT = ["gender-minor-violence", "gender-violence-act", "gender-violent-behaviour", "gender-euphemised-act"];
/** Acts too grave or too general to be made small by a qualifier ("niet alleen maar geweld"). */
const GRAVE = ["gender-grave-violence"];
/** Tokens between the qualifier and the act ("slechts een enkele duw", "maar één keer geslagen"). */
const QUALIFIER_GAP = 3;
/** The shape of a Dutch diminutive (klapje, duwtjes): morphology, not vocabulary. */
const DIMINUTIVE = /jes?$/;
/** Violence as a slip or an accident ("een eenmalige uitglijder", "per ongeluk", "zag rood"): with violence, partners or a case. */
const EUPHEMISM = ["gender-minimising-euphemism"];
const EUPHEMISM_CONTEXT = [...VIOLENCE, ...PERPETRATOR, ...PARTNERS, "gender-criminal-case"];
/** What makes a minimising phrase about violence: violence, a perpetrator, or a minor act ("een por, maar dat was niet zo erg"). */
const FRAME_CONTEXT = [...VIOLENCE, ...PERPETRATOR, "gender-minor-violence"];
/**
 * "een handgemeen", "een worsteling", "een vechtpartij": an assault as a fight two people take part in, between partners
 * or at home (issue 13, h-fr3). The word names violence itself, so the context must be the partners or the home, not violence.
 */
const SCUFFLE = ["gender-scuffle"];
const SCUFFLE_CONTEXT = [...PARTNERS, "gender-relationship-context"];
/** "ook als het om een eenmalige klap lijkt te gaan": the appearance set against the violence, in the clause of the words. */
const APPEARANCE = ["gender-appearance-cue"];
/**
 * "het risico op ontsporing", "de kans op een uitglijder", "om ontsporing te voorkomen": a word in the clause that makes
 * the softening word a danger or something to prevent, not an incident the text makes small (fr-cause).
 */
const RISK = ["gender-minimising-risk", "gender-risk-compound"];
/** A perpetrator or victim named near a moment of lost control: the parties of the violence the text discusses. */
const PARTIES = [...PERPETRATOR, "dv-victim"];
/** Sentences around a minimising phrase in which violence makes it about violence. */
const VIOLENCE_WINDOW = 1;
/**
 * Violence as a loss of control, built from slots (issue 13, a13f): self-control or one's own aggression with a verb
 * of losing in one clause ("de controle verliezen", "zijn zelfbeheersing kwijtraken"), or with a negated verb of
 * mastering after it ("kon zijn agressie niet meer beheersen", "had zichzelf niet in de hand").
 */
const SELF_CONTROL = ["gender-self-control"];
/** "verlies van controle": the noun of losing, like the verbs (fr-cause). */
const LOSS_NOUN = ["gender-control-loss-noun"];
const LOSS = ["gender-control-loss", ...LOSS_NOUN];
/** "geweld door controleverlies": a compound of control and losing, a frame with violence near (fr-cause). */
const LOSS_COMPOUND = ["gender-control-loss-compound"];
/** "Slachtoffers ervaren verlies van controle": a feeling of victims, not an explanation of the violence. */
const FEELING = ["gender-victim-feeling", "dv-victim"];
const MASTERY = ["gender-control-mastery"];
/** "er valt een klap", "er vielen klappen": a verb of falling with a minor act in its clause, nobody hits (a13f). */
const FALL = ["gender-fall-verb"];
/** What places a falling blow at home: domestic violence, the relationship or household, the partners, a case. */
const HOME_CONTEXT = ["dv-core", "gender-partner-violence-context", "gender-relationship-context", ...PARTNERS, "gender-criminal-case"];
/** Tokens between the verb of falling and the act ("valt er soms een klap"). */
const FALL_GAP = 3;
/** Tokens between the self-control word and the verb of losing or mastering. */
const CONTROL_GAP = 3;

export default defineRule({
  id: "minimising-language",
  title: { nl: "Geweld gebagatelliseerd", en: "Violence minimised" },
  description: {
    nl: "Een zin die geweld verzacht tot 'losse handjes', 'een tik', een 'familiedrama' of 'crime passionnel', of het voorstelt als een opwelling of een enkele klap. Zo wordt een patroon van geweld en controle een incident of controleverlies.",
    en: "A sentence that softens violence into 'loose hands', 'a smack', a 'family drama' or 'crime of passion', or presents it as an impulse or a single blow. A pattern of violence and control thus becomes an incident or a loss of control.",
  },
  severity: "warning",
  score: 50,
  messages: {
    label: {
      nl: "'{term}' verzacht geweld tot iets kleins, eenmaligs of romantisch; noem het geweld en wie het pleegde.",
      en: "'{term}' softens violence into something small, one-off or romantic; name the violence and who used it.",
    },
    frame: {
      nl: "'{term}' stelt het geweld voor als een moment van controleverlies of een enkel incident, niet als gedrag waarvoor de pleger verantwoordelijk is.",
      en: "'{term}' presents the violence as a moment of lost control or a single incident, not as behaviour the perpetrator is responsible for.",
    },
  },
  remedies: ["gender-name-violence-plainly"],
  sources: [
    { source: "seed-002", locator: "L21-29", quote: "femicide" },
    { source: "seed-003", locator: "L3238-3242", quote: "er is zelden ernstig fysiek letsel" },
    { source: "grevio-2020-nl", locator: "G1", quote: "machts- en controledynamiek" },
  ],
  articles: ["art. 3", "art. 12"],
  tags: ["gender", "framing", "language"],
  uses: [...RISK, ...PARTIES, ...LOSS_COMPOUND, ...FEELING, ...REFUTATION, ...SCUFFLE, ...APPEARANCE, ...PATTERN, "gender-euphemised-act", ...FALL, "gender-relationship-context", ...SELF_CONTROL, ...LOSS, ...MASTERY, ...LABEL, ...CONTRARY_BELIEF, ...FRAME, ...COUNTER_CUE, ...VIOLENCE, ...PERPETRATOR, ...DV_CONTEXT, ...QUALIFIER, ...MINOR_ACT, ...GRAVE, ...EUPHEMISM, ...PARTNERS, "gender-criminal-case"],
  examples: [
    { text: "Na de wedstrijd gaf de coach een speler een duw. Het bestuur spreekt van een eenmalig incident.", onTopic: false, note: "Off topic, about a sports club: no framing of domestic violence (lib/framing reportAt)." },
    { text: "In zijn verhoor hield de man vol dat het maar een duwtje was geweest.", note: "The suspect's account in a criminal case (h-fr4)." },
    { text: "Volgens de 45-jarige verdachte liep een ruzie met zijn ex-vrouw uit de hand.", note: "The suspect's account." },
    { text: "In dat gezin zaten de [[handjes wat los]]." },
    { text: "Het betrof een [[huiselijke twist]] waarbij de politie bemiddelend is opgetreden.", onTopic: false },
    { text: "'Losse handjes' bestaan niet: elke klap is mishandeling, zei de hoofdofficier.", onTopic: false, note: "The label is denied right after it." },
    { text: "De man doodde zijn vrouw [[in een vlaag van]] jaloezie." },
    { text: "Het ging om een [[huiselijk incident]] waarbij de vrouw lichtgewond raakte." },
    { text: "Bij de buren waren er vaker [[losse handjes]].", onTopic: false, note: "A short text judged off-topic: the label stands for violence by itself." },
    { text: "Het [[familiedrama]] in de Schilderswijk kostte een moeder en haar dochter het leven." },
    { text: "De man sloeg zijn vrouw [[in een opwelling]] na een avond stappen." },
    { text: "Volgens de rechter ging het om partnergeweld. Het bleef bij [[een enkele klap]].", note: "Violence in the sentence before." },
    { text: "Het gebruik van termen als \"familiedrama\" draagt bij aan het bagatelliseren van de ernst van deze misdaden.", note: "Criticised and quoted." },
    { text: "Journalisten noemen het steeds minder vaak een gezinsdrama.", note: "A verb of naming with the label as its object and a change of use: the text reports on the word (lib/framing mentioned)." },
    { text: "Agenten spreken tegenwoordig zelden over een relatiedrama.", note: "The label mentioned: 'spreken over een' with a change of use." },
    { text: "Verslaggevers spreken steeds minder vaak van een gezinsdrama.", note: "'spreken … van' split by the change of use: the label mentioned." },
    { text: "Redacties stappen af van het label familiedrama.", note: "A noun for a name right before the label." },
    { text: "Het label [[relatiedrama]] past goed bij wat er in die woning gebeurde.", note: "Named without a negation or change of use: the writer's own label." },
    { text: "Journalisten noemen het een [[gezinsdrama]].", note: "Named without a negation or change of use." },
    { text: "Een woordvoerder van de politie spreekt van een [[familiedrama]].", note: "The police's name passed on without contradiction, as 'volgens de politie' (lib/framing officialLabel)." },
    { text: "Het steekincident werd in de krant een [[gezinsdrama]] genoemd.", note: "The press as the speaker of a reported name." },
    { text: "In dit plan spreken we bij een doding door de partner van een [[relatiedrama]].", note: "The author's own name." },
    { text: "De krant spreekt van een gezinsdrama, terwijl het om femicide gaat.", note: "The press's name contradicted in the sentence: a refutation." },
    { text: "Agenten spreken van een relatiedrama; in dit plan heet zo'n doding femicide.", note: "The text's own name set against the police's." },
    { text: "De politie spreekt van een familiedrama, maar de vrouw werd door haar ex gedood.", note: "A turn sets the facts against the name." },
    { text: "Een woordvoerder van de politie sprak gisteren van een [[familiedrama]].", note: "The past tense of the reported name, passed on like the present." },
    { text: "De politie sprak eerst van een gezinsdrama, terwijl het om femicide ging.", note: "The past tense of the reported name, contradicted: a refutation." },
    { text: "Omwonenden spraken van een relatiedrama.", note: "Neighbours' name in the past tense: a view the text reports." },
    { text: "Buurtbewoners spreken van een familiedrama.", note: "An ordinary person's name: a view the text reports." },
    { text: "Volgens de recherche ging het om een [[gezinsdrama]].", note: "An official's framing passed on." },
    { text: "Volgens de recherche ging het om een gezinsdrama, terwijl het om femicide ging.", note: "A later clause names what it was: refuted (lib/framing refuted)." },
    { text: "Het relatiedrama, zoals de media het noemden, bleek femicide door haar partner.", note: "An aside attributes the name to the press; femicide in the sentence refutes it (lib/framing asideLabel)." },
    { text: "Het gezinsdrama, zoals de politie het aanvankelijk omschreef, was de doding van een vrouw door haar ex-partner.", note: "A first name, revised later: the aside is a refutation." },
    { text: "Het familiedrama, zoals omwonenden het noemden, trok veel bekijks in de straat.", note: "A neighbour's name in an aside: a view the text reports." },
    { text: "Het [[gezinsdrama]], zoals de krant het omschreef, kostte een moeder het leven.", note: "The press's name in an aside without contradiction: passed on, as 'de krant spreekt van'." },
    { text: "Het was, zoals wij het in dit plan noemen, een [[relatiedrama]].", note: "The author's own name in an aside before the term." },
    { text: "In de wijk was sprake van een '[[familiedrama]]'.", note: "Scare quotes without a speaker or a contradiction: the label passed on, as a news item quoting the police does." },
    { text: "In de wijk was sprake van een 'familiedrama'. In werkelijkheid doodde hij zijn vrouw na jaren van controle.", note: "Scare quotes and a contradiction in the next sentence: the label held at a distance (lib/framing scareQuoted)." },
    { text: "Het ging om een ‘relatiedrama’, terwijl de man zijn vrouw al jaren bedreigde.", note: "Scare quotes and a contrast in the sentence." },
    { text: "Er was sprake van een 'gezinsdrama'. Maar de vrouw was al maanden bang voor haar man.", note: "A turn opens the next sentence." },
    // framing (eighth session): the killing of a woman or the partner named as what it was contradicts the label, as femicide does.
    { text: "De krant spreekt van een relatiedrama; het was de moord op een vrouw door haar partner.", note: "The killing named after a frame ('het was'): the press's name contradicted (lib/framing killingNamed)." },
    { text: "Er werd gesproken van een familiedrama; in feite ging het om de doding van een vrouw door haar ex-partner.", note: "'ging het om de doding van': the noun of killing after the frame." },
    { text: "Het gezinsdrama, zoals de politie het noemde, was de moord op een vrouw door haar ex.", note: "An aside, and the killing as the predicate of the named event." },
    { text: "Het relatiedrama, zoals de krant het omschreef, bleek de doding van een moeder door haar partner.", note: "'bleek': what it turned out to be." },
    { text: "In de wijk was sprake van een 'familiedrama'. Het was de doding van een moeder door haar ex-partner.", note: "Scare quotes, and the next sentence says what it was." },
    { text: "Volgens de politie ging het om een familiedrama, terwijl hij zijn vrouw had doodgestoken.", note: "A reported framing, the killing set against it by 'terwijl'." },
    { text: "Volgens de recherche was het een relatiedrama, maar hij vermoordde zijn ex-vriendin.", note: "The finite verb after a turn." },
    { text: "Volgens de politie was het een familiedrama, maar het was femicide.", note: "Femicide is grave violence: 'maar' is no diminishing qualifier before it." },
    { text: "Een woordvoerder van de politie spreekt van een [[familiedrama]]: een man heeft zijn vrouw gedood.", note: "A plain report of the killing after a colon: the label passed on with what happened." },
    { text: "In de wijk was sprake van een '[[familiedrama]]'. De man had zijn ex-vrouw doodgestoken.", note: "The next sentence reports the killing without saying what it was: a news item passing the label on." },
    { text: "Het [[gezinsdrama]] kostte een vrouw het leven; haar ex-man wordt verdacht van doodslag.", note: "The label as the subject of the killing: used, not contradicted." },
    // framing4: an active verb of naming contradicted in its sentence, and a reported name contradicted by the next sentence.
    { text: "Een agent noemde het een gezinsdrama, terwijl het een partnerdoding betrof.", note: "The name given by an active verb, contradicted: a refutation (lib/framing namedBy)." },
    { text: "De burgemeester omschreef het als een relatiedrama, terwijl het femicide was.", note: "'omschreef … als', contradicted." },
    { text: "Het nieuwsbericht sprak van een gezinsdrama. In werkelijkheid doodstak hij zijn ex-partner.", note: "The next sentence turns and names the killing (lib/framing contradictedNext)." },
    { text: "Volgens de politie ging het om een familiedrama. Maar in werkelijkheid ging het om femicide.", note: "A reported framing, contradicted by the next sentence." },
    { text: "De politie noemde het een [[gezinsdrama]]. Maar de buren wisten van niets.", note: "A turn without a name for what it was: no contradiction." },
    { text: "De politie sprak van een [[familiedrama]]. Hij doodde zijn vrouw en daarna zichzelf.", note: "The killing told without a turn: a news item passing the label on." },
    { text: "Volgens de politie was het een [[familiedrama]], maar hij doodde haar niet.", note: "The killing negated: nothing named against the label." },
    { text: "Volgens de politie ging het om een [[familiedrama]], terwijl de buren sliepen.", note: "A temporal 'terwijl' with nothing named after it." },
    { text: "Het was [[maar een klapje]], zei de agent, niets om je zorgen over te maken.", onTopic: false, note: "A diminishing qualifier right before a minor act (issue 13, r13g)." },
    { text: "Bij het echtpaar was sprake van een eenmalige [[ontsporing]].", onTopic: false, note: "Violence as a slip, with the couple in view." },
    { text: "[[In een moment van]] onbezonnenheid gaf hij zijn vrouw een klap." },
    { text: "Ook een duw of een klap is partnergeweld en strafbaar.", note: "A blow named as violence, not made small." },
    { text: "De trein ontspoorde bij Utrecht door een kapotte wissel.", onTopic: false, note: "No violence, partners or case." },
    { text: "Hij kocht in een opwelling een nieuwe fiets.", note: "No violence." },
    { text: "Vaak wordt gedacht dat partnergeweld in een vlaag van woede plaatsvindt.", note: "A view the text reports in order to correct it." },
    { text: "Door de stress van de schulden kon hij zijn [[agressie niet meer beheersen]] en sloeg hij zijn vrouw.", note: "A negated verb of mastering after one's own aggression (a13f)." },
    { text: "Veel plegers zijn overbelast, zodat zij de [[controle verliezen]].", note: "Self-control and a verb of losing in one clause." },
    { text: "Hij had [[zichzelf even niet in de hand]] en sloeg zijn vrouw." },
    { text: "Slachtoffers van partnergeweld verliezen vaak de controle over hun geld en hun leven.", note: "Control over something: the coercive pattern, not a loss of self-control." },
    { text: "In de training leren plegers van huiselijk geweld hun agressie te beheersen.", note: "Not negated." },
    { text: "Partnergeweld is geen kwestie van de controle verliezen: de pleger oefent juist controle uit.", note: "Negated." },
    { text: "De wethouder verloor de controle over het debat.", note: "No violence near." },
    { text: "Soms gaat het thuis even mis en [[valt er een klap]].", note: "A blow that falls: nobody hits (a13f)." },
    { text: "In het gezin [[vielen regelmatig klappen]] tussen de partners." },
    { text: "Na een wedstrijd valt er soms een klap tussen supporters.", note: "Not at home." },
    { text: "Onder de definitie van huiselijk geweld valt ook psychisch geweld in het gezin.", note: "Violence in general, not a minor act." },
    { text: "In de woning kwam het tot een [[handgemeen]] tussen de man en zijn vrouw.", note: "An assault as a fight between partners (h-fr3)." },
    { text: "Na afloop van de wedstrijd ontstond een handgemeen tussen supporters.", onTopic: false, note: "Not between partners or at home." },
    { text: "Hij heeft zijn vrouw [[alleen even vastgepakt]].", note: "A qualifier before a verb that makes an assault ordinary contact." },
    { text: "Getuige zijn van partnergeweld is voor kinderen even schadelijk als zelf geslagen worden.", onTopic: false, note: "'even … als' compares; it does not diminish (fr-counter)." },
    { text: "De wethouder pakte het rapport even vast en las de conclusies voor.", onTopic: false, note: "No qualifier before an act." },
    { text: "De man sloeg zijn partner [[in het heetst van]] de strijd." },
    { text: "Het was [[geen echt geweld]], hij had haar alleen geduwd.", onTopic: false, note: "Violence denied to make it small." },
    { text: "Ook wat lijkt op een eenmalige klap kan deel zijn van een patroon van controle.", onTopic: false, note: "The pattern of control is named." },
    { text: "Het [[bleef bij een schop]] en wat geduw tussen de echtgenoten.", note: "'bleef bij' before a minor act." },
    { text: "Elke klap is er een te veel, ook als het om een eenmalige klap lijkt te gaan.", onTopic: false, note: "The appearance is set against the violence." },
    { text: "Bij dit type partnergeweld is er [[zelden ernstig]] fysiek letsel." },
    { text: "Hulpverleners letten bij partnergeweld op het risico op ontsporing in het gezin.", note: "A risk of the softening word, not an incident made small (fr-cause)." },
    { text: "Om verdere ontsporing te voorkomen krijgt het echtpaar na het geweld hulp thuis.", note: "Something to prevent." },
    { text: "Na de wedstrijd sloeg hij in een opwelling een supporter.", onTopic: false, note: "A fight between strangers: not at home, no partners, perpetrator or victim named; 'hij' alone is not two parties (fr-cause)." },
    { text: "Na de voetbalwedstrijd sloeg hij zijn vrouw [[in een opwelling]].", onTopic: false, note: "A match mentioned in passing: his wife makes the passage domestic." },
    { text: "Hij sloeg haar [[in een opwelling]].", onTopic: false, note: "A man and a woman as the two parties." },
    { text: "Veel plegers slaan [[in een vlaag van]] woede.", onTopic: false, note: "A perpetrator named near the phrase." },
    { text: "Partnergeweld ontstaat vaak door [[verlies van controle]].", note: "The noun of losing control (fr-cause)." },
    { text: "Partnergeweld is vaak een kwestie van [[controleverlies]].", note: "A compound of control and losing (fr-cause)." },
    { text: "Bij huiselijk geweld ervaren slachtoffers vaak verlies van controle.", note: "The victims' feeling." },
    { text: "Vorige week doodde een [[dolgedraaide]] vader zijn vrouw.", note: "The killer as someone whose mind turned, like 'doorgedraaid' (confmin)." },
    { text: "Hij duwde zijn vrouw tegen de muur, [[zonder kwade bedoelingen]].", note: "The intent denied (confmin)." },
    { text: "Een kenmerk van dit soort mishandeling door de partner is het [[ontbreken van opzet]].", note: "Intent denied as a trait of the violence." },
    { text: "De wethouder handelde zonder kwade bedoelingen.", note: "No violence near." },
    { text: "Partnergeweld leidt tot verlies van controle over het eigen leven.", note: "Control over something: the coercive pattern." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const done = new Set<number>();
        /** "Ook wat lijkt op een eenmalige klap kan deel zijn van een patroon van controle": the pattern named sets the incident against it. */
        const patterned = (s: Sentence) => has(ctx, s.index, PATTERN);
        const apparent = (h: Hit) => hitsInClauseOf(ctx, h, APPEARANCE).length > 0;
        const consider = (concepts: string[], messageId: string, needs: string[] | null, keep: (h: Hit) => boolean = () => true) => {
          for (const h of ctx.find(concepts)) {
            if (!keep(h) || apparent(h) || hitsInClauseOf(ctx, h, RISK).length > 0) continue;
            const s = ownWords(ctx, h);
            if (!s || done.has(s.index) || countered(ctx, s.index) || patterned(s)) continue;
            // "'Losse handjes' bestaan niet": a label denied right after it in its clause.
            if (!needs && denied(ctx, h)) continue;
            if (needs && !nearBy(ctx, s, needs, VIOLENCE_WINDOW)) continue;
            // "Na de wedstrijd sloeg hij in een opwelling een supporter": a moment of lost control is this framing only in a
            // passage about violence at home or between partners, or one that names a perpetrator or victim, not in a
            // fight between strangers (fr-cause). "hij" alone is not the two parties.
            if (needs && !ctx.onTopic && !domesticPassage(ctx, s) && !nearBy(ctx, s, PARTIES, VIOLENCE_WINDOW)) continue;
            done.add(s.index);
            reportAt(ctx, h, messageId, { term: termOf(ctx, h) });
          }
        };
        consider(LABEL, "label", null);
        consider(FRAME, "frame", FRAME_CONTEXT);
        consider(LOSS_COMPOUND, "frame", FRAME_CONTEXT, (h) => hitsInClauseOf(ctx, h, FEELING).length === 0);
        consider(SCUFFLE, "frame", SCUFFLE_CONTEXT);
        consider(EUPHEMISM, "frame", EUPHEMISM_CONTEXT);
        // A diminutive of a minor act makes it small by itself ("een tikje", "duwtjes"), with violence, partners or a case near.
        consider(MINOR_ACT, "frame", EUPHEMISM_CONTEXT, (a) => DIMINUTIVE.test(ctx.doc.tokens.normAt(a.tokStart)));
        /** A minor act, not a grave one, at most `gap` tokens after the cue in its clause (if `affirmed`: not negated). */
        const minorActAfter = (cue: Hit, gap: number, affirmed: boolean): Hit | undefined => {
          const grave = hitsIn(ctx, cue.sentence, GRAVE);
          return hitsInClauseOf(ctx, cue, MINOR_ACT).find(
            (a) => a.tokStart >= cue.tokEnd && a.tokStart - cue.tokEnd <= gap && !grave.some((g) => g.start < a.end && a.start < g.end) && !(affirmed && ctx.negated(a)),
          );
        };
        /** Reports a frame over [start, end) of sentence s; the sentence is then done. */
        const reportFrame = (s: Sentence, start: number, end: number) => {
          const span = { start, end, sentence: s.index };
          done.add(s.index);
          reportAt(ctx, span, "frame", { term: termOf(ctx, span) });
        };
        // "er valt een klap": a verb of falling with a minor act after it in its clause, at home.
        for (const v of ctx.find(FALL)) {
          const s = ownWords(ctx, v);
          if (!s || done.has(s.index) || countered(ctx, s.index) || patterned(s) || !nearBy(ctx, s, HOME_CONTEXT, VIOLENCE_WINDOW)) continue;
          const act = minorActAfter(v, FALL_GAP, true);
          if (act) reportFrame(s, v.start, act.end);
        }
        // Violence as a loss of control: self-control with a verb of losing, or with a negated verb of mastering after it.
        const lossOfControl = (c: Hit): Hit | undefined => {
          // "de controle over haar leven": control over something or someone is the coercive pattern.
          if (ctx.doc.tokens.normAt(c.tokEnd) === "over") return undefined;
          const lost = hitsInClauseOf(ctx, c, LOSS).find((l) => tokensNear(l, c, CONTROL_GAP) && ownWords(ctx, l) !== null);
          if (lost) return lost;
          return hitsInClauseOf(ctx, c, MASTERY).find((m) => m.tokStart >= c.tokEnd && m.tokStart - c.tokEnd <= CONTROL_GAP && negatorIn(ctx, c.tokEnd, m.tokStart));
        };
        for (const c of ctx.find(SELF_CONTROL)) {
          const s = ownWords(ctx, c);
          if (!s || done.has(s.index) || countered(ctx, s.index) || patterned(s)) continue;
          const verb = lossOfControl(c);
          // "Slachtoffers ervaren verlies van controle": the victims' feeling, not the violence explained (fr-cause).
          if (verb && LOSS_NOUN.includes(verb.concept) && hitsInClauseOf(ctx, c, FEELING).length > 0) continue;
          if (!verb || !nearBy(ctx, s, [...VIOLENCE, ...PERPETRATOR], VIOLENCE_WINDOW)) continue;
          reportFrame(s, Math.min(c.start, verb.start), Math.max(c.end, verb.end));
        }
        // The construction: a diminishing qualifier right before a minor act, in one clause, the author's own words.
        for (const q of ctx.find(QUALIFIER)) {
          const s = ownWords(ctx, q);
          if (!s || done.has(s.index) || countered(ctx, s.index) || patterned(s) || denied(ctx, q) || apparent(q)) continue;
          // "maar ook geweld": "maar" as a conjunction.
          if (ctx.doc.tokens.normAt(q.tokEnd) === "ook") continue;
          const act = minorActAfter(q, QUALIFIER_GAP, false);
          // "even schadelijk als zelf geslagen worden": "even … als" compares (equally), it does not diminish (fr-counter).
          if (act && ctx.doc.tokens.normAt(q.tokStart) === "even" && act.tokStart > q.tokEnd && ctx.doc.tokens.normAt(q.tokEnd + 1) === "als") continue;
          if (act) reportFrame(s, q.start, act.end);
        }
      },
    };
  },
});
