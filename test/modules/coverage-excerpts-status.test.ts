import { describeExcerptFloors } from "../helpers/coverage-excerpts.js";

// Labelled excerpts of several genres for the status semantics of issue 13 point 2 (helper cov-prec;
// test/fixtures/coverage/excerpts-status.txt, scripts/eval/excerpts-ab.ts); the misses left are listed in docs/decisions.md.
describeExcerptFloors("labelled excerpts: status semantics across genres", "excerpts-status.txt", {
  excerpts: 20,
  present: { A: 12, B: 11 },
  nonPresent: { A: 15, B: 15 },
});
