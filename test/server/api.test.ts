import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeDocx, makePdf, makeImageOnlyPdf } from "../helpers/files.js";
import { sameModuloRepair } from "../helpers/text.js";
import { DB, startTestServer, type TestServer } from "./harness.js";

// The API suite: resolvers through the real HTTP server, on in-memory SQLite (npm test) or
// PostgreSQL (npm run test:pg), with migrations as in production.

const DRAFT_1 = [
  "# Visie",
  "",
  "Deze regiovisie gaat over de aanpak van huiselijk geweld en kindermishandeling.",
  "",
  "Partnergeweld ontstaat vaak uit relatieproblemen. De politieman komt langs.",
  "",
  "# Maatregelen",
  "",
  "We zetten in op betere samenwerking.",
  "",
].join("\n");

const DRAFT_2 = [
  "# Visie",
  "",
  "Deze regiovisie gaat over de aanpak van huiselijk geweld en kindermishandeling.",
  "",
  "Partnergeweld gaat over macht en controle. De politieman komt langs.",
  "",
  "# Maatregelen",
  "",
  "We zetten in op betere samenwerking.",
  "",
  "We gaan twintig extra opvangplekken realiseren voor vrouwen en kinderen.",
  "",
].join("\n");

const SUBMIT = `mutation Submit($input: SubmitDocumentInput!) { submitDocument(input: $input) { id number documentId sourceFormat textFormat checksum originalText } }`;
// The fixtures stand in for whole documents, short as they are: scanned as such, not as fragments.
const SCAN = `mutation Scan($id: ID!, $profileId: ID) { scanDocument(documentId: $id, profileId: $profileId, fragment: false) { id score grade findingCount modules { id score grade applicable } document { onTopic sections { title role line } } } }`;
const FINDINGS = `query Findings($id: ID!, $first: Int, $after: String, $module: String, $severity: Severity, $status: FindingStatus, $ruleId: String) {
  scan(id: $id) { id findings(first: $first, after: $after, module: $module, severity: $severity, status: $status, ruleId: $ruleId) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor startCursor }
    edges { cursor node { id ruleId module severity score message remedy quote fingerprint suppressed suppression { kind justification by at } fix location { line column endLine endColumn offset length } sources { source locator } } }
  } }
}`;

let s: TestServer;

beforeAll(async () => {
  s = await startTestServer({ maxUploadBytes: 200_000 });
});
afterAll(async () => {
  await s?.close();
});

async function submit(input: Record<string, unknown>) {
  const r = await s.gql<{ submitDocument: { id: string; number: number; documentId: string; originalText: string; sourceFormat: string; textFormat: string; checksum: string } }>(SUBMIT, { input });
  expect(r.body.errors).toBeUndefined();
  return r.body.data!.submitDocument;
}

async function scan(documentId: string, profileId?: string) {
  const r = await s.gql<{ scanDocument: { id: string; score: number; grade: string; findingCount: number; modules: Array<{ id: string }>; document: { onTopic: boolean } } }>(SCAN, { id: documentId, profileId });
  expect(r.body.errors).toBeUndefined();
  return r.body.data!.scanDocument;
}

type FindingNode = {
  id: string;
  ruleId: string;
  module: string;
  severity: string;
  quote: string;
  fingerprint: string;
  suppressed: boolean;
  suppression: { kind: string; justification: string; by: string; at: string } | null;
  fix: string | null;
  location: { line: number; offset: number; length: number } | null;
};

async function findings(scanId: string, args: Record<string, unknown> = {}) {
  const r = await s.gql<{ scan: { findings: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: Array<{ node: FindingNode }> } } }>(FINDINGS, {
    id: scanId,
    first: 100,
    ...args,
  });
  expect(r.body.errors).toBeUndefined();
  return r.body.data!.scan.findings;
}

