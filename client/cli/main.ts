// genderscan command line. Runs the engine in-process; --server (clients issue) goes through the SDK.
import { InputError, messageIn, RuleDataError, type Lang } from "../../rules/engine/index.js";
import { GenderscanApiError } from "../sdk/errors.js";
import { t } from "./i18n.js";
import { EXIT, processIo, UsageError, write, type CliIo } from "./io.js";

type Command = (argv: string[], io: CliIo, lang: Lang) => Promise<number>;

// Each command is imported when it runs: a scan does not load the GraphQL client or the database layer.
const COMMANDS: Record<string, () => Promise<Command>> = {
  scan: async () => (await import("./commands/scan.js")).scanCommand,
  compare: async () => (await import("./commands/compare.js")).compareCommand,
  report: async () => (await import("./commands/report.js")).reportCommand,
  user: async () => (await import("./commands/user.js")).userCommand,
  batch: async () => (await import("./commands/batch.js")).batchCommand,
  rules: async () => (await import("./commands/catalogue.js")).rulesCommand,
  sources: async () => (await import("./commands/catalogue.js")).sourcesCommand,
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
  const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (!load) {
    write(io.stderr, `${t(lang, "unknownCommand", command)}\n\n${t(lang, "usage")}`);
    return EXIT.USAGE;
  }
  try {
    return await (await load())(rest, io, lang);
  } catch (e) {
    // Messages are written "Dutch / English"; the user reads the one of --lang.
    if (e instanceof UsageError || e instanceof RuleDataError) {
      write(io.stderr, `genderscan: ${messageIn(e.message, lang)}`);
      return EXIT.USAGE;
    }
    if (e instanceof GenderscanApiError) {
      write(io.stderr, `genderscan: ${e.code}: ${messageIn(e.message, lang)}`);
      return EXIT.USAGE;
    }
    if (e instanceof TypeError && /fetch failed/.test(e.message)) {
      write(io.stderr, `genderscan: ${lang === "nl" ? "de server is niet bereikbaar" : "the server cannot be reached"} (${(e.cause as Error | undefined)?.message ?? e.message})`);
      return EXIT.USAGE;
    }
    if (e instanceof InputError) {
      write(io.stderr, `genderscan: ${e.code}: ${messageIn(e.message, lang)}`);
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
