import { AppError } from '@server/platform/errors';

/**
 * The answers shared by several organisation use cases, so the same situation always reads the
 * same to the client. A referenced id from another organisation is answered exactly like one that
 * does not exist.
 */
export const unknownParent = () =>
  new AppError('validation_failed', 'The parent unit does not exist in this organisation.', [{ path: 'body.parentId', code: 'not_found' }]);

/** The referenced focus area is not one of the organisation's own. */
export const unknownFocusArea = () =>
  new AppError('validation_failed', 'The focus area does not exist in this organisation.', [{ path: 'body.focusAreaId', code: 'not_found' }]);

/** Another focus area of the organisation already has the name (in any case). */
export const duplicateFocusAreaName = () =>
  new AppError('conflict', 'The organisation already has a focus area with that name.', [{ path: 'body.name', code: 'duplicate' }]);
