import { GraphQLJSONObject } from "graphql-scalars";
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import type { UserEntity } from "../entities/user.entity.js";
import type { WorkshopEntity } from "../entities/workshop.entity.js";
import { connectionOf, decodeCursor, PageArgs } from "../graphql/connection.js";
import { ApiToken, AuditConnection, AuthPayload, JoinPayload, User, UserConnection, Workshop, WorkshopAggregate } from "../graphql/account.type.js";
import { Document } from "../graphql/document.type.js";
import { Lang } from "../graphql/enums.js";
import { toDocument } from "../services/mappers.js";
import { badInput, notFound, rateLimited } from "../errors.js";

const toUser = (u: UserEntity): User => ({ id: u.id, name: u.name, displayName: u.displayName, role: u.role, workshopId: u.workshopId, createdAt: u.createdAt, disabledAt: u.disabledAt });
const toWorkshop = (w: WorkshopEntity): Workshop => ({ id: w.id, title: w.title, code: w.code, expiresAt: w.expiresAt, closedAt: w.closedAt, keepDocuments: w.keepDocuments, createdAt: w.createdAt });

@Resolver()
export class AccountResolver {
  @Authorized()
  @Query(() => User, { description: "Who you are" })
  async me(@Ctx() ctx: Context) {
    const u = await ctx.services.auth.user(ctx.viewer.id);
    if (!u) throw notFound("Gebruiker", ctx.viewer.id);
    return toUser(u);
  }

  @Mutation(() => AuthPayload, { description: "Exchanges a single-use sign-in code (printed at first start) for an API token" })
  async signIn(@Arg("code", () => String) code: string, @Ctx() ctx: Context) {
    // Sign-in codes are long and random; failures are still limited per address so guessing stays hopeless.
    const failures = ctx.services.throttles.signInFailures;
    const address = ctx.address ?? "local";
    const wait = failures.blockedFor(address);
    if (wait) throw rateLimited(wait);
    try {
      const { token, user } = await ctx.services.auth.signIn(code);
      return { token, user: toUser(user) };
    } catch (e) {
      failures.hit(address);
      throw e;
    }
  }

  @Authorized()
  @Mutation(() => String, { description: "A new API token for yourself (shown only now)" })
  createToken(@Arg("label", () => String, { nullable: true }) label: string | undefined, @Ctx() ctx: Context) {
    if (ctx.viewer.role === "participant") throw badInput("Deelnemers krijgen hun token via de workshopcode. / Participants get their token through the workshop code.", "label");
    return ctx.services.auth.issue(ctx.viewer.id, "api", { label: label?.slice(0, 120) });
  }

  @Authorized()
  @Query(() => [ApiToken])
  async myTokens(@Ctx() ctx: Context) {
    return (await ctx.services.auth.tokens(ctx.viewer)).map(({ tokenHash: _h, user: _u, ...t }) => t);
  }

  @Authorized()
  @Mutation(() => Boolean)
  revokeToken(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.auth.revokeToken(ctx.viewer, id);
  }

  @Authorized("admin")
  @Query(() => UserConnection)
  async users(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const offset = decodeCursor(page.after);
    const [rows, total] = await ctx.services.auth.users(offset, page.first);
    return connectionOf(rows.map(toUser), offset, total);
  }

  @Authorized("admin")
  @Mutation(() => AuthPayload, { description: "Creates a user and their first API token" })
  async createUser(@Arg("name", () => String) name: string, @Arg("role", () => String) role: string, @Ctx() ctx: Context) {
    const user = await ctx.services.auth.createUser(ctx.viewer, name, role);
    return { token: await ctx.services.auth.issue(user.id, "api", { label: "created by admin" }), user: toUser(user) };
  }

  @Authorized("admin")
  @Mutation(() => User)
  async setUserRole(@Arg("userId", () => ID) userId: string, @Arg("role", () => String) role: string, @Ctx() ctx: Context) {
    return toUser(await ctx.services.auth.setRole(ctx.viewer, userId, role));
  }

  @Authorized("admin")
  @Mutation(() => User)
  async disableUser(@Arg("userId", () => ID) userId: string, @Ctx() ctx: Context) {
    return toUser(await ctx.services.auth.disableUser(ctx.viewer, userId));
  }

