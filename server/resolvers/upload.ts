import type { FileUpload } from "graphql-upload/processRequest.mjs";
import { GraphQLError } from "graphql";

/** Reads an upload into memory, refusing it as soon as it passes the size limit. */
export async function readUpload(upload: Promise<FileUpload>, maxBytes: number): Promise<{ bytes: Buffer; filename: string; mimetype: string }> {
  const { createReadStream, filename, mimetype } = await upload;
  const chunks: Buffer[] = [];
  let size = 0;
  const tooLarge = () =>
    new GraphQLError(`Het bestand is groter dan ${Math.round(maxBytes / 1024 / 1024)} MB. / The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`, {
      extensions: { code: "DOCUMENT_TOO_LARGE", limit: maxBytes },
    });
  try {
    for await (const chunk of createReadStream()) {
      size += (chunk as Buffer).length;
      if (size > maxBytes) throw tooLarge();
      chunks.push(chunk as Buffer);
    }
  } catch (e) {
    if (e instanceof GraphQLError) throw e;
    // graphql-upload aborts the stream with a 413 error when its own maxFileSize is exceeded.
    if ((e as { status?: number }).status === 413 || /exceeds|truncated/i.test((e as Error).message)) throw tooLarge();
    throw new GraphQLError(`Het uploaden is mislukt: ${(e as Error).message} / The upload failed.`, { extensions: { code: "BAD_USER_INPUT" } });
  }
  return { bytes: Buffer.concat(chunks), filename, mimetype };
}
