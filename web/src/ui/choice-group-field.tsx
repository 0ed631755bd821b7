import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Fieldset, FieldsetDescription, FieldsetLegend, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { fieldId } from '@web/ui/form-field';

/** One choice in a group, with optional help text of its own. */
export type TChoiceOption = { value: string; label: ReactNode; description?: ReactNode };

type TChoiceGroupProps = {
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  optional?: boolean;
  options: readonly TChoiceOption[];
  /** Checkboxes (several answers) or radio buttons (one answer). */
  kind: 'checkbox' | 'radio';
  /** Put before the ids (as in an edit dialog beside an add form), so the two never share ids. */
  idPrefix?: string;
} & Omit<ComponentPropsWithRef<'input'>, 'type' | 'size' | 'value' | 'id' | 'aria-label' | 'aria-labelledby'> & { name: string };

/**
 * A fieldset of checkboxes or radio buttons: the legend names the group, help text and the error
 * are read with it, and the first option carries `fieldId(name)` so an error summary can link to
 * the group. Spread `register('name')` into it; react-hook-form collects the checked values.
 */
export function ChoiceGroupField({ legend, description, error, optional, options, kind, name, className, idPrefix = '', ...input }: TChoiceGroupProps) {
  const { t } = useTranslation();
  const baseId = `${idPrefix}${fieldId(name)}`;
  const groupId = useId();
  const descriptionId = description ? `${groupId}-description` : undefined;
  const errorId = error ? `${baseId}-error` : undefined;
  return (
    <Fieldset className={className} aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}>
      <FieldsetLegend>
        {legend}
        {optional && <span className="field-optional"> {t('common.optional')}</span>}
      </FieldsetLegend>
      {description && <FieldsetDescription id={descriptionId}>{description}</FieldsetDescription>}
      {options.map((option, index) => {
        const props = {
          ...input,
          name,
          value: option.value,
          id: index === 0 ? baseId : `${baseId}-${index}`,
          label: option.label,
          description: option.description,
          'aria-invalid': error ? true : undefined,
        };
        return kind === 'checkbox' ? <Checkbox key={option.value} {...props} /> : <Radio key={option.value} {...props} />;
      })}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}

/** Checkboxes: several answers to one question (e.g. affected groups). */
export function CheckboxGroupField(props: Omit<TChoiceGroupProps, 'kind'>) {
  return <ChoiceGroupField {...props} kind="checkbox" />;
}

/** Radio buttons: exactly one answer to one question. */
export function RadioGroupField(props: Omit<TChoiceGroupProps, 'kind'>) {
  return <ChoiceGroupField {...props} kind="radio" />;
}
