import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { Link as RouterLink, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Button, Link, Paragraph } from '@digdir/designsystemet-react';
import { todayInSweden } from '@domain/decisions.contracts';
import { WELFARE_TECH_STATES, type TWelfareTechInput, type TWelfareTechItem } from '@domain/welfare-tech.contracts';
import { paths } from '@web/app/paths';
import { problemText } from '@web/i18n/error-text';
import { useCan } from '@web/app/session';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { SelectField, TextField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { PageHeading } from '@web/ui/page-heading';
import { ErrorState, LoadingState } from '@web/ui/states';
import { formFailure, type TFormFailure } from '@web/features/admin/admin-errors';
import { useDeleteWelfareTech, useInitiativeChoices, useSaveWelfareTech, useSystems, useWelfareTechItem, useWelfareTechOptions } from '@web/features/registers/registers.api';
import '@web/features/registers/registers.css';

type TForm = Omit<TWelfareTechInput, 'unitCount' | 'systemId' | 'initiativeId'> & { unitCount: string; systemId: string; initiativeId: string };
const FIELDS = ['technology', 'product', 'supplier', 'unitCount', 'placement', 'state', 'asOf', 'systemId', 'initiativeId'] as const;

const toForm = (item: Partial<TWelfareTechItem>): TForm => ({
  technology: item.technology ?? '',
  product: item.product ?? '',
  supplier: item.supplier ?? '',
  unitCount: item.unitCount === undefined ? '' : String(item.unitCount),
  placement: item.placement ?? '',
  state: item.state ?? 'deployed',
  asOf: item.asOf ?? todayInSweden(),
  systemId: item.systemId ?? '',
  initiativeId: item.initiativeId ?? '',
});
const toInput = (values: TForm): TWelfareTechInput => ({
  ...values,
  unitCount: Number(values.unitCount.replace(/\s/g, '')),
  systemId: values.systemId || null,
  initiativeId: values.initiativeId || null,
});

/** The inventory row form: suggestions for technology and placement, but any name may be typed. */
function WelfareTechForm({ item, etag, onReload }: { item: Partial<TWelfareTechItem>; etag?: string | null; onReload?: () => void }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const options = useWelfareTechOptions();
  const systems = useSystems();
  const initiatives = useInitiativeChoices();
  const save = useSaveWelfareTech();
  const [failure, setFailure] = useState<TFormFailure>({ conflict: false, summary: null });
  const form = useForm<TForm>({ defaultValues: toForm(item), shouldFocusError: false });
  const { errors, submitCount } = form.formState;
  const label = (key: string) => t(`registers.welfareTech.${key}` as 'registers.welfareTech.technology');
  const labels: Record<(typeof FIELDS)[number], string> = {
    technology: label('technology'),
    product: label('product'),
    supplier: label('supplier'),
    unitCount: label('unitCount'),
    placement: label('placement'),
    state: label('state'),
    asOf: label('asOf'),
    systemId: label('system'),
    initiativeId: label('initiative'),
  };
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];
  const required = { required: t('registers.validation.required') };
  return (
    <div className="stack">
      {failure.conflict && onReload && <ConflictNotice onReload={onReload} />}
      <form
        noValidate
        className="stack form-narrow"
        onSubmit={form.handleSubmit((values) => {
          setFailure({ conflict: false, summary: null });
          save.mutate(
            { id: item.id, body: toInput(values), etag },
            {
              onSuccess: ({ data }) => {
                announce(t(item.id ? 'registers.welfareTech.saved' : 'registers.welfareTech.created', { technology: data.technology }));
                if (!item.id) void navigate(paths.welfareTech);
              },
              onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
            },
          );
        })}
      >
        <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
        <TextField label={labels.technology} description={t('registers.welfareTech.technologyHint')} list="technology-suggestions" error={errors.technology?.message} {...form.register('technology', required)} />
        <datalist id="technology-suggestions">
          {(options.data?.technologies ?? []).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <TextField label={labels.product} optional error={errors.product?.message} {...form.register('product')} />
        <TextField label={labels.supplier} optional error={errors.supplier?.message} {...form.register('supplier')} />
        <TextField
          label={labels.unitCount}
          inputMode="numeric"
          className="field-short"
          error={errors.unitCount?.message}
          {...form.register('unitCount', { ...required, validate: (v) => /^\d[\d\s]*$/.test(v.trim()) || t('registers.validation.wholeNumber') })}
        />
        <TextField label={labels.placement} optional list="placement-suggestions" error={errors.placement?.message} {...form.register('placement')} />
        <datalist id="placement-suggestions">
          {(options.data?.placements ?? []).map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        <SelectField label={labels.state} options={WELFARE_TECH_STATES.map((value) => ({ value, label: t(`registers.welfareTech.states.${value}`) }))} {...form.register('state')} />
        <TextField type="date" label={labels.asOf} error={errors.asOf?.message} {...form.register('asOf', required)} />
        <SelectField
          label={labels.systemId}
          optional
          placeholder={t('registers.welfareTech.none')}
          options={(systems.data?.items ?? []).map((s) => ({ value: s.id, label: s.name }))}
          error={errors.systemId?.message}
          {...form.register('systemId')}
        />
        <SelectField
          label={labels.initiativeId}
          optional
          placeholder={t('registers.welfareTech.none')}
          options={(initiatives.data?.items ?? []).map((i) => ({ value: i.id, label: i.title }))}
          error={errors.initiativeId?.message}
          {...form.register('initiativeId')}
        />
        <div className="button-row">
          <Button type="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </div>
      </form>
    </div>
  );
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Paragraph>
      <Link asChild>
        <RouterLink to={paths.welfareTech}>{t('registers.welfareTech.back')}</RouterLink>
      </Link>
    </Paragraph>
  );
}

/** /valfardsteknik/ny[?initiativ=id]: add technology, prefilled with the initiative when coming from one. */
export function NewWelfareTechPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const initiativeId = params.get('initiativ') ?? '';
  const initiatives = useInitiativeChoices();
  const initiative = initiatives.data?.items.find((i) => i.id === initiativeId);
  return (
    <>
      <PageHeading>{t('registers.welfareTech.newTitle')}</PageHeading>
      <BackLink />
      {initiativeId && initiatives.isPending ? (
        <LoadingState />
      ) : (
        <>
          {initiative && <Paragraph>{t('registers.welfareTech.fromInitiative', { title: initiative.title })}</Paragraph>}
          <WelfareTechForm item={{ initiativeId: initiative ? initiativeId : null }} />
        </>
      )}
    </>
  );
}

