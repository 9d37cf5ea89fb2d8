import { describe, it } from "vitest";
import { expectClear, expectFlagged } from "../helpers/framing-expect.js";

// Families of the ninth session's framing readings (helper framing4), written for this test: each family in several
// forms (word orders, gaps, inflections) both ways. A line is scanned as a short text, as the framing fixtures are (no
// topic assumed), and the test asks which framing rules mark it.

describe("what she should have done: a modal frame over a clause", () => {
  it("flags 'had … moeten' and a reproachful 'zou … moeten' with up to six words between", () => {
    expectFlagged(
      [
        "Hij sloeg haar al jaren. Eigenlijk had de vrouw al veel eerder aangifte moeten doen.",
        "Hij mishandelde haar. De vrouw had zich al veel eerder tegen hem moeten verzetten.",
        "Hij sloeg haar. Ze had natuurlijk al die tijd aangifte moeten doen.",
        "Hij sloeg haar. Zij hadden toch zelf veel eerder de politie moeten bellen.",
        "Hij sloeg haar. Bij de eerste klap had het slachtoffer al aangifte moeten doen.",
        "Hij kleineerde en sloeg haar. Ze zou zelf ook eens wat duidelijker nee moeten zeggen.",
        "Hij sloeg haar. Slachtoffers zouden zelf wat duidelijker hun grenzen moeten aangeven.",
        "Hij sloeg haar. Het slachtoffer zou gewoon wat sneller bij hem weg moeten lopen.",
      ],
      "victim-blaming",
    );
  });

  it("leaves what others should have done, what she should have received, rights, and refutations alone", () => {
    expectClear(
      [
        "Hij sloeg haar. De hulpverlening had de vrouw moeten steunen.",
        "Hij sloeg haar. De politie had de vrouw veel eerder moeten horen.",
        "Hij sloeg haar. Een hulpverlener had de vrouw veel eerder moeten doorverwijzen.",
        "Hij sloeg haar. Hij had zijn vrouw veel beter moeten beschermen.",
        "Hij sloeg haar. Ze had veel eerder steun van de gemeente moeten krijgen.",
        "Hij sloeg haar. Het slachtoffer had veel eerder door de hulpverlening geholpen moeten worden.",
        "Hij sloeg haar. Elke vrouw zou zich thuis veilig moeten kunnen voelen.",
        "Hij sloeg haar. Slachtoffers zouden veel sneller de weg naar hulp moeten vinden.",
        "Hij sloeg haar. Het is een mythe dat de vrouw veel eerder bij hem weg had moeten gaan.",
        "Hij sloeg haar. Wie zegt dat ze veel eerder bij hem weg had moeten gaan, legt de schuld bij haar.",
        "Hij sloeg haar al jaren. Het is niet de taak van een slachtoffer om zelf het geweld te stoppen.",
        "Hij sloeg haar. Met de vraag waarom zij niet vertrekt, leg je de schuld bij haar.",
      ],
      "victim-blaming",
    );
  });
});

describe("a name contradicted: an active verb of naming, or the next sentence", () => {
  it("leaves a name contradicted in its sentence or by the next one alone", () => {
    expectClear(
      [
        "Agenten noemden het een familiedrama, terwijl het een partnerdoding was.",
        "De politie noemde het een familiedrama, terwijl hij zijn vrouw had doodgestoken.",
        "De krant noemde het een relatiedrama, maar het was femicide.",
        "De burgemeester omschreef het als een relatiedrama, terwijl het femicide was.",
        "Het dagblad sprak van een relatiedrama. In werkelijkheid doodde hij zijn vriendin.",
        "De politie noemde het een gezinsdrama. In werkelijkheid ging het om femicide.",
        "De media noemden het een familietragedie. Maar in werkelijkheid ging het om femicide.",
        "Volgens de politie ging het om een familiedrama. In werkelijkheid doodde hij zijn vrouw.",
      ],
      "minimising-language",
    );
  });

  it("still flags the name passed on, with a turn or a killing alone in the next sentence", () => {
    expectFlagged(
      [
        "De politie noemde het een gezinsdrama.",
        "De politie noemde het een gezinsdrama. Maar de buren wisten van niets.",
        "De politie sprak van een familiedrama. Hij doodde zijn vrouw en daarna zichzelf.",
        "Volgens de politie ging het om een familiedrama. Maar de verdachte ontkent.",
        "Er is soms sprake van een gezinsdrama, maar de politie onderzoekt de zaak.",
      ],
      "minimising-language",
    );
  });
});

