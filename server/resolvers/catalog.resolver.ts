import { Arg, Ctx, Int, Query, Resolver } from "type-graphql";
import type { Context } from "../context.js";
import { notFound } from "../errors.js";
import { CorpusHit, Source } from "../graphql/corpus.type.js";
import { Lang, Severity } from "../graphql/enums.js";
import { Rule, RuleModuleInfo } from "../graphql/rule.type.js";
import { badInput } from "../errors.js";

@Resolver()
export class CatalogResolver {
  @Query(() => [RuleModuleInfo])
  ruleModules(@Ctx() ctx: Context, @Arg("lang", () => Lang, { defaultValue: Lang.NL }) lang: Lang) {
    return ctx.services.catalog.modules(lang);
  }

  @Query(() => [Rule])
  rules(
    @Ctx() ctx: Context,
    @Arg("module", () => String, { nullable: true }) module?: string,
    @Arg("severity", () => Severity, { nullable: true }) severity?: Severity,
    @Arg("lang", () => Lang, { defaultValue: Lang.NL }) lang?: Lang,
  ) {
    return ctx.services.catalog.rules(lang ?? Lang.NL, { module, severity });
  }

  @Query(() => Rule, { description: "One rule with its examples, remedies and sources" })
  rule(@Arg("id", () => String) id: string, @Ctx() ctx: Context, @Arg("lang", () => Lang, { defaultValue: Lang.NL }) lang: Lang) {
    const rule = ctx.services.catalog.ruleById(id, lang);
    if (!rule) throw notFound("Regel", id);
    return rule;
  }

  @Query(() => [Source])
  sources(@Ctx() ctx: Context, @Arg("lang", () => Lang, { defaultValue: Lang.NL }) lang: Lang) {
    return ctx.services.catalog.sources(lang);
  }

  @Query(() => [CorpusHit], { description: "Searches the lexicons and remedies" })
  corpusSearch(
    @Arg("query", () => String) query: string,
    @Ctx() ctx: Context,
    @Arg("first", () => Int, { defaultValue: 20 }) first: number,
    @Arg("lang", () => Lang, { defaultValue: Lang.NL }) lang: Lang,
  ) {
    if (query.length > 200) throw badInput("De zoekvraag is te lang. / The query is too long.", "query");
    if (first < 1 || first > 100) throw badInput("first moet tussen 1 en 100 liggen. / first must be between 1 and 100.", "first");
    return ctx.services.catalog.search(query, lang, first);
  }
}
