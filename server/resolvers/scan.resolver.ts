import { GraphQLJSONObject } from "graphql-scalars";
import { Authorized, Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { guarded } from "../errors.js";
import { connectionOf, decodeCursor, PageArgs } from "../graphql/connection.js";
import { CoverageCheck } from "../graphql/coverage.type.js";
import { Document, DocumentVersion } from "../graphql/document.type.js";
import { CoverageStatus, FindingStatus, Lang, ReportFormat, Severity, TextFormat } from "../graphql/enums.js";
import { FindingConnection } from "../graphql/finding.type.js";
import { ScanResult } from "../graphql/result.type.js";
import { Scan, ScanComparison } from "../graphql/scan.type.js";
import { toCoverage, toDocument, toFindingFromEntity, toScan, toScanResult, toVersion } from "../services/mappers.js";

const FRAGMENT_ARG =
  "true: the text is part of a document (checks it does not meet are NOT_ASSESSED); false: a whole document; omitted: decided from the text (at most 40 sentences and no motion or council proposal: a fragment)";

@Authorized()
@Resolver(() => Scan)
export class ScanResolver {
  @Mutation(() => Scan, { description: "Scans a stored document version (the latest by default) and stores the scan" })
  async scanDocument(
    @Arg("documentId", () => ID) documentId: string,
    @Ctx() ctx: Context,
    @Arg("versionId", () => ID, { nullable: true }) versionId?: string,
    @Arg("profileId", () => ID, { nullable: true }) profileId?: string,
    @Arg("lang", () => Lang, { defaultValue: Lang.NL }) lang?: Lang,
    @Arg("fragment", () => Boolean, { nullable: true, description: FRAGMENT_ARG }) fragment?: boolean | null,
  ) {
    return guarded(async () => toScan(await ctx.services.scans.scanDocument(ctx.viewer, documentId, { versionId, profileId, lang, fragment: fragment ?? "auto" })));
  }

  @Query(() => ScanResult, { description: "Scans text without storing it" })
  async scanText(
    @Arg("text", () => String) text: string,
    @Ctx() ctx: Context,
    @Arg("format", () => TextFormat, { nullable: true }) format?: TextFormat,
    @Arg("profileId", () => ID, { nullable: true }) profileId?: string,
    @Arg("lang", () => Lang, { defaultValue: Lang.NL }) lang?: Lang,
    @Arg("title", () => String, { nullable: true }) title?: string,
    @Arg("fragment", () => Boolean, { nullable: true, description: FRAGMENT_ARG }) fragment?: boolean | null,
  ) {
    return guarded(async () => {
      return toScanResult(await ctx.services.scans.scanText(ctx.viewer, text, { format, profileId, lang, title, fragment: fragment ?? "auto" }));
    });
  }

  @Query(() => Scan)
  async scan(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return toScan(await ctx.services.scans.get(ctx.viewer, id));
  }

  @Query(() => ScanComparison, { description: "New, fixed and unchanged findings (by fingerprint) and changed coverage between two scans" })
  async compareScans(@Arg("baseId", () => ID) baseId: string, @Arg("headId", () => ID) headId: string, @Ctx() ctx: Context) {
    const c = await ctx.services.scans.compare(ctx.viewer, baseId, headId);
    return {
      base: toScan(c.base),
      head: toScan(c.head),
      new: c.new.map(toFindingFromEntity),
      fixed: c.fixed.map(toFindingFromEntity),
      unchanged: c.unchanged.map(toFindingFromEntity),
      coverageChanges: c.coverageChanges,
      scoreDelta: c.head.score - c.base.score,
    };
  }

  @FieldResolver(() => [CoverageCheck])
  async coverage(
    @Root() scan: Scan,
    @Ctx() ctx: Context,
    @Arg("module", () => String, { nullable: true }) module?: string,
    @Arg("status", () => CoverageStatus, { nullable: true }) status?: CoverageStatus,
  ) {
    const entity = await ctx.services.scans.get(ctx.viewer, scan.id);
    return entity.coverage.filter((c) => (!module || c.module === module) && (!status || c.status === status)).map(toCoverage);
  }

  @FieldResolver(() => FindingConnection)
  async findings(
    @Root() scan: Scan,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("module", () => String, { nullable: true }) module?: string,
    @Arg("severity", () => Severity, { nullable: true }) severity?: Severity,
    @Arg("status", () => FindingStatus, { nullable: true }) status?: FindingStatus,
    @Arg("ruleId", () => String, { nullable: true }) ruleId?: string,
  ) {
    await ctx.services.scans.get(ctx.viewer, scan.id);
    const offset = decodeCursor(page.after);
    const [rows, total] = await ctx.services.scans.findings(scan.id, { module, severity, status, ruleId }, offset, page.first);
    return connectionOf(rows.map(toFindingFromEntity), offset, total);
  }

  @FieldResolver(() => GraphQLJSONObject, { description: "The scan as SARIF 2.1.0" })
  async sarif(@Root() scan: Scan, @Ctx() ctx: Context, @Arg("lang", () => Lang, { nullable: true }) lang?: Lang) {
    const entity = await ctx.services.scans.get(ctx.viewer, scan.id);
    return ctx.services.scans.sarif(entity, lang ?? (entity.lang as Lang));
  }

  @FieldResolver(() => String, { description: "A readable report (Markdown or printable HTML)" })
  async report(
    @Root() scan: Scan,
    @Arg("format", () => ReportFormat) format: ReportFormat,
    @Ctx() ctx: Context,
    @Arg("lang", () => Lang, { nullable: true }) lang?: Lang,
  ) {
    const entity = await ctx.services.scans.get(ctx.viewer, scan.id);
    return ctx.services.scans.report(entity, format, lang ?? (entity.lang as Lang));
  }

  @FieldResolver(() => String, { description: "A draft council motion from the missing checks (structure of the model motion in seed 002)" })
  async motion(@Root() scan: Scan, @Ctx() ctx: Context, @Arg("lang", () => Lang, { nullable: true }) lang?: Lang) {
    const entity = await ctx.services.scans.get(ctx.viewer, scan.id);
    const doc = await ctx.services.documents.get(ctx.viewer, entity.documentId);
    return ctx.services.scans.motion(entity, lang ?? (entity.lang as Lang), doc.municipality);
  }

  @FieldResolver(() => DocumentVersion)
  async version(@Root() scan: Scan, @Ctx() ctx: Context) {
    return toVersion(await ctx.services.documents.version(ctx.viewer, scan.versionId));
  }

  @FieldResolver(() => Document, { name: "sourceDocument", description: "The stored document this scan belongs to" })
  async sourceDocument(@Root() scan: Scan, @Ctx() ctx: Context) {
    return toDocument(await ctx.services.documents.get(ctx.viewer, scan.documentId));
  }
}
