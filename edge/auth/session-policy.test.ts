import { describe, expect, it } from 'vitest';
import { judgeSession, sessionExpiry, SESSION_ABSOLUTE_LIFETIME_SECONDS, SESSION_IDLE_TIMEOUT_SECONDS } from './session-policy';

const T0 = new Date('2026-01-01T00:00:00Z');
const later = (seconds: number) => new Date(T0.getTime() + seconds * 1000);

describe('judgeSession', () => {
  it('keeps a session used a minute ago valid without rewriting its idle clock', () => {
    expect(judgeSession({ createdAt: T0, lastVerifiedAt: T0 }, later(60))).toEqual({ valid: true, refresh: false, expiresAt: later(SESSION_IDLE_TIMEOUT_SECONDS) });
  });

  it('refreshes the idle clock once an hour has passed since the last write', () => {
    const verdict = judgeSession({ createdAt: T0, lastVerifiedAt: T0 }, later(3600));
    expect(verdict).toEqual({ valid: true, refresh: true, expiresAt: later(3600 + SESSION_IDLE_TIMEOUT_SECONDS) });
  });

  it('ends a session idle for the whole timeout', () => {
    expect(judgeSession({ createdAt: T0, lastVerifiedAt: T0 }, later(SESSION_IDLE_TIMEOUT_SECONDS))).toEqual({ valid: false });
    expect(judgeSession({ createdAt: T0, lastVerifiedAt: T0 }, later(SESSION_IDLE_TIMEOUT_SECONDS - 1)).valid).toBe(true);
  });

  it('ends an active session at its absolute lifetime', () => {
    const now = later(SESSION_ABSOLUTE_LIFETIME_SECONDS);
    expect(judgeSession({ createdAt: T0, lastVerifiedAt: later(SESSION_ABSOLUTE_LIFETIME_SECONDS - 60) }, now)).toEqual({ valid: false });
  });
});

describe('sessionExpiry', () => {
  it('is capped by the absolute lifetime near the end of a long session', () => {
    const lastVerifiedAt = later(SESSION_ABSOLUTE_LIFETIME_SECONDS - 86_400);
    expect(sessionExpiry({ createdAt: T0, lastVerifiedAt })).toEqual(later(SESSION_ABSOLUTE_LIFETIME_SECONDS));
  });
});
