import { defineRule } from "../engine/rule-api.js";
import { coverAny, GROUPS, MIGRANT_CONTEXT, type CoverSpec } from "./lib/coverage.js";

// Monitoring whether migrants are reached (seed 000 §3.6, §4.5): reach per group or neighbourhood, agreements
// on reach, registration by origin, a measurement before and after information work, or monitoring and
// evaluation words in a sentence that names a migrant group. Reach figures without a migrant context count
// for part (counting visitors is not knowing whom you reach).
const SPECS: CoverSpec[] = [
  { concepts: ["reach-monitoring"], near: { concepts: MIGRANT_CONTEXT, scope: "paragraph" } },
  { concepts: ["follow-up-cue"], requireAll: [GROUPS] },
  { concepts: ["reach-monitoring"], cap: "partial" },
];

export default defineRule({
  id: "reach-monitoring",
  kind: "coverage",
  title: { nl: "Monitoring van het bereik van migranten", en: "Monitoring the reach of migrants" },
  description: {
    nl: "Meet het beleid of migranten worden bereikt: bereik per groep of wijk, registratie naar herkomst, afspraken over bereik, of kennis vóór en ná voorlichting?",
    en: "Does the policy measure whether migrants are reached: reach per group or neighbourhood, registration by origin, agreements on reach, or knowledge before and after information work?",
  },
  severity: "info",
  score: 40,
  messages: {
    missing: {
      nl: "Het beleid meet niet of migranten worden bereikt.",
      en: "The policy does not measure whether migrants are reached.",
    },
    partial: {
      nl: "Bereik wordt genoemd in {where} ('{quote}'), maar niet voor migranten of niet als afspraak.",
      en: "Reach is mentioned in {where} ('{quote}'), but not for migrants or not as an arrangement.",
    },
  },
  remedies: ["migrants-reach-monitoring"],
  sources: [
    { source: "seed-000", locator: "L2858-2878", quote: "Monitoring en zicht op de effecten" },
    { source: "seed-000", locator: "L1834-1842", quote: "het bereik van deze bijeenkomsten" },
    { source: "seed-000", locator: "L2667-2671", quote: "Het maken van afspraken over bereik" },
  ],
  tags: ["monitoring"],
  uses: ["reach-monitoring", "follow-up-cue", ...MIGRANT_CONTEXT],
  examples: [
    { text: "# Monitoring\n\nVeilig Thuis registreert meldingen [[naar migratieachtergrond]].", expect: "present" },
    { text: "# Monitoring\n\nWe [[monitoren]] jaarlijks hoeveel vluchtelingen de voorlichting bereikt.", expect: "present" },
    {
      text: "# Monitoring\n\nMet de partners maken we [[afspraken over het bereik]] van migrantenvrouwen.",
      expect: "present",
    },
    {
      text: "# Monitoring\n\nBij de voorlichting voor statushouders meten we de kennis met een [[voor- en nameting]].",
      expect: "present",
    },
    { text: "# Monitoring\n\nWe monitoren [[het bereik van]] de campagne.", expect: "partial", note: "Reach, but not of migrants." },
    { text: "# Doelen\n\nHet doel is het bereiken van migranten.", expect: "missing", note: "The aim is no measurement." },
    { text: "# Monitoring\n\nHet bereik onder migranten wordt niet gemeten.", expect: "missing", note: "Negated." },
    { text: "# Bijlage 3 Evaluatie\n\nDe evaluatie gaf inzicht in [[het bereik van]] het project onder Turkse vrouwen.", expect: "partial" },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(coverAny(ctx, SPECS, { strong: ["reach-monitoring", "follow-up-cue"] }));
      },
    };
  },
});
