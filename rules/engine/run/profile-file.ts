import { readFileSync } from "node:fs";
import { parseYaml } from "../data/yaml-data.js";
import { RuleDataError } from "../errors.js";
import { profileFile } from "../rules/schema.js";
import type { Profile } from "./profile.js";

// Reading and validating profile files needs the YAML reader and the schemas; hosts import this module only
// when a profile is given (it is not on the scan path).

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
