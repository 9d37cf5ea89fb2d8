// The genderscan workbench: paste or upload, scan, read graded and highlighted findings with remedies,
// compare versions, export. Plain TypeScript and the typed SDK; no framework needed at this size.
import { ScanVersionTextDocument, SourceTitlesDocument, type SourceTitlesQuery, type CoverageFieldsFragment, type FindingFieldsFragment, type ScanQuery, type VersionFieldsFragment } from "../../generated/operations.js";
import { createClient, GenderscanApiError } from "../../sdk/client.js";
import { lang, setLang, t, type Key } from "./i18n.js";

/** Every request asks for the workbench's language, so server messages follow the NL/EN switch. */
const inLanguage: typeof fetch = (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string> | undefined), "accept-language": lang() } });
let api = createClient({ url: `${location.origin}/graphql`, token: localStorage.getItem("genderscan-token") ?? undefined, fetch: inLanguage });

function useToken(token: string | null): void {
  if (token) localStorage.setItem("genderscan-token", token);
  else localStorage.removeItem("genderscan-token");
  api = createClient({ url: `${location.origin}/graphql`, token: token ?? undefined, fetch: inLanguage });
}

interface State {
  version: VersionFieldsFragment | null;
  text: string;
  scan: ScanQuery["scan"] | null;
  findings: FindingFieldsFragment[];
  previousScanId: string | null;
  selected: string | null;
}
const state: State = { version: null, text: "", scan: null, findings: [], previousScanId: null, selected: null };

const $ = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const statusLabel = (s: string) => t(({ PRESENT: "present", PARTIAL: "partial", MISSING: "missing", NOT_APPLICABLE: "notApplicable", NOT_ASSESSED: "notAssessed" } as Record<string, Key>)[s] ?? "notApplicable");
const severityLabel = (s: string) => t(s.toLowerCase() as Key);
const roleLabel = (r: string) => t(({ PROBLEM_ANALYSIS: "roleAnalysis", VISION_GOALS: "roleGoals", MEASURES: "roleMeasures" } as Record<string, Key>)[r] ?? "roleOther");

function status(message: string, error = false): void {
  const el = $("status");
  el.textContent = message;
  el.classList.toggle("error", error);
}

const apiLang = () => (lang() === "en" ? "EN" : "NL");

async function onScan(e: Event): Promise<void> {
  e.preventDefault();
  const title = $<HTMLInputElement>("title").value.trim();
  const municipality = $<HTMLInputElement>("municipality").value.trim() || undefined;
  const text = $<HTMLTextAreaElement>("document-input").value;
  const file = $<HTMLInputElement>("file-input").files?.[0];
  if (!title) return status(t("needTitle"), true);
  if (!file && !text.trim()) return status(t("needInput"), true);
  const button = $<HTMLButtonElement>("scan-button");
  button.disabled = true;
  status(t("scanning"));
  try {
    const version = file
      ? await api.uploadDocument({ title, municipality }, { bytes: new Uint8Array(await file.arrayBuffer()), filename: file.name, mimetype: file.type || undefined })
      : await api.submitDocument({ title, municipality, text });
    const scope = $<HTMLSelectElement>("scope").value;
    const fragment = scope === "auto" ? null : scope === "fragment";
    const summary = await api.scanDocument({ documentId: version.documentId, versionId: version.id, lang: apiLang(), fragment });
    // A new scan of the same document is compared with the one before it.
    const previous = state.scan && state.version?.documentId === version.documentId ? state.scan.id : null;
    await showScan(summary.id);
    state.previousScanId = previous;
    status(t("done"));
    if (state.previousScanId) await renderCompare(state.previousScanId, summary.id);
    void renderDocuments();
  } catch (err) {
    showError(err);
  } finally {
    button.disabled = false;
  }
}

function showError(err: unknown): void {
  status(`${t("error_generic")}: ${err instanceof GenderscanApiError ? `${err.message} (${err.code})` : (err as Error).message}`, true);
}

/**
 * Loads a stored scan with its findings and text and shows it. The scan's id goes into the address (#scan=…),
 * so a reload shows the same result.
 */
