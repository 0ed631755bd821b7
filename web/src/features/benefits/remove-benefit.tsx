import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import type { TBenefit } from '@domain/benefits.contracts';
import { paths } from '@web/app/paths';
import { problemText } from '@web/i18n/error-text';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { useRemoveBenefit } from '@web/features/benefits/benefits.api';

/** "Ta bort nyttan": asks first, since its measurements go with it; then back to the benefit plan. */
export function RemoveBenefit({ benefit, etag }: { benefit: TBenefit; etag: string | null }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const remove = useRemoveBenefit(benefit.initiativeId);
  const [open, setOpen] = useState(false);
  return (
    <>
      <div>
        <Button variant="secondary" data-color="danger" onClick={() => setOpen(true)}>
          {t('benefits.benefit.remove')}
        </Button>
      </div>
      <ConfirmDialog
        open={open}
        heading={t('benefits.benefit.removeHeading')}
        confirmLabel={t('benefits.benefit.remove')}
        isPending={remove.isPending}
        error={remove.isError ? problemText(remove.error) : null}
        onClose={() => {
          remove.reset();
          setOpen(false);
        }}
        onConfirm={() =>
          remove.mutate({ benefitId: benefit.id, etag }, { onSuccess: () => void navigate(paths.initiativeBenefits(benefit.initiativeId)) })
        }
      >
        <Paragraph>{t('benefits.benefit.removeBody', { description: benefit.description })}</Paragraph>
      </ConfirmDialog>
    </>
  );
}
