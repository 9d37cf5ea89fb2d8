import { IsInt, IsOptional, Length, Max, MaxLength, Min } from "class-validator";
import { Field, InputType, Int } from "type-graphql";
import GraphQLUpload from "graphql-upload/GraphQLUpload.mjs";
import type { FileUpload } from "graphql-upload/processRequest.mjs";
import { DocumentKind, TextFormat } from "./enums.js";

@InputType({ description: "Text, or a file through the GraphQL multipart upload (Markdown, text, DOCX, PDF, HTML)" })
export class SubmitDocumentInput {
  @Field(() => String) @Length(1, 300) title: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(120) municipality?: string;
  @Field(() => DocumentKind, { nullable: true, description: "Guessed from the text when left out" }) kind?: DocumentKind;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1990) @Max(2100) year?: number;
  @Field(() => String, { nullable: true }) text?: string;
  @Field(() => TextFormat, { nullable: true, description: "For text: markdown or plain text (sniffed when left out)" }) format?: TextFormat;
  @Field(() => GraphQLUpload, { nullable: true }) file?: Promise<FileUpload>;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(255) filename?: string;
}

@InputType()
export class FindingFilter {
  @Field(() => String, { nullable: true }) module?: string;
  @Field(() => String, { nullable: true }) ruleId?: string;
}
