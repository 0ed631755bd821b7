import { useEffect, useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Link } from '@digdir/designsystemet-react';
import type { TMember } from '@domain/members.contracts';
import { paths } from '@web/app/paths';
import { ErrorSummary } from '@web/ui/error-summary';
import { SelectField, TextField } from '@web/ui/form-field';
import type { TAuditPageFilter } from '@web/features/audit/audit.api';
import { actionFilterOptions } from '@web/features/audit/audit-text';

type TProps = { filter: TAuditPageFilter; members: readonly TMember[]; onApply: (filter: TAuditPageFilter) => void };

/**
 * Händelse, Användare, Från and Till. Applied with "Visa" (not on every keystroke), so the list
 * does not change under a screen-reader user while she fills in the form; the filters then live
 * in the address, so a filtered view can be shared and reloaded.
 */
export function AuditFilters({ filter, members, onApply }: TProps) {
  const { t } = useTranslation();
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const actorOptions = members.map((member) => ({ value: member.userId, label: `${member.name} (${member.email})` }));
  if (filter.actor && !actorOptions.some((option) => option.value === filter.actor)) actorOptions.push({ value: filter.actor, label: t('audit.chosenUser') });

  // The form stays mounted (so focus stays on "Visa"); it follows the address when that changes
  // from elsewhere, such as "Rensa filter" or the browser's back button.
  const [values, setValues] = useState(filter);
  const { action, actor, from, to } = filter;
  useEffect(() => setValues({ action, actor, from, to }), [action, actor, from, to]);
  const change = (key: keyof TAuditPageFilter) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [key]: event.target.value }));

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setAttempt((count) => count + 1);
    if (values.from && values.to && values.from > values.to) return setError(t('audit.dateOrder'));
    setError(null);
    onApply(values);
  };

  return (
    <>
      <ErrorSummary items={error ? [{ fieldId: 'field-from', message: error }] : []} focusKey={attempt} />
      <form noValidate className="audit-filters" onSubmit={handleSubmit}>
        <SelectField label={t('audit.action')} name="action" value={values.action} onChange={change('action')} placeholder={t('audit.allActions')} options={actionFilterOptions(filter.action)} />
        <SelectField label={t('audit.actor')} name="actor" value={values.actor} onChange={change('actor')} placeholder={t('audit.allUsers')} options={actorOptions} />
        <TextField label={t('audit.from')} type="date" name="from" value={values.from} onChange={change('from')} error={error ?? undefined} />
        <TextField label={t('audit.to')} type="date" name="to" value={values.to} onChange={change('to')} />
        <div className="audit-filters__buttons">
          <Button type="submit" variant="secondary">
            {t('audit.apply')}
          </Button>
          <Link asChild>
            <RouterLink to={paths.auditLog}>{t('audit.clear')}</RouterLink>
          </Link>
        </div>
      </form>
    </>
  );
}
