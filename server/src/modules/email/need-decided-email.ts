import { FORM_LABELS, type DecisionOutcome, type InitiativeForm } from '@domain/decisions.contracts';
import type { Tx } from '@server/platform/db/database';
import type { Ctx } from '@server/platform/tenancy/context';
import { queueEmail } from '@server/modules/email/queue-email';

const swedishDate = (iso: string) => new Date(`${iso}T12:00:00Z`).toLocaleDateString('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What happened to the need, as the end of a Swedish sentence. */
function outcomeSentence(outcome: DecisionOutcome, form: InitiativeForm | null, parkedUntil: string | null): string {
  if (outcome === 'reject') return 'har avslagits.';
  if (outcome === 'park') return parkedUntil ? `har parkerats till ${swedishDate(parkedUntil)}.` : 'har parkerats.';
  return form ? `ska genomföras som ${FORM_LABELS[form].toLowerCase()}.` : 'ska genomföras.';
}

/**
 * Queues the e-mail telling a need's submitter that it was decided (beside the in-app notification,
 * in the deciding transaction). Only the need's number, title and the outcome: the rationale stays
 * in Digiplan, behind the link. Nobody is e-mailed about their own decision.
 */
export async function queueNeedDecidedEmail(
  tx: Tx,
  ctx: Pick<Ctx, 'organizationId' | 'actor'>,
  input: { submittedBy: string; needId: string; needNumber: number; needTitle: string; outcome: DecisionOutcome; form: InitiativeForm | null; parkedUntil: string | null },
): Promise<void> {
  if (input.submittedBy === ctx.actor.id) return;
  await queueEmail(tx, {
    organizationId: ctx.organizationId,
    toUserId: input.submittedBy,
    kind: 'need_decided',
    subject: `Beslut om ditt behov nr ${input.needNumber}: ${input.needTitle}`,
    text: [
      'Hej!',
      '',
      `Behovet nr ${input.needNumber} ”${input.needTitle}” som du lämnade in ${outcomeSentence(input.outcome, input.form, input.parkedUntil)}`,
      '',
      'Beslutet och dess motivering finns i Digiplan.',
    ].join('\n'),
    link: `/behov/${input.needId}`,
  });
}
