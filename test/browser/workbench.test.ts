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

describe("web workbench", () => {
  it("pastes a paragraph, scans, shows the grade and a highlighted finding, opens its remedy and exports", async () => {
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
    expect(await grade.textContent()).toMatch(/^[A-E]$/);
    expect(await page.getByTestId("module-score").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("coverage-check").count()).toBeGreaterThan(0);
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
    await trainerPage.screenshot({ path: join(ARTIFACTS, "workshop-projector.png"), fullPage: true });
    await participant.close();
    await trainerPage.close();
  }, 60_000);

  it("filters findings by severity", async () => {
    await page.selectOption("#filter-severity", "ERROR");
    const severities = await page.locator('[data-testid="finding"] .sev').allTextContents();
    expect(severities.every((s) => s === "error")).toBe(true);
  });
});
