import { Arg, Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { CoverageTally } from "../graphql/account.type.js";
import { CoverageCheck } from "../graphql/coverage.type.js";
import { Lang } from "../graphql/enums.js";
import { CoverageChange } from "../graphql/scan.type.js";

// A coverage check's readable title, from its rule's meta: what a council member reads instead of the id.
// The same field on a check, on a change between two scans and on a workshop's tally.

function title(ctx: Context, check: string, lang: Lang): string {
  return ctx.services.catalog.ruleTitle(check, lang) ?? check;
}

const DESCRIPTION = "The check's title in the requested language (the id when the rule is no longer known)";

@Resolver(() => CoverageCheck)
export class CoverageResolver {
  @FieldResolver(() => String, { description: DESCRIPTION })
  title(@Root() c: CoverageCheck, @Ctx() ctx: Context, @Arg("lang", () => Lang, { defaultValue: Lang.NL }) lang: Lang): string {
    return title(ctx, c.check, lang);
  }
}

@Resolver(() => CoverageChange)
export class CoverageChangeResolver {
  @FieldResolver(() => String, { description: DESCRIPTION })
  title(@Root() c: CoverageChange, @Ctx() ctx: Context, @Arg("lang", () => Lang, { defaultValue: Lang.NL }) lang: Lang): string {
    return title(ctx, c.check, lang);
  }
}

@Resolver(() => CoverageTally)
export class CoverageTallyResolver {
  @FieldResolver(() => String, { description: DESCRIPTION })
  title(@Root() c: CoverageTally, @Ctx() ctx: Context, @Arg("lang", () => Lang, { defaultValue: Lang.NL }) lang: Lang): string {
    return title(ctx, c.check, lang);
  }
}
