export type Lang = "nl" | "en";

const TEXT = {
  tagline: { nl: "Genderscan van beleid tegen huiselijk geweld", en: "Gender scan of policy on domestic violence" },
  inputTitle: { nl: "Document", en: "Document" },
  titleLabel: { nl: "Titel", en: "Title" },
  municipalityLabel: { nl: "Gemeente of regio", en: "Municipality or region" },
  textLabel: { nl: "Plak de tekst (of een deel ervan)", en: "Paste the text (or part of it)" },
  fileLabel: { nl: "…of kies een bestand (Markdown, tekst, DOCX, PDF, HTML)", en: "…or choose a file (Markdown, text, DOCX, PDF, HTML)" },
  scan: { nl: "Scannen", en: "Scan" },
  scanning: { nl: "Bezig met scannen…", en: "Scanning…" },
  done: { nl: "Klaar.", en: "Done." },
  needInput: { nl: "Plak tekst of kies een bestand.", en: "Paste text or choose a file." },
  needTitle: { nl: "Geef het document een titel.", en: "Give the document a title." },
  resultsTitle: { nl: "Resultaat", en: "Result" },
  overall: { nl: "Totaal", en: "Overall" },
  offTopic: { nl: "Dit document gaat niet over beleid tegen huiselijk geweld; er zijn geen dekkingscontroles toegepast.", en: "This document is not about domestic-violence policy; no coverage checks were applied." },
  exportReport: { nl: "Rapport (afdrukken)", en: "Report (print)" },
  exportMotion: { nl: "Conceptmotie", en: "Draft motion" },
  coverageTitle: { nl: "Dekking", en: "Coverage" },
  documentTitle: { nl: "Tekst met vindplaatsen", en: "Text with passages" },
  findingsTitle: { nl: "Bevindingen", en: "Findings" },
  filterModule: { nl: "Module", en: "Module" },
  filterSeverity: { nl: "Ernst", en: "Severity" },
  filterStatus: { nl: "Status", en: "Status" },
  all: { nl: "alle", en: "all" },
  open: { nl: "open", en: "open" },
  suppressed: { nl: "onderdrukt", en: "suppressed" },
  error: { nl: "fout", en: "error" },
  warning: { nl: "waarschuwing", en: "warning" },
  info: { nl: "info", en: "info" },
  remedy: { nl: "Wat te doen", en: "Remedy" },
  sources: { nl: "Bronnen", en: "Sources" },
  noFindings: { nl: "Geen bevindingen met deze filters.", en: "No findings with these filters." },
  wholeDocument: { nl: "hele document", en: "whole document" },
  line: { nl: "regel", en: "line" },
  suppress: { nl: "Onderdrukken…", en: "Suppress…" },
  unsuppress: { nl: "Onderdrukking opheffen", en: "Lift suppression" },
  justification: { nl: "Waarom is deze bevinding niet van toepassing?", en: "Why does this finding not apply?" },
  compareTitle: { nl: "Vergelijken met een nieuwe versie", en: "Compare with a new version" },
  compareHelp: { nl: "Pas de tekst hierboven aan (zelfde titel) en scan opnieuw: hier verschijnt wat nieuw, opgelost en gebleven is.", en: "Edit the text above (same title) and scan again: what is new, fixed and unchanged appears here." },
  newF: { nl: "Nieuw", en: "New" },
  fixedF: { nl: "Opgelost", en: "Fixed" },
  unchangedF: { nl: "Gebleven", en: "Unchanged" },
  coverageChanged: { nl: "Dekking veranderd", en: "Coverage changed" },
  present: { nl: "aanwezig", en: "present" },
  partial: { nl: "deels", en: "partial" },
  missing: { nl: "ontbreekt", en: "missing" },
  notApplicable: { nl: "n.v.t.", en: "n/a" },
  translating: { nl: "Het resultaat wordt in het Nederlands opgehaald…", en: "Fetching the result in English…" },
  opening: { nl: "Document openen…", en: "Opening the document…" },
  documentsTitle: { nl: "Eerdere documenten", en: "Earlier documents" },
  documentOne: { nl: "document", en: "document" },
  documentMany: { nl: "documenten", en: "documents" },
  error_generic: { nl: "Er ging iets mis", en: "Something went wrong" },
  signInTitle: { nl: "Aanmelden", en: "Sign in" },
  signInCode: { nl: "Aanmeldcode of API-token", en: "Sign-in code or API token" },
  signInHelp: {
    nl: "De beheerder van deze genderscan geeft u een eenmalige aanmeldlink of een API-token (gemaakt met: genderscan user add). Bij de eerste start van de server staat de aanmeldlink van de beheerder in het serverlog.",
    en: "The administrator of this genderscan gives you a one-time sign-in link or an API token (made with: genderscan user add). On the server's first start the administrator's sign-in link is in the server log.",
  },
  joinHelp: { nl: "Doet u mee aan een workshop? De trainer toont de workshopcode van zes tekens.", en: "Taking part in a workshop? The trainer shows the six-character workshop code." },
  signIn: { nl: "Aanmelden", en: "Sign in" },
  signOut: { nl: "Afmelden", en: "Sign out" },
  joinCode: { nl: "Workshopcode", en: "Workshop code" },
  joinName: { nl: "Uw naam in de workshop", en: "Your name in the workshop" },
  join: { nl: "Meedoen", en: "Join" },
  badToken: { nl: "Deze code of token wordt niet geaccepteerd.", en: "This code or token is not accepted." },
  workshopsTitle: { nl: "Workshops", en: "Workshops" },
  workshopName: { nl: "Titel van een nieuwe workshop", en: "Title of a new workshop" },
  createWorkshop: { nl: "Workshop starten", en: "Start workshop" },
  projector: { nl: "Projectorweergave", en: "Projector view" },
  close: { nl: "Afsluiten", en: "Close" },
  keep: { nl: "Documenten bewaren?", en: "Keep the documents?" },
  code: { nl: "Code", en: "Code" },
  participants: { nl: "Deelnemers", en: "Participants" },
  documents: { nl: "Documenten", en: "Documents" },
  topFindings: { nl: "Meest voorkomende bevindingen", en: "Most frequent findings" },
  coverageAcross: { nl: "Dekking over de deelnemers", en: "Coverage across participants" },
  closed: { nl: "gesloten", en: "closed" },
  roleAnalysis: { nl: "analyse", en: "analysis" },
  roleGoals: { nl: "doelen", en: "goals" },
  roleMeasures: { nl: "maatregelen", en: "measures" },
  roleOther: { nl: "overig", en: "other" },
} as const;

export type Key = keyof typeof TEXT;
let current: Lang = (localStorage.getItem("genderscan-lang") as Lang) || "nl";

export const lang = () => current;
export const t = (k: Key) => TEXT[k][current];

export function setLang(l: Lang): void {
  current = l;
  localStorage.setItem("genderscan-lang", l);
  document.documentElement.lang = l;
  for (const el of document.querySelectorAll<HTMLElement>("[data-i18n]")) el.textContent = t(el.dataset.i18n as Key);
  for (const b of document.querySelectorAll<HTMLButtonElement>("[data-lang]")) b.setAttribute("aria-pressed", String(b.dataset.lang === l));
}
