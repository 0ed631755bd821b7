import { useTranslation } from 'react-i18next';
import { Paragraph } from '@digdir/designsystemet-react';
import type { TBenefit, TMeasurement } from '@domain/benefits.contracts';
import { problemText } from '@web/i18n/error-text';
import { formatDate } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { ConfirmDialog } from '@web/features/admin/confirm-dialog';
import { useRemoveMeasurement } from '@web/features/benefits/benefits.api';
import { formatValue } from '@web/features/benefits/benefit-labels';

/**
 * Asks before a mistaken measurement is removed (it leaves the chart and the follow-up), then says
 * it is gone. Focus goes back to the measurements table, since the row that opened it is gone.
 */
export function RemoveMeasurementDialog({ benefit, measurement, onClose }: { benefit: TBenefit; measurement: TMeasurement | null; onClose: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const remove = useRemoveMeasurement(benefit.initiativeId, benefit.id);
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmDialog
      open={measurement !== null}
      heading={t('benefits.benefit.removeMeasurementHeading')}
      confirmLabel={t('benefits.benefit.removeMeasurement')}
      isPending={remove.isPending}
      error={remove.isError ? problemText(remove.error) : null}
      onClose={close}
      onConfirm={() =>
        measurement &&
        remove.mutate(measurement.id, {
          onSuccess: () => {
            close();
            announce(t('benefits.benefit.measurementRemoved'));
          },
        })
      }
      // The table's focusable scroll region (TableScroll), where the removed row was.
      fallbackFocus={() => document.querySelector<HTMLElement>('#benefit-measurements [role="region"]')}
    >
      {measurement && (
        <Paragraph>{t('benefits.benefit.removeMeasurementBody', { date: formatDate(measurement.measuredOn), value: measurement.value === null ? measurement.comment : formatValue(measurement.value, benefit.unit) })}</Paragraph>
      )}
    </ConfirmDialog>
  );
}
