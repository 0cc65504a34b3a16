import { describe, expect, it } from 'vitest';
import { checkForgot, checkReset, checkSignIn, checkSignUp } from './entry-forms';

describe('checkSignUp', () => {
  it('maps the form to the sign-up body, trimming the email and name but never the password', () => {
    expect(checkSignUp({ displayName: '  Ada ', email: ' ada@example.com ', password: '  spaced pass  ', confirmPassword: '  spaced pass  ' })).toEqual({
      ok: true,
      request: { email: 'ada@example.com', password: '  spaced pass  ', displayName: 'Ada' },
    });
  });

  it('names every field that needs fixing', () => {
    const checked = checkSignUp({ displayName: '', email: 'not-an-email', password: 'short', confirmPassword: '' });
    expect(checked.ok).toBe(false);
    expect(!checked.ok && Object.keys(checked.fields).sort()).toEqual(['displayName', 'email', 'password']);
    expect(!checked.ok && checked.fields.password).toBe('Use at least 8 characters (now 5).');
  });

  it('counts password length in characters, not UTF-16 units', () => {
    expect(checkSignUp({ displayName: 'A', email: 'a@b.co', password: '😀😀😀😀😀😀😀', confirmPassword: '😀😀😀😀😀😀😀' }).ok).toBe(false);
    expect(checkSignUp({ displayName: 'A', email: 'a@b.co', password: 'пароль-дл', confirmPassword: 'пароль-дл' }).ok).toBe(true);
  });

  it('asks for the same password twice', () => {
    const checked = checkSignUp({ displayName: 'A', email: 'a@b.co', password: 'long enough', confirmPassword: 'long enougH' });
    expect(!checked.ok && checked.fields).toEqual({ confirmPassword: 'The two passwords differ. Type the same password twice.' });
  });

  it('limits the display name to 60 characters', () => {
    const checked = checkSignUp({ displayName: 'x'.repeat(61), email: 'a@b.co', password: 'long enough', confirmPassword: 'long enough' });
    expect(!checked.ok && checked.fields.displayName).toBe('Use at most 60 characters.');
  });
});

describe('checkSignIn', () => {
  it('sends any non-empty password, whatever the current rules', () => {
    expect(checkSignIn({ email: 'a@b.co', password: 'x' })).toEqual({ ok: true, request: { email: 'a@b.co', password: 'x' } });
  });

  it('asks for both fields', () => {
    const checked = checkSignIn({ email: '', password: '' });
    expect(!checked.ok && checked.fields).toEqual({ email: 'Enter your email address.', password: 'Enter your password.' });
  });
});

describe('checkForgot and checkReset', () => {
  it('maps the forgot form to its email', () => {
    expect(checkForgot({ email: 'a@b.co' })).toEqual({ ok: true, request: { email: 'a@b.co' } });
  });

  it('sends the token from the link with the new password', () => {
    expect(checkReset({ password: 'new password', confirmPassword: 'new password' }, 'tok.en')).toEqual({ ok: true, request: { token: 'tok.en', password: 'new password' } });
    expect(checkReset({ password: 'new password', confirmPassword: '' }, 'tok.en').ok).toBe(false);
  });
});
