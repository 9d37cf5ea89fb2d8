import { Authorized, Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../context.js";
import { guarded } from "../errors.js";
import { connectionOf, decodeCursor, PageArgs } from "../graphql/connection.js";
import { Document, DocumentConnection, DocumentVersion, DocumentVersionConnection } from "../graphql/document.type.js";
import { DocumentKind } from "../graphql/enums.js";
import { SubmitDocumentInput } from "../graphql/inputs.js";
import { ScanConnection } from "../graphql/scan.type.js";
import { toDocument, toScan, toVersion } from "../services/mappers.js";
import { readUpload } from "./upload.js";

@Authorized()
@Resolver(() => Document)
export class DocumentResolver {
  @Query(() => DocumentConnection, { description: "Your documents, most recently changed first" })
  async documents(
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: Context,
    @Arg("kind", () => DocumentKind, { nullable: true }) kind?: DocumentKind,
    @Arg("municipality", () => String, { nullable: true }) municipality?: string,
    @Arg("search", () => String, { nullable: true }) search?: string,
  ) {
    const offset = decodeCursor(page.after);
    const [rows, total] = await ctx.services.documents.list(ctx.viewer, { kind, municipality, search }, offset, page.first);
    return connectionOf(rows.map(toDocument), offset, total);
  }

  @Query(() => Document)
  async document(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return toDocument(await ctx.services.documents.get(ctx.viewer, id));
  }

  @Mutation(() => DocumentVersion, { description: "Stores text or an uploaded file; the same title and municipality make a new version" })
  async submitDocument(@Arg("input", () => SubmitDocumentInput) input: SubmitDocumentInput, @Ctx() ctx: Context) {
    return guarded(async () => {
      const file = input.file ? await readUpload(input.file, ctx.services.limits.maxUploadBytes) : null;
      const version = await ctx.services.documents.submit(ctx.viewer, {
        title: input.title,
        municipality: input.municipality,
        kind: input.kind,
        year: input.year,
        text: input.text,
        format: input.format,
        file: file ? { bytes: file.bytes, filename: input.filename ?? file.filename, mimetype: file.mimetype } : null,
      });
      return toVersion(version);
    });
  }

  @FieldResolver(() => DocumentVersion, { nullable: true })
  async latestVersion(@Root() doc: Document, @Ctx() ctx: Context) {
    const v = await ctx.services.documents.latestVersion(doc.id);
    return v ? toVersion(v) : null;
  }

  @FieldResolver(() => DocumentVersionConnection)
  async versions(@Root() doc: Document, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const offset = decodeCursor(page.after);
    const [rows, total] = await ctx.services.documents.versions(ctx.viewer, doc.id, offset, page.first);
    return connectionOf(rows.map(toVersion), offset, total);
  }

  @FieldResolver(() => ScanConnection)
  async scans(@Root() doc: Document, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    const offset = decodeCursor(page.after);
    const [rows, total] = await ctx.services.scans.list(ctx.viewer, doc.id, offset, page.first);
    return connectionOf(rows.map(toScan), offset, total);
  }
}

@Authorized()
@Resolver(() => DocumentVersion)
export class DocumentVersionResolver {
  @FieldResolver(() => Document)
  async document(@Root() v: DocumentVersion, @Ctx() ctx: Context) {
    return toDocument(await ctx.services.documents.get(ctx.viewer, v.documentId));
  }
}
