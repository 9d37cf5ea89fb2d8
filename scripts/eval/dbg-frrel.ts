import { readFileSync } from "node:fs";
import { defaultEngine } from "../../rules/engine/index.js";
import { flagsSpan } from "./framing.js";
const engine = await defaultEngine();
for (const t of readFileSync(0, "utf8").split("\n").filter(Boolean)) {
  const r = engine.scan(t, { title: "dbg" });
  const ids = flagsSpan(r, 0, t.length);
  const fs = r.findings.filter((f) => ids.includes(f.ruleId) && f.location).map((f) => `${f.ruleId}[${t.slice(f.location!.offset, f.location!.offset + f.location!.length)}]`);
  console.log(`${fs.length ? "FLAG" : "    "} ${t}\n       ${fs.join(" ")}`);
}
