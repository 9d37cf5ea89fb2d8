import { defineRule } from "../engine/rule-api.js";
import type { Hit, RuleContext } from "../engine/rule-api.js";
import { safeguardHolds } from "./lib/concession.js";
import { clauseOf, CULTURALISED, has, hitsIn, hitsInClauseOf, nearBy, ownWords, PARTNER_VIOLENCE_PARTIES, partnerViolenceAround, REFUTATION, RELATIONSHIP, reportAt, sectionTitledWith, termOf, tokensNear, VIOLENCE } from "./lib/framing.js";

// Mediation, couples therapy or joint conversations as the response to partner violence ("Bij partnergeweld
// bieden we mediation aan", "stellen die kampen met relationeel geweld komen voor relatietherapie", "de
// officier van justitie en het mediationbureau zien ruimte voor een mediationgesprek": mediation in a criminal
// case between partners, even where the word violence is not used). Such help assumes two
// equal parties; the Convention forbids mandatory mediation (art. 48) and GREVIO warns against normalising
// contact with the perpetrator (G12). The Istanbul module's art. 48 check weighs the policy's safeguards over the
// whole document; this rule marks the sentence. Only next to partner or domestic violence (a term in the
// sentence, within two sentences, or in the heading above), not when the sentence states a safeguard
// (screening, only after the violence has stopped, voluntary, not in partner violence), not negated ("geen
// mediation bij partnergeweld"), not in someone else's words.
const TERMS = ["gender-couple-intervention"];
/** A safeguard, or the help ruled out with "nooit" after it ("bemiddeling is nooit een optie"; fr-rel). */
const SAFEGUARD = ["gender-safety-first", "gender-intervention-excluded"];
const PARTNER_VIOLENCE = ["dv-core", "gender-partner-violence-context"];
const CRIMINAL = ["gender-criminal-case"];
/**
 * A joint conversation built from slots (issue 13, a13f): a word for talking or bringing together and the partners
 * or the couple in one clause ("ging met de man en vrouw om tafel", "bracht het echtpaar samen in gesprek").
 */
const JOINT = ["gender-joint-talk"];
const PARTY = ["gender-partner-persons", "gender-couple-unit"];

/** Tokens between the word for talking and the partners. */
const PARTY_GAP = 6;
/** Sentences around the help in which partner or domestic violence makes it the response to that violence. */
const WINDOW = 2;
/**
 * The help stopped or broken off (issue 13, fr-rel): "bij vermoedens van geweld stopt de mediation" is the art. 48
 * safeguard, not the help as the response. Only right beside the help and with no violence between them or
 * just after the verb ("na de relatietherapie stopte het geweld" is the help's success).
 */
const STOPPED = ["gender-intervention-stopped"];
/** Tokens between the help and the verb that stops it ("stopt de mediation", "de bemiddeling wordt direct afgebroken"). */
const STOP_GAP = 3;
/** The victim and the children as who takes part ("gezinstherapie voor moeder en kind"): no perpetrator at the table. */
const VICTIM_CHILD = ["gender-victim-child-party"];
/** Someone who would put the perpetrator or both partners at the table after all. */
const OTHER_PARTY = [...PARTY, "gender-perpetrator", "gender/mediation-partner-violence#father"];

/** "raden … af", "raadt … af": the advising verb with its particle closing the clause, however far apart (fr-b). */
const ADVISE = ["gender-advise-stem"];
/** Words that may follow the closing "af" and start what limits the advice ("af, zolang …", "af bij partnergeweld"). */
const AFTER_PARTICLE = new Set(["zolang", "als", "wanneer", "bij"]);

/** Is the help advised against in its clause ("wij raden gezamenlijke gesprekken met beide partners af, zolang …")? */
function advisedAgainst(ctx: RuleContext, h: Hit): boolean {
  const { tokens } = ctx.doc;
  return hitsInClauseOf(ctx, h, ADVISE).some((v) => {
    const [, to] = clauseOf(ctx, v.tokStart);
    for (let k = Math.max(v.tokEnd, h.tokEnd); k < to; k++) if (tokens.normAt(k) === "af" && (k + 1 === to || AFTER_PARTICLE.has(tokens.normAt(k + 1)))) return true;
    return false;
  });
}

