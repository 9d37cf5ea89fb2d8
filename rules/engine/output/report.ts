import type { Corpus } from "../data/corpus.js";
import type { RuleMeta } from "../rules/types.js";
import { ATRIA_PARTS, atriaPartsOf } from "../run/render.js";
import { markdownText } from "./escape.js";
import type { CoverageStatus, Finding, Lang, ScanResult, Severity } from "../types.js";

// A report of one scan for people: Markdown (for the CLI, e-mail, a council information system) or
// self-contained printable HTML.

const T = {
  title: { nl: "genderscan-rapport", en: "genderscan report" },
  document: { nl: "Document", en: "Document" },
  kind: { nl: "Soort", en: "Kind" },
  language: { nl: "Taal", en: "Language" },
  characters: { nl: "Tekens", en: "Characters" },
  offTopic: { nl: "Dit document gaat niet over beleid tegen huiselijk geweld; er zijn geen dekkingscontroles toegepast.", en: "This document is not about domestic-violence policy; no coverage checks were applied." },
  overall: { nl: "Totaalscore", en: "Overall score" },
  module: { nl: "Module", en: "Module" },
  score: { nl: "Score", en: "Score" },
  grade: { nl: "Cijfer", en: "Grade" },
  notApplicable: { nl: "n.v.t.", en: "n/a" },
  coverage: { nl: "Dekking", en: "Coverage" },
  check: { nl: "Controle", en: "Check" },
  status: { nl: "Status", en: "Status" },
  evidence: { nl: "Vindplaats", en: "Evidence" },
  findings: { nl: "Bevindingen", en: "Findings" },
  none: { nl: "Geen bevindingen.", en: "No findings." },
  remedy: { nl: "Wat te doen", en: "Remedy" },
  sources: { nl: "Bronnen", en: "Sources" },
  suppressed: { nl: "Onderdrukte bevindingen", en: "Suppressed findings" },
  line: { nl: "regel", en: "line" },
  document_level: { nl: "hele document", en: "whole document" },
  fragment: {
    nl: "Dit is een deel van een document: het rapport toont wat het deel zegt. Controles die het deel niet haalt, zijn niet beoordeeld; daarom geen cijfer.",
    en: "This is part of a document: the report shows what the part says. Checks the part does not meet are not assessed; hence no grade.",
  },
} as const;

const STATUS: Record<CoverageStatus, { nl: string; en: string }> = {
  present: { nl: "aanwezig", en: "present" },
  partial: { nl: "deels", en: "partial" },
  missing: { nl: "ontbreekt", en: "missing" },
  "not-applicable": { nl: "n.v.t.", en: "n/a" },
  "not-assessed": { nl: "niet beoordeeld", en: "not assessed" },
};
const SEVERITY: Record<Severity, { nl: string; en: string }> = {
  error: { nl: "fout", en: "error" },
  warning: { nl: "waarschuwing", en: "warning" },
  info: { nl: "info", en: "info" },
};

export interface ReportOptions {
  lang: Lang;
  rules: RuleMeta[];
  corpus: Corpus;
  name?: string;
}

interface Block {
  heading?: { level: number; text: string };
  paragraph?: string;
  table?: { head: string[]; rows: string[][] };
  list?: string[];
  finding?: Finding;
}

/** `user` renders text that comes from the document or its owner (escaped for Markdown; HTML escapes all). */
function blocks(r: ScanResult, o: ReportOptions, user: (s: string) => string = (s) => s): Block[] {
  const { lang } = o;
  const title = (id: string) => o.rules.find((x) => x.id === id)?.title[lang] ?? id;
  const out: Block[] = [];
  out.push({ heading: { level: 1, text: `${T.title[lang]}: ${user(r.document.title || o.name || "document")}` } });
  out.push({
    table: {
      head: [T.document[lang], ""],
      rows: [
        [T.kind[lang], r.document.kind],
        [T.language[lang], r.document.language],
        [T.characters[lang], String(r.document.characters)],
        [T.overall[lang], r.graded ? `${r.score}/100 (${r.grade})` : r.document.fragment ? STATUS["not-assessed"][lang] : T.notApplicable[lang]],
      ],
    },
  });
  if (!r.document.onTopic) out.push({ paragraph: T.offTopic[lang] });
  if (r.document.fragment) out.push({ paragraph: T.fragment[lang] });
  out.push({
    table: {
      head: [T.module[lang], T.score[lang], T.grade[lang]],
      rows: r.modules.map((m) => [m.name, m.applicable && r.graded ? String(m.score) : r.document.fragment ? STATUS["not-assessed"][lang] : T.notApplicable[lang], m.applicable && r.graded ? m.grade : "—"]),
    },
  });
  const modules = [...new Set([...r.modules.map((m) => m.id), ...r.findings.map((f) => f.module)])];
  for (const id of modules) {
    const checks = r.coverage.filter((c) => c.module === id);
    const findings = r.findings.filter((f) => f.module === id && !f.suppressed);
    if (checks.length === 0 && findings.length === 0) continue;
    out.push({ heading: { level: 2, text: r.modules.find((m) => m.id === id)?.name ?? id } });
    if (checks.length) {
      out.push({ heading: { level: 3, text: T.coverage[lang] } });
      out.push({
        table: {
          head: [T.check[lang], T.status[lang], ...ATRIA_PARTS.map(([, label]) => capitalise(label[lang])), T.evidence[lang]],
          rows: checks.map((c) => [
            title(c.check),
            STATUS[c.status][lang],
            ...(atriaPartsOf(c)?.map(([, s]) => STATUS[s][lang]) ?? ATRIA_PARTS.map(() => "")),
            c.evidence[0] ? `${T.line[lang]} ${c.evidence[0].line}: ${user(c.evidence[0].quote)}` : "",
          ]),
        },
      });
    }
    if (findings.length) {
      out.push({ heading: { level: 3, text: T.findings[lang] } });
      for (const f of findings) out.push({ finding: f });
    }
  }
  const suppressed = r.findings.filter((f) => f.suppressed);
  if (suppressed.length) {
    out.push({ heading: { level: 2, text: T.suppressed[lang] } });
    out.push({ list: suppressed.map((f) => `${f.ruleId} (${where(f, lang)}): ${user(f.message)} — ${user(f.suppression?.justification ?? "")}`) });
  }
  if (r.findings.length === 0) out.push({ paragraph: T.none[lang] });
  return out;
}

