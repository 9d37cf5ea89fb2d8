import type { ResultOf, TypedDocumentNode, VariablesOf } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import * as Op from "../generated/operations.js";

import { GenderscanApiError } from "./errors.js";

export { GenderscanApiError };

export interface ClientOptions {
  /** GraphQL endpoint, e.g. http://localhost:4000/graphql (a server root URL gets /graphql added). */
  url: string;
  /** API token (sent as Authorization: Bearer). */
  token?: string;
  fetch?: typeof fetch;
  headers?: Record<string, string>;
}

export interface UploadFile {
  bytes: Uint8Array;
  filename: string;
  mimetype?: string;
}

type Vars<T> = VariablesOf<T>;
type Data<T> = ResultOf<T>;

const MIME: Record<string, string> = {
  md: "text/markdown",
  markdown: "text/markdown",
  txt: "text/plain",
  html: "text/html",
  htm: "text/html",
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** Typed SDK for the genderscan GraphQL API (operations from client/operations, types from codegen). */
export function createClient(options: ClientOptions) {
  const url = /\/graphql\/?$/.test(options.url) ? options.url : `${options.url.replace(/\/$/, "")}/graphql`;
  const doFetch = options.fetch ?? fetch;
  const baseHeaders = { ...(options.token ? { authorization: `Bearer ${options.token}` } : {}), ...options.headers };

  async function handle<D>(res: Response): Promise<D> {
    let body: { data?: D; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
    try {
      body = (await res.json()) as typeof body;
    } catch {
      throw new GenderscanApiError(`HTTP ${res.status} zonder geldig antwoord / without a valid answer`, "BAD_RESPONSE", res.status);
    }
    if (body.errors?.length) {
      const e = body.errors[0];
      throw new GenderscanApiError(e.message, String(e.extensions?.code ?? "INTERNAL_SERVER_ERROR"), res.status, body.errors);
    }
    if (!body.data) throw new GenderscanApiError(`HTTP ${res.status}`, "BAD_RESPONSE", res.status);
    return body.data;
  }

  async function request<Doc extends TypedDocumentNode<any, any>>(doc: Doc, variables: Vars<Doc>): Promise<Data<Doc>> {
    const res = await doFetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", ...baseHeaders },
      body: JSON.stringify({ query: print(doc), variables }),
    });
    return handle<Data<Doc>>(res);
  }

  /** GraphQL multipart upload of one file into SubmitDocumentInput.file. */
  async function uploadDocument(input: Omit<Op.SubmitDocumentInput, "file" | "text">, file: UploadFile) {
    const form = new FormData();
    form.append("operations", JSON.stringify({ query: print(Op.SubmitDocumentDocument), variables: { input: { ...input, file: null, filename: input.filename ?? file.filename } } }));
    form.append("map", JSON.stringify({ "0": ["variables.input.file"] }));
    const ext = file.filename.split(".").pop()?.toLowerCase() ?? "";
    form.append("0", new Blob([new Uint8Array(file.bytes)], { type: file.mimetype ?? MIME[ext] ?? "application/octet-stream" }), file.filename);
    // Apollo's CSRF prevention needs a preflight header on multipart requests.
    const res = await doFetch(url, { method: "POST", body: form, headers: { ...baseHeaders, "apollo-require-preflight": "true" } });
    return (await handle<Op.SubmitDocumentMutation>(res)).submitDocument;
  }

  return {
    request,
    submitDocument: async (input: Op.SubmitDocumentInput) => (await request(Op.SubmitDocumentDocument, { input })).submitDocument,
    uploadDocument,
    document: async (id: string) => (await request(Op.DocumentDocument, { id })).document,
    documents: async (v: Op.DocumentsQueryVariables = {}) => (await request(Op.DocumentsDocument, v)).documents,
    documentScans: async (id: string, v: Omit<Op.DocumentScansQueryVariables, "id"> = {}) => (await request(Op.DocumentScansDocument, { id, ...v })).document.scans,
    scanDocument: async (v: Op.ScanDocumentMutationVariables) => (await request(Op.ScanDocumentDocument, v)).scanDocument,
    scanText: async (v: Op.ScanTextQueryVariables) => (await request(Op.ScanTextDocument, v)).scanText,
    scan: async (id: string, v: Omit<Op.ScanQueryVariables, "id"> = {}) => (await request(Op.ScanDocument, { id, ...v })).scan,
    findings: async (id: string, v: Omit<Op.ScanFindingsQueryVariables, "id"> = {}) => (await request(Op.ScanFindingsDocument, { id, ...v })).scan.findings,
    /** Every finding of a scan, following the pages. */
    allFindings: async (id: string, v: Omit<Op.ScanFindingsQueryVariables, "id" | "after" | "first"> = {}) => {
      const out: Op.FindingFieldsFragment[] = [];
      let after: string | null | undefined;
      for (;;) {
        const page = (await request(Op.ScanFindingsDocument, { id, first: 100, after, ...v })).scan.findings;
        for (const e of page.edges) out.push(e.node);
        if (!page.pageInfo.hasNextPage) return out;
        after = page.pageInfo.endCursor;
      }
    },
    compareScans: async (baseId: string, headId: string, v: Omit<Op.CompareScansQueryVariables, "baseId" | "headId"> = {}) =>
      (await request(Op.CompareScansDocument, { baseId, headId, ...v })).compareScans,
    sarif: async (id: string, lang?: Op.Lang) => (await request(Op.ScanSarifDocument, { id, lang })).scan.sarif,
    report: async (id: string, format: Op.ReportFormat, lang?: Op.Lang) => (await request(Op.ScanReportDocument, { id, format, lang })).scan.report,
    motion: async (id: string, lang?: Op.Lang) => (await request(Op.ScanMotionDocument, { id, lang })).scan.motion,
    ruleModules: async (lang?: Op.Lang) => (await request(Op.RuleModulesDocument, { lang })).ruleModules,
    rules: async (v: Op.RulesQueryVariables = {}) => (await request(Op.RulesDocument, v)).rules,
    rule: async (id: string, lang?: Op.Lang) => (await request(Op.RuleDocument, { id, lang })).rule,
    sources: async (lang?: Op.Lang) => (await request(Op.SourcesDocument, { lang })).sources,
    corpusSearch: async (query: string, first?: number) => (await request(Op.CorpusSearchDocument, { query, first })).corpusSearch,
    profiles: async (v: Op.ProfilesQueryVariables = {}) => (await request(Op.ProfilesDocument, v)).profiles,
    profile: async (id: string) => (await request(Op.ProfileDocument, { id })).profile,
    createProfile: async (input: Op.ProfileInput) => (await request(Op.CreateProfileDocument, { input })).createProfile,
    updateProfile: async (id: string, input: Op.ProfileInput) => (await request(Op.UpdateProfileDocument, { id, input })).updateProfile,
    deleteProfile: async (id: string) => (await request(Op.DeleteProfileDocument, { id })).deleteProfile,
    suppressFinding: async (findingId: string, justification: string) => (await request(Op.SuppressFindingDocument, { findingId, justification })).suppressFinding,
    unsuppressFinding: async (findingId: string) => (await request(Op.UnsuppressFindingDocument, { findingId })).unsuppressFinding,
    me: async () => (await request(Op.MeDocument, {})).me,
    signIn: async (code: string) => (await request(Op.SignInDocument, { code })).signIn,
    createToken: async (label?: string) => (await request(Op.CreateTokenDocument, { label })).createToken,
    myTokens: async () => (await request(Op.MyTokensDocument, {})).myTokens,
    revokeToken: async (id: string) => (await request(Op.RevokeTokenDocument, { id })).revokeToken,
    users: async (v: Op.UsersQueryVariables = {}) => (await request(Op.UsersDocument, v)).users,
    createUser: async (name: string, role: string) => (await request(Op.CreateUserDocument, { name, role })).createUser,
    setUserRole: async (userId: string, role: string) => (await request(Op.SetUserRoleDocument, { userId, role })).setUserRole,
    disableUser: async (userId: string) => (await request(Op.DisableUserDocument, { userId })).disableUser,
    auditLog: async (v: Op.AuditLogQueryVariables = {}) => (await request(Op.AuditLogDocument, v)).auditLog,
    exportMyData: async () => (await request(Op.ExportMyDataDocument, {})).exportMyData,
    deleteDocument: async (id: string) => (await request(Op.DeleteDocumentDocument, { id })).deleteDocument,
    createWorkshop: async (title: string, expiresAt?: string) => (await request(Op.CreateWorkshopDocument, { title, expiresAt })).createWorkshop,
    workshops: async () => (await request(Op.WorkshopsDocument, {})).workshops,
    workshop: async (id: string, lang?: Op.Lang) => (await request(Op.WorkshopViewDocument, { id, lang })).workshop,
    joinWorkshop: async (code: string, displayName: string) => (await request(Op.JoinWorkshopDocument, { code, displayName })).joinWorkshop,
    closeWorkshop: async (id: string, keepDocuments = false) => (await request(Op.CloseWorkshopDocument, { id, keepDocuments })).closeWorkshop,
    startBatchScan: async (v: Op.StartBatchScanMutationVariables) => (await request(Op.StartBatchScanDocument, v)).startBatchScan,
    batch: async (id: string) => (await request(Op.BatchDocument, { id })).batch,
  };
}

export type GenderscanClient = ReturnType<typeof createClient>;
export * as Operations from "../generated/operations.js";
