import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { z } from 'zod';
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { ZAddNeedCommentRequest, type TNeed } from '@domain/needs.contracts';
import { isApiError } from '@web/api/api-error';
import { applyFieldIssues } from '@web/api/field-errors';
import { problemText } from '@web/i18n/error-text';
import { zodIssueMessage } from '@web/i18n/zod-messages';
import { ErrorSummary, type TErrorSummaryItem } from '@web/ui/error-summary';
import { errorSummaryItems } from '@web/ui/form-errors';
import { TextareaField } from '@web/ui/form-field';
import { formatDateTime } from '@web/ui/format';
import { useAnnounce } from '@web/ui/live-region';
import { ErrorState, LoadingState } from '@web/ui/states';
import { isPersonalNumberError, personalNumberMessage, serverIssueText, withoutPersonalNumbers } from '@web/features/needs/personal-data-guard';
import { useAddComment, useNeedComments } from '@web/features/needs/needs.api';
import { CommentActions } from '@web/features/needs/need-removal';
import { useRequiredSession } from '@web/app/session';

const ZCommentForm = z.object({ body: withoutPersonalNumbers(ZAddNeedCommentRequest.shape.body) });
type TCommentForm = z.infer<typeof ZCommentForm>;
const FIELDS = ['body'] as const;

/** "Skriv en kommentar": the comment form, with the same personal-data guard as the need form. */
function CommentForm({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const addComment = useAddComment(needId);
  const [formError, setFormError] = useState<TErrorSummaryItem | null>(null);
  const form = useForm<TCommentForm>({ shouldFocusError: false, resolver: zodResolver(ZCommentForm, { error: zodIssueMessage }), defaultValues: { body: '' } });
  const { errors, submitCount } = form.formState;
  const label = t('needs.comments.label');
  const registration = form.register('body');

  const onSubmit = form.handleSubmit((values) => {
    setFormError(null);
    addComment.mutate(
      { body: values.body },
      {
        onSuccess: () => {
          form.reset({ body: '' });
          announce(t('needs.comments.added'));
        },
        onError: (error) => {
          if (isApiError(error, 'validation_failed', 'personal_data_suspected') && error.errors.length > 0) {
            const unmatched = applyFieldIssues(error, FIELDS, form.setError, serverIssueText(() => form.getValues('body')));
            return setFormError(unmatched.length > 0 ? { message: problemText(error) } : null);
          }
          setFormError({ message: problemText(error) });
        },
      },
    );
  });

  const summary = submitCount > 0 || formError ? [...(formError ? [formError] : []), ...errorSummaryItems(errors, [{ name: 'body', label }])] : [];

  return (
    <>
      <ErrorSummary items={summary} focusKey={`${submitCount}:${formError?.message ?? ''}`} />
      <form noValidate className="stack" onSubmit={(event) => void onSubmit(event)}>
        <TextareaField
          label={label}
          description={t('needs.comments.description')}
          error={errors.body?.message}
          rows={4}
          {...registration}
          onBlur={async (event) => {
            await registration.onBlur(event);
            const message = personalNumberMessage(form.getValues('body'));
            if (message) form.setError('body', { type: 'personal_number', message });
            else if (isPersonalNumberError(form.getFieldState('body').error)) form.clearErrors('body');
          }}
        />
        <Button type="submit" loading={addComment.isPending}>
          {t('needs.comments.submit')}
        </Button>
      </form>
    </>
  );
}

/** The need's discussion, oldest first, and the form to add to it when the user may comment. */
export function NeedComments({ need }: { need: TNeed }) {
  const { t } = useTranslation();
  const comments = useNeedComments(need.id);
  const userId = useRequiredSession().user.id;

  const list = () => {
    if (comments.isPending) return <LoadingState />;
    if (comments.isError) return <ErrorState error={comments.error} onRetry={() => void comments.refetch()} />;
    if (comments.items.length === 0) return <Paragraph className="muted">{t('needs.comments.empty')}</Paragraph>;
    return (
      <>
        <ol className="comment-list">
          {comments.items.map((comment) => (
            <li key={comment.id} className="comment">
              <Paragraph data-size="sm" className="comment__meta">
                <strong>{comment.author.name}</strong> <time dateTime={comment.createdAt}>{formatDateTime(comment.createdAt)}</time>
              </Paragraph>
              <Paragraph className="need-text__body">{comment.body}</Paragraph>
              <CommentActions need={need} comment={comment} userId={userId} />
            </li>
          ))}
        </ol>
        {comments.hasNextPage && (
          <Button variant="secondary" onClick={() => void comments.fetchNextPage()} loading={comments.isFetchingNextPage}>
            {t('needs.comments.showMore')}
          </Button>
        )}
      </>
    );
  };

  return (
    <section aria-labelledby="need-comments-heading" className="need-comments">
      <Heading level={2} data-size="sm" id="need-comments-heading">
        {t('needs.comments.heading', { count: need.commentCount })}
      </Heading>
      {list()}
      {need.permissions.canComment ? (
        <CommentForm needId={need.id} />
      ) : (
        need.status === 'merged' && <Paragraph className="muted">{t('needs.comments.closedMerged')}</Paragraph>
      )}
    </section>
  );
}
