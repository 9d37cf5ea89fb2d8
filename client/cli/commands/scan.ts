import { parseArgs } from "node:util";
import { defaultEngine } from "../../../rules/engine/index.js";
import { ingest } from "../../../rules/engine/ingest/ingest.js";
import { toSarif } from "../../../rules/engine/output/sarif.js";
import { readProfile, type Profile } from "../../../rules/engine/run/profile.js";
import type { Lang, ScanResult, Severity } from "../../../rules/engine/types.js";
import { formatPretty } from "../format/pretty.js";
import { t } from "../i18n.js";
import { collectInputs } from "../inputs.js";
import { EXIT, UsageError, write, type CliIo } from "../io.js";

export const SCAN_HELP = {
  nl: `Gebruik: genderscan scan <bestand|map|glob|->… [opties]

Opties:
  --format pretty|json|sarif   uitvoer (standaard pretty; json geeft één object, of een lijst bij meer bestanden)
  --profile BESTAND            profiel (YAML/JSON): regels aan/uit, ernst, opties
  --fail-on error|warning      eindcode 1 als er bevindingen van minstens deze ernst zijn
  --lang nl|en                 taal van meldingen en remedies
  --title TITEL                titel van het document
Eindcodes: 0 klaar, 1 bevindingen op of boven --fail-on, 2 gebruiks- of invoerfout.`,
  en: `Usage: genderscan scan <file|dir|glob|->… [options]

Options:
  --format pretty|json|sarif   output (default pretty; json gives one object, or a list for several files)
  --profile FILE               profile (YAML/JSON): rules on/off, severity, options
  --fail-on error|warning      exit code 1 when there are findings of at least this severity
  --lang nl|en                 language of messages and remedies
  --title TITLE                document title
Exit codes: 0 done, 1 findings at or above --fail-on, 2 usage or input error.`,
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export async function scanCommand(argv: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      format: { type: "string", default: "pretty" },
      profile: { type: "string" },
      "fail-on": { type: "string" },
      lang: { type: "string" },
      title: { type: "string" },
      help: { type: "boolean" },
    },
  });
  if (values.help) {
    write(io.stdout, SCAN_HELP[lang]);
    return EXIT.OK;
  }
  const format = values.format!;
  if (!["pretty", "json", "sarif"].includes(format)) throw new UsageError(t(lang, "badOption", "--format", format));
  const failOn = values["fail-on"] as Severity | undefined;
  if (failOn && !(failOn in RANK)) throw new UsageError(t(lang, "badOption", "--fail-on", failOn));
  const profile: Profile | undefined = values.profile ? readProfile(values.profile) : undefined;
  const inputs = await collectInputs(positionals, io, lang);
  const engine = await defaultEngine();
  const results: Array<{ name: string; result: ScanResult }> = [];
  for (const input of inputs) {
    const doc = await ingest(input.bytes, { filename: input.name === "-" ? undefined : input.name });
    const result = engine.scan(doc.text, { format: doc.format, profile, lang, title: values.title });
    results.push({ name: input.name, result });
  }
  if (format === "json") {
    write(io.stdout, JSON.stringify(results.length === 1 ? results[0].result : results.map((r) => r.result), null, 2));
  } else if (format === "sarif") {
    const sarif = toSarif(
      results.map((r) => ({ result: r.result, uri: r.name === "-" ? "stdin" : r.name })),
      engine.allRules().map((r) => r.meta),
      engine.corpus,
      lang,
      engine.version,
    );
    write(io.stdout, JSON.stringify(sarif, null, 2));
  } else {
    const color = !!io.stdout.isTTY && !io.env.NO_COLOR;
    write(io.stdout, results.map((r) => formatPretty(r.name, r.result, lang, color)).join("\n\n"));
  }
  if (failOn) {
    const hit = results.some((r) => r.result.findings.some((f) => !f.suppressed && RANK[f.severity] >= RANK[failOn]));
    if (hit) return EXIT.FINDINGS;
  }
  return EXIT.OK;
}
