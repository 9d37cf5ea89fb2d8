import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Engine } from "../../rules/engine/run/engine.js";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import type { CoverageStatus, ScanResult } from "../../rules/engine/types.js";

// Development set (test/fixtures/devset, copied from shared/devset): 35 real Dutch texts labelled for
// 22 document-level questions. Each label maps to coverage checks; precision, recall and F1 per label.

const DIR = join(PACKAGE_ROOT, "test/fixtures/devset");

interface LabelledDoc {
  file: string;
  topic_dv: boolean;
  labels: Record<string, boolean>;
  borderline_labels: string[];
  flag_sentences: Array<{ sentence: string; reason: string }>;
}

type Rule = (status: (check: string) => CoverageStatus | undefined, r: ScanResult) => boolean;
const present = (...checks: string[]): Rule => (s) => checks.some((c) => s(c) === "present");
const named = (...checks: string[]): Rule => (s) => checks.some((c) => s(c) === "present" || s(c) === "partial");

/** How each devset label is predicted from the scan result. */
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

export interface LabelScore {
  label: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  errors: string[];
}

export interface DevsetReport {
  labels: LabelScore[];
  micro: { precision: number; recall: number; f1: number };
  /** Same, without borderline labels. */
  strictMicro: { precision: number; recall: number; f1: number };
  controls: Array<{ file: string; onTopic: boolean }>;
  topicErrors: string[];
  flagSentences: { total: number; flagged: number; missed: string[] };
}

export function loadDevset(): Array<LabelledDoc & { text: string }> {
  const labels = JSON.parse(readFileSync(join(DIR, "labels.json"), "utf8")) as LabelledDoc[];
  return labels.map((d) => ({ ...d, text: readFileSync(join(DIR, "docs", d.file), "utf8") }));
}

const f1 = (tp: number, fp: number, fn: number) => {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
};

export function evaluateDevset(engine: Engine): DevsetReport {
  const docs = loadDevset();
  const counts = new Map<string, { tp: number; fp: number; fn: number; errors: string[] }>();
  const strict = { tp: 0, fp: 0, fn: 0 };
  const controls: DevsetReport["controls"] = [];
  const topicErrors: string[] = [];
  const flag = { total: 0, flagged: 0, missed: [] as string[] };
  for (const d of docs) {
    const { result, doc } = engine.scanDetailed(d.text, { title: d.file });
    const status = (check: string) => result.coverage.find((c) => c.check === check)?.status;
    if (!d.topic_dv) controls.push({ file: d.file, onTopic: result.document.onTopic });
    if (d.topic_dv !== result.document.onTopic) topicErrors.push(`${d.file}: onTopic ${result.document.onTopic}`);
    for (const [label, map] of Object.entries(LABEL_MAP)) {
      const gold = d.labels[label] ?? false;
      const predicted = map.rule(status, result);
      const c = counts.get(label) ?? { tp: 0, fp: 0, fn: 0, errors: [] };
      if (gold && predicted) c.tp++;
      else if (!gold && predicted) {
        c.fp++;
        c.errors.push(`FP ${d.file}`);
      } else if (gold && !predicted) {
        c.fn++;
        c.errors.push(`FN ${d.file}`);
      }
      counts.set(label, c);
      if (!d.borderline_labels.includes(label)) {
        if (gold && predicted) strict.tp++;
        else if (!gold && predicted) strict.fp++;
        else if (gold && !predicted) strict.fn++;
      }
    }
    for (const fs of d.flag_sentences) {
      flag.total++;
      const at = d.text.indexOf(fs.sentence);
      const hit = result.findings.some(
        (f) => f.location && f.module === "gender" && f.location.offset < at + fs.sentence.length && at < f.location.offset + f.location.length,
      );
      if (hit) flag.flagged++;
      else flag.missed.push(`${d.file}: ${fs.sentence.slice(0, 80)}`);
      void doc;
    }
  }
  const labels = [...counts.entries()].map(([label, c]) => ({ label, ...c, ...f1(c.tp, c.fp, c.fn) }));
  const tot = labels.reduce((a, l) => ({ tp: a.tp + l.tp, fp: a.fp + l.fp, fn: a.fn + l.fn }), { tp: 0, fp: 0, fn: 0 });
  return { labels, micro: f1(tot.tp, tot.fp, tot.fn), strictMicro: f1(strict.tp, strict.fp, strict.fn), controls, topicErrors, flagSentences: flag };
}
