import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Paragraph } from '@digdir/designsystemet-react';
import { TextField } from '@web/ui/form-field';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useLessonSearch } from '@web/features/benefits/benefits.api';
import { LessonCard } from '@web/features/benefits/lesson-card';
import '@web/features/benefits/benefits.css';
import '@web/features/assessment/assessment.css';

/** /lardomar: lessons learned across the organisation, searchable in Swedish. */
export function LessonsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const query = useLessonSearch(q);
  return (
    <>
      <PageHeading>{t('benefits.lessons.title')}</PageHeading>
      <Paragraph>{t('benefits.lessons.intro')}</Paragraph>
      <form
        role="search"
        className="benefit-inline"
        onSubmit={(event) => {
          event.preventDefault();
          setParams(draft ? { q: draft } : {});
        }}
      >
        <TextField label={t('benefits.lessons.search')} id="lesson-search" type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
        <Button type="submit" variant="secondary">
          {t('benefits.lessons.searchButton')}
        </Button>
      </form>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && (
        <>
          <Paragraph role="status">{query.data.length === 0 ? t('benefits.lessons.empty') : t('benefits.lessons.found', { count: query.data.length })}</Paragraph>
          {query.data.map((lesson) => (
            <LessonCard key={lesson.id} lesson={lesson} headingLevel={2} showInitiative />
          ))}
        </>
      )}
    </>
  );
}
