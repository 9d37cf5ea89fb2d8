import { defaultEngine } from "./rules/engine/index.js";
const engine = await defaultEngine();
const checks = (process.env.CHECKS ?? "monitoring/data-registration,monitoring/quantified-targets,monitoring/baseline,monitoring/indicators,monitoring/evaluation-planned").split(",");
for (const t of process.argv.slice(2)) {
  const r = engine.scan(t.replace(/\\n/g, "\n"), { title: "x" });
  console.log("==", t.slice(0, 100));
  for (const c of r.coverage.filter((c) => checks.includes(c.check))) console.log(`  ${c.check}: ${c.status}  ${c.evidence.map((e) => e.quote.slice(0, 80)).join(" | ")}`);
}
