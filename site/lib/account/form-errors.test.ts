import { describe, expect, it } from 'vitest';
import type { ApiFailure } from '../api/request';
import { asSentence, describeRetryAfter, mapApiFailure, rewordIssue } from './form-errors';

const failure = (code: string, message: string, extra: Partial<ApiFailure> = {}): ApiFailure => ({ code, message, status: 400, issues: [], ...extra });

describe('mapApiFailure', () => {
  it('puts invalid_request details on the fields they name, json. prefix dropped', () => {
    const errors = mapApiFailure(
      failure('invalid_request', 'json.password: must be at least 8 characters long', {
        issues: [
          { field: 'json.password', message: 'must be at least 8 characters long' },
          { field: 'json.social.github', message: 'Invalid URL' },
        ],
      }),
      { fields: ['email', 'password', 'social.github'] },
    );
    expect(errors).toEqual({ form: null, fields: { password: 'Must be at least 8 characters long.', 'social.github': 'Enter a full address that starts with https://.' } });
  });

  it('keeps issues about fields the form does not have for the form as a whole', () => {
    const errors = mapApiFailure(failure('invalid_request', 'x', { issues: [{ field: 'json', message: 'Unrecognized key: "role"' }] }), { fields: ['email'] });
    expect(errors).toEqual({ form: 'Unrecognized key: "role".', fields: {} });
  });

  it('puts a code that belongs to one field on that field', () => {
    const message = 'This password is one of the most common in leaked password lists, so attackers try it first. Choose another one.';
    expect(mapApiFailure(failure('password_too_common', message), { fields: ['newPassword'], codeFields: { password_too_common: 'newPassword' } })).toEqual({
      form: null,
      fields: { newPassword: message },
    });
    expect(
      mapApiFailure(failure('invalid_credentials', 'The current password is wrong', { status: 401 }), { fields: ['currentPassword'], codeFields: { invalid_credentials: 'currentPassword' } }),
    ).toEqual({ form: null, fields: { currentPassword: 'The current password is wrong.' } });
  });

  it('shows wrong credentials for the whole form', () => {
    expect(mapApiFailure(failure('invalid_credentials', 'The email or the password is wrong', { status: 401 }), { fields: ['email', 'password'] })).toEqual({
      form: 'The email or the password is wrong.',
      fields: {},
    });
  });

  it('says when to retry after a 429', () => {
    const limited = failure('rate_limited', 'Too many failed sign-ins; try again later', { status: 429, retryAfterSeconds: 600 });
    expect(mapApiFailure(limited, { fields: [] }).form).toBe('Too many failed sign-ins. Try again in 10 minutes.');
    expect(mapApiFailure({ ...limited, message: 'Too many attempts; try again later', retryAfterSeconds: undefined }, { fields: [] }).form).toBe('Too many attempts. Try again later.');
  });

  it('uses the form\'s own words for a code when it has them', () => {
    expect(mapApiFailure(failure('sign_up_closed', 'New accounts are not being accepted right now', { status: 403 }), { fields: [], messages: { sign_up_closed: 'Sign-up is closed.' } }).form).toBe(
      'Sign-up is closed.',
    );
  });
});

describe('describeRetryAfter', () => {
  it('rounds up to seconds, minutes, then hours', () => {
    expect(describeRetryAfter(1)).toBe('in 1 second');
    expect(describeRetryAfter(45)).toBe('in 45 seconds');
    expect(describeRetryAfter(60)).toBe('in 1 minute');
    expect(describeRetryAfter(61)).toBe('in 2 minutes');
    expect(describeRetryAfter(3600)).toBe('in about 1 hour');
    expect(describeRetryAfter(86_400)).toBe('in about 24 hours');
  });
});

describe('message wording', () => {
  it('makes a sentence of a message', () => {
    expect(asSentence('must be valid')).toBe('Must be valid.');
    expect(asSentence('Done!')).toBe('Done!');
  });

  it('rewords zod limits the way the forms say them', () => {
    expect(rewordIssue('Too big: expected string to have <=60 characters')).toBe('Use at most 60 characters.');
    expect(rewordIssue('Too small: expected string to have >=1 characters')).toBe('Use at least 1 characters.');
    expect(rewordIssue('Invalid email address')).toBe('Enter an email address like name@example.com.');
  });
});
