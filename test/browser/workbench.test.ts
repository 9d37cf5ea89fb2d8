import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "../../rules/engine/rules/load.js";
import { startTestServer, type TestServer } from "../server/harness.js";

// Drives the real workbench in Debian's headless Chromium (no browser download).
const ARTIFACTS = join(PACKAGE_ROOT, "test-artifacts");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const PARAGRAPH = [
  "# Visie",
  "",
  "Deze regiovisie gaat over de aanpak van huiselijk geweld en kindermishandeling in de regio.",
  "",
  "Partnergeweld ontstaat vaak uit relatieproblemen. De politieman komt langs.",
  "",
  "# Maatregelen",
  "",
  "We zetten in op betere samenwerking.",
].join("\n");

let server: TestServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startTestServer();
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The finding messages a stored scan of PARAGRAPH would show, straight from the API, in one language. */
async function messagesOf(lang: "NL" | "EN"): Promise<string[]> {
  const r = await server.gql<{ scanText: { findings: Array<{ message: string }> } }>(
    `query($text: String!, $lang: Lang) { scanText(text: $text, lang: $lang, title: "Regiovisie Noord") { findings { message } } }`,
    { text: PARAGRAPH, lang },
  );
  return r.body.data!.scanText.findings.map((f) => f.message).sort();
}

const shownMessages = async (p: Page) => (await p.locator('[data-testid="finding"] .msg').allTextContents()).sort();

