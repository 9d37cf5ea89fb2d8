import { Authorized, Arg, Ctx, ID, Mutation, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { Finding } from "../graphql/finding.type.js";
import { toFindingFromEntity } from "../services/mappers.js";

@Authorized()
@Resolver()
export class SuppressionResolver {
  @Mutation(() => Finding, { description: "Suppresses a finding with a justification; later scans of the document report it as suppressed" })
  async suppressFinding(@Arg("findingId", () => ID) findingId: string, @Arg("justification", () => String) justification: string, @Ctx() ctx: Context) {
    const { finding } = await ctx.services.suppressions.suppress(ctx.viewer, findingId, justification);
    return toFindingFromEntity(finding);
  }

  @Mutation(() => Finding, { description: "Lifts a suppression (the record is kept, marked revoked)" })
  async unsuppressFinding(@Arg("findingId", () => ID) findingId: string, @Ctx() ctx: Context) {
    return toFindingFromEntity(await ctx.services.suppressions.unsuppress(ctx.viewer, findingId));
  }
}
