import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Dropdown, DropdownButton, DropdownHeading, DropdownItem, DropdownList, DropdownTrigger, DropdownTriggerContext } from '@digdir/designsystemet-react';
import type { TSessionResponse } from '@domain/auth.contracts';
import { switchOrganization } from '@web/api/session';
import { paths } from '@web/app/paths';
import { SESSION_QUERY_KEY } from '@web/app/session';
import { problemText } from '@web/i18n/error-text';
import { useAnnounce } from '@web/ui/live-region';

/**
 * The current organisation, and for members of several a menu to switch. After a switch every
 * query is refetched (all data belongs to an organisation) and the user lands on the start page,
 * since the page they were on may not exist in the other organisation.
 */
export function OrganizationSwitcher({ session }: { session: TSessionResponse }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const announce = useAnnounce();
  const [open, setOpen] = useState(false);
  const name = session.organization?.name ?? t('header.noOrganization');

  const mutation = useMutation({
    mutationFn: switchOrganization,
    onSuccess: async (next) => {
      queryClient.setQueryData(SESSION_QUERY_KEY, next);
      await navigate(paths.start);
      await queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
      announce(t('header.switchedTo', { name: next.organization?.name ?? '' }));
    },
    onError: (error) => announce(problemText(error)),
  });

  if (session.memberships.length < 2) {
    return (
      <p className="header-organization">
        <span className="visually-hidden">{t('header.organization')}: </span>
        {name}
      </p>
    );
  }

  return (
    <DropdownTriggerContext>
      <DropdownTrigger variant="tertiary" data-size="sm" loading={mutation.isPending}>
        <span className="visually-hidden">{t('header.organization')}: </span>
        {name}
      </DropdownTrigger>
      <Dropdown placement="bottom-end" open={open} onOpen={() => setOpen(true)} onClose={() => setOpen(false)}>
        <DropdownHeading>{t('header.switchOrganization')}</DropdownHeading>
        <DropdownList>
          {session.memberships.map((membership) => {
            const isCurrent = membership.organizationId === session.organization?.id;
            return (
              <DropdownItem key={membership.organizationId}>
                <DropdownButton
                  aria-current={isCurrent ? 'true' : undefined}
                  onClick={() => {
                    setOpen(false);
                    if (!isCurrent) mutation.mutate(membership.organizationId);
                  }}
                >
                  {membership.organizationName}
                  {isCurrent && <span className="muted"> ({t('header.current')})</span>}
                </DropdownButton>
              </DropdownItem>
            );
          })}
        </DropdownList>
      </Dropdown>
    </DropdownTriggerContext>
  );
}