let showing = 0;
async function showScan(scanId: string): Promise<void> {
  const ticket = ++showing;
  const [scan, findings, source] = await Promise.all([api.scan(scanId, { lang: apiLang() }), api.allFindings(scanId), api.request(ScanVersionTextDocument, { id: scanId })]);
  if (ticket !== showing) return; // a later scan or document was opened meanwhile: it wins
  const { originalText, ...version } = source.scan.version;
  state.version = version;
  state.scan = scan;
  state.findings = findings;
  state.text = originalText;
  state.selected = null;
  state.previousScanId = null;
  $("compare-result").innerHTML = "";
  history.replaceState(null, "", `${location.pathname}${location.search}#scan=${encodeURIComponent(scan.id)}`);
  renderAll();
}

/**
 * Findings, module names and remedies are written in the language of the scan. After a switch of language the
 * same version is shown in the new language: from an earlier scan in that language if there is one, otherwise
 * from a new scan of the stored version (same text, same suppressions, so the same findings).
 */
async function relocalize(): Promise<void> {
  const scan = state.scan;
  if (!scan || scan.lang.toUpperCase() === apiLang()) return;
  status(t("translating"));
  try {
    const earlier = await api.documentScans(scan.documentId, { first: 50 });
    const match = earlier.edges.map((e) => e.node).find((x) => x.versionId === scan.versionId && x.lang.toUpperCase() === apiLang() && x.engine.version === scan.engine.version && x.document.fragment === scan.document.fragment && x.profileId === scan.profileId);
    const id = match?.id ?? (await api.scanDocument({ documentId: scan.documentId, versionId: scan.versionId, profileId: scan.profileId, lang: apiLang(), fragment: scan.document.fragment })).id;
    if (state.scan !== scan) return; // the user scanned or opened something else meanwhile
    await showScan(id);
    status(t("done"));
  } catch (err) {
    showError(err);
  }
}

/** The signed-in user's documents, newest first, each to reopen with its latest scan. */
async function renderDocuments(): Promise<void> {
  try {
    const docs = await api.documents({ first: 20 });
    $("documents").hidden = docs.edges.length === 0;
    const n = docs.totalCount;
    $("documents-count").textContent = `${n} ${n === 1 ? t("documentOne") : t("documentMany")}`;
    $("document-list").innerHTML = docs.edges
      .map(
        ({ node: d }) =>
          `<li><button type="button" class="link" data-open="${esc(d.id)}">${esc(d.title)}</button>${d.municipality ? ` — ${esc(d.municipality)}` : ""} <span class="muted">${esc(new Date(d.updatedAt as string).toLocaleString(lang() === "en" ? "en-GB" : "nl-NL", { dateStyle: "medium", timeStyle: "short" }))}</span></li>`,
      )
      .join("");
  } catch (err) {
    showError(err);
  }
}

async function openDocument(documentId: string): Promise<void> {
  status(t("opening"));
  try {
    const scans = await api.documentScans(documentId, { first: 50 });
    const latest = scans.edges[0]?.node;
    const sameLang = latest && scans.edges.map((e) => e.node).find((x) => x.versionId === latest.versionId && x.lang.toUpperCase() === apiLang());
    const id = sameLang?.id ?? (await api.scanDocument({ documentId, versionId: latest?.versionId, lang: apiLang() })).id;
    await showScan(id);
    await fillForm(id);
    status(t("done"));
    $("results").scrollIntoView({ block: "start" });
  } catch (err) {
    showError(err);
  }
}

/** The form holds the reopened document, so editing the text and scanning again compares the versions. */
async function fillForm(scanId: string): Promise<void> {
  const source = await api.request(ScanVersionTextDocument, { id: scanId });
  $<HTMLInputElement>("title").value = source.scan.sourceDocument.title;
  delete $<HTMLInputElement>("title").dataset.auto;
  $<HTMLInputElement>("municipality").value = source.scan.sourceDocument.municipality ?? "";
  $<HTMLTextAreaElement>("document-input").value = source.scan.version.originalText;
}

