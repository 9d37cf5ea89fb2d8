import type { Element, ElementContent, RootContent } from "hast";

// Small readings of a parsed HTML tree shared by the page-chrome and table preparation steps.

export const isElement = (n: RootContent | ElementContent): n is Element => n.type === "element";

/** Characters of text under the nodes, each text node trimmed (layout whitespace does not count). */
export function textLength(nodes: readonly (RootContent | ElementContent)[]): number {
  let n = 0;
  for (const c of nodes) {
    if (c.type === "text") n += c.value.trim().length;
    else if (isElement(c)) n += textLength(c.children);
  }
  return n;
}
