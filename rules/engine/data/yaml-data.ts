import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { isMap, isSeq, LineCounter, parseDocument, type Document } from "yaml";
import type { z } from "zod";
import { RuleDataError } from "../errors.js";

export interface LoadedYaml<T> {
  data: T;
  file: string;
  /** Line of the node at `path` (1-based), for later error messages. */
  lineOf(path: Array<string | number>): number | undefined;
}

/** Parses and validates a YAML data file; errors name the file, line and field (Vale-style E201). */
export function loadYaml<S extends z.ZodType>(file: string, schema: S, root = process.cwd()): LoadedYaml<z.infer<S>> {
  const display = relative(root, file) || file;
  let source: string;
  try {
    source = readFileSync(file, "utf8");
  } catch (e) {
    throw new RuleDataError(display, undefined, "", `cannot read file (${(e as Error).message})`);
  }
  return parseYaml(source, display, schema);
}

export function parseYaml<S extends z.ZodType>(source: string, display: string, schema: S): LoadedYaml<z.infer<S>> {
  const counter = new LineCounter();
  const doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    throw new RuleDataError(display, counter.linePos(e.pos[0]).line, "", e.message.split("\n")[0]);
  }
  const lineOf = (path: Array<string | number>) => nodeLine(doc, counter, path);
  const result = schema.safeParse(doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0];
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    throw new RuleDataError(display, lineOf(path), path.join("."), issue.message);
  }
  return { data: result.data, file: display, lineOf };
}

function nodeLine(doc: Document, counter: LineCounter, path: Array<string | number>): number | undefined {
  // Walk down as far as the path exists; report the deepest node found.
  for (let n = path.length; n >= 0; n--) {
    const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true);
    const range = (node as { range?: [number, number] } | undefined)?.range;
    if (range) return counter.linePos(range[0]).line;
    if (n === 0 && (isMap(node) || isSeq(node))) return 1;
  }
  return undefined;
}