function renderAll(): void {
  const scan = state.scan;
  if (!scan) return;
  if (!sourceTitles[lang()]) void loadSourceTitles().then(() => renderFindings());
  $("results").hidden = false;
  // No grade where it says nothing: an off-topic text is "n.v.t.", a fragment "niet beoordeeld" (not E 0/100).
  const fragment = scan.document.fragment;
  $("overall-grade").textContent = scan.graded ? scan.grade : t("notApplicable");
  $("overall-grade").className = `grade grade-${scan.graded ? scan.grade : "na"}`;
  $("overall-score").textContent = scan.graded ? `${scan.score}/100` : fragment ? t("notAssessed") : "";
  $("off-topic").hidden = scan.document.onTopic;
  $("fragment-note").hidden = !fragment;
  $("modules").innerHTML = scan.modules
    .map((m) => {
      const shown = m.applicable && scan.graded;
      return `<div class="module-card" data-testid="module-score" data-module="${esc(m.id)}"><span>${esc(m.name)}</span><strong class="grade grade-${shown ? m.grade : "na"}">${shown ? m.grade : "–"}</strong><span>${shown ? `${m.score}/100` : fragment && m.applicable ? t("notAssessed") : t("notApplicable")}</span></div>`;
    })
    .join("");
  renderCoverage(scan.coverage);
  renderLegend();
  renderFilters();
  renderFindings();
  renderDocument();
}

function renderCoverage(coverage: CoverageFieldsFragment[]): void {
  const byModule = new Map<string, CoverageFieldsFragment[]>();
  for (const c of coverage) byModule.set(c.module, [...(byModule.get(c.module) ?? []), c]);
  $("coverage").innerHTML = [...byModule.entries()]
    .map(([module, all]) => {
      // In a fragment, the checks it does not mention are folded away: what it says comes first.
      const checks = all.filter((c) => c.status !== "NOT_ASSESSED");
      const notAssessed = all.length - checks.length;
      const folded = notAssessed ? `<p class="not-assessed" data-testid="not-assessed">${notAssessed} ${notAssessed === 1 ? t("checkOne") : t("checkMany")}: ${t("notAssessed")}</p>` : "";
      return `<div class="coverage-module"><h4>${esc(state.scan?.modules.find((m) => m.id === module)?.name ?? module)}</h4>${folded}<ul class="${module === "istanbul" ? "matrix" : "checks"}">${checks
          .map((c) => {
            const name = c.title;
            const ev = c.evidence[0] ? `${t("line")} ${c.evidence[0].line}: ${c.evidence[0].quote}` : "";
            // Atria's three parts: is the topic in the analysis, the goals and the measures? Shown only where they
            // agree with the status: a met check with three missing parts is met elsewhere (see atriaPartsOf).
            const atria = module === "gender" && c.status !== "NOT_APPLICABLE" && c.status !== "NOT_ASSESSED" ? c.roles.filter((r) => ["PROBLEM_ANALYSIS", "VISION_GOALS", "MEASURES"].includes(r.role)) : [];
            const parts = c.status !== "MISSING" && atria.every((r) => r.status === "MISSING") ? [] : atria;
            const roles = parts.length
              ? `<span class="roles">${parts.map((r) => `<span class="role status-${r.status.toLowerCase()}" title="${esc(roleLabel(r.role))}: ${esc(statusLabel(r.status))}">${esc(roleLabel(r.role).slice(0, 1).toUpperCase())}</span>`).join("")}</span>`
              : "";
            return `<li class="check status-${c.status.toLowerCase()}" data-testid="coverage-check" data-check="${esc(c.check)}" data-status="${c.status}" title="${esc(ev)}" tabindex="0"><span class="check-name">${esc(name)}</span>${roles}<span class="check-status">${esc(statusLabel(c.status))}</span></li>`;
          })
          .join("")}</ul></div>`;
    })
    .join("");
}

/** What the letters beside a check mean: the same first letters as the marks (A/D/M in Dutch, A/G/M in English). */
function renderLegend(): void {
  const el = $("parts-legend");
  el.hidden = !$("coverage").querySelector(".roles");
  const part = (role: string, long: Key) => `<span class="role">${esc(roleLabel(role).slice(0, 1).toUpperCase())}</span> ${esc(t(long))}`;
  const status = (s: string, k: Key) => `<span class="role status-${s}" aria-hidden="true">&nbsp;&nbsp;</span> ${esc(t(k))}`;
  el.innerHTML = `${esc(t("legendIntro"))} ${part("PROBLEM_ANALYSIS", "legendA")} · ${part("VISION_GOALS", "legendD")} · ${part("MEASURES", "legendM")} — ${status("present", "present")} ${status("partial", "partial")} ${status("missing", "missing")}`;
}

