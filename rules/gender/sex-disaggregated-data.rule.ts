import { assessCoverage, defineRule, type Hit, type RuleContext } from "../engine/rule-api.js";
import { clauseOf, DV_CONTEXT, FEMALE, gradedHits, has, hitsIn, inBody, MALE, nearBy, negatorIn, SEXES, strongHit } from "./lib/framing.js";

// Figures split by sex: a number or percentage in the same sentence as women, men, girls or boys, where
// the passage is about violence or victims. A figure for both sexes side by side is a real split and
// counts as concrete (strong); a figure for one sex is a medium mention. Unlike most checks, figures in
// the problem analysis count as policy body: that is where a policy's data belong. Only in an appendix
// is partial (seed 003 Bijlage 2: "10% van de jongens en 15% van de meisjes").
// An arrangement to break the data down by sex ("meldingen worden geregistreerd naar geslacht") addresses the
// item too (issue 13: proposals count): concrete in the policy body, a mention elsewhere. Not when negated
// ("er zijn geen cijfers naar sekse") or when "naar geslacht" names no data ("geen onderscheid naar geslacht").
const FIGURES = ["@number", "@percentage"];
const VIOLENCE = ["gender-victim-violence", ...DV_CONTEXT];
/** A breakdown by sex ("naar geslacht", "per sekse"; monitoring-indicators.yml). */
const BY_SEX = ["indicator-sex-disaggregated"];
/** Words that make the breakdown one of data: registering, figures, reports, monitoring (monitoring.yml). */
const DATA = ["data-registration-term", "data-figures-term", "registered-count-noun", "reporting-term", "monitor-term", "data-collection-act", "data-breakdown", "collect-verb", "keep-count-verb"];

/** A real figure in the sentence: digits or a percentage, not just a year or the word "een". */
function hasFigure(ctx: RuleContext, index: number): boolean {
  const t = ctx.doc.tokens;
  return hitsIn(ctx, index, FIGURES).some((h) => {
    if (h.concept === "@percentage") return true;
    const n = t.normAt(h.tokStart);
    if (!/\d/.test(n)) return false;
    const year = /^(?:19|20)\d\d$/.test(n);
    return !year;
  });
}

function figureHits(ctx: RuleContext): Hit[] {
  const out: Hit[] = [];
  for (const h of ctx.find(SEXES)) {
    const s = ctx.doc.sentences[h.sentence];
    if (!hasFigure(ctx, s.index)) continue;
    if (!nearBy(ctx, s, VIOLENCE, 1)) continue;
    const split = has(ctx, s.index, FEMALE) && has(ctx, s.index, MALE);
    out.push(split ? strongHit(h) : h);
  }
  return out;
}

/** Arrangements to break data down by sex: a breakdown word and a data word in one clause, not negated. */
function breakdownHits(ctx: RuleContext): Hit[] {
  const out: Hit[] = [];
  for (const h of ctx.find(BY_SEX)) {
    const [from, to] = clauseOf(ctx, h.tokStart);
    const data = hitsIn(ctx, h.sentence, DATA).some((d) => d.tokStart >= from && d.tokEnd <= to);
    if (!data || negatorIn(ctx, from, to)) continue;
    out.push(inBody(ctx, ctx.doc.sentences[h.sentence]) ? strongHit(h) : h);
  }
  return out;
}

export default defineRule({
  id: "sex-disaggregated-data",
  kind: "coverage",
  title: { nl: "Cijfers naar sekse", en: "Figures by sex" },
  description: {
    nl: "Geeft het beleid cijfers over geweld of slachtoffers uitgesplitst naar sekse (aantallen of percentages bij vrouwen, mannen, meisjes of jongens)? Present: cijfers voor beide seksen naast elkaar in de analyse, doelen of monitoring. Alleen in een bijlage is gedeeltelijk.",
    en: "Does the policy give figures on violence or victims split by sex (numbers or percentages for women, men, girls or boys)? Present: figures for both sexes side by side in the analysis, goals or monitoring. Only in an appendix is partial.",
  },
  severity: "warning",
  score: 60,
  messages: {
    missing: {
      nl: "Het beleid geeft geen cijfers naar sekse: niet over slachtoffers, plegers, meldingen of opvang.",
      en: "The policy gives no figures by sex: not on victims, perpetrators, reports or shelter.",
    },
    partial: {
      nl: "Cijfers naar sekse komen alleen terloops voor (in {where}: '{quote}') of alleen voor één sekse.",
      en: "Figures by sex appear only in passing (in {where}: '{quote}') or for one sex only.",
    },
  },
  remedies: ["gender-split-figures-by-sex"],
  sources: [
    { source: "seed-002", locator: "L588-633", quote: "voorbeelden van indicatoren" },
    { source: "seed-002", locator: "L295-305", quote: "Ook de relatie tussen het slachtoffer en de dader wordt niet" },
    { source: "seed-003", locator: "L3200-3202", quote: "10% van de jongens en 15% van de meisjes" },
  ],
  articles: ["art. 11"],
  tags: ["gender", "data"],
  uses: [...SEXES, ...VIOLENCE, ...BY_SEX, ...DATA],
  examples: [
    {
      text: "# Aard en omvang\n\nVan de slachtoffers van partnergeweld was 73% [[vrouw]] en 27% man.",
      expect: "present",
    },
    {
      text: "# Monitoring\n\nVeilig Thuis levert elk half jaar cijfers over meldingen van huiselijk geweld, apart voor mannen en vrouwen; in 2023 waren 1.240 slachtoffers vrouw en 310 man.",
      expect: "present",
    },
    {
      text: "Naar schatting worden elk jaar 120.000 vrouwen en 80.000 mannen slachtoffer van huiselijk geweld.",
      expect: "present",
      note: "A split by sex, whatever it is used to argue.",
    },
    {
      text: "# Bijlage 2 Aard en omvang\n\nCirca 12% van de scholieren had met kindermishandeling te maken (10% van de [[jongens]] en 15% van de meisjes).",
      expect: "partial",
      note: "Only in an appendix.",
    },
    {
      text: "# Aard en omvang\n\n45% van de [[vrouwen]] maakte ooit fysiek of seksueel geweld mee.",
      expect: "partial",
      note: "One sex only: a medium mention.",
    },
    {
      text: "# Monitoring\n\nVanaf volgend jaar registreren alle ketenpartners de meldingen [[naar geslacht]] van slachtoffer en pleger.",
      expect: "present",
      note: "An arrangement to break the data down by sex addresses the item.",
    },
    {
      text: "# Monitoring\n\nWe houden de cijfers over huiselijk geweld bij, helaas nog niet uitgesplitst naar sekse.",
      expect: "missing",
      note: "A breakdown the text says is not made.",
    },
    {
      text: "# Uitgangspunten\n\nIn de hulp maken we geen onderscheid naar geslacht.",
      expect: "missing",
      note: "No data: a stance, not a breakdown.",
    },
    {
      text: "# Aard en omvang\n\nIn 2018 waren er 2.780 meldingen van huiselijk geweld. Vrouwen en mannen kunnen beide slachtoffer zijn.",
      expect: "missing",
      note: "The figure and the sexes are in different sentences.",
    },
    {
      text: "# Maatregelen\n\nIn 2019 organiseren we een bijeenkomst voor vrouwen over huiselijk geweld.",
      expect: "missing",
      note: "A year is not a figure.",
    },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        ctx.cover(
          assessCoverage(ctx, { graded: gradedHits([...figureHits(ctx), ...breakdownHits(ctx)]), body: ["problem-analysis", "vision-goals", "measures", "monitoring"] }),
        );
      },
    };
  },
});
