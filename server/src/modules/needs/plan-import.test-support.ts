/**
 * Facts copied from seed-facts.json (names, years, priorities, amounts, focus areas, departments of
 * seeds 000 and 001; the seeds carry no descriptions). Tests write plan files in the seeds' table
 * shapes from them; nothing here is read from outside the project at test time.
 */

/** Seed 000 (Karlsborg): the list of possible changes, 2022–2024. */
export const SEED_000_CHANGES: ReadonlyArray<{ name: string; years: number[]; priority?: string | null; horizon?: string; cost?: string; recurring?: string; cost_sek?: number; cost_sek_low?: number; cost_sek_high?: number; cost_sek_per_year?: number; unit_cost_sek?: number; hour_rate_sek?: number; one_off_sek?: number; monthly_sek?: number }> = [
  { name: 'LIKA självskattning', years: [2022, 2023, 2024], priority: null, cost: 'tid', recurring: 'yearly' },
  { name: 'Alfa E statistikmodul', years: [2022], priority: '1', cost_sek: 15000 },
  { name: 'Kompetensutveckling i verksamhetssystemet (IBIC, KVÅ, ICF)', years: [2022, 2023, 2024], priority: '1', cost: 'konsultarvode', hour_rate_sek: 1250 },
  { name: 'Tillsynskameror ordinärt boende, breddinförande', years: [2022, 2023, 2024], priority: '1', cost: 'månadskostnad' },
  { name: 'Integration mot Viva och Senior Alert', years: [2023], priority: '1', cost_sek_low: 40000, cost_sek_high: 60000 },
  { name: 'Samma larmsystem (Phoniro) på Boken och Strömmen', years: [2023], priority: '2' },
  { name: 'Talenheter Phoniro 6000', years: [2023], priority: null, unit_cost_sek: 6000 },
  { name: 'RoomMate trygghetssensor', years: [2023], priority: '2' },
  { name: 'Läkemedelsrobotar Evondos', years: [2023], priority: '1', cost_sek_per_year: 150000 },
  { name: 'Demenslotsen', years: [2023], priority: '1', one_off_sek: 39500, monthly_sek: 6000 },
  { name: 'Digitala läkemedelsskåp i hemtjänsten', years: [2024], priority: '1', unit_cost_sek: 4000, cost: 'plus månadskostnad' },
  { name: 'FVM (ersätter Samsa), option 1', years: [2023, 2024], priority: null, cost: 'månadskostnad' },
  { name: 'Viva Nomad (webbaserat, surfplattor)', years: [2022, 2023], priority: '1', cost_sek: 50000 },
  { name: 'Fortbildning omvårdnadspersonal och legitimerade', years: [2022, 2023, 2024], priority: '1', cost: 'tid, lönekostnad' },
  { name: 'Digital kompetens Teams och Outlook', years: [2022, 2023, 2024], priority: null, cost: 'tid, lönekostnad' },
  { name: 'Taligenkänning IFO', years: [2024], priority: '3' },
  { name: 'E-tjänst dödsboanmälan och inkomstblankett', years: [2024], priority: null },
  { name: 'Divos utbildning', years: [2024], priority: '1' },
  { name: 'Exorlive AT/FT', years: [2024], priority: null },
  { name: 'Hotellås SÄBO, korttid, LSS-boende', years: [2023, 2024], priority: '2' },
  { name: 'Sensorer', years: [], horizon: 'på sikt' },
  { name: 'Single sign-on', years: [], horizon: 'på sikt' },
  { name: 'Previct (digital beroendevård)', years: [], horizon: 'på sikt' },
];

/** Seed 001 (Alingsås): the focus areas and §10's initiative table (focus areas, department). */
export const SEED_001_FOCUS_AREAS = ['Effektivitet', 'Trygghet och delaktighet', 'Hållbarhet'] as const;
export const SEED_001_INITIATIVES: ReadonlyArray<{ name: string; focus: string[]; department: string }> = [
  { name: 'Organisationsträd, masterträd', focus: ['Hållbarhet'], department: 'Alla' },
  { name: 'AI-stöd i Alfresco', focus: ['Effektivitet'], department: 'Alla' },
  { name: 'AI-stöd i Combine', focus: ['Effektivitet'], department: 'Alla' },
  { name: 'Nya patientjournalen (HSL) i Combine', focus: ['Hållbarhet'], department: 'KPV' },
  { name: 'Pilot trygghetssensorer LSS-boende', focus: ['Trygghet och delaktighet'], department: 'LSS för boende och arbete' },
  { name: 'Digitala lås och läkemedelsskåp', focus: ['Trygghet och delaktighet', 'Effektivitet'], department: 'Hemtjänst och KPV' },
  { name: 'Digital tillsyn på natten', focus: ['Trygghet och delaktighet', 'Hållbarhet'], department: 'Hemtjänst/Myndighet' },
  { name: 'Läkemedelsautomater', focus: ['Hållbarhet'], department: 'Hemtjänst/KPV' },
  { name: 'Plan Act', focus: ['Hållbarhet'], department: 'Alla' },
  { name: 'Trygghetsskapande teknik på särskilt boende', focus: ['Trygghet och delaktighet', 'Hållbarhet'], department: 'Särskilt boende' },
  { name: 'Kartlägga behov av digitala verktyg', focus: ['Effektivitet', 'Trygghet och delaktighet', 'Hållbarhet'], department: 'Funktionsstöd' },
  { name: 'Optimerad bemanning med AI-schema', focus: ['Hållbarhet', 'Effektivitet'], department: 'Alla (Administrativa enheten)' },
  { name: 'Identitetshantering – Handslaget', focus: ['Effektivitet'], department: 'Alla' },
  { name: 'Combine Employee på daglig verksamhet', focus: ['Effektivitet', 'Trygghet och delaktighet'], department: 'LSS' },
  { name: 'Combine Insight (BI)', focus: ['Effektivitet'], department: 'Verksamhetsstöd och chefer' },
  { name: 'Combine Relate', focus: ['Trygghet och delaktighet'], department: 'Alla' },
  { name: 'Digitala assistanslistor', focus: ['Effektivitet'], department: 'Personlig assistans' },
  { name: 'Omsorgsportalen – Välfärdsbredbandet', focus: ['Hållbarhet', 'Trygghet och delaktighet', 'Effektivitet'], department: 'Alla' },
  { name: 'Automatisera vissa beslut (t.ex. trygghetslarm)', focus: ['Effektivitet'], department: 'Myndighet' },
  { name: 'Cambio grundutrustning', focus: ['Effektivitet', 'Hållbarhet'], department: 'KPV (rehab)' },
  { name: 'Cambio beredskapslager och fastighetsregister', focus: ['Effektivitet', 'Hållbarhet'], department: 'Lokalenheten' },
  { name: 'Medborgarportalen', focus: ['Trygghet och delaktighet'], department: 'Myndighet och utförare' },
  { name: 'Digitala besök (förstudie)', focus: ['Trygghet och delaktighet', 'Effektivitet', 'Hållbarhet'], department: 'Hemtjänst och myndighet' },
  { name: 'Sensorteknik hemtjänst (pilot)', focus: ['Trygghet och delaktighet', 'Effektivitet', 'Hållbarhet'], department: 'Hemtjänst och myndighet' },
  { name: 'Svea GPT', focus: ['Effektivitet'], department: 'Alla' },
];

