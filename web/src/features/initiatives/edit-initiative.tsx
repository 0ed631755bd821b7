import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TInitiative, TUpdateInitiativeRequest } from '@domain/decisions.contracts';
import { isApiError } from '@web/api/api-error';
import { ErrorSummary, type TErrorSummaryItem } from '@web/ui/error-summary';
import { fieldId, TextareaField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { ProblemSummary } from '@web/ui/problem-summary';
import { useInitiative, useUpdateInitiative } from '@web/features/initiatives/initiatives.api';
import { useRoleCandidates } from '@web/features/process/process.api';
import { useNeedFormOptions } from '@web/features/needs/need-form-fields';
import { InitiativeScopeFields, type TInitiativeScopeValues } from '@web/features/initiatives/initiative-scope-fields';
import { initiativeFocusAreasText, initiativeUnitsText } from '@web/features/initiatives/initiative-scope-text';

type TValues = { title: string; description: string; ownerName: string; plannedStartYear: string; plannedEndYear: string };
type TErrors = Partial<Record<keyof TValues, string>>;

const valuesOf = (initiative: TInitiative): TValues => ({
  title: initiative.title,
  description: initiative.description,
  ownerName: initiative.ownerName,
  plannedStartYear: String(initiative.plannedStartYear),
  plannedEndYear: initiative.plannedEndYear === null ? '' : String(initiative.plannedEndYear),
});

const scopeOf = (initiative: TInitiative): TInitiativeScopeValues => ({
  focusAreaIds: initiative.focusAreas.map((area) => area.id),
  unitIds: initiative.units.map((unit) => unit.id),
  allUnits: initiative.allUnits,
});

const YEAR = /^\d{4}$/;

/** The checks the server makes too, said in the user's words before a round trip. */
function validate(values: TValues, t: TFunction): TErrors {
  const errors: TErrors = {};
  if (values.title.trim().length < 3) errors.title = t('correcting.initiative.titleTooShort');
  if (values.ownerName.trim().length === 0) errors.ownerName = t('correcting.initiative.ownerMissing');
  if (!YEAR.test(values.plannedStartYear.trim())) errors.plannedStartYear = t('correcting.initiative.yearInvalid');
  const end = values.plannedEndYear.trim();
  if (end !== '' && !YEAR.test(end)) errors.plannedEndYear = t('correcting.initiative.yearInvalid');
  else if (end !== '' && !errors.plannedStartYear && Number(end) < Number(values.plannedStartYear)) errors.plannedEndYear = t('correcting.initiative.endBeforeStart');
  return errors;
}

/** The scope is sent only when the form could offer it; left out, the server keeps it as it is. */
const toRequest = (values: TValues, scope: TInitiativeScopeValues | null): TUpdateInitiativeRequest => ({
  title: values.title.trim(),
  description: values.description.trim(),
  ownerName: values.ownerName.trim(),
  plannedStartYear: Number(values.plannedStartYear.trim()),
  plannedEndYear: values.plannedEndYear.trim() === '' ? null : Number(values.plannedEndYear.trim()),
  ...(scope ? { focusAreaIds: scope.focusAreaIds, unitIds: scope.allUnits ? [] : scope.unitIds, allUnits: scope.allUnits } : {}),
});

/** After a 412: the values someone else saved, beside the user's unsaved form. */
function CurrentValues({ initiative }: { initiative: TInitiative }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="initiative-current-heading" className="stack">
      <Heading level={3} data-size="xs" id="initiative-current-heading">
        {t('correcting.initiative.current')}
      </Heading>
      <Paragraph>{t('correcting.initiative.currentIntro')}</Paragraph>
      <dl className="assessment-facts">
        <div>
          <dt>{t('correcting.initiative.title')}</dt>
          <dd>{initiative.title}</dd>
        </div>
        <div>
          <dt>{t('correcting.initiative.descriptionShown')}</dt>
          <dd>{initiative.description || t('correcting.initiative.description_empty')}</dd>
        </div>
        <div>
          <dt>{t('correcting.initiative.owner')}</dt>
          <dd>{initiative.ownerName}</dd>
        </div>
        <div>
          <dt>{t('correcting.initiative.startYear')}</dt>
          <dd>{initiative.plannedStartYear}</dd>
        </div>
        <div>
          <dt>{t('correcting.initiative.endYearShown')}</dt>
          <dd>{initiative.plannedEndYear ?? t('correcting.initiative.noEndYear')}</dd>
        </div>
        <div>
          <dt>{t('correcting.initiative.focusAreas')}</dt>
          <dd>{initiativeFocusAreasText(initiative, t)}</dd>
        </div>
        <div>
          <dt>{t('correcting.initiative.units')}</dt>
          <dd>{initiativeUnitsText(initiative, t)}</dd>
        </div>
      </dl>
    </section>
  );
}

