import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT, type Engine, type CoverageStatus, type ScanResult } from "../../rules/engine/index.js";
import { flagsSpan } from "./framing.js";
import { DEVSET2_VALIDATION, type Part } from "./split.js";

// The labelled real texts (test/fixtures/devset and devset2, copied from shared/): 87 Dutch texts labelled for
// 22 document-level questions. Each label maps to coverage checks; precision, recall and F1 per label, for the
// tuning and the validation part of the fixed split (split.ts).

export const LABELLED_SETS = ["devset", "devset2"] as const;
export type LabelledSet = (typeof LABELLED_SETS)[number];

export interface LabelledDoc {
  set: LabelledSet;
  part: Part;
  file: string;
  genre: string;
  topic_dv: boolean;
  labels: Record<string, boolean>;
  borderline_labels: string[];
  flag_sentences: Array<{ sentence: string; reason: string }>;
  /** Near-miss sentences a framing rule must not flag (the blind excerpts have them; the devsets do not). */
  counter_sentences?: Array<{ sentence: string }>;
  text: string;
}

type Rule = ((status: (check: string) => CoverageStatus | undefined, r: ScanResult) => boolean) & { ids?: string[] };
const present = (...checks: string[]): Rule => Object.assign((s: (check: string) => CoverageStatus | undefined) => checks.some((c) => s(c) === "present"), { ids: checks });
const named = (...checks: string[]): Rule =>
  Object.assign((s: (check: string) => CoverageStatus | undefined) => checks.some((c) => s(c) === "present" || s(c) === "partial"), { ids: checks });

/** How each label is predicted from the scan result. */
export const LABEL_MAP: Record<string, { rule: Rule; checks: string }> = {
  names_women_as_main_victims: { rule: present("gender/violence-against-women-named"), checks: "gender/violence-against-women-named present" },
  gender_perspective: { rule: present("gender/gender-perspective"), checks: "gender/gender-perspective present" },
  gender_neutral_only: {
    rule: (s, r) => r.document.onTopic && s("gender/violence-against-women-named") !== "present" && s("gender/gender-perspective") !== "present",
    checks: "on topic, and neither women named nor gender perspective present",
  },
  istanbul_mentioned: { rule: named("istanbul/convention-referenced"), checks: "istanbul/convention-referenced present or partial" },
  prevention: { rule: present("istanbul/art-12-prevention", "istanbul/art-13-awareness-raising"), checks: "art-12 or art-13 present" },
  professional_training: { rule: present("istanbul/art-15-professional-training"), checks: "art-15 present" },
  perpetrator_approach: { rule: present("istanbul/art-16-perpetrator-programmes", "istanbul/art-52-emergency-barring-order"), checks: "art-16 or art-52 present" },
  shelter: { rule: present("istanbul/art-23-shelters"), checks: "art-23 present" },
  sexual_violence_centre: { rule: named("istanbul/art-25-sexual-violence-support"), checks: "art-25 present or partial" },
  child_witnesses: { rule: present("istanbul/art-26-child-witnesses"), checks: "art-26 present" },
  harmful_practices: { rule: named("migrants/harmful-practices"), checks: "migrants/harmful-practices present or partial" },
  migrants_addressed: { rule: present("migrants/migrants-addressed"), checks: "migrants/migrants-addressed present" },
  migrant_orgs_or_keyfigures: { rule: present("migrants/community-involvement"), checks: "migrants/community-involvement present" },
  interpreters_or_language: { rule: present("migrants/language-access"), checks: "migrants/language-access present" },
  lgbti: { rule: present("gender/lgbti-addressed"), checks: "gender/lgbti-addressed present" },
  elderly_abuse: { rule: present("istanbul/older-victims"), checks: "istanbul/older-victims present" },
  data_registration: { rule: present("monitoring/data-registration"), checks: "monitoring/data-registration present" },
  quantified_targets: { rule: present("monitoring/quantified-targets", "monitoring/baseline"), checks: "quantified-targets or baseline present" },
  indicators: { rule: present("monitoring/indicators"), checks: "monitoring/indicators present" },
  evaluation_planned: { rule: present("monitoring/evaluation-planned"), checks: "monitoring/evaluation-planned present" },
  responsibilities_assigned: { rule: present("monitoring/responsibilities-assigned"), checks: "monitoring/responsibilities-assigned present" },
  budget: { rule: present("monitoring/budget"), checks: "monitoring/budget present" },
};

/** The coverage checks a label is predicted from (the ids named in its `checks` text). */
export function checksOf(label: string): string[] {
  return LABEL_MAP[label].rule.ids ?? ["gender/violence-against-women-named", "gender/gender-perspective"];
}

