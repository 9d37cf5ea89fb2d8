import { describe, expect, it } from "vitest";
import { ingest } from "../../rules/engine/index.js";

const read = async (html: string) => (await ingest(new TextEncoder().encode(html), { filename: "pagina.html" })).text;

const PAGE = (content: string) => `<!doctype html><html lang="nl"><head><title>Huiselijk geweld</title></head><body>
<header><a href="/">Gemeente Waterland</a><form role="search"><input name="q"><button>Zoeken</button></form></header>
<nav><ul><li><a href="/subsidies">Subsidies</a></li><li><a href="/zorg">Zorg en welzijn</a></li></ul></nav>
${content}
<aside><h2>Zie ook</h2><ul><li>Parkeervergunning aanvragen</li></ul></aside>
<footer><p>© Gemeente Waterland · Privacy · Cookies</p></footer>
</body></html>`;

const TEXT = "<h1>Huiselijk geweld</h1><p>Veilig Thuis is dag en nacht bereikbaar voor advies en meldingen over huiselijk geweld.</p>";

describe("page chrome in HTML", () => {
  it("reads the marked main content and leaves menu, search, sidebar and footer out", async () => {
    const text = await read(PAGE(`<main>${TEXT}</main>`));
    expect(text).toContain("Veilig Thuis is dag en nacht bereikbaar");
    for (const chrome of ["Subsidies", "Zoeken", "Parkeervergunning", "Privacy", "Gemeente Waterland"]) expect(text).not.toContain(chrome);
  });

  it("leaves the chrome out of a page without a marked content element", async () => {
    const text = await read(PAGE(`<div class="content">${TEXT}</div>`));
    expect(text).toContain("# Huiselijk geweld");
    expect(text).not.toContain("Subsidies");
    expect(text).not.toContain("Privacy");
  });

  it("keeps an article's own header and footer (its title and byline)", async () => {
    const text = await read(PAGE(`<article><header><h1>Meer meldingen van huiselijk geweld</h1></header><p>Het aantal meldingen steeg dit jaar.</p><footer>Door de redactie</footer></article>`));
    expect(text).toContain("Meer meldingen van huiselijk geweld");
    expect(text).toContain("Door de redactie");
    expect(text).not.toContain("Privacy");
  });

  it("does not trust a marked content element that holds little of the page's text", async () => {
    const body = `<main><p>Welkom.</p></main><div>${TEXT}<p>${"De regio werkt samen met politie, wijkteams en de vrouwenopvang. ".repeat(4)}</p></div>`;
    const text = await read(PAGE(body));
    expect(text).toContain("Veilig Thuis is dag en nacht bereikbaar");
  });

  it("reads a fragment that is all chrome as it is instead of refusing it as empty", async () => {
    const text = await read("<footer><p>Meldpunt huiselijk geweld: bel Veilig Thuis.</p></footer>");
    expect(text).toContain("Veilig Thuis");
  });
});
