import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseFormReturn } from 'react-hook-form';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TSimilarNeeds } from '@domain/similar-needs.contracts';
import { api } from '@web/api/client';
import { paths } from '@web/app/paths';
import { StatusTag } from '@web/ui/status-tag';
import { NEED_STATUS_TONE, needNumber } from '@web/features/needs/need-labels';
import type { TNeedFormValues } from '@web/features/needs/need-form';
import '@web/features/needs/needs.css';

/** Wait this long after the last keystroke before asking: a hint, not a search per letter. */
const DEBOUNCE_MS = 500;
/** The server reads at most this much of the text (title excluded). */
const TEXT_LIMIT = 2000;

type TWritten = { title: string; text: string };

/** The organisation's needs that resemble what is written (not asked for less than three letters). */
function useSimilarNeeds(written: TWritten) {
  return useQuery({
    queryKey: ['needs', 'similar', written],
    queryFn: async ({ signal }) => (await api.get<TSimilarNeeds>('/needs/similar', { query: written, signal })).data.items,
    enabled: written.title.length + written.text.length >= 3,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
}

/** What the form holds, settled: updated only after the person has paused typing. */
function useSettledText(form: UseFormReturn<TNeedFormValues>): TWritten {
  const [title, problem, expectedBenefit] = form.watch(['title', 'problem', 'expectedBenefit']);
  const [settled, setSettled] = useState<TWritten>({ title: '', text: '' });
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled({ title: (title ?? '').trim().slice(0, 200), text: `${problem ?? ''} ${expectedBenefit ?? ''}`.trim().slice(0, TEXT_LIMIT) });
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [title, problem, expectedBenefit]);
  return settled;
}

/**
 * "Stöd ett befintligt behov i stället?": while a need is written, the organisation's needs that look
 * like it, so the person can back one instead of submitting a duplicate. A polite live region says
 * how many there are when that changes; the links open in a new tab so the draft stays.
 */
export function SimilarNeeds({ form }: { form: UseFormReturn<TNeedFormValues> }) {
  const { t } = useTranslation();
  const written = useSettledText(form);
  const similar = useSimilarNeeds(written);
  const enough = written.title.length + written.text.length >= 3;
  const items = enough ? (similar.data ?? []) : [];
  return (
    <>
      <p role="status" className="visually-hidden">
        {items.length > 0 ? t('needs.similar.announce', { count: items.length }) : ''}
      </p>
      {items.length > 0 && (
        <section aria-labelledby="similar-needs-heading" className="similar-needs">
          <Heading level={2} data-size="2xs" id="similar-needs-heading">
            {t('needs.similar.heading')}
          </Heading>
          <Paragraph>{t('needs.similar.intro')}</Paragraph>
          <ul>
            {items.map((need) => (
              <li key={need.id}>
                <Link href={paths.need(need.id)} target="_blank" rel="noopener">
                  {needNumber(need.number)} {need.title}
                  <span className="visually-hidden"> {t('needs.similar.newTab')}</span>
                </Link>{' '}
                <StatusTag tone={NEED_STATUS_TONE[need.status]}>{t(`needStatus.${need.status}`)}</StatusTag>
                {need.supporterCount > 0 && <span className="muted"> {t('needs.similar.supporters', { count: need.supporterCount })}</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
