import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading } from '@digdir/designsystemet-react';
import { QUADRANTS } from '@domain/assessment';
import type { TMatrixQuery } from '@domain/assessment.contracts';
import { NEED_STATUSES } from '@domain/needs.contracts';
import { SelectField } from '@web/ui/form-field';
import { quadrantTitle } from '@web/features/assessment/assessment-format';
import { useFocusAreas, useUnits } from '@web/features/matrix/matrix.api';
import { recentQuarters } from '@web/features/matrix/matrix-points';
import '@web/features/decisions/list-filters.css';

export const MATRIX_FILTER_KEYS = ['focusAreaId', 'unitId', 'status', 'quarter', 'quadrant'] as const;

/**
 * The matrix's filters as a small form: Fokusområde, Avdelning, Status, Kvartal and Kvadrant.
 * "Visa" writes them to the address (so a filtered matrix can be bookmarked and shared) and
 * "Rensa filter" clears them; nothing changes while a user is still choosing.
 */
export function MatrixFilters({ filters, onApply }: { filters: TMatrixQuery; onApply: (filters: Record<string, string>) => void }) {
  const { t } = useTranslation();
  const focusAreas = useFocusAreas();
  const units = useUnits();
  const quarters = recentQuarters(new Date());
  if (filters.quarter && !quarters.some((q) => q.value === filters.quarter)) {
    const [year, quarter] = filters.quarter.split('-Q').map(Number);
    quarters.push({ value: filters.quarter, year: year!, quarter: quarter! });
  }

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    onApply(Object.fromEntries(MATRIX_FILTER_KEYS.map((key) => [key, String(data.get(key) ?? '')]).filter(([, value]) => value !== '')));
  };

  return (
    <section aria-labelledby="matrix-filters-heading">
      <Heading level={2} data-size="xs" id="matrix-filters-heading" className="visually-hidden">
        {t('matrix.filters')}
      </Heading>
      <form className="list-filters" onSubmit={handleSubmit} key={`${JSON.stringify(filters)}:${focusAreas.isSuccess}:${units.isSuccess}`}>
        <SelectField
          label={t('matrix.focusArea')}
          name="focusAreaId"
          defaultValue={filters.focusAreaId ?? ''}
          placeholder={t('matrix.all')}
          options={(focusAreas.data ?? []).filter((area) => !area.isArchived || area.id === filters.focusAreaId).map((area) => ({ value: area.id, label: area.name }))}
        />
        <SelectField
          label={t('matrix.unit')}
          name="unitId"
          defaultValue={filters.unitId ?? ''}
          placeholder={t('matrix.all')}
          options={(units.data ?? [])
            .filter((unit) => !unit.isArchived || unit.id === filters.unitId)
            .map((unit) => ({ value: unit.id, label: `${'\u00a0\u00a0'.repeat(unit.depth)}${unit.name}` }))}
        />
        <SelectField
          label={t('matrix.status')}
          name="status"
          defaultValue={filters.status ?? ''}
          placeholder={t('matrix.all')}
          options={NEED_STATUSES.map((status) => ({ value: status, label: t(`needStatus.${status}`) }))}
        />
        <SelectField
          label={t('matrix.quarter')}
          name="quarter"
          defaultValue={filters.quarter ?? ''}
          placeholder={t('matrix.all')}
          options={quarters.map((q) => ({ value: q.value, label: t('matrix.quarterOption', { year: q.year, quarter: q.quarter }) }))}
        />
        <SelectField
          label={t('matrix.quadrant')}
          name="quadrant"
          defaultValue={filters.quadrant ?? ''}
          placeholder={t('matrix.all')}
          options={QUADRANTS.map((quadrant) => ({ value: quadrant, label: quadrantTitle(quadrant) }))}
        />
        <div className="list-filters__actions">
          <Button type="submit">{t('matrix.apply')}</Button>
          <Button type="button" variant="tertiary" onClick={() => onApply({})}>
            {t('matrix.clear')}
          </Button>
        </div>
      </form>
    </section>
  );
}
