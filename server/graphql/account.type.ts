import { GraphQLDateTimeISO, GraphQLJSONObject } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { ConnectionType } from "./connection.js";

@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String) displayName: string;
  @Field(() => String, { description: "admin, trainer, member or participant" }) role: string;
  @Field(() => ID, { nullable: true }) workshopId: string | null;
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
  @Field(() => String, { nullable: true }) disabledAt: string | null;
}

export const UserConnection = ConnectionType(User, "User");

@ObjectType({ description: "An API token (the secret itself is shown only once)" })
export class ApiToken {
  @Field(() => ID) id: string;
  @Field(() => String) kind: string;
  @Field(() => String, { nullable: true }) label: string | null;
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
  @Field(() => String, { nullable: true }) expiresAt: string | null;
  @Field(() => String, { nullable: true }) revokedAt: string | null;
  @Field(() => String, { nullable: true }) lastUsedAt: string | null;
}

@ObjectType()
export class AuthPayload {
  @Field(() => String, { description: "Send as Authorization: Bearer <token>; shown only now" }) token: string;
  @Field(() => User) user: User;
}

@ObjectType()
export class RuleCount {
  @Field(() => String) ruleId: string;
  @Field(() => String) title: string;
  @Field(() => Int) count: number;
  @Field(() => Int, { description: "Number of documents with this finding" }) documents: number;
}

@ObjectType()
export class CoverageTally {
  @Field(() => String) check: string;
  @Field(() => String) module: string;
  @Field(() => Int) present: number;
  @Field(() => Int) partial: number;
  @Field(() => Int) missing: number;
  @Field(() => Int) notApplicable: number;
}

@ObjectType({ description: "The projector view: what the room's documents have in common" })
export class WorkshopAggregate {
  @Field(() => Int) documents: number;
  @Field(() => Int) scanned: number;
  @Field(() => Int) participants: number;
  @Field(() => [RuleCount]) topFindings: RuleCount[];
  @Field(() => [CoverageTally]) coverage: CoverageTally[];
}

@ObjectType()
export class Workshop {
  @Field(() => ID) id: string;
  @Field(() => String) title: string;
  @Field(() => String, { description: "Join code for participants" }) code: string;
  @Field(() => String) expiresAt: string;
  @Field(() => String, { nullable: true }) closedAt: string | null;
  @Field(() => Boolean) keepDocuments: boolean;
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
}

@ObjectType()
export class JoinPayload {
  @Field(() => String) token: string;
  @Field(() => User) user: User;
  @Field(() => String) workshopTitle: string;
}

@ObjectType()
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field(() => String) actorId: string;
  @Field(() => String) actorName: string;
  @Field(() => String) action: string;
  @Field(() => String) targetType: string;
  @Field(() => String) targetId: string;
  @Field(() => GraphQLJSONObject) details: Record<string, unknown>;
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
}

export const AuditConnection = ConnectionType(AuditEntry, "AuditEntry");
