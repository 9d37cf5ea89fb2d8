import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";
import { CatalogResolver } from "./resolvers/catalog.resolver.js";
import { DocumentResolver, DocumentVersionResolver } from "./resolvers/document.resolver.js";
import { ProfileResolver } from "./resolvers/profile.resolver.js";
import { ScanResolver } from "./resolvers/scan.resolver.js";
import { SuppressionResolver } from "./resolvers/suppression.resolver.js";

export const RESOLVERS = [DocumentResolver, DocumentVersionResolver, ScanResolver, CatalogResolver, ProfileResolver, SuppressionResolver] as const;

let schema: Promise<GraphQLSchema> | null = null;

/** The GraphQL schema (built once per process). Arguments are validated with class-validator. */
export function genderscanSchema(): Promise<GraphQLSchema> {
  schema ??= buildSchema({
    resolvers: [...RESOLVERS],
    validate: { forbidUnknownValues: false },
  });
  return schema;
}
