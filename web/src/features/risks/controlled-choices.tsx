import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Fieldset, FieldsetDescription, FieldsetLegend, Radio, ValidationMessage } from '@digdir/designsystemet-react';
import { fieldId } from '@web/ui/form-field';

type TProps = {
  kind: 'checkbox' | 'radio';
  legend: ReactNode;
  description?: ReactNode;
  error?: string;
  optional?: boolean;
  name: string;
  options: readonly { value: string; label: ReactNode }[];
  checkedValues: readonly string[];
  onToggle: (value: string, checked: boolean) => void;
};

/**
 * A controlled fieldset of checkboxes or radio buttons (the shared ChoiceGroupField is made for
 * react-hook-form's register). The first option carries `fieldId(name)` so a summary can link to it.
 */
export function ControlledChoices({ kind, legend, description, error, optional, name, options, checkedValues, onToggle }: TProps) {
  const { t } = useTranslation();
  const baseId = fieldId(name);
  const groupId = useId();
  const descriptionId = description ? `${groupId}-description` : undefined;
  const errorId = error ? `${baseId}-error` : undefined;
  return (
    <Fieldset aria-describedby={[descriptionId, errorId].filter(Boolean).join(' ') || undefined}>
      <FieldsetLegend>
        {legend}
        {optional && <span className="field-optional"> {t('common.optional')}</span>}
      </FieldsetLegend>
      {description && <FieldsetDescription id={descriptionId}>{description}</FieldsetDescription>}
      {options.map((option, index) => {
        const props = {
          name,
          value: option.value,
          id: index === 0 ? baseId : `${baseId}-${index}`,
          label: option.label,
          checked: checkedValues.includes(option.value),
          onChange: (event: { target: { checked: boolean } }) => onToggle(option.value, event.target.checked),
          'aria-invalid': error ? true : undefined,
        };
        return kind === 'checkbox' ? <Checkbox key={option.value} {...props} /> : <Radio key={option.value} {...props} />;
      })}
      {error && <ValidationMessage id={errorId}>{error}</ValidationMessage>}
    </Fieldset>
  );
}
