import { assessCoverage, clauseBreak, clauseSpan, defineRule, type EvidenceItem, FLAG_NUMBER, type GradedHit, type Hit, type HitGrade, type Sentence } from "../engine/rule-api.js";
import { ARTICLE_MAX_LENGTH, bodyFor, inBody, inSentence, pastTense, SHORT_TEXT, simplePast, tableOfContents, tokensOf } from "./lib/evidence.js";
import { properNames } from "./lib/names.js";

// Responsible parties (seed 003 L73-731 "Verantwoordelijke partijen / Trekker", seed 001 CC-09): does the policy
// say who carries out what? Concrete: an explicit assignment (trekker, penvoerder, "is verantwoordelijk voor",
// "is belegd bij", "in opdracht van", "neemt het voortouw", a division of tasks), a council's request to its
// executive (motion, amendment), parties that sign a covenant, a role as centrumgemeente with its holder, a
// heading on tasks and roles, or a named party as the agent of an action ("door de GGD", "onder regie van de
// centrumgemeente"). A named party with a task verb ("Haarlem faciliteert het meldpunt", "de GGD gaat meten")
// and a council question that asks for a task count as mentions; in a short text one is enough, a long policy
// needs three. A title ("verantwoordelijk wethouder"), a legal duty of all municipalities ("gemeenten hebben een
// rol"), commissioned research, a covenant signed years ago and a speaker's quoted words are no assignment.
export default defineRule({
  id: "responsibilities-assigned",
  kind: "coverage",
  title: { nl: "Verantwoordelijke partijen", en: "Responsible parties" },
  description: {
    nl: "Wijst het beleid per actie een verantwoordelijke partij of trekker aan (een organisatie of functie, niet 'alle betrokken partijen')? Present: een trekker, penvoerder of verantwoordelijke partij, een opdracht aan een genoemde partij (ook een motie die het college iets vraagt, of partijen die een convenant tekenen), of een taakverdeling tussen genoemde partijen.",
    en: "Does the policy assign a responsible party or lead per action (an organisation or role, not 'all parties involved')? Present: a lead, lead partner or responsible party, a task given to a named party (also a motion asking the executive, or parties signing a covenant), or a division of tasks between named parties.",
  },
  severity: "warning",
  score: 50,
  messages: {
    missing: {
      nl: "Het beleid zegt niet wie de acties uitvoert: er is geen trekker of verantwoordelijke partij.",
      en: "The policy does not say who carries out the actions: there is no lead or responsible party.",
    },
    partial: {
      nl: "Een uitvoerende partij wordt genoemd in {where} ('{quote}'), maar taken en trekkers zijn niet per actie belegd.",
      en: "An implementing party is named in {where} ('{quote}'), but tasks and leads are not assigned per action.",
    },
  },
  remedies: ["monitoring-responsibilities"],
  sources: [
    { source: "seed-003", locator: "L73-75", quote: "Ambities Acties Verantwoordelijkheid" },
    { source: "seed-003", locator: "L139-146", quote: "Verantwoordelijke partijen: Alle gemeenten" },
    { source: "seed-003", locator: "L3077-3083", quote: "wie, wanneer, wat zal uitvoeren" },
  ],
  articles: ["art. 7", "art. 10"],
  tags: ["accountability"],
  uses: [
    "statutory-duty",
    "legal-basis",
    "legislation-object",
    "owner-label",
    "owner-label-with-party",
    "owner-field-label",
    "responsible-actor",
    "task-verb",
    "task-verb-split",
    "party-responsibility",
    "assignment-frame",
    "research-commission",
    "motion-request",
    "council-question-request",
    "covenant-commitment",
    "role-as-frame",
    "task-assignment",
    "passive-request",
    "recipient-request",
    "request-participle",
    "active-request",
    "perfect-auxiliary",
    "institution-head",
    "organisation-head",
    "universal-quantifier",
    "responsibility-heading",
    "role-heading",
    "author-subject",
    "agent-marker",
    "placement-verb",
    "object-preposition",
    "party-title-cue",
    "party-adjective",
    "municipality-noun",
    "future-auxiliary",
    "intention-auxiliary",
    "single-case-object",
    "news-report-verb",
    "reader-address",
    "council-addressee",
    "action-column",
    "measure-object",
    "measure-verb",
    "owner-field-party",
    "agreement-clause",
    "kind-determiner",
    "kind-demonstrative",
    "long-standing-practice",
    "own-responsibility",
    "publication-credit",
    "contents-opening",
    "wish-for-attention",
    "wish-verb",
    "cooperation-verb",
    "framework-use",
  ],
  examples: [
    { text: "- Projectleider brengt stand van zaken programma's in kaart (februari 2020).\n\nVerantwoordelijke partijen: alle gemeenten. [[Trekker]]: projectleider GHNT.", expect: "present" },
    { text: "Het projectleiderschap 'Geweld hoort nergens thuis' is bij Sociaal Domein Fryslân [[belegd]].", expect: "present" },
    { text: "# Monitoring\n\nIn 2015 wordt door de [[GGD]] weer gemeten op de betreffende doelstellingen.", expect: "present" },
    { text: "B. Het vaststellen van de afspraken is een [[bevoegdheid]] van het Algemeen Bestuur van de GGD.", expect: "present" },
    { text: "# Maatregelen\n\nDe huisartsen [[worden verzocht om]] bij vermoedens van huiselijk geweld de meldcode te gebruiken.", expect: "present", note: "A passive request to the party named in the sentence." },
    { text: "# Maatregelen\n\nOuders wordt gevraagd om signalen van huiselijk geweld te melden.", expect: "missing", note: "A request to no party." },
    { text: "# Maatregelen\n\nDe regionale jeugdhulpinstellingen [[wordt gevraagd om]] een aandachtsfunctionaris aan te wijzen.", expect: "present", note: "A request to organisations by the head of their compound." },
    { text: "# Maatregelen\n\nAan de jeugdhulpaanbieders [[wordt gevraagd om]] hun wachttijden bij huiselijk geweld te melden.", expect: "present", note: "The party asked after the clause's opening preposition." },
    { text: "# Maatregelen\n\nInwoners wordt gevraagd om zorgen over een gezin bij Veilig Thuis te melden.", expect: "missing", note: "Residents are asked; Veilig Thuis further in is not." },
    { text: "# Maatregelen\n\nOuders van leerlingen op de basisscholen wordt gevraagd om signalen te melden.", expect: "missing", note: "The schools are not the ones asked." },
    { text: "# Maatregelen\n\nDaarom [[worden de buurtteams gevraagd om]] bij elk huisverbod de kinderen te spreken.", expect: "present", note: "Inverted order: the party asked between auxiliary and participle." },
    { text: "# Maatregelen\n\nVanaf 2027 [[wordt Veilig Thuis verzocht om]] elk kwartaal de wachttijden te delen.", expect: "present", note: "Inverted order with a known party." },
    { text: "# Maatregelen\n\nDaarom worden de ouders gevraagd om zorgen over hun kind te bespreken.", expect: "missing", note: "Inverted order, but persons are asked." },
    { text: "# Maatregelen\n\nInwoners worden via de scholen gevraagd om hun zorgen te delen.", expect: "missing", note: "The schools after a preposition are the channel; the residents are asked." },
    { text: "# Maatregelen\n\nDaarom wordt aan de basisscholen [[gevraagd om]] een aandachtsfunctionaris huiselijk geweld te benoemen.", expect: "present", note: "Inverted, the party asked after 'aan' (coverage)." },
    { text: "# Maatregelen\n\nVerder wordt aan Veilig Thuis en de buurtteams [[verzocht om]] elk halfjaar de wachttijden te delen.", expect: "present", note: "Two parties after 'aan', beyond a three-word gap (coverage)." },
    { text: "# Maatregelen\n\nOok is aan de GGD [[gevraagd om]] ouderenmishandeling in de gezondheidsmonitor op te nemen.", expect: "present", note: "The perfect of the request (coverage)." },
    { text: "# Maatregelen\n\nAan de jeugdhulpaanbieders is [[gevraagd om]] hun wachtlijsten bij huiselijk geweld te melden.", expect: "present", note: "The perfect, the party opening the clause (coverage)." },
    { text: "# Maatregelen\n\nDe huisartsen zijn [[verzocht om]] bij elk vermoeden van partnergeweld de meldcode te volgen.", expect: "present", note: "The perfect in plain order (coverage)." },
    { text: "# Maatregelen\n\nDaarom wordt aan de ouders gevraagd om zorgen over huiselijk geweld te melden.", expect: "missing", note: "Persons after 'aan' give no task (coverage)." },
    { text: "# Maatregelen\n\nBij partnergeweld is aan de slachtoffers verzocht om een vragenlijst in te vullen.", expect: "missing", note: "Victims asked: no party (coverage)." },
    { text: "# Maatregelen\n\nDaarom wordt aan de ouders en de GGD gevraagd om signalen van huiselijk geweld te melden.", expect: "missing", note: "The phrase after 'aan' opens with persons (coverage)." },
    { text: "# Maatregelen\n\nWij [[vragen]] de wijkteams om bij elke melding ook de kinderen te spreken.", expect: "present", note: "An active request by the author to a party (coverage2)." },
    { text: "# Maatregelen\n\nDe burgemeester heeft aan de politie en Veilig Thuis [[gevraagd]] om elk huisverbod samen te evalueren.", expect: "present", note: "Parties after 'aan', the participle final (coverage2)." },
    { text: "# Maatregelen\n\nDaarom [[draagt]] het college de GGD op een nieuwe slachtoffermonitor uit te voeren.", expect: "present", note: "A split verb of instruction, the asker inverted (coverage2)." },
    { text: "# Maatregelen\n\nWe hebben de buurtteams gevraagd of zij meer zorgen over ouderen horen.", expect: "missing", note: "A question, no task to carry out (coverage2)." },
    { text: "# Maatregelen\n\nVeel slachtoffers vragen de politie om hen beter te beschermen.", expect: "missing", note: "Victims ask: no author or party gives the task (coverage2)." },
    { text: "# Maatregelen\n\nDe wethouder heeft aan de ouders gevraagd om zorgen over hun kind te melden.", expect: "missing", note: "Persons are asked (coverage2)." },
    { text: "Verantwoordelijk wethouder Barry Jacobs kan zich de terughoudendheid voorstellen.", expect: "missing", note: "A title is no assignment." },
    { text: "Gemeenten zijn wettelijk verantwoordelijk om huiselijk geweld te voorkomen en aan te pakken.", expect: "missing", note: "A legal duty of all municipalities." },
    { text: "Veilig Thuis is wettelijk verplicht om na een melding binnen vijf werkdagen over vervolgstappen te beslissen.", expect: "partial", note: "A duty the law gives: a mention, not an assignment." },
    { text: "Op grond van de Jeugdwet moet Veilig Thuis elk gezin na een melding van kindermishandeling binnen tien dagen bezoeken.", expect: "partial", note: "The law as the basis of the task." },
    { text: "[[Veilig Thuis]] moet elk gezin na een melding van kindermishandeling binnen tien dagen bezoeken.", expect: "present", note: "The same task without the law: the policy's." },
    { text: "Als centrumgemeente [[faciliteert]] Haarlem het meldpunt voor huiselijk geweld.", expect: "present", note: "In a short text one named party with a task is enough." },
    { text: "# Maatregelen\n\nSlachtoffers worden doorverwezen naar Veilig Thuis en de vrouwenopvang.", expect: "missing", note: "Parties as destinations, not as owners." },
    { text: "Verzoekt het college: samen met Veilig Thuis een campagne tegen partnergeweld te [[starten]].", expect: "present", note: "A motion gives the executive a task." },
    { text: "De gemeenteraad [[vraagt het college van burgemeester en schepenen]] een actieplan intrafamiliaal geweld op te stellen.", expect: "present" },
    { text: "Is het college bereid om de opvang voor slachtoffers van huiselijk geweld uit te breiden?", expect: "present", note: "A council question asks for a task." },
    { text: "Daarnaast heeft wethouder Van Ooijen in 2021 [[toegezegd]] te kijken naar een monument voor slachtoffers van partnergeweld.", expect: "present" },
    { text: "Politie, scholen en Veilig Thuis [[ondertekenen]] vandaag het convenant Handle with Care.", expect: "present", note: "Parties that commit in a covenant." },
    { text: "In 2003 hebben de gemeenten en maatschappelijke organisaties voor het eerst een convenant [[ondertekend]].", expect: "partial", note: "A covenant signed years ago is history." },
    { text: "In [[opdracht van]] de gemeente coördineert de GGD de aanpak van ouderenmishandeling.", expect: "present" },
    { text: "NJi en Movisie hebben in opdracht van de ministeries een studie gedaan naar kinderen als getuigen van huiselijk geweld.", expect: "missing", note: "Commissioned research is no task in the approach." },
    { text: "Op veel onderdelen hebben we een rol [[als centrumgemeente]] voor vrouwenopvang en de aanpak van huiselijk geweld.", expect: "present" },
    { text: "In de gids staan aandachtspunten voor gemeenten om hun rol als opdrachtgever van de vrouwenopvang in te vullen.", expect: "missing", note: "Generic: all municipalities." },
    { text: "De gemeenschapsbemiddelaars hebben drie [[hoofdtaken]]: informeren, bemiddelen en beïnvloeden bij eergerelateerd geweld.", expect: "present" },
    { text: "# Een cruciale [[rol voor]] Veilig Thuis\n\nHuiselijk geweld komt in alle lagen van de bevolking voor.", expect: "present", note: "A heading devoted to a named party's role." },
    { text: "# De rol van de gemeente\n\nHuiselijk geweld komt in alle lagen van de bevolking voor.", expect: "missing", note: "The municipality in general." },
    { text: "Het landelijke actieprogramma werd vorig jaar gelanceerd door de [[ministeries]] van VWS en JenV.", expect: "partial", note: "An agent in the past tense is history." },
    { text: "Vermijd financiering voor enkel mannen- en vrouwenopvang, zorg voor meer opties.", expect: "missing", note: "An imperative in another clause." },
    { text: "# Acties\n\n- Campagne tegen partnergeweld. [[Verantwoordelijke]]: gemeente Groningen, najaar 2025.", expect: "present", note: "A field of an action table." },
    { text: "De verantwoordelijke posities van de spelers binnen het veld verduidelijken, waarbij de regierol van de gemeente centraal staat.", expect: "missing", note: "No field, and the municipality in general." },
    { text: "Burgemeester Krikke [[wil]] dat de politie vaker een huisverbod oplegt bij huiselijk geweld.", expect: "present", note: "A named party's plan in a news item." },
    { text: "De fractie van D66 wil meer aandacht voor ouderenmishandeling in de wijken.", expect: "partial", note: "A wish for attention is no task (covda)." },
    { text: "De wethouder geeft aan dat ze eerst meer informatie wil over de stijging van het aantal huisverboden.", expect: "partial", note: "A wish for information, verb-final (covda)." },
    { text: "De burgemeester wil weten waarom zo weinig plegers daderhulp krijgen.", expect: "partial", note: "Wanting to know is a question (covda)." },
    { text: "Het CDA wil dat er extra aandacht komt voor financiële uitbuiting van ouderen.", expect: "partial", note: "Attention that should come, without a party to give it (covda)." },
    { text: "De burgemeester [[wil]] dat Veilig Thuis meer aandacht heeft voor de kinderen in het gezin.", expect: "present", note: "Another party between: Veilig Thuis gets the task (covda)." },
    { text: "De wethouder [[wil]] in 2026 een meldpunt voor ouderenmishandeling openen.", expect: "present", note: "A wish with a task in it (covda)." },
    { text: "Het college van Renkum wil het regionale beleidskader gebruiken als leidraad voor de aanpak van ouderenmishandeling.", expect: "partial", note: "A framework taken on is no task (covda)." },
    { text: "Het college van Epe wil de nieuwe regiovisie als uitgangspunt nemen voor het eigen beleid tegen partnergeweld.", expect: "partial", note: "The same with another framework word (covda)." },
    { text: "Heerde werkt daarbij nauw samen met de gemeenten Hattem en Oldebroek.", expect: "partial", note: "Working together with municipalities only: membership of a region (covda)." },
    { text: "De gemeente Heerde werkt samen met de gemeenten Hattem en Oldebroek.", expect: "partial", note: "The same with the municipality noun (covda)." },
    { text: "[[Heerde]] werkt samen met de gemeenten Hattem en Oldebroek aan een meldpunt voor ouderenmishandeling.", expect: "present", note: "Said on what they work together: a task (covda)." },
    { text: "Het [[wijkteam]] werkt samen met de politie bij elke melding van stalking.", expect: "present", note: "Working together on something stays a task (covda)." },
    { text: "De gemeenteraad vraagt aan het [[schepencollege]] een actieplan tegen intrafamiliaal geweld.", expect: "present" },
    { text: "Onder regie van de [[centrumgemeente]] komt er een regionale aanpak van ouderenmishandeling.", expect: "present" },
    { text: "De wethouder vervolgt: \"In de komende vier jaar moeten we extra aandacht geven aan huiselijk geweld.\"", expect: "missing", note: "The speaker's words are not her task." },
    { text: "Het CAW [[staat in voor]] de opvang van slachtoffers van intrafamiliaal geweld.", expect: "present", note: "Flemish for 'is responsible for'." },
    { text: "Bent u bereid om met de vrouwenopvang afspraken te maken over extra crisisbedden?", expect: "present", note: "Written questions address the executive as 'u'." },
    { text: "Bent u bekend met het bericht dat het aantal meldingen van huiselijk geweld stijgt?", expect: "missing", note: "A question about knowledge asks for no task." },
    { text: "Partijen komen het volgende overeen: zij delen signalen van ouderenmishandeling binnen twee werkdagen.", expect: "present" },
    { text: "De casusregie bij huiselijk geweld is in handen van het wijkteam.", expect: "present" },
    { text: "Het [[Veiligheidshuis]] pakt complexe casussen op.", expect: "present", note: "A separable task verb with its object in between." },
    { text: "Het Zorg- en Veiligheidshuis heeft de verantwoordelijkheid voor de procesregie bij huiselijk geweld.", expect: "present" },
    { text: "Voor slachtoffers van huiselijk geweld is het belangrijk dat zij snel terechtkunnen, en een regie op de hulp ontbreekt nog.", expect: "missing", note: "No party holds the task." },
    { text: "# Acties\n\nVorming over intrafamiliaal geweld voor eerstelijnswerkers. [[Verantwoordelijke dienst]]: preventiedienst.", expect: "present", note: "A field of an action plan." },
    { text: "Iedereen is verantwoordelijk voor een veilige thuissituatie, ook buren en collega's.", expect: "missing", note: "Everyone is no named party." },
    { text: "Het college wordt verzocht de raad jaarlijks te informeren over de aanpak van femicide.", expect: "present", note: "A motion in the passive voice." },
    { text: "Vanaf 2025 financiert [[Apeldoorn]] de ambulante hulp aan slachtoffers van partnergeweld.", expect: "present", note: "A party by its bare name, right after its task verb." },
    { text: "[[Nissewaard]] coördineert de inzet van de wijkteams bij huiselijk geweld.", expect: "present", note: "A bare name that opens the sentence, right before its task verb." },
    { text: "In Leiden zijn vorig jaar 23 huisverboden opgelegd wegens huiselijk geweld.", expect: "missing", note: "A place, not a party with a task." },
    { text: "Het meldpunt huiselijk geweld wordt beheerd door [[Dordrecht]] namens de Drechtsteden.", expect: "present", note: "A bare name as the agent of a passive in the present." },
    { text: "Het voorlichtingsproject over huiselijk geweld werd begeleid door Variya.", expect: "missing", note: "An agent in the past is history." },
    { text: "De aanpak van ouderenmishandeling wordt uitgevoerd door het sociaal [[wijkteam]].", expect: "present", note: "The agent with an adjective between article and party." },
    { text: "De aanpak van ouderenmishandeling werd vorig jaar uitgevoerd door het sociaal wijkteam.", expect: "missing", note: "In the past the agent is history." },
    { text: "Netwerken moeten door een onafhankelijk persoon worden onderhouden bij de aanpak van huiselijk geweld.", expect: "missing", note: "A capitalised common word with an auxiliary is no party." },
    { text: "[[Veilig Thuis]] onderzoekt de situatie in dit gezin, meldt een woordvoerder.", expect: "partial", note: "One case in a news item: a report, not a task." },
    { text: "[[Jeugdbescherming]] begeleidt het meisje sinds maart.", expect: "partial", note: "One girl: a report of a case." },
    { text: "[[Veilig Thuis]] onderzoekt elke melding van kindermishandeling binnen vijf werkdagen.", expect: "present", note: "A standing task." },
    { text: "Politie en [[Veilig Thuis]] gaan voortaan samen elke melding van stalking beoordelen, zo laat de gemeente weten.", expect: "present", note: "A news source of a commitment." },
    { text: "Voor de uitvoering van het actieplan is de afdeling Maatschappelijke Ontwikkeling [[verantwoordelijk]].", expect: "present", note: "'verantwoordelijk' closing the clause, the named party before it." },
    { text: "Ouders zijn zelf verantwoordelijk.", expect: "missing", note: "No named party: the parents' own responsibility." },
    { text: "De gemeente [[Tilburg]] vervult de rol van centrumgemeente en koopt de opvang voor de hele regio in.", expect: "present" },
    { text: "De [[GGD]] houdt jaarlijks bij hoeveel meldingen van ouderenmishandeling er binnenkomen.", expect: "present" },
    { text: "De [[politie]], het OM en Veilig Thuis zeggen toe dat zij elke melding binnen vijf werkdagen bespreken.", expect: "present", note: "'zeggen toe dat' is a promise, not reported speech." },
    { text: "Antwoord: Wij hebben de GGD [[opdracht gegeven]] de monitor uit te breiden met ouderenmishandeling.", expect: "present" },
    { text: "Het is belangrijk dat iemand de regie neemt over de hulp aan het gezin.", expect: "missing", note: "Nobody in particular." },
    { text: "De gemeente is eigenaar van het pand waarin de opvang zit.", expect: "missing", note: "The owner of a building, not of a task." },
    { text: "Het [[wijkteam]] kan u helpen als u zich zorgen maakt over uw situatie thuis.", expect: "partial", note: "A service addressed to the reader." },
    { text: "Het college informeert u en de raad in maart over de voortgang van de aanpak.", expect: "present", note: "'u' is the council." },
    { text: "In de samenwerkingsafspraken is vastgelegd dat de [[reclassering]] de daderhulp uitvoert.", expect: "present", note: "A verb-final task verb in a subordinate clause." },
    { text: "Het is niet duidelijk wie verantwoordelijk is voor de nazorg.", expect: "missing", note: "Asking who is responsible names no one." },
    { text: "Acties 2026:\n\n- [[Politie]]: elke melding van stalking binnen 48 uur oppakken.", expect: "present", note: "A task row: a party and a colon." },
    { text: "Cijfers 2024:\n\n- Politie: 1.240 meldingen", expect: "missing", note: "A count after the colon is no task." },
    { text: "Maatregel | [[Wie]] | Gereed\nMeldcode-training huisartsen | GGD en Veilig Thuis | eind 2026", expect: "present", note: "An action table's header." },
    { text: "Wie | Telefoon\nVeilig Thuis | 0800-2000", expect: "missing", note: "A contact table." },
    { text: "[[Veilig Thuis]] ontvangt jaarlijks ruim 3.000 meldingen over huiselijk geweld.", expect: "partial", note: "A count, not a task." },
    { text: "De [[GGD]] gaat in 2026 vijfhonderd professionals trainen in het werken met de meldcode.", expect: "present" },
    { text: "[[Regie]]: centrumgemeente Groningen.", expect: "present", note: "A field with a named party after its colon." },
    { text: "Uitvoering: 2026.", expect: "missing", note: "A field without a party." },
    { text: "[[Afgesproken is dat]] het wijkteam na elk huisverbod binnen een week een huisbezoek aflegt.", expect: "present" },
    { text: "Afgesproken is dat we elkaar vaker zien.", expect: "missing", note: "No named party in the agreement." },
    { text: "Het [[wijkteam]] stemt de hulp af met de reclassering en de vrouwenopvang.", expect: "present" },
    {
      text: "Het Nederlandse Koninkrijk heeft belangrijke verantwoordelijkheden voor de aanpak van huiselijk geweld op lokaal, regionaal en landelijk niveau belegd.",
      expect: "missing",
      note: "'belegd' without the party it goes to.",
    },
    { text: "Een wijkteam coördineert de hulp aan gezinnen na een huisverbod.", expect: "missing", note: "A kind of organisation, not a named one." },
    { text: "Het [[college]] neemt samen met de politie extra maatregelen tegen partnergeweld.", expect: "present", note: "Taking measures with words between verb and noun (coverage)." },
    { text: "[[Veilig Thuis]] treft in overleg met de school aanvullende maatregelen bij kindermishandeling.", expect: "present", note: "The same with 'treffen' (coverage)." },
    { text: "Het [[kabinet]] neemt daarom een reeks maatregelen tegen huwelijksdwang.", expect: "present", note: "The same, three words between (coverage)." },
    { text: "Het college neemt elke melding van ouderenmishandeling serieus en past zo nodig de maatregelen aan.", expect: "missing", note: "'neemt' with another object; the measures are in the next clause (coverage)." },
    { text: "Het college nam vorig jaar samen met de politie extra maatregelen tegen partnergeweld.", expect: "missing", note: "Measures taken in the past are history (coverage)." },
    { text: "De nazorg na een huisverbod wordt uitgevoerd door dit soort [[organisaties]].", expect: "present", note: "The agent of a passive in the present, a kind of organisation: a mention, enough in a short text (coverage)." },
    { text: "Steunpunten worden voortaan geadviseerd door een landelijke [[organisatie]] met kennis van huwelijksdwang.", expect: "present", note: "The agent after 'een' and an adjective (coverage)." },
    { text: "De nazorg na een huisverbod werd vorig jaar uitgevoerd door zulke instellingen.", expect: "missing", note: "The agent in the past is history (coverage)." },
    { text: "Deze studie naar partnergeweld wordt uitgevoerd door een onderzoeksbureau.", expect: "missing", note: "Research carried out is no task in the approach (coverage)." },
    { text: "Elke gemeente stelt samen met de regio een visie op huiselijk geweld op.", expect: "missing", note: "Every municipality: no named party." },
    { text: "Veilig Thuis organiseert al geruime tijd voorlichting op basisscholen.", expect: "partial", note: "A long-standing practice described." },
    { text: "[[Veilig Thuis]] organiseert vanaf volgend jaar voorlichting op basisscholen.", expect: "present", note: "The same verb looking ahead is a task." },
    { text: "Tot 2020 was de gemeente Zwolle penvoerder van het regionale plan.", expect: "partial", note: "A role that was held." },
    { text: "De gemeente is [[trekker]] van het regionale actieplan.", expect: "present" },
    { text: "Alle partners werken samen, ieder vanuit de eigen verantwoordelijkheid.", expect: "missing", note: "Each party's own responsibility is no division of tasks." },
    { text: "De auteurs en het onderzoeksbureau Kompas zijn verantwoordelijk voor de inhoud van dit rapport.", expect: "missing", note: "A colophon." },
    { text: "Inhoudsopgave Voorwoord 3 Inleiding 5 Uitvoering door de gemeente 9 Resultaten 14 Conclusies 21", expect: "missing", note: "A contents run copied into one sentence." },
    { text: "De GGD organiseert al jaren voorlichting om besnijdenis tegen te gaan.", expect: "partial", note: "'te gaan' is an infinitive, no look ahead." },
    { text: "2015 Start Veilig Thuis\nEen meldpunt voor huiselijk geweld en kindermishandeling", expect: "missing", note: "A capitalised verb inside the sentence is a title word, not the party's verb." },
  ],
  create(ctx) {
    return {
      "document:exit"() {
        const t = ctx.doc.tokens;
        // Where these hits end, without making a hit object for each preposition of the document.
        const ends = (concepts: readonly string[]) => ctx.hits.tokEnds(concepts);
        const agent = ends(["agent-marker"]);
        const placed = ends(["placement-verb"]);
        const preposition = ends(["object-preposition"]);
        const title = ends(["party-title-cue"]);
        // A marker right before the party, or with one short function word (an article) between: "door de GGD".
        const before = (marks: Set<number>, a: Hit) =>
          marks.has(a.tokStart) || (marks.has(a.tokStart - 1) && isArticleSlot(a.tokStart - 1));
        // The same with up to two adjectives of the party after the article ("door het sociaal wijkteam", "ligt bij de
        // regionale GGD"), never a noun of its own ("door de inzet van Veilig Thuis").
        const beforeAdjectives = (marks: Set<number>, a: Hit) => {
          let j = a.tokStart; // the first of the adjectives before the party
          for (let k = 0; k < PARTY_ADJECTIVES && j > 1 && t.sentence[j - 1] === a.sentence && isAdjective(j - 1); k++) j--;
          return j < a.tokStart && (marks.has(j) || (marks.has(j - 1) && isArticleSlot(j - 1)));
        };
        const isArticleSlot = (i: number) =>
          i >= 0 && t.normAt(i).length <= ARTICLE_MAX_LENGTH && (t.flags[i] & FLAG_NUMBER) === 0 && !/\p{Lu}/u.test(t.textAt(i));
        // Adjectives that organisations carry ("lokale", "regionaal", "Haagse"): the lexicon's party-adjective.
        const adjective = tokensOf(ctx, PARTY_ADJECTIVE);
        // Auxiliaries before an active request's final verb ("heeft de politie opgedragen", "willen de GGD vragen").
        const auxiliaryEnds = ends(["perfect-auxiliary", ...AUXILIARIES]);
        const isAdjective = (i: number) => adjective.has(i);

        // Named parties: the lexicon's organisations and roles, plus "gemeente Leeuwarden", "de regio Hollands Midden",
        // "gemeenten Dordrecht, …": the noun and the name right after it ("regio (Haaglanden)" is an aside).
        const actors: Hit[] = [...ctx.find(["responsible-actor"])];
        const names = properNames(ctx);
        const nameAt = new Map(names.map((n) => [n.tokStart, n]));
        for (const m of ctx.find(["municipality-noun"])) {
          const i = m.tokEnd;
          if (i >= t.count || t.sentence[i] !== m.sentence || !/^\p{Lu}/u.test(t.textAt(i)) || t.start[i] - t.end[i - 1] > 1) continue;
          const end = nameAt.get(i)?.tokEnd ?? i + 1;
          actors.push({ concept: "responsible-actor", start: m.start, end: t.end[end - 1], tokStart: m.tokStart, tokEnd: end, sentence: m.sentence });
        }
        // "Een wijkteam ondersteunt …", "Elke gemeente stelt … op": a determiner of a kind (with the party's
        // adjectives between) makes the party a kind of organisation or every municipality, not a named party.
        const kind = tokensOf(ctx, KIND_DETERMINER);
        const wish = tokensOf(ctx, WISH_VERB);
        // The determiners of a noun phrase beyond the article: "alle", "elke", "een" (before the party asked a request).
        const determiner = tokensOf(ctx, [...KIND_DETERMINER, ...UNIVERSAL]);
        const ofAKind = (a: Hit) => {
          let j = a.tokStart - 1;
          for (let k = 0; k < PARTY_ADJECTIVES && j > 0 && t.sentence[j] === a.sentence && isAdjective(j); k++) j--;
          return j >= 0 && t.sentence[j] === a.sentence && kind.has(j);
        };
        const kindActors: Hit[] = [];
        for (let i = actors.length - 1; i >= 0; i--) if (ofAKind(actors[i])) kindActors.push(actors.splice(i, 1)[0]);
        // "Het college neemt samen met de politie extra maatregelen", "treft in overleg met de school aanvullende
        // maatregelen": "neemt"/"treft" is a task verb with its measures later in the same clause, however many words
        // stand between (a pattern's gap holds three). The hit is the verb, as for the lexicon's task verbs.
        const measureTaking = new Map<number, Hit[]>();
        for (const v of ctx.find(MEASURE_VERB)) {
          const [, to] = clauseSpan(ctx.doc, v.tokStart);
          if (ctx.hits.inSentence(v.sentence, MEASURE_OBJECT).some((m) => m.tokStart >= v.tokEnd && m.tokStart < to && m.tokStart - v.tokEnd <= MEASURE_REACH))
            measureTaking.set(v.sentence, [...(measureTaking.get(v.sentence) ?? []), v]);
        }
        const taskVerbsIn = (sentence: number): Hit[] => {
          const more = measureTaking.get(sentence);
          const verbs = ctx.hits.inSentence(sentence, TASK_VERBS);
          return more ? [...verbs, ...more].sort((a, b) => a.tokStart - b.tokStart) : verbs;
        };
        const bySentence = new Map<number, Hit[]>();
        for (const a of actors) bySentence.set(a.sentence, [...(bySentence.get(a.sentence) ?? []), a]);
        const actorIn = (sentence: number) => bySentence.has(sentence);
        // Who holds a role: the author ("we") or a party that is not the object of a preposition ("van de vrouwenopvang").
        const holderIn = (sentence: number) =>
          (bySentence.get(sentence) ?? []).some((a) => !before(preposition, a)) || ctx.hits.inSentence(sentence, ["author-subject"]).length > 0;
        const holderAfter = (sentence: number, tok: number) => (bySentence.get(sentence) ?? []).some((a) => a.tokStart >= tok && !before(preposition, a));
        const holderBefore = (sentence: number, tok: number) => (bySentence.get(sentence) ?? []).some((a) => a.tokEnd <= tok && !before(preposition, a));
        const body = (s: Sentence): HitGrade | undefined => (inBody(ctx, s) ? "strong" : undefined);
        // What the sentence reports (issue 13 point 2): a party acting in ONE case ("Veilig Thuis onderzoekt de situatie
        // in dit gezin", "…, laat de gemeente weten") is a news report, not a standing task or a commitment, so its
        // party is a mention at most. A news source that looks ahead ("gaan voortaan …, zo laat de gemeente weten")
        // still reports a commitment; one case stays one case whatever the tense.
        const oneCase = (s: Sentence) =>
          inSentence(ctx, s, ["single-case-object"]) || (newsSource(s) && !inSentence(ctx, s, LOOKING_AHEAD));
        // A service addressed to the reader ("Het wijkteam kan u helpen", "Slachtofferhulp helpt je") is no task the
        // policy assigns, unless "u" is the council ("Het college informeert u en de raad in maart").
        const service = (s: Sentence) => inSentence(ctx, s, READER) && !inSentence(ctx, s, COUNCIL);
        // What describes rather than assigns (cov-resp, fifth session): a practice that has run for years ("werkt al
        // jaren aan", unless the sentence looks ahead), each party's own responsibility ("ieder vanuit de eigen
        // verantwoordelijkheid"), a colophon's responsibility for the contents, and an entry of a contents run.
        // An auxiliary after "te" is an infinitive ("om geweld tegen te gaan"), not a look ahead.
        const lookingAhead = (s: Sentence) =>
          ctx.hits.inSentence(s.index, LOOKING_AHEAD).some((h) => h.tokStart === 0 || t.normAt(h.tokStart - 1) !== INFINITIVE_TE);
        // A task verb with a capital inside its sentence is a title word ("2015 Start Veilig Thuis" run into the next
        // line of a page), not the finite verb of a party.
        const titleWord = (v: Hit, s: Sentence) => v.tokStart > s.tokenStart && /^\p{Lu}/u.test(t.textAt(v.tokStart));
        const longStanding = (s: Sentence) => inSentence(ctx, s, LONG_STANDING) && !lookingAhead(s);
        const noDivision = (s: Sentence) => inSentence(ctx, s, NO_DIVISION);
        // A duty the law gives ("op grond van de Wmo biedt de centrumgemeente opvang", "professionals zijn
        // wettelijk verplicht …"): the law divides that task, not the policy; a mention at most.
        const lawStarts = new Set(ctx.find(LEGISLATION).map((h) => h.tokStart));
        const statutory = (s: Sentence) =>
          inSentence(ctx, s, STATUTORY) || ctx.hits.inSentence(s.index, LEGAL_BASIS).some((h) => lawStarts.has(h.tokEnd));
        const asTask = (s: Sentence, grade: HitGrade | undefined): HitGrade | undefined =>
          oneCase(s) || service(s) || longStanding(s) || noDivision(s) || contentsRun(s) || statutory(s) ? "weak" : grade;
        // An explicit title or assignment in the simple past ("Tot 2020 was de GGD penvoerder") is a role that was held.
        const explicit = (s: Sentence): HitGrade | undefined | null => (noDivision(s) ? null : simplePast(ctx, s) ? "weak" : body(s));

        const evidence: EvidenceItem[] = [
          // Explicit assignments: a trekker, "is verantwoordelijk voor", a motion's "verzoekt het college", an assignment.
          { concepts: ["owner-label"], grade: (_h, s) => explicit(s) },
          { concepts: ["motion-request"], grade: (_h, s) => body(s) },
          // "Verantwoordelijke: Veilig Thuis", a field of an action table ("verantwoordelijke posities" is none).
          // A table's header cell ("Maatregel | Wie | Gereed") with a cell for the action in the same row; a contact table
          // ("Wie | Telefoon") names no task.
          { concepts: ["owner-field-label"], grade: (h, s) => (colonAfter(h) || headerRowCell(h) ? body(s) : null) },
          // "Regie: centrumgemeente Groningen", "Actiehouder: GGD Twente": a field with a named party after its colon.
          {
            concepts: ["owner-field-party"],
            grade: (h, s) => (colonAfter(h) && holderAfter(s.index, h.tokEnd) ? body(s) : null),
          },
          // "Afgesproken is dat het wijkteam …": an agreement with a named party in its clause ("dat we …" names none).
          { concepts: ["agreement-clause"], grade: (h, s) => (holderAfter(s.index, h.tokEnd) ? body(s) : null) },
          {
            concepts: ["assignment-frame"],
            grade: (_h, s) =>
              // "hebben in opdracht van de ministeries een studie gedaan": commissioned research is no task in the approach.
              inSentence(ctx, s, ["research-commission"]) ? null : body(s),
          },
          // "is bij Sociaal Domein Fryslân belegd", "De bemiddelaars hebben drie hoofdtaken": with the party in the sentence.
          // "Het Veiligheidshuis heeft de verantwoordelijkheid voor …", "Veilig Thuis is de regisseur": the same.
          { concepts: ["owner-label-with-party", "task-assignment", "party-responsibility"], grade: (_h, s) => (actorIn(s.index) ? explicit(s) : null) },
          // "De regionale jeugdhulpinstellingen wordt gevraagd om …": a passive request counts with the party it asks,
          // before it in its clause or, inverted, right after its auxiliary ("Daarom worden de wijkteams gevraagd om");
          // "Ouders wordt gevraagd om dit bij Veilig Thuis te melden" asks the parents.
          { concepts: ["passive-request"], grade: (h, s) => (askedParty(h, s) ? explicit(s) : null) },
          // "Daarom wordt aan de scholen gevraagd om …", "is ook aan Veilig Thuis en de wijkteams verzocht om …": the
          // party after "aan" in an inverted passive request; "wordt aan de ouders gevraagd" asks persons.
          { concepts: ["request-participle"], grade: (h, s) => (askedAfterRecipient(h, s) ? explicit(s) : null) },
          // "Wij vragen Veilig Thuis om …", "De wethouder heeft aan de GGD gevraagd om …", "Het college draagt de GGD op
          // …": an active request by the author or a party, with the party asked beside the verb and a task to do.
          { concepts: ["active-request"], grade: (h, s) => (activeRequest(h, s) ? explicit(s) : null) },
          // "Voor de uitvoering is de afdeling Jeugd verantwoordelijk": the title word "verantwoordelijk" closing the clause
          // is the inverted "is verantwoordelijk voor", with a named party before it that is not the object of a
          // preposition ("Ouders zijn zelf verantwoordelijk" names none; "Verantwoordelijk wethouder X" does not close).
          {
            concepts: ["party-title-cue"],
            grade: (h, s) =>
              t.normAt(h.tokStart) === RESPONSIBLE && CLAUSE_CLOSE.test(ctx.doc.text.slice(h.end, s.end)) && holderBefore(s.index, h.tokStart) ? explicit(s) : null,
          },
          // "Op veel onderdelen hebben we een rol als centrumgemeente": the role and who holds it.
          { concepts: ["role-as-frame"], grade: (_h, s) => (holderIn(s.index) ? body(s) : null) },
          // Parties that sign a covenant; one signed years ago is history, a mention at most.
          { concepts: ["covenant-commitment"], grade: (_h, s) => (pastTense(ctx, s) ? "weak" : body(s)) },
          // "Is het college bereid …": a council question that asks for a task.
          { concepts: ["council-question-request"] },
          // A heading or contents entry devoted to responsibilities, or to the role of a named party.
          { concepts: ["responsibility-heading"], grade: (_h, s) => (isHeadingLike(s) ? "strong" : null) },
          { concepts: ["role-heading"], grade: (_h, s) => (isHeadingLike(s) && actorIn(s.index) ? "strong" : null) },
        ];
        const graded: GradedHit[] = [];
        for (const a of actors) {
          const s = ctx.doc.sentences[a.sentence];
          if (s.blockType === "footnote") continue;
          // "door de GGD", "door het college": the agent of an action; "geregeld bij Veilig Thuis", "ligt bij de centrumgemeente".
          // An agent in the past tense ("werd gelanceerd door de ministeries") is history, not a task.
          if (before(agent, a) || before(placed, a)) {
            graded.push({ hit: a, grade: pastTense(ctx, s) ? "weak" : asTask(s, body(s)) });
            continue;
          }
          // "wordt uitgevoerd door het sociaal wijkteam": the agent with its adjectives; in the past the party may still
          // be the subject of a task verb below, so only the present adds evidence here.
          if ((beforeAdjectives(agent, a) || beforeAdjectives(placed, a)) && !pastTense(ctx, s)) {
            graded.push({ hit: a, grade: asTask(s, body(s)) });
            continue;
          }
          // A named party as the subject of a task verb: "Haarlem faciliteert het meldpunt", "de GGD meet".
          if (before(title, a)) continue; // a title: "verantwoordelijk wethouder X"
          if (before(preposition, a)) continue; // a destination or partner: "naar Veilig Thuis", "met de politie"
          // The subject opens the sentence (the verb may come at the end: "De gemeenten … zijn een project gestart"),
          // or stands just before or just after the verb ("… die de politie inzet", "faciliteert Haarlem").
          const opening = a.tokStart - s.tokenStart <= OPENING_TOKENS;
          const verb = taskVerbsIn(s.index)
            .find(
              (v) =>
                !titleWord(v, s) &&
                ((v.tokStart > a.tokStart &&
                  ((opening && sameStatement(a.tokEnd, v.tokStart)) || (v.tokStart - a.tokEnd <= VERB_AFTER_PARTY && sameClause(a.tokEnd, v.tokStart)))) ||
                  (v.tokEnd <= a.tokStart && a.tokStart - v.tokEnd <= VERB_BEFORE_PARTY)),
            );
          if (verb) {
            graded.push({ hit: a, grade: countAfter(verb, s) || wishOnly(verb, s) || joinsPolicy(verb, s) ? "weak" : asTask(s, undefined) });
            continue;
          }
          // "- Wijkteams: nazorg na elk huisverbod": a list item that opens with a party and a colon is a task row of an
          // action list, unless a figure follows ("- Politie: 1.240 meldingen" is a count).
          if (s.blockType === "listItem" && a.tokStart === s.tokenStart && /^\s*:\s*[^\s\d]/.test(ctx.doc.text.slice(a.end, a.end + 4))) {
            graded.push({ hit: a, grade: asTask(s, undefined) });
          }
        }
        // A party by its bare name ("Haarlem faciliteert het meldpunt", "Vanaf 2025 financiert Apeldoorn de opvang"): a
        // shape, not a word list, so only in the tightest slot: the subject right before or right after a task verb
        // in the present singular (it ends in -t: "organiseert", "zet", not "implementeren") that is no auxiliary
        // ("gaat", "moet"), the subject before it opening the sentence. A name anywhere else ("In Leiden zijn 23
        // huisverboden opgelegd", "Alkmaar is een voorbeeld") is no party with a task.
        const covered = new Set(actors.flatMap((a) => Array.from({ length: a.tokEnd - a.tokStart }, (_, k) => a.tokStart + k)));
        const auxiliary = tokensOf(ctx, AUXILIARIES);
        const presentSingular = (v: Hit) => t.normAt(v.tokStart).endsWith(SINGULAR_ENDING) && !auxiliary.has(v.tokStart);
        const passive = tokensOf(ctx, PASSIVE_AUXILIARY);
        for (const n of names) {
          const s = ctx.doc.sentences[n.sentence];
          if (s.blockType === "footnote" || covered.has(n.tokStart)) continue;
          // "De uitvoering wordt gecoördineerd door Leeuwarden": the agent of a passive in the present ("wordt",
          // "worden" before it), not in the opening byline, not of research ("dit onderzoek wordt door het WODC
          // uitgevoerd") and not in the past ("werd verzorgd door Variya", "is ontwikkeld door MOVISIE").
          if (before(agent, n)) {
            // The sentence's tokens before the name, not the whole document's auxiliaries: a copy of those per name
            // was quadratic and peaked at 150 MB of garbage on the 16 MB synthetic document (issue 15).
            let present = false;
            for (let j = s.tokenStart; j < n.tokStart && !present; j++) present = passive.has(j);
            if (present && n.tokStart - s.tokenStart > 1 && !pastTense(ctx, s) && !inSentence(ctx, s, ["research-commission"])) graded.push({ hit: n, grade: asTask(s, undefined) });
            continue;
          }
          const verb = taskVerbsIn(s.index)
            .find((v) => presentSingular(v) && !titleWord(v, s) && ((n.tokStart === s.tokenStart && v.tokStart === n.tokEnd) || (v.tokStart > s.tokenStart && v.tokStart === n.tokStart - 1)));
          if (verb) graded.push({ hit: n, grade: pastTense(ctx, s) || countAfter(verb, s) || joinsPolicy(verb, s) ? "weak" : asTask(s, undefined) });
        }
        // "De Zeeuwse gemeenten zetten … in" (seed 004 L27, L49): the municipalities of a named region opening the
        // sentence, right before their task verb (plural, so no -t). "Alle Limburgse gemeenten" does not open with an
        // article: all municipalities of a province are no assignment.
        const municipality = new Map(ctx.find(["municipality-noun"]).map((m) => [m.tokStart, m]));
        for (const n of names) {
          const s = ctx.doc.sentences[n.sentence];
          const m = municipality.get(n.tokEnd);
          if (!m || s.blockType === "footnote" || n.tokStart !== s.tokenStart + 1 || t.normAt(s.tokenStart).length > ARTICLE_MAX_LENGTH) continue;
          const verb = taskVerbsIn(s.index).find((v) => v.tokStart === m.tokEnd && !auxiliary.has(v.tokStart));
          if (verb) graded.push({ hit: { ...n, end: m.end, tokEnd: m.tokEnd }, grade: pastTense(ctx, s) || joinsPolicy(verb, s) ? "weak" : asTask(s, undefined) });
        }
        // "wordt uitgevoerd door dit soort organisaties", "de meldpunten worden geholpen door een landelijke stichting":
        // the agent of a passive in the present, a kind of party (kind-determiner, kind-demonstrative, the party's
        // adjectives between) headed by an organisation noun or a party word. Unlike a subject of a kind ("Een wijkteam
        // coördineert …", a description of what such a party does), the agent names who carries out the sentence's
        // action: a mention for the engine to weigh, never strong by itself.
        const kindDemonstrativeEnds = ends(KIND_DEMONSTRATIVE);
        for (const o of [...kindActors, ...ctx.find(ORGANISATION_HEAD)]) {
          const s = ctx.doc.sentences[o.sentence];
          if (s.blockType === "footnote" || pastTense(ctx, s)) continue;
          let j = o.tokStart; // the first of the adjectives before the party
          for (let k = 0; k < PARTY_ADJECTIVES && j > s.tokenStart && isAdjective(j - 1); k++) j--;
          const detStart = kind.has(j - 1) ? j - 1 : kindDemonstrativeEnds.has(j) ? ctx.hits.inSentence(s.index, KIND_DEMONSTRATIVE).find((h) => h.tokEnd === j)?.tokStart : undefined;
          if (detStart === undefined || !agent.has(detStart)) continue;
          let present = false;
          for (let i = s.tokenStart; i < detStart && !present; i++) present = passive.has(i);
          if (present && !inSentence(ctx, s, ["research-commission"])) graded.push({ hit: o, grade: asTask(s, undefined) === "weak" ? "weak" : undefined });
        }
        // In a short text one named party with a task is the division of tasks it shows; a long policy needs more.
        ctx.cover(
          assessCoverage(ctx, {
            evidence,
            graded,
            commitmentCues: false,
            present: { strong: 1, medium: ctx.doc.sentences.length <= SHORT_TEXT ? 1 : LONG_TEXT_MENTIONS, shortHeaded: true },
            body: bodyFor(ctx),
          }),
        );

        /**
         * A count right after the party's verb ("Veilig Thuis ontvangt jaarlijks ruim 3.000 meldingen", "De politie
         * registreert zo'n 90.000 incidenten"): a figure of the problem, not a task, unless the sentence looks ahead
         * ("De GGD gaat in 2026 500 professionals trainen"). A year is no count ("start in 2026 een monitor").
         */
        function countAfter(v: Hit, s: Sentence): boolean {
          if (inSentence(ctx, s, LOOKING_AHEAD)) return false;
          for (let j = v.tokEnd; j < Math.min(s.tokenEnd, v.tokEnd + COUNT_REACH); j++)
            if ((t.flags[j] & FLAG_NUMBER) !== 0 && !YEAR.test(t.textAt(j))) return true;
          return false;
        }

        /**
         * A wish whose content is only attention, knowledge or an explanation ("De fractie wil meer aandacht voor …",
         * "de wethouder geeft aan dat ze eerst meer informatie wil", "wil weten waarom …"): the party's "wil"/"willen" with such an
         * object right after it or, verb-final, right before it in its clause, and no other party between (in "wil dat de
         * politie meer aandacht heeft voor …" the police get the task). A mention, not a task.
         */
        function wishOnly(v: Hit, s: Sentence): boolean {
          if (!wish.has(v.tokStart)) return false;
          const [from, to] = clauseSpan(ctx.doc, v.tokStart);
          const parties = bySentence.get(s.index) ?? [];
          return ctx.hits.inSentence(s.index, WISH_OBJECT).some((w) => {
            const [lo, hi] = w.tokStart >= v.tokEnd ? [v.tokEnd, w.tokStart] : [w.tokEnd, v.tokStart];
            return w.tokStart >= from && w.tokEnd <= to && hi - lo <= WISH_REACH && !parties.some((p) => p.tokStart >= lo && p.tokEnd <= hi);
          });
        }

        /**
         * A municipality joining a regional policy rather than taking a task in it: the party's verb with a vision or plan
         * as its framework in the clause ("wil de regiovisie gebruiken als kader", "neemt het programma als uitgangspunt";
         * lexicon framework-use), or working together with other municipalities only ("werkt samen met de gemeenten Ede
         * en Wageningen"), nothing after them but their names: membership of a region. Said on what ("… aan een meldpunt",
         * "… bij de inkoop van de opvang") it is a task again.
         */
        function joinsPolicy(v: Hit, s: Sentence): boolean {
          const [from, to] = clauseSpan(ctx.doc, v.tokStart);
          if (ctx.hits.inSentence(s.index, FRAMEWORK_USE).some((f) => f.tokStart >= v.tokStart && f.tokEnd <= to && f.tokStart >= from)) return true;
          if (v.concept !== COOPERATION) return false;
          const partners = ctx.hits.inSentence(s.index, ["municipality-noun"]).find((m) => m.tokStart >= v.tokEnd && m.tokStart - v.tokEnd <= PARTNER_REACH);
          if (!partners) return false;
          // Only names (capitalised) and short joining words ("en") after the municipalities, to the sentence's end.
          for (let j = partners.tokEnd; j < s.tokenEnd; j++) if (!/^\p{Lu}/u.test(t.textAt(j)) && t.normAt(j).length > ARTICLE_MAX_LENGTH) return false;
          return true;
        }

        /**
         * A run of a table of contents, numbered ("1.2 … 9 2 … 12") or opened by its title ("Inhoudsopgave Voorwoord 3
         * …", a contents list copied from a PDF into one sentence): its chapter titles give nobody a task.
         */
        function contentsRun(s: Sentence): boolean {
          return tableOfContents(ctx, s) || ctx.hits.inSentence(s.index, CONTENTS_TITLE).some((h) => h.tokStart - s.tokenStart <= CONTENTS_TITLE_REACH);
        }

        /** The parties a request may ask in sentence `s`: the named parties and the organisation noun phrases. */
        function askable(s: Sentence): Hit[] {
          return [...(bySentence.get(s.index) ?? []), ...ctx.hits.inSentence(s.index, ORGANISATION_HEAD)];
        }

        /**
         * The party a passive request asks: a named party, or a noun phrase headed by an organisation noun (lexicons
         * institution-head and organisation-head: "zorginstellingen", "basisscholen"), that opens the request's clause,
         * perhaps after a preposition ("Aan de scholen wordt gevraagd"). A party further in ("Ouders van leerlingen op
         * de basisscholen wordt gevraagd", "Ouders wordt gevraagd dit bij Veilig Thuis te melden") is not the one asked;
         * persons ("ouders", "inwoners") are no organisation noun.
         */
        function askedParty(h: Hit, s: Sentence): boolean {
          const [from] = clauseSpan(ctx.doc, h.tokStart);
          const parties = askable(s);
          // Inverted order ("Daarom worden de wijkteams gevraagd om", "In 2026 wordt Veilig Thuis verzocht om"): the
          // subject fills the request's gap, its noun phrase from right after the auxiliary up to the participle. No
          // preposition there: "worden via de wijkteams gevraagd", "door de scholen" name who asks or the channel.
          const participle = h.tokEnd - REQUEST_TAIL;
          return parties.some(
            (p) =>
              (p.tokStart >= from && p.tokEnd <= h.tokStart && opensFrom(p, from)) ||
              (p.tokStart > h.tokStart && p.tokEnd === participle && opensFrom(p, h.tokStart + 1, false)),
          );
        }

        /**
         * The parties a passive request with "aan" asks ("wordt aan de scholen gevraagd om", "is aan Veilig Thuis en de
         * wijkteams verzocht om"): in the request's clause, a party (named, or an organisation noun phrase) opens right
         * after "aan" and a party ends right before the participle, within RECIPIENT_REACH tokens. "wordt aan de
         * ouders gevraagd" and "wordt aan de ouders en de GGD gevraagd" open with persons: no task read.
         */
        function askedAfterRecipient(h: Hit, s: Sentence): boolean {
          const [from] = clauseSpan(ctx.doc, h.tokStart);
          const parties = askable(s);
          return ctx.hits
            .inSentence(s.index, RECIPIENT_REQUEST)
            .some(
              (r) =>
                r.tokStart >= from &&
                r.tokEnd < h.tokStart &&
                h.tokStart - r.tokEnd <= RECIPIENT_REACH &&
                parties.some((q) => q.tokStart >= r.tokEnd && q.tokEnd <= h.tokStart && opensFrom(q, r.tokEnd, false)) &&
                parties.some((p) => p.tokStart >= r.tokEnd && p.tokEnd === h.tokStart),
            );
        }

        /**
         * An active request that gives a party a task (lexicon active-request): a "te"-infinitive later in its clause
         * (not "gevraagd of …", "vraagt om kennis"), and the party asked (named, an organisation, a municipality or region)
         * either right after the verb, after an inverted asker or inside a split verb ("vragen wij de scholen om",
         * "verzoekt het college aan de GGD", "draagt de GGD op"), or ending right before a final verb with only parties,
         * articles and "en" back to "aan" or an auxiliary ("heeft aan Veilig Thuis en de wijkteams gevraagd", "hebben de
         * politie opgedragen"). The asker is the author or a party not after a preposition in the clause: residents or
         * victims asking the police give nobody a task.
         */
        function activeRequest(h: Hit, s: Sentence): boolean {
          const [from, to] = clauseSpan(ctx.doc, h.tokStart);
          let te = false;
          for (let j = h.tokEnd; j < to && !te; j++) te = t.normAt(j) === INFINITIVE_TE;
          if (!te) return false;
          const parties = [...askable(s), ...ctx.hits.inSentence(s.index, MUNICIPALITY)];
          // The asker: the author, a party or the municipality ("De gemeente verzoekt alle basisscholen om …").
          const askers = [...(bySentence.get(s.index) ?? []), ...ctx.hits.inSentence(s.index, ASKERS)].filter(
            (a) => a.tokStart >= from && a.tokEnd <= to && !before(preposition, a),
          );
          // After the verb (inside it when it is split): perhaps the inverted asker first, then the party asked.
          const open = h.tokEnd - h.tokStart > 1 ? h.tokStart + 1 : h.tokEnd;
          // Only "aan" may open the party asked ("verzoekt het college aan de GGD"): "de vraag van Veilig Thuis" is its own.
          const askedFrom = (i: number) =>
            parties.some(
              (p) =>
                p.tokStart >= i &&
                ((p.tokStart - i <= ASKED_PHRASE && opensFrom(p, i, false)) ||
                  (t.normAt(i) === RECIPIENT_MARK && p.tokStart - i - 1 <= ASKED_PHRASE && opensFrom(p, i + 1, false))),
            );
          if (askedFrom(open) && askers.some((a) => a.tokEnd <= h.tokStart)) return true;
          if (askers.some((a) => a.tokStart >= open && opensFrom(a, open, false) && askedFrom(a.tokEnd))) return true;
          // Before a final verb: the asked phrase back from the party that ends right before it.
          const last = parties.find((p) => p.tokEnd === h.tokStart && p.tokStart >= from);
          if (!last) return false;
          let j = last.tokStart;
          for (;;) {
            const party = parties.find((p) => p.tokEnd === j && p.tokStart >= from);
            if (party) j = party.tokStart;
            else if (j > from && !preposition.has(j) && (isAdjective(j - 1) || determiner.has(j - 1) || isArticleSlot(j - 1))) j--;
            else break;
          }
          const marked = (preposition.has(j) && t.normAt(j - 1) === RECIPIENT_MARK) || auxiliaryEnds.has(j);
          return marked && askers.some((a) => a.tokEnd <= last.tokStart);
        }

        /**
         * The party's noun phrase (its article, quantifier "alle" and adjectives) starts at `from`, or follows an opening
         * preposition there ("Aan de scholen wordt gevraagd") where one may stand.
         */
        function opensFrom(p: Hit, from: number, afterPreposition = true): boolean {
          let j = p.tokStart;
          // The article may carry the sentence's capital here ("De huisartsen worden verzocht …").
          const article = (i: number) => t.normAt(i).length <= ARTICLE_MAX_LENGTH && (t.flags[i] & FLAG_NUMBER) === 0;
          while (j > from && !preposition.has(j) && (isAdjective(j - 1) || article(j - 1) || determiner.has(j - 1))) j--;
          return j === from || (afterPreposition && j === from + 1 && preposition.has(j));
        }

        /** A field label: a colon right after it ("Verantwoordelijke: Veilig Thuis"). */
        function colonAfter(h: Hit): boolean {
          return /^\s*:/.test(ctx.doc.text.slice(h.end, h.end + 3));
        }

        /**
         * A header row's cell ("Actie | Wie | Planning"): the label as a cell, and a cell for the action in its line. Read
         * from the line's text, not lib/evidence's tableHeader, so that a pipe table the parser did not take as a table
         * (plain text extracted from a PDF) counts too.
         */
        function headerRowCell(h: Hit): boolean {
          const text = ctx.doc.text;
          const from = text.lastIndexOf("\n", h.start) + 1;
          const to = text.indexOf("\n", h.end) < 0 ? text.length : text.indexOf("\n", h.end);
          const row = text.slice(from, to);
          if (!/\|/.test(row) || !(/^\s*\|/.test(text.slice(h.end, to)) || /\|\s*$/.test(text.slice(from, h.start)))) return false;
          return ctx.find(ACTION_COLUMN).some((c) => c.start >= from && c.end <= to);
        }

        /** A news source after a comma, in inverted order: "…, meldt een woordvoerder", "…, zo laat de gemeente weten". */
        function newsSource(s: Sentence): boolean {
          return ctx.hits.inSentence(s.index, NEWS_REPORT).some((h) => NEWS_SOURCE_OPENING.test(ctx.doc.text.slice(s.start, h.start)));
        }

        /** No comma, semicolon or colon between two tokens: "vrouwenopvang, zorg voor meer opties" is two clauses. */
        function sameClause(from: number, to: number): boolean {
          return from >= to || !clauseBreak(ctx.doc, from - 1, to);
        }

        /** No colon, semicolon or quotation between: in "De wethouder vervolgt: 'we moeten …'" she speaks, the verb is not hers. */
        function sameStatement(from: number, to: number): boolean {
          return from >= to || !/[;:“”"„]/.test(ctx.doc.text.slice(t.end[from - 1], t.start[to]));
        }

        function isHeadingLike(s: Sentence): boolean {
          return (s.blockType === "heading" || s.blockType === "contents") && s.tokenEnd - s.tokenStart <= HEADING_MAX_TOKENS;
        }
      },
    };
  },
});

/** Task verbs, separable task verbs and working together (lexicons monitoring-commitments, monitoring-responsibilities). */
const COOPERATION = "cooperation-verb";
const TASK_VERBS = ["task-verb", "task-verb-split", COOPERATION];
/** A vision or plan taken as a framework, endorsed or agreed to (lexicon framework-use). */
const FRAMEWORK_USE = ["framework-use"];
/** Tokens between "samen" and the municipalities it works with ("samen met de gemeenten"). */
const PARTNER_REACH = 2;
/** What a wish may be only of: attention, information, an explanation (lexicon wish-for-attention). */
const WISH_OBJECT = ["wish-for-attention"];
/** The forms of "willen" a party's wish takes (lexicon wish-verb; intention-auxiliary also holds "moet", a duty). */
const WISH_VERB = ["wish-verb"];
/** Tokens between the wish and its object ("wil graag meer aandacht", "meer informatie wil", "wil dat er hier meer aandacht komt"). */
const WISH_REACH = 4;
/** The infinitive marker: "tegen te gaan" holds no auxiliary. */
const INFINITIVE_TE = "te";
/** Determiners of a kind of party ("een", "elke", "ieder"): lexicon kind-determiner. */
const KIND_DETERMINER = ["kind-determiner"];
/** "dit soort", "zulke", "dergelijke": lexicon kind-demonstrative, before the agent of a passive only. */
const KIND_DEMONSTRATIVE = ["kind-demonstrative"];
/** The words of a passive request after its participle's position: "gevraagd om" (lexicon passive-request). */
const REQUEST_TAIL = 2;
/** The auxiliary and "aan" of a passive request to a party ("wordt … aan", "is … aan"): lexicon recipient-request. */
const RECIPIENT_REQUEST = ["recipient-request"];
/** The preposition of the party asked before an active request's final verb ("heeft aan de GGD gevraagd"). */
const RECIPIENT_MARK = "aan";
/** Tokens before the party asked after an active request (after "aan"): an article and two adjectives ("de nieuwe regionale GGD"). */
const ASKED_PHRASE = 3;
/** Municipalities and regions may be asked by an active request ("verzoekt de regio om …"): lexicon municipality-noun. */
const MUNICIPALITY = ["municipality-noun"];
/** Who may ask besides a named party: "we", "wij" (author-subject), "de gemeente", "de regio" (municipality-noun). */
const ASKERS = ["author-subject", "municipality-noun"];
/** Tokens between "aan" and the request's participle: two parties with their articles and "en" ("aan Veilig Thuis en de wijkteams"). */
const RECIPIENT_REACH = 8;
/** Organisation nouns, also as a compound head ("zorginstellingen"): institution-head and migrant-reach organisation-head. */
const ORGANISATION_HEAD = ["institution-head", "organisation-head"];
/** "alle", "elke": lexicon universal-quantifier. */
const UNIVERSAL = ["universal-quantifier"];
/** A practice that has run for years ("al jaren", "van oudsher"): lexicon long-standing-practice. */
const LONG_STANDING = ["long-standing-practice"];
/** Each party's own responsibility, and a colophon's responsibility for the contents: no division of tasks. */
const NO_DIVISION = ["own-responsibility", "publication-credit"];
/** A task the law gives (lexicon statutory-duty), or "op grond van" / "volgens" right before a law (legal-basis, legislation-object). */
const STATUTORY = ["statutory-duty"];
const LEGAL_BASIS = ["legal-basis"];
const LEGISLATION = ["legislation-object"];
/** The title of a table of contents (lexicon contents-opening), and how far into its sentence it may stand (after a page number). */
const CONTENTS_TITLE = ["contents-opening"];
const CONTENTS_TITLE_REACH = 2;
/** The reader addressed ("u", "je"), and the words that make "u" the council or executive. */
const READER = ["reader-address"];
const COUNCIL = ["council-addressee"];
/** Tokens after a party's verb within which a figure makes the sentence a count ("ontvangt jaarlijks ruim 3.000"). */
const COUNT_REACH = 3;
/** A year is a date, not a count. */
const YEAR = /^(?:19|20)\d\d$/;
/** Header cells that name the action of a table row ("Actie", "Maatregel", "Wat"): lexicons action-column and measure-object. */
const ACTION_COLUMN = ["action-column", "measure-object"];
/** "neemt", "treft" (lexicon measure-verb) with "maatregelen" (measure-object) later in the clause: taking measures. */
const MEASURE_VERB = ["measure-verb"];
const MEASURE_OBJECT = ["measure-object"];
/** Tokens between "neemt"/"treft" and its measures ("neemt samen met de politie extra maatregelen"). */
const MEASURE_REACH = 7;
/** Reporting verbs of a news item (lexicon news-report-verb), read only as a source after a comma. */
const NEWS_REPORT = ["news-report-verb"];
/** The comma (and "zo") right before a news source's verb: "…, zo bevestigt de politie". */
const NEWS_SOURCE_OPENING = /,\s*(?:zo\s+)?$/i;
/** Auxiliaries that make a reported sentence a commitment: "gaan voortaan samen beoordelen", "moet", "zal". */
const LOOKING_AHEAD = ["future-auxiliary", "intention-auxiliary"];
/** Auxiliaries of a passive that is not past ("wordt", "worden", "zal" …: future-auxiliary of tense.yml), before "door" + name. */
const PASSIVE_AUXILIARY = ["future-auxiliary"];
/** Auxiliaries are no task of their own: "Netwerken moeten …", "Hierin gaat veel aandacht uit". */
const AUXILIARIES = [...PASSIVE_AUXILIARY, "intention-auxiliary"];
/** The present singular of a Dutch verb ends in -t ("coördineert", "zet"); a name as subject takes the singular. */
const SINGULAR_ENDING = "t";
/** Adjectives that may stand between an article and its party ("door de nieuwe regionale GGD"). */
const PARTY_ADJECTIVES = 2;
/** Adjectives between an article and its party ("door het sociaal wijkteam"). */
const PARTY_ADJECTIVE = ["party-adjective"];
/** A party this close to the start of the sentence is its subject. */
const OPENING_TOKENS = 2;
/** How far a task verb may follow its subject ("de GGD meet in 2015 opnieuw"), or precede it ("faciliteert Haarlem"). */
const VERB_AFTER_PARTY = 4;
const VERB_BEFORE_PARTY = 1;
/** Named parties with a task that make a long policy's division of tasks visible without an explicit assignment. */
const LONG_TEXT_MENTIONS = 3;
/** The title word that, closing its clause, assigns: "… is de GGD verantwoordelijk." */
const RESPONSIBLE = "verantwoordelijk";
/** What may follow a word that closes its clause: "… is de GGD verantwoordelijk." (punctuation or the sentence's end). */
const CLAUSE_CLOSE = /^\s*(?:[.;!?]|$)/;
/** A heading longer than this is a sentence set in a heading style, not a chapter title. */
const HEADING_MAX_TOKENS = 12;
