import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentVersionEntity } from "../../server/entities/document-version.entity.js";
import { FindingEntity } from "../../server/entities/finding.entity.js";
import { ScanEntity } from "../../server/entities/scan.entity.js";
import { startTestServer, type TestServer } from "./harness.js";

// A stored scan keeps every finding as the engine reported it, in order, also past one INSERT's worth of rows
// (findings are written in multi-row INSERTs of 100 inside the scan's transaction).

let s: TestServer;
beforeAll(async () => {
  s = await startTestServer();
});
afterAll(() => s.close());

describe("storing a scan's findings", () => {
  it("stores more than 100 findings in the engine's order with all their fields", async () => {
    const text = readFileSync("corpus/seeds/003_2d9c4895bf856dd0.txt", "utf8");
    const v = await s.gql<{ submitDocument: { documentId: string } }>(`mutation($t: String!) { submitDocument(input: { title: "Seed 003", text: $t }) { documentId } }`, { t: text });
    expect(v.body.errors).toBeUndefined();
    const sc = await s.gql<{ scanDocument: { id: string; findingCount: number } }>(`mutation($id: ID!) { scanDocument(documentId: $id, fragment: false) { id findingCount } }`, { id: v.body.data!.submitDocument.documentId });
    expect(sc.body.errors).toBeUndefined();
    const { id, findingCount } = sc.body.data!.scanDocument;
    const rows = await s.ds.getRepository(FindingEntity).find({ where: { scanId: id }, order: { position: "ASC" } });
    expect(findingCount).toBeGreaterThan(100);
    expect(rows.map((r) => r.position)).toEqual(Array.from({ length: findingCount }, (_, i) => i));
    expect(new Set(rows.map((r) => r.id)).size).toBe(findingCount);

    // The same text through the engine directly: the stored rows are its findings, field for field.
    const scan = await s.ds.getRepository(ScanEntity).findOneByOrFail({ id });
    const version = await s.ds.getRepository(DocumentVersionEntity).findOneByOrFail({ id: scan.versionId });
    const stored = await s.services.scans.result(scan);
    const { result } = s.engine.scanDetailed(version.originalText, { fragment: false, format: version.textFormat as "text" | "markdown", title: "Seed 003" });
    expect(result.findings.length).toBe(findingCount);
    const pick = (f: (typeof result.findings)[number]) => ({
      ruleId: f.ruleId, module: f.module, severity: f.severity, score: f.score, message: f.message, remedy: f.remedy, remedies: f.remedies,
      quote: f.quote, location: f.location, sources: f.sources, fingerprint: f.fingerprint, suppressed: f.suppressed, fix: f.fix ?? null,
    });
    expect(stored.findings.map(pick)).toEqual(result.findings.map(pick));
    expect(rows.every((r) => r.createdAt instanceof Date && !Number.isNaN(r.createdAt.getTime()))).toBe(true);
  });
});