/** Is some help in this sentence stopped in its own clause ("de mediator verwijst door ... en stopt de mediation")? */
function stopped(ctx: RuleContext, index: number): boolean {
  const violence = hitsIn(ctx, index, VIOLENCE);
  // The violence as what stops: between the help and the verb, or just after the verb ("stopte het geweld").
  const violenceStops = (h: Hit, s: Hit) => violence.some((v) => (v.tokStart >= Math.min(h.tokEnd, s.tokEnd) && v.tokEnd <= Math.max(h.tokStart, s.tokStart)) || (v.tokStart >= s.tokEnd && v.tokStart - s.tokEnd <= STOP_GAP));
  return hitsIn(ctx, index, TERMS).some((h) => hitsInClauseOf(ctx, h, STOPPED).some((s) => tokensNear(s, h, STOP_GAP) && !violenceStops(h, s)));
}

/** Does the help go to the victim and the children only ("gezinstherapie voor moeder en kind", "met de kinderen")? */
function victimAndChildren(ctx: RuleContext, h: Hit): boolean {
  const next = ctx.doc.tokens.normAt(h.tokEnd);
  if (next !== "voor" && next !== "met") return false;
  return hitsIn(ctx, h.sentence, VICTIM_CHILD).some((p) => p.tokStart === h.tokEnd + 1) && !hitsInClauseOf(ctx, h, OTHER_PARTY).length;
}

