import { Field, Float, ID, Int, ObjectType } from "type-graphql";
import { Severity } from "./enums.js";
import { ConnectionType } from "./connection.js";

@ObjectType({ description: "Position in the original text: line and column 1-based, offset 0-based" })
export class Location {
  @Field(() => Int) line: number;
  @Field(() => Int) column: number;
  @Field(() => Int) endLine: number;
  @Field(() => Int) endColumn: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) length: number;
}

@ObjectType({ description: "Provenance: a corpus source and a locator in it (lines, article, item)" })
export class SourceRef {
  @Field(() => String) source: string;
  @Field(() => String) locator: string;
}

@ObjectType()
export class Suppression {
  @Field(() => String, { description: "inline (comment in the document), stored (suppressFinding) or profile" })
  kind: string;
  @Field(() => String) justification: string;
  @Field(() => String, { nullable: true }) by?: string;
  @Field(() => String, { nullable: true }) at?: string;
}

@ObjectType({ description: "A remedy in parts, in the language of the scan" })
export class RemedyText {
  @Field(() => String, { description: "Corpus remedy id" }) id: string;
  @Field(() => String, { description: "What to do, in one line" }) title: string;
  @Field(() => String, { description: "What to do, in full" }) action: string;
  @Field(() => String, { description: "Where in the document" }) where: string;
  @Field(() => String, { description: "An example wording, without quotation marks" }) example: string;
}

@ObjectType()
export class Finding {
  @Field(() => ID, { description: "Stored finding id (use it for suppressFinding); the engine id for scanText" })
  id: string;
  @Field(() => String) ruleId: string;
  @Field(() => String) module: string;
  @Field(() => Severity) severity: Severity;
  @Field(() => Float) score: number;
  @Field(() => String) message: string;
  @Field(() => String, { description: "The remedies as one text (see remedies for the parts)" }) remedy: string;
  @Field(() => [RemedyText], { description: "The remedies in parts (empty for findings stored before they were kept)" }) remedies: RemedyText[];
  @Field(() => String) quote: string;
  @Field(() => Location, { nullable: true }) location: Location | null;
  @Field(() => [SourceRef]) sources: SourceRef[];
  @Field(() => String) fingerprint: string;
  @Field(() => Boolean) suppressed: boolean;
  @Field(() => Suppression, { nullable: true }) suppression?: Suppression | null;
  @Field(() => String, { nullable: true, description: "Replacement text offered for the span" }) fix?: string | null;
}

export const FindingConnection = ConnectionType(Finding, "Finding");
