import { defineRule, type RuleContext } from "../engine/rule-api.js";
import { DV_CONTEXT, has, hitsIn, inSection, nearBy, ownWords, PERSPECTIVE, REFUTATION, reportAt, SEXES, termOf, VIOLENCE } from "./lib/framing.js";
import { perspectiveCoverage, vawCoverage } from "./lib/checks.js";
import { ASYMMETRY, SYMMETRY, VAW, VICTIM } from "./lib/women.js";

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
  uses: [...REFUTATION, ...BETWEEN, ...EUPHEMISM, ...NEUTRAL, ...PARTNER, ...GENDERED, ...DV_CONTEXT, ...UNIT, ...VIOLENCE, ...VICTIM, ...ASYMMETRY, ...SYMMETRY, "gender-culturalised-context", "gender-shelter-context"],
  examples: [
    { text: "Partnergeweld is [[geweld dat plaatsvindt tussen]] twee mensen die een relatie hebben of hebben gehad.", onTopic: false },
    { text: "Partnergeweld is geweld tussen partners; meestal is de pleger een man en het slachtoffer een vrouw.", onTopic: false, note: "The sexes are named." },
    { text: "De gemeente pakt geweld tussen partners aan met een regionale aanpak.", onTopic: false, note: "Not a description of the violence." },
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
          if (!has(ctx, s.index, PARTNER) || has(ctx, s.index, GENDERED)) continue;
          done.add(s.index);
          reportAt(ctx, h, "collective", { term: termOf(ctx, h) });
        }
        for (const h of ctx.find(UNIT)) {
          const s = ownWords(ctx, h);
          if (!s || done.has(s.index) || has(ctx, s.index, GENDERED)) continue;
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
