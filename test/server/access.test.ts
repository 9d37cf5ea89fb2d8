import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashToken } from "../../server/services/auth.service.js";
import { DB, startTestServer, type TestServer } from "./harness.js";

// Nobody reads a document that is not theirs or their workshop's: every resolver's access rule,
// for a second user and for a participant of another workshop.

const TEXT = "# Visie\n\nDeze regiovisie gaat over de aanpak van huiselijk geweld en kindermishandeling.\n\nPartnergeweld ontstaat vaak uit relatieproblemen. De politieman komt langs.\n\n# Maatregelen\n\nWe zetten in op betere samenwerking.\n";

let s: TestServer;
let alice: string;
let bob: string;
let admin: string;
let trainer: string;
let trainer2: string;
const A: { documentId: string; scanId: string; scan2Id: string; findingId: string; profileId: string } = { documentId: "", scanId: "", scan2Id: "", findingId: "", profileId: "" };

const code = (r: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => r.body.errors?.[0]?.extensions?.code;

async function submitAndScan(token: string, title: string, text = TEXT) {
  const v = await s.gql<{ submitDocument: { documentId: string } }>(`mutation($t: String!, $title: String!) { submitDocument(input: { title: $title, text: $t }) { documentId } }`, { t: text, title }, token);
  expect(v.body.errors).toBeUndefined();
  const documentId = v.body.data!.submitDocument.documentId;
  // The short fixture texts stand in for whole documents (not fragments), as a participant's policy would be.
  const sc = await s.gql<{ scanDocument: { id: string } }>(`mutation($id: ID!) { scanDocument(documentId: $id, fragment: false) { id } }`, { id: documentId }, token);
  expect(sc.body.errors).toBeUndefined();
  return { documentId, scanId: sc.body.data!.scanDocument.id };
}

beforeAll(async () => {
  s = await startTestServer();
  alice = await s.user("alice");
  bob = await s.user("bob");
  admin = await s.user("beheer", "admin");
  trainer = await s.user("trainer", "trainer");
  trainer2 = await s.user("trainer2", "trainer");
  const a1 = await submitAndScan(alice, "Geheime regiovisie Alkmaar");
  const a2 = await s.gql<{ scanDocument: { id: string } }>(`mutation($id: ID!) { scanDocument(documentId: $id) { id } }`, { id: a1.documentId }, alice);
  A.documentId = a1.documentId;
  A.scanId = a1.scanId;
  A.scan2Id = a2.body.data!.scanDocument.id;
  const f = await s.gql<{ scan: { findings: { edges: Array<{ node: { id: string } }> } } }>(`query($id: ID!) { scan(id: $id) { findings(first: 1) { edges { node { id } } } } }`, { id: A.scanId }, alice);
  A.findingId = f.body.data!.scan.findings.edges[0].node.id;
  await s.gql(`mutation($id: ID!) { suppressFinding(findingId: $id, justification: "Niet van toepassing in deze regio") { id } }`, { id: A.findingId }, alice);
  const p = await s.gql<{ createProfile: { id: string } }>(`mutation { createProfile(input: { name: "Alice" }) { id } }`, {}, alice);
  A.profileId = p.body.data!.createProfile.id;
});
afterAll(async () => s?.close());

describe(`access control on ${DB}`, () => {
  it("refuses requests without a valid token, but serves the public catalogue", async () => {
    expect(code(await s.gql(`{ documents(first: 5) { totalCount } }`, {}, null))).toBe("UNAUTHENTICATED");
    expect(code(await s.gql(`{ documents(first: 5) { totalCount } }`, {}, "gs_not-a-real-token"))).toBe("UNAUTHENTICATED");
    expect(code(await s.gql(`{ scanText(text: "huiselijk geweld") { score } }`, {}, null))).toBe("UNAUTHENTICATED");
    const rules = await s.gql<{ rules: unknown[]; sources: unknown[] }>(`{ rules { id } sources { id } }`, {}, null);
    expect(rules.body.errors).toBeUndefined();
    expect(rules.body.data!.sources.length).toBeGreaterThan(0);
  });

  it("gives a second user NOT_FOUND for every piece of someone else's data", async () => {
    const queries: Array<[string, Record<string, unknown>]> = [
      [`query($id: ID!) { document(id: $id) { id title } }`, { id: A.documentId }],
      [`query($id: ID!) { scan(id: $id) { id score } }`, { id: A.scanId }],
      [`query($id: ID!) { scan(id: $id) { id findings(first: 5) { totalCount } } }`, { id: A.scanId }],
      [`query($id: ID!) { scan(id: $id) { sarif } }`, { id: A.scanId }],
      [`query($id: ID!) { scan(id: $id) { report(format: MARKDOWN) } }`, { id: A.scanId }],
      [`query($id: ID!) { scan(id: $id) { motion } }`, { id: A.scanId }],
      [`query($a: ID!, $b: ID!) { compareScans(baseId: $a, headId: $b) { scoreDelta } }`, { a: A.scanId, b: A.scan2Id }],
      [`mutation($id: ID!) { scanDocument(documentId: $id) { id } }`, { id: A.documentId }],
      [`mutation($id: ID!) { suppressFinding(findingId: $id, justification: "mag ik dit zien?") { id } }`, { id: A.findingId }],
      [`mutation($id: ID!) { unsuppressFinding(findingId: $id) { id } }`, { id: A.findingId }],
      [`query($id: ID!) { profile(id: $id) { id } }`, { id: A.profileId }],
      [`mutation($id: ID!) { updateProfile(id: $id, input: { name: "gekaapt" }) { id } }`, { id: A.profileId }],
      [`mutation($id: ID!) { deleteProfile(id: $id) }`, { id: A.profileId }],
      [`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: A.documentId }],
    ];
    for (const [query, variables] of queries) {
      const r = await s.gql(query, variables, bob);
      expect(code(r), query).toBe("NOT_FOUND");
      expect(JSON.stringify(r.body.data ?? {}), query).not.toContain("Alkmaar");
    }
    const list = await s.gql<{ documents: { totalCount: number } }>(`{ documents(first: 50, search: "Alkmaar") { totalCount } }`, {}, bob);
    expect(list.body.data!.documents.totalCount).toBe(0);
    const profiles = await s.gql<{ profiles: { totalCount: number } }>(`{ profiles(first: 50) { totalCount } }`, {}, bob);
    expect(profiles.body.data!.profiles.totalCount).toBe(0);
    const exported = await s.gql<{ exportMyData: { documents: unknown[] } }>(`{ exportMyData }`, {}, bob);
    expect(exported.body.data!.exportMyData.documents).toEqual([]);
    // Alice still has everything.
    const mine = await s.gql<{ document: { title: string } }>(`query($id: ID!) { document(id: $id) { title } }`, { id: A.documentId }, alice);
    expect(mine.body.data!.document.title).toBe("Geheime regiovisie Alkmaar");
  });

  it("runs a workshop: join code, participants see their own documents, the trainer sees all and the aggregate", async () => {
    const w = await s.gql<{ createWorkshop: { id: string; code: string } }>(`mutation { createWorkshop(title: "Genderscan-training Zwolle") { id code } }`, {}, trainer);
    expect(w.body.errors).toBeUndefined();
    const { id, code: joinCode } = w.body.data!.createWorkshop;
    expect(joinCode).toMatch(/^[A-Z2-9]{6}$/);
    const other = await s.gql<{ createWorkshop: { id: string; code: string } }>(`mutation { createWorkshop(title: "Andere training") { id code } }`, {}, trainer2);
    const join = async (c: string, name: string) => {
      const r = await s.gql<{ joinWorkshop: { token: string; user: { role: string; displayName: string } } }>(`mutation($c: String!, $n: String!) { joinWorkshop(code: $c, displayName: $n) { token user { role displayName } } }`, { c, n: name }, null);
      expect(r.body.errors).toBeUndefined();
      return r.body.data!.joinWorkshop;
    };
    const p1 = await join(joinCode.toLowerCase(), "Fatima");
    const p1b = await join(joinCode, "Johan");
    const p2 = await join(other.body.data!.createWorkshop.code, "Els");
    expect(p1.user).toEqual({ role: "participant", displayName: "Fatima" });
    expect(code(await s.gql(`mutation { joinWorkshop(code: "ZZZZZZ", displayName: "x") { token } }`, {}, null))).toBe("NOT_FOUND");

    const d1 = await submitAndScan(p1.token, "Beleid Fatima");
    const d1b = await submitAndScan(p1b.token, "Beleid Johan");
    // A participant sees only their own documents.
    expect(code(await s.gql(`query($id: ID!) { document(id: $id) { id } }`, { id: d1.documentId }, p1b.token))).toBe("NOT_FOUND");
    expect(code(await s.gql(`query($id: ID!) { scan(id: $id) { id } }`, { id: d1.scanId }, p2.token))).toBe("NOT_FOUND");
    expect(code(await s.gql(`query($id: ID!) { document(id: $id) { id } }`, { id: d1.documentId }, trainer2))).toBe("NOT_FOUND");
    expect(code(await s.gql(`query($id: ID!) { document(id: $id) { id } }`, { id: d1.documentId }, alice))).toBe("NOT_FOUND");
    expect(code(await s.gql(`query($id: ID!) { workshop(id: $id) { id } }`, { id }, trainer2))).toBe("NOT_FOUND");
    expect(code(await s.gql(`mutation { createWorkshop(title: "Stiekem") { id } }`, {}, p1.token))).toBe("FORBIDDEN");
    // The trainer sees all documents of the workshop and the projector view.
    const view = await s.gql<{ workshop: { participants: Array<{ displayName: string }>; documents: Array<{ id: string }>; aggregate: { documents: number; scanned: number; topFindings: Array<{ ruleId: string; documents: number; title: string }>; coverage: Array<{ check: string; title: string; missing: number }> } } }>(
      `query($id: ID!) { workshop(id: $id) { participants { displayName } documents { id } aggregate { documents scanned topFindings { ruleId title documents count } coverage { check title(lang: EN) missing present } } } }`,
      { id },
      trainer,
    );
    expect(view.body.errors).toBeUndefined();
    const wv = view.body.data!.workshop;
    expect(wv.participants.map((p) => p.displayName).sort()).toEqual(["Fatima", "Johan"]);
    expect(wv.documents.map((d) => d.id).sort()).toEqual([d1.documentId, d1b.documentId].sort());
    expect(wv.aggregate).toMatchObject({ documents: 2, scanned: 2 });
    expect(wv.aggregate.topFindings.find((f) => f.ruleId === "fixture/conflict-framing")?.documents).toBe(2);
    expect(wv.aggregate.coverage.find((c) => c.check === "fixture/shelter-coverage")).toMatchObject({ title: "Shelter", missing: 2 });
    const trainerReads = await s.gql<{ scan: { id: string } }>(`query($id: ID!) { scan(id: $id) { id } }`, { id: d1.scanId }, trainer);
    expect(trainerReads.body.errors).toBeUndefined();

    // Closing ends the participants' tokens and deletes the documents.
    const closed = await s.gql<{ closeWorkshop: { closedAt: string } }>(`mutation($id: ID!) { closeWorkshop(id: $id) { closedAt } }`, { id }, trainer);
    expect(closed.body.data!.closeWorkshop.closedAt).toBeTruthy();
    expect(code(await s.gql(`{ documents(first: 5) { totalCount } }`, {}, p1.token))).toBe("UNAUTHENTICATED");
    for (const table of ["document", "document_version", "scan"]) {
      const rows = await s.ds.query(`SELECT COUNT(*) AS n FROM ${table} WHERE ${table === "document" ? "id" : '"documentId"'} IN ('${d1.documentId}', '${d1b.documentId}')`);
      expect(Number(rows[0].n), table).toBe(0);
    }
    const findings = await s.ds.query(`SELECT COUNT(*) AS n FROM finding WHERE "scanId" IN ('${d1.scanId}', '${d1b.scanId}')`);
    expect(Number(findings[0].n)).toBe(0);
  });

  it("lets a trainer keep the documents when closing", async () => {
    const w = await s.gql<{ createWorkshop: { id: string; code: string } }>(`mutation { createWorkshop(title: "Bewaren") { id code } }`, {}, trainer);
    const { id, code: c } = w.body.data!.createWorkshop;
    const p = await s.gql<{ joinWorkshop: { token: string } }>(`mutation($c: String!) { joinWorkshop(code: $c, displayName: "Piet") { token } }`, { c }, null);
    const d = await submitAndScan(p.body.data!.joinWorkshop.token, "Bewaard beleid");
    await s.gql(`mutation($id: ID!) { closeWorkshop(id: $id, keepDocuments: true) { id } }`, { id }, trainer);
    const kept = await s.gql<{ document: { title: string } }>(`query($id: ID!) { document(id: $id) { title } }`, { id: d.documentId }, trainer);
    expect(kept.body.data!.document.title).toBe("Bewaard beleid");
  });

  it("deletes a document with everything derived from it, and audits it without its content", async () => {
    const d = await submitAndScan(alice, "Wordt verwijderd");
    const f = await s.gql<{ scan: { findings: { edges: Array<{ node: { id: string } }> } } }>(`query($id: ID!) { scan(id: $id) { findings(first: 1) { edges { node { id } } } } }`, { id: d.scanId }, alice);
    await s.gql(`mutation($id: ID!) { suppressFinding(findingId: $id, justification: "tijdelijk") { id } }`, { id: f.body.data!.scan.findings.edges[0].node.id }, alice);
    const del = await s.gql<{ deleteDocument: boolean }>(`mutation($id: ID!) { deleteDocument(id: $id) }`, { id: d.documentId }, alice);
    expect(del.body.data!.deleteDocument).toBe(true);
    const counts = await Promise.all(
      [
        `SELECT COUNT(*) AS n FROM document WHERE id = '${d.documentId}'`,
        `SELECT COUNT(*) AS n FROM document_version WHERE "documentId" = '${d.documentId}'`,
        `SELECT COUNT(*) AS n FROM scan WHERE "documentId" = '${d.documentId}'`,
        `SELECT COUNT(*) AS n FROM finding WHERE "scanId" = '${d.scanId}'`,
        `SELECT COUNT(*) AS n FROM suppression WHERE "documentId" = '${d.documentId}'`,
      ].map((q) => s.ds.query(q)),
    );
    expect(counts.map((r) => Number(r[0].n))).toEqual([0, 0, 0, 0, 0]);
    const dump = JSON.stringify(await s.ds.query(`SELECT * FROM audit_log`));
    expect(dump).toContain("delete-document");
    expect(dump).not.toContain("Wordt verwijderd");
    expect(code(await s.gql(`query($id: ID!) { document(id: $id) { id } }`, { id: d.documentId }, alice))).toBe("NOT_FOUND");
  });

  it("exports all of a user's data as JSON", async () => {
    const r = await s.gql<{ exportMyData: { user: { name: string }; documents: Array<{ title: string; versions: unknown[]; scans: Array<{ findings: unknown[] }>; suppressions: unknown[] }>; profiles: unknown[] } }>(`{ exportMyData }`, {}, alice);
    const data = r.body.data!.exportMyData;
    expect(data.user.name).toBe("alice");
    const doc = data.documents.find((d) => d.title === "Geheime regiovisie Alkmaar")!;
    expect(doc.versions).toHaveLength(1);
    expect(doc.scans.length).toBe(2);
    expect(doc.scans[0].findings.length).toBeGreaterThan(0);
    expect(doc.suppressions).toHaveLength(1);
    expect(data.profiles).toHaveLength(1);
    expect(JSON.stringify(data)).not.toMatch(/tokenHash/);
  });

  it("lets admins manage users and records role changes; others are forbidden", async () => {
    expect(code(await s.gql(`{ users(first: 10) { totalCount } }`, {}, alice))).toBe("FORBIDDEN");
    const created = await s.gql<{ createUser: { token: string; user: { id: string; role: string } } }>(`mutation { createUser(name: "nieuw", role: "member") { token user { id role } } }`, {}, admin);
    expect(created.body.errors).toBeUndefined();
    const { user, token } = created.body.data!.createUser;
    const promoted = await s.gql<{ setUserRole: { role: string } }>(`mutation($id: ID!) { setUserRole(userId: $id, role: "trainer") { role } }`, { id: user.id }, admin);
    expect(promoted.body.data!.setUserRole.role).toBe("trainer");
    expect(code(await s.gql(`mutation($id: ID!) { setUserRole(userId: $id, role: "admin") { role } }`, { id: user.id }, alice))).toBe("FORBIDDEN");
    const log = await s.gql<{ auditLog: { edges: Array<{ node: { action: string; details: Record<string, unknown> } }> } }>(`{ auditLog(first: 50) { edges { node { action details } } } }`, {}, admin);
    expect(log.body.data!.auditLog.edges.some((e) => e.node.action === "change-role" && e.node.details.to === "trainer")).toBe(true);
    const disabled = await s.gql(`mutation($id: ID!) { disableUser(userId: $id) { disabledAt } }`, { id: user.id }, admin);
    expect(disabled.body.errors).toBeUndefined();
    expect(code(await s.gql(`{ me { id } }`, {}, token))).toBe("UNAUTHENTICATED");
  });

  it("stores tokens hashed, revokes them, and exchanges a sign-in code once", async () => {
    const rows = await s.ds.query(`SELECT "tokenHash" FROM api_token`);
    expect(JSON.stringify(rows)).not.toContain(alice);
    expect(rows.map((r: { tokenHash: string }) => r.tokenHash)).toContain(hashToken(alice));
    const t = await s.gql<{ createToken: string }>(`mutation { createToken(label: "cli") }`, {}, alice);
    const extra = t.body.data!.createToken;
    const list = await s.gql<{ myTokens: Array<{ id: string; label: string | null }> }>(`{ myTokens { id label } }`, {}, extra);
    const cli = list.body.data!.myTokens.find((x) => x.label === "cli")!;
    await s.gql(`mutation($id: ID!) { revokeToken(id: $id) }`, { id: cli.id }, alice);
    expect(code(await s.gql(`{ me { id } }`, {}, extra))).toBe("UNAUTHENTICATED");
    const me = await s.gql<{ me: { id: string } }>(`{ me { id } }`, {}, alice);
    const signin = await s.services.auth.issue(me.body.data!.me.id, "signin");
    expect(code(await s.gql(`{ me { id } }`, {}, signin))).toBe("UNAUTHENTICATED");
    const first = await s.gql<{ signIn: { token: string; user: { name: string } } }>(`mutation($c: String!) { signIn(code: $c) { token user { name } } }`, { c: signin }, null);
    expect(first.body.data!.signIn.user.name).toBe("alice");
    expect(code(await s.gql(`mutation($c: String!) { signIn(code: $c) { token } }`, { c: signin }, null))).toBe("UNAUTHENTICATED");
    expect((await s.gql<{ me: { id: string } }>(`{ me { id } }`, {}, first.body.data!.signIn.token)).body.data!.me.id).toBe(me.body.data!.me.id);
    expect(await s.services.auth.bootstrap()).toBeNull(); // users exist: no new admin
  });
});
