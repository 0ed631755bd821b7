import i18next from 'i18next';
import type { $ZodRawIssue } from 'zod/v4/core';

/**
 * Swedish (or English) messages for zod issues in forms, so the shared contracts in `domain/`
 * can validate in the browser without carrying UI text. Pass as `zodResolver(schema, { error:
 * zodIssueMessage })`; fields with special wording override it in the page.
 */
export function zodIssueMessage(issue: $ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null || issue.input === ''
        ? i18next.t('fieldIssue.required')
        : issue.expected === 'number'
          ? i18next.t('fieldIssue.number')
          : i18next.t('fieldIssue.invalid');
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return min <= 1 || issue.input === '' ? i18next.t('fieldIssue.required') : i18next.t('fieldIssue.tooShort', { min });
      if (issue.origin === 'array' || issue.origin === 'set') return i18next.t('fieldIssue.chooseAtLeastOne');
      return i18next.t('fieldIssue.tooSmall', { min });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      return issue.origin === 'string' ? i18next.t('fieldIssue.tooLong', { max }) : i18next.t('fieldIssue.tooBig', { max });
    }
    case 'invalid_format':
      if (issue.format === 'email') return i18next.t('fieldIssue.email');
      if (issue.format === 'date') return i18next.t('fieldIssue.date');
      return i18next.t('fieldIssue.invalid');
    case 'custom':
    case 'invalid_element':
    case 'invalid_key':
    case 'invalid_union':
    case 'invalid_value':
    case 'not_multiple_of':
    case 'unrecognized_keys':
      return i18next.t('fieldIssue.invalid');
  }
}
