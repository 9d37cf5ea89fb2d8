import type { Element, ElementContent, Root, RootContent } from "hast";
import { isElement, textLength } from "./html-tree.js";

// A saved web page holds more than its text: the site's menu, a footer with "Privacy · Cookies · Subsidies", a
// sidebar of related links, a search form. Read as policy text, a menu item "Subsidies" is money and "Privacy" is
// information sharing, so the page chrome is left out before the page becomes Markdown. When the page marks its
// content (<main>, role="main", or a single <article>) that is what is read, if it holds a fair share of the page's
// text; otherwise the page less its chrome. Positions point into the Markdown made of what is kept.

/** Elements that are page chrome wherever they stand. */
const CHROME_TAGS = new Set(["nav", "aside", "form", "button", "noscript", "dialog", "template", "select"]);
/** Landmark roles of page chrome. */
const CHROME_ROLES = new Set(["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"]);
/** The site's header and footer; inside an article or a section they belong to it (its title, its byline). */
const PAGE_FRAME_TAGS = new Set(["header", "footer"]);
/** Share of the page's text the marked content must hold to be read alone (else the marking is not trusted). */
const MIN_CONTENT_SHARE = 0.3;


function role(e: Element): string {
  const r = e.properties?.role;
  return (Array.isArray(r) ? r.join(" ") : String(r ?? "")).toLowerCase();
}

function isChrome(e: Element, inContent: boolean): boolean {
  if (CHROME_TAGS.has(e.tagName)) return true;
  if (role(e).split(/\s+/).some((r) => CHROME_ROLES.has(r))) return true;
  if (e.properties?.hidden !== undefined && e.properties.hidden !== false) return true;
  return !inContent && PAGE_FRAME_TAGS.has(e.tagName);
}

/** The children less page chrome, recursively. `inContent`: inside an article, a section or the main content. */
function strip<T extends RootContent | ElementContent>(nodes: readonly T[], inContent: boolean): T[] {
  const out: T[] = [];
  for (const n of nodes) {
    if (!isElement(n)) {
      out.push(n);
      continue;
    }
    if (isChrome(n, inContent)) continue;
    const content = inContent || n.tagName === "article" || n.tagName === "section" || n.tagName === "main" || role(n) === "main";
    out.push({ ...n, children: strip(n.children, content) } as T);
  }
  return out;
}

/** The elements that mark the page's content: <main> or role="main"; else the article, when there is just one. */
function markedContent(nodes: readonly (RootContent | ElementContent)[]): Element[] {
  const mains: Element[] = [];
  const articles: Element[] = [];
  const walk = (list: readonly (RootContent | ElementContent)[]) => {
    for (const c of list) {
      if (!isElement(c)) continue;
      if (c.tagName === "main" || role(c) === "main") mains.push(c);
      else {
        if (c.tagName === "article") articles.push(c);
        walk(c.children);
      }
    }
  };
  walk(nodes);
  if (mains.length > 0) return mains;
  return articles.length === 1 ? articles : [];
}

/**
 * The page's content: its marked content when that holds a fair share of the text, else the page less its chrome; the
 * page as it is when nothing but chrome holds text.
 */
export function pageContent(root: Root): Root {
  const whole = strip(root.children, false);
  // A fragment that is all chrome (a pasted footer) is read as it is rather than refused as empty.
  if (textLength(whole) === 0) return root;
  const marked = markedContent(root.children);
  if (marked.length > 0) {
    const kept = strip(marked, true);
    if (textLength(kept) >= MIN_CONTENT_SHARE * textLength(whole)) return { ...root, children: kept as RootContent[] };
  }
  return { ...root, children: whole };
}
