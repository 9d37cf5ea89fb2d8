// User text (document titles, municipalities, quotes, justifications) inside generated reports and
// motions: it must read as text there, never as structure, markup or a link.

/** One line of plain text: control characters dropped, line breaks and runs of spaces made one space. */
export function plainLine(s: string, max = 300): string {
  const line = s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

/**
 * Inline Markdown for user text: one line, with every character that could start markup escaped
 * (emphasis, links and images, raw HTML, entities, headings, tables, code), so `<script>` or
 * `[x](javascript:…)` renders as the characters typed. Parentheses stay: without `[` they make no link.
 */
export function markdownText(s: string, max = 2000): string {
  return plainLine(s, max)
    .replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`);
}
