import { basename } from "node:path";
import { parseArgs } from "node:util";
import type { Lang } from "../../../rules/engine/index.js";
import { createClient } from "../../sdk/client.js";
import { collectInputs } from "../inputs.js";
import { EXIT, UsageError, write, type CliIo } from "../io.js";

const HELP = {
  nl: `Gebruik: genderscan batch <bestanden|mappen|globs>… --server URL [--token TOKEN] [--format pretty|json] [--lang nl|en]

Uploadt de documenten naar de server en scant ze als achtergrondtaken (op PostgreSQL verdeeld over alle
workers). Toont de voortgang (op een terminal) en daarna per document de score.`,
  en: `Usage: genderscan batch <files|dirs|globs>… --server URL [--token TOKEN] [--format pretty|json] [--lang nl|en]

Uploads the documents to the server and scans them as background jobs (on PostgreSQL spread over all
workers). Shows the progress (on a terminal), then each document's score.`,
};

export async function batchCommand(argv: string[], io: CliIo, lang: Lang): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { server: { type: "string" }, token: { type: "string" }, format: { type: "string", default: "pretty" }, lang: { type: "string" }, help: { type: "boolean" }, interval: { type: "string", default: "1000" } },
  });
  if (values.help) {
    write(io.stdout, HELP[lang]);
    return EXIT.OK;
  }
  if (!values.server) throw new UsageError(HELP[lang]);
  const client = createClient({ url: values.server, token: values.token ?? io.env.GENDERSCAN_TOKEN, headers: { "accept-language": lang } });
  const inputs = await collectInputs(positionals, io, lang);
  const names = new Map<string, string>();
  for (const input of inputs) {
    const name = input.name === "-" ? "stdin.txt" : basename(input.name);
    const v = await client.uploadDocument({ title: name.replace(/\.[^.]+$/, "") }, { bytes: input.read(), filename: name });
    names.set(v.documentId, input.name);
  }
  const started = await client.startBatchScan({ documentIds: [...names.keys()], lang: lang === "en" ? "EN" : "NL" });
  const tty = !!io.stderr.isTTY;
  let batch = await client.batch(started.id);
  while (batch.status !== "done") {
    if (tty) io.stderr.write(`\rgenderscan batch: ${batch.done + batch.failed}/${batch.total}${batch.failed ? ` (${batch.failed} ${lang === "nl" ? "mislukt" : "failed"})` : ""}   `);
    await new Promise((r) => setTimeout(r, Number(values.interval)));
    batch = await client.batch(started.id);
  }
  if (tty) io.stderr.write("\r\u001b[2K");
  const rows = await Promise.all(
    batch.items.map(async (i) => ({ file: names.get(i.documentId) ?? i.documentId, status: i.status, error: i.error, scan: i.scanId ? await client.scan(i.scanId) : null })),
  );
  if (values.format === "json") {
    write(io.stdout, JSON.stringify({ id: batch.id, total: batch.total, done: batch.done, failed: batch.failed, documents: rows.map((r) => ({ file: r.file, status: r.status, error: r.error, scanId: r.scan?.id ?? null, score: r.scan?.score ?? null, grade: r.scan?.grade ?? null })) }, null, 2));
  } else {
    for (const r of rows) write(io.stdout, `${r.file.padEnd(50)} ${r.scan ? `${String(r.scan.score).padStart(3)}/100 ${r.scan.grade}` : `${r.status}: ${r.error ?? ""}`}`);
  }
  return batch.failed > 0 ? EXIT.FINDINGS : EXIT.OK;
}
