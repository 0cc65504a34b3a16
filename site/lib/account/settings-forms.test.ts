import { describe, expect, it } from 'vitest';
import { checkPasswordChange, checkProfile } from './settings-forms';

describe('checkPasswordChange', () => {
  it('maps current and new password', () => {
    expect(checkPasswordChange({ currentPassword: 'old one!', newPassword: 'a new one', confirmPassword: 'a new one' })).toEqual({
      ok: true,
      request: { currentPassword: 'old one!', newPassword: 'a new one' },
    });
  });

  it('refuses a new password equal to the current one', () => {
    const checked = checkPasswordChange({ currentPassword: 'same thing', newPassword: 'same thing', confirmPassword: 'same thing' });
    expect(!checked.ok && checked.fields).toEqual({ newPassword: 'Choose a password different from the current one.' });
  });
});

describe('checkProfile', () => {
  it('sends the whole profile: empty bio and website as null, only the links that are filled in', () => {
    expect(checkProfile({ displayName: 'Ada', bio: '  ', website: '', 'social.github': 'https://github.com/ada', 'social.x': ' ' })).toEqual({
      ok: true,
      request: { displayName: 'Ada', bio: null, website: null, social: { github: 'https://github.com/ada' } },
    });
  });

  it('wants full http(s) addresses', () => {
    const checked = checkProfile({ displayName: 'Ada', website: 'ada.example', 'social.mastodon': 'javascript:alert(1)' });
    expect(!checked.ok && checked.fields).toEqual({
      website: 'Enter a full address that starts with https://.',
      'social.mastodon': 'Enter a full address that starts with https://.',
    });
  });

  it('limits the bio to 500 characters', () => {
    const checked = checkProfile({ displayName: 'Ada', bio: 'b'.repeat(501) });
    expect(!checked.ok && checked.fields.bio).toBe('Keep the bio to 500 characters (now 501).');
  });
});
