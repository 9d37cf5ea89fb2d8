import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseTerm, type Concept, type Corpus } from "../data/corpus.js";
import type { Remedy } from "../../../corpus/lib/schema.js";
import { cached } from "../data/cache.js";
import { dataKey, PACKAGE_ROOT } from "../data/compiled.js";
import { RuleDataError } from "../errors.js";
import type { ConceptSpec } from "../match/matcher.js";
import type { Localized, Role, Severity, SourceRef } from "../types.js";
import { conditionalRule } from "./kinds/conditional.js";
import { coverageRule } from "./kinds/coverage.js";
import { existenceRule } from "./kinds/existence.js";
import { inlineConceptId } from "./kinds/shared.js";
import { substitutionRule } from "./kinds/substitution.js";
import type { ModuleFileData, RuleFile } from "./schema.js";
import type { Example, Rule, RuleContext, RuleHandlers, RuleKind, RuleMeta, RuleModule, Scope } from "./types.js";

const here = dirname(fileURLToPath(import.meta.url));
export { PACKAGE_ROOT };
export const RULES_DIR = join(PACKAGE_ROOT, "rules");
const RUNNING_FROM_DIST = here.split(/[\\/]/).includes("dist");

/** Input of defineRule: the meta fields a code rule writes itself, plus create(). */
export interface CodeRuleDefinition {
  id: string;
  title: Localized;
  description: Localized;
  severity: Severity;
  score: number;
  scope?: Scope;
  roles?: Role[];
  messages: Record<string, Localized>;
  remedies: string[];
  sources: SourceRef[];
  examples: Array<Omit<Example, "expect"> & { expect?: Example["expect"] }>;
  articles?: string[];
  tags?: string[];
  enabled?: boolean;
  options?: Record<string, unknown>;
  /** Corpus concepts the rule reads (checked at load time). */
  uses?: string[];
  /** Inline concepts of this rule. */
  concepts?: ConceptSpec[];
  /** "coverage" when the rule reports a coverage check through ctx.cover(). */
  kind?: "code" | "coverage";
  create(ctx: RuleContext): RuleHandlers | void;
}

/** Marks a code rule; the loader fills in the module and defaults (ESLint's meta + create). */
export function defineRule(def: CodeRuleDefinition): CodeRuleDefinition {
  return def;
}

