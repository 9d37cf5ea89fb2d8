import type { Directive } from "../text/blocks.js";
import type { Finding, Suppression } from "../types.js";

// Suppressions: stored by a host (matched by fingerprint) or written in the text as directives
// (<!-- genderscan-disable-next-line rule -- reason -->); a directive without a reason is refused.

export interface StoredSuppression {
  fingerprint: string;
  justification: string;
  by?: string;
  at?: string;
}

/** The suppression that applies to a finding, if any; a directive that applies is added to `used`. */
export function suppressionFor(f: Finding, stored: StoredSuppression[] | undefined, directives: Directive[], used: Set<number>): Suppression | null {
  const match = stored?.find((s) => s.fingerprint === f.fingerprint);
  if (match) return { kind: "stored", justification: match.justification, by: match.by, at: match.at };
  for (let i = 0; i < directives.length; i++) {
    const d = directives[i];
    if (!d.reason) continue;
    const ruleMatches = d.ruleId === f.ruleId || d.ruleId === "*" || (d.ruleId.endsWith("/*") && f.ruleId.startsWith(d.ruleId.slice(0, -1)));
    if (!ruleMatches) continue;
    const lineMatches = d.kind === "disable" || (f.location !== null && f.location.line <= d.line && d.line <= f.location.endLine);
    if (!lineMatches) continue;
    used.add(i);
    return { kind: "inline", justification: d.reason };
  }
  return null;
}

/** What to say of each directive without a reason (it is ignored: a suppression must be justified). */
export function unjustifiedDirectives(directives: Directive[]): Array<{ nl: string; en: string }> {
  return directives
    .filter((d) => !d.reason)
    .map((d) => ({
      nl: `De onderdrukking van '${d.ruleId}' op regel ${d.line} heeft geen reden en is genegeerd. Schrijf: <!-- genderscan-disable-next-line ${d.ruleId} -- reden -->`,
      en: `The suppression of '${d.ruleId}' at line ${d.line} gives no reason and was ignored. Write: <!-- genderscan-disable-next-line ${d.ruleId} -- reason -->`,
    }));
}
