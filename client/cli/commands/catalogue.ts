import { parseArgs } from "node:util";
import type { Lang } from "../../../rules/engine/index.js";
import { defaultEngine } from "../engine.js";
import { t } from "../i18n.js";
import { EXIT, UsageError, write, type CliIo } from "../io.js";

/** genderscan rules: every rule's meta (id, module, kind, severity, roles, sources, number of examples). */
export async function rulesCommand(argv: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { format: { type: "string", default: "pretty" }, module: { type: "string" }, lang: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) {
    write(io.stdout, lang === "nl" ? "Gebruik: genderscan rules [--format pretty|json] [--module ID]" : "Usage: genderscan rules [--format pretty|json] [--module ID]");
    return EXIT.OK;
  }
  if (!["pretty", "json"].includes(values.format!)) throw new UsageError(t(lang, "badOption", "--format", values.format!));
  const engine = await defaultEngine(io.cwd);
  const rules = engine
    .allRules()
    .map((r) => r.meta)
    .filter((m) => !values.module || m.module === values.module)
    .map((m) => ({
      id: m.id,
      module: m.module,
      kind: m.kind,
      scope: m.scope,
      severity: m.severity,
      score: m.score,
      roles: m.roles,
      title: m.title[lang],
      articles: m.articles,
      remedies: m.remedies,
      sources: m.sources,
      examples: m.examples.length,
    }));
  if (values.format === "json") write(io.stdout, JSON.stringify(rules, null, 2));
  else for (const r of rules) write(io.stdout, `${r.id.padEnd(52)} ${r.kind.padEnd(12)} ${r.severity.padEnd(8)} ${r.title}`);
  return EXIT.OK;
}

/** genderscan sources: the corpus sources. */
export async function sourcesCommand(argv: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { format: { type: "string", default: "pretty" }, lang: { type: "string" }, help: { type: "boolean" } } });
  if (values.help) {
    write(io.stdout, lang === "nl" ? "Gebruik: genderscan sources [--format pretty|json]" : "Usage: genderscan sources [--format pretty|json]");
    return EXIT.OK;
  }
  if (!["pretty", "json"].includes(values.format!)) throw new UsageError(t(lang, "badOption", "--format", values.format!));
  const engine = await defaultEngine(io.cwd);
  const sources = [...engine.corpus.sources.values()].map((s) => ({
    id: s.id,
    title: s.title,
    issuer: s.issuer,
    year: s.year,
    language: s.language,
    kind: s.kind,
    locatorScheme: s.locatorScheme,
    description: s.description[lang],
    ...(s.file ? { file: s.file, sha256: s.sha256 } : {}),
    ...(s.url ? { url: s.url } : {}),
    passages: s.passages?.length ?? 0,
  }));
  if (values.format === "json") write(io.stdout, JSON.stringify(sources, null, 2));
  else for (const s of sources) write(io.stdout, `${s.id.padEnd(24)} ${String(s.year).padEnd(6)} ${s.title}`);
  return EXIT.OK;
}
