import { GraphQLDateTimeISO } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType()
export class BatchItem {
  @Field(() => ID) documentId: string;
  @Field(() => String, { description: "queued, running, done or failed" }) status: string;
  @Field(() => ID, { nullable: true }) scanId: string | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => Int) attempts: number;
}

@ObjectType({ description: "A batch scan: one job per document, with progress" })
export class Batch {
  @Field(() => ID) id: string;
  @Field(() => String, { description: "queued, running or done" }) status: string;
  @Field(() => Int) total: number;
  @Field(() => Int) done: number;
  @Field(() => Int) failed: number;
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt: Date;
}