function renderFilters(): void {
  const fill = (id: string, options: Array<[string, string]>) => {
    const sel = $<HTMLSelectElement>(id);
    const keep = sel.value;
    sel.innerHTML = options.map(([v, label]) => `<option value="${esc(v)}">${esc(label)}</option>`).join("");
    if (options.some(([v]) => v === keep)) sel.value = keep;
  };
  const modules = [...new Set(state.findings.map((f) => f.module))];
  fill("filter-module", [["", t("all")], ...modules.map((m) => [m, m] as [string, string])]);
  fill("filter-severity", [["", t("all")], ["ERROR", t("error")], ["WARNING", t("warning")], ["INFO", t("info")]]);
  fill("filter-status", [["", t("all")], ["open", t("open")], ["suppressed", t("suppressed")]]);
}

function visibleFindings(): FindingFieldsFragment[] {
  const module = $<HTMLSelectElement>("filter-module").value;
  const severity = $<HTMLSelectElement>("filter-severity").value;
  const st = $<HTMLSelectElement>("filter-status").value;
  return state.findings.filter(
    (f) => (!module || f.module === module) && (!severity || f.severity === severity) && (!st || (st === "suppressed") === f.suppressed),
  );
}

function renderFindings(): void {
  const list = visibleFindings();
  $("findings").innerHTML = list.length
    ? list
        .map((f) => {
          const open = state.selected === f.id;
          return `<li class="finding sev-${f.severity.toLowerCase()}${f.suppressed ? " is-suppressed" : ""}${open ? " open" : ""}" data-testid="finding" data-id="${f.id}">
  <button type="button" class="finding-head" aria-expanded="${open}" data-id="${f.id}">
    <span class="sev">${esc(severityLabel(f.severity))}</span>
    <span class="where">${f.location ? `${t("line")} ${f.location.line}` : t("wholeDocument")}</span>
    <span class="msg">${esc(f.message)}</span>
  </button>
  ${
    open
      ? `<div class="finding-body">
    ${f.quote ? `<blockquote>${esc(f.quote)}</blockquote>` : ""}
    ${remedyHtml(f)}
    <p class="sources"><strong>${t("sources")}:</strong> ${f.sources.map(sourceHtml).join("; ")}</p>
    <p class="rule">${esc(f.ruleId)}${f.suppression ? ` — ${t("suppressed")}: ${esc(f.suppression.justification)}` : ""}</p>
    <button type="button" class="suppress" data-id="${f.id}">${f.suppressed ? t("unsuppress") : t("suppress")}</button>
  </div>`
      : ""
  }
</li>`;
        })
        .join("")
    : `<li class="empty">${t("noFindings")}</li>`;
}

/** Remedies in parts — what, where, an example — with the full explanation folded away. */
function remedyHtml(f: FindingFieldsFragment): string {
  if (!f.remedies.length) return f.remedy ? `<div class="remedy" data-testid="remedy"><strong>${t("remedy")}:</strong> ${esc(f.remedy)}</div>` : "";
  return f.remedies
    .map(
      (r) => `<div class="remedy" data-testid="remedy">
  <p class="remedy-what"><strong>${t("remedy")}:</strong> ${esc(r.title)}</p>
  <dl><dt>${t("where")}</dt><dd>${esc(r.where)}</dd><dt>${t("example")}</dt><dd>${/[“”"]/.test(r.example) ? esc(r.example) : `<q>${esc(r.example)}</q>`}</dd></dl>
  <details><summary>${t("explanation")}</summary><p>${esc(r.action)}</p></details>
</div>`,
    )
    .join("");
}

type SourceTitle = SourceTitlesQuery["sources"][number];
const sourceTitles: Partial<Record<string, Map<string, SourceTitle>>> = {};

/** The corpus sources by id, in the current language (fetched once per language). */
async function loadSourceTitles(): Promise<void> {
  const l = lang();
  if (sourceTitles[l]) return;
  try {
    const { sources } = await api.request(SourceTitlesDocument, { lang: apiLang() });
    sourceTitles[l] = new Map(sources.map((s) => [s.id, s]));
  } catch {
    // Without titles the ids still say where a finding comes from.
  }
}

/** "Title (issuer year), lines 12–14" with a link to the source where it has one. */
function sourceHtml(ref: { source: string; locator: string }): string {
  const s = sourceTitles[lang()]?.get(ref.source);
  const lines = /^L(\d+)(?:-(\d+))?$/.exec(ref.locator);
  const where = lines ? `${lines[2] ? t("lines") : t("line")} ${lines[1]}${lines[2] ? `–${lines[2]}` : ""}` : ref.locator;
  if (!s) return `${esc(ref.source)} ${esc(where)}`;
  const name = s.url && /^https?:\/\//.test(s.url) ? `<a href="${esc(s.url)}" target="_blank" rel="noopener noreferrer">${esc(s.title)}</a>` : esc(s.title);
  return `<span class="source" data-source="${esc(ref.source)}">${name} (${esc(s.issuer)} ${s.year}), ${esc(where)}</span>`;
}

