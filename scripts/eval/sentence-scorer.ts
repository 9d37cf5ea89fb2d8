import natural from "natural";

// The learned sentence scorer of the framing probes (framing-learned-probe.ts, real-learned-probe.ts): word and bigram
// stems of a sentence, and natural's naive Bayes or logistic regression trained on labelled sentences. Probe only; the
// engine ships no learned scorer (docs/decisions.md, lead, fourth and fifth session).

const stem = (w: string) => natural.PorterStemmerNl.stem(w);

/** Word stems and the bigrams of neighbouring stems. */
export function sentenceFeatures(s: string): string[] {
  const w = (s.toLowerCase().match(/[a-zà-ÿ]+/g) ?? []).map(stem);
  return [...w, ...w.slice(1).map((x, i) => `${w[i]}_${x}`)];
}

export type ScorerKind = "naive Bayes" | "logistic regression";

/** Trains on sentences marked as flags or not; the scorer gives a sentence's probability of being a flag. */
export function trainScorer(kind: ScorerKind, rows: ReadonlyArray<{ sentence: string; flag: boolean }>): (sentence: string) => number {
  const cl = kind === "naive Bayes" ? new natural.BayesClassifier() : new natural.LogisticRegressionClassifier();
  for (const r of rows) cl.addDocument(sentenceFeatures(r.sentence), r.flag ? "F" : "C");
  cl.train();
  return (sentence) => {
    const found = cl.getClassifications(sentenceFeatures(sentence));
    const f = found.find((x) => x.label === "F")?.value ?? 0;
    const c = found.find((x) => x.label === "C")?.value ?? 0;
    return f / (f + c || 1);
  };
}