const kr = (amount: number) => amount.toLocaleString('sv-SE').replace(/\u00a0/g, ' ');

/** A change's estimated cost as seed 000's table writes it ("Ca 15 000 kr", "Ca 40 000-60 000 kr", "Tid"). */
export function seed000CostText(change: (typeof SEED_000_CHANGES)[number]): string {
  if (change.cost_sek !== undefined) return `Ca ${kr(change.cost_sek)} kr`;
  if (change.cost_sek_low !== undefined) return `Ca ${kr(change.cost_sek_low)}-${kr(change.cost_sek_high!)} kr`;
  if (change.cost_sek_per_year !== undefined) return `${kr(change.cost_sek_per_year)} kr/år`;
  if (change.one_off_sek !== undefined) return `${kr(change.one_off_sek)} kr + ${kr(change.monthly_sek!)} kr/mån`;
  if (change.unit_cost_sek !== undefined) return `${change.unit_cost_sek} kr/st${change.cost ? ` ${change.cost}` : ''}`;
  if (change.hour_rate_sek !== undefined) return `Konsultarvode ${change.hour_rate_sek} kr/h`;
  return change.cost ? change.cost[0]!.toUpperCase() + change.cost.slice(1) : '';
}

/** Seed 000's years as its table writes them: "2022-2024", "2023" or "på sikt". */
export const seed000YearText = (change: (typeof SEED_000_CHANGES)[number]) =>
  change.years.length === 0 ? 'på sikt' : change.years.length === 1 ? String(change.years[0]) : `${change.years[0]}-${change.years.at(-1)}`;

/** Seed 000's "Prioritering av möjliga digitala förändringar" table: header and one row per change (benefits written here). */
export function seed000Table(): string[][] {
  return [
    ['Möjlighet/förändring', 'Införande år', 'Önskad nyttoeffekt, kortfattat', 'Prioriteringsordning', 'Kostnad, uppskattad'],
    ...SEED_000_CHANGES.map((change) => [
      change.name,
      seed000YearText(change),
      `Effektivare arbete och ökad trygghet med ${change.name.toLowerCase()}.`,
      change.priority ? `Prioritet ${change.priority}` : '',
      seed000CostText(change),
    ]),
  ];
}

/** Units named in seed 001's Avdelning column (a test organisation's tree beside "Hemtjänst"). */
export const SEED_001_UNITS = [
  'KPV',
  'LSS för boende och arbete',
  'Myndighet',
  'Särskilt boende',
  'Funktionsstöd',
  'LSS',
  'Verksamhetsstöd och chefer',
  'Personlig assistans',
  'Lokalenheten',
  'Utförare',
] as const;

/** Seed 001 §10's table: Fokusområde (one per line), Avdelning, Initiativ, Beskrivning (written here). */
export function seed001Table(): string[][] {
  return [
    ['Fokusområde', 'Avdelning', 'Initiativ', 'Beskrivning'],
    ...SEED_001_INITIATIVES.map((initiative) => [initiative.focus.join('\n'), initiative.department, initiative.name, `Behov av ${initiative.name.toLowerCase()} i verksamheten.`]),
  ];
}

/** CSV as Swedish Excel saves "CSV (semikolonavgränsad)": semicolons, CRLF, quotes where needed. */
export const csvText = (rows: ReadonlyArray<ReadonlyArray<string | number>>) =>
  rows.map((row) => row.map((cell) => (/[";\r\n]/.test(String(cell)) ? `"${String(cell).replace(/"/g, '""')}"` : String(cell))).join(';')).join('\r\n') + '\r\n';

const CP1252_EXTRA: Record<string, number> = { '€': 0x80, '–': 0x96, '—': 0x97, '’': 0x92, '“': 0x93, '”': 0x94 };

/** Text encoded as Windows-1252, as Excel on Swedish Windows writes a CSV. */
export function windows1252(text: string): Buffer {
  return Buffer.from(
    [...text].map((char) => {
      const code = CP1252_EXTRA[char] ?? char.charCodeAt(0);
      if (code > 0xff) throw new Error(`${char} is not in Windows-1252`);
      return code;
    }),
  );
}