describe(`GraphQL API on ${DB}`, () => {
  it("runs the same migrations as the entities describe (no pending schema changes)", async () => {
    const log = await s.ds.driver.createSchemaBuilder().log();
    expect(log.upQueries.map((q) => q.query)).toEqual([]);
  });

  it("stores documents with versions by title and municipality", async () => {
    const v1 = await submit({ title: "Regiovisie Utrecht 2025", municipality: "Utrecht", text: DRAFT_1, year: 2025 });
    expect(v1.number).toBe(1);
    expect(v1.textFormat).toBe("MARKDOWN");
    expect(v1.checksum).toMatch(/^[0-9a-f]{64}$/);
    const same = await submit({ title: "regiovisie  utrecht 2025", municipality: "UTRECHT", text: DRAFT_1 });
    expect(same.id).toBe(v1.id);
    const v2 = await submit({ title: "Regiovisie Utrecht 2025", municipality: "Utrecht", text: DRAFT_2 });
    expect(v2).toMatchObject({ number: 2, documentId: v1.documentId });
    const other = await submit({ title: "Regiovisie Utrecht 2025", municipality: "Amersfoort", text: DRAFT_1 });
    expect(other.documentId).not.toBe(v1.documentId);
    const r = await s.gql<{ document: { title: string; municipality: string; year: number; kind: string; latestVersion: { number: number }; versions: { totalCount: number } } }>(
      `query($id: ID!) { document(id: $id) { title municipality year kind latestVersion { number } versions(first: 10) { totalCount } } }`,
      { id: v1.documentId },
    );
    expect(r.body.data!.document).toMatchObject({ title: "Regiovisie Utrecht 2025", municipality: "Utrecht", year: 2025, kind: "REGIOVISIE", latestVersion: { number: 2 }, versions: { totalCount: 2 } });
    const list = await s.gql<{ documents: { totalCount: number; edges: Array<{ node: { title: string } }> } }>(`{ documents(first: 10, municipality: "utrecht") { totalCount edges { node { title } } } }`);
    expect(list.body.data!.documents.totalCount).toBe(1);
  });

  it("scans a document, stores the scan and pages through filtered findings", async () => {
    const v = await submit({ title: "Findings", text: DRAFT_1 });
    const sc = await scan(v.documentId);
    expect(sc.document.onTopic).toBe(true);
    expect(sc.grade).toMatch(/^[A-E]$/);
    const all = await findings(sc.id);
    expect(all.totalCount).toBe(sc.findingCount);
    const rules = all.edges.map((e) => e.node.ruleId);
    expect(rules).toEqual(expect.arrayContaining(["fixture/conflict-framing", "fixture/generic-professional", "fixture/vague-goal", "fixture/shelter-coverage"]));
    for (const { node } of all.edges) {
      if (!node.location) continue;
      expect(sameModuloRepair(node.quote, v.originalText.slice(node.location.offset, node.location.offset + node.location.length))).toBe(true);
    }
    expect(all.edges.find((e) => e.node.ruleId === "fixture/generic-professional")?.node.fix).toBe("politieagent");
    const page1 = await findings(sc.id, { first: 2 });
    expect(page1.edges).toHaveLength(2);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    const page2 = await findings(sc.id, { first: 2, after: page1.pageInfo.endCursor });
    expect(page2.edges[0].node.id).toBe(all.edges[2].node.id);
    const byRule = await findings(sc.id, { ruleId: "fixture/vague-goal" });
    expect(byRule.edges.map((e) => e.node.quote)).toEqual(["We zetten in op"]);
    const errors = await findings(sc.id, { severity: "ERROR" });
    expect(errors.edges.every((e) => e.node.severity === "ERROR")).toBe(true);
    const byModule = await findings(sc.id, { module: "fixture", status: "OPEN" });
    expect(byModule.totalCount).toBe(all.edges.filter((e) => e.node.module === "fixture" && !e.node.suppressed).length);
    expect(byModule.edges.every((e) => e.node.module === "fixture")).toBe(true);
    const bad = await s.gql(FINDINGS, { id: sc.id, first: 1, after: "bogus" });
    expect(bad.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("exports SARIF 2.1.0, Markdown and HTML reports and a motion draft, and filters coverage", async () => {
    const v = await submit({ title: "Exports", text: DRAFT_1 });
    const sc = await scan(v.documentId);
    const r = await s.gql<{ scan: { sarif: any; md: string; html: string; motion: string; coverage: Array<{ check: string; title: string; en: string; status: string; roles: Array<{ role: string }> }>; missing: Array<{ check: string }> } }>(
      `query($id: ID!) { scan(id: $id) { sarif md: report(format: MARKDOWN) html: report(format: HTML, lang: EN) motion coverage { check title en: title(lang: EN) status roles { role status } } missing: coverage(status: MISSING) { check } } }`,
      { id: sc.id },
    );
    expect(r.body.errors).toBeUndefined();
    const d = r.body.data!.scan;
    expect(d.sarif.version).toBe("2.1.0");
    expect(d.sarif.runs[0].results.length).toBeGreaterThan(0);
    expect(d.md).toContain("# genderscan-rapport: Exports");
    expect(d.html).toMatch(/^<!doctype html>/);
    expect(d.html).toContain("genderscan report");
    expect(d.motion).toContain("Constaterende dat:");
    expect(d.motion).toContain("Verzoekt het college om:");
    expect(d.coverage.find((c) => c.check === "fixture/shelter-coverage")).toMatchObject({ status: "MISSING", title: "Opvang", en: "Shelter" });
    expect(d.missing.map((c) => c.check)).toContain("fixture/shelter-coverage");
  });

  it("compares a revised draft with the first: new, fixed, unchanged and changed coverage", async () => {
    const v1 = await submit({ title: "Vergelijk", municipality: "Zwolle", text: DRAFT_1 });
    const a = await scan(v1.documentId);
    await submit({ title: "Vergelijk", municipality: "Zwolle", text: DRAFT_2 });
    const b = await scan(v1.documentId);
    const r = await s.gql<{
      compareScans: { new: FindingNode[]; fixed: FindingNode[]; unchanged: FindingNode[]; coverageChanges: Array<{ check: string; title: string; before: string; after: string }>; scoreDelta: number };
    }>(
      `query($a: ID!, $b: ID!) { compareScans(baseId: $a, headId: $b) { scoreDelta new { ruleId quote } fixed { ruleId quote } unchanged { ruleId quote } coverageChanges { check title before after } } }`,
      { a: a.id, b: b.id },
    );
    expect(r.body.errors).toBeUndefined();
    const c = r.body.data!.compareScans;
    expect(c.fixed.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["fixture/conflict-framing", "fixture/shelter-coverage"]));
    expect(c.unchanged.map((f) => f.ruleId)).toEqual(expect.arrayContaining(["fixture/generic-professional", "fixture/vague-goal"]));
    expect(c.coverageChanges).toContainEqual({ check: "fixture/shelter-coverage", title: "Opvang", before: "missing", after: "present" });
    expect(c.scoreDelta).toBeGreaterThan(0);
  });

  it("suppresses a finding with a justification, keeps it suppressed in later scans, and lifts it", async () => {
    const v = await submit({ title: "Onderdrukken", text: DRAFT_1 });
    const first = await scan(v.documentId);
    const target = (await findings(first.id, { ruleId: "fixture/vague-goal" })).edges[0].node;
    const noReason = await s.gql(`mutation($id: ID!) { suppressFinding(findingId: $id, justification: "  ") { id } }`, { id: target.id });
    expect(noReason.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const ok = await s.gql<{ suppressFinding: FindingNode }>(
      `mutation($id: ID!) { suppressFinding(findingId: $id, justification: "Wordt in het uitvoeringsplan SMART gemaakt") { id suppressed suppression { kind justification by at } } }`,
      { id: target.id },
    );
    expect(ok.body.data!.suppressFinding).toMatchObject({ suppressed: true, suppression: { kind: "stored", justification: "Wordt in het uitvoeringsplan SMART gemaakt", by: "tester" } });
    expect(new Date(ok.body.data!.suppressFinding.suppression!.at).getTime()).toBeGreaterThan(Date.now() - 60_000);
    const second = await scan(v.documentId);
    const again = (await findings(second.id, { ruleId: "fixture/vague-goal" })).edges[0].node;
    expect(again.fingerprint).toBe(target.fingerprint);
    expect(again.suppressed).toBe(true);
    expect((await findings(second.id, { status: "SUPPRESSED" })).edges.map((e) => e.node.ruleId)).toEqual(["fixture/vague-goal"]);
    const lifted = await s.gql<{ unsuppressFinding: FindingNode }>(`mutation($id: ID!) { unsuppressFinding(findingId: $id) { suppressed } }`, { id: again.id });
    expect(lifted.body.data!.unsuppressFinding.suppressed).toBe(false);
    const third = await scan(v.documentId);
    expect((await findings(third.id, { ruleId: "fixture/vague-goal" })).edges[0].node.suppressed).toBe(false);
    const me = (await s.gql<{ me: { id: string } }>(`{ me { id } }`)).body.data!.me;
    const stored = await s.services.suppressions.forDocument({ id: me.id, name: "tester", role: "member" }, v.documentId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ createdBy: "tester", revokedBy: "tester" });
    expect(stored[0].revokedAt).toBeTruthy();
    const log = await s.gql<{ auditLog: { edges: Array<{ node: { action: string; actorName: string } }> } }>(`{ auditLog(first: 10) { edges { node { action actorName } } } }`);
    expect(log.body.data!.auditLog.edges.map((e) => e.node.action)).toEqual(expect.arrayContaining(["suppress-finding", "unsuppress-finding"]));
  });

  it("creates, updates, lists and deletes profiles, and scans with one", async () => {
    const create = await s.gql<{ createProfile: { id: string; rules: Array<{ ruleId: string; enabled: boolean; severity: string | null }> } }>(
      `mutation($input: ProfileInput!) { createProfile(input: $input) { id name rules { ruleId enabled severity } modules { module enabled } } }`,
      { input: { name: "Workshop", rules: [{ ruleId: "fixture/conflict-framing", enabled: false }, { ruleId: "fixture/vague-goal", enabled: true, severity: "ERROR" }] } },
    );
    expect(create.body.errors).toBeUndefined();
    const id = create.body.data!.createProfile.id;
    const v = await submit({ title: "Met profiel", text: DRAFT_1 });
    const sc = await scan(v.documentId, id);
    const f = await findings(sc.id);
    expect(f.edges.some((e) => e.node.ruleId === "fixture/conflict-framing")).toBe(false);
    expect(f.edges.find((e) => e.node.ruleId === "fixture/vague-goal")?.node.severity).toBe("ERROR");
    const update = await s.gql<{ updateProfile: { name: string } }>(`mutation($id: ID!, $input: ProfileInput!) { updateProfile(id: $id, input: $input) { name } }`, {
      id,
      input: { name: "Workshop 2", modules: [{ module: "fixture", enabled: true }] },
    });
    expect(update.body.data!.updateProfile.name).toBe("Workshop 2");
    const unknown = await s.gql(`mutation($input: ProfileInput!) { createProfile(input: $input) { id } }`, { input: { name: "X", rules: [{ ruleId: "nope/rule", enabled: false }] } });
    expect(unknown.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const list = await s.gql<{ profiles: { totalCount: number } }>(`{ profiles(first: 10) { totalCount } }`);
    expect(list.body.data!.profiles.totalCount).toBe(1);
    const del = await s.gql<{ deleteProfile: boolean }>(`mutation($id: ID!) { deleteProfile(id: $id) }`, { id });
    expect(del.body.data!.deleteProfile).toBe(true);
    const gone = await s.gql(`query($id: ID!) { profile(id: $id) { id } }`, { id });
    expect(gone.body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("scans a short paste as a fragment (checks not assessed, no grade) unless told it is a whole document", async () => {
    const text = "# Maatregelen\n\nDe aanpak van huiselijk geweld en kindermishandeling krijgt voorrang.\n\nPartnergeweld ontstaat vaak uit relatieproblemen.";
    type Result = { graded: boolean; document: { fragment: boolean }; coverage: Array<{ check: string; status: string }>; findings: Array<{ ruleId: string; location: { line: number } | null }> };
    const q = `query($text: String!, $fragment: Boolean) { scanText(text: $text, fragment: $fragment) { graded document { fragment } coverage { check status } findings { ruleId location { line } } } }`;
    const shelter = (r: Result) => r.coverage.find((c) => c.check === "fixture/shelter-coverage")?.status;
    const auto = (await s.gql<{ scanText: Result }>(q, { text })).body.data!.scanText;
    expect(auto).toMatchObject({ graded: false, document: { fragment: true } });
    expect(shelter(auto)).toBe("NOT_ASSESSED");
    expect(auto.findings.filter((f) => f.location === null)).toEqual([]);
    expect(auto.findings.map((f) => f.ruleId)).toContain("fixture/conflict-framing");
    const whole = (await s.gql<{ scanText: Result }>(q, { text, fragment: false })).body.data!.scanText;
    expect(whole).toMatchObject({ graded: true, document: { fragment: false } });
    expect(shelter(whole)).toBe("MISSING");

    // A stored scan decides the same way, and keeps it.
    const v = await submit({ title: "Fragment", text });
    const r = await s.gql<{ scanDocument: { id: string; graded: boolean; document: { fragment: boolean } } }>(
      `mutation($id: ID!) { scanDocument(documentId: $id) { id graded document { fragment } } }`,
      { id: v.documentId },
    );
    expect(r.body.data!.scanDocument).toMatchObject({ graded: false, document: { fragment: true } });
    const stored = await s.gql<{ scan: { graded: boolean; coverage: Array<{ check: string; status: string }> } }>(`query($id: ID!) { scan(id: $id) { graded coverage { check status } } }`, { id: r.body.data!.scanDocument.id });
    expect(stored.body.data!.scan.graded).toBe(false);
    expect(stored.body.data!.scan.coverage.find((c) => c.check === "fixture/shelter-coverage")?.status).toBe("NOT_ASSESSED");
  });

  it("gives each finding its remedies in parts, stored and unstored", async () => {
    const text = "# Visie\n\nDe aanpak van huiselijk geweld en kindermishandeling krijgt voorrang.\n\nPartnergeweld ontstaat vaak uit relatieproblemen.";
    type F = { ruleId: string; remedy: string; remedies: Array<{ id: string; title: string; action: string; where: string; example: string }> };
    const sel = `findings { ruleId remedy remedies { id title action where example } }`;
    const direct = (await s.gql<{ scanText: { findings: F[] } }>(`query($t: String!) { scanText(text: $t, lang: EN) { ${sel} } }`, { t: text })).body.data!.scanText.findings;
    const v = await submit({ title: "Remedies", text });
    const sc = await scan(v.documentId);
    const stored = (await s.gql<{ scan: { findings: { edges: Array<{ node: F }> } } }>(`query($id: ID!) { scan(id: $id) { ${sel.replace("findings {", "findings(first: 100) { edges { node {")} } } } }`, { id: sc.id })).body.data!.scan.findings.edges.map((e) => e.node);
    for (const [list, lang] of [[direct, "en"], [stored, "nl"]] as const) {
      const framing = list.find((f) => f.ruleId === "fixture/conflict-framing")!;
      expect(framing.remedies.length).toBeGreaterThan(0);
      const r = framing.remedies[0];
      for (const part of [r.id, r.title, r.action, r.where, r.example]) expect(part.length).toBeGreaterThan(0);
      expect(framing.remedy).toContain(r.example);
      expect(framing.remedy).toContain(lang === "en" ? "Example:" : "Voorbeeld:");
    }
  });

  it("scans text without storing it", async () => {
    const before = await s.ds.query("SELECT COUNT(*) AS n FROM scan");
    const r = await s.gql<{ scanText: { score: number; grade: string; findings: Array<{ ruleId: string }>; document: { onTopic: boolean } } }>(
      `query($t: String!) { scanText(text: $t, lang: EN) { score grade document { onTopic } findings { ruleId message } } }`,
      { t: DRAFT_1 },
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.scanText.findings.length).toBeGreaterThan(0);
    const after = await s.ds.query("SELECT COUNT(*) AS n FROM scan");
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });

  it("answers rules, modules, sources and corpus searches", async () => {
    const r = await s.gql<{ ruleModules: Array<{ id: string; rules: Array<{ id: string }> }>; rules: Array<{ id: string; severity: string }>; rule: { id: string; examples: Array<{ text: string }>; remedies: Array<{ action: string }>; sources: Array<{ source: string }> }; sources: Array<{ id: string }>; corpusSearch: Array<{ kind: string; id: string }> }>(
      `{ ruleModules { id rules { id } } rules(module: "fixture", severity: WARNING) { id severity } rule(id: "fixture/shelter-coverage") { id examples { text expect } remedies { action example } sources { source locator } } sources { id } corpusSearch(query: "opvang") { kind id title } }`,
    );
    expect(r.body.errors).toBeUndefined();
    const d = r.body.data!;
    expect(d.ruleModules.map((m) => m.id)).toContain("fixture");
    expect(d.rules.every((x) => x.severity === "WARNING")).toBe(true);
    expect(d.rule.examples.length).toBeGreaterThan(0);
    expect(d.rule.remedies[0].action).toBeTruthy();
    expect(d.sources.map((x) => x.id)).toEqual(expect.arrayContaining(["seed-003"]));
    expect(d.corpusSearch.length).toBeGreaterThan(0);
    const missing = await s.gql(`{ rule(id: "nope/x") { id } }`);
    expect(missing.body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
  });

  it("uploads a DOCX file and scans it with positions into its text", async () => {
    const bytes = await makeDocx([
      { heading: "Visie" },
      { text: "Deze regiovisie gaat over de aanpak van huiselijk geweld en kindermishandeling." },
      { text: "Partnergeweld ontstaat vaak uit relatieproblemen." },
      { heading: "Maatregelen" },
      { text: "We gaan twintig extra opvangplekken realiseren." },
    ]);
    const r = await s.upload(
      `mutation($input: SubmitDocumentInput!) { submitDocument(input: $input) { id documentId sourceFormat textFormat originalText filename } }`,
      { input: { title: "Word-versie", file: null } },
      { path: "variables.input.file", bytes, name: "visie.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    );
    expect(r.body.errors).toBeUndefined();
    const v = r.body.data!.submitDocument;
    expect(v).toMatchObject({ sourceFormat: "docx", textFormat: "MARKDOWN", filename: "visie.docx" });
    expect(v.originalText).toContain("# Visie");
    const sc = await scan(v.documentId);
    const f = (await findings(sc.id, { ruleId: "fixture/conflict-framing" })).edges[0].node;
    expect(v.originalText.slice(f.location!.offset, f.location!.offset + f.location!.length)).toBe("relatieproblemen");
  });

  it("uploads a DOCX file with a table and reads its rows (a table used to fail the upload)", async () => {
    const bytes = await makeDocx([
      { heading: "Acties" },
      { table: [["Actie", "Trekker"], ["Twintig extra opvangplekken voor slachtoffers van huiselijk geweld", "Centrumgemeente"]] },
    ]);
    const r = await s.upload(
      `mutation($input: SubmitDocumentInput!) { submitDocument(input: $input) { id documentId sourceFormat originalText } }`,
      { input: { title: "Actietabel", file: null } },
      { path: "variables.input.file", bytes, name: "acties.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data!.submitDocument.originalText).toMatch(/\| Actie +\| Trekker +\|/);
    expect(r.body.data!.submitDocument.originalText).toContain("| Twintig extra opvangplekken voor slachtoffers van huiselijk geweld | Centrumgemeente |");
  });

  it("uploads a PDF file and scans it, repairing pages, with positions into its text", async () => {
    const page = (n: number) => [
      "Ook dit deel van de regiovisie gaat over de aanpak van huiselijk geweld en",
      "kindermishandeling in de regio. Partnergeweld ontstaat vaak uit",
      "relatieproblemen, zo stelt de tekst. Daarom maken we afspraken met",
      `de partners in ${["Zwolle", "Deventer", "Kampen", "Almelo", "Hengelo", "Enschede"][n]} over de opvang.`,
      "We gaan twintig extra opvangplekken realiseren voor vrouwen en kinderen.",
      `In ${2020 + n} volgt een evaluatie met alle betrokken partijen.`,
    ];
    const bytes = await makePdf([0, 1, 2, 3, 4, 5].flatMap(page), { perPage: 6, header: "Regiovisie Noord 2025-2028" });
    const r = await s.upload(
      `mutation($input: SubmitDocumentInput!) { submitDocument(input: $input) { id documentId sourceFormat textFormat originalText } }`,
      { input: { title: "PDF-versie", file: null } },
      { path: "variables.input.file", bytes, name: "visie.pdf", type: "application/pdf" },
    );
    expect(r.body.errors).toBeUndefined();
    const v = r.body.data!.submitDocument;
    expect(v).toMatchObject({ sourceFormat: "pdf", textFormat: "TEXT" });
    expect(v.originalText).toContain("\f");
    const sc = await scan(v.documentId);
    const f = (await findings(sc.id, { ruleId: "fixture/conflict-framing" })).edges;
    expect(f).toHaveLength(6);
    for (const e of f) expect(v.originalText.slice(e.node.location!.offset, e.node.location!.offset + e.node.location!.length)).toBe("relatieproblemen");
    const version = await s.ds.query(`SELECT "normalisedText" FROM document_version WHERE id = $1`.replace("$1", DB === "postgres" ? "$1" : "?"), [v.id]);
    expect(version[0].normalisedText).not.toContain("Regiovisie Noord 2025-2028");
  });

  it("gives clear error codes for bad input and never a stack trace", async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [`{ scan(id: "00000000-0000-0000-0000-000000000001") { id } }`, {}, "NOT_FOUND"],
      [`{ document(id: "x") { id } }`, {}, "NOT_FOUND"],
      [`mutation { submitDocument(input: { title: "", text: "huiselijk geweld" }) { id } }`, {}, "BAD_USER_INPUT"],
      [`mutation { submitDocument(input: { title: "Leeg", text: "  " }) { id } }`, {}, "EMPTY_DOCUMENT"],
      [`mutation { submitDocument(input: { title: "Geen van beide" }) { id } }`, {}, "BAD_USER_INPUT"],
      [`{ documents(first: 0) { totalCount } }`, {}, "BAD_USER_INPUT"],
      [`{ scanText(text: "x", lang: XX) { score } }`, {}, "GRAPHQL_VALIDATION_FAILED"],
      [`{ nope }`, {}, "GRAPHQL_VALIDATION_FAILED"],
    ];
    for (const [query, variables, code] of cases) {
      const r = await s.gql(query, variables);
      expect(r.body.errors?.[0].extensions?.code, query).toBe(code);
      expect(JSON.stringify(r.body)).not.toMatch(/stacktrace|at .*\.(ts|js):\d+/);
    }
  });

  it("refuses unsupported and too large uploads", async () => {
    const png = await s.upload(SUBMIT, { input: { title: "Plaatje", file: null } }, { path: "variables.input.file", bytes: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), name: "x.png", type: "image/png" });
    expect(png.body.errors?.[0].extensions?.code).toBe("UNSUPPORTED_FORMAT");
    const big = await s.upload(SUBMIT, { input: { title: "Groot", file: null } }, { path: "variables.input.file", bytes: Buffer.alloc(300_000, "a"), name: "groot.txt", type: "text/plain" });
    expect(big.body.errors?.[0].extensions?.code).toBe("DOCUMENT_TOO_LARGE");
    const scanned = await s.upload(SUBMIT, { input: { title: "Scan", file: null } }, { path: "variables.input.file", bytes: await makeImageOnlyPdf(), name: "scan.pdf", type: "application/pdf" });
    expect(scanned.body.errors?.[0].extensions?.code).toBe("NEEDS_OCR");
    const broken = await s.upload(SUBMIT, { input: { title: "Kapot", file: null } }, { path: "variables.input.file", bytes: Buffer.from("PK\u0003\u0004kapot"), name: "kapot.docx", type: "application/vnd.openxmlformats-officedocument.wordprocessingml.document" });
    expect(broken.body.errors?.[0].extensions?.code).toBe("MALFORMED_DOCUMENT");
  });

  it("keeps CSRF prevention on for uploads", async () => {
    const bytes = Buffer.from("Huiselijk geweld. Kindermishandeling.", "utf8");
    const r = await s.upload(SUBMIT, { input: { title: "CSRF", file: null } }, { path: "variables.input.file", bytes, name: "a.txt", type: "text/plain" }, {});
    expect(r.status).toBe(400);
    expect(JSON.stringify(r.body)).toMatch(/CSRF|Cross-Site/);
  });

  it("limits query depth and aliases", async () => {
    const deep = `{ documents(first: 1) { edges { node { versions(first: 1) { edges { node { document { versions(first: 1) { edges { node { document { versions(first: 1) { edges { node { id } } } } } } } } } } } } } } }`;
    const r = await s.gql(deep);
    expect(r.body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    expect(r.body.errors?.[0].message).toMatch(/te diep/i);
    const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: sources { id }`).join(" ")} }`;
    const a = await s.gql(aliases);
    expect(a.body.errors?.[0].message).toMatch(/alias/i);
  });
});
