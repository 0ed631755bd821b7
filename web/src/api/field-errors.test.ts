import { describe, expect, it } from 'vitest';
import { ApiError } from '@web/api/api-error';
import { applyFieldIssues, fieldNameOfPath, matchField } from '@web/api/field-errors';

describe('mapping problem paths to form fields', () => {
  it('drops the request part of the path', () => {
    expect(fieldNameOfPath('body.title')).toBe('title');
    expect(fieldNameOfPath('body.benefit.target')).toBe('benefit.target');
    expect(fieldNameOfPath('querystring.cursor')).toBe('cursor');
    expect(fieldNameOfPath('title')).toBe('title');
  });

  it('matches an array element to the field that holds the array', () => {
    expect(matchField('body.affectedGroups.2', ['title', 'affectedGroups'])).toBe('affectedGroups');
    expect(matchField('body.benefit.target', ['benefit', 'benefit.target'])).toBe('benefit.target');
    expect(matchField('body.unknown', ['title'])).toBeUndefined();
  });

  it('marks each field once and hands back what no field matched', () => {
    const error = new ApiError({
      status: 400,
      code: 'personal_data_suspected',
      errors: [
        { path: 'body.problem', code: 'personal_number' },
        { path: 'body.problem', code: 'too_big' },
        { path: 'body.secret', code: 'unrecognized_keys' },
      ],
    });
    const marked: [string, string][] = [];
    const unmatched = applyFieldIssues(error, ['title', 'problem'] as const, (name, e) => marked.push([name, e.message]), (issue) => `text for ${issue.code}`);
    expect(marked).toEqual([['problem', 'text for personal_number']]);
    expect(unmatched).toEqual([{ path: 'body.secret', code: 'unrecognized_keys' }]);
  });
});
