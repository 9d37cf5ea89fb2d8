import { isSpace, type Line } from "./lines.js";

// Tables in plain text extracted from PDF (pdftotext -layout) or copied from a word processor: rows of cells
// set apart by runs of spaces or by tabs ("Actie    Trekker    Planning    Middelen"). Reflow would join a whole
// action or budget table into one sentence, so that a trekker of one row and the money of another meet in one
// "sentence" and every check reads the table as one passage. Each row becomes a block of its own (type "tableRow",
// cells joined by " | " as a Markdown table's), as in Markdown. A row is a table row only inside a run of lines whose
// cells line up: justified prose with a stray double space does not.

/** Spaces that separate two cells; one or two spaces also occur inside justified prose. */
const CELL_GAP = 3;
/** Lines of a table at least: a header and two rows, or three rows. */
const MIN_ROWS = 3;
/** A column start may drift this many characters between rows (proportional fonts in the PDF). */
const COLUMN_DRIFT = 1;
/** Blank lines a table may hold between two rows (double-spaced extraction). */
const MAX_BLANKS_BETWEEN_ROWS = 1;

/** Cells of a line: [from, to) offsets into the text, split at a tab or at CELL_GAP spaces or more. */
export function cellsOf(text: string, line: Line): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let from = -1;
  let spaces = 0;
  for (let i = line.contentStart; i < line.contentEnd; i++) {
    const c = text.charCodeAt(i);
    if (c === 9) {
      if (from >= 0) cells.push([from, i - spaces]);
      from = -1;
      spaces = 0;
    } else if (isSpace(c)) {
      spaces++;
      if (spaces === CELL_GAP && from >= 0) {
        cells.push([from, i - spaces + 1]);
        from = -1;
      }
    } else {
      if (from < 0) from = i;
      spaces = 0;
    }
  }
  if (from >= 0) cells.push([from, line.contentEnd]);
  return cells;
}

interface Candidate {
  line: Line;
  cells: Array<[number, number]>;
  /** Column (characters from the line start) of each cell after the first. */
  columns: number[];
  tabbed: boolean;
}

/** A table has short cells in every row (a party, a date, an amount); two columns of prose (a brochure's layout) do not. */
const SHORT_CELL = 30;

/** Do the rows line up: a column after the first shared by every row (spaces), or the same number of cells (tabs)? */
function aligned(rows: Candidate[]): boolean {
  if (!rows.every((r) => r.cells.some(([from, to]) => to - from <= SHORT_CELL))) return false;
  if (rows.every((r) => r.tabbed)) return rows.every((r) => r.cells.length === rows[0].cells.length);
  return rows[0].columns.some((col) => rows.every((r) => r.columns.some((c) => Math.abs(c - col) <= COLUMN_DRIFT)));
}

/**
 * Marks the rows of plain-text tables (kind "tableRow" with their cells). A run of at least MIN_ROWS lines of two or
 * more cells, with no more than one blank line between two of them, whose cells line up.
 */
export function markTableRows(text: string, lines: Line[]): void {
  let run: Candidate[] = [];
  let blanks = 0;
  const flush = () => {
    if (run.length >= MIN_ROWS && aligned(run)) {
      for (const r of run) {
        r.line.kind = "tableRow";
        r.line.cells = r.cells;
      }
    }
    run = [];
  };
  for (const line of lines) {
    if (line.kind === "blank") {
      if (++blanks > MAX_BLANKS_BETWEEN_ROWS) flush();
      continue;
    }
    blanks = 0;
    const cells = line.kind === "text" ? cellsOf(text, line) : [];
    if (cells.length < 2) {
      flush();
      continue;
    }
    const tabbed = text.slice(line.contentStart, line.contentEnd).includes("\t");
    run.push({ line, cells, columns: cells.slice(1).map(([from]) => from - line.start), tabbed });
  }
  flush();
}
