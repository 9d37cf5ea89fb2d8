import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** One import of a source file: the specifier and, for a relative one, the file it resolves to (root-relative). */
export interface Import {
  spec: string;
  target: string | null;
  typeOnly: boolean;
}

const SOURCE_DIRS = ["rules", "server", "client", "corpus", "scripts", "bench"];
const SKIP = new Set(["node_modules", "dist", "scratch"]);

/** The TypeScript sources of the project (root-relative paths), generated files included. */
export function sourceFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d)) {
      if (SKIP.has(n) || n.startsWith(".")) continue;
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.tsx?$/.test(n) && !n.endsWith(".d.ts")) out.push(relative(root, p));
    }
  };
  for (const d of SOURCE_DIRS) if (existsSync(join(root, d))) walk(join(root, d));
  return out.sort();
}

// Static imports and re-exports (also over several lines), side-effect imports and dynamic imports of a literal.
const STATIC = /^\s*(import|export)\s+(type\s+)?(?:[^;"']*?\sfrom\s*)?["']([^"']+)["']/gm;
const DYNAMIC = /\bimport\(\s*["']([^"']+)["']\s*\)/g;

/** The imports of one file. */
export function importsOf(root: string, file: string): Import[] {
  const src = readFileSync(join(root, file), "utf8");
  const out: Import[] = [];
  const add = (spec: string, typeOnly: boolean) => out.push({ spec, target: resolveSpec(root, file, spec), typeOnly });
  for (const m of src.matchAll(STATIC)) add(m[3], Boolean(m[2]));
  for (const m of src.matchAll(DYNAMIC)) add(m[1], false);
  return out;
}

function resolveSpec(root: string, file: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = resolve(root, dirname(file), spec);
  for (const candidate of [base.replace(/\.js$/, ".ts"), base.replace(/\.js$/, ".tsx"), base, `${base}.ts`, join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(root, candidate);
  }
  return null;
}

/** Strongly connected components with more than one file (Tarjan), each sorted. */
export function cycles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) out.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}