  @Authorized()
  @Query(() => AuditConnection, { description: "Admins: the whole audit log; others: their own entries" })
  async auditLog(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const offset = decodeCursor(page.after);
    const [rows, total] = await ctx.services.audit.list(ctx.viewer, offset, page.first);
    return connectionOf(rows, offset, total);
  }

  @Authorized()
  @Query(() => GraphQLJSONObject, { description: "All your data as JSON (documents, versions, scans, findings, suppressions, profiles)" })
  exportMyData(@Ctx() ctx: Context) {
    return ctx.services.data.export(ctx.viewer);
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Deletes a document with every version, scan, finding and suppression" })
  deleteDocument(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.data.deleteDocument(ctx.viewer, id);
  }
}

@Resolver(() => Workshop)
export class WorkshopResolver {
  @Authorized("trainer", "admin")
  @Mutation(() => Workshop, { description: "A workshop with a join code (default expiry: 24 hours)" })
  async createWorkshop(@Arg("title", () => String) title: string, @Ctx() ctx: Context, @Arg("expiresAt", () => String, { nullable: true }) expiresAt?: string) {
    return toWorkshop(await ctx.services.workshops.create(ctx.viewer, title, expiresAt));
  }

  @Authorized("trainer", "admin")
  @Query(() => [Workshop])
  async workshops(@Ctx() ctx: Context) {
    return (await ctx.services.workshops.list(ctx.viewer)).map(toWorkshop);
  }

  @Authorized()
  @Query(() => Workshop)
  async workshop(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return toWorkshop(await ctx.services.workshops.get(ctx.viewer, id));
  }

  @Mutation(() => JoinPayload, { description: "Participants join with the code and a display name; the token is scoped to the workshop" })
  async joinWorkshop(@Arg("code", () => String) code: string, @Arg("displayName", () => String) displayName: string, @Ctx() ctx: Context) {
    // Workshop codes are short (six letters), so guesses are limited per address, and joins per code.
    const { joinFailures, joinsPerCode } = ctx.services.throttles;
    const address = ctx.address ?? "local";
    const codeKey = code.trim().toUpperCase();
    const wait = Math.max(joinFailures.blockedFor(address), joinsPerCode.blockedFor(codeKey));
    if (wait) throw rateLimited(wait);
    joinsPerCode.hit(codeKey);
    try {
      const { token, user, workshop } = await ctx.services.workshops.join(code, displayName);
      return { token, user: toUser(user), workshopTitle: workshop.title };
    } catch (e) {
      joinFailures.hit(address);
      throw e;
    }
  }

  @Authorized()
  @Mutation(() => Workshop, { description: "Ends the participants' tokens; deletes the documents unless keepDocuments" })
  async closeWorkshop(@Arg("id", () => ID) id: string, @Ctx() ctx: Context, @Arg("keepDocuments", () => Boolean, { defaultValue: false }) keepDocuments: boolean) {
    return toWorkshop(await ctx.services.workshops.close(ctx.viewer, id, keepDocuments));
  }

  @FieldResolver(() => [User])
  async participants(@Root() w: Workshop, @Ctx() ctx: Context) {
    return (await ctx.services.workshops.participants(await ctx.services.workshops.get(ctx.viewer, w.id))).map(toUser);
  }

  @FieldResolver(() => [Document])
  async documents(@Root() w: Workshop, @Ctx() ctx: Context) {
    return (await ctx.services.workshops.documents(await ctx.services.workshops.get(ctx.viewer, w.id))).map(toDocument);
  }

  @FieldResolver(() => WorkshopAggregate)
  async aggregate(@Root() w: Workshop, @Ctx() ctx: Context, @Arg("lang", () => Lang, { defaultValue: Lang.NL }) lang: Lang) {
    const a = await ctx.services.workshops.aggregate(await ctx.services.workshops.get(ctx.viewer, w.id));
    return { ...a, topFindings: a.topFindings.map((f) => ({ ...f, title: ctx.services.workshops.ruleTitle(f.ruleId, lang) })) };
  }
}