describe("web workbench", () => {
  it("says where a sign-in code comes from, and hides the sign-out button while signed out", async () => {
    const root = server.url.replace(/\/graphql$/, "/");
    await page.goto(root);
    await page.locator("#signin").waitFor({ state: "visible" });
    expect(await page.locator("#sign-out").isVisible()).toBe(false);
    expect(await page.locator("#whoami").isVisible()).toBe(false);
    expect(await page.locator("#signin-help").textContent()).toMatch(/beheerder.*(aanmeldlink|API-token)/);
    expect(await page.locator("#join-help").textContent()).toMatch(/trainer/);
  });

  it("pastes a paragraph: shows what it says as a fragment (no grade, checks not assessed), a highlighted finding, its remedy, and exports", async () => {
    const root = server.url.replace(/\/graphql$/, "/");
    // Sign in with a one-time link, as after the first start of the server.
    const me = await server.gql<{ me: { id: string } }>(`{ me { id } }`);
    const code = await server.services.auth.issue(me.body.data!.me.id, "signin");
    await page.goto(`${root}?signin=${code}`);
    await expect(page.title()).resolves.toContain("genderscan");
    await page.locator("#input").waitFor({ state: "visible" });
    expect(page.url()).not.toContain("signin");
    await page.fill("#title", "Regiovisie Noord");
    await page.getByTestId("document-input").fill(PARAGRAPH);
    await page.getByTestId("scan-button").click();
    const grade = page.getByTestId("overall-grade");
    await grade.waitFor({ state: "visible", timeout: 20_000 });
    // A paragraph is part of a document: no grade, and the document-level checks it does not meet are not failed.
    expect(await grade.textContent()).toBe("n.v.t.");
    expect(await page.locator("#overall-score").textContent()).toBe("niet beoordeeld");
    await page.getByTestId("fragment-note").waitFor({ state: "visible" });
    expect(await page.getByTestId("module-score").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("module-score").locator(".grade").allTextContents()).not.toContain("E");
    expect(await page.getByTestId("not-assessed").first().textContent()).toMatch(/^\d+ controles?: niet beoordeeld$/);
    expect(await page.locator('[data-testid="coverage-check"][data-status="MISSING"]').count()).toBe(0);
    expect(await page.locator('[data-testid="finding"] .where', { hasText: "hele document" }).count()).toBe(0);
    const marks = page.locator("#document-view mark");
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await page.locator("#document-view mark", { hasText: "relatieproblemen" }).count()).toBe(1);

    // Open a finding by keyboard from the highlighted passage.
    await page.locator("#document-view mark", { hasText: "relatieproblemen" }).focus();
    await page.keyboard.press("Enter");
    const remedy = page.getByTestId("remedy");
    await remedy.waitFor({ state: "visible" });
    expect(await remedy.textContent()).toMatch(/macht en controle/);
    expect(await page.getByTestId("finding").count()).toBeGreaterThan(0);

    // Export the printable report (opens in a new window).
    const [popup] = await Promise.all([page.waitForEvent("popup"), page.click("#export-report")]);
    await popup.waitForLoadState();
    expect(await popup.content()).toContain("genderscan-rapport");
    await popup.close();

    // The motion draft downloads as text.
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-motion")]);
    expect(download.suggestedFilename()).toMatch(/motie\.txt$/);

    await page.screenshot({ path: join(ARTIFACTS, "workbench.png"), fullPage: true });
  }, 60_000);

  it("keeps the result over a reload and lists the document to reopen", async () => {
    const grade = await page.getByTestId("overall-grade").textContent();
    const before = await shownMessages(page);
    await page.reload();
    await page.getByTestId("overall-grade").waitFor({ state: "visible", timeout: 20_000 });
    await page.locator('[data-testid="finding"]').first().waitFor();
    expect(await page.getByTestId("overall-grade").textContent()).toBe(grade);
    expect(await shownMessages(page)).toEqual(before);
    expect(await page.locator("#title").inputValue()).toBe("Regiovisie Noord");
    expect(await page.locator("#document-view").textContent()).toContain("relatieproblemen");
    const list = page.getByTestId("document-list");
    await list.locator("button", { hasText: "Regiovisie Noord" }).waitFor();
    expect(await page.locator("#documents-count").textContent()).toBe("1 document");
  }, 60_000);

  it("shows the findings, module names and check titles of the scan in English after the switch", async () => {
    expect(await shownMessages(page)).toEqual(await messagesOf("NL"));
    const modules = await server.gql<{ ruleModules: Array<{ id: string; name: string }> }>(`{ ruleModules(lang: EN) { id name } }`);
    const gender = modules.body.data!.ruleModules.find((m) => m.id === "gender")!.name;
    const rules = await server.gql<{ rules: Array<{ id: string; title: string }> }>(`{ rules(lang: EN) { id title } }`);
    const titles = new Map(rules.body.data!.rules.map((r) => [r.id, r.title]));

    await page.click('[data-lang="en"]');
    await page.locator('[data-testid="module-score"][data-module="gender"]', { hasText: gender }).waitFor({ timeout: 20_000 });
    await page.locator("#status", { hasText: "Done." }).waitFor();
    expect(await shownMessages(page)).toEqual(await messagesOf("EN"));
    expect(await messagesOf("EN")).not.toEqual(await messagesOf("NL"));
    const check = page.getByTestId("coverage-check").first();
    expect(await check.locator(".check-name").textContent()).toBe(titles.get((await check.getAttribute("data-check"))!));

    // The English result survives a reload too.
    await page.reload();
    await page.locator('[data-testid="module-score"][data-module="gender"]', { hasText: gender }).waitFor({ timeout: 20_000 });
    await page.locator('[data-testid="finding"]').first().waitFor();
    expect(await shownMessages(page)).toEqual(await messagesOf("EN"));
  }, 60_000);

  it("switches to English and compares a revised version", async () => {
    await page.click('[data-lang="en"]');
    expect(await page.getByTestId("scan-button").textContent()).toBe("Scan");
    await page.getByTestId("document-input").fill(PARAGRAPH.replace("ontstaat vaak uit relatieproblemen", "gaat over macht en controle"));
    await page.getByTestId("scan-button").click();
    await page.locator("#compare-result .delta").waitFor({ state: "visible", timeout: 20_000 });
    expect(await page.locator("#compare-result").textContent()).toContain("Fixed");
    await page.screenshot({ path: join(ARTIFACTS, "workbench-compare.png"), fullPage: true });
  }, 60_000);

  it("runs a workshop: a participant joins with the code, the trainer projects the aggregate", async () => {
    const root = server.url.replace(/\/graphql$/, "/");
    const trainerToken = await server.user("trainer-browser", "trainer");
    const trainerPage = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await trainerPage.goto(root);
    await trainerPage.fill("#signin-code", trainerToken);
    await trainerPage.click("#signin-form button");
    await trainerPage.locator("#workshops").waitFor({ state: "visible" });
    await trainerPage.fill("#workshop-title", "Training Deventer");
    await trainerPage.click("#workshop-form button");
    const code = (await trainerPage.locator(".join-code").first().textContent())!.trim();
    expect(code).toMatch(/^[A-Z2-9]{6}$/);

    const participant = await browser.newPage();
    await participant.goto(`${root}?join=${code}`);
    await participant.fill("#join-name", "Deelnemer 1");
    await participant.click("#join-form button");
    await participant.locator("#input").waitFor({ state: "visible" });
    expect(await participant.locator("#workshops").isHidden()).toBe(true);
    await participant.fill("#title", "Mijn beleid");
    await participant.getByTestId("document-input").fill(PARAGRAPH);
    await participant.getByTestId("scan-button").click();
    await participant.getByTestId("overall-grade").waitFor({ state: "visible", timeout: 20_000 });

    await trainerPage.click("[data-projector]");
    await trainerPage.locator(".projector .top-findings li").first().waitFor();
    expect(await trainerPage.locator(".projector").textContent()).toContain("Deelnemers: 1");
    // One document, not "1 documenten".
    expect(await trainerPage.locator(".projector .top-findings li").first().textContent()).toMatch(/ — 1 document \(\d+×\)$/);
    await trainerPage.screenshot({ path: join(ARTIFACTS, "workshop-projector.png"), fullPage: true });
    await participant.close();
    await trainerPage.close();
  }, 60_000);

  it("filters findings by severity", async () => {
    await page.selectOption("#filter-severity", "ERROR");
    const severities = await page.locator('[data-testid="finding"] .sev').allTextContents();
    expect(severities.every((s) => s === "error")).toBe(true);
  });

  it("reads well for a council member: legend, remedies in parts, sources by title, parts that agree, full findings column", async () => {
    await page.selectOption("#filter-severity", "");
    await page.click('[data-lang="nl"]');
    await page.locator("#status", { hasText: "Klaar." }).waitFor();
    await page.fill("#title", "Regiovisie Zuid");
    await page.getByTestId("document-input").fill(PARAGRAPH);
    await page.selectOption("#scope", "document");
    await page.getByTestId("scan-button").click();
    await page.locator("#results-title", { hasText: "Resultaat" }).waitFor();
    await page.locator("#overall-score", { hasText: "/100" }).waitFor({ timeout: 20_000 });
    expect(await page.getByTestId("overall-grade").textContent()).toMatch(/^[A-E]$/);

    const legend = page.getByTestId("parts-legend");
    await legend.waitFor({ state: "visible" });
    expect(await legend.textContent()).toMatch(/A\s*probleemanalyse.*D\s*visie en doelen.*M\s*maatregelen/);
    // No check says "aanwezig" or "deels" beside three missing parts.
    const contradictions = await page.$$eval('[data-testid="coverage-check"]', (els) =>
      els.filter((el) => ["PRESENT", "PARTIAL"].includes(el.getAttribute("data-status")!) && el.querySelectorAll(".role").length > 0 && el.querySelectorAll(".role.status-missing").length === el.querySelectorAll(".role").length).length,
    );
    expect(contradictions).toBe(0);

    await page.locator("#document-view mark", { hasText: "relatieproblemen" }).click();
    const remedy = page.getByTestId("remedy").first();
    await remedy.waitFor({ state: "visible" });
    expect(await remedy.locator("dt").allTextContents()).toEqual(["Waar", "Voorbeeld"]);
    expect(await remedy.textContent()).not.toMatch(/“["“]|["”]”/);
    const source = page.locator(".finding.open .sources .source").first();
    await source.waitFor();
    expect(await source.textContent()).not.toMatch(/^seed-/);
    expect(await source.textContent()).toMatch(/\(.+ \d{4}\), regels? \d+/);

    // The findings column is as wide as the text and not cut off in a scrolling box.
    const [doc, findings] = await Promise.all([page.locator(".document-pane").boundingBox(), page.locator(".findings-pane").boundingBox()]);
    expect(findings!.width).toBeGreaterThanOrEqual(doc!.width * 0.95);
    const clipped = await page.$eval("#findings", (el) => el.scrollHeight > el.clientHeight + 1);
    expect(clipped).toBe(false);
    await page.screenshot({ path: join(ARTIFACTS, "workbench-council.png"), fullPage: true });
  }, 60_000);

  it("shows n.v.t. for an off-topic text, not E 0/100, and takes the title from the text", async () => {
    await page.fill("#title", "");
    await page.getByTestId("document-input").fill("# Parkeerbeleid centrum\n\nDe gemeente breidt het betaald parkeren uit in het centrum. Bewoners krijgen een vergunning voor hun straat.");
    expect(await page.locator("#title").inputValue()).toBe("Parkeerbeleid centrum");
    await page.getByTestId("scan-button").click();
    await page.locator("#off-topic").waitFor({ state: "visible", timeout: 20_000 });
    expect(await page.getByTestId("overall-grade").textContent()).toBe("n.v.t.");
    expect(await page.locator("#overall-score").textContent()).toBe("");
    expect(await page.locator(".summary").textContent()).not.toContain("0/100");
  }, 60_000);

  it("signs out: the sign-in page returns without the sign-out button or the results", async () => {
    await page.click("#sign-out");
    await page.locator("#signin").waitFor({ state: "visible" });
    expect(await page.locator("#sign-out").isVisible()).toBe(false);
    expect(await page.locator("#results").isVisible()).toBe(false);
    expect(await page.locator("#documents").isVisible()).toBe(false);
  });
});
