import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import type { TForum } from '@domain/meetings.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { EmptyState, ErrorState, LoadingState } from '@web/ui/states';
import { useForum, useForums, useSaveForum } from '@web/features/meetings/meetings.api';
import { ForumForm } from '@web/features/meetings/forum-form';

const chairName = (forum: TForum) => forum.members.find((member) => member.isChair)?.name ?? '–';

/** /beslutsforum: the organisation's decision forums with chair and members. */
export function ForumsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const forums = useForums();
  const columns: TColumn<TForum>[] = [
    {
      id: 'name',
      header: t('meetings.forums.name'),
      isRowHeader: true,
      sortValue: (f) => f.name,
      cell: (f) => (
        <Link asChild>
          <RouterLink to={paths.forum(f.id)}>{f.name}</RouterLink>
        </Link>
      ),
    },
    { id: 'chair', header: t('meetings.forums.chair'), cell: chairName },
    { id: 'members', header: t('meetings.forums.memberCount'), align: 'end', cell: (f) => f.members.length, sortValue: (f) => f.members.length },
  ];
  return (
    <>
      <PageHeading>{t('meetings.forums.title')}</PageHeading>
      <Paragraph>{t('meetings.forums.intro')}</Paragraph>
      {can('meeting:manage') && (
        <Paragraph>
          <Link asChild>
            <RouterLink to={paths.newForum}>{t('meetings.forums.add')}</RouterLink>
          </Link>
        </Paragraph>
      )}
      {forums.isPending ? (
        <LoadingState />
      ) : forums.isError ? (
        <ErrorState error={forums.error} onRetry={() => void forums.refetch()} />
      ) : forums.data.items.length === 0 ? (
        <EmptyState>{t('meetings.forums.empty')}</EmptyState>
      ) : (
        <DataTable caption={t('meetings.forums.caption')} columns={columns} rows={forums.data.items} rowKey={(f) => f.id} emptyText={t('table.noRows')} />
      )}
    </>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <Link asChild>
        <RouterLink to={paths.forums}>{t('meetings.forums.back')}</RouterLink>
      </Link>
    </Paragraph>
  );
}

/** /beslutsforum/nytt: define a forum. */
export function NewForumPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const save = useSaveForum();
  return (
    <>
      <PageHeading>{t('meetings.forums.newTitle')}</PageHeading>
      <BackLink />
      <ForumForm
        isPending={save.isPending}
        onSave={(body, onError) =>
          save.mutate(
            { body },
            {
              onSuccess: ({ data }) => {
                announce(t('meetings.forums.created'));
                void navigate(paths.forum(data.id));
              },
              onError,
            },
          )
        }
      />
    </>
  );
}

/** /beslutsforum/:id: one forum; those who manage meetings change it (If-Match), everyone else reads it. */
export function ForumPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const announce = useAnnounce();
  const forum = useForum(id);
  const save = useSaveForum();
  if (forum.isPending) return <LoadingState />;
  if (forum.isError) return <ErrorState error={forum.error} onRetry={() => void forum.refetch()} />;
  const { data, etag } = forum.data;
  return (
    <>
      <PageHeading>{t('meetings.forums.editTitle', { name: data.name })}</PageHeading>
      <BackLink />
      {can('meeting:manage') ? (
        <ForumForm
          key={data.version}
          forum={data}
          isPending={save.isPending}
          onReload={() => void forum.refetch()}
          onSave={(body, onError) => save.mutate({ id, body, etag }, { onSuccess: () => announce(t('meetings.forums.saved')), onError })}
        />
      ) : (
        <dl>
          <dt>{t('meetings.forums.description')}</dt>
          <dd>{data.description || '–'}</dd>
          <dt>{t('meetings.forums.chair')}</dt>
          <dd>{chairName(data)}</dd>
          <dt>{t('meetings.forums.members')}</dt>
          <dd>{data.members.map((member) => member.name).join(', ') || '–'}</dd>
        </dl>
      )}
    </>
  );
}
