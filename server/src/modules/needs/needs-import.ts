import { FORM_LABELS, todayInSweden, type InitiativeForm } from '@domain/decisions.contracts';
import type { TCostEstimate } from '@domain/cost-estimate.contracts';
import { formatCostEstimate } from '@domain/cost-estimate';
import { costEstimateFromWire } from '@domain/cost-estimate.contracts';
import { parseCostEstimateText } from '@domain/cost-estimate-text';
import type { ParsedRow } from '@server/platform/spreadsheet/import-preview';
import type { RawCell, RawTable } from '@server/platform/spreadsheet/raw-table';
import { locateColumnsByNames, readChoice, readDate, readText, type Read } from '@server/platform/spreadsheet/read-cells';

/**
 * The columns of a plan file. The first name of each is what the template writes (seed 001 §10's
 * table grown by what a need and a decision hold); the others are how existing plans head the same
 * column — seed 001's "Initiativ", "Beskrivning", "Fokusområde", "Avdelning" and seed 000's
 * "Möjlighet/förändring", "Införande år", "Önskad nyttoeffekt, kortfattat", "Kostnad, uppskattad" —
 * so such a table imports as it is.
 */
export const NEED_IMPORT_COLUMNS = {
  title: ['Titel', 'Initiativ', 'Möjlighet/förändring', 'Möjlighet', 'Förändring', 'Behov', 'Namn'],
  problem: ['Problem (Varför)', 'Problem', 'Varför', 'Beskrivning', 'Behovet'],
  what: ['Vad'],
  how: ['Hur'],
  expectedBenefit: ['Förväntad nytta', 'Önskad nyttoeffekt, kortfattat', 'Önskad nyttoeffekt', 'Nyttoeffekt', 'Nytta'],
  focusAreas: ['Fokusområden', 'Fokusområde'],
  units: ['Enheter', 'Enhet', 'Avdelning', 'Avdelningar', 'Verksamhet'],
  proposedBy: ['Förslagsställare', 'Föreslagen av', 'Inlämnad av'],
  status: ['Status'],
  decisionDate: ['Beslutsdatum', 'Beslutad'],
  forum: ['Beslutsforum', 'Forum'],
  reference: ['Beslutsreferens', 'Diarienummer', 'Paragraf'],
  form: ['Form'],
  ownerName: ['Ägare', 'Ansvarig'],
  plannedStartYear: ['Startår', 'Införande år', 'Införandeår', 'År'],
  costEstimate: ['Uppskattad kostnad', 'Kostnad, uppskattad', 'Kostnad'],
} as const satisfies Record<string, readonly string[]>;
type Key = keyof typeof NEED_IMPORT_COLUMNS;
const header = (key: Key) => NEED_IMPORT_COLUMNS[key][0];
/** Errors are listed in the template's column order. */
const COLUMN_ORDER: string[] = Object.values(NEED_IMPORT_COLUMNS).map((names) => names[0]);

/** The statuses a plan file can give a need (a decided one becomes an initiative). */
export type ImportedNeedStatus = 'submitted' | 'assessed' | 'approved' | 'rejected' | 'parked';

/** A row of a plan file as it will be saved. */
export type NeedImportValue = {
  title: string;
  problem: string;
  what: string;
  how: string;
  expectedBenefit: string;
  focusAreaIds: string[];
  unitIds: string[];
  allUnits: boolean;
  proposedBy: string;
  status: ImportedNeedStatus;
  /** Only for a decided need: the initiative's form, owner, the decision's date, forum and reference. */
  form: InitiativeForm | null;
  decisionDate: string | null;
  forum: string;
  reference: string;
  ownerName: string;
  plannedStartYear: number | null;
  costEstimate: TCostEstimate | null;
};

/** Names the organisation has (lower case → id): its focus areas and units. */
export type ImportLookups = { focusAreaIdsByName: ReadonlyMap<string, string>; unitIdsByName: ReadonlyMap<string, string> };

export const STATUS_LABELS_SV: Record<ImportedNeedStatus, string> = {
  submitted: 'Ny',
  assessed: 'Bedömd',
  approved: 'Beslutad',
  rejected: 'Avslagen',
  parked: 'Parkerad',
};
const STATUS_WORDS: Record<string, ImportedNeedStatus> = {
  ny: 'submitted',
  nytt: 'submitted',
  inkommen: 'submitted',
  förslag: 'submitted',
  identifierat: 'submitted',
  submitted: 'submitted',
  bedömd: 'assessed',
  bedömt: 'assessed',
  assessed: 'assessed',
  beslutad: 'approved',
  beslutat: 'approved',
  genomförs: 'approved',
  approved: 'approved',
  avslagen: 'rejected',
  avslaget: 'rejected',
  avslag: 'rejected',
  rejected: 'rejected',
  parkerad: 'parked',
  parkerat: 'parked',
  parked: 'parked',
};
const STATUS_HELP = 'ny, bedömd, beslutad som projekt, beslutad som uppdrag, beslutad som verksamhetsförbättring, avslagen eller parkerad';

