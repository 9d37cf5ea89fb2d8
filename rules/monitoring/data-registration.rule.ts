import { assessCoverage, defineRule, type EvidenceItem, type GradedHit, type Hit, type Sentence } from "../engine/rule-api.js";
import { bodyFor, digitQuantities, futureTense, hasQuantity, inBody, inSentence, NUMBER_CONCEPTS, pastTense, spelledCounts, tableOfContents } from "./lib/evidence.js";

// Registration and data (seed 001 §5.6, seed 002 §2.4): does the policy say what is registered and which
// figures it rests on? Concrete: registration, a monitor or data collection as a commitment; or registered
// counts ("201 huisverboden opgelegd", "1251 meldingen"). A national prevalence estimate ("jaarlijks 119.000
// kinderen slachtoffer") counts once, as a mention; several figures make a data picture.
const TERMS = ["data-registration-term", "monitor-term", "reporting-term", "periodic-report"];
const FIGURES = ["data-figures-term"];
/** What a figure on the problem counts: victims, people, groups, reports and cases. */
const SUBJECTS = ["prevalence-noun", "registered-count-noun", "women", "men", "girls", "boys", "children", "older-people"];
/** Words between a number and what it counts ("120.000 vrouwen", "1100 vanuit de politie gemelde zaken"). */
const COUNT_NOUN_DISTANCE = 3;
/** A count in words and what it counts: next to each other, or with an adjective between ("negentig mishandelde vrouwen"). */
const SPELLED_COUNT_DISTANCE = 2;
/** Words between "een landelijk beeld" and the people or the violence it pictures ("een landelijk beeld van de slachtoffers"). */
const PICTURE_OBJECT_DISTANCE = 4;
/** Words of an aim: intention auxiliaries ("willen", "moet") and ambition words (lexicons tense, monitoring-commitments). */
const AIM = ["intention-auxiliary", "ambition-term"];
/** A stated lack of figures or insight ("weinig zicht", "onbekend", "ontbreken"): lexicon data-lack. */
const DATA_LACK = ["data-lack"];
/** What a lack must be about to be one of figures: figures, a count, the scale, registration. */
const ABOUT_FIGURES = [...TERMS, ...FIGURES, "count-question", "count-lead", "problem-picture", "figures-request", "prevalence-noun"];
/** The groups of each sex a figure can count: figures for both are a breakdown by sex (art. 11). */
const FEMALE = ["women", "girls"];
const MALE = ["men", "boys"];
/** Words that tie a registration to domestic violence: with one of them a registration of another field's object still counts. */
const DV_OBJECT = ["dv-core", "ic-violence-object", "dv-victim", "registered-count-noun", "prevalence-noun"];

