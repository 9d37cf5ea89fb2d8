import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { CatalogResolver } from "./resolvers/catalog.resolver.js";
import { CoverageChangeResolver, CoverageResolver, CoverageTallyResolver } from "./resolvers/coverage.resolver.js";
import { DocumentResolver, DocumentVersionResolver } from "./resolvers/document.resolver.js";
import { ProfileResolver } from "./resolvers/profile.resolver.js";
import { ScanResolver } from "./resolvers/scan.resolver.js";
import { SuppressionResolver } from "./resolvers/suppression.resolver.js";
import { AccountResolver, WorkshopResolver } from "./resolvers/account.resolver.js";
import { BatchResolver } from "./resolvers/batch.resolver.js";
import { GraphQLError } from "graphql";
import type { AuthChecker } from "type-graphql";
import type { Context } from "./context.js";

export const RESOLVERS = [
  DocumentResolver,
  DocumentVersionResolver,
  ScanResolver,
  CatalogResolver,
  CoverageResolver,
  CoverageChangeResolver,
  CoverageTallyResolver,
  ProfileResolver,
  SuppressionResolver,
  AccountResolver,
  WorkshopResolver,
  BatchResolver,
] as const;

/** @Authorized(): a valid token; with roles, one of them. Ownership is checked in the services. */
export const authChecker: AuthChecker<Context> = ({ context }, roles) => {
  if (context.viewer.role === "anonymous" && context.badToken) {
    throw new GraphQLError("Het token is onjuist, verlopen of ingetrokken; meld u opnieuw aan of maak een nieuw token. / The token is wrong, expired or revoked; sign in again or create a new token.", {
      extensions: { code: "UNAUTHENTICATED", reason: "BAD_TOKEN", http: { status: 401 } },
    });
  }
  if (context.viewer.role === "anonymous") {
    throw new GraphQLError("Aanmelden vereist: stuur een token als Authorization: Bearer. / Sign-in required: send a token as Authorization: Bearer.", {
      extensions: { code: "UNAUTHENTICATED" },
    });
  }
  return roles.length === 0 || roles.includes(context.viewer.role);
};

let schema: Promise<GraphQLSchema> | null = null;

/** The GraphQL schema (built once per process). Arguments are validated with class-validator. */
export function genderscanSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [...RESOLVERS],
    validate: { forbidUnknownValues: false },
    authChecker,
  });
  return schema;
}
