import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { INITIATIVE_ROLE_KINDS } from '@domain/gate-facts';
import { ROLE_KINDS_BY_FORM } from '@domain/process';
import type { TInitiativeProcess } from '@domain/process.contracts';
import { problemText } from '@web/i18n/error-text';
import { SelectField } from '@web/ui/form-field';
import { useAnnounce } from '@web/ui/live-region';
import { useNameRole, useRemoveRole, useRoleCandidates } from '@web/features/process/process.api';

/**
 * The people named on the initiative (projektägare, projektledare, styrgrupp … or ansvarig), and,
 * for those who may, a form to name a member and buttons to take someone off a role.
 */
export function RolesSection({ process, etag }: { process: TInitiativeProcess; etag: string | null }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const canManage = process.permissions.canManage;
  const candidates = useRoleCandidates(process.initiativeId, canManage);
  const name = useNameRole(process.initiativeId);
  const remove = useRemoveRole(process.initiativeId);
  const [formError, setFormError] = useState<string | null>(null);
  const kindLabel = (kind: string) => t(`process.roles.kinds.${kind as (typeof INITIATIVE_ROLE_KINDS)[number]}`);
  const suggested = ROLE_KINDS_BY_FORM[process.form];
  const kindOptions = [...suggested, ...INITIATIVE_ROLE_KINDS.filter((kind) => !suggested.includes(kind))].map((kind) => ({ value: kind, label: kindLabel(kind) }));

  const [kind, setKind] = useState('');
  const [userId, setUserId] = useState('');

  /** The choice is cleared at once, so the next person can be chosen while this one is saved; a refusal puts it back. */
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!kind || !userId) {
      setFormError(t('process.roles.chooseBoth'));
      return;
    }
    setFormError(null);
    const person = candidates.data?.find((candidate) => candidate.id === userId)?.name ?? '';
    setKind('');
    setUserId('');
    name.mutate(
      { kind, userId, etag },
      {
        onSuccess: () => announce(t('process.roles.named', { name: person, kind: kindLabel(kind) })),
        onError: () => {
          setKind(kind);
          setUserId(userId);
        },
      },
    );
  };

  return (
    <section aria-labelledby="roles-heading" className="stack">
      <Heading level={2} data-size="sm" id="roles-heading">
        {t('process.roles.heading')}
      </Heading>
      {process.roles.length === 0 ? (
        <Paragraph>{t('process.roles.none')}</Paragraph>
      ) : (
        <dl className="process-roles">
          {INITIATIVE_ROLE_KINDS.filter((kind) => process.roles.some((role) => role.kind === kind)).map((kind) => (
            <div key={kind}>
              <dt>{kindLabel(kind)}</dt>
              {process.roles
                .filter((role) => role.kind === kind)
                .map((role) => (
                  <dd key={role.id}>
                    {role.person.name}
                    {canManage && (
                      <Button
                        variant="tertiary"
                        data-size="sm"
                        onClick={() => remove.mutate({ roleId: role.id, etag }, { onSuccess: () => announce(t('process.roles.removed', { name: role.person.name, kind: kindLabel(role.kind) })) })}
                      >
                        {t('process.roles.remove', { name: role.person.name, kind: kindLabel(role.kind).toLocaleLowerCase('sv-SE') })}
                      </Button>
                    )}
                  </dd>
                ))}
            </div>
          ))}
        </dl>
      )}
      {canManage && (
        <form className="list-filters" onSubmit={submit} aria-labelledby="roles-add-heading" noValidate>
          <Heading level={3} data-size="2xs" id="roles-add-heading" className="process-roles__add">
            {t('process.roles.add')}
          </Heading>
          <SelectField
            label={t('process.roles.kind')}
            name="roleKind"
            id="role-kind"
            value={kind}
            onChange={(event) => setKind(event.target.value)}
            placeholder={t('process.roles.choose')}
            options={kindOptions}
          />
          <SelectField
            label={t('process.roles.person')}
            name="rolePerson"
            id="role-person"
            value={userId}
            onChange={(event) => setUserId(event.target.value)}
            placeholder={t('process.roles.choose')}
            options={(candidates.data ?? []).map((person) => ({ value: person.id, label: person.name }))}
            error={formError ?? undefined}
          />
          <div className="list-filters__actions">
            <Button type="submit" loading={name.isPending}>
              {t('process.roles.submit')}
            </Button>
          </div>
        </form>
      )}
      {(name.isError || remove.isError) && <Paragraph data-color="danger">{problemText(name.error ?? remove.error)}</Paragraph>}
    </section>
  );
}
