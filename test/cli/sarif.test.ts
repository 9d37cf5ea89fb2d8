import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { ValidateFunction } from "ajv";

import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

// The SARIF 2.1.0 schema ships with Microsoft's @microsoft/jest-sarif (a dev dependency).
const require = createRequire(import.meta.url);
// The schema is JSON Schema draft-04, which ajv handles through ajv-draft-04 (CommonJS).
const Ajv = (require("ajv-draft-04") as { default: new (o: Record<string, unknown>) => { compile(s: object): ValidateFunction } }).default;
const schema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
// The schema has a pattern that is invalid with the u flag, hence unicodeRegExp: false.
const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false, unicodeRegExp: false });
const validate = ajv.compile(schema);

describe("SARIF output", () => {
  it("is valid SARIF 2.1.0 for the seeds, with rules, results, taxonomy and fingerprints", async () => {
    const r = await runCli(["scan", "corpus/seeds/003_2d9c4895bf856dd0.txt", "corpus/seeds/002_f2fef7eb1205b7d1.txt", "--format", "sarif"]);
    expect(r.code).toBe(0);
    const sarif = JSON.parse(r.stdout);
    const ok = validate(sarif);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 3))).toEqual([]);
    expect(ok).toBe(true);
    const run = sarif.runs[0];
    expect(run.artifacts).toHaveLength(2);
    expect(run.taxonomies[0].name).toBe("IstanbulConvention");
    for (const res of run.results) {
      expect(["pass", "fail", "notApplicable"]).toContain(res.kind);
      if (res.kind !== "fail") expect(res.level).toBe("none");
      expect(run.tool.driver.rules[res.ruleIndex].id).toBe(res.ruleId);
    }
  });

  it("maps fixes, suppressions and document-level results", async () => {
    const text = "# Visie\n\nHuiselijk geweld is het thema. Huiselijk geweld en kindermishandeling.\n\n<!-- genderscan-disable-next-line gender/generic-masculine -- citaat -->\nDe professional doet wat hij kan.\n";
    const r = await runCli(["scan", "-", "--format", "sarif"], { stdin: text });
    const sarif = JSON.parse(r.stdout);
    expect(validate(sarif), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    for (const res of sarif.runs[0].results) {
      expect(res.locations[0].physicalLocation.artifactLocation.uri).toBe("stdin");
      if (res.partialFingerprints) expect(res.partialFingerprints["genderscan/v1"]).toMatch(/^[0-9a-f]{32}$/);
    }
  });
});
