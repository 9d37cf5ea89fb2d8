import { ApolloServer, type ApolloServerPlugin, type BaseContext } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import cors from "cors";
import { ipKeyGenerator, rateLimit } from "express-rate-limit";
import { hashToken } from "./services/auth.service.js";
import express from "express";
import { GraphQLError, type GraphQLFormattedError } from "graphql";
import graphqlUploadExpress from "graphql-upload/graphqlUploadExpress.mjs";
import type { Server } from "node:http";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { PACKAGE_ROOT, type Engine } from "../rules/engine/index.js";
import type { DataSource } from "typeorm";
import { ANONYMOUS, LOCAL_VIEWER, type Context, type Viewer } from "./context.js";
import { rateLimited } from "./errors.js";
import { costError, operationCost } from "./cost.js";
import { securityHeaders } from "./security-headers.js";
import { currentLanguage, languageMiddleware, localise, requestLanguage } from "./language.js";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { genderscanSchema } from "./schema.js";
import { createServices, type Services } from "./services/index.js";
import type { ServerLimits } from "./services/limits.js";
import type { ScanRunner } from "./scan/runner.js";
import { inProcessQueue, type BatchQueue } from "./batch/queue.js";

export interface AppOptions {
  ds: DataSource;
  engine: Engine;
  limits: ServerLimits;
  /** Resolves the viewer of a request; by default from its bearer token. */
  viewerFor?: (req: express.Request) => Promise<Viewer> | Viewer;
  httpServer?: Server;
  /** Where scans run (default: in the request's thread). */
  runner?: ScanRunner;
  /** Where batch jobs go (default: in this process). */
  queue?: BatchQueue;
  /** Batch jobs this instance works on at once (0: none; API-only instance). Default 1. */
  workers?: number;
}

export interface App {
  app: express.Express;
  apollo: ApolloServer<Context>;
  services: Services;
  queue: BatchQueue;
  /** Context for a viewer, for executeOperation in tests. */
  contextFor(viewer?: Viewer): Context;
}

/** Codes clients may see; everything else is masked as INTERNAL_SERVER_ERROR without details. */
const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNSUPPORTED_FORMAT",
  "DOCUMENT_TOO_LARGE",
  "EMPTY_DOCUMENT",
  "BINARY_INPUT",
  "ENCODING_ERROR",
  "MALFORMED_DOCUMENT",
  "ENCRYPTED_DOCUMENT",
  "NEEDS_OCR",
  "SCAN_TIMEOUT",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "UNAUTHORIZED",
  "RATE_LIMITED",
  "GRAPHQL_PARSE_FAILED",
  "QUERY_TOO_LARGE",
  "QUERY_TOO_COSTLY",
  "TOO_MANY_SCANS",
  "GRAPHQL_VALIDATION_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** Refuses a query over the cost limit (counted with its variables) or with more than one scan. */
function costPlugin(maxCost: number): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return; // Apollo answers a missing operation itself
          const error = costError(operationCost(schema, document, operation, request.variables ?? {}), maxCost);
          if (error) throw error;
        },
      };
    },
  };
}

/** GraphQL lexer tokens per request; the largest shipped operation has a few hundred. */
export const MAX_TOKENS = 2000;

/** Every message a client reads is in the request's language (Accept-Language or ?lang=; Dutch by default). */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const f = formatErrorBilingual(formatted, error);
  const lang = currentLanguage();
  if (f.message.includes(" / ")) return { ...f, message: localise(f.message, lang) };
  // Messages of GraphQL itself and of Apollo exist only in English: a Dutch request reads a Dutch
  // message for the code, with the English detail beside it.
  if (lang === "en") return f;
  const code = String(f.extensions?.code ?? "");
  return { ...f, message: dutchLimit(f.message) ?? DUTCH_FOR_CODE[code] ?? DUTCH_FOR_CODE.default, extensions: { ...f.extensions, detail: f.message } };
}

/** graphql-armor's limit messages, in Dutch with their numbers. */
function dutchLimit(message: string): string | undefined {
  const m = message.match(/(depth|Aliases|Directives) limit of (\d+) exceeded, found (\d+)/i);
  if (!m) return undefined;
  const what = m[1].toLowerCase() === "depth" ? "De query is te diep" : m[1].toLowerCase() === "aliases" ? "De query heeft te veel aliassen" : "De query heeft te veel richtlijnen";
  return `${what}: ${m[3]}, grens ${m[2]}.`;
}

