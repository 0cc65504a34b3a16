import { describe, expect, it } from 'vitest';
import { checkEmail, checkNewPassword, checkUrl, countCharacters } from './forms';

describe('countCharacters', () => {
  it('counts code points of the NFC form, as the API does', () => {
    expect(countCharacters('😀😀😀😀')).toBe(4);
    expect(countCharacters('e\u0301')).toBe(1);
  });
});

describe('the shared rules', () => {
  it('trims an email and asks for one that looks like an address', () => {
    const fields: Record<string, string> = {};
    expect(checkEmail('  ada@example.com ', fields)).toBe('ada@example.com');
    checkEmail('ada@', fields, 'other');
    expect(fields).toEqual({ other: 'Enter an email address like name@example.com.' });
  });

  it('checks a new password and its confirmation only once the password itself is fine', () => {
    const fields: Record<string, string> = {};
    checkNewPassword({ password: 'short', confirmPassword: 'other' }, 'password', fields);
    expect(fields).toEqual({ password: 'Use at least 8 characters (now 5).' });
  });

  it('treats an empty address as none', () => {
    const fields: Record<string, string> = {};
    expect(checkUrl('  ', 'website', fields)).toBeNull();
    expect(fields).toEqual({});
  });
});
