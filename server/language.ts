import { AsyncLocalStorage } from "node:async_hooks";
import type express from "express";
import { messageIn } from "../rules/engine/index.js";

export type MessageLang = "nl" | "en";

const current = new AsyncLocalStorage<MessageLang>();

/**
 * The language of a request's messages: `?lang=en|nl`, else the first of nl and en in Accept-Language
 * (by weight), else Dutch.
 */
export function requestLanguage(req: Pick<express.Request, "headers" | "query">): MessageLang {
  const q = typeof req.query?.lang === "string" ? req.query.lang.toLowerCase() : undefined;
  if (q === "en" || q === "nl") return q;
  const header = req.headers["accept-language"];
  if (typeof header !== "string") return "nl";
  const ranked = header
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().toLowerCase().split(";");
      const qv = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      return { tag: tag.split("-")[0], q: qv ? Number(qv.slice(2)) || 0 : 1, i };
    })
    .filter((x) => (x.tag === "nl" || x.tag === "en") && x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return (ranked[0]?.tag as MessageLang | undefined) ?? "nl";
}

/** Runs the rest of the request with its message language. */
export function languageMiddleware(): express.RequestHandler {
  return (req, _res, next) => current.run(requestLanguage(req), next);
}

/** The current request's message language (Dutch outside a request). */
export function currentLanguage(): MessageLang {
  return current.getStore() ?? "nl";
}

/** A "Dutch / English" message in the current request's language. */
export function localise(message: string, lang: MessageLang = currentLanguage()): string {
  return messageIn(message, lang);
}
