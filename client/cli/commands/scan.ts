import { parseArgs } from "node:util";
import { readProfile, type Profile, type Lang, type ScanResult, type Severity } from "../../../rules/engine/index.js";
import { FORMATS, renderPieces, type Format } from "../format/render.js";
import { t } from "../i18n.js";
import { collectInputs } from "../inputs.js";
import { EXIT, UsageError, write, type CliIo } from "../io.js";
import { progress } from "../progress.js";
import { localScanner, type Scanner } from "../scanner.js";

export const SCAN_HELP = {
  nl: `Gebruik: genderscan scan <bestand|map|glob|->… [opties]

Scant beleidsteksten (Markdown, tekst, DOCX, PDF, HTML); mappen en globs ("docs/**/*.pdf") in één keer.

Opties:
  --format pretty|json|sarif|markdown|html   uitvoer (standaard pretty; json geeft één object, of een lijst bij meer bestanden)
  --profile BESTAND            profiel (YAML/JSON): regels aan/uit, ernst, opties (lokaal)
  --server URL                 scan via een genderscan-server (GraphQL) in plaats van lokaal
  --token TOKEN                API-token voor --server (ook GENDERSCAN_TOKEN)
  --profile-id ID              profiel op de server (met --server)
  --fail-on error|warning|info eindcode 1 als er bevindingen van minstens deze ernst zijn
  --lang nl|en                 taal van meldingen en remedies
  --title TITEL                titel van het document
  --scope auto|document|fragment   hele document of een deel ervan (standaard auto: een tekst van hoogstens
                               40 zinnen die geen motie of raadsvoorstel is, is een deel; wat een deel niet
                               noemt, wordt niet beoordeeld en krijgt geen cijfer)
Eindcodes: 0 klaar, 1 bevindingen op of boven --fail-on, 2 gebruiks- of invoerfout, 3 onvolledig: een regel kon niet
worden uitgevoerd (de uitslag mist die controles en krijgt geen cijfer).`,
  en: `Usage: genderscan scan <file|dir|glob|->… [options]

Scans policy texts (Markdown, text, DOCX, PDF, HTML); directories and globs ("docs/**/*.pdf") in one go.

Options:
  --format pretty|json|sarif|markdown|html   output (default pretty; json gives one object, or a list for several files)
  --profile FILE               profile (YAML/JSON): rules on/off, severity, options (local)
  --server URL                 scan through a genderscan server (GraphQL) instead of locally
  --token TOKEN                API token for --server (also GENDERSCAN_TOKEN)
  --profile-id ID              profile on the server (with --server)
  --fail-on error|warning|info exit code 1 when there are findings of at least this severity
  --lang nl|en                 language of messages and remedies
  --title TITLE                document title
  --scope auto|document|fragment   whole document or a part of one (default auto: a text of at most 40
                               sentences that is no motion or council proposal is a part; what a part does
                               not mention is not assessed, and it gets no grade)
Exit codes: 0 done, 1 findings at or above --fail-on, 2 usage or input error, 3 incomplete: a rule could not run
(the result lacks its checks and gets no grade).`,
};

const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export const SCANNER_OPTIONS = {
  profile: { type: "string" },
  server: { type: "string" },
  token: { type: "string" },
  "profile-id": { type: "string" },
  lang: { type: "string" },
  title: { type: "string" },
  scope: { type: "string" },
  help: { type: "boolean" },
} as const;

/** --scope auto|document|fragment as the engine's `fragment` option. */
export function fragmentOption(scope: string | undefined, lang: Lang): boolean | "auto" {
  const s = scope ?? "auto";
  if (!["auto", "document", "fragment"].includes(s)) throw new UsageError(t(lang, "badOption", "--scope", s));
  return s === "auto" ? "auto" : s === "fragment";
}

/** The scanner the options ask for: local (with an optional profile file) or a server. */
export async function scannerFor(values: { profile?: string; server?: string; token?: string; "profile-id"?: string; lang?: string }, io: CliIo): Promise<Scanner> {
  if (values.server) {
    if (values.profile) throw new UsageError("--profile is lokaal; gebruik --profile-id met --server. / --profile is local; use --profile-id with --server.");
    const { remoteScanner } = await import("../remote-scanner.js");
    return remoteScanner(io.cwd, values.server, { token: values.token ?? io.env.GENDERSCAN_TOKEN, profileId: values["profile-id"], lang: values.lang });
  }
  const profile: Profile | undefined = values.profile ? await readProfile(values.profile) : undefined;
  return localScanner(io.cwd, profile);
}

export async function scanCommand(argv: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { ...SCANNER_OPTIONS, format: { type: "string", default: "pretty" }, "fail-on": { type: "string" } },
  });
  if (values.help) {
    write(io.stdout, SCAN_HELP[lang]);
    return EXIT.OK;
  }
  const format = values.format as Format;
  if (!FORMATS.includes(format)) throw new UsageError(t(lang, "badOption", "--format", values.format!));
  const failOn = values["fail-on"] as Severity | undefined;
  if (failOn && !(failOn in RANK)) throw new UsageError(t(lang, "badOption", "--fail-on", failOn));
  const fragment = fragmentOption(values.scope, lang);
  const scanner = await scannerFor(values, io);
  const inputs = await collectInputs(positionals, io, lang);
  const bar = progress(io.stderr, inputs.length, "genderscan");
  const results: Array<{ name: string; result: ScanResult }> = [];
  try {
    for (const input of inputs) {
      bar.start(input.name);
      results.push({ name: input.name, result: await scanner.scan(input, { lang, title: values.title, fragment }) });
      bar.tick(input.name);
    }
  } finally {
    bar.end();
  }
  const color = !!io.stdout.isTTY && !io.env.NO_COLOR;
  let last = "";
  for (const piece of renderPieces(results, format, { lang, rules: await scanner.rules(), corpus: await scanner.corpus(), version: await scanner.version(), color })) {
    if (last) io.stdout.write(last);
    last = piece;
  }
  write(io.stdout, last);
  const incomplete = results.filter((r) => (r.result.failedRules ?? []).length > 0);
  for (const r of incomplete) write(io.stderr, t(lang, "incomplete", r.name, r.result.failedRules.join(", ")));
  if (incomplete.length) return EXIT.INCOMPLETE;
  if (failOn && results.some((r) => r.result.findings.some((f) => !f.suppressed && RANK[f.severity] >= RANK[failOn]))) return EXIT.FINDINGS;
  return EXIT.OK;
}