const DUTCH_FOR_CODE: Record<string, string> = {
  GRAPHQL_VALIDATION_FAILED: "De query past niet bij het schema of gaat over een grens (diepte, aliassen, richtlijnen).",
  GRAPHQL_PARSE_FAILED: "De query is geen geldige GraphQL.",
  BAD_REQUEST: "Ongeldig verzoek.",
  BAD_USER_INPUT: "Ongeldige invoer: een variabele of argument heeft niet het juiste type.",
  PERSISTED_QUERY_NOT_FOUND: "De opgeslagen query is niet gevonden.",
  PERSISTED_QUERY_NOT_SUPPORTED: "Opgeslagen query's worden niet ondersteund.",
  OPERATION_RESOLUTION_FAILURE: "Welke operatie bedoeld is, is niet te bepalen.",
  default: "Het verzoek kon niet worden uitgevoerd.",
};

/** class-validator's English constraint messages, in Dutch (the numbers are taken over). */
function constraintNl(key: string, english: string): string {
  const n = english.match(/\d+/g) ?? [];
  switch (key) {
    case "max":
      return `mag niet groter zijn dan ${n[0] ?? "de grens"}`;
    case "min":
      return `mag niet kleiner zijn dan ${n[0] ?? "de grens"}`;
    case "maxLength":
      return `mag hoogstens ${n[0] ?? "de grens aan"} tekens lang zijn`;
    case "minLength":
      return `moet minstens ${n[0] ?? "het minimum aan"} tekens lang zijn`;
    case "isLength":
      return n.length >= 2 ? `moet ${n[0]} tot ${n[1]} tekens lang zijn` : `heeft niet de juiste lengte`;
    case "arrayMaxSize":
      return `mag hoogstens ${n[0] ?? "de grens aan"} elementen bevatten`;
    case "isInt":
      return "moet een geheel getal zijn";
    default:
      return "is ongeldig";
  }
}