function where(f: Finding, lang: Lang): string {
  return f.location ? `${T.line[lang]} ${f.location.line}` : T.document_level[lang];
}

export function markdownReport(r: ScanResult, o: ReportOptions): string {
  const { lang } = o;
  const cell = (s: string) => s.replace(/(?<!\\)\|/g, "\\|").replace(/\n/g, " ");
  const lines: string[] = [];
  for (const b of blocks(r, o, markdownText)) {
    if (b.heading) lines.push(`${"#".repeat(b.heading.level)} ${b.heading.text}`, "");
    if (b.paragraph) lines.push(b.paragraph, "");
    if (b.table) {
      lines.push(`| ${b.table.head.map(cell).join(" | ")} |`, `|${b.table.head.map(() => "---").join("|")}|`);
      for (const row of b.table.rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
      lines.push("");
    }
    if (b.list) {
      for (const x of b.list) lines.push(`- ${x}`);
      lines.push("");
    }
    if (b.finding) {
      const f = b.finding;
      lines.push(`- **${SEVERITY[f.severity][lang]}** (${where(f, lang)}) ${markdownText(f.message)}`);
      if (f.quote) lines.push(`  > ${markdownText(f.quote)}`);
      if (f.remedy) lines.push(`  - ${T.remedy[lang]}: ${f.remedy.replace(/\n+/g, " ")}`);
      if (f.sources.length) lines.push(`  - ${T.sources[lang]}: ${f.sources.map((s) => `${s.source} ${s.locator}`).join("; ")}`);
      lines.push("");
    }
  }
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trim()}\n`;
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

export function htmlReport(r: ScanResult, o: ReportOptions): string {
  const { lang } = o;
  const parts: string[] = [];
  for (const b of blocks(r, o)) {
    if (b.heading) parts.push(`<h${b.heading.level}>${esc(b.heading.text)}</h${b.heading.level}>`);
    if (b.paragraph) parts.push(`<p>${esc(b.paragraph)}</p>`);
    if (b.table) {
      parts.push(
        `<table><thead><tr>${b.table.head.map((h) => `<th>${esc(h)}</th>`).join("")}</tr></thead><tbody>${b.table.rows
          .map((row) => `<tr>${row.map((c) => `<td>${esc(c)}</td>`).join("")}</tr>`)
          .join("")}</tbody></table>`,
      );
    }
    if (b.list) parts.push(`<ul>${b.list.map((x) => `<li>${esc(x)}</li>`).join("")}</ul>`);
    if (b.finding) {
      const f = b.finding;
      parts.push(
        `<div class="finding ${f.severity}"><p><strong>${esc(SEVERITY[f.severity][lang])}</strong> (${esc(where(f, lang))}) ${esc(f.message)}</p>${
          f.quote ? `<blockquote>${esc(f.quote)}</blockquote>` : ""
        }${f.remedy ? `<p class="remedy"><em>${esc(T.remedy[lang])}:</em> ${esc(f.remedy)}</p>` : ""}${
          f.sources.length ? `<p class="sources">${esc(T.sources[lang])}: ${esc(f.sources.map((s) => `${s.source} ${s.locator}`).join("; "))}</p>` : ""
        }</div>`,
      );
    }
  }
  const title = esc(`${T.title[lang]}: ${r.document.title || o.name || "document"}`);
  return `<!doctype html>
<html lang="${lang}"><head><meta charset="utf-8"><title>${title}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}
.finding{border-left:4px solid #888;padding:.2rem .8rem;margin:.8rem 0}.finding.error{border-color:#b00020}.finding.warning{border-color:#b26a00}.finding.info{border-color:#00639b}
blockquote{margin:.3rem 0;color:#444;font-style:italic}.sources{font-size:.85em;color:#555}
@media print{body{margin:0;max-width:none}.finding{break-inside:avoid}}
</style></head><body>
${parts.join("\n")}
</body></html>
`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
