import { describe, expect, it } from "vitest";
import type { CoverageStatus } from "../../rules/engine/types.js";
import { devsetText, moduleEngine, seedText, statusesOf } from "../helpers/modules.js";

// The chain module on its own: the five checks that add to what the other modules already cover, seed 001 (the
// 2010 national inventory that describes the chain), seed 003 (a regional programme; statuses checked by reading
// it), off-topic texts, and the passing mentions the checks must not count as present.
const engine = await moduleEngine("chain");
const seed = seedText;
const devset = devsetText;

const CHECKS = ["aftercare", "information-sharing", "criminal-justice", "case-coordination", "intergenerational"].map((id) => `chain/${id}`);

function scan(text: string, title = "test") {
  return engine.scan(text, { title });
}
function statuses(text: string, title = "test"): Record<string, CoverageStatus> {
  return statusesOf(scan(text, title));
}

describe("chain module", () => {
  it("has the five coverage checks with the agreed severities", () => {
    const rules = engine.allRules().filter((r) => r.meta.module === "chain");
    const ids = rules.filter((r) => r.meta.kind === "coverage").map((r) => r.meta.id);
    for (const c of CHECKS) expect(ids, c).toContain(c);
    const severity = Object.fromEntries(rules.map((r) => [r.meta.id, r.meta.severity]));
    expect(severity["chain/intergenerational"]).toBe("info");
    for (const c of CHECKS.filter((x) => x !== "chain/intergenerational")) expect(severity[c], c).toBe("warning");
  });

  it("finds most of the chain in seed 001, the national inventory that describes it", () => {
    const s = statuses(seed("001_e0ca3ccb0919fb06.txt"), "seed 001");
    for (const c of CHECKS) expect(s[c], c).toBeDefined();
    expect(CHECKS.filter((c) => s[c] === "present").length).toBeGreaterThanOrEqual(4);
    for (const c of CHECKS) expect(s[c], c).not.toBe("missing");
    // §5.2 "Strafrechtelijk traject" (police, OM guideline, probation) and the case conferences of the Veiligheidshuizen.
    expect(s["chain/criminal-justice"]).toBe("present");
    expect(s["chain/case-coordination"]).toBe("present");
    expect(s["chain/intergenerational"]).toBe("present");
  });

  it("gives seed 003 (a regional programme) the statuses its text supports", () => {
    const s = statuses(seed("003_2d9c4895bf856dd0.txt"), "seed 003");
    // §3.4 "Aangifte doen van huiselijk geweld" with the ambition to make reporting easier; OM and probation in the network.
    expect(s["chain/criminal-justice"]).toBe("present");
    // MDA++ pilot for structurally unsafe cases; a case director keeps the overview.
    expect(s["chain/case-coordination"]).toBe("present");
    // "geweldsoverdracht van generatie op generatie doorbroken", trauma care to stop intergenerational transmission.
    expect(s["chain/intergenerational"]).toBe("present");
    // Local teams draw up a safety, help and recovery plan; better onward movement and exit from the shelter.
    expect(s["chain/aftercare"]).toBe("present");
    // One sentence says agreements on privacy-proof sharing of data are needed; no agreement is made.
    expect(s["chain/information-sharing"]).toBe("partial");
  });

  it("counts the chain enumeration and a list of partners as passing mentions only", () => {
    const s = statuses(
      [
        "# Regiovisie huiselijk geweld",
        "",
        "## Visie",
        "",
        "De aanpak van huiselijk geweld en kindermishandeling omvat de hele keten: preventie, signalering, interventie en nazorg.",
        "",
        "## Maatregelen",
        "",
        "We werken samen met de politie, Veilig Thuis en de wijkteams aan de aanpak van huiselijk geweld.",
      ].join("\n"),
    );
    expect(s["chain/aftercare"]).toBe("partial");
    expect(s["chain/criminal-justice"]).toBe("partial");
    expect(s["chain/information-sharing"]).toBe("missing");
  });

  it("credits concrete arrangements in the body", () => {
    const s = statuses(
      [
        "# Regiovisie huiselijk geweld",
        "",
        "## Maatregelen",
        "",
        "- Iedere vrouw die de opvang verlaat krijgt een nazorgtraject van een jaar.",
        "- Veilig Thuis, de wijkteams en de politie sluiten een privacyconvenant over gegevensuitwisseling.",
        "- Politie en Slachtofferhulp ondersteunen slachtoffers bij het doen van aangifte; het OM legt waar nodig een contactverbod op.",
        "- Bij complexe situaties organiseren we een casusoverleg volgens het principe 1 gezin 1 plan 1 regisseur.",
        "- Ouders die zelf met geweld opgroeiden krijgen steun, zodat de cirkel van geweld wordt doorbroken.",
      ].join("\n"),
    );
    for (const c of CHECKS) expect(s[c], c).toBe("present");
  });

  it("gives off-topic texts not-applicable and no document-level findings", () => {
    for (const text of [
      devset("33-control-helmond-masterplan-integrale-veiligheid-2023-2026.txt"),
      "# Parkeerbeleid 2025\n\nDe gemeente breidt het aantal parkeerplaatsen uit. Bewoners krijgen een vergunning; bezoekers betalen per uur.",
    ]) {
      const r = scan(text, "control");
      expect(r.document.onTopic).toBe(false);
      const chain = r.coverage.filter((x) => x.module === "chain");
      expect(chain.length).toBe(CHECKS.length);
      for (const c of chain) expect(c.status, c.check).toBe("not-applicable");
      expect(r.findings.filter((f) => f.module === "chain" && f.location === null)).toEqual([]);
    }
  });
  // Families of plain-worded measures (issue 13, eighth session): each line stands alone under a measures heading,
  // with the status its check must give. Written for this test, not taken from any text.
  const FAMILIES: [string, CoverageStatus, string][] = [
    ["aftercare", "present", "Na het verblijf in de opvang krijgen vrouwen nog een jaar begeleiding bij het opbouwen van een nieuw bestaan."],
    ["aftercare", "present", "Vrouwen worden na vertrek uit de opvang ondersteund door een vaste hulpverlener."],
    ["aftercare", "present", "Na het afsluiten van de casus houdt het wijkteam nog contact met het gezin."],
    ["aftercare", "present", "Ook na afsluiting van de zaak houdt Veilig Thuis na drie en zes maanden contact om te zien of het veilig blijft."],
    ["aftercare", "present", "Het lokale team belt het gezin na 3 en 6 maanden."],
    ["aftercare", "partial", "Na de opvang is er voor veel vrouwen onzekerheid over wonen."],
    ["aftercare", "missing", "Er is geen begeleiding na het vertrek uit de opvang."],
    ["case-coordination", "present", "Per gezin is er één regisseur die de hulp van alle betrokken organisaties op elkaar afstemt."],
    ["case-coordination", "present", "Voor ieder gezin is er een casusregisseur."],
    ["case-coordination", "present", "De procesregisseur coördineert de hulp rond het gezin."],
    ["case-coordination", "partial", "Veilig Thuis heeft procesregie."],
    ["case-coordination", "missing", "De gemeenten stemmen hun inkoop per gemeente op elkaar af."],
    ["criminal-justice", "present", "Politie en Openbaar Ministerie pakken plegers sneller aan; aangifte doen wordt makkelijker."],
    ["criminal-justice", "present", "Het Openbaar Ministerie vervolgt plegers vaker."],
    ["criminal-justice", "present", "Zaken van partnergeweld worden door het OM sneller afgehandeld."],
    ["criminal-justice", "present", "Slachtoffers worden begeleid bij het doen van aangifte."],
    ["criminal-justice", "partial", "Het aantal aangiftes stijgt sneller dan verwacht."],
    ["criminal-justice", "partial", "De politie schuift aan bij het overleg."],
    ["intergenerational", "present", "We doorbreken de overdracht van geweld van ouders op kinderen door vroege hulp aan jonge ouders die zelf geweld meemaakten."],
    ["intergenerational", "present", "Kinderen die thuis geweld zien, lopen later meer risico om zelf pleger of slachtoffer te worden; daarom krijgen zij hulp."],
    ["intergenerational", "present", "Met steun aan jonge ouders voorkomen we dat zij geweld aan hun kinderen doorgeven."],
    ["intergenerational", "present", "De gemeente zet in op het doorbreken van de intergenerationele overdracht."],
    ["intergenerational", "partial", "Geweld wordt vaak van generatie op generatie doorgegeven."],
    ["intergenerational", "missing", "We voorkomen schulden bij de volgende generatie."],
  ];
  for (const [check, expected, text] of FAMILIES) {
    it(`${check} ${expected}: ${text.slice(0, 60)}`, () => {
      const r = engine.scan(`# Maatregelen\n\n${text}`, { title: "test", assumeOnTopic: true });
      expect(statusesOf(r)[`chain/${check}`]).toBe(expected);
    });
  }
});