function formatErrorBilingual(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  if (formatted.extensions?.code === "GRAPHQL_PARSE_FAILED" && /more tha[nt] \d+ tokens/i.test(formatted.message)) {
    return {
      message: `De query is te groot: meer dan ${MAX_TOKENS} onderdelen (tokens). / The query is too large: more than ${MAX_TOKENS} tokens.`,
      extensions: { code: "QUERY_TOO_LARGE", limit: MAX_TOKENS },
    };
  }
  const original = error instanceof GraphQLError ? error.originalError : undefined;
  if (original && original.name === "ArgumentValidationError") {
    const details = (original as unknown as { extensions?: { validationErrors?: Array<{ property: string; constraints?: Record<string, string> }> } }).extensions
      ?.validationErrors;
    const problems = (nl: boolean) => (details ?? []).map((d) => `${d.property}: ${Object.entries(d.constraints ?? {}).map(([k, m]) => (nl ? constraintNl(k, m) : m)).join(", ")}`).join("; ");
    return {
      message: `Ongeldige invoer: ${problems(true)} / Invalid input: ${problems(false)}`,
      path: formatted.path,
      extensions: { code: "BAD_USER_INPUT", validation: details?.map((d) => ({ property: d.property, constraints: d.constraints })) },
    };
  }
  const code = String(formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR");
  if (code === "UNAUTHORIZED") {
    return {
      message: "Geen toegang: daarvoor is een andere rol nodig. / Forbidden: this needs another role.",
      path: formatted.path,
      extensions: { code: "FORBIDDEN" },
    };
  }
  if (PUBLIC_CODES.has(code)) {
    const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
    return { ...formatted, extensions };
  }
  console.error("[genderscan] internal error:", original ?? error);
  return { message: "Interne fout; probeer het later opnieuw. / Internal error; please try again later.", path: formatted.path, extensions: { code: "INTERNAL_SERVER_ERROR" } };
}

/**
 * A request whose declared length passes the limit is answered 413 with a GraphQL error; its body is
 * read and dropped first (for at most 30 s), so the client sees the answer rather than a reset.
 */
function refuseOversized(limit: number): express.RequestHandler {
  return (req, res, next) => {
    const length = Number(req.headers["content-length"] ?? 0);
    if (!(length > limit)) return next();
    answerAfterBody(req, res, 30_000, 413, { message: "Het verzoek is te groot. / The request is too large.", extensions: { code: "DOCUMENT_TOO_LARGE", limit } });
  };
}

/**
 * Answers with one GraphQL-shaped error once the rest of the request body is read (or after `waitMs`), closing the
 * connection: answering before the body is read makes the client see a reset instead of the answer.
 */
function answerAfterBody(req: express.Request, res: express.Response, waitMs: number, status: number, error: { message: string; extensions: Record<string, unknown> }): void {
  const send = () => {
    if (res.headersSent) return;
    res.status(status).set("connection", "close").json({ errors: [{ ...error, message: localise(error.message, requestLanguage(req)) }] });
  };
  if (req.readableEnded || req.complete) return send();
  const timer = setTimeout(send, waitMs);
  req.on("end", () => {
    clearTimeout(timer);
    send();
  });
  req.resume();
}

const noStore: express.RequestHandler = (_req, res, next) => {
  res.setHeader("cache-control", "no-store");
  next();
};

/** The client's address as a rate-limit key (IPv6 addresses by their /56 network). */
export function addressOf(req: express.Request): string {
  const ip = req.ip ?? "unknown";
  let key = addressKeys.get(ip);
  if (key === undefined) {
    // Parsing an address (ip-address) costs more than the rest of the rate limiting; a server sees few addresses.
    key = ipKeyGenerator(ip);
    if (addressKeys.size >= 10_000) addressKeys.clear();
    addressKeys.set(ip, key);
  }
  return key;
}
const addressKeys = new Map<string, string>();

/** The token of an `Authorization: Bearer <token>` header. */
export function bearer(req: express.Request): string | undefined {
  const h = req.headers.authorization;
  const m = typeof h === "string" ? h.match(/^Bearer\s+(\S+)$/i) : null;
  return m?.[1];
}

/** The sha256 of a request's bearer token, computed once per request (the rate limit and the sign-in both need it). */
function bearerHash(req: express.Request, token: string): string {
  const r = req as express.Request & { [TOKEN_HASH]?: [string, string] };
  const kept = r[TOKEN_HASH];
  if (kept && kept[0] === token) return kept[1];
  const hash = hashToken(token);
  r[TOKEN_HASH] = [token, hash];
  return hash;
}
const TOKEN_HASH = Symbol("tokenHash");

export async function createApp(options: AppOptions): Promise<App> {
  const queue = options.queue ?? inProcessQueue();
  const services = createServices(options.ds, options.engine, options.limits, options.runner, queue);
  const workers = options.workers ?? 1;
  if (workers > 0) {
    await queue.work((itemId) => services.batches.process(itemId), workers);
    if (queue.kind === "in-process") await services.batches.resumePending();
  }
  const contextFor = (viewer: Viewer = LOCAL_VIEWER): Context => ({ ds: options.ds, engine: options.engine, services, viewer });
  /**
   * The viewer of a request. An unknown, revoked or expired token makes the viewer anonymous with
   * badToken set (public queries, signIn and joinWorkshop still work; anything that needs a token says
   * the token is wrong), and counts as a failed attempt of the address; past the limit the address waits.
   */
  const requestContext = async (req: express.Request): Promise<Context> => {
    const address = addressOf(req);
    if (options.viewerFor) return { ...contextFor(await options.viewerFor(req)), address };
    const token = bearer(req);
    if (!token) return { ...contextFor(ANONYMOUS), address };
    const wait = services.throttles.badTokens.blockedFor(address);
    if (wait) throw rateLimited(wait);
    const viewer = await services.auth.authenticate(token, bearerHash(req, token));
    if (viewer) return { ...contextFor(viewer), address };
    services.throttles.badTokens.hit(address);
    return { ...contextFor(ANONYMOUS), address, badToken: true };
  };
  // Hostile queries: depth, aliases, cost, tokens and directives are limited; field suggestions are blocked.
  const armor = new ApolloArmor({
    maxDepth: { n: options.limits.maxDepth },
    maxAliases: { n: options.limits.maxAliases },
    // Cost is computed by costPlugin with the request's variables; armor's rule saw only literals.
    costLimit: { enabled: false },
    // Tokens are limited by the parser itself (parseOptions below), which fails as a 400 with a code;
    // armor's token plugin throws from a hook and made the answer a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: true },
  });
  const protection = armor.protect();
  const apollo = new ApolloServer<Context>({
    schema: await genderscanSchema(),
    ...protection,
    parseOptions: { maxTokens: MAX_TOKENS },
    // graphql-armor's plugin types come from Apollo's CJS build; the plugins are the same objects.
    plugins: [...(protection.plugins as unknown as ApolloServerPlugin<Context>[]), costPlugin(options.limits.maxCost), ApolloServerPluginLandingPageDisabled(),
      // The schema has no cache hints, so Apollo's cache-control plugin only ever answered `no-store` (set below for
      // every /graphql answer), yet its per-field hook made Apollo wrap every resolver of the schema.
      ApolloServerPluginCacheControlDisabled(), ...(options.httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer })] : [])],
    validationRules: [...protection.validationRules],
    formatError,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
  });
  await apollo.start();

  const app = express();
  app.disable("x-powered-by");
  // No ETag on answers made by res.send/json: a GraphQL answer is a POST marked no-store, so the hash of every answer
  // body (sha1) was work no client could use. Static files keep theirs (express.static has its own).
  app.set("etag", false);
  app.use(securityHeaders());
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok", engine: options.engine.version });
  });
  // The web workbench (built by `npm run build` into client/web/dist).
  const web = join(PACKAGE_ROOT, "client/web/dist");
  if (existsSync(join(web, "index.html"))) app.use(express.static(web, { index: "index.html", maxAge: "1h" }));
  else app.get("/", (_req, res) => void res.type("text/plain").send("genderscan: the web workbench is not built; run `npm run build`. GraphQL: /graphql"));
  const tooMany = (req: express.Request, res: express.Response) => {
    res.status(429).json({
      errors: [{ message: localise("Te veel verzoeken; probeer het zo opnieuw. / Too many requests; try again shortly.", requestLanguage(req)), extensions: { code: "RATE_LIMITED" } }],
    });
  };
  // First per address, before the token is looked at: a fresh fake token on every request must not
  // get a fresh budget. The address limit is higher, since a workshop room shares one address.
  const addressLimiter = rateLimit({
    windowMs: 60_000,
    limit: options.limits.ratePerAddressPerMinute,
    standardHeaders: false,
    legacyHeaders: false,
    keyGenerator: (req) => `ip:${addressOf(req)}`,
    handler: tooMany,
  });
  // Then per token (hashed; per address without one).
  const limiter = rateLimit({
    windowMs: 60_000,
    limit: options.limits.ratePerMinute,
    standardHeaders: "draft-7",
    legacyHeaders: false,
    keyGenerator: (req) => {
      const token = bearer(req);
      return token ? `t:${bearerHash(req, token)}` : `ip:${addressOf(req)}`;
    },
    handler: tooMany,
  });
  const maxBody = Math.ceil(options.limits.maxUploadBytes * 1.5);
  app.use(
    "/graphql",
    addressLimiter,
    limiter,
    refuseOversized(maxBody),
    cors(),
    express.json({ limit: maxBody }),
    graphqlUploadExpress({ maxFileSize: options.limits.maxUploadBytes + 1, maxFiles: 1 }),
    // After the body is read (stream callbacks would lose it), so resolvers and formatError see it.
    languageMiddleware(),
    // Answers hold private data: never stored by a cache (Apollo's cache-control plugin said so before it was disabled).
    noStore,
    expressMiddleware(apollo as unknown as ApolloServer<BaseContext>, {
      context: ({ req }) => requestContext(req),
    }) as express.RequestHandler,
  );
  // Oversized JSON bodies and other body errors get a GraphQL-shaped answer with a code. The rest of
  // the body is read (for at most 10 s) before answering, so the client sees the answer, not a reset.
  app.use((err: { type?: string; status?: number; message?: string }, req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!err) return next();
    const tooLarge = err.type === "entity.too.large" || err.status === 413;
    answerAfterBody(req, res, 10_000, tooLarge ? 413 : (err.status ?? 400), {
      message: tooLarge ? "Het verzoek is te groot. / The request is too large." : "Ongeldig verzoek. / Bad request.",
      extensions: { code: tooLarge ? "DOCUMENT_TOO_LARGE" : "BAD_REQUEST" },
    });
  });
  return { app, apollo, services, queue, contextFor };
}
