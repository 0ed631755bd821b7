import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { TDeletedOrganization } from '@domain/installation.contracts';
import { api, apiUrl } from '@web/api/client';
import { SESSION_QUERY_KEY } from '@web/app/session';
import { paths } from '@web/app/paths';
import type { TLoginState } from '@web/app/require-auth';
import { DeleteOrganizationDialog } from '@web/features/installation/delete-organization-dialog';
import { installationProblemText } from '@web/features/installation/installation-errors';

/**
 * The end of the organisation's life, for its administrator: download it whole (the file
 * npm run org:import reads) and delete it for good after typing its name. Deleting is all or
 * nothing and logs everyone out, so afterwards she lands on the login page.
 */
export function OrganizationLifecycle({ name }: { name: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: async (confirmName: string) => (await api.delete<TDeletedOrganization>('/organization', { body: { confirmName } })).data,
    onSuccess: async () => {
      await navigate(paths.login, { state: { loggedOut: true } satisfies TLoginState });
      queryClient.clear();
      queryClient.setQueryData(SESSION_QUERY_KEY, null);
    },
    onError: (failure) => setError(installationProblemText(failure)),
  });
  const close = () => {
    setOpen(false);
    setError(null);
  };

  return (
    <>
      <section aria-labelledby="organization-export-heading" className="stack">
        <Heading level={2} data-size="sm" id="organization-export-heading">
          {t('admin.organization.exportHeading')}
        </Heading>
        <Paragraph>{t('admin.organization.exportBody')}</Paragraph>
        <div>
          <Button asChild variant="secondary">
            <a href={apiUrl('/organization/export')} download>
              {t('installation.deletion.export')}
            </a>
          </Button>
        </div>
      </section>
      <section aria-labelledby="organization-delete-heading" className="stack">
        <Heading level={2} data-size="sm" id="organization-delete-heading">
          {t('installation.deletion.heading')}
        </Heading>
        <Paragraph>{t('installation.deletion.intro')}</Paragraph>
        <Paragraph>{t('admin.organization.deleteAllOrNothing')}</Paragraph>
        <div>
          <Button data-color="danger" variant="secondary" onClick={() => setOpen(true)}>
            {t('installation.deletion.open')}
          </Button>
        </div>
      </section>
      <DeleteOrganizationDialog
        open={open}
        name={name}
        onClose={close}
        onConfirm={(confirmName) => {
          setError(null);
          remove.mutate(confirmName);
        }}
        isPending={remove.isPending}
        error={error}
      />
    </>
  );
}
