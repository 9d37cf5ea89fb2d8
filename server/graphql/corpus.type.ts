import { Field, Float, Int, ObjectType } from "type-graphql";
import { CorpusItemKind } from "./enums.js";
import { SourceRef } from "./finding.type.js";

@ObjectType({ description: "An addressable passage of a source (a Convention article, a GREVIO finding)" })
export class Passage {
  @Field(() => String) id: string;
  @Field(() => String) locator: string;
  @Field(() => String) title: string;
  @Field(() => String) summary: string;
  @Field(() => String, { nullable: true }) relevance?: string;
}

@ObjectType()
export class Source {
  @Field(() => String) id: string;
  @Field(() => String) title: string;
  @Field(() => String) issuer: string;
  @Field(() => Int) year: number;
  @Field(() => String) language: string;
  @Field(() => String) kind: string;
  @Field(() => String) locatorScheme: string;
  @Field(() => String) description: string;
  @Field(() => String, { nullable: true }) file?: string;
  @Field(() => String, { nullable: true }) sha256?: string;
  @Field(() => String, { nullable: true }) url?: string;
  @Field(() => [Passage]) passages: Passage[];
}

@ObjectType()
export class CorpusHit {
  @Field(() => CorpusItemKind) kind: CorpusItemKind;
  @Field(() => String) id: string;
  @Field(() => String) title: string;
  @Field(() => String, { description: "Matching terms or text" }) snippet: string;
  @Field(() => String, { nullable: true, description: "Lexicon of a concept" }) lexicon?: string;
  @Field(() => [String], { description: "Checks or rules a remedy belongs to" }) for: string[];
  @Field(() => Float) score: number;
  @Field(() => [SourceRef]) sources: SourceRef[];
}