const FORM_WORDS: Record<string, InitiativeForm> = {
  ...Object.fromEntries((Object.entries(FORM_LABELS) as [InitiativeForm, string][]).map(([form, label]) => [label.toLowerCase(), form])),
  projektet: 'project',
  uppdraget: 'assignment',
  verksamhetsutveckling: 'improvement',
};

/** "beslutad som projekt", "Beslutad – uppdrag", "avslagen": the status and, for a decision to proceed, the form it names. */
function readStatus(cell: RawCell): Read<{ status: ImportedNeedStatus; form: InitiativeForm | null }> {
  if (typeof cell === 'object' && cell !== null) return { ok: false, message: 'Formler läses inte in; skriv värdet i stället.' };
  const text = cell === null ? '' : String(cell).replace(/\s+/g, ' ').trim().toLowerCase();
  if (text === '') return { ok: true, value: { status: 'submitted', form: null } };
  const [first = '', ...rest] = text.split(/[\s–—:,-]+/).filter((word) => word !== 'som' && word !== 'i' && word !== 'ett');
  const status = STATUS_WORDS[first];
  const formText = rest.join(' ');
  const form = formText === '' ? null : FORM_WORDS[formText];
  if (!status || (formText !== '' && (status !== 'approved' || !form))) return { ok: false, message: `Måste vara ${STATUS_HELP}.` };
  return { ok: true, value: { status, form: form ?? null } };
}

/** A year as plans write it: 2023, "2022–2024" (the first year is the start), or "på sikt" (none yet). */
function readStartYear(cell: RawCell): Read<number | null> {
  if (typeof cell === 'object' && cell !== null) return { ok: false, message: 'Formler läses inte in; skriv värdet i stället.' };
  if (cell === null) return { ok: true, value: null };
  const text = String(cell).trim();
  const year = /(?<!\d)(\d{4})(?!\d)/.exec(text)?.[1];
  if (year) {
    const value = Number(year);
    return value >= 2000 && value <= 2100 ? { ok: true, value } : { ok: false, message: 'Året måste vara mellan 2000 och 2100.' };
  }
  if (/^(på sikt|senare|ej bestämt|okänt|-|–)$/i.test(text)) return { ok: true, value: null };
  return { ok: false, message: 'Måste vara ett år, t.ex. 2025 eller 2025–2027, eller "på sikt".' };
}

const namesIn = (text: string) =>
  text
    .split(/[;\n]/)
    .map((name) => name.replace(/\s+/g, ' ').trim())
    .filter(Boolean);

/** Focus areas by name, separated by semicolons or line breaks; each unknown name is one message. */
function resolveFocusAreas(text: string, lookups: ImportLookups): { ids: string[]; unknown: string[] } {
  const names = namesIn(text);
  const unknown = names.filter((name) => !lookups.focusAreaIdsByName.has(name.toLowerCase()));
  return { ids: [...new Set(names.flatMap((name) => lookups.focusAreaIdsByName.get(name.toLowerCase()) ?? []))], unknown };
}

/**
 * Units by name as plans write them: "Alla" (or "Alla (…)") for the whole förvaltning, names separated
 * by semicolons or line breaks, and within one name also "Hemtjänst och KPV" or "Hemtjänst/Myndighet"
 * when the whole text is no unit but every part is; "KPV (rehab)" is KPV when no unit has the whole name.
 */
function resolveUnits(text: string, lookups: ImportLookups): { ids: string[]; allUnits: boolean; unknown: string[] } {
  const byName = lookups.unitIdsByName;
  const find = (name: string): string | undefined => byName.get(name.toLowerCase()) ?? byName.get(name.replace(/\s*\([^)]*\)\s*$/, '').trim().toLowerCase());
  const ids: string[] = [];
  const unknown: string[] = [];
  let allUnits = false;
  for (const name of namesIn(text)) {
    if (/^alla(\s|\(|$)/i.test(name) && !byName.has(name.toLowerCase())) {
      allUnits = true;
      continue;
    }
    const whole = find(name);
    if (whole) {
      ids.push(whole);
      continue;
    }
    const parts = name
      .split(/\s*\/\s*|\s*,\s*|\s+och\s+|\s*&\s*|\s+\+\s+/i)
      .map((part) => part.trim())
      .filter(Boolean);
    const found = parts.map(find);
    if (parts.length > 1 && found.every((id) => id !== undefined)) ids.push(...(found as string[]));
    else unknown.push(name);
  }
  return { ids: allUnits ? [] : [...new Set(ids)], allUnits, unknown };
}

const statusShown = (value: NeedImportValue) =>
  value.status === 'approved' && value.form ? `Beslutad som ${FORM_LABELS[value.form].toLowerCase()}` : STATUS_LABELS_SV[value.status];

/**
 * Reads every row of a plan file (needs and initiatives) into what will be saved, with a Swedish
 * error per bad cell naming its column. A decided row ("beslutad som projekt") needs its decision
 * date (not in the future), form, owner and start year: it becomes an initiative decided before
 * Digiplan. A focus area or unit the organisation lacks is an error.
 */
