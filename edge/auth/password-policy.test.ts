import { dictionary } from '@zxcvbn-ts/language-common';
import { describe, expect, it } from 'vitest';
import { commonPasswords } from './common-passwords';
import { Password, countCodePoints, isCommonPassword } from './password-policy';

const accepts = (password: string) => Password.safeParse(password).success;
const messageFor = (password: string) => Password.safeParse(password).error?.issues[0]?.message;
const PASSPHRASE = 'violet kettles orbit the quiet harbour';

describe('Password', () => {
  it('accepts 8 to 256 characters and rejects 7 and 257', () => {
    expect(accepts('kx9#mQ2')).toBe(false);
    expect(accepts('kx9#mQ2v')).toBe(true);
    expect(accepts('kx9#mQ2v'.repeat(32))).toBe(true);
    expect(accepts(`${'kx9#mQ2v'.repeat(32)}!`)).toBe(false);
  });

  it('counts an emoji as one character, though it is two UTF-16 units', () => {
    expect(countCodePoints('😀')).toBe(1);
    expect(accepts('😀'.repeat(7))).toBe(false);
    expect(accepts('😀'.repeat(8))).toBe(true);
    expect(accepts('😀'.repeat(256))).toBe(true);
    expect(accepts('😀'.repeat(257))).toBe(false);
  });

  it('counts the NFC form, which is what gets hashed', () => {
    expect(countCodePoints('e\u0301'.repeat(4))).toBe(4);
    expect(accepts('e\u0301'.repeat(4))).toBe(false);
    expect(accepts('e\u0301'.repeat(8))).toBe(true);
  });

  it('accepts any script and keeps spaces as typed: no trimming, no truncation', () => {
    for (const password of ['  spaced out  ', 'пароль-для-блога', '密码是一个秘密的东西', 'كلمة مرور طويلة', '\ttab and\nnewline']) {
      expect(Password.parse(password)).toBe(password);
    }
  });

  it('says why a password is rejected', () => {
    expect(messageFor('short')).toBe('must be at least 8 characters long');
    expect(messageFor('x'.repeat(257))).toBe('must be at most 256 characters long');
    expect(messageFor('abcdefgh\ud800')).toBe('must be valid Unicode text');
    expect(accepts(12345678 as unknown as string)).toBe(false);
  });
});

describe('common passwords', () => {
  it('are caught in any case', () => {
    for (const password of ['password1', 'PASSWORD1', 'Password1', 'qwerty123', 'QwErTy123', 'iloveyou', '12345678']) {
      expect(isCommonPassword(password), password).toBe(true);
    }
  });

  it('let an uncommon passphrase through', () => {
    expect(isCommonPassword(PASSPHRASE)).toBe(false);
    expect(accepts(PASSPHRASE)).toBe(true);
  });

  it("are zxcvbn-ts's 10,000 most common of at least 8 characters, as generated", () => {
    const expected = [...new Set(dictionary['passwords-common'].map((p) => p.normalize('NFC').toLowerCase()))]
      .filter((p) => countCodePoints(p) >= 8)
      .slice(0, 10_000);
    expect(commonPasswords.split('\n')).toEqual(expected);
  });
});
