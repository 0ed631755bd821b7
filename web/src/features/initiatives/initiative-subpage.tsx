import type { ReactNode } from 'react';
import { Link as RouterLink, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import type { TInitiative } from '@domain/decisions.contracts';
import { paths } from '@web/app/paths';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useInitiative } from '@web/features/initiatives/initiatives.api';
import '@web/features/initiatives/initiatives.css';

/**
 * The frame of a page under an initiative (/initiativ/:id/…): a link back to the initiative, the
 * page's heading with the initiative's title, then the page's content once the initiative loaded.
 */
export function InitiativeSubpage({ title, children }: { title: string; children: (initiative: TInitiative) => ReactNode }) {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useInitiative(id);
  const initiative = query.data;
  return (
    <>
      <Paragraph data-size="sm" className="initiative-back">
        <Link asChild>
          <RouterLink to={paths.initiative(id)}>{t('initiativeWork.backTo', { title: initiative?.title ?? '' })}</RouterLink>
        </Link>
      </Paragraph>
      <PageHeading documentTitle={initiative ? `${title} – ${initiative.title}` : title}>{initiative ? `${title}: ${initiative.title}` : title}</PageHeading>
      {query.isPending && <LoadingState />}
      {query.isError && <ErrorState error={query.error} onRetry={() => void query.refetch()} />}
      {initiative && children(initiative)}
    </>
  );
}
