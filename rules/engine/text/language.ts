import type { TokenTable } from "./tokens.js";

// Function words that belong to one language only (shared ones such as "in", "is", "die", "en" are left out).
const PROFILES: Record<string, Set<string>> = {
  nl: new Set(["de", "het", "een", "van", "dat", "op", "te", "voor", "met", "niet", "zijn", "er", "ook", "bij", "wordt", "worden", "door", "naar", "aan", "om", "deze", "dit", "heeft", "hebben", "kan", "kunnen", "wij", "geen", "maar", "ze", "zij", "wat", "nog", "of", "uit", "hun", "meer", "moeten", "zich", "tussen", "onder", "wel"]),
  en: new Set(["the", "and", "of", "to", "that", "for", "with", "are", "be", "this", "on", "as", "by", "not", "it", "from", "have", "has", "which", "their", "should", "will", "or", "women", "violence", "policy"]),
  fr: new Set(["le", "la", "les", "des", "et", "est", "une", "un", "du", "dans", "pour", "que", "qui", "sur", "pas", "par", "au", "avec", "sont", "ce", "aux", "femmes", "ou"]),
  de: new Set(["der", "und", "das", "ist", "nicht", "mit", "ein", "eine", "zu", "den", "von", "für", "auf", "sich", "dem", "wird", "auch", "sind", "oder", "bei", "werden", "gegen", "frauen"]),
};

/** Guesses the language from function words; texts too short to tell count as Dutch. */
export function detectLanguage(tokens: TokenTable, sample = 20000): string {
  const counts: Record<string, number> = { nl: 0, en: 0, fr: 0, de: 0 };
  const n = Math.min(tokens.count, sample);
  for (let i = 0; i < n; i++) {
    const w = tokens.normAt(i);
    for (const lang in PROFILES) if (PROFILES[lang].has(w)) counts[lang]++;
  }
  const total = counts.nl + counts.en + counts.fr + counts.de;
  if (total < 8) return "nl";
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0][0];
  return counts.nl >= total * 0.4 ? "nl" : best;
}
