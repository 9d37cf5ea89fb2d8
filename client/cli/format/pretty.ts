import { styleText } from "node:util";
import { ATRIA_PARTS, atriaPartsOf, type CoverageStatus, type Finding, type Lang, type ScanResult, type Severity } from "../../../rules/engine/index.js";

type Style = Parameters<typeof styleText>[0];

const L = {
  document: { nl: "Document", en: "Document" },
  offTopic: { nl: "Dit document gaat niet over beleid tegen huiselijk geweld; er zijn geen dekkingscontroles toegepast.", en: "This document is not about domestic-violence policy; no coverage checks were applied." },
  overall: { nl: "Totaal", en: "Overall" },
  coverage: { nl: "Dekking", en: "Coverage" },
  findings: { nl: "Bevindingen", en: "Findings" },
  none: { nl: "Geen bevindingen.", en: "No findings." },
  remedy: { nl: "Wat te doen", en: "Remedy" },
  example: { nl: "Voorbeeld", en: "Example" },
  suppressed: { nl: "onderdrukt", en: "suppressed" },
  notApplicable: { nl: "n.v.t.", en: "n/a" },
  sections: { nl: "secties", en: "sections" },
  failed: {
    nl: "Onvolledig: deze regels konden niet worden uitgevoerd, hun controles ontbreken; daarom geen cijfer:",
    en: "Incomplete: these rules could not run, their checks are missing; hence no grade:",
  },
  incomplete: { nl: "onvolledig", en: "incomplete" },
  fragment: {
    nl: "Dit is een deel van een document: hieronder staat wat het deel zegt. Controles die het deel niet haalt, zijn niet beoordeeld; daarom geen cijfer.",
    en: "This is part of a document: below is what the part says. Checks the part does not meet are not assessed; hence no grade.",
  },
} as const;


const STATUS: Record<CoverageStatus, { nl: string; en: string; style: Style }> = {
  present: { nl: "aanwezig", en: "present", style: "green" },
  partial: { nl: "deels", en: "partial", style: "yellow" },
  missing: { nl: "ontbreekt", en: "missing", style: "red" },
  "not-applicable": { nl: "n.v.t.", en: "n/a", style: "gray" },
  "not-assessed": { nl: "niet beoordeeld", en: "not assessed", style: "gray" },
};
const SEVERITY: Record<Severity, { nl: string; en: string; style: Style }> = {
  error: { nl: "fout", en: "error", style: "red" },
  warning: { nl: "waarschuwing", en: "warning", style: "yellow" },
  info: { nl: "info", en: "info", style: "cyan" },
};

/** Human-readable report for a terminal: grades, coverage table per module, findings grouped by module. */
export function formatPretty(name: string, r: ScanResult, lang: Lang, color: boolean): string {
  const c = (style: Style, s: string) => (color ? styleText(style, s) : s);
  const out: string[] = [];
  out.push(c("bold", `${name}${r.document.title ? ` — ${r.document.title}` : ""}`));
  out.push(
    `${L.document[lang]}: ${r.document.kind}, ${r.document.language}, ${r.document.characters} tekens, ${r.document.sections.length} ${L.sections[lang]}`,
  );
  if (!r.document.onTopic) out.push(c("yellow", L.offTopic[lang]));
  if (r.document.fragment) out.push(c("yellow", L.fragment[lang]));
  const failed = r.failedRules ?? [];
  if (failed.length) out.push(c("red", `${L.failed[lang]} ${failed.join(", ")}`));
  // No grade where it would say nothing (off-topic, not Dutch, a fragment): "n.v.t.", not "E 0/100".
  const ungraded = failed.length ? L.incomplete[lang] : r.document.fragment ? STATUS["not-assessed"][lang] : L.notApplicable[lang];
  out.push(`${L.overall[lang]}: ${c("bold", r.graded ? `${r.score}/100 (${r.grade})` : ungraded)}`);
  for (const m of r.modules) {
    const shown = m.applicable && r.graded ? `${String(m.score).padStart(3)}/100 ${m.grade}` : ungraded;
    out.push(`  ${m.name.padEnd(36)} ${shown}`);
  }
  const modules = [...new Set([...r.coverage.map((x) => x.module), ...r.findings.map((f) => f.module)])];
  for (const module of modules) {
    const checks = r.coverage.filter((x) => x.module === module);
    const findings = r.findings.filter((f) => f.module === module);
    out.push("", c("bold", `■ ${r.modules.find((m) => m.id === module)?.name ?? module}`));
    if (checks.length) {
      out.push(`  ${L.coverage[lang]}:`);
      for (const ch of checks) {
        const s = STATUS[ch.status];
        const ev = ch.evidence[0] ? `  L${ch.evidence[0].line}: ${truncate(ch.evidence[0].quote, 70)}` : "";
        out.push(`    ${c(s.style, s[lang].padEnd(10))} ${ch.check.padEnd(46)}${c("gray", ev)}`);
        const shown = ch.roles && (ch.status === "present" || ch.status === "partial") ? atriaPartsOf(ch) : null;
        if (shown) {
          const parts = shown.map(([, status], i) => `${ATRIA_PARTS[i][1][lang]}: ${STATUS[status][lang]}`);
          out.push(c("gray", `               ${parts.join(" · ")}`));
        }
      }
    }
    const spanFindings = findings.filter((f) => !checks.some((ch) => ch.check === f.ruleId) || f.location);
    if (spanFindings.length) {
      out.push(`  ${L.findings[lang]}:`);
      for (const f of spanFindings) for (const line of findingLines(f, lang, c)) out.push(line);
    }
  }
  if (r.findings.length === 0) out.push("", L.none[lang]);
  return out.join("\n");
}

function findingLines(f: Finding, lang: Lang, c: (s: Style, t: string) => string): string[] {
  const sev = SEVERITY[f.severity];
  const where = f.location ? `${f.location.line}:${f.location.column}` : "—";
  const lines = [
    `    ${where.padEnd(9)} ${c(sev.style, sev[lang].padEnd(12))} ${f.message}${f.suppressed ? c("gray", ` (${L.suppressed[lang]}: ${f.suppression?.justification ?? ""})`) : ""}  ${c("gray", f.ruleId)}`,
  ];
  if (f.quote) lines.push(`              ${c("gray", `“${truncate(f.quote, 100)}”`)}`);
  // The remedy's one-line title and its example; the full text is in the report.
  const r = f.remedies?.[0];
  if (r && !f.suppressed) {
    lines.push(`              ${L.remedy[lang]}: ${r.title}`);
    lines.push(`              ${L.example[lang]}: ${truncate(/[“”"]/.test(r.example) ? r.example : `“${r.example}”`, 160)}`);
  } else if (f.remedy && !f.suppressed) lines.push(`              ${L.remedy[lang]}: ${truncate(f.remedy.split("\n")[0], 160)}`);
  return lines;
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