export function parseNeedRows(table: RawTable, lookups: ImportLookups, today: string = todayInSweden()): { fileErrors: string[]; rows: ParsedRow<NeedImportValue>[] } {
  const { positions, missing } = locateColumnsByNames(table, NEED_IMPORT_COLUMNS, ['title']);
  if (missing.length > 0) return { fileErrors: [`Kolumner saknas i rubrikraden: ${missing.join(', ')}.`], rows: [] };
  const rows = table.rows.map((raw): ParsedRow<NeedImportValue> => {
    const cell = (key: Key) => (positions[key] === undefined ? null : (raw.cells[positions[key]!] ?? null));
    const errors: Array<{ column: string; message: string }> = [];
    const take = <T,>(key: Key, read: Read<T>, fallback: T): T => {
      if (read.ok) return read.value;
      errors.push({ column: header(key), message: read.message });
      return fallback;
    };
    const text = (key: Key, max: number, required = false) => take(key, readText(cell(key), { max, required }), '');

    const title = text('title', 200, true);
    if (title !== '' && title.length < 3) errors.push({ column: header('title'), message: 'Måste vara minst 3 tecken.' });
    const focusText = text('focusAreas', 2000);
    const focus = resolveFocusAreas(focusText, lookups);
    for (const name of focus.unknown) {
      errors.push({ column: header('focusAreas'), message: `Fokusområdet "${name}" finns inte i organisationen. Skriv fokusområdenas namn som de heter där, åtskilda med semikolon.` });
    }
    const unitText = text('units', 4000);
    const units = resolveUnits(unitText, lookups);
    for (const name of units.unknown) {
      errors.push({ column: header('units'), message: `Enheten "${name}" finns inte i organisationsträdet. Skriv enheternas namn som där, åtskilda med semikolon, eller "Alla".` });
    }
    const { status, form: statusForm } = take('status', readStatus(cell('status')), { status: 'submitted' as ImportedNeedStatus, form: null });
    const formCell = take('form', cell('form') === null ? { ok: true, value: null } : readChoice<InitiativeForm>(cell('form'), FORM_LABELS), null);
    if (statusForm && formCell && statusForm !== formCell) errors.push({ column: header('form'), message: `Statusen säger ${FORM_LABELS[statusForm].toLowerCase()} men formen ${FORM_LABELS[formCell].toLowerCase()}.` });
    const form = statusForm ?? formCell;
    const decided = status === 'approved';
    const decisionDate = take('decisionDate', readDate(cell('decisionDate'), { required: decided }), null);
    if (decisionDate && decisionDate > today) errors.push({ column: header('decisionDate'), message: 'Beslutsdatumet kan inte ligga i framtiden.' });
    const ownerName = text('ownerName', 200, decided);
    const plannedStartYear = take('plannedStartYear', readStartYear(cell('plannedStartYear')), null);
    if (decided) {
      if (!form) errors.push({ column: header('form'), message: 'Ange formen för ett beslutat initiativ: projekt, uppdrag eller verksamhetsförbättring.' });
      if (plannedStartYear === null && !errors.some((error) => error.column === header('plannedStartYear'))) {
        errors.push({ column: header('plannedStartYear'), message: 'Måste fyllas i för ett beslutat initiativ.' });
      }
    }
    const costCell = cell('costEstimate');
    const costEstimate = take('costEstimate', typeof costCell === 'object' && costCell !== null ? { ok: false, message: 'Formler läses inte in; skriv värdet i stället.' } : parseCostEstimateText(costCell), null);
    const forum = text('forum', 200);
    const reference = text('reference', 200);

    const value: NeedImportValue = {
      title,
      problem: text('problem', 5000),
      what: text('what', 5000),
      how: text('how', 5000),
      expectedBenefit: text('expectedBenefit', 5000),
      focusAreaIds: focus.ids,
      unitIds: units.ids,
      allUnits: units.allUnits,
      proposedBy: text('proposedBy', 200),
      status,
      form: decided ? form : null,
      decisionDate,
      forum: forum || (decided ? 'OLG' : ''),
      reference,
      ownerName,
      plannedStartYear,
      costEstimate,
    };
    const shown: Record<string, string> = {
      Titel: value.title,
      Fokusområden: namesIn(focusText).join('; '),
      Enheter: value.allUnits ? 'Alla' : namesIn(unitText).join('; '),
      Förslagsställare: value.proposedBy,
      Status: statusShown(value),
      Beslutsdatum: value.decisionDate ?? '',
      Ägare: value.ownerName,
      Startår: value.plannedStartYear === null ? '' : String(value.plannedStartYear),
      'Uppskattad kostnad': value.costEstimate ? formatCostEstimate(costEstimateFromWire(value.costEstimate)) : '',
    };
    errors.sort((a, b) => COLUMN_ORDER.indexOf(a.column) - COLUMN_ORDER.indexOf(b.column));
    return { rowNumber: raw.rowNumber, cells: shown, errors, value: errors.length === 0 ? value : null };
  });
  return { fileErrors: [], rows };
}
