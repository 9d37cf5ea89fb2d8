import type { Remedy } from "../../../corpus/lib/schema.js";
import { ATRIA_ROLES, type CoverageResult, type CoverageStatus, type Lang, type RemedyText, type Role } from "../types.js";

const ROLE_LABELS: Record<Role, { nl: string; en: string }> = {
  "problem-analysis": { nl: "de probleemanalyse", en: "the problem analysis" },
  "vision-goals": { nl: "de visie en doelen", en: "the vision and goals" },
  measures: { nl: "de maatregelen", en: "the measures" },
  monitoring: { nl: "de monitoring", en: "the monitoring section" },
  definitions: { nl: "de definities", en: "the definitions" },
  appendix: { nl: "een bijlage", en: "an appendix" },
  other: { nl: "een algemeen deel", en: "a general part" },
};

/** Atria's three parts of a policy, with short labels: where a topic appears matters, not only whether it does. */
const ATRIA_LABELS: Record<(typeof ATRIA_ROLES)[number], { nl: string; en: string }> = {
  "problem-analysis": { nl: "analyse", en: "analysis" },
  "vision-goals": { nl: "doelen", en: "goals" },
  measures: { nl: "maatregelen", en: "measures" },
};
export const ATRIA_PARTS: ReadonlyArray<readonly [Role, { nl: string; en: string }]> = ATRIA_ROLES.map((r) => [r, ATRIA_LABELS[r]] as const);

/**
 * The status of a check in Atria's three parts, as far as they agree with the check's own status: none for a check
 * that does not apply or was not assessed, and none when the check is met but every part is missing (it is met in
 * monitoring or a general part, or the text has no role headings) — "aanwezig" beside three "ontbreekt" reads as a
 * contradiction.
 */
export function atriaPartsOf(c: CoverageResult): Array<[Role, CoverageStatus]> | null {
  if (c.status === "not-applicable" || c.status === "not-assessed") return null;
  const parts = ATRIA_PARTS.map(([role]): [Role, CoverageStatus] => [role, c.roles?.[role] ?? "missing"]);
  if (c.status !== "missing" && parts.every(([, s]) => s === "missing")) return null;
  return parts;
}

export function roleLabel(role: Role, lang: Lang): string {
  return ROLE_LABELS[role][lang];
}

/** Fills {placeholders}; an unknown placeholder stays visible rather than silently vanishing. */
export function renderMessage(template: string, data: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (all, key: string) => {
    const v = data[key];
    return v === undefined || v === "" ? all : String(v);
  });
}

/** Quotation marks around a whole example ("…", “…”, '…'): the corpus writes some examples quoted, some not. */
const WRAPPING_QUOTES = /^\s*["“”'‘’„]([\s\S]*)["“”'‘’]\s*$/;

/**
 * A remedy in parts, in one language. Quotation marks around the whole example go (clients quote it); an example
 * that offers alternatives ("A." Of: "B.") keeps its own, as typographic marks.
 */
export function remedyText(r: Remedy, lang: Lang): RemedyText {
  const example = r.example[lang].trim();
  const inner = WRAPPING_QUOTES.exec(example)?.[1];
  const unwrapped = inner !== undefined && !/["“”]/.test(inner) ? inner.trim() : example.replace(/"([^"]*)"/g, "“$1”");
  return { id: r.id, title: r.title[lang], action: r.action[lang].trim(), where: r.where[lang].trim(), example: unwrapped };
}

/** Does an example quote its own alternatives? Then a client adds no quotation marks around it. */
export const quotesItself = (example: string) => /[“”"]/.test(example);

/** A remedy as one text: what to add, where, and an example formulation (quoted once). */
export function renderRemedy(r: Remedy, lang: Lang): string {
  return remedyAsText(remedyText(r, lang), lang);
}

/** A remedy already in parts, as one text. */
export function remedyAsText(t: RemedyText, lang: Lang): string {
  const example = lang === "nl" ? "Voorbeeld" : "Example";
  return `${t.action} ${t.where} ${example}: ${quotesItself(t.example) ? t.example : `“${t.example}”`}`;
}
