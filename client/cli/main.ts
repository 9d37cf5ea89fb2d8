// genderscan command line. Runs the engine in-process; --server (clients issue) goes through the SDK.
import { InputError, RuleDataError } from "../../rules/engine/errors.js";
import type { Lang } from "../../rules/engine/types.js";
import { rulesCommand, sourcesCommand } from "./commands/catalogue.js";
import { scanCommand } from "./commands/scan.js";
import { compareCommand } from "./commands/compare.js";
import { reportCommand } from "./commands/report.js";
import { userCommand } from "./commands/user.js";
import { batchCommand } from "./commands/batch.js";
import { GenderscanApiError } from "../sdk/client.js";
import { t } from "./i18n.js";
import { EXIT, processIo, UsageError, write, type CliIo } from "./io.js";

type Command = (argv: string[], io: CliIo, lang: Lang) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  scan: scanCommand,
  compare: compareCommand,
  report: reportCommand,
  user: userCommand,
  batch: batchCommand,
  rules: rulesCommand,
  sources: sourcesCommand,
};

export async function main(argv: string[], io: CliIo = processIo()): Promise<number> {
  const langIndex = argv.indexOf("--lang");
  const langArg = langIndex >= 0 ? argv[langIndex + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  const lang: Lang = langArg === "en" ? "en" : "nl";
  if (langArg && langArg !== "nl" && langArg !== "en") {
    write(io.stderr, t("nl", "badOption", "--lang", langArg));
    return EXIT.USAGE;
  }
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    write(command ? io.stdout : io.stderr, t(lang, "usage"));
    return command ? EXIT.OK : EXIT.USAGE;
  }
  const run = COMMANDS[command];
  if (!run) {
    write(io.stderr, `${t(lang, "unknownCommand", command)}\n\n${t(lang, "usage")}`);
    return EXIT.USAGE;
  }
  try {
    return await run(rest, io, lang);
  } catch (e) {
    if (e instanceof UsageError || e instanceof RuleDataError) {
      write(io.stderr, `genderscan: ${e.message}`);
      return EXIT.USAGE;
    }
    if (e instanceof GenderscanApiError) {
      write(io.stderr, `genderscan: ${e.code}: ${e.message}`);
      return EXIT.USAGE;
    }
    if (e instanceof TypeError && /fetch failed/.test(e.message)) {
      write(io.stderr, `genderscan: de server is niet bereikbaar / the server cannot be reached (${(e.cause as Error | undefined)?.message ?? e.message})`);
      return EXIT.USAGE;
    }
    if (e instanceof InputError) {
      write(io.stderr, `genderscan: ${e.code}: ${e.message}`);
      return EXIT.USAGE;
    }
    if (e instanceof TypeError && (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      write(io.stderr, `genderscan: ${e.message}`);
      return EXIT.USAGE;
    }
    throw e;
  }
}

// Run when executed directly (node dist/client/cli/main.js or tsx client/cli/main.ts).
const invoked = process.argv[1] ?? "";
if (/client[\\/]cli[\\/]main\.(ts|js)$/.test(invoked)) {
  process.env.DOTENV_CONFIG_QUIET ??= "true";
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
