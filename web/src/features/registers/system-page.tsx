import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Link, Paragraph } from '@digdir/designsystemet-react';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useSaveSystem, useSystem } from '@web/features/registers/registers.api';
import { SystemForm } from '@web/features/registers/system-form';
import { SystemFacts } from '@web/features/registers/system-facts';
import { SystemIntegrations } from '@web/features/registers/system-integrations';
import { SystemTasks } from '@web/features/registers/system-tasks';
import { DeleteSystemButton } from '@web/features/correcting/registry-deletes';
import { RedactSystemButton } from '@web/features/correcting/registry-redactions';
import '@web/features/registers/registers.css';

function BackLink() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <Link asChild>
        <RouterLink to={paths.systems}>{t('registers.systems.back')}</RouterLink>
      </Link>
    </Paragraph>
  );
}

/** /systemlista/nytt: add a system. */
export function NewSystemPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const save = useSaveSystem();
  return (
    <>
      <PageHeading>{t('registers.systems.newTitle')}</PageHeading>
      <BackLink />
      <SystemForm
        isPending={save.isPending}
        onSave={(body, onError) =>
          save.mutate(
            { body },
            {
              onSuccess: ({ data }) => {
                announce(t('registers.systems.created', { name: data.name }));
                void navigate(paths.system(data.id));
              },
              onError,
            },
          )
        }
      />
    </>
  );
}

/** /systemlista/:id: the system's facts and förvaltning tasks; managers edit it here. */
export function SystemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const announce = useAnnounce();
  const system = useSystem(id);
  const save = useSaveSystem();
  if (system.isPending) return <LoadingState />;
  if (system.isError) return <ErrorState error={system.error} onRetry={() => void system.refetch()} />;
  const { data, etag } = system.data;
  return (
    <>
      <PageHeading>{t('registers.systems.editTitle', { name: data.name })}</PageHeading>
      <BackLink />
      {can('register:manage') ? (
        <SystemForm
          key={data.version}
          system={data}
          isPending={save.isPending}
          onReload={() => void system.refetch()}
          onSave={(body, onError) =>
            save.mutate({ id, body, etag }, { onSuccess: ({ data: saved }) => announce(t('registers.systems.saved', { name: saved.name })), onError })
          }
        />
      ) : (
        <SystemFacts system={data} />
      )}
      <SystemTasks system={data} etag={etag} />
      <SystemIntegrations systemId={data.id} />
      <div className="button-row">
        {can('register:manage') && <DeleteSystemButton system={data} />}
        <RedactSystemButton system={data} />
      </div>
    </>
  );
}
