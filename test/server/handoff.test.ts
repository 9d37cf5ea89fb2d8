import { describe, expect, it } from "vitest";
import { defaultEngine } from "../../rules/engine/index.js";
import { packOutput, unpackOutput } from "../../server/scan/tasks.js";

// A scan thread hands its result over as JSON text for coverage and findings; the main thread reads it back the same.
const TEXT =
  "# Visie\n\nDeze regiovisie gaat over de aanpak van huiselijk geweld en kindermishandeling. Partnergeweld ontstaat vaak uit relatieproblemen.\n\n# Maatregelen\n\nWe zetten in op samenwerking met Veilig Thuis en de vrouwenopvang.\n";
const plain = (x: unknown) => JSON.parse(JSON.stringify(x));

describe("scan result hand-off", () => {
  it("reads back the same result after crossing a thread (structured clone)", async () => {
    const engine = await defaultEngine();
    const { result, timings } = engine.scanDetailed(TEXT, { fragment: "auto" });
    expect(result.findings.length).toBeGreaterThan(0);
    const back = unpackOutput(structuredClone(packOutput({ result, timings })));
    expect(plain(back.result)).toEqual(plain(result));
    expect(back.result.findings).toEqual(plain(result.findings));
    expect(back.result.coverage).toEqual(plain(result.coverage));
    expect(back.timings).toEqual(timings);
    expect(Object.keys(back.result).sort()).toEqual(Object.keys(result).sort());
  });

  it("parses a list only when it is read, once", async () => {
    const engine = await defaultEngine();
    const { result, timings } = engine.scanDetailed(TEXT, { fragment: "auto" });
    const back = unpackOutput(structuredClone(packOutput({ result, timings }))).result;
    expect(typeof Object.getOwnPropertyDescriptor(back, "coverage")?.get).toBe("function");
    const first = back.findings;
    expect(back.findings).toBe(first);
    expect(Object.getOwnPropertyDescriptor(back, "findings")?.value).toBe(first);
    expect(typeof Object.getOwnPropertyDescriptor(back, "coverage")?.get).toBe("function");
    back.coverage = [];
    expect(back.coverage).toEqual([]);
  });
});
