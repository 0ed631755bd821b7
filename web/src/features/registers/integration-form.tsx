import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@digdir/designsystemet-react';
import { INTEGRATION_DIRECTIONS, INTEGRATION_METHODS, type TIntegrationInput } from '@domain/integrations.contracts';
import { Checkbox } from '@digdir/designsystemet-react';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { SelectField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { formFailure, type TFormFailure } from '@web/features/admin/admin-errors';
import { useIntegrationMutations, useSystems } from '@web/features/registers/registers.api';

const FIELDS = ['fromSystemId', 'toSystemId', 'direction', 'information', 'method', 'doubleEntry'] as const;
const EMPTY: TIntegrationInput = { fromSystemId: '', toSystemId: '', direction: 'one_way', information: '', method: 'api', doubleEntry: false };

/** "Lägg till integration": from and to system, direction, information, method, double entry. */
export function IntegrationForm() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const systems = useSystems();
  const { create } = useIntegrationMutations();
  const [failure, setFailure] = useState<TFormFailure>({ conflict: false, summary: null });
  const form = useForm<TIntegrationInput>({ defaultValues: EMPTY, shouldFocusError: false });
  const { errors, submitCount } = form.formState;
  const labels = {
    fromSystemId: t('registers.integrations.from'),
    toSystemId: t('registers.integrations.to'),
    direction: t('registers.integrations.direction'),
    information: t('registers.integrations.information'),
    method: t('registers.integrations.method'),
    doubleEntry: t('registers.integrations.doubleEntry'),
  };
  const systemOptions = (systems.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }));
  const required = { required: t('registers.validation.required') };
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];
  return (
    <form
      noValidate
      className="stack form-narrow"
      onSubmit={form.handleSubmit((body) => {
        setFailure({ conflict: false, summary: null });
        create.mutate(body, {
          onSuccess: () => {
            announce(t('registers.integrations.added'));
            form.reset(EMPTY);
          },
          onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
        });
      })}
    >
      <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
      <SelectField label={labels.fromSystemId} placeholder={t('registers.integrations.chooseSystem')} options={systemOptions} error={errors.fromSystemId?.message} {...form.register('fromSystemId', required)} />
      <SelectField label={labels.toSystemId} placeholder={t('registers.integrations.chooseSystem')} options={systemOptions} error={errors.toSystemId?.message} {...form.register('toSystemId', required)} />
      <SelectField
        label={labels.direction}
        options={INTEGRATION_DIRECTIONS.map((value) => ({ value, label: t(`registers.integrations.directions.${value}`) }))}
        {...form.register('direction')}
      />
      <TextField label={labels.information} error={errors.information?.message} {...form.register('information', required)} />
      <SelectField label={labels.method} options={INTEGRATION_METHODS.map((value) => ({ value, label: t(`registers.integrations.methods.${value}`) }))} {...form.register('method')} />
      <Checkbox label={labels.doubleEntry} id="field-doubleEntry" {...form.register('doubleEntry')} />
      <div className="button-row">
        <Button type="submit" loading={create.isPending}>
          {t('registers.integrations.add')}
        </Button>
      </div>
    </form>
  );
}
