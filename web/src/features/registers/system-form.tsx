import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '@digdir/designsystemet-react';
import { CLASSIFICATION_ASPECTS, type ClassificationLevels } from '@domain/classification';
import { useLevelLabels } from '@web/features/classification/classification.api';
import { SYSTEM_INITIATIVE_RELATIONS, SYSTEM_LIFECYCLES, type SystemLifecycle, type TSystem, type TSystemInput } from '@domain/systems.contracts';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { fieldId, SelectField, TextareaField, TextField } from '@web/ui/form-field';
import { CheckboxGroupField } from '@web/ui/choice-group-field';
import { formFailure, type TFormFailure } from '@web/features/admin/admin-errors';
import { kronorTextToOre, oreToKronorText } from '@web/features/registers/money';
import { useInitiativeChoices, useUnitChoices } from '@web/features/registers/registers.api';

/** The form's values: text as typed (kronor, months, levels), turned into the contract on submit. */
type TSystemForm = {
  name: string;
  purpose: string;
  supplier: string;
  ownerName: string;
  administratorName: string;
  supportRoutine: string;
  contractStart: string;
  contractEnd: string;
  noticeMonths: string;
  yearlyCostOre: string;
  oneOffCostOre: string;
  classification: Record<(typeof CLASSIFICATION_ASPECTS)[number], string>;
  lifecycle: SystemLifecycle;
  unitIds: string[];
  initiativeLinks: Array<{ initiativeId: string; relation: 'introduced' | 'changed' }>;
};
const FIELDS = ['name', 'purpose', 'supplier', 'ownerName', 'administratorName', 'supportRoutine', 'contractStart', 'contractEnd', 'noticeMonths', 'yearlyCostOre', 'oneOffCostOre', 'classification', 'lifecycle', 'unitIds', 'initiativeLinks'] as const;
const NO_FAILURE: TFormFailure = { conflict: false, summary: null };

function toForm(system?: TSystem): TSystemForm {
  return {
    name: system?.name ?? '',
    purpose: system?.purpose ?? '',
    supplier: system?.supplier ?? '',
    ownerName: system?.ownerName ?? '',
    administratorName: system?.administratorName ?? '',
    supportRoutine: system?.supportRoutine ?? '',
    contractStart: system?.contractStart ?? '',
    contractEnd: system?.contractEnd ?? '',
    noticeMonths: system?.noticeMonths === null || system?.noticeMonths === undefined ? '' : String(system.noticeMonths),
    yearlyCostOre: oreToKronorText(system?.yearlyCostOre ?? null),
    oneOffCostOre: oreToKronorText(system?.oneOffCostOre ?? null),
    classification: Object.fromEntries(CLASSIFICATION_ASPECTS.map((a) => [a, system?.classification ? String(system.classification[a]) : ''])) as TSystemForm['classification'],
    lifecycle: system?.lifecycle ?? 'in_operation',
    unitIds: system?.unitIds ?? [],
    initiativeLinks: system?.initiativeLinks ?? [],
  };
}

/** The contract body; a classification counts only when all four aspects are chosen. */
function toInput(values: TSystemForm): TSystemInput {
  const levels = CLASSIFICATION_ASPECTS.map((aspect) => values.classification[aspect]);
  return {
    name: values.name,
    purpose: values.purpose,
    supplier: values.supplier,
    ownerName: values.ownerName,
    administratorName: values.administratorName,
    supportRoutine: values.supportRoutine,
    contractStart: values.contractStart || null,
    contractEnd: values.contractEnd || null,
    noticeMonths: values.noticeMonths.trim() === '' ? null : Number(values.noticeMonths),
    yearlyCostOre: kronorTextToOre(values.yearlyCostOre) ?? null,
    oneOffCostOre: kronorTextToOre(values.oneOffCostOre) ?? null,
    classification: levels.every((level) => level !== '')
      ? (Object.fromEntries(CLASSIFICATION_ASPECTS.map((aspect) => [aspect, Number(values.classification[aspect])])) as ClassificationLevels)
      : null,
    lifecycle: values.lifecycle,
    unitIds: values.unitIds,
    initiativeLinks: values.initiativeLinks.filter((link) => link.initiativeId !== ''),
  };
}

type TSystemFormProps = { system?: TSystem; isPending: boolean; onSave: (body: TSystemInput, onError: (error: unknown) => void) => void; onReload?: () => void };

