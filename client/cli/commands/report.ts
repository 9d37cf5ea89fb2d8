import { parseArgs } from "node:util";
import { htmlReport, markdownReport, motionDraft, type Lang } from "../../../rules/engine/index.js";
import { t } from "../i18n.js";
import { collectInputs } from "../inputs.js";
import { EXIT, UsageError, write, type CliIo } from "../io.js";
import { SCANNER_OPTIONS, scannerFor, fragmentOption } from "./scan.js";

const HELP = {
  nl: `Gebruik: genderscan report <bestand> [--format markdown|html] [--motion] [--municipality NAAM] [--server URL] [--lang nl|en]

Schrijft een rapport van de scan (Markdown of afdrukbare HTML). Met --motion: een conceptmotie uit de
ontbrekende controles (constaterende dat / overwegende dat / verzoekt het college), naar de modelmotie
uit de CLB-handreiking.`,
  en: `Usage: genderscan report <file> [--format markdown|html] [--motion] [--municipality NAME] [--server URL] [--lang nl|en]

Writes a report of the scan (Markdown or printable HTML). With --motion: a draft council motion from the
missing checks (noting / considering / requests the executive), after the model motion of the CLB guide.`,
};

export async function reportCommand(argv: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...SCANNER_OPTIONS, format: { type: "string", default: "markdown" }, motion: { type: "boolean" }, municipality: { type: "string" } },
  });
  if (values.help) {
    write(io.stdout, HELP[lang]);
    return EXIT.OK;
  }
  if (positionals.length !== 1) throw new UsageError(HELP[lang]);
  if (!["markdown", "html"].includes(values.format!)) throw new UsageError(t(lang, "badOption", "--format", values.format!));
  const scanner = await scannerFor(values, io);
  const [file] = await collectInputs(positionals, io, lang);
  const result = await scanner.scan(file, { lang, title: values.title, fragment: fragmentOption(values.scope, lang) });
  const options = { lang, rules: await scanner.rules(), corpus: await scanner.corpus(), name: file.name };
  if (values.motion) write(io.stdout, motionDraft(result, { ...options, municipality: values.municipality }));
  else write(io.stdout, values.format === "html" ? htmlReport(result, options) : markdownReport(result, options));
  return EXIT.OK;
}
