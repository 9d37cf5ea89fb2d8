import { GraphQLDateTimeISO, GraphQLJSONObject } from "graphql-scalars";
import { Field, Float, ID, ObjectType } from "type-graphql";
import { ConnectionType } from "./connection.js";
import { CoverageCheck } from "./coverage.type.js";
import { Finding } from "./finding.type.js";
import { DocumentInfo, EngineInfo, FAILED_RULES, GRADED, ModuleScore } from "./result.type.js";

@ObjectType({ description: "A stored scan of one document version" })
export class Scan {
  @Field(() => ID) id: string;
  @Field(() => ID) documentId: string;
  @Field(() => ID) versionId: string;
  @Field(() => ID, { nullable: true }) profileId: string | null;
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
  @Field(() => EngineInfo) engine: EngineInfo;
  @Field(() => String) lang: string;
  @Field(() => DocumentInfo) document: DocumentInfo;
  @Field(() => Float) score: number;
  @Field(() => String) grade: string;
  @Field(() => Boolean, { description: GRADED })
  graded: boolean;
  @Field(() => [String], { description: FAILED_RULES })
  failedRules: string[];
  @Field(() => [ModuleScore]) modules: ModuleScore[];
  @Field(() => GraphQLJSONObject, { description: "Milliseconds per phase (parse, match, rules, store, total)" })
  timings: Record<string, number>;
  @Field(() => Float) findingCount: number;
}

export const ScanConnection = ConnectionType(Scan, "Scan");

@ObjectType()
export class CoverageChange {
  @Field(() => String) check: string;
  @Field(() => String) module: string;
  @Field(() => String) before: string;
  @Field(() => String) after: string;
}

@ObjectType({ description: "What changed between two scans: findings by fingerprint, checks by status" })
export class ScanComparison {
  @Field(() => Scan) base: Scan;
  @Field(() => Scan) head: Scan;
  @Field(() => [Finding], { description: "In head, not in base" }) new: Finding[];
  @Field(() => [Finding], { description: "In base, not in head" }) fixed: Finding[];
  @Field(() => [Finding], { description: "In both (as in head)" }) unchanged: Finding[];
  @Field(() => [CoverageChange]) coverageChanges: CoverageChange[];
  @Field(() => Float) scoreDelta: number;
}

export { CoverageCheck, Finding };