/** Every field of a system; the same form adds and edits (edit saves with If-Match). */
export function SystemForm({ system, isPending, onSave, onReload }: TSystemFormProps) {
  const levelLabels = useLevelLabels();
  const { t } = useTranslation();
  const units = useUnitChoices();
  const initiatives = useInitiativeChoices();
  const [failure, setFailure] = useState<TFormFailure>(NO_FAILURE);
  const form = useForm<TSystemForm>({ defaultValues: toForm(system), shouldFocusError: false });
  const links = useFieldArray({ control: form.control, name: 'initiativeLinks' });
  const { errors, submitCount } = form.formState;
  const label = (name: string) => t(`registers.systems.${name}` as 'registers.systems.name');
  const labels: Record<(typeof FIELDS)[number], string> = {
    name: label('name'),
    purpose: label('purpose'),
    supplier: label('supplier'),
    ownerName: label('ownerName'),
    administratorName: label('administratorName'),
    supportRoutine: label('supportRoutine'),
    contractStart: label('contractStart'),
    contractEnd: label('contractEnd'),
    noticeMonths: label('noticeMonths'),
    yearlyCostOre: label('yearlyCost'),
    oneOffCostOre: label('oneOffCost'),
    classification: label('classification'),
    lifecycle: label('lifecycle'),
    unitIds: label('units'),
    initiativeLinks: label('initiatives'),
  };
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];
  const amount = { validate: (value: string) => kronorTextToOre(value) !== undefined || t('registers.validation.amount') };
  // The organisation's own level names, the same the initiatives' classification shows (defaults while loading).
  const orgLevels = levelLabels.data?.data.labels;
  const levelOptions = [0, 1, 2, 3, 4].map((level) => ({
    value: String(level),
    label: `${level} – ${orgLevels?.[String(level) as keyof typeof orgLevels] ?? t(`registers.levels.${level}` as 'registers.levels.0')}`,
  }));

  return (
    <div className="stack">
      {failure.conflict && onReload && <ConflictNotice onReload={onReload} />}
      <form
        noValidate
        className="stack form-narrow"
        onSubmit={form.handleSubmit((values) => {
          setFailure(NO_FAILURE);
          onSave(toInput(values), (error) => setFailure(formFailure(error, FIELDS, form.setError)));
        })}
      >
        <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
        <TextField label={labels.name} error={errors.name?.message} {...form.register('name', { required: t('registers.validation.required') })} />
        <TextareaField label={labels.purpose} optional rows={3} error={errors.purpose?.message} {...form.register('purpose')} />
        <TextField label={labels.supplier} optional error={errors.supplier?.message} {...form.register('supplier')} />
        <TextField label={labels.ownerName} optional error={errors.ownerName?.message} {...form.register('ownerName')} />
        <TextField label={labels.administratorName} optional error={errors.administratorName?.message} {...form.register('administratorName')} />
        <TextareaField label={labels.supportRoutine} optional rows={3} error={errors.supportRoutine?.message} {...form.register('supportRoutine')} />
        <CheckboxGroupField
          legend={labels.unitIds}
          optional
          error={errors.unitIds?.message}
          options={(units.data?.items ?? []).map((unit) => ({ value: unit.id, label: unit.name }))}
          {...form.register('unitIds')}
        />
        <fieldset className="register-fieldset stack">
          <legend>{t('registers.systems.contractAndCosts')}</legend>
          <div className="register-grid">
            <TextField type="date" label={labels.contractStart} optional error={errors.contractStart?.message} {...form.register('contractStart')} />
            <TextField type="date" label={labels.contractEnd} optional error={errors.contractEnd?.message} {...form.register('contractEnd')} />
            <TextField
              inputMode="numeric"
              label={labels.noticeMonths}
              optional
              error={errors.noticeMonths?.message}
              {...form.register('noticeMonths', { validate: (v) => v.trim() === '' || /^\d+$/.test(v.trim()) || t('registers.validation.wholeNumber') })}
            />
          </div>
          <div className="register-grid">
            <TextField label={labels.yearlyCostOre} description={t('registers.systems.costHint')} optional error={errors.yearlyCostOre?.message} {...form.register('yearlyCostOre', amount)} />
            <TextField label={labels.oneOffCostOre} description={t('registers.systems.costHint')} optional error={errors.oneOffCostOre?.message} {...form.register('oneOffCostOre', amount)} />
          </div>
        </fieldset>
        <fieldset className="register-fieldset stack" id={fieldId('classification')}>
          <legend>{labels.classification}</legend>
          <p className="muted">{t('registers.systems.classificationHint')}</p>
          <div className="register-grid">
            {CLASSIFICATION_ASPECTS.map((aspect) => (
              <SelectField key={aspect} label={t(`registers.aspects.${aspect}`)} placeholder="–" options={levelOptions} {...form.register(`classification.${aspect}`)} />
            ))}
          </div>
        </fieldset>
        <SelectField
          label={labels.lifecycle}
          error={errors.lifecycle?.message}
          options={SYSTEM_LIFECYCLES.map((value) => ({ value, label: t(`registers.lifecycles.${value}`) }))}
          {...form.register('lifecycle')}
        />
        <fieldset className="register-fieldset stack" id={fieldId('initiativeLinks')}>
          <legend>{labels.initiativeLinks}</legend>
          {links.fields.map((field, index) => {
            const title = initiatives.data?.items.find((i) => i.id === form.getValues(`initiativeLinks.${index}.initiativeId`))?.title ?? '';
            return (
              <div key={field.id} className="register-grid">
                <SelectField
                  label={t('registers.systems.chooseInitiative')}
                  placeholder=""
                  options={(initiatives.data?.items ?? []).map((i) => ({ value: i.id, label: i.title }))}
                  {...form.register(`initiativeLinks.${index}.initiativeId`)}
                />
                <SelectField
                  label={t('registers.systems.relation')}
                  options={SYSTEM_INITIATIVE_RELATIONS.map((value) => ({ value, label: t(`registers.systems.relations.${value}`) }))}
                  {...form.register(`initiativeLinks.${index}.relation`)}
                />
                <div>
                  <Button type="button" variant="tertiary" onClick={() => links.remove(index)}>
                    {t('registers.systems.removeInitiative', { title })}
                  </Button>
                </div>
              </div>
            );
          })}
          <div>
            <Button type="button" variant="secondary" onClick={() => links.append({ initiativeId: '', relation: 'introduced' })}>
              {t('registers.systems.addInitiative')}
            </Button>
          </div>
        </fieldset>
        <div className="button-row">
          <Button type="submit" loading={isPending}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}