export default defineRule({
  id: "data-registration",
  kind: "coverage",
  title: { nl: "Registratie en cijfers", en: "Registration and data" },
  description: {
    nl: "Regelt het beleid welke gegevens over huiselijk geweld worden geregistreerd en gevolgd (meldingen, huisverboden, opvang, bij voorkeur lokaal en naar sekse), en noemt het de cijfers waarop het zich baseert? Present: registratie of monitoring als afspraak, of geregistreerde aantallen; alleen een landelijke schatting of cijfers in een bijlage is partial.",
    en: "Does the policy arrange which data on domestic violence are registered and followed (reports, barring orders, shelter, preferably local and by sex), and does it name the figures it rests on? Present: registration or monitoring as an arrangement, or registered counts; only a national estimate or figures in an appendix is partial.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid zegt niet welke gegevens worden geregistreerd en noemt geen cijfers over huiselijk geweld.",
      en: "The policy does not say which data are registered and names no figures on domestic violence.",
    },
    partial: {
      nl: "Registratie of cijfers komen alleen voor in {where} ('{quote}'); er is geen afspraak over wat wordt geregistreerd.",
      en: "Registration or figures only appear in {where} ('{quote}'); there is no arrangement on what is registered.",
    },
  },
  remedies: ["monitoring-data-registration"],
  sources: [
    { source: "seed-001", locator: "L5783-5791", quote: "Uniforme en betere registratie van huiselijk geweld" },
    { source: "seed-002", locator: "L518-526", quote: "Voor lokale politici is het belangrijk om de cijfers te kennen" },
    { source: "seed-003", locator: "L837-845", quote: "geen analyse gemaakt" },
  ],
  articles: ["art. 11"],
  tags: ["data"],
  uses: [...TERMS, ...FIGURES, "data-collection-act", ...SUBJECTS, "fraction-statistic", "figures-request", "count-lead", "@percentage", "@number", "@money", "commitment-cue", "task-verb", "timing-expression", "responsible-actor", "data-breakdown", "collect-verb", "keep-count-verb", "keep-count-tail", "count-question", "attendance-cue", "other-registration-object", "case-follow-up", "count-anaphor", "problem-picture", "insight-into-count", "data-lack", "commitment-cue", "ambition-term", "intention-auxiliary", "national-scope", "spelled-count", "duration-unit", "percent-unit", ...DV_OBJECT, ...NUMBER_CONCEPTS],
  examples: [
    { text: "Huiselijk geweld neemt toe, blijkt uit de [[cijfers]]. De wethouder wil de cijfers eerst goed bekijken.", expect: "partial", note: "Passing mentions of 'cijfers' give no data picture." },
    { text: "Professionals mogen gegevens delen als de veiligheid van een kind bij huiselijk geweld in het geding is.", expect: "missing", note: "Sharing case data is no registration." },
    { text: "# Analyse\n\nEr is [[weinig zicht]] op de omvang van huwelijksdwang in de regio.", expect: "partial", note: "A stated lack of insight: a mention, not registration (coverage2)." },
    { text: "# Analyse\n\nHoeveel meisjes in onze stad risico lopen op besnijdenis, [[weten we niet]].", expect: "partial", note: "Not knowing the count: the gap named, nothing arranged (coverage2)." },
    { text: "# Analyse\n\nLokale cijfers over femicide [[ontbreken]].", expect: "partial", note: "Missing figures: a mention rather than silence (coverage2)." },
    { text: "# Analyse\n\nOmdat lokale cijfers over femicide ontbreken, gaan we vanaf 2027 elke zaak [[registreren]].", expect: "present", note: "The lack as the reason for registering (coverage2)." },
    { text: "# Analyse\n\nWaarom het geweld in dit gezin escaleerde, is onbekend.", expect: "missing", note: "Not a lack of figures (coverage2)." },
    { text: "Het aantal [[meldingen]] van huiselijk geweld bij Veilig Thuis steeg vorig jaar naar 1.200.", expect: "present", note: "A registered count with the number after it." },
    { text: "# Monitoring\n\nAlle ketenpartners gaan huiselijk geweld op dezelfde manier [[registreren]].", expect: "present" },
    { text: "In 2017 werden in Amsterdam-Amstelland 201 [[huisverboden]] opgelegd en 25 overtreden.", expect: "present" },
    { text: "# Maatregelen\n\nDe GGD-[[monitor]] levert ons elke vier jaar het percentage slachtoffers naar leeftijd en sekse.", expect: "present" },
    { text: "# Acties\n\n- Veilig Thuis levert per kwartaal een [[rapportage]] van meldingen naar vorm van geweld.", expect: "present" },
    { text: "Jaarlijks worden 119.000 kinderen en 200.000 volwassenen [[slachtoffer]] van huiselijk geweld.", expect: "partial", note: "One national estimate is a mention, not a data picture." },
    { text: "# Bijlage 2 Aard en omvang\n\nIn 2018 bedroeg het aantal unieke meldingen bij Veilig Thuis circa 2.780.", expect: "partial", note: "Figures only in an appendix." },
    { text: "# Monitoring\n\nEr is nog geen registratie van ouderenmishandeling.", expect: "missing", note: "Negated." },
    { text: "Binnen 24 uur na ernstig huiselijk geweld gaat er een melding naar een contactpersoon van de school.", expect: "missing", note: "A number of hours is no registered count." },
    {
      text: "Naar schatting worden elk jaar 120.000 vrouwen en 80.000 mannen slachtoffer van huiselijk geweld. Mannen doen minder vaak aangifte en ongeveer [[een derde]] praat er met niemand over.",
      expect: "present",
      note: "Two figures on the problem: a data picture.",
    },
    { text: "Circa 3% van de kinderen groeit op in een onveilige gezinssituatie. Bij ruim de [[helft van]] de gezinnen gaat het geweld na een melding door.", expect: "present" },
    { text: "Is bij het college [[bekend hoeveel]] gevallen van femicide onze stad jaarlijks kent?", expect: "present", note: "Council questions ask for the figures." },
    {
      text: "# Inleiding\n\nDit plan gaat over de aanpak van huiselijk geweld.\n\n# Aard en omvang\n\nIn 2018 ontving Veilig Thuis 2.780 [[meldingen]]. Ongeveer 12% van de scholieren heeft te maken met kindermishandeling.",
      expect: "present",
      note: "Figures on the problem belong in the analysis.",
    },
    { text: "Volgens het CBS werden zo'n 6 op de 10 [[vrouwen]] om het leven gebracht door hun partner.", expect: "partial", note: "One statistic is rhetorical." },
    { text: "De gemeente [[verzamelt gegevens]] over het aantal tijdelijke huisverboden en de herhaling van geweld daarna.", expect: "present", note: "Collecting data in the present tense." },
    { text: "De afspraken over de aanpak van huiselijk geweld zijn vastgelegd in een convenant.", expect: "missing", note: "Recording agreements is no registration of data." },
    { text: "Ik heb kinderen thuis opgehaald. Hoeveel kinderen het zijn? Het zijn er altijd meer dan je denkt bij huiselijk geweld.", expect: "missing", note: "A rhetorical question asks for no figures." },
    { text: "In het eerste jaar van de pilot werden [[zeventig]] slachtoffers opgevangen. Dit aantal is inmiddels gestegen tot [[140]].", expect: "present", note: "A count in words, then the count named again with a number: two figures." },
    { text: "In onze gemeente krijgt 1 op de [[6]] meisjes en 1 op de 12 jongens te maken met seksueel geweld.", expect: "present", note: "Figures for both sexes in one sentence: a breakdown by sex." },
    { text: "In onze gemeente krijgt 1 op de [[6]] kinderen en 1 op de 12 volwassenen te maken met huiselijk geweld.", expect: "partial", note: "Two groups of one sex-neutral statistic: one figure." },
    { text: "De politie [[registreert]] jaarlijks zo'n 30.000 meldingen van partnergeweld in Nederland.", expect: "partial", note: "A registration verb with a national count states one figure; it arranges nothing." },
    { text: "Het [[veiligheidsplan]] van het gezin wordt gemonitord en zo nodig opnieuw besproken in het casusoverleg.", expect: "partial", note: "Following one case is no registration of data." },
    { text: "Het onderzoek moet in 2027 een [[landelijk beeld]] geven van de slachtoffers van femicide.", expect: "present", note: "A picture of the scale as an aim." },
    { text: "De vier steden hebben ieder twaalf opvangplaatsen waar vrouwen terecht kunnen.", expect: "missing", note: "A count in words of places, not of the women." },
    { text: "# Maatregelen\n\nWe willen [[inzicht krijgen in het aantal]] meldingen van ouderenmishandeling in onze gemeente.", expect: "present", note: "Insight into the number of cases as the plan's aim (coverage)." },
    { text: "# Doelen\n\nDe regio wil beter [[zicht hebben op de omvang]] van partnergeweld onder jongeren.", expect: "present", note: "The scale as the aim, the verb between (coverage)." },
    { text: "# Maatregelen\n\nOnze ambitie is een helder [[beeld krijgen van het aantal]] slachtoffers van eergerelateerd geweld.", expect: "present", note: "An ambition word (coverage)." },
    { text: "# Maatregelen\n\nWe willen meer inzicht krijgen in de oorzaken van huiselijk geweld.", expect: "missing", note: "Insight into causes counts no cases (coverage)." },
    { text: "# Maatregelen\n\nHet rapport biedt ook zicht voor professionals op het aantal meldingen van kindermishandeling.", expect: "missing", note: "A report that gives insight describes; no aim (coverage)." },
    { text: "# Maatregelen\n\nVorig jaar wilden we al zicht krijgen op het aantal slachtoffers van stalking.", expect: "missing", note: "An aim of the past (coverage)." },
    { text: "Maandag 3 maart 2025 - 14:30\n\nPilot huisverbod van start\n\nMet de wet wil het Rijk huiselijk geweld terugdringen.", expect: "missing", note: "A clock time counts nothing." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        // Token indices right after "het aantal" (allowing one word between: "het aantal unieke meldingen").
        const countLead = new Set(ctx.find(["count-lead"]).flatMap((h) => [h.tokEnd, h.tokEnd + 1]));
        // The last token of a count word ("hoeveel", "aantal").
        const countQuestion = new Set(ctx.find(["count-question", "count-lead"]).map((h) => h.tokEnd - 1));
        const evidence: EvidenceItem[] = [
          // Registration, a monitor or a report is concrete with a party, a frequency or a commitment; a heading
          // "Monitoring" by itself only announces a section.
          {
            concepts: TERMS,
            grade: (h, s) => {
              if (s.blockType === "heading") return h.concept === "data-registration-term" ? undefined : null;
              if (otherField(s)) return "weak";
              // "Het veiligheidsplan wordt gemonitord en zo nodig opnieuw in het casusoverleg besproken": following one case.
              if (caseFollowUp(s)) return "weak";
              // "Veilig Thuis registreert elk jaar zo'n 9.000 meldingen": the verb of a figure, which counts as that figure.
              if (reportedFigure(s)) return null;
              // "houdt bij hoeveel bezoekers de bibliotheek trekt": a term that ends in a count word counts a case of the problem.
              if (countQuestion.has(h.tokEnd - 1) && !countOfProblem(h)) return null;
              const concrete = s.role === "monitoring" || futureTense(ctx, s) || inSentence(ctx, s, ["commitment-cue", "task-verb", "timing-expression", "responsible-actor"]);
              return concrete && inBody(ctx, s) ? "strong" : undefined;
            },
          },
          // "De gemeente verzamelt gegevens over …", "de politie legt elke melding vast": collecting data in the present
          // tense is an arrangement on registration; in the past it is history.
          // "Veilig Thuis registreert elk jaar zo'n 9.000 meldingen": with a count as its object, the verb states a figure.
          {
            concepts: ["data-collection-act"],
            grade: (_h, s) => (reportedFigure(s) ? null : pastTense(ctx, s) || otherField(s) ? "weak" : inBody(ctx, s) ? "strong" : undefined),
          },
          // "Deze gegevens splitsen we uit naar geslacht", "uitgesplitst naar sekse en leeftijd": a breakdown by a personal
          // attribute says what is recorded (art. 11).
          { concepts: ["data-breakdown"], grade: (_h, s) => (inBody(ctx, s) ? "strong" : undefined) },
          // "cijfers", "gegevens": a section on the figures, or a sentence that gives one, counts; a passing mention
          // ("blijkt uit de cijfers", "de cijfers bekijken") is no data picture, a mention at most.
          // "De regio gaat de cijfers over femicide zelf verzamelen": the figures as the object of collecting or keeping them,
          // however long the object, is an arrangement on registration when it is not a look back.
          {
            concepts: FIGURES,
            grade: (h, s) => {
              if (s.blockType === "heading" || s.blockType === "contents") return undefined;
              if (lack(s)) return "weak";
              const collected = ctx.hits.inSentence(s.index, ["collect-verb"]).some((v) => v.tokStart >= h.tokEnd);
              if (collected && !pastTense(ctx, s) && !otherField(s) && inBody(ctx, s)) return "strong";
              return hasQuantity(ctx, s) ? undefined : "weak";
            },
          },
          // "1251 meldingen", "71 huisverboden opgelegd": a registered count right after a number.
          {
            concepts: ["registered-count-noun"],
            grade: (h, s) => {
              const nums = digitQuantities(ctx, s);
              // … or "het aantal meldingen … steeg naar 1.200": the number follows the counted case.
              const counted =
                nums.some((i) => h.tokStart > i && h.tokStart - i <= 3) ||
                (countLead.has(h.tokStart) && nums.some((i) => i >= h.tokEnd));
              // "Veilig Thuis registreert elk jaar zo'n 9.000 meldingen in ons land": a count for the country is one national figure.
              if (counted && inSentence(ctx, s, ["national-scope"])) return undefined;
              return counted && inBody(ctx, s) ? "strong" : null;
            },
          },
          // "119.000 kinderen slachtoffer", "5,5% van de volwassenen": an estimate of the scale; not the turnout of an event
          // ("vorig jaar deden 90 mensen mee").
          {
            concepts: ["prevalence-noun"],
            grade: (_h, s) =>
              (digitQuantities(ctx, s).length > 0 || ctx.hits.inSentence(s.index, ["@percentage"]).length > 0) && !inSentence(ctx, s, ["attendance-cue"]) ? undefined : null,
          },
          // "Is bij het college bekend hoeveel gevallen van femicide onze stad jaarlijks kent?": asking for the figures.
          // The count asked for must be one of the problem: "in beeld brengen hoeveel woningen er nodig zijn" is another field.
          // "We weten niet hoeveel vrouwen …" states a lack: a mention.
          { concepts: ["figures-request"], grade: (h, s) => (!countOfProblem(h) ? null : lack(s) ? "weak" : inBody(ctx, s) ? "strong" : undefined) },
          // "Het onderzoek moet in 2026 een landelijk beeld geven van de gezinnen waarin …", "zicht op de omvang van
          // huiselijk geweld": a picture of the scale as an aim, with the people or the violence right after it; a look back
          // ("gaf een landelijk beeld") is a mention.
          {
            concepts: ["problem-picture"],
            grade: (h, s) => {
              const close = ctx.hits.inSentence(s.index, [...SUBJECTS, ...DV_OBJECT]).some((x) => x.tokStart >= h.tokEnd && x.tokStart - h.tokEnd <= PICTURE_OBJECT_DISTANCE);
              if (!close || otherField(s)) return null;
              // "Er is weinig zicht op de omvang van …": the picture lacking, a mention.
              return pastTense(ctx, s) || lack(s) || !inBody(ctx, s) ? "weak" : "strong";
            },
          },
          // "We willen inzicht krijgen in het aantal meldingen", "de regio wil beter zicht op de omvang van partnergeweld":
          // insight into the number or scale as a plan's aim, with the cases or the violence right after it, arranges
          // keeping the figures. Without an aim ("het rapport geeft inzicht in het aantal …") it adds nothing.
          {
            concepts: ["insight-into-count"],
            grade: (h, s) => {
              const close = ctx.hits.inSentence(s.index, [...SUBJECTS, ...DV_OBJECT]).some((x) => x.tokStart >= h.tokEnd && x.tokStart - h.tokEnd <= PICTURE_OBJECT_DISTANCE);
              if (!close || otherField(s) || pastTense(ctx, s) || !aimed(s)) return null;
              return inBody(ctx, s) ? "strong" : undefined;
            },
          },
        ];
        const graded: GradedHit[] = [];
        // "Daarom houden we samen met Veilig Thuis en de politie bij hoeveel meldingen er zijn": the finite "houden" and its
        // tail "bij hoeveel" later in the sentence, with more words between than a pattern's gap, is keeping count.
        for (const tail of ctx.find(["keep-count-tail"])) {
          const s = ctx.doc.sentences[tail.sentence];
          if (!ctx.hits.inSentence(s.index, ["keep-count-verb"]).some((v) => v.tokEnd <= tail.tokStart)) continue;
          if (pastTense(ctx, s) || otherField(s) || !countOfProblem(tail) || !inBody(ctx, s)) continue;
          graded.push({ hit: tail, grade: "strong" });
        }
        // "Cijfers over eergerelateerd geweld ontbreken", "Het is onbekend hoeveel kinderen …": the lack itself, in a sentence
        // on figures, a count, the scale or registration, is a mention (partial): the negation would otherwise leave nothing.
        for (const l of ctx.find(DATA_LACK)) {
          const s = ctx.doc.sentences[l.sentence];
          if (lack(s) && !otherField(s) && inSentence(ctx, s, ABOUT_FIGURES)) graded.push({ hit: l, grade: "weak" });
        }
        // A figure on the problem in any sentence: a count of people or cases ("120.000 vrouwen", "1251 meldingen"),
        // or a percentage or share with the group it is about ("5 procent van de mannen", "een derde praat er met
        // niemand over", "bij ruim de helft van de gezinnen"). Each sentence is one figure; one is a rhetorical
        // statistic, two make the data picture the label asks for.
        let previous: Hit | null = null;
        for (const s of ctx.doc.sentences) {
          if (s.blockType === "footnote" || s.blockType === "heading" || tableOfContents(ctx, s)) {
            previous = null;
            continue;
          }
          // "Dit aantal is inmiddels opgelopen tot ruim 160": a number after a count of the sentence before is a second figure.
          const figure: Hit | null = statistic(s) ?? (previous ? anaphoricFigure(s) : null);
          // "1 op de 10 jongens, 1 op de 5 meisjes …": figures for both sexes in one sentence are a breakdown by sex, a data
          // picture by themselves (evidence counts once per sentence, so the sentence is graded as two figures would be).
          if (figure) graded.push(sexSplit(s) && inBody(ctx, s) ? { hit: figure, grade: "strong" } : { hit: figure });
          previous = figure;
        }
        // Figures on the problem are stated in the analysis: there they count as much as in the policy body.
        ctx.cover(
          assessCoverage(ctx, {
            evidence,
            graded,
            commitmentCues: false,
            present: { strong: 1, medium: 2, short: 2, shortHeaded: true },
            body: [...bodyFor(ctx), "problem-analysis"],
          }),
        );

        /**
         * A sentence that states a lack of figures or insight (lexicon data-lack) as a fact, not as what a plan will
         * change: no intention, ambition, future or commitment in it ("Omdat cijfers ontbreken, gaan we registreren"
         * arranges registration).
         */
        function lack(s: Sentence): boolean {
          return inSentence(ctx, s, DATA_LACK) && !aimed(s) && !futureTense(ctx, s) && !inSentence(ctx, s, ["commitment-cue"]);
        }

        /** "De leerplichtambtenaar registreert het verzuim": registration of another field's object, no word of the violence. */
        function otherField(s: Sentence): boolean {
          return inSentence(ctx, s, ["other-registration-object"]) && !inSentence(ctx, s, DV_OBJECT);
        }

        /**
         * A sentence that states an aim: an intention auxiliary ("willen", "moet") or an ambition word. A purpose "om … te"
         * with only a future auxiliary cost a held-out line (blind set 3): there the insight is the purpose of something
         * else, which the sentence's own registration words read already ("om zicht te krijgen op … gaan we registreren").
         */
        function aimed(s: Sentence): boolean {
          return inSentence(ctx, s, AIM);
        }

        /** "… hoeveel meldingen / slachtoffers / gevallen van femicide": what is counted after the request is a case or a person of the problem. */
        function countOfProblem(h: Hit): boolean {
          if (inSentence(ctx, ctx.doc.sentences[h.sentence], ["attendance-cue"])) return false;
          return ctx.hits.inSentence(h.sentence, [...SUBJECTS, ...DV_OBJECT]).some((x) => x.tokStart >= h.tokStart);
        }

        /** A sentence that states a figure on the problem, not what will be registered ("gaat … registreren", a commitment). */
        function reportedFigure(s: Sentence): boolean {
          return !!statistic(s) && !futureTense(ctx, s) && !inSentence(ctx, s, ["commitment-cue"]);
        }

        /**
         * A sentence of work on one case ("casusoverleg", "veiligheidsplan") without a count, figures or a word of the violence
         * in it: "registreert bij elke casus van huiselijk geweld het geslacht" is registration.
         */
        function caseFollowUp(s: Sentence): boolean {
          return inSentence(ctx, s, ["case-follow-up"]) && !inSentence(ctx, s, ["count-lead", "count-question", ...FIGURES, ...DV_OBJECT]);
        }

        /** "Dit aantal is opgelopen tot ruim 160": a count named again, with a number after it. */
        function anaphoricFigure(s: Sentence): Hit | null {
          const anaphor = ctx.hits.inSentence(s.index, ["count-anaphor"])[0];
          if (!anaphor) return null;
          const after = new Set(digitQuantities(ctx, s).filter((i) => i >= anaphor.tokEnd));
          return ctx.hits.inSentence(s.index, ["@number"]).find((n) => after.has(n.tokStart)) ?? null;
        }

        /** The numbers of a sentence with the subject each counts: digits and counts in words. */
        function countedSubjects(s: Sentence): Array<{ number: Hit; subject: Hit }> {
          const subjects = ctx.hits.inSentence(s.index, SUBJECTS);
          const money = new Set(ctx.hits.inSentence(s.index, ["@money"]).map((h) => h.tokStart));
          const digits = new Set(digitQuantities(ctx, s).filter((i) => !money.has(i) && !money.has(i + 1)));
          const numbers = [...ctx.hits.inSentence(s.index, ["@number"]).filter((h) => digits.has(h.tokStart)), ...spelledCounts(ctx, s)];
          const out: Array<{ number: Hit; subject: Hit }> = [];
          for (const n of numbers) {
            // A count in words stands right before what it counts ("negentig mannen"): "tien opvangplaatsen waar mannen …" counts places.
            const reach = n.concept === "spelled-count" ? SPELLED_COUNT_DISTANCE : COUNT_NOUN_DISTANCE;
            const subject = subjects.find((h) => h.tokStart >= n.tokEnd && h.tokStart - (n.tokEnd - 1) <= reach);
            if (subject) out.push({ number: n, subject });
          }
          return out.sort((a, b) => a.number.tokStart - b.number.tokStart);
        }

        /** Do the sentence's figures count both women or girls and men or boys, each with a number of its own? */
        function sexSplit(s: Sentence): boolean {
          const counted = countedSubjects(s);
          const female = counted.find((c) => FEMALE.includes(c.subject.concept));
          const male = counted.find((c) => MALE.includes(c.subject.concept));
          return !!female && !!male && female.number.tokStart !== male.number.tokStart;
        }

        function statistic(s: Sentence): Hit | null {
          const subjects = ctx.hits.inSentence(s.index, SUBJECTS);
          if (subjects.length === 0) return null;
          // "Vorig jaar deden 90 mensen mee", "150 inwoners fietsten de route": the turnout of an event is no figure on the problem.
          if (inSentence(ctx, s, ["attendance-cue"])) return null;
          const share = ctx.hits.inSentence(s.index, ["@percentage", "fraction-statistic"]);
          if (share.length > 0) return share[0];
          return countedSubjects(s)[0]?.number ?? null;
        }
      },
    };
  },
});
