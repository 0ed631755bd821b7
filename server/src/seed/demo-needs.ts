/**
 * Demo needs for Exempelkommun, named after initiatives in the seed plans (Karlsborg, Alingsås,
 * Värmdö). Texts are written for the demo; scores and decisions give the matrix and the decision log
 * something realistic to show. Units and focus areas refer to the demo organisation by index.
 */
export type DemoScores = [number, number, number, number, number, number, number, number];
export type DemoDecision =
  | { outcome: 'proceed'; form: 'project' | 'assignment' | 'improvement'; ownerName: string; plannedStartYear: number; rationale: string }
  | { outcome: 'reject'; reason: string }
  | { outcome: 'park'; parkedUntilMonths: number; rationale: string };

export type DemoNeed = {
  title: string;
  problem: string;
  expectedBenefit: string;
  affectedGroups: ('care_recipients' | 'relatives' | 'staff' | 'managers')[];
  /** Unit indexes, or 'all' for the whole förvaltning ("Alla"). */
  units: number[] | 'all';
  focusAreas: number[];
  submitter: 'staff1' | 'staff2' | 'manager' | 'coordinator';
  daysAgo: number;
  /** Independent scores per rater (coordinator, then OLG members); fixed as the rounded mean. */
  raterScores?: DemoScores[];
  fix?: boolean;
  decision?: DemoDecision;
};