/** The original text with every located finding as a focusable mark. */
function renderDocument(): void {
  const text = state.text;
  const spans = visibleFindings()
    .filter((f) => f.location)
    .map((f) => ({ id: f.id, start: f.location!.offset, end: f.location!.offset + Math.max(1, f.location!.length), severity: f.severity.toLowerCase() }))
    .sort((a, b) => a.start - b.start);
  let html = "";
  let at = 0;
  for (const s of spans) {
    if (s.start < at) continue; // overlapping marks: the first wins; the list shows all
    html += esc(text.slice(at, s.start));
    html += `<mark class="sev-${s.severity}${state.selected === s.id ? " selected" : ""}" data-id="${s.id}" tabindex="0">${esc(text.slice(s.start, s.end))}</mark>`;
    at = s.end;
  }
  html += esc(text.slice(at));
  $("document-view").innerHTML = html;
}

function select(id: string, scroll: boolean): void {
  state.selected = state.selected === id ? null : id;
  renderFindings();
  renderDocument();
  if (scroll && state.selected) {
    document.querySelector(`#findings [data-id="${id}"]`)?.scrollIntoView({ block: "nearest" });
    document.querySelector<HTMLElement>(`#document-view mark[data-id="${id}"]`)?.scrollIntoView({ block: "center" });
  }
}

async function toggleSuppression(id: string): Promise<void> {
  const f = state.findings.find((x) => x.id === id);
  if (!f) return;
  try {
    let updated: FindingFieldsFragment;
    if (f.suppressed) updated = await api.unsuppressFinding(id);
    else {
      const reason = prompt(t("justification"));
      if (!reason?.trim()) return;
      updated = await api.suppressFinding(id, reason);
    }
    state.findings = state.findings.map((x) => (x.id === id ? updated : x));
    renderFindings();
    renderDocument();
  } catch (err) {
    status(`${t("error_generic")}: ${(err as Error).message}`, true);
  }
}

async function renderCompare(baseId: string, headId: string): Promise<void> {
  const c = await api.compareScans(baseId, headId, { lang: lang() === "en" ? "EN" : "NL" });
  const list = (items: FindingFieldsFragment[]) => `<ul>${items.map((f) => `<li>${f.location ? `${t("line")} ${f.location.line}: ` : ""}${esc(f.message)}</li>`).join("")}</ul>`;
  $("compare-result").innerHTML = `<p class="delta">${c.base.score} → ${c.head.score} (${c.scoreDelta >= 0 ? "+" : ""}${c.scoreDelta})</p>
<div class="compare-grid"><div><h4>${t("newF")} (${c.new.length})</h4>${list(c.new)}</div><div><h4>${t("fixedF")} (${c.fixed.length})</h4>${list(c.fixed)}</div><div><h4>${t("unchangedF")} (${c.unchanged.length})</h4>${list(c.unchanged)}</div></div>
${c.coverageChanges.length ? `<h4>${t("coverageChanged")}</h4><ul>${c.coverageChanges.map((x) => `<li>${esc(x.title)}: ${esc(x.before)} → ${esc(x.after)}</li>`).join("")}</ul>` : ""}`;
}

