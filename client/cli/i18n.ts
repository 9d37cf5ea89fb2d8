import type { Lang } from "../../rules/engine/index.js";

/** CLI texts, Dutch first. */
const TEXT = {
  usage: {
    nl: `Gebruik: genderscan <opdracht> [opties]

Opdrachten:
  scan <bestand|map|->…   scan beleidsteksten (Markdown, tekst, DOCX, PDF, HTML)
  compare <oud> <nieuw>   vergelijk twee versies: nieuwe, opgeloste en gebleven bevindingen
  report <bestand>        rapport (Markdown of HTML) of met --motion een conceptmotie
  batch <bestanden>…      scan veel documenten als taken op een server (--server), met voortgang
  rules                   toon alle regels
  sources                 toon de bronnen van het corpus
  user add <naam>         maak een gebruiker aan (tegen de database van de server)

Algemene opties:
  --lang nl|en            taal van meldingen (standaard nl)
  --help                  hulp bij een opdracht`,
    en: `Usage: genderscan <command> [options]

Commands:
  scan <file|dir|->…      scan policy texts (Markdown, text, DOCX, PDF, HTML)
  compare <old> <new>     compare two versions: new, fixed and unchanged findings
  report <file>           report (Markdown or HTML) or, with --motion, a draft council motion
  batch <files>…          scan many documents as jobs on a server (--server), with progress
  rules                   list all rules
  sources                 list the corpus sources
  user add <name>         create a user (against the server's database)

Common options:
  --lang nl|en            language of messages (default nl)
  --help                  help for a command`,
  },
  unknownCommand: { nl: "Onbekende opdracht: {0}", en: "Unknown command: {0}" },
  noInput: { nl: "Geef een bestand, map of - (standaardinvoer) op.", en: "Give a file, directory or - (standard input)." },
  notFound: { nl: "Niet gevonden: {0}", en: "Not found: {0}" },
  noFiles: { nl: "Geen scanbare bestanden gevonden in {0}", en: "No scannable files found in {0}" },
  badOption: { nl: "Ongeldige waarde voor {0}: {1}", en: "Invalid value for {0}: {1}" },
  incomplete: {
    nl: "genderscan: {0} is onvolledig gescand; deze regels konden niet worden uitgevoerd: {1}",
    en: "genderscan: {0} was scanned incompletely; these rules could not run: {1}",
  },
} as const;

export type TextKey = keyof typeof TEXT;

export function t(lang: Lang, key: TextKey, ...args: string[]): string {
  return TEXT[key][lang].replace(/\{(\d)\}/g, (_, i: string) => args[Number(i)] ?? "");
}
