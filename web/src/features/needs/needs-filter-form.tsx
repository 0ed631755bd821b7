import { useMemo, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Heading } from '@digdir/designsystemet-react';
import { NEED_SORTS, NEED_STATUSES } from '@domain/needs.contracts';
import { PRIORITIES } from '@domain/assessment';
import { SelectField, TextField } from '@web/ui/form-field';
import { parseNeedFilters, recentQuarters, type TNeedFilters } from '@web/features/needs/needs-filters';
import { priorityText, unitOptions } from '@web/features/needs/need-labels';
import { useFocusAreaOptions, useUnitOptions } from '@web/features/needs/needs.api';

type TNeedsFilterFormProps = {
  filters: TNeedFilters;
  /** Changes when the fields must show `filters` afresh (back button, "Rensa filter"). */
  resetKey: number;
  onApply: (filters: TNeedFilters) => void;
  onClear: () => void;
};

/** Reads the form's fields as filters, through the same parser as the address bar. */
function filtersOfForm(form: HTMLFormElement): TNeedFilters {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string' && value.trim() !== '') params.set(key, value);
  }
  return parseNeedFilters(params);
}

/**
 * The list's search and filters as one form applied with "Visa behov" (nothing changes while the
 * user is still choosing, WCAG 3.2.2). The fields are uncontrolled and start from the address
 * bar; `resetKey` remounts them when the address changes by other means than this form.
 */
export function NeedsFilterForm({ filters, resetKey, onApply, onClear }: TNeedsFilterFormProps) {
  const { t } = useTranslation();
  const units = useUnitOptions();
  const focusAreas = useFocusAreaOptions();
  const optionsReady = units.isSuccess && focusAreas.isSuccess;
  const quarters = useMemo(() => recentQuarters(new Date()), []);

  const quarterOptions = quarters.map((quarter) => ({ value: quarter.value, label: t('needs.list.quarter', { year: quarter.year, quarter: quarter.quarter }) }));
  if (filters.quarter && !quarters.some((quarter) => quarter.value === filters.quarter)) {
    quarterOptions.push({ value: filters.quarter, label: t('needs.list.quarter', { year: filters.quarter.slice(0, 4), quarter: filters.quarter.slice(6) }) });
  }

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply(filtersOfForm(event.currentTarget));
  };

  return (
    <form role="search" aria-labelledby="needs-filter-heading" className="needs-filters" onSubmit={handleSubmit}>
      <Heading level={2} data-size="xs" id="needs-filter-heading">
        {t('needs.list.filterHeading')}
      </Heading>
      {/* Remounted once the options arrive too: a select applies its defaultValue only on mount. */}
      <div key={`${resetKey}:${optionsReady}`} className="needs-filters__grid">
        <TextField label={t('needs.list.search')} type="search" name="q" defaultValue={filters.q ?? ''} />
        <SelectField
          label={t('needs.list.status')}
          name="status"
          defaultValue={filters.status ?? ''}
          placeholder={t('needs.list.allStatuses')}
          options={NEED_STATUSES.map((status) => ({ value: status, label: t(`needStatus.${status}`) }))}
        />
        <SelectField
          label={t('needs.form.unit')}
          name="unitId"
          defaultValue={filters.unitId ?? ''}
          placeholder={t('needs.list.allUnits')}
          options={unitOptions(units.data ?? [], { includeArchived: true })}
        />
        <SelectField
          label={t('needs.form.focusArea')}
          name="focusAreaId"
          defaultValue={filters.focusAreaId ?? ''}
          placeholder={t('needs.list.allFocusAreas')}
          options={(focusAreas.data ?? []).map((area) => ({ value: area.id, label: area.name }))}
        />
        <SelectField label={t('needs.list.period')} name="quarter" defaultValue={filters.quarter ?? ''} placeholder={t('needs.list.allPeriods')} options={quarterOptions} />
        <SelectField
          label={t('needs.list.priority')}
          name="priority"
          defaultValue={filters.priority ?? ''}
          placeholder={t('needs.list.allPriorities')}
          options={PRIORITIES.map((priority) => ({ value: priority, label: priorityText(priority) }))}
        />
        <SelectField
          label={t('needs.list.sort')}
          name="sort"
          defaultValue={filters.sort}
          options={NEED_SORTS.map((sort) => ({ value: sort, label: t(`needs.list.sorts.${sort}`) }))}
        />
        <Checkbox className="needs-filters__mine" label={t('needs.list.mine')} name="mine" value="true" defaultChecked={filters.mine ?? false} />
      </div>
      <div className="needs-filters__actions">
        <Button type="submit">{t('needs.list.apply')}</Button>
        <Button type="button" variant="tertiary" onClick={onClear}>
          {t('needs.list.clear')}
        </Button>
      </div>
    </form>
  );
}
