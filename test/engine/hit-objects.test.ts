import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultEngine, PACKAGE_ROOT } from "../../rules/engine/index.js";

// Memory guard (issue 15): hits are kept as compact rows, and a rule that asks for hits gets objects made for it and
// forgotten after it. A rule that turns every hit of the document into an object (asking each sentence for all its
// hits, say) brings back memory in proportion to the document: on the 16 MB synthetic document that was 2.8 million
// objects, 135 MB at the peak. Counting objects is exact, unlike timing or heap figures.
const engine = await defaultEngine();
/** The most hit objects one rule (or the topic decision) may make, as a share of the document's hits. */
const MOST_PER_RULE = 0.25;

describe("hit objects per rule", () => {
  for (const seed of ["000_aebb627c7b8c77a9.txt", "003_2d9c4895bf856dd0.txt"]) {
    it(`stay a small share of the hits of seed ${seed.slice(0, 3)}`, () => {
      const d = engine.scanDetailed(readFileSync(join(PACKAGE_ROOT, "corpus/seeds", seed), "utf8"));
      expect(d.hits.rowCount).toBeGreaterThan(10_000);
      expect(d.hitObjects.size).toBeGreaterThan(40);
      expect(Math.max(...d.hitObjects.values())).toBeGreaterThan(0);
      const heavy = [...d.hitObjects].filter(([, n]) => n > MOST_PER_RULE * d.hits.rowCount).map(([id, n]) => `${id}: ${n}`);
      expect(heavy).toEqual([]);
    });
  }

  it("counts every object a rule makes, so a rule that makes them all would fail the bound above", () => {
    const d = engine.scanDetailed(readFileSync(join(PACKAGE_ROOT, "corpus/seeds/004_9b889df47aee07a1.txt"), "utf8"));
    expect(d.hits.releaseObjects()).toBe(0);
    expect(d.hits.all.length).toBe(d.hits.rowCount);
    expect(d.hits.releaseObjects()).toBe(d.hits.rowCount);
  });
});
