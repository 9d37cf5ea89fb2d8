import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { coalesce, jsonChunks } from "../../client/cli/format/json-chunks.js";
import { PACKAGE_ROOT } from "../../rules/engine/index.js";

// The CLI writes a JSON result member by member (a 16 MB document's result is 17 MB of JSON, issue 15); the text
// must be exactly what JSON.stringify(value, null, 2) gives.
describe("JSON written in pieces", () => {
  const same = (value: unknown, depth?: number) => expect([...coalesce(jsonChunks(value, depth), 7)].join("")).toBe(JSON.stringify(value, null, 2));

  it("is JSON.stringify(value, null, 2) at every depth", () => {
    const value = {
      a: 1,
      skip: undefined,
      f: () => 1,
      s: "regel één\nregel “twee”",
      empty: {},
      none: [],
      list: [1, undefined, () => 2, { deep: [{ x: [1, [2, {}]] }], n: null }, [], "x"],
      when: new Date(0),
      custom: { toJSON: () => ({ y: 2 }) },
      nested: { a: { b: { c: { d: [1, 2] } } } },
    };
    for (const depth of [0, 1, 2, 3, 6]) same(value, depth);
    for (const v of [null, 3, "x", [], {}, [undefined], [[]], [{}]]) same(v, 3);
  });

  it("gives a nested file (the seed 003 expectations) as JSON.stringify does", () => {
    const result = JSON.parse(readFileSync(join(PACKAGE_ROOT, "test/fixtures/seed003-expected.json"), "utf8")) as unknown;
    same(result, 3);
    same([result, result], 3);
  });
});
