import type { TSystemInput } from '@domain/systems.contracts';
import type { TWelfareTechInput } from '@domain/welfare-tech.contracts';

/**
 * The demo's system list, inventory and supplier demo, from the seed plans: Karlsborg's systems
 * and its "Sammanställning … av digitala enheter" as of 2021-12-31 (seed 000), a later inventory
 * showing the breddinförande, and one supplier demo with the three questions (seed 001 §8).
 * Costs are exact öre. `units` are indexes into the demo organisation's units.
 */
type DemoSystem = Omit<TSystemInput, 'unitIds' | 'initiativeLinks'> & { units: number[] };

const common = { contractStart: null, contractEnd: null, noticeMonths: null, oneOffCostOre: null, classification: null } as const;

export const DEMO_SYSTEMS: DemoSystem[] = [
  {
    ...common,
    name: 'Viva',
    purpose: 'Verksamhetssystem för vård och omsorg: dokumentation, planering och e-tjänst',
    supplier: 'Tietoevry',
    ownerName: 'Socialchef',
    administratorName: 'Systemförvaltare vård och omsorg',
    supportRoutine: 'Första linjens support hos systemförvaltaren; ärenden till leverantören via kundportal.',
    contractStart: '2019-01-01',
    contractEnd: '2027-03-31',
    noticeMonths: 9,
    yearlyCostOre: 85_000_000,
    classification: { confidentiality: 3, integrity: 3, availability: 3, traceability: 3 },
    lifecycle: 'in_operation',
    units: [0, 1, 2, 5, 6],
  },
  {
    ...common,
    name: 'Phoniro',
    purpose: 'Trygghetslarm, nyckelfria lås och digital tillsyn',
    supplier: 'Phoniro Systems AB',
    ownerName: 'Verksamhetschef äldreomsorg',
    administratorName: 'Teknikenheten',
    supportRoutine: 'Larmcentral dygnet runt; teknikenheten byter enheter och lås.',
    contractStart: '2020-05-01',
    contractEnd: '2026-04-30',
    noticeMonths: 6,
    yearlyCostOre: 41_250_000,
    classification: { confidentiality: 3, integrity: 3, availability: 4, traceability: 3 },
    lifecycle: 'in_operation',
    units: [0, 1, 2, 7],
  },
  {
    ...common,
    name: 'Alfa E',
    purpose: 'Ekonomiskt bistånd inom IFO',
    supplier: 'Alfa E-tjänster',
    ownerName: 'Enhetschef IFO',
    administratorName: 'Systemförvaltare IFO',
    supportRoutine: 'Support via leverantörens servicedesk vardagar 8–17.',
    yearlyCostOre: 12_000_000,
    oneOffCostOre: 1_500_000,
    lifecycle: 'in_operation',
    units: [4],
  },
  {
    ...common,
    name: 'Combine',
    purpose: 'Schemaläggning och planering av insatser',
    supplier: 'Combine Control Systems',
    ownerName: 'Verksamhetschef hemtjänst',
    administratorName: 'Teknikenheten',
    supportRoutine: 'Supportavtal med leverantören; teknikenheten tar emot ärenden.',
    contractStart: '2022-01-01',
    contractEnd: '2026-12-31',
    noticeMonths: 3,
    yearlyCostOre: 23_500_050,
    lifecycle: 'introducing',
    units: [0],
  },
  {
    ...common,
    name: 'Evondos',
    purpose: 'Läkemedelsrobotar som påminner och delar ut läkemedel',
    supplier: 'Evondos Oy',
    ownerName: 'MAS',
    administratorName: 'Teknikenheten',
    supportRoutine: 'Leverantören övervakar robotarna; larm går till hemtjänsten.',
    yearlyCostOre: 15_000_000,
    lifecycle: 'planned',
    units: [0, 5],
  },
];

export const DEMO_INTEGRATIONS = [
  { from: 'Phoniro', to: 'Viva', direction: 'one_way', information: 'Utförda insatser och tillsynsbesök', method: 'manual', doubleEntry: true },
  { from: 'Viva', to: 'Combine', direction: 'one_way', information: 'Beviljade insatser för planering', method: 'file', doubleEntry: false },
  { from: 'Evondos', to: 'Viva', direction: 'one_way', information: 'Missade doser och avvikelser', method: 'manual', doubleEntry: true },
] as const;

type DemoTech = Omit<TWelfareTechInput, 'systemId' | 'initiativeId'> & { system?: string };
const inventory2021 = (technology: string, unitCount: number, placement: string, extra: Partial<DemoTech> = {}): DemoTech => ({
  technology,
  product: '',
  supplier: '',
  unitCount,
  placement,
  state: 'deployed',
  asOf: '2021-12-31',
  ...extra,
});

/** Seed 000's inventory as of 2021-12-31, and the same technologies a year on (2023-12-31). */
export const DEMO_WELFARE_TECH: DemoTech[] = [
  inventory2021('Tillsynskamera', 5, 'Ordinärt boende'),
  inventory2021('Trygghetslarm', 88, 'SÄBO', { product: 'Phoniro', supplier: 'Phoniro Systems AB', system: 'Phoniro' }),
  inventory2021('Trygghetslarm', 380, 'Hemtjänst', { product: 'Doro', supplier: 'Doro Care' }),
  inventory2021('Nyckelfria lås', 380, 'Hemtjänst', { product: 'Phoniro Lock', supplier: 'Phoniro Systems AB', system: 'Phoniro' }),
  inventory2021('Digitala läkemedelsskåp', 88, 'SÄBO'),
  inventory2021('GPS-larm', 5, 'Ordinärt boende'),
  inventory2021('Tillsynskamera', 18, 'Ordinärt boende', { asOf: '2023-12-31' }),
  inventory2021('Trygghetslarm', 92, 'SÄBO', { asOf: '2023-12-31', product: 'Phoniro', supplier: 'Phoniro Systems AB', system: 'Phoniro' }),
  inventory2021('Trygghetslarm', 395, 'Hemtjänst', { asOf: '2023-12-31', product: 'Phoniro', supplier: 'Phoniro Systems AB', system: 'Phoniro' }),
  inventory2021('Nyckelfria lås', 410, 'Hemtjänst', { asOf: '2023-12-31', product: 'Phoniro Lock', supplier: 'Phoniro Systems AB', system: 'Phoniro' }),
  inventory2021('Digitala läkemedelsskåp', 88, 'SÄBO', { asOf: '2023-12-31' }),
  inventory2021('GPS-larm', 9, 'Ordinärt boende', { asOf: '2023-12-31' }),
  inventory2021('Läkemedelsrobot', 20, 'Hemtjänst', { asOf: '2023-12-31', state: 'in_progress', product: 'Evondos', supplier: 'Evondos Oy', system: 'Evondos' }),
  inventory2021('Sensorer', 6, 'LSS-boende', { asOf: '2023-12-31', state: 'tried_not_adopted', product: 'RoomMate' }),
];
