import type { TTranslation } from '@web/i18n/translation';

/** English texts of the adminErrors pages (part of `en.ts`). */
export const adminErrors: TTranslation['adminErrors'] = {
  in_use: 'It is already in use, for example by needs, so it cannot be deleted. Archive it instead – its history stays, but it can no longer be chosen.',
  has_children: 'The unit has sub-units. Move or delete them first, or archive the unit instead.',
  cycle: 'A unit cannot be placed under itself or one of its own sub-units.',
  last_admin: 'The organisation must keep at least one active administrator. Make someone else administrator first.',
  self: 'You cannot do this with your own account.',
  account_elsewhere: 'The account belongs to another organisation. You can change the roles here or remove the membership.',
  domain_not_owned: 'The e-mail address is not in one of the organisation’s e-mail domains, so no account can be created for it here. Invite the person instead.',
  domain_owned: 'The e-mail address is in the organisation’s own e-mail domain. Add the person as a user instead of inviting them.',
  already_invited: 'The address already has a pending invitation. Withdraw it first if you want to invite again.',
  must_change_password: 'Choose a password of your own before you accept an invitation.',
  duplicate: 'There is already a focus area with that name.',
  already_member: 'The person is already a member of the organisation. Open her in the list to change her roles.',
  not_found: 'What you chose no longer exists. Reload the page and choose again.',
};
