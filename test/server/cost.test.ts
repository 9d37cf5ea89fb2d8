import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Kind, parse, print, specifiedRules, validate, type OperationDefinitionNode } from "graphql";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { genderscanSchema } from "../../server/schema.js";
import { costError, operationCost } from "../../server/cost.js";
import { limitsFromEnv } from "../../server/services/limits.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { startTestServer, type TestServer } from "./harness.js";

// The cost limit counts page sizes passed as variables, every query we ship or document fits it at its
// largest page, and one request runs at most one scan.

const code = (r: { body: { errors?: Array<{ extensions?: Record<string, unknown> }> } }) => r.body.errors?.[0]?.extensions?.code;
const NESTED = (n: string) => `documents(first: ${n}) { edges { node { scans(first: ${n}) { edges { node { findings(first: ${n}) { edges { node { id } } } } } } } } }`;
const DUTCH = "De aanpak van huiselijk geweld en kindermishandeling vraagt om samenwerking. Slachtoffers van partnergeweld krijgen opvang en begeleiding.";

/** GraphQL sent in the README and docs (curl bodies and graphql blocks). */
function documentedQueries(): Array<{ where: string; query: string }> {
  const out: Array<{ where: string; query: string }> = [];
  const files = ["README.md", ...readdirSync(join(PACKAGE_ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`)];
  for (const f of files) {
    const text = readFileSync(join(PACKAGE_ROOT, f), "utf8");
    // Shell variables spliced into a body ('"$DOC"') read as a placeholder value.
    for (const m of text.matchAll(/-d '(\{"query".*?\})'(?:\s|$)/g)) out.push({ where: f, query: (JSON.parse(m[1].replace(/'"\$\w+"'/g, "x")) as { query: string }).query });
    for (const m of text.matchAll(/```graphql\n([\s\S]*?)```/g)) out.push({ where: f, query: m[1] });
  }
  return out;
}

/** One operation of client/operations with the fragments it uses, as a document to send. */
function shippedOperation(name: string): string {
  const dir = join(PACKAGE_ROOT, "client/operations");
  const doc = parse(readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8")).join("\n"));
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.name?.value === name)!;
  const fragments = new Map(doc.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const used = new Set<string>();
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    const n = node as { kind?: string; name?: { value: string } };
    if (n.kind === Kind.FRAGMENT_SPREAD && n.name && !used.has(n.name.value)) {
      used.add(n.name.value);
      visit(fragments.get(n.name.value));
    }
    for (const [k, v] of Object.entries(node)) if (k !== "loc" && v && typeof v === "object") visit(v);
  };
  visit(op);
  return [op, ...[...used].map((f) => fragments.get(f)!)].map((d) => print(d)).join("\n");
}

describe("every shipped and documented operation fits the limits", () => {
  it("client operations, at their largest pages, pass validation and the cost limit", async () => {
    const schema = await genderscanSchema();
    const l = limitsFromEnv({});
    const armor = new ApolloArmor({ maxDepth: { n: l.maxDepth }, maxAliases: { n: l.maxAliases }, costLimit: { enabled: false } }).protect();
    const dir = join(PACKAGE_ROOT, "client/operations");
    const doc = parse(readdirSync(dir).map((f) => readFileSync(join(dir, f), "utf8")).join("\n"));
    expect(validate(schema, doc, [...specifiedRules, ...armor.validationRules]).map((e) => e.message)).toEqual([]);
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    expect(ops.length).toBeGreaterThan(30);
    for (const op of ops) {
      const largest: Record<string, unknown> = {};
      for (const v of op.variableDefinitions ?? []) if (/^(first|last)$/.test(v.variable.name.value)) largest[v.variable.name.value] = 100;
      const report = operationCost(schema, doc, op, largest);
      expect(costError(report, l.maxCost), `${op.name?.value} costs ${report.cost}`).toBeNull();
    }
  });

  it("a query sent again is costed with its new variables: only costs that need none are kept", async () => {
    const schema = await genderscanSchema();
    const doc = parse(`query($n: Int!, $t: String!) { scanText(text: $t) { score } ${NESTED("$n")} }`);
    const op = doc.definitions[0] as OperationDefinitionNode;
    const small = operationCost(schema, doc, op, { n: 2, t: "a" });
    const large = operationCost(schema, doc, op, { n: 100, t: "a" });
    expect(large.cost).toBeGreaterThan(small.cost);
    expect(operationCost(schema, doc, op, { n: 2, t: "b" })).toEqual(small);
    // Without variables in page sizes the cost is the same for every request, and the same the second time.
    const fixedDoc = parse(`query($t: String!) { scanText(text: $t) { score } ${NESTED("3")} }`);
    const fixedOp = fixedDoc.definitions[0] as OperationDefinitionNode;
    const first = operationCost(schema, fixedDoc, fixedOp, { t: "a" });
    expect(first.scans).toBe(1);
    expect(operationCost(schema, fixedDoc, fixedOp, { t: "bb" })).toEqual(first);
    expect(first.cost).toBe(operationCost(schema, parse(print(fixedDoc)), parse(print(fixedDoc)).definitions[0] as OperationDefinitionNode).cost);
  });

  it("queries in the README and docs pass validation and the cost limit", async () => {
    const schema = await genderscanSchema();
    const l = limitsFromEnv({});
    const found = documentedQueries();
    expect(found.length).toBeGreaterThanOrEqual(2);
    for (const { where, query } of found) {
      const doc = parse(query);
      expect(validate(schema, doc, specifiedRules).map((e) => `${where}: ${e.message}`)).toEqual([]);
      for (const op of doc.definitions) if (op.kind === Kind.OPERATION_DEFINITION) expect(costError(operationCost(schema, doc, op), l.maxCost), where).toBeNull();
    }
  });
});

describe("over HTTP", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(async () => s?.close());

  it("refuses a nested query the same with literal page sizes and with variables", async () => {
    const literal = await s.gql(`{ ${NESTED("100")} }`);
    const variable = await s.gql(`query($n: Int!) { ${NESTED("$n")} }`, { n: 100 });
    for (const r of [literal, variable]) {
      expect(r.status).toBe(400);
      expect(code(r)).toBe("QUERY_TOO_COSTLY");
      expect(r.body.errors![0].extensions!.cost).toBeGreaterThan(r.body.errors![0].extensions!.limit as number);
    }
    // A variable without a value counts its default.
    expect(code(await s.gql(`query($n: Int = 100) { ${NESTED("$n")} }`))).toBe("QUERY_TOO_COSTLY");
  });

  it("accepts the documented maximum, findings(first: 100), literal and as a variable", async () => {
    const sub = await s.gql<{ submitDocument: { documentId: string } }>(`mutation($t: String!) { submitDocument(input: { title: "Plan", text: $t }) { documentId } }`, { t: DUTCH });
    const scan = await s.gql<{ scanDocument: { id: string } }>(`mutation($d: ID!) { scanDocument(documentId: $d) { id } }`, { d: sub.body.data!.submitDocument.documentId });
    const id = scan.body.data!.scanDocument.id;
    // The shipped ScanFindings operation (what the SDK's allFindings sends) with its fragments.
    const shipped = shippedOperation("ScanFindings");
    const literal = shipped.replace(/\$first: Int = 100,?\s*/, "").replace("first: $first", "first: 100");
    expect(literal).not.toBe(shipped);
    for (const r of [await s.gql(shipped, { id, first: 100 }), await s.gql(literal, { id })]) {
      expect(r.body.errors).toBeUndefined();
      expect(r.status).toBe(200);
    }
  });

  it("runs one scan per request: six aliased scanText calls are refused with TOO_MANY_SCANS", async () => {
    const six = await s.gql(`query($t: String!) { ${Array.from({ length: 6 }, (_, i) => `s${i}: scanText(text: $t) { score }`).join(" ")} }`, { t: DUTCH });
    expect(six.status).toBe(400);
    expect(code(six)).toBe("TOO_MANY_SCANS");
    expect(six.body.data).toBeUndefined();
    const viaFragment = await s.gql(`query($t: String!) { a: scanText(text: $t) { score } ...F } fragment F on Query { b: scanText(text: $t) { score } }`, { t: DUTCH });
    expect(code(viaFragment)).toBe("TOO_MANY_SCANS");
    const one = await s.gql(`query($t: String!) { scanText(text: $t) { score } }`, { t: DUTCH });
    expect(one.body.errors).toBeUndefined();
  });
});
