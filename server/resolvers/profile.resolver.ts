import { Authorized, Arg, Args, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { connectionOf, decodeCursor, PageArgs } from "../graphql/connection.js";
import { Profile, ProfileConnection, ProfileInput } from "../graphql/profile.type.js";
import { toProfile } from "../services/mappers.js";

@Authorized()
@Resolver(() => Profile)
export class ProfileResolver {
  @Query(() => ProfileConnection)
  async profiles(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const offset = decodeCursor(page.after);
    const [rows, total] = await ctx.services.profiles.list(ctx.viewer, offset, page.first);
    return connectionOf(rows.map(toProfile), offset, total);
  }

  @Query(() => Profile)
  async profile(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return toProfile(await ctx.services.profiles.get(ctx.viewer, id));
  }

  @Mutation(() => Profile)
  async createProfile(@Arg("input", () => ProfileInput) input: ProfileInput, @Ctx() ctx: Context) {
    return toProfile(await ctx.services.profiles.create(ctx.viewer, input));
  }

  @Mutation(() => Profile)
  async updateProfile(@Arg("id", () => ID) id: string, @Arg("input", () => ProfileInput) input: ProfileInput, @Ctx() ctx: Context) {
    return toProfile(await ctx.services.profiles.update(ctx.viewer, id, input));
  }

  @Mutation(() => Boolean)
  deleteProfile(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.profiles.delete(ctx.viewer, id);
  }
}
