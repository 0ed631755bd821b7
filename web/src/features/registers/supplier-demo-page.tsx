import { Link as RouterLink, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Alert, Link, Paragraph } from '@digdir/designsystemet-react';
import type { TSupplierDemo } from '@domain/supplier-demos.contracts';
import { paths } from '@web/app/paths';
import { useCan } from '@web/app/session';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { useSaveSupplierDemo, useSupplierDemo } from '@web/features/registers/registers.api';
import { SupplierDemoForm } from '@web/features/registers/supplier-demo-form';
import { DeleteSupplierDemoButton } from '@web/features/correcting/registry-deletes';
import { RedactSupplierDemoButton } from '@web/features/correcting/registry-redactions';
import '@web/features/registers/registers.css';

function Frame() {
  const { t } = useTranslation();
  return (
    <>
      <Alert data-color="info">
        <Paragraph className="register-notice">{t('registers.demos.notPurchase')}</Paragraph>
      </Alert>
      <Paragraph>
        <Link asChild>
          <RouterLink to={paths.supplierDemos}>{t('registers.demos.back')}</RouterLink>
        </Link>
      </Paragraph>
    </>
  );
}

/** /leverantorsvisningar/ny: record a demo session. */
export function NewSupplierDemoPage() {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const save = useSaveSupplierDemo();
  return (
    <>
      <PageHeading>{t('registers.demos.newTitle')}</PageHeading>
      <Frame />
      <SupplierDemoForm
        isPending={save.isPending}
        onSave={(body, onError) =>
          save.mutate(
            { body },
            {
              onSuccess: ({ data }) => {
                announce(t('registers.demos.created'));
                void navigate(paths.supplierDemo(data.id));
              },
              onError,
            },
          )
        }
      />
    </>
  );
}

function DemoFacts({ demo }: { demo: TSupplierDemo }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      <Paragraph>
        {demo.heldOn} · {demo.place}
      </Paragraph>
      {demo.presentations.map((p, index) => (
        <dl key={index} className="register-fieldset">
          <dt>{t('registers.demos.supplier')}</dt>
          <dd>
            {p.supplier} {p.product}
          </dd>
          <dt>{t('registers.demos.forWhom')}</dt>
          <dd>{p.forWhom || '–'}</dd>
          <dt>{t('registers.demos.problemSolved')}</dt>
          <dd>{p.problemSolved || '–'}</dd>
          <dt>{t('registers.demos.difference')}</dt>
          <dd>{p.difference || '–'}</dd>
        </dl>
      ))}
      <Paragraph>{demo.reflection}</Paragraph>
      <ul>
        {demo.needs.map((need) => (
          <li key={need.id}>
            <RouterLink to={paths.need(need.id)}>
              B-{need.number} {need.title}
            </RouterLink>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** /leverantorsvisningar/:id: one demo; managers add the reflection afterwards (If-Match). */
export function SupplierDemoPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const announce = useAnnounce();
  const demo = useSupplierDemo(id);
  const save = useSaveSupplierDemo();
  if (demo.isPending) return <LoadingState />;
  if (demo.isError) return <ErrorState error={demo.error} onRetry={() => void demo.refetch()} />;
  const { data, etag } = demo.data;
  return (
    <>
      <PageHeading>{t('registers.demos.editTitle', { title: data.title })}</PageHeading>
      <Frame />
      {can('register:manage') ? (
        <SupplierDemoForm
          key={data.version}
          demo={data}
          isPending={save.isPending}
          onReload={() => void demo.refetch()}
          onSave={(body, onError) => save.mutate({ id, body, etag }, { onSuccess: () => announce(t('registers.demos.saved')), onError })}
        />
      ) : (
        <DemoFacts demo={data} />
      )}
      <div className="button-row">
        {can('register:manage') && <DeleteSupplierDemoButton demo={data} />}
        <RedactSupplierDemoButton demo={data} />
      </div>
    </>
  );
}
