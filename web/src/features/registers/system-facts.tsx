import { useTranslation } from 'react-i18next';
import { CLASSIFICATION_ASPECTS } from '@domain/classification';
import type { TSystem } from '@domain/systems.contracts';
import { oreToKronorText } from '@web/features/registers/money';

/** The system read-only, for members who may not change it. */
export function SystemFacts({ system }: { system: TSystem }) {
  const { t } = useTranslation();
  const rows: Array<[string, string]> = [
    [t('registers.systems.purpose'), system.purpose],
    [t('registers.systems.supplier'), system.supplier],
    [t('registers.systems.ownerName'), system.ownerName],
    [t('registers.systems.administratorName'), system.administratorName],
    [t('registers.systems.supportRoutine'), system.supportRoutine],
    [t('registers.systems.units'), system.units.map((unit) => unit.name).join(', ')],
    [t('registers.systems.contractStart'), system.contractStart ?? ''],
    [t('registers.systems.contractEnd'), system.contractEnd ?? ''],
    [t('registers.systems.noticeMonths'), system.noticeMonths === null ? '' : String(system.noticeMonths)],
    [t('registers.systems.yearlyCost'), oreToKronorText(system.yearlyCostOre)],
    [t('registers.systems.oneOffCost'), oreToKronorText(system.oneOffCostOre)],
    [
      t('registers.systems.classification'),
      system.classification
        ? CLASSIFICATION_ASPECTS.map((aspect) => `${t(`registers.aspects.${aspect}`)} ${system.classification![aspect]}`).join(', ')
        : t('registers.systems.notClassified'),
    ],
    [t('registers.systems.lifecycle'), t(`registers.lifecycles.${system.lifecycle}`)],
    [t('registers.systems.initiatives'), system.initiatives.map((link) => `${link.title} (${t(`registers.systems.relations.${link.relation}`)})`).join(', ')],
  ];
  return (
    <dl className="facts">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value || '–'}</dd>
        </div>
      ))}
    </dl>
  );
}
