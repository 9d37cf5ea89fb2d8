import type { Hit } from "../engine/match/matcher.js";
import { defineRule } from "../engine/rules/load.js";
import { coverGraded, grade, inBody, SHORT_TEXT, type Graded } from "./lib/evidence.js";

// Responsible parties (seed 003 L73-731 "Verantwoordelijke partijen / Trekker", seed 001 CC-09): does the policy
// say who carries out what? Concrete: an explicit assignment (trekker, penvoerder, verantwoordelijke partij,
// "is belegd bij", "belast met", a division of tasks) or a named party as the agent of an action ("door de
// GGD", "door het college"). A named party with a task verb ("Haarlem faciliteert het meldpunt") counts as a
// mention; two of them make the division of tasks visible. A title ("verantwoordelijk wethouder") or a legal
// duty of all municipalities is no assignment.
export default defineRule({
  id: "responsibilities-assigned",
  kind: "coverage",
  title: { nl: "Verantwoordelijke partijen", en: "Responsible parties" },
  description: {
    nl: "Wijst het beleid per actie een verantwoordelijke partij of trekker aan (een organisatie of functie, niet 'alle betrokken partijen')? Present: een trekker, penvoerder of verantwoordelijke partij, of een taakverdeling tussen genoemde partijen.",
    en: "Does the policy assign a responsible party or lead per action (an organisation or role, not 'all parties involved')? Present: a lead, lead partner or responsible party, or a division of tasks between named parties.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid zegt niet wie de acties uitvoert: er is geen trekker of verantwoordelijke partij.",
      en: "The policy does not say who carries out the actions: there is no lead or responsible party.",
    },
    partial: {
      nl: "Een uitvoerende partij wordt genoemd in {where} ('{quote}'), maar taken en trekkers zijn niet per actie belegd.",
      en: "An implementing party is named in {where} ('{quote}'), but tasks and leads are not assigned per action.",
    },
  },
  remedies: ["monitoring-responsibilities"],
  sources: [
    { source: "seed-003", locator: "L73-75", quote: "Ambities Acties Verantwoordelijkheid" },
    { source: "seed-003", locator: "L139-146", quote: "Verantwoordelijke partijen: Alle gemeenten" },
    { source: "seed-003", locator: "L3077-3083", quote: "wie, wanneer, wat zal uitvoeren" },
  ],
  articles: ["art. 7", "art. 10"],
  tags: ["accountability"],
  uses: ["owner-label", "responsible-actor", "task-verb"],
  examples: [
    { text: "- Projectleider brengt stand van zaken programma's in kaart (februari 2020).\n\nVerantwoordelijke partijen: alle gemeenten. [[Trekker]]: projectleider GHNT.", expect: "present" },
    { text: "Het projectleiderschap 'Geweld hoort nergens thuis' is bij Sociaal Domein Fryslân [[belegd]].", expect: "present" },
    { text: "# Monitoring\n\nIn 2015 wordt door de [[GGD]] weer gemeten op de betreffende doelstellingen.", expect: "present" },
    { text: "B. Het vaststellen van de afspraken is een [[bevoegdheid]] van het Algemeen Bestuur van de GGD.", expect: "present" },
    { text: "Verantwoordelijk wethouder Barry Jacobs kan zich de terughoudendheid voorstellen.", expect: "missing", note: "A title is no assignment." },
    { text: "Gemeenten zijn wettelijk verantwoordelijk om huiselijk geweld te voorkomen en aan te pakken.", expect: "missing", note: "A legal duty of all municipalities." },
    { text: "# Maatregelen\n\nAlle betrokken professionals richten zich eerst op de directe veiligheid.", expect: "missing", note: "Generic." },
    { text: "Als centrumgemeente [[faciliteert]] Haarlem het meldpunt voor huiselijk geweld.", expect: "present", note: "In a short text one named party with a task is enough." },
    { text: "# Maatregelen\n\nSlachtoffers worden doorverwezen naar Veilig Thuis en de vrouwenopvang.", expect: "missing", note: "Parties as destinations, not as owners." },
    {
      text: "Het Nederlandse Koninkrijk heeft belangrijke verantwoordelijkheden voor de aanpak van huiselijk geweld op lokaal, regionaal en landelijk niveau belegd.",
      expect: "missing",
      note: "'belegd' without the party it goes to.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const t = ctx.doc.tokens;
        const norm = (i: number) => t.norm[i] ?? "";
        // Named parties: the lexicon's organisations and roles, plus "gemeente Leeuwarden", "gemeenten Dordrecht, …".
        const actors: Hit[] = [...ctx.find(["responsible-actor"])];
        for (let i = 0; i + 1 < t.count; i++) {
          if ((norm(i) === "gemeente" || norm(i) === "gemeenten") && /^\p{Lu}/u.test(t.text[i + 1]) && t.sentence[i] === t.sentence[i + 1]) {
            actors.push({ concept: "responsible-actor", start: t.start[i], end: t.end[i + 1], tokStart: i, tokEnd: i + 2, sentence: t.sentence[i] });
          }
        }
        const actorsIn = (sentence: number) => actors.filter((a) => a.sentence === sentence);
        const graded: Graded[] = [
          ...grade(ctx, ["owner-label"], (h, s) => {
            const w = norm(h.tokStart);
            // "is bij Sociaal Domein Fryslân belegd": an assignment needs the party it goes to.
            if (w === "belegd") {
              let bij = norm(h.tokEnd) === "bij";
              for (let i = Math.max(s.tokenStart, h.tokStart - 8); i < h.tokStart; i++) if (norm(i) === "bij") bij = true;
              if (!bij) return null;
            }
            if (/^bevoegd/.test(w) && actorsIn(s.index).length === 0) return null;
            return inBody(ctx, s) ? "strong" : "normal";
          }),
        ];
        for (const a of actors) {
          const s = ctx.doc.sentences[a.sentence];
          if (s.blockType === "footnote") continue;
          const before = [norm(a.tokStart - 1), norm(a.tokStart - 2), norm(a.tokStart - 3)];
          // "door de GGD", "door het college": the agent of an action; "geregeld bij Veilig Thuis", "ligt bij de centrumgemeente".
          const agent = before[0] === "door" || (["de", "het"].includes(before[0]) && before[1] === "door");
          const placed =
            (before[0] === "bij" && PLACED.has(before[1])) || (["de", "het"].includes(before[0]) && before[1] === "bij" && PLACED.has(before[2]));
          if (agent || placed) {
            graded.push({ hit: a, grade: inBody(ctx, s) ? "strong" : "normal" });
            continue;
          }
          // A named party as the subject of a task verb: "Haarlem faciliteert het meldpunt", "de GGD meet".
          if (before[0] === "verantwoordelijk" || before[0] === "verantwoordelijke") continue; // a title: "verantwoordelijk wethouder X"
          if (PREPOSITIONS.has(before[0]) || (["de", "het", "een"].includes(before[0]) && PREPOSITIONS.has(before[1]))) continue;
          // The subject opens the sentence (the verb may come at the end: "De gemeenten … zijn een project gestart"),
          // or stands just before or just after the verb ("… die de politie inzet", "faciliteert Haarlem").
          const opening = a.tokStart - s.tokenStart <= 2;
          const verb = ctx.hits
            .inSentence(s.index, ["task-verb"])
            .find((v) => (v.tokStart > a.tokStart && (opening || v.tokStart - a.tokEnd <= 4)) || (v.tokEnd <= a.tokStart && a.tokStart - v.tokEnd <= 1));
          if (verb) graded.push({ hit: a, grade: "normal" });
        }
        // In a short text one named party with a task is the division of tasks it shows; a long policy needs more.
        ctx.cover(coverGraded(ctx, graded, { strong: 1, medium: ctx.doc.sentences.length <= SHORT_TEXT ? 1 : 3 }));
      },
    };
  },
});

/** Verbs that place a task with a party: "geregeld bij", "ligt bij", "ondergebracht bij". */
const PLACED = new Set(["geregeld", "ligt", "liggen", "ondergebracht", "berust", "belegd", "neergelegd"]);
/** A party after one of these is an object or a place, not the one who acts. */
const PREPOSITIONS = new Set(["naar", "met", "aan", "van", "voor", "bij", "tussen", "over", "tot", "zoals", "binnen", "via", "onder"]);
