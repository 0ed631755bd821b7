import { CRITERIA, PRIORITY_LABELS, QUADRANT_LABELS, QUADRANTS } from '@domain/assessment';
import { formatMoney } from '@domain/money';
import { PLAN_SECTION_LABELS_SV, PLAN_SECTIONS, type TPlan, type TPlanDocument, type TPlanItem } from '@domain/plans.contracts';
import { PLAN_PRIORITY_LABELS_SV } from '@domain/plan-priority';
import { HORIZON_LABELS_SV, periodYearList, timingSortKey } from '@domain/plan-timing';
import { SWOT_LABELS_SV, type TStrategyFrame } from '@domain/strategy.contracts';
import { SYSTEM_LIFECYCLE_LABELS_SV, type TSystemSummary } from '@domain/systems.contracts';
import type { TFocusArea, TStrategicGoal } from '@domain/organization.contracts';
import { WELFARE_TECH_STATE_LABELS_SV, type TSummaryRow } from '@domain/welfare-tech.contracts';

export type PlanDocumentFacts = {
  organizationName: string;
  plan: TPlan;
  strategy: TStrategyFrame;
  focusAreas: TFocusArea[];
  goals: TStrategicGoal[];
  welfareTech: { asOf: string; rows: TSummaryRow[] };
  systems: TSystemSummary[];
};

const dash = (text: string) => (text.trim() === '' ? '–' : text);
const money = (low: string, high: string) => (low === high ? formatMoney(BigInt(low)) : `${formatMoney(BigInt(low)).replace(/\u00a0kr$/, '')}–${formatMoney(BigInt(high))}`);
const hours = (n: number) => `${n.toLocaleString('sv-SE')} h`;

/** "Prioritet 2", or the matrix's suggestion while the coordinator has not chosen, or "–". */
export function priorityText(item: Pick<TPlanItem, 'priority' | 'prioritySuggestion'>): string {
  if (item.priority) return PLAN_PRIORITY_LABELS_SV[item.priority];
  if (item.prioritySuggestion) return `${PRIORITY_LABELS[item.prioritySuggestion]} (förslag)`;
  return '–';
}

const byTime = (a: TPlanItem, b: TPlanItem) => timingSortKey(a.timing) - timingSortKey(b.timing) || a.position - b.position;

/** The item's text block in the action plan: Vad, Varför, Hur, När, Kostnad, Nytta. */
function itemText(item: TPlanItem): string {
  return [
    `Vad: ${dash(item.what)}`,
    `Varför: ${dash(item.why)}`,
    `Hur: ${dash(item.how)}`,
    `När: ${item.timingText} (${HORIZON_LABELS_SV[item.horizon].toLowerCase()})`,
    `Önskad nyttoeffekt: ${dash(item.expectedBenefit)}`,
    `Prioritet: ${priorityText(item)}`,
    `Kostnad, uppskattad: ${dash(item.costText)}`,
  ].join('\n');
}

/**
 * The plan in the shape of the seeds: title page, text sections, vision and focus areas with goals,
 * SWOT, nuläge, the prioritisation model, the table of changes (seed 000's columns), the action and
 * time plan per year, resources per year and how benefits are followed up.
 */
