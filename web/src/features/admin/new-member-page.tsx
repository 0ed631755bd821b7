import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { ZCreateMemberRequest, type TCreateMemberRequest, type TCreateMemberResponse } from '@domain/members.contracts';
import { paths } from '@web/app/paths';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { CheckboxGroupField } from '@web/ui/choice-group-field';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextField } from '@web/ui/form-field';
import { PageHeading } from '@web/ui/page-heading';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { formFailure, type TFormFailure } from '@web/features/admin/admin-errors';
import { useCreateMember } from '@web/features/admin/members.api';
import { OneTimePasswordBox } from '@web/features/admin/one-time-password';
import { roleOptions } from '@web/features/admin/role-options';
import '@web/features/admin/admin.css';

const FIELDS = ['name', 'email', 'roles'] as const;
const NO_FAILURE: TFormFailure = { conflict: false, summary: null };
const EMPTY: TCreateMemberRequest = { name: '', email: '', roles: [] };

/** What happened: a new user with her one-time password, or an existing user who joined. */
function CreatedMember({ member, onAddAnother }: { member: TCreateMemberResponse; onAddAnother: () => void }) {
  const { t } = useTranslation();
  const existingRef = useRef<HTMLDivElement>(null);
  // The one-time password box takes focus itself; the "already had an account" message does it here.
  useEffect(() => existingRef.current?.focus(), []);
  return (
    <div className="stack">
      {member.oneTimePassword ? (
        <OneTimePasswordBox password={member.oneTimePassword} intro={t('admin.members.createdIntro', { name: member.name, email: member.email })} />
      ) : (
        <Alert data-color="success" ref={existingRef} tabIndex={-1} className="conflict-notice">
          <Heading level={2} data-size="xs">
            {t('admin.members.existingAddedHeading')}
          </Heading>
          <Paragraph>{t('admin.members.existingAdded', { name: member.name, email: member.email })}</Paragraph>
        </Alert>
      )}
      <Paragraph>{t('admin.members.createdRoles', { roles: member.roles.map((role) => t(`roles.${role}`)).join(', ') })}</Paragraph>
      <div className="button-row">
        <Button asChild variant="secondary">
          <RouterLink to={paths.adminMember(member.id)}>{t('admin.members.openMember', { name: member.name })}</RouterLink>
        </Button>
        <Button variant="secondary" onClick={onAddAnother}>
          {t('admin.members.addAnother')}
        </Button>
        <Link asChild>
          <RouterLink to={paths.adminMembers}>{t('admin.members.title')}</RouterLink>
        </Link>
      </div>
    </div>
  );
}

/**
 * /administration/anvandare/ny: "Lägg till användare" — name, e-mail and roles (each explained).
 * A new e-mail creates the user and shows her one-time password once; an e-mail that already has
 * an account (perhaps in another organisation) just gives that user a membership here.
 */
export function NewMemberPage() {
  const { t } = useTranslation();
  const create = useCreateMember();
  const [created, setCreated] = useState<TCreateMemberResponse | null>(null);
  const [failure, setFailure] = useState<TFormFailure>(NO_FAILURE);
  const form = useForm<TCreateMemberRequest>({ shouldFocusError: false, resolver: zodResolver(ZCreateMemberRequest, { error: zodIssueMessage }), defaultValues: EMPTY });
  const { errors, submitCount } = form.formState;
  const labels = { name: t('admin.members.name'), email: t('admin.members.email'), roles: t('admin.members.roles') };
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];

  const handleAddAnother = () => {
    setCreated(null);
    create.reset();
    form.reset(EMPTY);
    window.setTimeout(() => document.getElementById('field-name')?.focus(), 0);
  };

  return (
    <>
      <AdminBackLink to={paths.adminMembers} label={t('admin.members.title')} />
      <PageHeading>{t('admin.members.add')}</PageHeading>
      {created ? (
        <CreatedMember member={created} onAddAnother={handleAddAnother} />
      ) : (
        <>
          <Paragraph>{t('admin.members.addIntro')}</Paragraph>
          <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
          <form
            noValidate
            className="stack form-narrow"
            onSubmit={form.handleSubmit((values) => {
              setFailure(NO_FAILURE);
              create.mutate(values, {
                // The result takes focus, so screen readers read it without a separate announcement.
                onSuccess: ({ data }) => setCreated(data),
                onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
              });
            })}
          >
            <TextField label={labels.name} autoComplete="off" error={errors.name?.message} {...form.register('name')} />
            <TextField label={labels.email} description={t('admin.members.emailDescription')} type="email" autoComplete="off" error={errors.email?.message} {...form.register('email')} />
            <CheckboxGroupField legend={labels.roles} description={t('admin.members.rolesDescription')} options={roleOptions()} error={errors.roles?.message} {...form.register('roles')} />
            <Button type="submit" loading={create.isPending}>
              {t('admin.members.add')}
            </Button>
          </form>
        </>
      )}
    </>
  );
}
