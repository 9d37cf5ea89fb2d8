import { parseArgs } from "node:util";
import type { Lang } from "../../../rules/engine/index.js";
import { EXIT, UsageError, write, type CliIo } from "../io.js";

const HELP = {
  nl: `Gebruik: genderscan user add <naam> --role admin|trainer|member
       genderscan user list

Werkt op de database van de server (DATABASE_URL, of het SQLite-bestand data/genderscan.sqlite;
SQLITE_PATH om een ander bestand te kiezen). "add" drukt een nieuw API-token af (alleen nu zichtbaar).`,
  en: `Usage: genderscan user add <name> --role admin|trainer|member
       genderscan user list

Works on the server's database (DATABASE_URL, or the SQLite file data/genderscan.sqlite;
SQLITE_PATH for another file). "add" prints a new API token (shown only now).`,
};

export async function userCommand(argv: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { role: { type: "string", default: "member" }, lang: { type: "string" }, help: { type: "boolean" } } });
  if (values.help || positionals.length === 0) {
    write(values.help ? io.stdout : io.stderr, HELP[lang]);
    return values.help ? EXIT.OK : EXIT.USAGE;
  }
  const [action, name] = positionals;
  if (action !== "add" && action !== "list") throw new UsageError(HELP[lang]);
  if (action === "add" && !name) throw new UsageError(HELP[lang]);
  // The server side is loaded only for this command, through its administration entry.
  const admin = await import("../../../server/admin.js");
  const db = { url: io.env.DATABASE_URL, sqlitePath: io.env.SQLITE_PATH };
  try {
    if (action === "list") {
      for (const u of await admin.listUsers(db)) write(io.stdout, `${u.name.padEnd(30)} ${u.role.padEnd(12)} ${u.disabled ? (lang === "nl" ? "uitgeschakeld" : "disabled") : ""}`);
      return EXIT.OK;
    }
    const user = await admin.createUserWithToken(db, `cli:${io.env.USER ?? "local"}`, name, values.role!);
    write(io.stdout, lang === "nl" ? `Gebruiker ${user.name} (${user.role}) aangemaakt. Token (alleen nu zichtbaar):\n${user.token}` : `Created user ${user.name} (${user.role}). Token (shown only now):\n${user.token}`);
    return EXIT.OK;
  } catch (e) {
    const ext = (e as { extensions?: { code?: string } }).extensions;
    if (ext?.code === "BAD_USER_INPUT") throw new UsageError((e as Error).message);
    throw e;
  }
}
