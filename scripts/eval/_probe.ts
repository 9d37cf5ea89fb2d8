import { defaultEngine } from "../../rules/engine/index.js";
const engine = await defaultEngine();
for (const t of process.argv.slice(2)) {
  const r = engine.scan(t, { title: "probe" }) as any;
  const fs = r.findings.filter((f: any) => f.location && f.module === "gender");
  console.log(t, "\n   ->", fs.map((f: any) => `${f.ruleId}: ${f.quote}`).join(" | ") || "none");
}
