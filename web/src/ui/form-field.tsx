import { useId, type ComponentPropsWithRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Field, FieldDescription, Input, Label, Select, Textarea, ValidationMessage, type InputProps } from '@digdir/designsystemet-react';

/** The id of a form field's control, so error-summary links and the field agree: `field-title`. */
export function fieldId(name: string): string {
  return `field-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** What every field wrapper shows around its control. */
export type TFieldChrome = {
  label: ReactNode;
  /** Help text under the label, read by screen readers with the control. */
  description?: ReactNode;
  /** The error message; marks the control invalid and is read with it. */
  error?: string;
  /** Shows "(frivilligt)" after the label. Fields are required unless they say so. */
  optional?: boolean;
};

/** Ids of the control, its help text and its error, plus the aria-describedby that ties them. */
function useFieldIds(id: string | undefined, name: string | undefined, chrome: TFieldChrome) {
  const fallback = useId();
  const controlId = id ?? (name ? fieldId(name) : fallback);
  const descriptionId = chrome.description ? `${controlId}-description` : undefined;
  const errorId = chrome.error ? `${controlId}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  return { controlId, descriptionId, errorId, describedBy };
}

function FieldFrame({ chrome, ids, children, className }: { chrome: TFieldChrome; ids: ReturnType<typeof useFieldIds>; children: ReactNode; className?: string }) {
  const { t } = useTranslation();
  return (
    <Field asChild className={className}>
      <div>
        <Label htmlFor={ids.controlId}>
          {chrome.label}
          {chrome.optional && <span className="field-optional"> {t('common.optional')}</span>}
        </Label>
        {chrome.description && <FieldDescription id={ids.descriptionId}>{chrome.description}</FieldDescription>}
        {children}
        {chrome.error && <ValidationMessage id={ids.errorId}>{chrome.error}</ValidationMessage>}
      </div>
    </Field>
  );
}

type TInputProps = TFieldChrome & Omit<ComponentPropsWithRef<'input'>, 'size' | 'type'> & { type?: Exclude<InputProps['type'], 'checkbox' | 'radio' | 'file' | 'hidden'> };

/**
 * A labelled text input (also email, password, number-as-text, date) with help text and error
 * bound through aria-describedby. Spread react-hook-form's `register('name')` into it.
 */
export function TextField({ label, description, error, optional, id, className, ...input }: TInputProps) {
  const chrome = { label, description, error, optional };
  const ids = useFieldIds(id, input.name, chrome);
  return (
    <FieldFrame chrome={chrome} ids={ids} className={className}>
      <Input {...input} id={ids.controlId} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} />
    </FieldFrame>
  );
}

type TTextareaProps = TFieldChrome & ComponentPropsWithRef<'textarea'>;

/** A labelled multi-line text field; see `TextField`. */
export function TextareaField({ label, description, error, optional, id, className, rows = 5, ...textarea }: TTextareaProps) {
  const chrome = { label, description, error, optional };
  const ids = useFieldIds(id, textarea.name, chrome);
  return (
    <FieldFrame chrome={chrome} ids={ids} className={className}>
      <Textarea {...textarea} rows={rows} id={ids.controlId} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy} />
    </FieldFrame>
  );
}

/** An option of a `SelectField`. */
export type TSelectOption = { value: string; label: string };

type TSelectProps = TFieldChrome &
  Omit<ComponentPropsWithRef<'select'>, 'children'> & {
    options: readonly TSelectOption[];
    /** A first, empty choice ("Välj …") for fields without a default. */
    placeholder?: string;
  };

/** A labelled native select; see `TextField`. */
export function SelectField({ label, description, error, optional, id, className, options, placeholder, ...select }: TSelectProps) {
  const chrome = { label, description, error, optional };
  const ids = useFieldIds(id, select.name, chrome);
  return (
    <FieldFrame chrome={chrome} ids={ids} className={className}>
      <Select {...select} id={ids.controlId} aria-invalid={error ? true : undefined} aria-describedby={ids.describedBy}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </Select>
    </FieldFrame>
  );
}
