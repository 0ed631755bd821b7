import { useEffect, useRef, useState } from 'react';
import { Link as RouterLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { ZCreateMemberRequest, type TCreateMemberRequest, type TCreateMemberResponse, type TInvitation } from '@domain/members.contracts';
import { isApiError } from '@web/api/api-error';
import { paths } from '@web/app/paths';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { CheckboxGroupField } from '@web/ui/choice-group-field';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextField } from '@web/ui/form-field';
import { PageHeading } from '@web/ui/page-heading';
import { AdminBackLink } from '@web/features/admin/admin-back-link';
import { formFailure, type TFormFailure } from '@web/features/admin/admin-errors';
import { useCreateMember, useEmailDomains, useInviteMember } from '@web/features/admin/members.api';
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

/** The invitation is recorded: what happens next, and the ways on. */
function InvitedPerson({ invitation, onAddAnother }: { invitation: TInvitation; onAddAnother: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="stack">
      <Alert data-color="success" ref={ref} tabIndex={-1} className="conflict-notice">
        <Heading level={2} data-size="xs">
          {t('admin.members.invitedHeading')}
        </Heading>
        <Paragraph>{t('admin.members.invitedBody', { email: invitation.email })}</Paragraph>
      </Alert>
      <Paragraph>{t('admin.members.createdRoles', { roles: invitation.roles.map((role) => t(`roles.${role}`)).join(', ') })}</Paragraph>
      <div className="button-row">
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

/** The organisation's own e-mail domains, where the form creates accounts. */
function OwnDomains() {
  const { t } = useTranslation();
  const domains = useEmailDomains();
  const items = domains.data?.data.items;
  if (!items) return null;
  return <Paragraph>{items.length > 0 ? t('admin.members.domains', { domains: items.map((item) => item.domain).join(', ') }) : t('admin.members.noDomains')}</Paragraph>;
}

/**
 * /administration/anvandare/ny: "Lägg till användare" — name, e-mail and roles (each explained).
 * Accounts are created only in the organisation's own e-mail domains (ADR 0004): a new e-mail
 * creates the user and shows her one-time password once; an existing account of the domain gets its
 * membership back. An address in another domain is refused with the offer to invite her instead
 * ("Bjud in"), which she accepts herself when she logs in.
 */
export function NewMemberPage() {
  const { t } = useTranslation();
  const create = useCreateMember();
  const invite = useInviteMember();
  const [created, setCreated] = useState<TCreateMemberResponse | null>(null);
  const [invited, setInvited] = useState<TInvitation | null>(null);
  /** The values refused because the address is in another organisation's (or nobody's) domain. */
  const [inviteInstead, setInviteInstead] = useState<TCreateMemberRequest | null>(null);
  const [failure, setFailure] = useState<TFormFailure>(NO_FAILURE);
  const form = useForm<TCreateMemberRequest>({ shouldFocusError: false, resolver: zodResolver(ZCreateMemberRequest, { error: zodIssueMessage }), defaultValues: EMPTY });
  const { errors, submitCount } = form.formState;
  const labels = { name: t('admin.members.name'), email: t('admin.members.email'), roles: t('admin.members.roles') };
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, FIELDS.map((name) => ({ name, label: labels[name] })))];

  const handleAddAnother = () => {
    setCreated(null);
    setInvited(null);
    setInviteInstead(null);
    create.reset();
    invite.reset();
    form.reset(EMPTY);
    window.setTimeout(() => document.getElementById('field-name')?.focus(), 0);
  };

  return (
    <>
      <AdminBackLink to={paths.adminMembers} label={t('admin.members.title')} />
      <PageHeading>{t('admin.members.add')}</PageHeading>
      {created ? (
        <CreatedMember member={created} onAddAnother={handleAddAnother} />
      ) : invited ? (
        <InvitedPerson invitation={invited} onAddAnother={handleAddAnother} />
      ) : (
        <>
          <Paragraph>{t('admin.members.addIntro')}</Paragraph>
          <OwnDomains />
          <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
          <form
            noValidate
            className="stack form-narrow"
            onSubmit={form.handleSubmit((values) => {
              setFailure(NO_FAILURE);
              setInviteInstead(null);
              create.mutate(values, {
                // The result takes focus, so screen readers read it without a separate announcement.
                onSuccess: ({ data }) => setCreated(data),
                onError: (error) => {
                  setFailure(formFailure(error, FIELDS, form.setError));
                  if (isApiError(error, 'unprocessable') && error.errors.some((issue) => issue.code === 'domain_not_owned')) setInviteInstead(values);
                },
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
          {inviteInstead && (
            <section aria-labelledby="invite-instead-heading" className="admin-section">
              <Heading level={2} data-size="sm" id="invite-instead-heading">
                {t('admin.members.inviteInsteadHeading')}
              </Heading>
              <Paragraph>{t('admin.members.inviteInsteadBody', { email: inviteInstead.email })}</Paragraph>
              <Button
                variant="secondary"
                loading={invite.isPending}
                onClick={() =>
                  invite.mutate(
                    { email: inviteInstead.email, roles: inviteInstead.roles },
                    { onSuccess: ({ data }) => setInvited(data), onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)) },
                  )
                }
              >
                {t('admin.members.invite')}
              </Button>
            </section>
          )}
        </>
      )}
    </>
  );
}
