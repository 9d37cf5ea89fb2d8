import { GraphQLJSONObject } from "graphql-scalars";
import { Field, Float, ObjectType } from "type-graphql";
import { RuleKind, SectionRole, Severity } from "./enums.js";
import { SourceRef } from "./finding.type.js";

@ObjectType()
export class RuleExample {
  @Field(() => String, { description: "Dutch text; [[…]] marks the expected span" }) text: string;
  @Field(() => String, { description: "match, none, missing, present, partial or not-applicable" }) expect: string;
  @Field(() => String, { nullable: true }) note?: string;
}

@ObjectType()
export class Remedy {
  @Field(() => String) id: string;
  @Field(() => String) title: string;
  @Field(() => String, { description: "What to add" }) action: string;
  @Field(() => String, { description: "Where in the document" }) where: string;
  @Field(() => String, { description: "An example formulation" }) example: string;
  @Field(() => [String]) goodPractice: string[];
  @Field(() => [SourceRef]) sources: SourceRef[];
}

@ObjectType()
export class Rule {
  @Field(() => String) id: string;
  @Field(() => String) module: string;
  @Field(() => String) title: string;
  @Field(() => String) description: string;
  @Field(() => RuleKind) kind: RuleKind;
  @Field(() => String) scope: string;
  @Field(() => Severity) severity: Severity;
  @Field(() => Float) score: number;
  @Field(() => [SectionRole]) roles: SectionRole[];
  @Field(() => [String]) articles: string[];
  @Field(() => [String]) tags: string[];
  @Field(() => Boolean) enabled: boolean;
  @Field(() => GraphQLJSONObject) options: Record<string, unknown>;
  @Field(() => [Remedy]) remedies: Remedy[];
  @Field(() => [SourceRef]) sources: SourceRef[];
  @Field(() => [RuleExample]) examples: RuleExample[];
}

@ObjectType()
export class RuleModuleInfo {
  @Field(() => String) id: string;
  @Field(() => String) name: string;
  @Field(() => String) version: string;
  @Field(() => String) description: string;
  @Field(() => String) language: string;
  @Field(() => Float) weight: number;
  @Field(() => [SourceRef]) sources: SourceRef[];
  @Field(() => [String]) presets: string[];
  @Field(() => [Rule]) rules: Rule[];
}
