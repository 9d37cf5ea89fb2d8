import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve, sep } from "node:path";
import type { CliIo } from "./io.js";
import { readStream, UsageError } from "./io.js";
import { t } from "./i18n.js";
import type { Lang } from "../../rules/engine/index.js";

export const SCANNABLE = /\.(md|markdown|txt|text|docx|pdf|html?)$/i;

export interface InputFile {
  /** Display name and SARIF uri: the path as given, or "-" for standard input. */
  name: string;
  /**
   * The file's bytes, read when asked for and not kept: a scanner drops them once it has the text, so a big input
   * is not held twice (as bytes and as text) through its scan, and a directory is read one file at a time.
   */
  read(): Buffer;
}

function fileInput(name: string, path: string): InputFile {
  return { name, read: () => readFileSync(path) };
}

/** Expands files, directories (recursively), simple globs (*, **, ?) and "-" into inputs. */
export async function collectInputs(args: string[], io: CliIo, lang: Lang): Promise<InputFile[]> {
  if (args.length === 0) throw new UsageError(t(lang, "noInput"));
  const out: InputFile[] = [];
  for (const arg of args) {
    if (arg === "-") {
      // Standard input can be read once only, so its bytes are kept.
      const bytes = await readStream(io.stdin);
      out.push({ name: "-", read: () => bytes });
      continue;
    }
    const paths = /[*?]/.test(arg) ? expandGlob(arg, io.cwd) : [arg];
    if (paths.length === 0) throw new UsageError(t(lang, "noFiles", arg));
    for (const p of paths) {
      const abs = resolve(io.cwd, p);
      let st;
      try {
        st = statSync(abs);
      } catch {
        throw new UsageError(t(lang, "notFound", p));
      }
      if (st.isDirectory()) {
        const files = walk(abs).filter((f) => SCANNABLE.test(f));
        if (files.length === 0) throw new UsageError(t(lang, "noFiles", p));
        for (const f of files) out.push(fileInput(relative(io.cwd, f) || f, f));
      } else {
        out.push(fileInput(p, abs));
      }
    }
  }
  return out;
}

function walk(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".") || name === "node_modules") continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) for (const f of walk(p)) out.push(f);
    else out.push(p);
  }
  return out;
}

/** Minimal glob: the fixed directory prefix is walked and the rest matched as a pattern. */
export function expandGlob(pattern: string, cwd: string): string[] {
  const parts = pattern.split(/[\\/]/);
  const firstWild = parts.findIndex((p) => /[*?]/.test(p));
  const base = resolve(cwd, parts.slice(0, firstWild).join(sep) || ".");
  const rest = parts.slice(firstWild).join("/");
  const re = new RegExp(
    `^${rest
      .split("/")
      .map((seg) =>
        seg === "**"
          ? "(?:.*/)?"
          : `${seg.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*").replace(/\?/g, "[^/]")}/`,
      )
      .join("")
      .replace(/\/$/, "")
      .replace(/\(\?:\.\*\/\)\?$/, ".*")}$`,
  );
  let files: string[];
  try {
    files = walk(base);
  } catch {
    return [];
  }
  return files
    .filter((f) => re.test(relative(base, f).split(sep).join("/")))
    .map((f) => relative(cwd, f));
}
