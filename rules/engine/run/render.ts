import type { Remedy } from "../../../corpus/lib/schema.js";
import type { Lang, Role } from "../types.js";

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
export const ATRIA_PARTS: ReadonlyArray<readonly [Role, { nl: string; en: string }]> = [
  ["problem-analysis", { nl: "analyse", en: "analysis" }],
  ["vision-goals", { nl: "doelen", en: "goals" }],
  ["measures", { nl: "maatregelen", en: "measures" }],
];

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

/** A remedy as one text: what to add, where, and an example formulation. */
export function renderRemedy(r: Remedy, lang: Lang): string {
  const example = lang === "nl" ? "Voorbeeld" : "Example";
  return `${r.action[lang]} ${r.where[lang]} ${example}: “${r.example[lang]}”`;
}
