import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TMember } from '@domain/members.contracts';
import { paths } from '@web/app/paths';
import { DataTable, type TColumn } from '@web/ui/data-table';
import { TextField } from '@web/ui/form-field';
import { LoadMore } from '@web/ui/load-more';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { MemberStatus } from '@web/features/admin/member-status';
import { useMembers } from '@web/features/admin/members.api';
import { PendingInvitations } from '@web/features/admin/pending-invitations';
import '@web/features/admin/admin.css';

/** The search box; the search term lives in the address (`?q=`), so a search can be shared and reloaded. */
function MemberSearch({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(q);
  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(value.trim());
  };
  return (
    <form role="search" aria-label={t('admin.members.searchLabel')} className="search-form" onSubmit={handleSubmit}>
      <TextField label={t('admin.members.searchLabel')} description={t('admin.members.searchDescription')} type="search" name="q" value={value} onChange={(event) => setValue(event.target.value)} />
      <Button type="submit" variant="secondary">
        {t('admin.members.search')}
      </Button>
    </form>
  );
}

/**
 * /administration/anvandare: the organisation's members (name, e-mail, roles, status) with search,
 * "Visa fler" paging, the way to add (or invite) a user, and the pending invitations. Each name
 * opens the member's page.
 */
export function MembersPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const list = useMembers(q);

  const columns: TColumn<TMember>[] = [
    {
      id: 'name',
      header: t('admin.members.name'),
      isRowHeader: true,
      cell: (row) => (
        <Link asChild>
          <RouterLink to={paths.adminMember(row.id)}>{row.name}</RouterLink>
        </Link>
      ),
    },
    { id: 'email', header: t('admin.members.email'), cell: (row) => row.email },
    { id: 'roles', header: t('admin.members.roles'), cell: (row) => row.roles.map((role) => t(`roles.${role}`)).join(', ') },
    { id: 'status', header: t('admin.members.status'), cell: (row) => <MemberStatus member={row} /> },
  ];

  const body = () => {
    if (list.isPending) return <LoadingState />;
    if (list.isError) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
    return (
      <>
        <DataTable
          caption={q ? t('admin.members.captionSearch', { q }) : t('admin.members.caption')}
          columns={columns}
          rows={list.items}
          rowKey={(row) => row.id}
          emptyText={q ? t('admin.members.noMatches', { q }) : t('admin.members.empty')}
        />
        <LoadMore
          shownCount={list.items.length}
          shownText={t('admin.members.shown', { count: list.items.length })}
          hasMore={list.hasNextPage}
          isLoading={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      </>
    );
  };

  return (
    <>
      <AdminBackLink />
      <PageHeading>{t('admin.members.title')}</PageHeading>
      <Paragraph>{t('admin.members.intro')}</Paragraph>
      <p>
        <Button asChild>
          <RouterLink to={paths.adminNewMember}>{t('admin.members.add')}</RouterLink>
        </Button>
      </p>
      <section aria-labelledby="member-list-heading" className="admin-section">
        <Heading level={2} data-size="sm" id="member-list-heading">
          {t('admin.members.listHeading')}
        </Heading>
        <MemberSearch key={q} q={q} onSearch={(next) => setParams(next ? { q: next } : {})} />
        {q && (
          <Paragraph>
            <Link asChild>
              <RouterLink to={paths.adminMembers}>{t('admin.members.clearSearch')}</RouterLink>
            </Link>
          </Paragraph>
        )}
        {body()}
      </section>
      <PendingInvitations />
    </>
  );
}
