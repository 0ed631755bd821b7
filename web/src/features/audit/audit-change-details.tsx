import { useTranslation } from 'react-i18next';
import { Details, DetailsContent, DetailsSummary, Paragraph } from '@digdir/designsystemet-react';
import type { TAuditEvent } from '@domain/audit.contracts';
import { changeRows, changeSummary, type TChangeValue, type TNameLookup } from '@web/features/audit/audit-change';
import { TableScroll } from '@web/ui/table-scroll';

function Value({ value }: { value: TChangeValue }) {
  return value ? <>{value.text}</> : null;
}

/**
 * What changed, one line per field in words ("Status: Inkommen → Bedömd"), then "Visa ändring": the
 * event's before and after as a table of fields (Fält, Före, Efter), the
 * changed ones marked in words; a created or deleted object shows its one set of values. Also the
 * request id and IP address, which tie the event to the server log.
 */
export function AuditChangeDetails({ event, context, names }: { event: TAuditEvent; context: string; names: TNameLookup }) {
  const { t } = useTranslation();
  const rows = changeRows(event.before, event.after, names);
  const hasBoth = event.before !== null && event.after !== null;
  const single = event.after !== null ? t('audit.after') : t('audit.before');
  const summary = changeSummary(event.before, event.after, names);
  return (
    <>
      {summary.length > 0 && (
        <ul className="audit-summary">
          {summary.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <Details>
        <DetailsSummary>
          {rows.length > 0 ? t('audit.showChange') : t('audit.showDetails')}
          <span className="visually-hidden"> {context}</span>
        </DetailsSummary>
        <DetailsContent>
          {rows.length > 0 ? (
            <TableScroll label={t('audit.changeCaption', { what: context })}>
              <table className="audit-change">
                <caption className="visually-hidden">{t('audit.changeCaption', { what: context })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('audit.field')}</th>
                    {hasBoth ? (
                      <>
                        <th scope="col">{t('audit.before')}</th>
                        <th scope="col">{t('audit.after')}</th>
                      </>
                    ) : (
                      <th scope="col">{single}</th>
                    )}
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={row.key} className={row.changed ? 'audit-change__changed' : undefined}>
                      <th scope="row">
                        {row.label}
                        {row.changed && <span className="audit-change__mark"> ({t('audit.changed')})</span>}
                      </th>
                      {hasBoth ? (
                        <>
                          <td>
                            <Value value={row.before} />
                          </td>
                          <td>
                            <Value value={row.after} />
                          </td>
                        </>
                      ) : (
                        <td>
                          <Value value={row.after ?? row.before} />
                        </td>
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          ) : (
            <Paragraph data-size="sm">{t('audit.noChange')}</Paragraph>
          )}
          <Paragraph data-size="sm" className="muted">
            {t('audit.requestInfo', { requestId: event.requestId ?? '–', ip: event.ip ?? '–' })}
          </Paragraph>
        </DetailsContent>
      </Details>
    </>
  );
}
