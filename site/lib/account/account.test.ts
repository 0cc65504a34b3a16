import { describe, expect, it } from 'vitest';
import { hasRole, initialOf, menuLinksFor, parseAccount, parseMessageBody, parseUserBody } from './account';

const me = {
  id: 'u1',
  email: 'ada@example.com',
  displayName: 'Ada <b>Lovelace</b>',
  role: 'editor',
  emailVerified: true,
  bio: null,
  website: 'https://ada.example',
  social: { github: 'https://github.com/ada', myspace: 'https://myspace.example' },
  avatarUrl: null,
};

describe('parseAccount', () => {
  it('accepts the /api/auth/me account and keeps text exactly as sent', () => {
    const account = parseUserBody({ user: me });
    expect(account.displayName).toBe('Ada <b>Lovelace</b>');
    expect(account.role).toBe('editor');
    expect(account.social).toEqual({ github: 'https://github.com/ada' });
  });

  it('rejects an account with an unknown role or a missing field', () => {
    expect(() => parseAccount({ ...me, role: 'root' })).toThrow();
    expect(() => parseAccount({ ...me, email: undefined })).toThrow();
    expect(() => parseAccount({ ...me, emailVerified: 'yes' })).toThrow();
    expect(() => parseUserBody(null)).toThrow();
  });

  it('reads message bodies', () => {
    expect(parseMessageBody({ message: 'Check your inbox' })).toBe('Check your inbox');
    expect(() => parseMessageBody({})).toThrow();
  });
});

describe('menuLinksFor', () => {
  it('gives readers only their settings', () => {
    expect(menuLinksFor('reader').map((l) => l.href)).toEqual(['/account/settings/']);
  });

  it('adds the admin area from author up, and the admin-only pages for admins', () => {
    expect(menuLinksFor('author').map((l) => l.href)).toEqual(['/account/settings/', '/admin/']);
    expect(menuLinksFor('editor').map((l) => l.href)).toEqual(['/account/settings/', '/admin/']);
    expect(menuLinksFor('admin').map((l) => l.href)).toEqual(['/account/settings/', '/admin/', '/admin/users/', '/admin/settings/', '/admin/outbox/']);
  });

  it('orders roles reader < author < editor < admin', () => {
    expect(hasRole('admin', 'editor')).toBe(true);
    expect(hasRole('author', 'editor')).toBe(false);
  });
});

describe('initialOf', () => {
  it('takes the first character as people see it, capitalised', () => {
    expect(initialOf('  maya chen')).toBe('M');
    expect(initialOf('élodie')).toBe('É');
    expect(initialOf('👩‍💻 dev')).toBe('👩‍💻');
    expect(initialOf('')).toBe('?');
  });
});
