import { GraphQLError } from "graphql";
import { InputError, RuleDataError } from "../rules/engine/index.js";

/** What can be missing, in both languages (so "Profiel" never meets "not found"). */
const THINGS = {
  Batch: "Batch",
  Bevinding: "Finding",
  Document: "Document",
  Gebruiker: "User",
  Profiel: "Profile",
  Regel: "Rule",
  Scan: "Scan",
  Token: "Token",
  Workshop: "Workshop",
  Versie: "Version",
  Onderdrukking: "Suppression",
} as const;
export type Thing = keyof typeof THINGS;

/** Every error a client sees carries extensions.code; nothing else about the server leaks. */
export function notFound(what: Thing, id?: string): GraphQLError {
  return new GraphQLError(`${what} niet gevonden. / ${THINGS[what]} not found.`, { extensions: { code: "NOT_FOUND", ...(id ? { id } : {}) } });
}

export function badInput(message: string, argumentName?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", ...(argumentName ? { argumentName } : {}) } });
}

/** Too many attempts from this address (or for this code); says when to try again. */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Te veel pogingen; probeer het over ${retryAfterSeconds} seconden opnieuw. / Too many attempts; try again in ${retryAfterSeconds} seconds.`, {
    extensions: { code: "RATE_LIMITED", retryAfter: retryAfterSeconds, http: { status: 429 } },
  });
}

/** Maps engine and data errors to GraphQL errors with a code. */
export function toGraphQLError(e: unknown): GraphQLError {
  if (e instanceof GraphQLError) return e;
  if (e instanceof InputError) {
    const code = e.code === "EMPTY_DOCUMENT" || e.code === "BAD_USER_INPUT" ? e.code : e.code;
    return new GraphQLError(e.message, { extensions: { code, ...e.details } });
  }
  if (e instanceof RuleDataError) return new GraphQLError(e.message, { extensions: { code: "BAD_USER_INPUT", field: e.field } });
  throw e;
}

/** Runs `f`, turning known errors into coded GraphQL errors (unknown ones are masked by formatError). */
export async function guarded<T>(f: () => Promise<T> | T): Promise<T> {
  try {
    return await f();
  } catch (e) {
    throw toGraphQLError(e);
  }
}
