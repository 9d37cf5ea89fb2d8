import { describeExcerptFloors } from "../helpers/coverage-excerpts.js";

// Labelled excerpts of helper prec (test/fixtures/coverage/excerpts-prec.txt): shelter, data registration, indicators
// and quantified targets in news, motions, council questions, plans and annual reports; the misses left are in
// docs/decisions.md.
describeExcerptFloors("prec excerpts: passing mentions against addressing", "excerpts-prec.txt", {
  excerpts: 16,
  present: { A: 7, B: 7 },
  nonPresent: { A: 18, B: 22 },
});
