import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import type { BatchEntity } from "../entities/batch.entity.js";
import { guarded } from "../errors.js";
import { Batch, BatchItem } from "../graphql/batch.type.js";
import { Lang } from "../graphql/enums.js";

const toBatch = (b: BatchEntity): Batch => ({ id: b.id, status: b.status, total: b.total, done: b.done, failed: b.failed, createdAt: b.createdAt, updatedAt: b.updatedAt });

@Authorized()
@Resolver(() => Batch)
export class BatchResolver {
  @Mutation(() => Batch, { description: "Scans many stored documents as background jobs; follow the progress with batch(id)" })
  async startBatchScan(
    @Arg("documentIds", () => [ID]) documentIds: string[],
    @Ctx() ctx: Context,
    @Arg("profileId", () => ID, { nullable: true }) profileId?: string,
    @Arg("lang", () => Lang, { defaultValue: Lang.NL }) lang?: Lang,
  ) {
    return guarded(async () => toBatch(await ctx.services.batches.start(ctx.viewer, documentIds, { profileId, lang })));
  }

  @Query(() => Batch)
  async batch(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return toBatch(await ctx.services.batches.get(ctx.viewer, id));
  }

  @FieldResolver(() => [BatchItem])
  async items(@Root() b: Batch, @Ctx() ctx: Context) {
    await ctx.services.batches.get(ctx.viewer, b.id);
    return (await ctx.services.batches.items(b.id)).map((i) => ({ documentId: i.documentId, status: i.status, scanId: i.scanId, error: i.error, attempts: i.attempts }));
  }
}