describe("a de-escalation tip reported by someone: passed on or held at a distance", () => {
  it("flags a tip an expert gives, after it or before a colon, and the quarrel she must keep down", () => {
    expectFlagged(
      [
        "Hij heeft haar al vaker geslagen. Zorg dat de ruzie niet verder escaleert, zeggen hulpverleners dan.",
        "Hij heeft haar al vaker geslagen. Probeer hem niet boos te maken, zeggen hulpverleners vaak.",
        "Hij heeft haar al vaker geslagen. Hulpverleners zeggen vaak: probeer hem niet boos te maken.",
        "Hij heeft haar al vaker geslagen. Zorg dat de ruzie niet uit de hand loopt.",
        "Hij heeft haar al vaker geslagen. Zorg ervoor dat het conflict niet escaleert, anders slaat hij weer.",
        "Hij heeft haar al vaker geslagen. Het slachtoffer doet er goed aan de ruzie niet te laten escaleren.",
      ],
      "victim-blaming",
    );
  });

  it("leaves the public's tip, relationship advice and a denied task alone", () => {
    expectClear(
      [
        "Hij heeft haar al vaker geslagen. Probeer hem niet boos te maken, zeggen mensen vaak.",
        "Hij heeft haar al vaker geslagen. Mensen zeggen vaak: probeer hem niet boos te maken.",
        "Hij heeft haar al vaker geslagen. Probeer hem niet boos te maken, zeggen buren dan.",
        "Wil je minder ruzie met je partner? Probeer de ruzie niet te laten escaleren.",
        "Hij heeft haar al vaker geslagen. Het is nooit jouw taak om te zorgen dat de ruzie niet uit de hand loopt.",
      ],
      "victim-blaming",
    );
  });
});

describe("financial hardship as the cause, with a negation that is part of the idiom", () => {
  it("flags the lack of money named as the cause", () => {
    expectFlagged(
      [
        "Partnergeweld is een groot probleem. Als ouders niet rond kunnen komen, ontstaat er sneller huiselijk geweld.",
        "Partnergeweld is een groot probleem. Huiselijk geweld ontstaat vaak doordat gezinnen niet rond kunnen komen.",
        "Partnergeweld is een groot probleem. Niet rond kunnen komen leidt vaak tot huiselijk geweld.",
        "Partnergeweld is een groot probleem. Wanneer het inkomen niet volstaat, ontstaat er sneller huiselijk geweld.",
        "Partnergeweld is een groot probleem. Omdat het geld niet toereikend was, sloeg hij zijn vrouw.",
        "Partnergeweld is een groot probleem. Omdat ze niet rond konden komen, sloeg hij zijn vrouw.",
      ],
      "circumstance-explanation",
    );
  });

  it("leaves a denied cause, a risk factor and the victims' hardship alone", () => {
    expectClear(
      [
        "Partnergeweld is een groot probleem. Schulden veroorzaken geen partnergeweld.",
        "Partnergeweld is een groot probleem. Werkloosheid leidt tot spanning, maar veroorzaakt geen huiselijk geweld.",
        "Partnergeweld is een groot probleem. Huiselijk geweld ontstaat niet doordat gezinnen niet rond kunnen komen.",
        "Partnergeweld is een groot probleem. Niet rond kunnen komen leidt niet tot huiselijk geweld.",
        "Partnergeweld is een groot probleem. Het is een misverstand dat huiselijk geweld ontstaat doordat gezinnen niet rond kunnen komen.",
        "Partnergeweld is een groot probleem. Als gezinnen niet rond kunnen komen, kan dat het risico op huiselijk geweld vergroten.",
        "Partnergeweld is een groot probleem. Slachtoffers die niet rond kunnen komen, kunnen bij de gemeente terecht.",
        "Partnergeweld is een groot probleem. Het budget voor de opvang is niet toereikend.",
        "Partnergeweld is een groot probleem. Geldzorgen kunnen een risicofactor zijn, maar de oorzaak van partnergeweld ligt bij de pleger.",
        "Partnergeweld is een groot probleem. Werkdruk kan een rol spelen, maar de oorzaak van het geweld ligt bij de pleger.",
      ],
      "circumstance-explanation",
    );
  });
});

