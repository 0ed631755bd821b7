import type { Db } from '@server/platform/db/database';
import { recordAudit } from '@server/platform/audit/audit';
import { deleteInvitationRow } from '@server/modules/members/members.repository';
import { presentInvitation } from '@server/modules/members/members.presenters';
import { onOwnInvitation, type Invited, type RequestInfo } from '@server/modules/members/own-invitation';

/** Declines the logged-in person's invitation; the inviting organisation's audit log says so. */
export async function declineInvitation(db: Db, person: Invited, id: string, info: RequestInfo): Promise<void> {
  await onOwnInvitation(db, person, id, info, async (tx, ctx, invitation) => {
    await deleteInvitationRow(tx, ctx, id);
    await recordAudit(tx, ctx, { action: 'member.invitation_declined', entityType: 'invitation', entityId: id, before: presentInvitation(invitation) });
  });
}
