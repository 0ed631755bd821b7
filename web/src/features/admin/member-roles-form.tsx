import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { Button } from '@digdir/designsystemet-react';
import { ZUpdateMemberRequest, type TMember, type TUpdateMemberRequest } from '@domain/members.contracts';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { CheckboxGroupField } from '@web/ui/choice-group-field';
import { ConflictNotice } from '@web/ui/conflict-notice';
import { ErrorSummary } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { useAnnounce } from '@web/ui/live-region';
import { formFailure, type TFormFailure } from '@web/features/admin/admin-errors';
import type { useMemberMutations } from '@web/features/admin/members.api';
import { roleOptions } from '@web/features/admin/role-options';

const FIELDS = ['roles'] as const;
const NO_FAILURE: TFormFailure = { conflict: false, summary: null };

type TProps = {
  member: TMember;
  etag: string | null;
  updateRoles: ReturnType<typeof useMemberMutations>['updateRoles'];
  onReload: () => void;
};

/**
 * The member's roles as checkboxes, saved with If-Match. The server refuses to take the last
 * administrator's role away; that reason is shown in the error summary.
 */
export function MemberRolesForm({ member, etag, updateRoles, onReload }: TProps) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const [failure, setFailure] = useState<TFormFailure>(NO_FAILURE);
  const form = useForm<TUpdateMemberRequest>({ shouldFocusError: false, resolver: zodResolver(ZUpdateMemberRequest, { error: zodIssueMessage }), defaultValues: { roles: member.roles } });
  const { errors, submitCount } = form.formState;
  useEffect(() => form.reset({ roles: member.roles }), [member, form]);
  const summary = [...(failure.summary ? [failure.summary] : []), ...errorSummaryItems(errors, [{ name: 'roles', label: t('admin.members.roles') }])];

  return (
    <>
      {failure.conflict && (
        <ConflictNotice
          onReload={() => {
            setFailure(NO_FAILURE);
            onReload();
          }}
        />
      )}
      <ErrorSummary items={summary} focusKey={`${submitCount}:${failure.summary?.message ?? ''}`} />
      <form
        noValidate
        className="stack form-narrow"
        onSubmit={form.handleSubmit(({ roles }) => {
          setFailure(NO_FAILURE);
          updateRoles.mutate(
            { body: { roles }, etag },
            {
              onSuccess: () => announce(t('admin.members.rolesSaved', { name: member.name })),
              onError: (error) => setFailure(formFailure(error, FIELDS, form.setError)),
            },
          );
        })}
      >
        <CheckboxGroupField legend={t('admin.members.rolesLegend', { name: member.name })} options={roleOptions()} error={errors.roles?.message} {...form.register('roles')} />
        <Button type="submit" loading={updateRoles.isPending}>
          {t('admin.members.saveRoles')}
        </Button>
      </form>
    </>
  );
}
