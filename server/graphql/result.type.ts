import { Field, Float, Int, ObjectType } from "type-graphql";
import { CoverageCheck } from "./coverage.type.js";
import { DocumentKind, SectionRole } from "./enums.js";
import { Finding } from "./finding.type.js";

export const FAILED_RULES =
  "Rules that failed during the scan (their checks are missing); the result is then not graded. Empty when every rule ran";

export const GRADED =
  "Does the grade say something about the document? False for an off-topic or non-Dutch text and for a fragment: show n.v.t. / not assessed instead of the grade";

@ObjectType()
export class EngineInfo {
  @Field(() => String) name: string;
  @Field(() => String) version: string;
}

@ObjectType()
export class Section {
  @Field(() => String) title: string;
  @Field(() => SectionRole) role: SectionRole;
  @Field(() => Int) line: number;
  @Field(() => Int) level: number;
}

@ObjectType()
export class DocumentInfo {
  @Field(() => String) title: string;
  @Field(() => DocumentKind) kind: DocumentKind;
  @Field(() => String) language: string;
  @Field(() => Boolean) onTopic: boolean;
  @Field(() => Boolean, { description: "Scanned as part of a document: checks it does not meet are NOT_ASSESSED, and no whole-document findings are made" })
  fragment: boolean;
  @Field(() => Int) characters: number;
  @Field(() => [Section]) sections: Section[];
}

@ObjectType()
export class ModuleScore {
  @Field(() => String) id: string;
  @Field(() => String) name: string;
  @Field(() => Float) score: number;
  @Field(() => String) grade: string;
  @Field(() => Boolean) applicable: boolean;
}

@ObjectType({ description: "An unstored scan result (PRODUCT.md §5 shape)" })
export class ScanResult {
  @Field(() => EngineInfo) engine: EngineInfo;
  @Field(() => DocumentInfo) document: DocumentInfo;
  @Field(() => Float) score: number;
  @Field(() => String) grade: string;
  @Field(() => Boolean, { description: GRADED })
  graded: boolean;
  @Field(() => [String], { description: FAILED_RULES })
  failedRules: string[];
  @Field(() => [ModuleScore]) modules: ModuleScore[];
  @Field(() => [CoverageCheck]) coverage: CoverageCheck[];
  @Field(() => [Finding]) findings: Finding[];
}
