import { Field, Int, ObjectType } from "type-graphql";
import { CoverageStatus, SectionRole } from "./enums.js";

@ObjectType()
export class Evidence {
  @Field(() => Int) line: number;
  @Field(() => String) quote: string;
  @Field(() => SectionRole, { nullable: true }) role?: SectionRole;
}

@ObjectType({ description: "Status of a check within one section role" })
export class RoleStatus {
  @Field(() => SectionRole) role: SectionRole;
  @Field(() => CoverageStatus) status: CoverageStatus;
}

@ObjectType()
export class CoverageCheck {
  @Field(() => String) check: string;
  @Field(() => String) module: string;
  @Field(() => CoverageStatus) status: CoverageStatus;
  @Field(() => [Evidence]) evidence: Evidence[];
  @Field(() => [RoleStatus]) roles: RoleStatus[];
}
