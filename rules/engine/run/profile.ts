import { RuleDataError } from "../errors.js";
import type { ProfileData } from "../rules/schema.js";
import type { RuleModule, RuleSetting } from "../rules/types.js";
import type { Severity } from "../types.js";

/** A scan profile: which rules run, at which severity, with which options. */
export type Profile = ProfileData;

export interface EffectiveRule {
  enabled: boolean;
  severity: Severity;
  options: Record<string, unknown>;
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
