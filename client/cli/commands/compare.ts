import { parseArgs } from "node:util";
import { styleText } from "node:util";
import { compareResults, type Finding, type Lang } from "../../../rules/engine/index.js";
import { t } from "../i18n.js";
import { collectInputs } from "../inputs.js";
import { EXIT, UsageError, write, type CliIo } from "../io.js";
import { fragmentOption, SCANNER_OPTIONS, scannerFor } from "./scan.js";

const HELP = {
  nl: `Gebruik: genderscan compare <oud> <nieuw> [--format pretty|json] [--server URL] [--lang nl|en]

Vergelijkt twee versies van een document: nieuwe, opgeloste en gebleven bevindingen (op vingerafdruk)
en dekkingscontroles waarvan de status veranderde.`,
  en: `Usage: genderscan compare <old> <new> [--format pretty|json] [--server URL] [--lang nl|en]

Compares two versions of a document: new, fixed and unchanged findings (by fingerprint) and coverage
checks whose status changed.`,
};

const L = {
  new: { nl: "Nieuw", en: "New" },
  fixed: { nl: "Opgelost", en: "Fixed" },
  unchanged: { nl: "Gebleven", en: "Unchanged" },
  coverage: { nl: "Dekking veranderd", en: "Coverage changed" },
  score: { nl: "Score", en: "Score" },
};

export async function compareCommand(argv: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { ...SCANNER_OPTIONS, format: { type: "string", default: "pretty" } } });
  if (values.help) {
    write(io.stdout, HELP[lang]);
    return EXIT.OK;
  }
  if (positionals.length !== 2) throw new UsageError(HELP[lang]);
  if (!["pretty", "json"].includes(values.format!)) throw new UsageError(t(lang, "badOption", "--format", values.format!));
  const scanner = await scannerFor(values, io);
  const [oldFile, newFile] = await collectInputs(positionals, io, lang);
  const title = values.title ?? newFile.name.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  // Both under one title, so a server stores them as two versions of one document.
  const fragment = fragmentOption(values.scope, lang);
  const base = await scanner.scan(oldFile, { lang, title, fragment });
  const head = await scanner.scan(newFile, { lang, title, fragment });
  const c = compareResults(base, head);
  if (values.format === "json") {
    write(io.stdout, JSON.stringify({ base: { score: base.score, grade: base.grade }, head: { score: head.score, grade: head.grade }, ...c }, null, 2));
    return EXIT.OK;
  }
  const color = !!io.stdout.isTTY && !io.env.NO_COLOR;
  const c2 = (style: Parameters<typeof styleText>[0], s: string) => (color ? styleText(style, s) : s);
  const line = (f: Finding) => `  ${f.location ? `${f.location.line}:${f.location.column}` : "—"}  ${f.message}  ${c2("gray", f.ruleId)}`;
  const out = [`${L.score[lang]}: ${base.score} (${base.grade}) → ${head.score} (${head.grade})  ${c.scoreDelta >= 0 ? "+" : ""}${c.scoreDelta}`];
  out.push("", c2("red", `${L.new[lang]} (${c.new.length})`), ...c.new.map(line));
  out.push("", c2("green", `${L.fixed[lang]} (${c.fixed.length})`), ...c.fixed.map(line));
  out.push("", `${L.unchanged[lang]} (${c.unchanged.length})`, ...c.unchanged.map(line));
  if (c.coverageChanges.length) out.push("", L.coverage[lang], ...c.coverageChanges.map((x) => `  ${x.check}: ${x.before} → ${x.after}`));
  write(io.stdout, out.join("\n"));
  return EXIT.OK;
}
