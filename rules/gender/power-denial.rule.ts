import { defineRule, type Hit, type RuleContext } from "../engine/rule-api.js";
import { HEDGE } from "./lib/checks.js";
import { DV_CONTEXT, has, hitsIn, inSection, nearBy, ownWords, REFUTATION, reportAt, termOf } from "./lib/framing.js";

// Denial of power: violence explained as powerlessness ("voornamelijk onmacht", "niet uit onwil maar uit
// onmacht"), frustration or "een probleem van het hele systeem" rather than of the perpetrator, or power
// made optional ("soms sprake van een machtsverschil"). Onmacht as a feeling of victims or helpers
// ("slachtoffers voelen onmacht") is no explanation of the violence; risk factors such as stress or debts
// are not flagged (devset 15 notes). Only in a domestic-violence passage, not negated, not reported.
const DENIAL = ["gender-power-denial"];
const FEELING = ["gender-victim-feeling"];
const POWER = ["gender-power-term", "power-inequality"];

// A shelter word alone ("de directeur van de opvang") names a place, not violence that a sentence could explain.
const EXPLAINED = DV_CONTEXT.filter((c) => c !== "dv-shelter");

function dvPassage(ctx: RuleContext, h: Hit): boolean {
  const s = ctx.doc.sentences[h.sentence];
  return nearBy(ctx, s, EXPLAINED, 2) || inSection(ctx, s, EXPLAINED);
}

export default defineRule({
  id: "power-denial",
  title: { nl: "Macht ontkend", en: "Power denied" },
  description: {
    nl: "Een zin die geweld verklaart uit onmacht, frustratie of 'het hele systeem' in plaats van uit macht en de verantwoordelijkheid van de pleger, of die macht tot uitzondering maakt ('soms een machtsverschil').",
    en: "A sentence that explains violence by powerlessness, frustration or 'the whole system' instead of power and the perpetrator's responsibility, or that makes power the exception ('sometimes a power difference').",
  },
  severity: "warning",
  score: 60,
  messages: {
    default: {
      nl: "'{term}' verklaart het geweld uit onmacht of het systeem en haalt de verantwoordelijkheid bij de pleger weg.",
      en: "'{term}' explains the violence by powerlessness or the system and takes responsibility away from the perpetrator.",
    },
    hedged: {
      nl: "'{term}': macht is hier een uitzondering, terwijl partnergeweld vrijwel altijd over macht en controle gaat.",
      en: "'{term}': power is made the exception here, while partner violence is almost always about power and control.",
    },
  },
  remedies: ["gender-perpetrator-responsibility"],
  sources: [
    { source: "seed-003", locator: "L1495-1499", quote: "voornamelijk onmacht" },
    { source: "seed-003", locator: "L1265-1271", quote: "probleem van het hele systeem" },
    { source: "seed-003", locator: "L3104-3108", quote: "soms sprake van een machtsverschil" },
  ],
  articles: ["art. 3", "art. 6"],
  tags: ["gender", "framing", "atria"],
  uses: [...REFUTATION, ...DENIAL, ...FEELING, ...POWER, ...HEDGE, ...DV_CONTEXT],
  examples: [
    { text: "# Visie\n\nHuiselijk geweld is een uiting van te grote kwetsbaarheid, te weinig buffers en voornamelijk [[onmacht]]." },
    { text: "Bij huiselijk geweld met financiële stress komen de gevolgen niet voort uit onwil, maar uit [[onmacht]]." },
    { text: "Huiselijk geweld is vaak een [[probleem van het hele systeem]] en de onderlinge relaties." },
    { text: "# Definities\n\nHuiselijk geweld: er is [[soms sprake van een machtsverschil]] tussen pleger en slachtoffer." },
    { text: "Huiselijk geweld is geen kwestie van onmacht maar van macht.", note: "Negated." },
    { text: "Slachtoffers van huiselijk geweld voelen vaak onmacht en schaamte.", note: "Onmacht as a feeling." },
    { text: "Bij partnergeweld is er vrijwel altijd sprake van macht en controle.", note: "Power affirmed." },
    { text: "Volgens sommige hulpverleners is huiselijk geweld een uiting van onmacht.", note: "Reported speech." },
    { text: "Financiële problemen gaan vaak samen met structurele onveiligheid in het gezin bij huiselijk geweld.", note: "A risk factor is not an excuse." },
    { text: "Uit frustratie over de wachtlijsten stapte de directeur van de opvang op.", note: "No violence in the passage: a shelter word alone is a place." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const done = new Set<number>();
        const emit = (at: { start: number; end: number; sentence: number }, messageId: string) => {
          if (done.has(at.sentence)) return;
          done.add(at.sentence);
          reportAt(ctx, at, messageId, { term: termOf(ctx, at) });
        };
        for (const h of ctx.find(DENIAL)) {
          if (!ownWords(ctx, h) || !dvPassage(ctx, h) || has(ctx, h.sentence, FEELING)) continue;
          emit(h, "default");
        }
        // A hedge shortly before a power word: "soms sprake van een machtsverschil".
        for (const p of ctx.find(POWER)) {
          if (!ownWords(ctx, p) || !dvPassage(ctx, p)) continue;
          const hedge = hitsIn(ctx, p.sentence, HEDGE).find((q) => q.tokEnd <= p.tokStart && p.tokStart - q.tokEnd <= 4);
          if (hedge) emit({ start: hedge.start, end: p.end, sentence: p.sentence }, "hedged");
        }
      },
    };
  },
});
