import type { TPlanItemInput, TPlanSections } from '@domain/plans.contracts';
import type { TStrategyFrameInput } from '@domain/strategy.contracts';

/**
 * The demo organisation's plan, rebuilt from seed 000's list of possible changes (Karlsborg
 * 2022–2024, moved four years on to 2026–2028): years, "löpande" and "på sikt", priorities and the
 * costs as the seed writes them. The texts are ours. Items are matched to the demo needs by title.
 */
const kr = (n: number) => String(n * 100);
type DemoItem = Partial<Omit<TPlanItemInput, 'needId' | 'initiativeId'>>;

export const DEMO_PLAN = {
  title: 'Digitaliseringsplan 2026–2028',
  startYear: 2026,
  endYear: 2028,
  sections: {
    introduction: 'Planen samlar socialförvaltningens digitalisering för tre år: vad vi vill förändra, i vilken ordning och till vilken kostnad. Den bygger på behov från medarbetare och chefer, bedömda i prioriteringsmodellen.',
    purpose: 'Att ge nämnden och förvaltningen en gemensam bild av vilka digitala förändringar som ska genomföras, så att resurser kan planeras och nyttan följas upp.',
    goals: 'Fler brukare ska kunna bo tryggt hemma längre, medarbetare ska lägga mindre tid på administration och alla ska ha den digitala kompetens arbetet kräver.',
    background: 'Andelen äldre ökar samtidigt som det blir svårare att rekrytera. Välfärdsteknik och digitala arbetssätt är en del av svaret, men kräver planering, kompetens och uppföljning.',
    followUp: 'Planen följs upp varje kvartal i ledningsgruppen och redovisas för nämnden en gång om året, tillsammans med mätningarna i initiativens nyttoplaner.',
  } satisfies TPlanSections,
};

/** Per demo need title (its beginning): when, horizon, priority and the estimate seed 000 gives. */
export const DEMO_PLAN_ITEMS: [string, DemoItem][] = [
  ['Tillsynskameror', { timing: { kind: 'years', fromYear: 2026, toYear: 2028 }, cost: { low: null, high: null, recurrence: 'per_month', note: 'månadskostnad per kamera' }, what: 'Breddinförande av tillsynskameror i ordinärt boende.', why: 'Nattliga besök stör brukarens sömn och tar personalens tid.', how: 'Införs stegvis per hemtjänstområde med samtycke från varje brukare.' }],
  ['Läkemedelsrobotar', { timing: { kind: 'year', year: 2027 }, cost: { low: kr(150_000), high: null, recurrence: 'per_year', note: '' } }],
  ['Demenslotsen', { timing: { kind: 'year', year: 2027 }, cost: { low: kr(39_500), high: null, recurrence: 'one_off', note: 'plus 6 000 kr/mån' } }],
  ['Digitala läkemedelsskåp', { timing: { kind: 'year', year: 2028 }, cost: { low: kr(4000), high: null, recurrence: 'per_unit', note: 'plus månadskostnad' } }],
  ['Taligenkänning', { timing: { kind: 'year', year: 2028 }, horizon: 'medium', priority: '3' }],
  ['Integration mellan verksamhetssystemet', { timing: { kind: 'year', year: 2027 }, cost: { low: kr(40_000), high: kr(60_000), recurrence: 'one_off', note: '' } }],
  ['Samma larmsystem', { timing: { kind: 'year', year: 2027 }, priority: '2' }],
  ['Hotellås', { timing: { kind: 'years', fromYear: 2027, toYear: 2028 }, horizon: 'medium', priority: '2' }],
  ['E-hemtjänst', { timing: { kind: 'years', fromYear: 2026, toYear: 2027 }, cost: { low: kr(1_170_000), high: null, recurrence: 'one_off', note: '' } }],
  ['Digital nattillsyn', { timing: { kind: 'quarter', year: 2026, quarter: 3 } }],
  ['Kompetensutveckling i verksamhetssystemet', { timing: { kind: 'ongoing' }, cost: { low: kr(1250), high: null, recurrence: 'per_hour', note: 'konsultarvode' } }],
  ['Viva Nomad', { timing: { kind: 'years', fromYear: 2026, toYear: 2027 }, cost: { low: kr(50_000), high: null, recurrence: 'one_off', note: '' } }],
  ['Sensorer för fallprevention', { timing: { kind: 'eventually' }, horizon: 'long' }],
  ['Single sign-on', { timing: { kind: 'eventually' }, horizon: 'long' }],
  ['Digital beroendevård', { timing: { kind: 'eventually' }, horizon: 'long' }],
  ['Digital kompetens i Teams', { timing: { kind: 'ongoing' }, cost: { low: null, high: null, recurrence: 'one_off', note: 'tid, lönekostnad' } }],
];

