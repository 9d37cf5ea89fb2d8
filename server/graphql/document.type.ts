import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "./connection.js";
import { DocumentKind, TextFormat } from "./enums.js";

@ObjectType({ description: "A policy document; uploads with the same title and municipality are its versions" })
export class Document {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => String, { nullable: true }) municipality: string | null;
  @Field(() => DocumentKind) kind: DocumentKind;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt: Date;
}

@ObjectType()
export class DocumentVersion {
  @Field(() => ID) id: string;
  @Field(() => ID) documentId: string;
  @Field(() => Int) number: number;
  @Field(() => String, { nullable: true }) filename: string | null;
  @Field(() => String, { description: "markdown, text, docx, pdf or html" }) sourceFormat: string;
  @Field(() => TextFormat, { description: "How the engine reads originalText" }) textFormat: TextFormat;
  @Field(() => String, { description: "sha256 of the uploaded bytes" }) checksum: string;
  @Field(() => Int) byteLength: number;
  @Field(() => String, { description: "The text positions point into (extracted text for DOCX/PDF/HTML)" }) originalText: string;
  @Field(() => String) normalisedText: string;
  @Field(() => [String]) notes: string[];
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
}

export const DocumentConnection = ConnectionType(Document, "Document");
export const DocumentVersionConnection = ConnectionType(DocumentVersion, "DocumentVersion");