export function planDocument(facts: PlanDocumentFacts): TPlanDocument {
  const { plan, strategy } = facts;
  const sections: TPlanDocument['sections'] = [];
  const add = (heading: string, level: 1 | 2 | 3, body: { text?: string; table?: { headers: string[]; rows: string[][]; widths?: number[] } }) => sections.push({ heading, level, ...body });

  for (const key of PLAN_SECTIONS.filter((k) => k !== 'followUp')) add(PLAN_SECTION_LABELS_SV[key], 1, { text: plan.sections[key] });

  add('Vision och fokusområden', 1, { text: strategy.vision });
  for (const area of facts.focusAreas.filter((a) => !a.isArchived)) {
    const goals = facts.goals.filter((goal) => goal.focusAreaId === area.id && !goal.isArchived);
    add(area.name, 2, { text: [area.description, ...goals.map((goal) => `Mål: ${goal.title}${goal.description ? ` – ${goal.description}` : ''}`)].filter(Boolean).join('\n') });
  }
  add('Styrkor, svagheter, möjligheter och hot (SWOT)', 1, {
    table: { headers: ['Område', 'Punkter'], rows: (Object.keys(SWOT_LABELS_SV) as (keyof typeof SWOT_LABELS_SV)[]).map((k) => [SWOT_LABELS_SV[k], dash(strategy.swot[k].join('\n'))]) },
  });
  if (strategy.stakeholders.length > 0) add('Intressenter', 2, { table: { headers: ['Intressent', 'Intresse'], rows: strategy.stakeholders.map((s) => [s.name, dash(s.interest)]) } });
  if (strategy.successFactors.length > 0) add('Framgångsfaktorer', 2, { text: strategy.successFactors.join('\n') });

  add('Nuläge', 1, { text: `Välfärdsteknik i bruk per ${facts.welfareTech.asOf} och systemlistan i korthet.` });
  add(`Välfärdsteknik per ${facts.welfareTech.asOf}`, 2, {
    table: { headers: ['Teknik', 'Placering', 'Status', 'Antal'], rows: facts.welfareTech.rows.map((r) => [r.technology, dash(r.placement), WELFARE_TECH_STATE_LABELS_SV[r.state], r.unitCount.toLocaleString('sv-SE')]) },
  });
  add('Systemlista i korthet', 2, {
    table: { headers: ['System', 'Leverantör', 'Livscykel', 'Avtal till'], rows: facts.systems.map((s) => [s.name, dash(s.supplier), SYSTEM_LIFECYCLE_LABELS_SV[s.lifecycle], s.contractEnd ?? '–']) },
  });

  add('Prioriteringsmodell', 1, {
    text: [
      'Varje möjlig förändring bedöms på åtta kriterier från 1 (bäst) till 4. Genomförbarhet är medelvärdet av de fyra första, potential/nytta av de fyra sista; gränsen går vid 2,5.',
      ...CRITERIA.map((c) => `${c.label}: ${c.description}`),
    ].join('\n'),
    table: { headers: ['Kvadrant', 'Prioritet', 'Innebörd'], rows: QUADRANTS.map((q) => [QUADRANT_LABELS[q].slogan, PRIORITY_LABELS[QUADRANT_LABELS[q].priority], QUADRANT_LABELS[q].description]) },
  });

  const items = [...plan.items].sort(byTime);
  add('Möjliga förändringar', 1, {
    table: {
      headers: ['Möjlighet/förändring', 'Införandeår', 'Önskad nyttoeffekt', 'Prioritet', 'Kostnad, uppskattad'],
      widths: [30, 13, 25, 14, 18],
      rows: items.map((item) => [item.title, item.timingText, dash(item.expectedBenefit), priorityText(item), dash(item.costText)]),
    },
  });

  add('Handlings- och tidsplan', 1, { text: 'Förändringarna per år, med vad som ska göras, varför, hur och till vilken kostnad.' });
  // Each change is described once, under the year it starts; later years of a span name it only.
  const firstYear = (item: TPlanItem) => item.moneyByYear[0]?.year;
  for (const year of periodYearList(plan)) {
    const starting = items.filter((i) => i.timing.kind !== 'ongoing' && firstYear(i) === year);
    const continuing = items.filter((i) => i.timing.kind !== 'ongoing' && firstYear(i) !== year && i.moneyByYear.some((m) => m.year === year));
    const summary = [starting.length === 0 ? 'Inga nya förändringar.' : `${starting.length} förändringar startar.`];
    if (continuing.length > 0) summary.push(`Fortsätter: ${continuing.map((i) => i.title).join('; ')}.`);
    add(String(year), 2, { text: summary.join('\n') });
    for (const item of starting) add(item.title, 3, { text: itemText(item) });
  }
  for (const [heading, group] of [
    ['Löpande under perioden', items.filter((i) => i.timing.kind === 'ongoing')],
    ['På sikt', items.filter((i) => i.timing.kind === 'eventually')],
  ] as const) {
    add(heading, 2, { text: group.length === 0 ? 'Inga förändringar.' : `${group.length} förändringar.` });
    for (const item of group) add(item.title, 3, { text: itemText(item) });
  }

  const r = plan.resources;
  add('Resurser per år', 1, {
    text: 'Kostnader från initiativens nyttokalkyler där sådana finns, annars från de uppskattade kostnaderna. Poster utan belopp (t.ex. pris per enhet) räknas inte in.',
    table: {
      headers: ['År', 'Kostnad', 'Personaltid', 'Poster utan belopp'],
      rows: [...r.years.map((y) => [String(y.year), money(y.low, y.high), hours(y.staffHours), String(y.itemsWithoutAmount)]), ['Totalt', money(r.total.low, r.total.high), hours(r.total.staffHours), String(r.total.itemsWithoutAmount)]],
    },
  });
  add('Per fokusområde', 2, {
    table: { headers: ['Fokusområde', ...r.years.map((y) => String(y.year)), 'Totalt'], rows: r.byFocusArea.map((a) => [a.focusAreaName ?? 'Utan fokusområde', ...a.years.map((y) => money(y.low, y.high)), money(a.total.low, a.total.high)]) },
  });

  add('Uppföljning av nytta', 1, {
    text: [plan.sections.followUp, 'Varje initiativ har en nyttoplan med utgångsläge, målvärde, mätmetod och mätdatum. Utfallet följs upp mot nyttokalkylen och redovisas för nämnden.']
      .filter((t) => t.trim() !== '')
      .join('\n'),
  });

  const status = plan.status === 'fixed' ? `Fastställd ${plan.fixedOn ?? ''}${plan.decisionReference ? `, ${plan.decisionReference}` : ''}` : 'Utkast';
  return {
    organizationName: facts.organizationName,
    title: plan.title,
    subtitle: `Period ${plan.startYear === plan.endYear ? plan.startYear : `${plan.startYear}–${plan.endYear}`} · version ${plan.versionNumber} · ${status}`,
    facts: [
      ['Organisation', facts.organizationName],
      ['Period', `${plan.startYear}–${plan.endYear}`],
      ['Status', status],
      ...(plan.fixedByName ? ([['Fastställd av', plan.fixedByName]] as [string, string][]) : []),
      ['Antal förändringar', String(plan.items.length)],
    ],
    sections,
  };
}
