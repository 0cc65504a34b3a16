import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, resolveSettings, SiteSettingsUpdate } from './definitions';

describe('site settings', () => {
  it('start from the defaults in code', () => {
    expect(resolveSettings([])).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.signUpOpen).toBe(true);
  });

  it('take stored values over defaults, ignoring unknown keys and values of the wrong type', () => {
    expect(resolveSettings([{ key: 'signUpOpen', value: false }, { key: 'gone', value: 1 }]).signUpOpen).toBe(false);
    expect(resolveSettings([{ key: 'signUpOpen', value: 'no' }]).signUpOpen).toBe(true);
  });

  it('accept partial updates of known keys only', () => {
    expect(SiteSettingsUpdate.safeParse({ signUpOpen: false }).success).toBe(true);
    expect(SiteSettingsUpdate.safeParse({ signUpOpen: 'false' }).success).toBe(false);
    expect(SiteSettingsUpdate.safeParse({ isAdmin: true }).success).toBe(false);
  });
});
