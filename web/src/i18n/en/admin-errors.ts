import type { TTranslation } from '@web/i18n/translation';

/** English texts of the adminErrors pages (part of `en.ts`). */
export const adminErrors: TTranslation['adminErrors'] = {
  in_use: 'It is already in use, for example by needs, so it cannot be deleted. Archive it instead – its history stays, but it can no longer be chosen.',
  has_children: 'The unit has sub-units. Move or delete them first, or archive the unit instead.',
  cycle: 'A unit cannot be placed under itself or one of its own sub-units.',
  last_admin: 'The organisation must keep at least one active administrator. Make someone else administrator first.',
  self: 'You cannot do this with your own account.',
  account_shared: 'The account also belongs to another organisation, so only the user herself can change it. You can change her roles here or remove her from this organisation.',
  duplicate: 'There is already a focus area with that name.',
  already_member: 'The person is already a member of the organisation. Open her in the list to change her roles.',
  not_found: 'What you chose no longer exists. Reload the page and choose again.',
};
