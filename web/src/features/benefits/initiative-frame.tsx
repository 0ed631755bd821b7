import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import type { TInitiative } from '@domain/decisions.contracts';
import { paths } from '@web/app/paths';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useInitiative } from '@web/features/initiatives/initiatives.api';
import '@web/features/benefits/benefits.css';

/**
 * The frame of the benefit pages under an initiative: a link back to the initiative and the page
 * heading (there from the start so it can take focus), then the page's own content.
 */
export function InitiativeFrame({ heading, children }: { heading: (title: string) => string; children: (initiative: TInitiative) => ReactNode }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useInitiative(id);
  return (
    <>
      <Paragraph data-size="sm">
        <Link asChild>
          <RouterLink to={paths.initiative(id)}>{t('benefits.back')}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading>{heading(query.data?.title ?? '…')}</PageHeading>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {query.data && children(query.data)}
    </>
  );
}
