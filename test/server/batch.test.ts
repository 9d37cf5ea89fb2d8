import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DB, startTestServer, type TestServer } from "./harness.js";

// Batch scans: one job per document, progress through GraphQL.

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(async () => s?.close());

const TEXT = (i: number) => `# Visie ${i}\n\nDeze regiovisie gaat over huiselijk geweld en kindermishandeling. Partnergeweld ontstaat uit relatieproblemen.\n`;

async function waitFor<T>(f: () => Promise<T>, done: (t: T) => boolean, ms = 30_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const v = await f();
    if (done(v) || Date.now() > until) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe(`batch scans on ${DB}`, () => {
  it("scans every document of a batch as jobs and reports progress", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      const r = await s.gql<{ submitDocument: { documentId: string } }>(`mutation($t: String!, $title: String!) { submitDocument(input: { title: $title, text: $t }) { documentId } }`, { t: TEXT(i), title: `Batch ${i}` });
      ids.push(r.body.data!.submitDocument.documentId);
    }
    const started = await s.gql<{ startBatchScan: { id: string; total: number; status: string } }>(`mutation($ids: [ID!]!) { startBatchScan(documentIds: $ids) { id total status } }`, { ids });
    expect(started.body.errors).toBeUndefined();
    expect(started.body.data!.startBatchScan.total).toBe(4);
    const id = started.body.data!.startBatchScan.id;
    type B = { batch: { status: string; done: number; failed: number; items: Array<{ documentId: string; status: string; scanId: string | null }> } };
    const final = await waitFor(
      async () => (await s.gql<B>(`query($id: ID!) { batch(id: $id) { status done failed items { documentId status scanId } } }`, { id })).body.data!.batch,
      (b) => b.status === "done",
    );
    expect(final).toMatchObject({ status: "done", done: 4, failed: 0 });
    for (const item of final.items) {
      expect(item.status).toBe("done");
      const scan = await s.gql<{ scan: { documentId: string; findingCount: number } }>(`query($id: ID!) { scan(id: $id) { documentId findingCount } }`, { id: item.scanId });
      expect(scan.body.data!.scan.documentId).toBe(item.documentId);
    }
  });

  it("refuses documents you cannot read and other users' batches", async () => {
    const other = await s.user("batch-ander");
    const mine = await s.gql<{ submitDocument: { documentId: string } }>(`mutation($t: String!) { submitDocument(input: { title: "Van mij", text: $t }) { documentId } }`, { t: TEXT(9) });
    const id = mine.body.data!.submitDocument.documentId;
    const r = await s.gql(`mutation($ids: [ID!]!) { startBatchScan(documentIds: $ids) { id } }`, { ids: [id] }, other);
    expect(r.body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const b = await s.gql<{ startBatchScan: { id: string } }>(`mutation($ids: [ID!]!) { startBatchScan(documentIds: $ids) { id } }`, { ids: [id] });
    const peek = await s.gql(`query($id: ID!) { batch(id: $id) { id } }`, { id: b.body.data!.startBatchScan.id }, other);
    expect(peek.body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const empty = await s.gql(`mutation { startBatchScan(documentIds: []) { id } }`);
    expect(empty.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});
