import type { Corpus } from "../data/corpus.js";
import type { RuleMeta } from "../rules/types.js";
import type { Lang, ScanResult } from "../types.js";
import { articleId } from "./sarif.js";
import { plainLine } from "./escape.js";

// A draft council motion from the checks a document misses, in the structure of the model motion
// in seed 002 (L789-837): constaterende dat / overwegende dat / verzoekt het college om.

const KIND_NL: Record<string, string> = {
  regiovisie: "de regiovisie",
  uitvoeringsplan: "het uitvoeringsplan",
  beleidsnota: "de beleidsnota",
  raadsvoorstel: "het raadsvoorstel",
  motie: "de motie",
  other: "het beleidsdocument",
};
const KIND_EN: Record<string, string> = {
  regiovisie: "the regional vision",
  uitvoeringsplan: "the implementation plan",
  beleidsnota: "the policy paper",
  raadsvoorstel: "the council proposal",
  motie: "the motion",
  other: "the policy document",
};

export interface MotionOptions {
  lang: Lang;
  rules: RuleMeta[];
  corpus: Corpus;
  municipality?: string;
  /** Most checks to include (errors first). */
  max?: number;
}

export function motionDraft(r: ScanResult, o: MotionOptions): string {
  const nl = o.lang === "nl";
  const meta = new Map(o.rules.map((m) => [m.id, m]));
  const rank = { error: 0, warning: 1, info: 2 } as const;
  const gaps = r.coverage
    .filter((c) => c.status === "missing" || c.status === "partial")
    .map((c) => ({ c, m: meta.get(c.check) }))
    .filter((x): x is { c: (typeof r.coverage)[number]; m: RuleMeta } => !!x.m && x.m.severity !== "info")
    .sort((a, b) => rank[a.m.severity] - rank[b.m.severity] || (a.c.status === "missing" ? -1 : 1))
    .slice(0, o.max ?? 8);
  // The title and municipality are the user's: one plain line each, so they cannot add lines to the motion.
  const title = plainLine(r.document.title ?? "", 200).replace(/[“”"]/g, "'");
  const doc = `${nl ? KIND_NL[r.document.kind] : KIND_EN[r.document.kind]}${title ? ` “${title}”` : ""}`;
  const place = o.municipality ? plainLine(o.municipality, 100) : "[gemeente]";
  const lines: string[] = [];
  lines.push(nl ? `Motie: gendersensitief beleid tegen huiselijk geweld` : `Motion: gender-sensitive policy against domestic violence`, "");
  lines.push(nl ? `De raad van de gemeente ${place}, in vergadering bijeen op [datum],` : `The council of ${place}, meeting on [date],`, "");
  // Every line completes the heading as one clause ("constaterende dat in de regiovisie … ontbreekt;"). Rule titles
  // are names of topics, some with a verb in them ("Geweld tegen vrouwen benoemd"), so they are quoted as names.
  const topicOf = (m: RuleMeta) => `‘${lower(m.title[o.lang].replace(/\.$/, ""))}’`;
  lines.push(nl ? "Constaterende dat:" : "Noting that:");
  if (gaps.length === 0) lines.push(nl ? `- ${doc} de onderzochte onderwerpen behandelt;` : `- ${doc} addresses the topics examined;`);
  for (const { c, m } of gaps) {
    const line = c.evidence[0] ? (nl ? ` (regel ${c.evidence[0].line})` : ` (line ${c.evidence[0].line})`) : "";
    lines.push(
      c.status === "missing"
        ? nl
          ? `- in ${doc} het onderwerp ${topicOf(m)} ontbreekt;`
          : `- ${doc} does not address the topic ${topicOf(m)};`
        : nl
          ? `- in ${doc} het onderwerp ${topicOf(m)} alleen zijdelings aan bod komt${line};`
          : `- ${doc} mentions the topic ${topicOf(m)} only in passing${line};`,
    );
  }
  lines.push("", nl ? "Overwegende dat:" : "Considering that:");
  lines.push(
    nl
      ? "- geweld tegen vrouwen een schending van de mensenrechten is en vrouwen en meisjes onevenredig treft;"
      : "- violence against women is a violation of human rights and affects women and girls disproportionately;",
  );
  const articles = new Set<string>();
  const passages = o.corpus.sources.get("istanbul-convention")?.passages ?? [];
  for (const { m } of gaps) {
    for (const a of m.articles) {
      const p = passages.find((x) => x.id === articleId(a));
      if (!p || articles.has(p.id)) continue;
      articles.add(p.id);
      lines.push(nl ? `- artikel ${p.locator.replace(/^art\.\s*/, "")} van het Verdrag van Istanbul vraagt: ${lower(p.summary.nl.replace(/\.$/, ""))};` : `- article ${p.locator.replace(/^art\.\s*/, "")} of the Istanbul Convention asks: ${lower(p.summary.en.replace(/\.$/, ""))};`);
    }
  }
  lines.push(
    nl
      ? `- de gemeenteraad van ${place} verantwoordelijkheid neemt voor de verplichtingen uit het Verdrag van Istanbul;`
      : `- the council of ${place} takes responsibility for the obligations of the Istanbul Convention;`,
  );
  // Requests are infinitive clauses ("… uit te werken"); a remedy's own wording is an instruction to the writer
  // ("Beschrijf …"), so it is quoted as the recommendation to follow, not pasted in as the request.
  lines.push("", nl ? "Verzoekt het college om:" : "Requests the executive to:");
  const asked = new Set<string>();
  for (const { m } of gaps) {
    const remedy = m.remedies.map((id) => o.corpus.remedies.get(id)).find((x) => x && !asked.has(x.id));
    if (remedy) asked.add(remedy.id);
    const advice = remedy ? remedy.title[o.lang].replace(/\.$/, "") : "";
    lines.push(
      nl
        ? `- in ${doc} uit te werken hoe de gemeente het onderwerp ${topicOf(m)} aanpakt${advice ? `, met als aanbeveling: “${advice}”` : ""};`
        : `- set out in ${doc} how the municipality addresses the topic ${topicOf(m)}${advice ? `, following the recommendation: “${advice}”` : ""};`,
    );
  }
  if (gaps.length === 0) lines.push(nl ? "- de aanpak van huiselijk geweld genderspecifiek te blijven uitwerken;" : "- keep developing a gender-specific approach to domestic violence;");
  lines.push(nl ? "- de raad vóór [datum] te informeren over de uitwerking," : "- inform the council of the result before [date],");
  lines.push("", nl ? "en gaat over tot de orde van de dag." : "and proceeds to the order of the day.", "", nl ? "Namens de fractie(s) van [...]" : "On behalf of [...]");
  return `${lines.join("\n")}\n`;
}

function lower(s: string): string {
  return s.length > 1 && /^\p{Lu}\p{Ll}/u.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}