export function exampleExpectation(e: { text: string; expect?: Example["expect"] }, kind: RuleKind): Example["expect"] {
  if (e.expect) return e.expect;
  if (/\[\[/.test(e.text)) return "match";
  return kind === "coverage" ? "missing" : "none";
}

function buildMeta(moduleId: string, base: Omit<CodeRuleDefinition, "create">, kind: RuleKind, file: string): RuleMeta {
  return {
    id: `${moduleId}/${base.id}`,
    module: moduleId,
    title: base.title,
    description: base.description,
    kind,
    scope: base.scope ?? (kind === "coverage" ? "document" : "sentence"),
    roles: base.roles ?? [],
    severity: base.severity,
    score: base.score,
    messages: base.messages,
    remedies: base.remedies,
    sources: base.sources,
    examples: base.examples.map((e) => ({ ...e, expect: exampleExpectation(e, kind) })),
    enabled: base.enabled ?? true,
    options: base.options ?? {},
    articles: base.articles ?? [],
    tags: base.tags ?? [],
    file,
  };
}

const REQUIRED_MESSAGES: Record<RuleKind, string[]> = {
  coverage: ["missing", "partial"],
  existence: ["default"],
  substitution: ["default"],
  conditional: ["default"],
  code: [],
};

/** Compiles a declarative rule file into a Rule. */
export function compileRuleFile(moduleId: string, data: RuleFile, file: string, lineOf: (p: Array<string | number>) => number | undefined): Rule {
  const id = basename(file).replace(/\.ya?ml$/, "");
  if (data.id !== id) throw new RuleDataError(file, lineOf(["id"]), "id", `rule id "${data.id}" must equal the file name "${id}"`);
  for (const m of REQUIRED_MESSAGES[data.kind]) {
    if (!data.messages[m]) throw new RuleDataError(file, lineOf(["messages"]), `messages.${m}`, `a ${data.kind} rule needs message "${m}"`);
  }
  const { kind, concepts: _concepts, ...base } = data;
  const meta = buildMeta(moduleId, base, kind, file);
  const inline: ConceptSpec[] = data.terms?.length
    ? [{ id: inlineConceptId(meta.id), terms: data.terms.map(parseTerm), exceptions: data.exceptions }]
    : [];
  let rule: Rule;
  switch (data.kind) {
    case "existence":
      rule = existenceRule(meta, data);
      break;
    case "substitution":
      rule = substitutionRule(meta, data);
      break;
    case "coverage":
      rule = coverageRule(meta, data);
      break;
    case "conditional":
      rule = conditionalRule(meta, data);
      break;
  }
  rule.concepts = [...(rule.concepts ?? []), ...inline];
  return rule;
}

/** A module directory's YAML, parsed and validated: what the cache keeps. */
interface ModuleData {
  module: ModuleFileData;
  rules: Array<{ file: string; data: RuleFile }>;
  /** Lexicons and remedies the module ships in <dir>/corpus/. */
  corpus: { concepts: Concept[]; remedies: Array<Remedy & { file: string }> } | null;
}

/** Reads and validates a module directory's YAML (a cache miss: loads the YAML reader and the schemas). */
async function readModuleData(dir: string, root: string): Promise<ModuleData> {
  const [{ loadYaml }, { moduleFile, ruleFile }, { loadLexiconsAndRemedies }] = await Promise.all([
    import("../data/yaml-data.js"),
    import("./schema.js"),
    import("../data/corpus-load.js"),
  ]);
  const display = (f: string) => relative(root, f) || f;
  const m = loadYaml(join(dir, "module.yml"), moduleFile, root);
  // A set may name sets defined before it ("migrant-context: [$groups, …]").
  const sets: Record<string, string[]> = {};
  for (const [name, list] of Object.entries(m.data.conceptSets ?? {})) {
    sets[name] = list.flatMap((x, i) => {
      if (!x.startsWith("$")) return [x];
      const set = sets[x.slice(1)];
      if (!set) throw new RuleDataError(display(join(dir, "module.yml")), m.lineOf(["conceptSets", name, i]), `conceptSets.${name}.${i}`, `no concept set "${x.slice(1)}" before "${name}"`);
      return set;
    });
  }
  const rules: ModuleData["rules"] = [];
  for (const name of readdirSync(dir).sort()) {
    if (!/\.ya?ml$/.test(name) || name === "module.yml") continue;
    const y = loadYaml(join(dir, name), ruleFile, root);
    const data = withConceptSets(y.data, sets, display(join(dir, name)), y.lineOf);
    // Compiled once here so that errors carry their line; the cache then holds only valid rules.
    compileRuleFile(m.data.id, data, display(join(dir, name)), y.lineOf);
    rules.push({ file: display(join(dir, name)), data });
  }
  const extra: Pick<Corpus, "lexicons" | "concepts" | "remedies" | "origins"> = { lexicons: [], concepts: new Map(), remedies: new Map(), origins: new Map() };
  if (existsSync(join(dir, "corpus"))) loadLexiconsAndRemedies(join(dir, "corpus"), root, extra);
  return {
    module: m.data,
    rules,
    corpus: extra.concepts.size || extra.remedies.size ? { concepts: [...extra.concepts.values()], remedies: [...extra.remedies.values()] } : null,
  };
}

/**
 * A rule's data with every "$name" in its lists of strings replaced by the module's concept set of that name (in
 * order; examples are left alone; an unknown name is an error that names the file and line).
 */
function withConceptSets(data: RuleFile, sets: Record<string, string[]>, file: string, lineOf: (p: Array<string | number>) => number | undefined): RuleFile {
  const expand = (v: unknown, path: Array<string | number>): unknown => {
    if (Array.isArray(v)) {
      return v.flatMap((x, i) => {
        if (typeof x !== "string" || !x.startsWith("$")) return [expand(x, [...path, i])];
        const set = sets[x.slice(1)];
        if (!set) throw new RuleDataError(file, lineOf([...path, i]), [...path, i].join("."), `no concept set "${x.slice(1)}" in module.yml (conceptSets)`);
        return set;
      });
    }
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "examples" ? x : expand(x, [...path, k])]));
    return v;
  };
  return expand(data, []) as RuleFile;
}

