import { describeExcerptFloors } from "../helpers/coverage-excerpts.js";

// Labelled excerpts for budget and planned evaluation (helper evbud; test/fixtures/coverage/excerpts-evbud.txt); the
// misses left are listed in docs/decisions.md.
describeExcerptFloors("labelled excerpts: budget and planned evaluation across genres", "excerpts-evbud.txt", {
  excerpts: 28,
  present: { A: 9, B: 10 },
  nonPresent: { A: 11, B: 16 },
});