/** /valfardsteknik/:id: one inventory row; managers change it (If-Match). */
export function WelfareTechItemPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const can = useCan();
  const announce = useAnnounce();
  const navigate = useNavigate();
  const item = useWelfareTechItem(id);
  const remove = useDeleteWelfareTech();
  if (item.isPending) return <LoadingState />;
  if (item.isError) return <ErrorState error={item.error} onRetry={() => void item.refetch()} />;
  const { data, etag } = item.data;
  return (
    <>
      <PageHeading>{t('registers.welfareTech.editTitle', { technology: data.technology })}</PageHeading>
      <BackLink />
      {can('register:manage') ? (
        <>
          <WelfareTechForm key={data.version} item={data} etag={etag} onReload={() => void item.refetch()} />
          <div className="button-row">
            <Button
              type="button"
              variant="secondary"
              data-color="danger"
              loading={remove.isPending}
              onClick={() =>
                remove.mutate(
                  { id, etag },
                  {
                    onSuccess: () => {
                      announce(t('registers.welfareTech.removed'));
                      void navigate(paths.welfareTech);
                    },
                    onError: (error) => announce(problemText(error)),
                  },
                )
              }
            >
              {t('registers.welfareTech.remove')}
            </Button>
          </div>
        </>
      ) : (
        <Paragraph>
          {data.unitCount} × {data.technology} {data.product} – {data.placement} ({t(`registers.welfareTech.states.${data.state}`)}, {data.asOf})
        </Paragraph>
      )}
    </>
  );
}