/** Loads a rule module from a directory: module.yml, one YAML file per declarative rule, *.rule.ts code rules. */
export async function loadModuleDir(dir: string, root = PACKAGE_ROOT): Promise<RuleModule> {
  const display = (f: string) => relative(root, f) || f;
  const key = dataKey([dir, root], [dir]);
  const data = await cached(PACKAGE_ROOT, "module", key, () => readModuleData(dir, root), { toJSON: (d) => d, fromJSON: (d: ModuleData) => d });
  const rules: Rule[] = data.rules.map((r) => compileRuleFile(data.module.id, r.data, r.file, () => undefined));
  const { conceptSets: _sets, ...moduleMeta } = data.module;
  const entries = readdirSync(dir).sort();
  for (const name of entries) {
    if (!/\.rule\.(ts|js)$/.test(name) || name.endsWith(".d.ts")) continue;
    if (name.endsWith(".js") && entries.includes(name.replace(/\.js$/, ".ts"))) continue;
    const file = join(dir, name);
    const def = await importCodeRule(file);
    const id = name.replace(/\.rule\.(ts|js)$/, "");
    if (def.id !== id) throw new RuleDataError(display(file), undefined, "id", `rule id "${def.id}" must equal the file name "${id}"`);
    const { create, uses, concepts, kind, ...rest } = def;
    rules.push({ meta: buildMeta(data.module.id, rest, kind ?? "code", display(file)), create, uses, concepts });
  }
  // Natural order of ids, declarative and code rules together: art-6 before art-23 in every listing and report.
  rules.sort((a, b) => a.meta.id.localeCompare(b.meta.id, "en", { numeric: true }));
  const ruleIds = new Set<string>();
  for (const r of rules) {
    if (ruleIds.has(r.meta.id)) throw new RuleDataError(display(dir), undefined, "id", `rule ${r.meta.id} is defined twice`);
    ruleIds.add(r.meta.id);
  }
  return {
    meta: { ...moduleMeta, weight: data.module.weight ?? 1 },
    rules,
    presets: { recommended: {}, ...(data.module.presets ?? {}) },
    dir,
    ...(data.corpus ? { corpus: data.corpus } : {}),
  };
}

/** Code rules imported in advance, by package-relative path of their .ts source ("rules/gender/x.rule.ts"). */
const knownCodeRules = new Map<string, CodeRuleDefinition>();

/**
 * Hands the loader code rules already imported (the generated registry rules/code-rules.generated.ts, which the CLI
 * imports statically so that its bundle holds them). The loader still lists each module directory: a listed rule
 * file is taken from here instead of a run-time import; one the registry lacks is imported as before.
 */
export function useCodeRules(rules: Record<string, CodeRuleDefinition>): void {
  for (const [file, def] of Object.entries(rules)) knownCodeRules.set(file, def);
}

