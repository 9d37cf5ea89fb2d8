import { readFileSync } from "node:fs";
import { parseYaml } from "../data/yaml-data.js";
import { RuleDataError } from "../errors.js";
import { profileFile, type ProfileData } from "../rules/schema.js";
import type { RuleModule, RuleSetting } from "../rules/types.js";
import type { Severity } from "../types.js";

/** A scan profile: which rules run, at which severity, with which options. */
export type Profile = ProfileData;

export interface EffectiveRule {
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown>;
}

/** Reads a profile from YAML or JSON; errors name the file, line and field. */
export function readProfile(file: string): Profile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new RuleDataError(file, undefined, "", `cannot read profile (${(e as Error).message})`);
  }
  return parseYaml(text, file, profileFile).data;
}

export function validateProfile(profile: unknown, where = "profile"): Profile {
  const r = profileFile.safeParse(profile);
  if (!r.success) {
    const issue = r.error.issues[0];
    throw new RuleDataError(where, undefined, issue.path.map(String).join("."), issue.message);
  }
  return r.data;
}

/** The setting of every rule: module preset (default "recommended"), then the profile's overrides. */
export function resolveRules(modules: RuleModule[], profile: Profile = {}): Map<string, EffectiveRule> {
  const out = new Map<string, EffectiveRule>();
  const known = new Set<string>();
  for (const m of modules) {
    const preset = m.presets[profile.preset ?? "recommended"] ?? m.presets.recommended ?? {};
    const moduleOn = profile.modules?.[m.meta.id] ?? true;
    for (const r of m.rules) {
      known.add(r.meta.id);
      let eff: EffectiveRule = { enabled: r.meta.enabled && moduleOn, severity: r.meta.severity, options: { ...r.meta.options } };
      for (const setting of [preset[r.meta.id] ?? preset[r.meta.id.split("/")[1]], profile.rules?.[r.meta.id]]) {
        if (setting !== undefined) eff = apply(eff, setting);
      }
      if (!moduleOn) eff.enabled = false;
      out.set(r.meta.id, eff);
    }
  }
  for (const id of Object.keys(profile.rules ?? {})) {
    if (!known.has(id)) throw new RuleDataError(profile.name ?? "profile", undefined, `rules.${id}`, `unknown rule "${id}"`);
  }
  for (const id of Object.keys(profile.modules ?? {})) {
    if (!modules.some((m) => m.meta.id === id)) throw new RuleDataError(profile.name ?? "profile", undefined, `modules.${id}`, `unknown module "${id}"`);
  }
  return out;
}

function apply(eff: EffectiveRule, s: RuleSetting): EffectiveRule {
  if (s === "off") return { ...eff, enabled: false };
  if (typeof s === "string") return { ...eff, enabled: true, severity: s };
  return {
    enabled: s.enabled ?? true,
    severity: s.severity ?? eff.severity,
    options: { ...eff.options, ...(s.options ?? {}) },
  };
}
