import { useState } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Dropdown, DropdownButton, DropdownHeading, DropdownItem, DropdownList, DropdownTrigger, DropdownTriggerContext, Paragraph } from '@digdir/designsystemet-react';
import type { TSessionResponse } from '@domain/auth.contracts';
import { logOut } from '@web/api/session';
import { paths } from '@web/app/paths';
import type { TLoginState } from '@web/app/require-auth';
import { SESSION_QUERY_KEY } from '@web/app/session';
import { setLanguage } from '@web/i18n/i18n';
import { LANGUAGES } from '@web/i18n/translation';

/**
 * The user's name opening a menu with the language choice, "Byt lösenord", "Mina inloggningar", "Mina e-postinställningar" and "Logga ut".
 * Logging out drops every cached answer, so the next user of the computer sees nothing of it.
 */
export function UserMenu({ session }: { session: TSessionResponse }) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);

  const logout = useMutation({
    mutationFn: logOut,
    onSettled: async () => {
      await navigate(paths.login, { state: { loggedOut: true } satisfies TLoginState });
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
    },
  });

  return (
    <DropdownTriggerContext>
      <DropdownTrigger variant="tertiary" data-size="sm">
        <span className="visually-hidden">{t('header.userMenu')}: </span>
        {session.user.name}
      </DropdownTrigger>
      <Dropdown placement="bottom-end" open={open} onOpen={() => setOpen(true)} onClose={() => setOpen(false)}>
        <Paragraph data-size="sm" className="muted user-menu__email">
          {session.user.email}
        </Paragraph>
        <DropdownHeading>{t('header.language')}</DropdownHeading>
        <DropdownList>
          {LANGUAGES.map((language) => (
            <DropdownItem key={language}>
              <DropdownButton
                lang={language}
                className="user-menu__language"
                aria-pressed={i18n.language === language}
                onClick={() => {
                  setOpen(false);
                  void setLanguage(language);
                }}
              >
                {t(`language.${language}`)}
              </DropdownButton>
            </DropdownItem>
          ))}
        </DropdownList>
        <DropdownList>
          <DropdownItem>
            <DropdownButton asChild>
              <RouterLink to={paths.changePassword} onClick={() => setOpen(false)}>
                {t('header.changePassword')}
              </RouterLink>
            </DropdownButton>
          </DropdownItem>
          <DropdownItem>
            <DropdownButton asChild>
              <RouterLink to={paths.mySessions} onClick={() => setOpen(false)}>
                {t('account.sessions.menu')}
              </RouterLink>
            </DropdownButton>
          </DropdownItem>
          <DropdownItem>
            <DropdownButton asChild>
              <RouterLink to={paths.myEmailPreferences} onClick={() => setOpen(false)}>
                {t('account.email.menu')}
              </RouterLink>
            </DropdownButton>
          </DropdownItem>
          <DropdownItem>
            <DropdownButton onClick={() => logout.mutate()} loading={logout.isPending}>
              {t('header.logOut')}
            </DropdownButton>
          </DropdownItem>
        </DropdownList>
      </Dropdown>
    </DropdownTriggerContext>
  );
}