export default defineRule({
  id: "mediation-partner-violence",
  title: { nl: "Bemiddeling of relatietherapie bij partnergeweld", en: "Mediation or couples therapy for partner violence" },
  description: {
    nl: "Een zin die bemiddeling, mediation, relatietherapie of gezamenlijke gesprekken inzet of aanprijst als aanpak van partnergeweld, zonder waarborg in die zin (screening op dwingende controle, pas als het geweld gestopt is, vrijwillig). Zulke hulp gaat uit van twee gelijke partijen.",
    en: "A sentence that uses or recommends mediation, couples therapy or joint conversations as the response to partner violence, without a safeguard in that sentence (screening for coercive control, only once the violence has stopped, voluntary). Such help assumes two equal parties.",
  },
  severity: "warning",
  score: 50,
  messages: {
    default: {
      nl: "'{term}' als aanpak van partnergeweld gaat uit van twee gelijke partijen en kan het slachtoffer onder druk zetten; eerst screenen op dwingende controle, nooit verplicht (art. 48).",
      en: "'{term}' as the response to partner violence assumes two equal parties and can put the victim under pressure; screen for coercive control first, never mandatory (art. 48).",
    },
  },
  remedies: ["gender-no-couple-help-for-partner-violence"],
  sources: [
    { source: "istanbul-convention", locator: "art. 48" },
    { source: "grevio-2020-nl", locator: "G12" },
    { source: "seed-003", locator: "L3646-3650", quote: "met hulp in de vorm van relatietherapie" },
  ],
  articles: ["art. 48"],
  tags: ["gender", "framing", "safety"],
  concepts: [{ id: "gender/mediation-partner-violence#father", terms: ["vader", "vaders", "stiefvader"].map((text) => ({ text, match: "exact" as const })) }],
  uses: [...REFUTATION, ...CULTURALISED, ...ADVISE, ...STOPPED, ...VICTIM_CHILD, "gender-perpetrator", ...JOINT, ...PARTY, ...TERMS, ...SAFEGUARD, ...PARTNER_VIOLENCE, ...VIOLENCE, ...RELATIONSHIP, ...CRIMINAL, ...PARTNER_VIOLENCE_PARTIES],
  examples: [
    // framing4: the partners invited together to one conversation, and safety secured first as the safeguard.
    { text: "Na een melding van partnergeweld nodigen we man en vrouw [[samen uit voor een gesprek]].", note: "Invited together: a joint conversation (framing4)." },
    { text: "Bij partnergeweld volgt een [[gezamenlijk gesprek]] met de man en de vrouw.", note: "A joint conversation with both partners." },
    { text: "Bij partnergeweld nodigen we de partners pas samen uit voor een gesprek als de veiligheid is geborgd.", note: "Safety secured first: a safeguard (framing4)." },
    { text: "Bij partnergeweld worden het slachtoffer en de pleger nooit samen uitgenodigd voor een gesprek.", note: "Negated." },
    { text: "Relatietherapie is bij een gewelddadige partner geen oplossing.", note: "Called no solution (h-fr4)." },
    { text: "Na de melding van partnergeweld ging de wijkagent met de man en vrouw [[om tafel]] om de situatie te bespreken.", note: "A word for talking with the partners in its clause (a13f)." },
    { text: "Na het huiselijk geweld werd het echtpaar [[samengebracht]] om afspraken te maken." },
    { text: "De gemeente gaat in gesprek met de woningcorporaties over huiselijk geweld.", note: "No partners in the clause." },
    { text: "Bij partnergeweld gaan we nooit met de partners samen om tafel.", note: "Negated." },
    { text: "De raad ging met de wethouder om tafel over het plan voor de vrouwenopvang.", note: "No partners." },
    { text: "Veel slachtoffers zoeken pas laat hulp. In een [[gesprek met beide partners]] zoekt de hulpverlener naar een oplossing.", onTopic: false, note: "A victim and the partners: violence between partners without a term for domestic violence." },
    { text: "Bij eergerelateerd geweld zoeken we naar een [[gesprek tussen de partijen]] met een vertrouwenspersoon." },
    { text: "De politie stelde na de mishandeling een [[bemiddelingsgesprek]] tussen de partners voor." },
    { text: "In gevallen van partnergeweld gaan we [[samen met beide partners]] in gesprek." },
    { text: "Het Verdrag van Istanbul verbiedt verplichte bemiddeling bij geweld tegen vrouwen.", note: "A safeguard." },
    { text: "Mediation is bij partnergeweld uitgesloten omdat het slachtoffer niet vrij kan spreken.", note: "A safeguard." },
    { text: "Bij partnergeweld werken we systeemgericht, waarbij de veiligheid van slachtoffer en kinderen voorop staat en de pleger verantwoordelijk wordt gehouden.", note: "Safety first and the perpetrator held accountable: a safeguard." },
    { text: "Bij partnergeweld bieden we [[relatietherapie]], waarin slachtoffer en pleger samen verantwoordelijk zijn voor verandering." },
    { text: "# Maatregelen\n\nBij partnergeweld bieden we [[mediation]] aan tussen de partners." },
    { text: "Stellen die kampen met relationeel geweld, worstelen met dezelfde problemen als andere stellen die bij mij komen voor [[relatietherapie]].", onTopic: false },
    { text: "Na het huisverbod volgen [[gesprekken met beide partners]] om herhaling te voorkomen." },
    { text: "Weken na het voorval vindt er een [[mediationgesprek]] plaats. De officier van justitie en het [[mediationbureau]] van de rechtbank zien ook dat de partners contact willen houden.", onTopic: false, note: "Mediation in a criminal case between partners." },
    { text: "Bij een scheiding kan mediation helpen; de partners maken afspraken over de kinderen.", onTopic: false, note: "Divorce mediation, no violence or criminal case." },
    { text: "Bij partnergeweld zetten we relatietherapie alleen in na screening op dwingende controle.", note: "Safeguard in the sentence." },
    { text: "Bij partnergeweld zetten we geen mediation in.", note: "Negated." },
    { text: "Relatietherapie helpt stellen om beter te communiceren.", onTopic: false, note: "No partner violence." },
    { text: "Wij raden gezamenlijke gesprekken met beide partners af zolang er sprake is van geweld.", note: "Advised against (fr-b)." },
    { text: "In de relatietherapie leerden ze beter naar elkaar te luisteren.", onTopic: false, note: "No violence." },
    { text: "Het Jeugdteam organiseerde na het partnergeweld een [[eigen kracht-conferentie]] met de vrouw en haar gewelddadige partner.", note: "A family group conference with both partners (fr-b)." },
    { text: "Huiselijk geweld staat op de agenda. De buurtbemiddeling helpt bij burenruzies.", note: "Neighbour mediation." },
    { text: "Wij bieden relatietherapie aan stellen zonder geweld in de relatie.", note: "The violence is excluded." },
    { text: "Na het geweld in de relatie schakelde het sociaal team een [[familiebemiddelaar]] in." },
    { text: "Na de mishandeling stelde de wijkagent voor dat de partners het [[onder begeleiding van een buurtbemiddelaar zouden uitpraten]]." },
    { text: "Na de [[relatietherapie]] stopte het geweld tussen de partners.", note: "The violence stops, not the help." },
    { text: "Bij vermoedens van huiselijk geweld verwijst de mediator het stel door en stopt de mediation.", note: "The help is stopped: a safeguard." },
    { text: "Na huiselijk geweld helpt gezinstherapie voor moeder en kinderen bij de verwerking.", note: "The victim and the children, no perpetrator at the table." },
    { text: "Na huiselijk geweld volgt [[gezinstherapie]] met de kinderen en de vader samen.", note: "The father at the table after all." },
    { text: "Bij gewelddadige eerzaken kan [[bemiddeling]] tussen de families uitkomst bieden.", note: "Violence in an honour-related case (fr-rel)." },
    { text: "Hoewel de veiligheid voorop staat, bieden we bij partnergeweld [[mediation]] aan.", note: "Safety conceded in its own clause (fr-rel, lib/concession)." },
    { text: "Bij partnergeweld is relatietherapie nooit een optie.", note: "Ruled out with 'nooit' after the help (fr-rel)." },
    { text: "Bij eerzaken bemiddelt de sleutelpersoon tussen de families over de bruidsschat.", note: "An honour-related case without violence (fr-rel)." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const done = new Set<number>();
        const joint = ctx.find(JOINT).filter((j) => hitsInClauseOf(ctx, j, PARTY).some((p) => tokensNear(p, j, PARTY_GAP)));
        for (const h of [...ctx.find(TERMS), ...joint]) {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index) || safeguardHolds(ctx, h, SAFEGUARD) || stopped(ctx, s.index) || victimAndChildren(ctx, h) || advisedAgainst(ctx, h)) continue;
          // Partner or domestic violence around it, violence and the relationship in the sentence itself, or a
          // criminal case between partners ("het mediationbureau van de rechtbank ... de partners").
          const atHome = has(ctx, s.index, VIOLENCE) && has(ctx, s.index, RELATIONSHIP);
          const criminalCase = nearBy(ctx, s, CRIMINAL, WINDOW) && nearBy(ctx, s, RELATIONSHIP, 1);
          // Or a victim, perpetrator or violence next to the relationship, without a term for domestic violence.
          const between = partnerViolenceAround(ctx, s);
          // Or violence in an honour-related case in the sentence ("bij gewelddadige eerzaken"; fr-rel).
          const honourCase = has(ctx, s.index, VIOLENCE) && has(ctx, s.index, CULTURALISED);
          if (!(atHome || criminalCase || between || honourCase || nearBy(ctx, s, PARTNER_VIOLENCE, WINDOW) || sectionTitledWith(ctx, s, PARTNER_VIOLENCE))) continue;
          // "relatietherapie voor stellen zonder geweld in de relatie": the violence is excluded.
          if (hitsIn(ctx, s.index, PARTNER_VIOLENCE).some((v) => ctx.negated(v)) && !hitsIn(ctx, s.index, PARTNER_VIOLENCE).some((v) => !ctx.negated(v))) continue;
          done.add(s.index);
          reportAt(ctx, h, "default", { term: termOf(ctx, h) });
        }
      },
    };
  },
});