async function importCodeRule(file: string): Promise<CodeRuleDefinition> {
  const known = knownCodeRules.get(relative(PACKAGE_ROOT, file).split(sep).join("/").replace(/\.js$/, ".ts"));
  if (known) return known;
  // Compiled builds import the emitted .js beside the YAML's dist twin.
  let target = file;
  if (RUNNING_FROM_DIST && file.endsWith(".ts")) {
    target = join(PACKAGE_ROOT, "dist", relative(PACKAGE_ROOT, file)).replace(/\.ts$/, ".js");
  }
  const mod = (await import(pathToFileURL(target).href)) as { default?: CodeRuleDefinition };
  if (!mod.default || typeof mod.default.create !== "function") {
    throw new RuleDataError(file, undefined, "default", "a code rule must export default defineRule({ …, create })");
  }
  return mod.default;
}

export interface ModuleConfig {
  /** npm package names or paths of extra rule modules. */
  modules?: string[];
  /** Built-in modules to leave out. */
  exclude?: string[];
  /** Only these built-in modules (also from the GENDERSCAN_MODULES environment variable, comma-separated). */
  only?: string[];
}

/** Reads genderscan.config.json from `cwd`, if there is one. */
export function readConfig(cwd = process.cwd()): ModuleConfig {
  const file = join(cwd, "genderscan.config.json");
  if (!existsSync(file)) return {};
  try {
    const data = JSON.parse(readFileSync(file, "utf8")) as ModuleConfig;
    if (data.modules && !Array.isArray(data.modules)) throw new Error("modules must be an array");
    return data;
  } catch (e) {
    throw new RuleDataError(file, undefined, "modules", (e as Error).message);
  }
}

/** Discovers rule modules: every rules/<module>/module.yml, plus packages named in the config. */
export async function discoverModules(options: { rulesDir?: string; config?: ModuleConfig; cwd?: string } = {}): Promise<RuleModule[]> {
  const rulesDir = options.rulesDir ?? RULES_DIR;
  const cwd = options.cwd ?? process.cwd();
  const config = options.config ?? readConfig(cwd);
  const modules: RuleModule[] = [];
  for (const name of readdirSync(rulesDir).sort()) {
    const dir = join(rulesDir, name);
    if (!statSync(dir).isDirectory() || !existsSync(join(dir, "module.yml"))) continue;
    if (config.exclude?.includes(name)) continue;
    const only = config.only ?? process.env.GENDERSCAN_MODULES?.split(",").map((x) => x.trim()).filter(Boolean);
    if (only && only.length > 0 && !only.includes(name)) continue;
    modules.push(await loadModuleDir(dir));
  }
  for (const spec of config.modules ?? []) modules.push(await loadExternalModule(spec, cwd));
  const ids = new Set<string>();
  for (const m of modules) {
    if (ids.has(m.meta.id)) throw new RuleDataError(m.dir ?? m.meta.id, undefined, "id", `module ${m.meta.id} is loaded twice`);
    ids.add(m.meta.id);
  }
  return modules;
}

/** A third-party module: a directory, or an npm package exporting a RuleModule or `{ dir }`. */
export async function loadExternalModule(spec: string, cwd: string): Promise<RuleModule> {
  const asPath = resolve(cwd, spec);
  if ((spec.startsWith(".") || spec.startsWith("/")) && existsSync(join(asPath, "module.yml"))) return loadModuleDir(asPath, cwd);
  let entry: string;
  try {
    entry = createRequire(join(cwd, "package.json")).resolve(spec);
  } catch {
    throw new RuleDataError("genderscan.config.json", undefined, "modules", `rule module package "${spec}" is not installed`);
  }
  const mod = (await import(pathToFileURL(entry).href)) as { default?: RuleModule | { dir: string } };
  const value = mod.default;
  if (value && "dir" in value && typeof value.dir === "string" && !("rules" in value)) {
    return loadModuleDir(resolve(dirname(entry), value.dir), cwd);
  }
  if (value && "meta" in value && "rules" in value) return value as RuleModule;
  throw new RuleDataError(spec, undefined, "default", "a rule module package must export default { meta, rules, presets } or { dir }");
}