function download(name: string, type: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

async function exportAs(kind: "json" | "sarif" | "report" | "motion"): Promise<void> {
  const scan = state.scan;
  if (!scan) return;
  const base = (state.version?.filename ?? scan.document.title ?? "scan").replace(/\.[^.]+$/, "").replace(/[^\w-]+/g, "_");
  const l = lang() === "en" ? "EN" : "NL";
  if (kind === "json") download(`${base}.genderscan.json`, "application/json", JSON.stringify({ ...scan, findings: state.findings }, null, 2));
  if (kind === "sarif") download(`${base}.sarif`, "application/sarif+json", JSON.stringify(await api.sarif(scan.id, l), null, 2));
  if (kind === "motion") download(`${base}.motie.txt`, "text/plain", await api.motion(scan.id, l));
  if (kind === "report") {
    const html = await api.report(scan.id, "HTML", l);
    const w = window.open("", "_blank");
    if (w) {
      w.document.write(html);
      w.document.close();
      w.focus();
      w.print();
    } else download(`${base}.rapport.html`, "text/html", html);
  }
}

/**
 * A title from the text: its first heading, otherwise its first words. Used while the title field is empty or
 * still holds a title made this way; a title the user typed is kept.
 */
function titleFromText(text: string): string {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const heading = lines.find((l) => /^#{1,6}\s+\S/.test(l));
  const raw = (heading ?? lines[0] ?? "").replace(/^#{1,6}\s+/, "").replace(/[*_`>#[\]]/g, "").trim();
  const words = raw.split(/\s+/).filter(Boolean);
  const short = words.slice(0, 8).join(" ");
  return (words.length > 8 ? `${short}…` : short).slice(0, 120);
}

function suggestTitle(suggestion: string): void {
  const title = $<HTMLInputElement>("title");
  if (title.value.trim() && !title.dataset.auto) return;
  title.value = suggestion;
  if (suggestion) title.dataset.auto = "1";
  else delete title.dataset.auto;
}

function wire(): void {
  $("scan-form").addEventListener("submit", onScan);
  $("title").addEventListener("input", () => delete $<HTMLInputElement>("title").dataset.auto);
  $("document-input").addEventListener("input", () => suggestTitle(titleFromText($<HTMLTextAreaElement>("document-input").value)));
  $("file-input").addEventListener("change", () => {
    const f = $<HTMLInputElement>("file-input").files?.[0];
    if (f) suggestTitle(f.name.replace(/\.[^.]+$/, "").replace(/[_-]+/g, " ").trim());
  });
  for (const id of ["filter-module", "filter-severity", "filter-status"]) {
    $(id).addEventListener("change", () => {
      renderFindings();
      renderDocument();
    });
  }
  $("findings").addEventListener("click", (e) => {
    const el = (e.target as HTMLElement).closest<HTMLElement>("button");
    if (!el?.dataset.id) return;
    if (el.classList.contains("suppress")) void toggleSuppression(el.dataset.id);
    else select(el.dataset.id, true);
  });
  const docView = $("document-view");
  const fromMark = (e: Event) => (e.target as HTMLElement).closest<HTMLElement>("mark")?.dataset.id;
  docView.addEventListener("click", (e) => {
    const id = fromMark(e);
    if (id) select(id, true);
  });
  docView.addEventListener("keydown", (e) => {
    const id = fromMark(e);
    if (id && (e.key === "Enter" || e.key === " ")) {
      e.preventDefault();
      select(id, true);
    }
  });
  $("export-json").addEventListener("click", () => void exportAs("json"));
  $("export-sarif").addEventListener("click", () => void exportAs("sarif"));
  $("export-report").addEventListener("click", () => void exportAs("report"));
  $("export-motion").addEventListener("click", () => void exportAs("motion"));
  $("document-list").addEventListener("click", (e) => {
    const id = (e.target as HTMLElement).closest<HTMLElement>("[data-open]")?.dataset.open;
    if (id) void openDocument(id);
  });
  for (const b of document.querySelectorAll<HTMLButtonElement>("[data-lang]")) {
    b.addEventListener("click", () => {
      setLang(b.dataset.lang as "nl" | "en");
      renderAll();
      void relocalize();
      if (!$("documents").hidden) void renderDocuments();
    });
  }
}

// ---- sign-in, workshops ----

async function start(): Promise<void> {
  const params = new URLSearchParams(location.search);
  const signin = params.get("signin");
  const join = params.get("join");
  if (signin || join) history.replaceState(null, "", location.pathname + location.hash);
  if (signin) {
    try {
      useToken((await api.signIn(signin)).token);
    } catch {
      $("signin-status").textContent = t("badToken");
    }
  }
  if (join) $<HTMLInputElement>("join-code").value = join;
  await showSession();
}

/** Shows the workbench when the stored token is valid, the sign-in panel otherwise. */
async function showSession(): Promise<void> {
  let me: Awaited<ReturnType<typeof api.me>> | null = null;
  if (localStorage.getItem("genderscan-token")) {
    try {
      me = await api.me();
    } catch {
      useToken(null);
    }
  }
  $("signin").hidden = !!me;
  $("input").hidden = !me;
  $("whoami").hidden = !me;
  $("workshops").hidden = !me || (me.role !== "trainer" && me.role !== "admin");
  if (me) {
    $("whoami-name").textContent = `${me.displayName} (${me.role})`;
    if (!$("workshops").hidden) await renderWorkshops();
    await renderDocuments();
    const kept = /^#scan=(.+)$/.exec(location.hash)?.[1];
    if (kept && !state.scan) await restore(decodeURIComponent(kept));
  } else {
    $("results").hidden = true;
    $("documents").hidden = true;
    state.scan = null;
    history.replaceState(null, "", location.pathname + location.search);
  }
}

/** After a reload: the scan in the address, in the current language; a scan that is gone is dropped quietly. */
async function restore(scanId: string): Promise<void> {
  try {
    await showScan(scanId);
    await fillForm(scanId);
    await relocalize();
  } catch {
    history.replaceState(null, "", location.pathname + location.search);
  }
}

async function onSignIn(e: Event): Promise<void> {
  e.preventDefault();
  const value = $<HTMLInputElement>("signin-code").value.trim();
  try {
    useToken(value.startsWith("gss_") ? (await api.signIn(value)).token : value);
    await api.me();
    $("signin-status").textContent = "";
  } catch {
    useToken(null);
    $("signin-status").textContent = t("badToken");
  }
  await showSession();
}

async function onJoin(e: Event): Promise<void> {
  e.preventDefault();
  try {
    const r = await api.joinWorkshop($<HTMLInputElement>("join-code").value.trim(), $<HTMLInputElement>("join-name").value.trim());
    useToken(r.token);
    $("signin-status").textContent = "";
  } catch (err) {
    $("signin-status").textContent = `${t("badToken")} ${(err as Error).message}`;
  }
  await showSession();
}

async function renderWorkshops(): Promise<void> {
  const list = await api.workshops();
  $("workshop-list").innerHTML = list
    .map(
      (w) => `<li><strong>${esc(w.title)}</strong> — ${t("code")}: <span class="join-code">${esc(w.code)}</span>${w.closedAt ? ` (${t("closed")})` : ""}
  ${w.closedAt ? "" : `<button type="button" data-projector="${w.id}">${t("projector")}</button> <button type="button" data-close="${w.id}">${t("close")}</button>`}</li>`,
    )
    .join("");
}

async function renderProjector(id: string): Promise<void> {
  const w = await api.workshop(id, lang() === "en" ? "EN" : "NL");
  const el = $("projector");
  el.hidden = false;
  const a = w.aggregate;
  el.innerHTML = `<h3>${esc(w.title)} — ${t("code")}: <span class="join-code big">${esc(w.code)}</span></h3>
<p>${t("participants")}: ${a.participants} · ${t("documents")}: ${a.documents}</p>
<h4>${t("topFindings")}</h4>
<ol class="top-findings">${a.topFindings.map((f) => `<li><strong>${esc(f.title)}</strong> — ${f.documents} ${f.documents === 1 ? t("documentOne") : t("documentMany")} (${f.count}×)</li>`).join("")}</ol>
<h4>${t("coverageAcross")}</h4>
<table class="tally"><thead><tr><th></th><th>${t("present")}</th><th>${t("partial")}</th><th>${t("missing")}</th></tr></thead><tbody>${a.coverage
    .map((c) => `<tr><td>${esc(c.title)}</td><td>${c.present}</td><td>${c.partial}</td><td>${c.missing}</td></tr>`)
    .join("")}</tbody></table>`;
}

function wireAccounts(): void {
  $("signin-form").addEventListener("submit", onSignIn);
  $("join-form").addEventListener("submit", onJoin);
  $("sign-out").addEventListener("click", () => {
    useToken(null);
    void showSession();
  });
  $("workshop-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    await api.createWorkshop($<HTMLInputElement>("workshop-title").value.trim());
    $<HTMLInputElement>("workshop-title").value = "";
    await renderWorkshops();
  });
  $("workshop-list").addEventListener("click", async (e) => {
    const b = (e.target as HTMLElement).closest<HTMLButtonElement>("button");
    if (b?.dataset.projector) await renderProjector(b.dataset.projector);
    if (b?.dataset.close) {
      await api.closeWorkshop(b.dataset.close, confirm(t("keep")));
      $("projector").hidden = true;
      await renderWorkshops();
    }
  });
}

setLang(lang());
wire();
wireAccounts();
void start();
