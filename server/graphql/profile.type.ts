import { GraphQLDateTimeISO, GraphQLJSONObject } from "graphql-scalars";
import { ArrayMaxSize, IsOptional, Length, MaxLength } from "class-validator";
import { Field, ID, InputType, ObjectType } from "type-graphql";
import { ConnectionType } from "./connection.js";
import { Severity } from "./enums.js";

@ObjectType()
export class RuleSettingType {
  @Field(() => String) ruleId: string;
  @Field(() => Boolean) enabled: boolean;
  @Field(() => Severity, { nullable: true }) severity?: Severity;
  @Field(() => GraphQLJSONObject, { nullable: true }) options?: Record<string, unknown>;
}

@ObjectType()
export class ModuleToggle {
  @Field(() => String) module: string;
  @Field(() => Boolean) enabled: boolean;
}

@ObjectType({ description: "Which rules run, at which severity, with which options" })
export class Profile {
  @Field(() => ID) id: string;
  @Field(() => String) name: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) preset: string | null;
  @Field(() => [ModuleToggle]) modules: ModuleToggle[];
  @Field(() => [RuleSettingType]) rules: RuleSettingType[];
  @Field(() => GraphQLDateTimeISO) createdAt: Date;
  @Field(() => GraphQLDateTimeISO) updatedAt: Date;
}

export const ProfileConnection = ConnectionType(Profile, "Profile");

@InputType()
export class RuleSettingInput {
  @Field(() => String) @MaxLength(120) ruleId: string;
  @Field(() => Boolean, { defaultValue: true }) enabled: boolean;
  @Field(() => Severity, { nullable: true }) severity?: Severity;
  @Field(() => GraphQLJSONObject, { nullable: true }) options?: Record<string, unknown>;
}

@InputType()
export class ModuleToggleInput {
  @Field(() => String) @MaxLength(60) module: string;
  @Field(() => Boolean) enabled: boolean;
}

@InputType()
export class ProfileInput {
  @Field(() => String) @Length(1, 120) name: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(2000) description?: string;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(60) preset?: string;
  @Field(() => [ModuleToggleInput], { defaultValue: [] }) @ArrayMaxSize(50) modules: ModuleToggleInput[];
  @Field(() => [RuleSettingInput], { defaultValue: [] }) @ArrayMaxSize(500) rules: RuleSettingInput[];
}