export interface LabelScore {
  label: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  errors: string[];
  /** The statuses of the label's checks in the missed texts ("partial/missing": 2), an aggregate that names no text. */
  fnStatus: Record<string, number>;
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface DevsetReport {
  docs: number;
  labels: LabelScore[];
  micro: Prf;
  /** Same, without borderline labels. */
  strictMicro: Prf;
  controls: Array<{ file: string; onTopic: boolean }>;
  topicErrors: string[];
  flagSentences: { total: number; flagged: number; missed: string[] };
  /** Counter sentences that a framing rule flagged. */
  counterSentences: { total: number; flagged: number };
}

function fixtureDir(set: LabelledSet): string {
  return join(PACKAGE_ROOT, "test/fixtures", set);
}

/** Every labelled text with its part of the split. */
export function loadLabelled(): LabelledDoc[] {
  const validation = new Set(DEVSET2_VALIDATION);
  return LABELLED_SETS.flatMap((set) => {
    const dir = fixtureDir(set);
    const labels = JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Array<Omit<LabelledDoc, "set" | "part" | "text">>;
    return labels.map((d) => ({
      ...d,
      set,
      part: (set === "devset2" && validation.has(d.file) ? "validation" : "tuning") as Part,
      text: readFileSync(join(dir, "docs", d.file), "utf8"),
    }));
  });
}

/** The texts of one set (devset: 35, devset2: 52), or of one part of the split. */
export function loadDevset(filter: { set?: LabelledSet; part?: Part } = { set: "devset" }): LabelledDoc[] {
  return loadLabelled().filter((d) => (!filter.set || d.set === filter.set) && (!filter.part || d.part === filter.part));
}

export const prf = (tp: number, fp: number, fn: number): Prf => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

/** Scans the texts and scores every label against the gold labels. */
export function evaluateDocs(engine: Engine, docs: LabelledDoc[]): DevsetReport {
  const counts = new Map<string, { tp: number; fp: number; fn: number; errors: string[]; fnStatus: Record<string, number> }>();
  for (const label of Object.keys(LABEL_MAP)) counts.set(label, { tp: 0, fp: 0, fn: 0, errors: [], fnStatus: {} });
  const strict = { tp: 0, fp: 0, fn: 0 };
  const controls: DevsetReport["controls"] = [];
  const topicErrors: string[] = [];
  const flag = { total: 0, flagged: 0, missed: [] as string[] };
  const counter = { total: 0, flagged: 0 };
  for (const d of docs) {
    const result = engine.scan(d.text, { title: d.file });
    const status = (check: string) => result.coverage.find((c) => c.check === check)?.status;
    if (!d.topic_dv) controls.push({ file: d.file, onTopic: result.document.onTopic });
    if (d.topic_dv !== result.document.onTopic) topicErrors.push(`${d.file}: onTopic ${result.document.onTopic}`);
    for (const [label, map] of Object.entries(LABEL_MAP)) {
      const gold = d.labels[label] ?? false;
      const predicted = map.rule(status, result);
      const c = counts.get(label)!;
      if (gold && predicted) c.tp++;
      else if (!gold && predicted) {
        c.fp++;
        c.errors.push(`FP ${d.file}`);
      } else if (gold && !predicted) {
        c.fn++;
        c.errors.push(`FN ${d.file}`);
        const key = checksOf(label).map((check) => status(check) ?? "none").join("/");
        c.fnStatus[key] = (c.fnStatus[key] ?? 0) + 1;
      }
      if (!d.borderline_labels.includes(label)) {
        if (gold && predicted) strict.tp++;
        else if (!gold && predicted) strict.fp++;
        else if (gold && !predicted) strict.fn++;
      }
    }
    for (const fs of d.flag_sentences) {
      flag.total++;
      const at = d.text.indexOf(fs.sentence);
      if (flagsSpan(result, at, at + fs.sentence.length).length > 0) flag.flagged++;
      else flag.missed.push(`${d.file}: ${fs.sentence.slice(0, 80)}`);
    }
    for (const cs of d.counter_sentences ?? []) {
      counter.total++;
      const at = d.text.indexOf(cs.sentence);
      if (at >= 0 && flagsSpan(result, at, at + cs.sentence.length).length > 0) counter.flagged++;
    }
  }
  const labels = [...counts.entries()].map(([label, c]) => ({ label, ...c, ...prf(c.tp, c.fp, c.fn) }));
  const tot = labels.reduce((a, l) => ({ tp: a.tp + l.tp, fp: a.fp + l.fp, fn: a.fn + l.fn }), { tp: 0, fp: 0, fn: 0 });
  return { docs: docs.length, labels, micro: prf(tot.tp, tot.fp, tot.fn), strictMicro: prf(strict.tp, strict.fp, strict.fn), controls, topicErrors, flagSentences: flag, counterSentences: counter };
}

/** Devset 1 alone, as measured since issue 4. */
export function evaluateDevset(engine: Engine): DevsetReport {
  return evaluateDocs(engine, loadDevset({ set: "devset" }));
}

/** Both parts of the split. */
export function evaluateSplit(engine: Engine): Record<Part, DevsetReport> {
  const all = loadLabelled();
  return {
    tuning: evaluateDocs(engine, all.filter((d) => d.part === "tuning")),
    validation: evaluateDocs(engine, all.filter((d) => d.part === "validation")),
  };
}