describe("keeping the relationship as the aim: staying together, and the aim denied", () => {
  it("flags staying together as the aim of the help", () => {
    expectFlagged(
      [
        "Bij huiselijk geweld is ons doel dat het gezin samen kan blijven.",
        "Bij huiselijk geweld streven we ernaar dat de ouders samen kunnen blijven.",
        "Bij partnergeweld is het ons doel om de relatie te redden.",
      ],
      "relationship-preservation",
    );
  });

  it("leaves the aim denied and a plain statement alone", () => {
    expectClear(
      [
        "Bij partnergeweld is het niet ons doel om de relatie te redden.",
        "Bij partnergeweld is ons doel niet dat het gezin samen kan blijven, maar dat iedereen veilig is.",
        "Bij partnergeweld is het doel nooit om de relatie te redden; veiligheid gaat voor.",
        "Bij partnergeweld kan het slachtoffer niet samen blijven wonen met de pleger.",
      ],
      "relationship-preservation",
    );
  });
});

describe("the text's own policy called sex-neutral", () => {
  it("flags the policy or approach called sex-neutral as a predicate or a choice", () => {
    expectFlagged(
      [
        "Ons beleid tegen huiselijk geweld is bewust sekseneutraal.",
        "Ons beleid is genderneutraal, want huiselijk geweld treft iedereen.",
        "Huiselijk geweld komt overal voor. Daarom kiezen wij bewust voor een sekseneutrale aanpak.",
      ],
      "symmetric-conflict-framing",
    );
  });

  it("leaves a negated, criticised or refuted neutrality alone", () => {
    expectClear(
      [
        "Ons beleid tegen huiselijk geweld is niet genderneutraal: het richt zich op geweld tegen vrouwen.",
        "De genderneutrale aanpak van huiselijk geweld schiet tekort, stelt GREVIO.",
        "Het is een misverstand dat de aanpak van partnergeweld genderneutraal moet zijn.",
        "Veel gemeenten kiezen voor een genderneutrale aanpak, maar dat miskent dat vooral vrouwen slachtoffer zijn.",
      ],
    );
  });
});

describe("a joint conversation with both partners, and safety secured first", () => {
  it("flags the partners invited together to one conversation", () => {
    expectFlagged(
      [
        "Na een melding van partnergeweld nodigen we man en vrouw samen uit voor een gesprek.",
        "Bij partnergeweld volgt een gezamenlijk gesprek met de man en de vrouw.",
      ],
      "mediation-partner-violence",
    );
  });

  it("leaves the conversation with safety secured first, or ruled out, alone", () => {
    expectClear(
      [
        "Bij partnergeweld nodigen we de partners pas samen uit voor een gesprek als de veiligheid is geborgd.",
        "Bij partnergeweld worden het slachtoffer en de pleger nooit samen uitgenodigd voor een gesprek.",
        "Bij partnergeweld spreken we de partners altijd apart.",
      ],
      "mediation-partner-violence",
    );
  });
});
