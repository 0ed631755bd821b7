import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ListItem, ListUnordered, Paragraph } from '@digdir/designsystemet-react';
import type { TApiPersonalDataWarning } from '@web/api/api-error';
import { onPersonalDataWarning } from '@web/api/client';
import { fieldNameOfPath } from '@web/api/field-errors';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';

type TQuestion = { warnings: TApiPersonalDataWarning[]; answer: (confirmed: boolean) => void };

const REASONS = ['personal_number_check_digit', 'name_with_room', 'name_with_address', 'name_with_diagnosis'] as const;
const FIELDS = ['title', 'problem', 'expectedBenefit', 'body', 'note'] as const;

/**
 * The one question every form gets when the server flags text that may hold personal data (422
 * `personal_data_warning`, asked through the API client): what was found in which field, and
 * whether the text really holds no personal data. "Spara ändå" resends the request with the
 * confirmation; "Ändra texten" returns to the form with the warning as its error. Mounted once.
 */
export function PersonalDataWarningDialog() {
  const { t } = useTranslation();
  const [question, setQuestion] = useState<TQuestion | null>(null);

  useEffect(
    () =>
      onPersonalDataWarning(
        (warnings) =>
          new Promise<boolean>((resolve) => {
            setQuestion((current) => {
              current?.answer(false); // a second question replaces an unanswered one
              return { warnings, answer: resolve };
            });
          }),
      ),
    [],
  );

  const answer = useCallback(
    (confirmed: boolean) => {
      question?.answer(confirmed);
      setQuestion(null);
    },
    [question],
  );

  const fieldText = (path: string) => {
    const field = fieldNameOfPath(path).split('.').at(-1) ?? '';
    return (FIELDS as readonly string[]).includes(field) ? t(`personalDataWarning.fields.${field as (typeof FIELDS)[number]}`) : t('personalDataWarning.fields.other');
  };
  const reasonText = (warning: TApiPersonalDataWarning) =>
    (REASONS as readonly string[]).includes(warning.reason)
      ? t(`personalDataWarning.reasons.${warning.reason as (typeof REASONS)[number]}`, { text: warning.text })
      : t('personalDataWarning.reasons.other', { text: warning.text });

  return (
    <ConfirmDialog
      open={question !== null}
      heading={t('personalDataWarning.heading')}
      confirmLabel={t('personalDataWarning.confirm')}
      danger={false}
      onConfirm={() => answer(true)}
      onClose={() => answer(false)}
    >
      <Paragraph>{t('personalDataWarning.intro')}</Paragraph>
      <ListUnordered>
        {question?.warnings.map((warning, index) => (
          <ListItem key={`${warning.path}-${index}`}>
            <strong>{fieldText(warning.path)}:</strong> {reasonText(warning)}
          </ListItem>
        ))}
      </ListUnordered>
      <Paragraph>{t('personalDataWarning.question')}</Paragraph>
    </ConfirmDialog>
  );
}
