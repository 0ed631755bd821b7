import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Fieldset, FieldsetDescription, FieldsetLegend, Heading, Label, Paragraph, Radio } from '@digdir/designsystemet-react';
import type { ImportExistingChoice, TImportPreview, TImportResult, TMatchingImportUpload } from '@domain/register-import.contracts';
import { apiUrl } from '@web/api/client';
import { problemText } from '@web/i18n/error-text';
import { useAnnounce } from '@web/ui/live-region';
import { useImport, type ImportBase } from '@web/features/registers/registers.api';
import { fileToUpload } from '@web/features/registers/read-file';
import { TableScroll } from '@web/ui/table-scroll';

/**
 * Import from Excel or CSV: choose a file → preview every row as it will be saved with its errors
 * → save all or nothing. The file is read once in the browser and the same bytes are sent for the
 * preview and the save, so the user never uploads twice and the server keeps nothing in between.
 * With `matchesExisting` (the inventory) the user chooses what a row that already exists does –
 * update it or count as an error – and the preview says how many rows are new, changed, unchanged.
 */
export function ImportPanel({
  base,
  heading,
  intro,
  matchesExisting = false,
}: {
  base: ImportBase;
  heading?: string;
  intro?: string;
  matchesExisting?: boolean;
}) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const inputId = useId();
  const { preview, save } = useImport(base);
  const [upload, setUpload] = useState<TMatchingImportUpload | null>(null);
  const [existing, setExisting] = useState<ImportExistingChoice>('update');
  const [result, setResult] = useState<TImportPreview | null>(null);
  const [message, setMessage] = useState<{ tone: 'danger' | 'success'; text: string } | null>(null);

  const handlePreview = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setMessage(null);
    setResult(null);
    const file = (event.currentTarget.elements.namedItem('import-file') as HTMLInputElement).files?.[0];
    if (!file) return setMessage({ tone: 'danger', text: t('registers.import.chooseFile') });
    const body: TMatchingImportUpload = matchesExisting ? { ...(await fileToUpload(file)), existing } : await fileToUpload(file);
    setUpload(body);
    preview.mutate(body, { onSuccess: ({ data }) => setResult(data), onError: (error) => setMessage({ tone: 'danger', text: problemText(error) }) });
  };

  const handleSave = () => {
    if (!upload) return;
    save.mutate(upload, {
      onSuccess: ({ data }) => {
        const text = savedText(data);
        setMessage({ tone: 'success', text });
        announce(text);
        setResult(null);
        setUpload(null);
      },
      onError: (error) => setMessage({ tone: 'danger', text: problemText(error) }),
    });
  };

  const savedText = (data: TImportResult) =>
    data.updated === undefined
      ? t('registers.import.saved', { count: data.created })
      : t('registers.import.savedMatched', { created: data.created, updated: data.updated, unchanged: data.unchanged ?? 0 });

  const handleExistingChange = (choice: ImportExistingChoice) => {
    setExisting(choice);
    setResult(null);
    setUpload(null);
  };

  const columns = result?.rows[0] ? Object.keys(result.rows[0].cells) : [];
  const hasOutcomes = Boolean(result?.counts);
  return (
    <section aria-labelledby={`${inputId}-heading`} className="stack">
      <Heading level={2} data-size="sm" id={`${inputId}-heading`}>
        {heading ?? t('registers.import.heading')}
      </Heading>
      {intro && <Paragraph>{intro}</Paragraph>}
      <Paragraph>{t('registers.import.intro')}</Paragraph>
      <Paragraph data-size="sm">
        <a href={apiUrl(`${base}/import/template`, { format: 'xlsx' })} download>
          {t('registers.import.template')}
        </a>{' '}
        ·{' '}
        <a href={apiUrl(`${base}/import/template`, { format: 'csv' })} download>
          {t('registers.import.templateCsv')}
        </a>
      </Paragraph>
      <form onSubmit={(event) => void handlePreview(event)} className="stack">
        <div>
          <Label htmlFor={inputId}>{t('registers.import.file')}</Label>
          <input id={inputId} name="import-file" type="file" accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" />
        </div>
        {matchesExisting && (
          <Fieldset>
            <FieldsetLegend>{t('registers.import.existing')}</FieldsetLegend>
            <FieldsetDescription>{t('registers.import.existingHelp')}</FieldsetDescription>
            {(['update', 'refuse'] as const).map((choice) => (
              <Radio
                key={choice}
                name="import-existing"
                value={choice}
                label={t(choice === 'update' ? 'registers.import.existingUpdate' : 'registers.import.existingRefuse')}
                checked={existing === choice}
                onChange={() => handleExistingChange(choice)}
              />
            ))}
          </Fieldset>
        )}
        <div className="button-row">
          <Button type="submit" variant="secondary" loading={preview.isPending}>
            {t('registers.import.preview')}
          </Button>
        </div>
      </form>
      {message && (
        <Alert data-color={message.tone} role={message.tone === 'danger' ? 'alert' : 'status'}>
          {message.text}
        </Alert>
      )}
      {result && (
        <div className="stack">
          <Paragraph role="status">
            {t('registers.import.summary', { count: result.rowCount, errors: result.errorCount })}
            {result.counts && <> {t('registers.import.outcomes', result.counts)}</>}
          </Paragraph>
          {result.fileErrors.map((error) => (
            <Alert key={error} data-color="danger">
              {error}
            </Alert>
          ))}
          {result.rows.length > 0 && (
            <TableScroll label={t('registers.import.previewCaption')}>
              <table className="register-preview">
                <caption>{t('registers.import.previewCaption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('registers.import.row')}</th>
                    {columns.map((column) => (
                      <th scope="col" key={column}>
                        {column}
                      </th>
                    ))}
                    {hasOutcomes && <th scope="col">{t('registers.import.outcome')}</th>}
                    <th scope="col">{t('registers.import.errors')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rows.map((row) => (
                    <tr key={row.rowNumber} className={row.errors.length > 0 ? 'register-preview__bad' : undefined}>
                      <th scope="row">{row.rowNumber}</th>
                      {columns.map((column) => (
                        <td key={column}>{row.cells[column]}</td>
                      ))}
                      {hasOutcomes && <td>{row.outcome ? t(`registers.import.outcomeKinds.${row.outcome}`) : '–'}</td>}
                      <td>
                        {row.errors.length === 0 ? (
                          t('registers.import.noErrors')
                        ) : (
                          <ul>
                            {row.errors.map((error) => (
                              <li key={`${error.column}:${error.message}`}>
                                {error.column}: {error.message}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroll>
          )}
          {result.errorCount > 0 ? (
            <Alert data-color="warning">{t('registers.import.hasErrors')}</Alert>
          ) : (
            <div className="button-row">
              <Button type="button" onClick={handleSave} loading={save.isPending}>
                {t('registers.import.save')}
              </Button>
            </div>
          )}
        </div>
      )}
    </section>
  );
}