// Unit indexes: 0 Hemtjänst, 1 SÄBO, 2 Korttid, 3 LSS, 4 IFO, 5 HSL, 6 Myndighet, 7 Teknikenheten.
// Focus areas: 0 Effektivitet, 1 Trygghet och delaktighet, 2 Hållbarhet.
export const DEMO_NEEDS: DemoNeed[] = [
  {
    title: 'Tillsynskameror i ordinärt boende, breddinförande',
    problem: 'Nattpatrullen åker långa sträckor för korta tillsynsbesök som ofta väcker den som sover. Piloten med kameror fungerade men omfattar bara ett fåtal hushåll.',
    expectedBenefit: 'Brukare får sova ostört och känner sig trygga; nattpatrullen frigör körtid till besök som kräver fysisk närvaro.',
    affectedGroups: ['care_recipients', 'relatives', 'staff'], units: [0], focusAreas: [1], submitter: 'staff1', daysAgo: 400,
    raterScores: [[1, 1, 2, 2, 1, 1, 3, 1], [2, 1, 2, 1, 2, 1, 3, 2]], fix: true,
    decision: { outcome: 'proceed', form: 'project', ownerName: 'Verksamhetschef hemtjänst', plannedStartYear: 2026, rationale: 'Hög nytta och beprövad teknik; breddinförs i etapper.' },
  },
  {
    title: 'Läkemedelsrobotar i hemtjänsten',
    problem: 'Många besök i hemtjänsten görs enbart för att påminna om eller överlämna läkemedel vid fasta tider.',
    expectedBenefit: 'Brukare tar sina läkemedel själva i rätt tid; färre besök och färre läkemedelsavvikelser.',
    affectedGroups: ['care_recipients', 'staff'], units: [0], focusAreas: [0], submitter: 'staff2', daysAgo: 380,
    raterScores: [[2, 2, 2, 3, 1, 1, 3, 2], [2, 1, 2, 3, 1, 2, 3, 1]], fix: true,
    decision: { outcome: 'proceed', form: 'assignment', ownerName: 'Enhetschef hemtjänst norr', plannedStartYear: 2026, rationale: 'Uppdrag att upphandla och införa för 20 brukare under första året.' },
  },
  {
    title: 'Demenslotsen – digitalt stöd för anhöriga',
    problem: 'Anhöriga till personer med demenssjukdom vet inte var de ska vända sig och ringer många olika funktioner.',
    expectedBenefit: 'Anhöriga får samlat stöd dygnet runt och känner sig tryggare; färre samtal till biståndshandläggare.',
    affectedGroups: ['relatives', 'care_recipients'], units: [6], focusAreas: [1], submitter: 'manager', daysAgo: 350,
    raterScores: [[1, 2, 1, 2, 2, 1, 4, 2]], fix: true,
    decision: { outcome: 'proceed', form: 'improvement', ownerName: 'Enhetschef myndighet', plannedStartYear: 2026, rationale: 'Liten insats med tydlig nytta; införs inom ordinarie verksamhet.' },
  },
  {
    title: 'Digitala läkemedelsskåp i hemtjänsten',
    problem: 'Nycklar till läkemedelsskåp hanteras manuellt och det är svårt att se vem som öppnat skåpet.',
    expectedBenefit: 'Spårbar och säker läkemedelshantering; mindre tid för nyckelhantering.',
    affectedGroups: ['staff', 'care_recipients'], units: [0], focusAreas: [1, 0], submitter: 'staff1', daysAgo: 300,
    raterScores: [[2, 2, 2, 3, 2, 2, 2, 2], [2, 2, 3, 3, 2, 2, 2, 3]], fix: true,
  },
  {
    title: 'Taligenkänning för dokumentation inom IFO',
    problem: 'Socialsekreterare lägger en stor del av dagen på att skriva journalanteckningar och utredningar.',
    expectedBenefit: 'Mer tid till möten med de människor vi finns till för; snabbare dokumentation.',
    affectedGroups: ['staff', 'managers'], units: [4], focusAreas: [0], submitter: 'staff2', daysAgo: 280,
    raterScores: [[3, 3, 3, 4, 2, 2, 4, 2], [3, 2, 3, 3, 2, 3, 4, 3]], fix: true,
    decision: { outcome: 'park', parkedUntilMonths: 9, rationale: 'Avvaktar upphandling av nytt verksamhetssystem; tas upp igen efter årsskiftet.' },
  },
  {
    title: 'Integration mellan verksamhetssystemet och Senior alert',
    problem: 'Riskbedömningar registreras dubbelt, först i verksamhetssystemet och sedan i kvalitetsregistret.',
    expectedBenefit: 'Ingen dubbelregistrering och bättre underlag för det förebyggande arbetet.',
    affectedGroups: ['staff'], units: [5], focusAreas: [0], submitter: 'coordinator', daysAgo: 260,
    raterScores: [[2, 2, 3, 2, 2, 3, 3, 2]], fix: true,
  },
  {
    title: 'Trygghetssensorer på LSS-boende (pilot)',
    problem: 'Nattpersonal gör rutintillsyn som stör de boende, samtidigt som epileptiska anfall kan gå oupptäckta.',
    expectedBenefit: 'Snabbare larm vid verkliga händelser och ostörd nattsömn för de boende.',
    affectedGroups: ['care_recipients', 'relatives', 'staff'], units: [3], focusAreas: [1], submitter: 'manager', daysAgo: 240,
    raterScores: [[2, 3, 3, 3, 2, 1, 3, 2], [3, 3, 3, 3, 2, 1, 3, 2]], fix: true,
  },
  {
    title: 'Samma larmsystem på alla särskilda boenden',
    problem: 'Två olika larmsystem används på boendena, vilket kräver dubbla utbildningar och avtal.',
    expectedBenefit: 'Enklare för vikarier, ett avtal att förvalta och lägre kostnader över tid.',
    affectedGroups: ['staff', 'managers'], units: [1, 2, 3], focusAreas: [2, 1], submitter: 'staff1', daysAgo: 220,
    raterScores: [[2, 2, 2, 3, 3, 3, 4, 3]], fix: true,
  },
  {
    title: 'Hotellås på SÄBO, korttid och LSS-boende',
    problem: 'Mekaniska nycklar försvinner och låsbyten blir dyra; boende kan inte själva låsa sitt rum på ett enkelt sätt.',
    expectedBenefit: 'Ökad integritet för de boende och färre kostsamma låsbyten.',
    affectedGroups: ['care_recipients', 'staff'], units: [1, 2, 3], focusAreas: [1], submitter: 'staff2', daysAgo: 200,
    raterScores: [[3, 3, 2, 4, 3, 3, 4, 3]], fix: true,
    decision: { outcome: 'reject', reason: 'Låg nytta i förhållande till kostnaden just nu; ingår i kommande lokalöversyn i stället.' },
  },
  {
    title: 'E-tjänst för inkomstblankett och dödsboanmälan',
    problem: 'Blanketterna skickas på papper, kompletteras ofta och registreras manuellt.',
    expectedBenefit: 'Snabbare handläggning och färre kompletteringar; invånare kan göra ärendet när det passar dem.',
    affectedGroups: ['relatives', 'staff'], units: [6], focusAreas: [0], submitter: 'coordinator', daysAgo: 170,
    raterScores: [[2, 2, 2, 2, 2, 3, 3, 2]], fix: true,
  },
  {
    title: 'E-hemtjänst med bildtelefoni och nattillsyn',
    problem: 'Många korta hemtjänstbesök gäller påminnelser och tillsyn som brukaren lika gärna kunde få på distans, och restiden växer med antalet äldre.',
    expectedBenefit: 'Brukare får stöd snabbt oberoende av tid och plats; personalen räcker till fler av dem som behöver fysiska besök.',
    affectedGroups: ['care_recipients', 'relatives', 'staff'], units: [0], focusAreas: [0], submitter: 'manager', daysAgo: 700,
    raterScores: [[1, 1, 2, 2, 1, 1, 3, 1], [1, 2, 2, 2, 1, 1, 3, 1]], fix: true,
    decision: { outcome: 'proceed', form: 'project', ownerName: 'Verksamhetschef hemtjänst', plannedStartYear: 2025, rationale: 'Västerås erfarenheter visar god nytta per investerad krona; införs som projekt med pilot.' },
  },
  {
    title: 'Digital nattillsyn i hemtjänsten',
    problem: 'Tillsyn via kamera finns bara i en del av kommunen och rutinerna skiljer sig åt mellan grupperna.',
    expectedBenefit: 'Likvärdig och trygg nattillsyn för brukare i hela kommunen.',
    affectedGroups: ['care_recipients', 'staff'], units: [0], focusAreas: [1], submitter: 'staff1', daysAgo: 150,
  },
  {
    title: 'Kompetensutveckling i verksamhetssystemet (IBIC, KVÅ)',
    problem: 'Dokumentationen enligt IBIC är ojämn och många medarbetare är osäkra i systemet.',
    expectedBenefit: 'Bättre och mer enhetlig dokumentation; mindre tid per anteckning.',
    affectedGroups: ['staff', 'managers'], units: [6], focusAreas: [2], submitter: 'manager', daysAgo: 130,
    raterScores: [[1, 1, 1, 2, 2, 2, 2, 1], [1, 2, 1, 2, 2, 2, 2, 2]], fix: true,
    decision: { outcome: 'proceed', form: 'improvement', ownerName: 'Systemförvaltare verksamhetssystem', plannedStartYear: 2027, rationale: 'Låg komplexitet och tydlig koppling till målet om digital kompetens.' },
  },
  {
    title: 'Viva Nomad på surfplattor för hemtjänsten',
    problem: 'Personalen måste åka tillbaka till kontoret för att läsa genomförandeplaner och dokumentera.',
    expectedBenefit: 'Dokumentation direkt hos brukaren; mindre körtid och mer aktuell information.',
    affectedGroups: ['staff'], units: [0], focusAreas: [0], submitter: 'staff2', daysAgo: 110,
    raterScores: [[2, 1, 2, 2, 1, 2, 4, 2]],
  },
  {
    title: 'Sensorer för fallprevention',
    problem: 'Fall i hemmet upptäcks ibland först vid nästa besök.',
    expectedBenefit: 'Snabbare hjälp vid fall och färre allvarliga skador.',
    affectedGroups: ['care_recipients', 'relatives'], units: [5], focusAreas: [1], submitter: 'staff1', daysAgo: 90,
  },
  {
    title: 'Single sign-on till verksamhetens system',
    problem: 'Medarbetare loggar in i fem till sju system per pass och glömmer lösenord.',
    expectedBenefit: 'Snabbare start på passet, färre supportärenden och säkrare inloggning.',
    affectedGroups: ['staff', 'managers'], units: 'all', focusAreas: [0, 2], submitter: 'coordinator', daysAgo: 70,
  },
  {
    title: 'Digital beroendevård (Previct)',
    problem: 'Uppföljning av behandling inom beroendevården kräver täta fysiska besök.',
    expectedBenefit: 'Tätare och mer flexibel uppföljning; klienten behöver inte resa för varje kontroll.',
    affectedGroups: ['care_recipients', 'staff'], units: [4], focusAreas: [1], submitter: 'staff2', daysAgo: 45,
  },
  {
    title: 'Videomöten med anhöriga på särskilt boende',
    problem: 'Anhöriga som bor långt bort har svårt att delta i vårdplaneringar och att hålla kontakten.',
    expectedBenefit: 'Ökad delaktighet för anhöriga och mindre ensamhet för de boende.',
    affectedGroups: ['relatives', 'care_recipients'], units: [1], focusAreas: [1], submitter: 'manager', daysAgo: 20,
  },
  {
    title: 'Digital kompetens i Teams och Outlook',
    problem: 'Många medarbetare saknar grundläggande kunskap i de digitala verktygen för möten och post.',
    expectedBenefit: 'Effektivare möten och kommunikation; mindre tid till felsökning.',
    affectedGroups: ['staff'], units: 'all', focusAreas: [2], submitter: 'staff1', daysAgo: 8,
  },
];