/** Items without a need of their own (seed 000 lists them as possible changes too). */
export const DEMO_FREE_ITEMS: Omit<TPlanItemInput, 'needId' | 'initiativeId'>[] = [
  {
    title: 'Självskattning av digital mognad',
    what: 'Ledningsgruppen skattar förvaltningens digitala mognad en gång om året.',
    why: 'Ger en gemensam bild av var vi står och vad nästa steg är.',
    how: 'Halvdagsworkshop i ledningsgruppen; resultatet blir åtgärder i planen.',
    expectedBenefit: 'Tydligare prioriteringar',
    timing: { kind: 'ongoing' },
    horizon: 'short',
    priority: null,
    cost: { low: null, high: null, recurrence: 'per_year', note: 'tid' },
    staffHours: [
      { year: 2026, hours: 40 },
      { year: 2027, hours: 40 },
      { year: 2028, hours: 40 },
    ],
    focusAreaId: null,
  },
  {
    title: 'Statistikmodul i verksamhetssystemet',
    what: 'Modul för uppföljning av insatser och tid.',
    why: 'Cheferna saknar underlag för att följa verksamheten.',
    how: 'Köps som tillägg till befintligt avtal.',
    expectedBenefit: 'Bättre underlag för beslut',
    timing: { kind: 'year', year: 2026 },
    horizon: 'short',
    priority: '1',
    cost: { low: kr(15_000), high: null, recurrence: 'one_off', note: '' },
    staffHours: [{ year: 2026, hours: 60 }],
    focusAreaId: null,
  },
];

/** The strategy frame, in our own words, after the shape of seeds 001 §1, 002 §5 and 004. */
export const DEMO_STRATEGY: TStrategyFrameInput = {
  vision: 'Digitala lösningar gör det möjligt för fler att leva ett tryggt och självständigt liv, och ger medarbetarna mer tid för det som kräver människor.',
  swot: {
    strengths: ['Engagerade medarbetare som lämnar många förslag', 'Beprövad välfärdsteknik i hemtjänsten', 'Gemensam bedömningsmodell i ledningsgruppen'],
    weaknesses: ['Ojämn digital kompetens', 'Många system utan integrationer', 'Begränsad tid för uppföljning av nytta'],
    opportunities: ['Samverkan med grannkommuner', 'Nationella e-tjänster och standarder', 'Ny generation brukare vana vid digitala tjänster'],
    threats: ['Svårt att rekrytera', 'Leverantörsberoende', 'Informationssäkerhetsrisker'],
  },
  stakeholders: [
    { name: 'Brukare och anhöriga', interest: 'Trygghet, självständighet och inflytande över hur tekniken används.' },
    { name: 'Medarbetare', interest: 'Verktyg som fungerar och frigör tid; utbildning i tid.' },
    { name: 'Fackliga företrädare', interest: 'Arbetsmiljö och delaktighet i förändringen.' },
    { name: 'Socialnämnden', interest: 'Kvalitet, ekonomi och uppföljning av beslutade satsningar.' },
    { name: 'IT-avdelningen', interest: 'Säker drift, integrationer och förvaltningsbarhet.' },
  ],
  successFactors: ['Ledningens aktiva stöd', 'Verksamheten äger förändringen', 'Tid för utbildning och införande', 'Nyttan mäts och följs upp', 'Brukare och medarbetare är delaktiga från början'],
};

/** Demo needs (title beginning) and the demo goals they serve, by the goals' index (demo-organization.ts). */
export const DEMO_GOAL_LINKS: [string, number[]][] = [
  ['Tillsynskameror', [0]],
  ['Läkemedelsrobotar', [0, 1]],
  ['E-hemtjänst', [0, 1]],
  ['Digital nattillsyn', [0]],
  ['Viva Nomad', [1]],
  ['Kompetensutveckling i verksamhetssystemet', [2, 3]],
  ['Digital kompetens i Teams', [3]],
  ['Integration mellan verksamhetssystemet', [1]],
];