/**
 * "Ändra initiativet": title, description, owner (a person named on it, or typed), planned years,
 * and its focus areas and units (its need's), saved with If-Match the version the form started from. A 412 keeps the user's text,
 * shows what is saved now, and "Ladda om" continues from the saved version.
 */
export function EditInitiativeForm({ initiative, onDone }: { initiative: TInitiative; onDone: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const listId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [base, setBase] = useState(initiative);
  const [values, setValues] = useState(() => valuesOf(initiative));
  const [scope, setScope] = useState(() => scopeOf(initiative));
  const scopeOptions = useNeedFormOptions();
  const [errors, setErrors] = useState<TErrors>({});
  const [attempt, setAttempt] = useState(0);
  const update = useUpdateInitiative(initiative.id);
  const latest = useInitiative(initiative.id);
  const candidates = useRoleCandidates(initiative.id, true);
  const conflict = isApiError(update.error, 'precondition_failed');

  useEffect(() => headingRef.current?.focus(), []);
  // After a 412 the latest saved version is fetched, to be shown beside the form.
  const refetchLatest = latest.refetch;
  useEffect(() => {
    if (conflict) void refetchLatest();
  }, [conflict, refetchLatest]);

  const labels: Record<keyof TValues, string> = {
    title: t('correcting.initiative.title'),
    description: t('correcting.initiative.description'),
    ownerName: t('correcting.initiative.owner'),
    plannedStartYear: t('correcting.initiative.startYear'),
    plannedEndYear: t('correcting.initiative.endYear'),
  };
  const summary: TErrorSummaryItem[] = (Object.keys(errors) as (keyof TValues)[]).map((name) => ({ fieldId: fieldId(name), message: errors[name] ?? '' }));
  const set = (name: keyof TValues) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [name]: event.target.value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validate(values, t);
    setErrors(found);
    setAttempt((count) => count + 1);
    if (Object.keys(found).length > 0) return;
    update.mutate(
      { input: toRequest(values, scopeOptions.data ? scope : null), version: base.version },
      {
        onSuccess: () => {
          announce(t('correcting.initiative.saved'));
          onDone();
        },
      },
    );
  };

  const reload = async () => {
    const result = await latest.refetch();
    if (!result.data) return;
    setBase(result.data);
    setValues(valuesOf(result.data));
    setScope(scopeOf(result.data));
    update.reset();
  };

  return (
    <section aria-labelledby="initiative-edit-heading" className="stack form-narrow">
      <Heading level={2} data-size="sm" id="initiative-edit-heading" ref={headingRef} tabIndex={-1}>
        {t('correcting.initiative.editHeading')}
      </Heading>
      <Paragraph>{t('correcting.initiative.intro')}</Paragraph>
      <ProblemSummary error={update.error} focusKey={attempt} onReload={() => void reload()} />
      {conflict && latest.data && latest.data.version !== base.version && <CurrentValues initiative={latest.data} />}
      {summary.length > 0 && <ErrorSummary items={summary} focusKey={attempt} />}
      <form noValidate className="stack" onSubmit={submit}>
        <TextField name="title" label={labels.title} error={errors.title} value={values.title} onChange={set('title')} />
        <TextareaField name="description" label={labels.description} optional rows={4} value={values.description} onChange={set('description')} />
        <TextField
          name="ownerName"
          label={labels.ownerName}
          description={t('correcting.initiative.ownerHint')}
          error={errors.ownerName}
          list={listId}
          autoComplete="off"
          value={values.ownerName}
          onChange={set('ownerName')}
        />
        <datalist id={listId}>
          {(candidates.data ?? []).map((person) => (
            <option key={person.id} value={person.name} />
          ))}
        </datalist>
        <TextField
          name="plannedStartYear"
          label={labels.plannedStartYear}
          description={t('correcting.initiative.yearHint')}
          error={errors.plannedStartYear}
          inputMode="numeric"
          value={values.plannedStartYear}
          onChange={set('plannedStartYear')}
        />
        <TextField
          name="plannedEndYear"
          label={labels.plannedEndYear}
          description={t('correcting.initiative.yearHint')}
          optional
          error={errors.plannedEndYear}
          inputMode="numeric"
          value={values.plannedEndYear}
          onChange={set('plannedEndYear')}
        />
        {scopeOptions.data && (
          <InitiativeScopeFields
            values={scope}
            onChange={setScope}
            options={scopeOptions.data}
            keep={{ focusAreaIds: base.focusAreas.map((area) => area.id), unitIds: base.units.map((unit) => unit.id) }}
          />
        )}
        {scopeOptions.error && <Paragraph data-size="sm">{t('correcting.initiative.optionsFailed')}</Paragraph>}
        <div className="button-row">
          <Button type="submit" loading={update.isPending}>
            {t('correcting.initiative.save')}
          </Button>
          <Button type="button" variant="secondary" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </div>
      </form>
    </section>
  );
}
