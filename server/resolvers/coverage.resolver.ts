import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { CoverageCheck } from "../graphql/coverage.type.js";
import { Lang } from "../graphql/enums.js";

/** A coverage check's readable title, from its rule's meta: what a council member reads instead of the id. */
@Resolver(() => CoverageCheck)
export class CoverageResolver {
  @FieldResolver(() => String, { description: "The check's title in the requested language (the id when the rule is no longer known)" })
  title(@Root() c: CoverageCheck, @Ctx() ctx: Context, @Arg("lang", () => Lang, { defaultValue: Lang.NL }) lang: Lang): string {
    return ctx.services.catalog.ruleTitle(c.check, lang) ?? c.check;
  }
}
