// Social sign-in providers behind one interface, on arctic's OAuth 2.0 client with state and PKCE
// (S256) for both. A provider is enabled when its client id and secret are configured. Tests
// answer the providers' endpoints from a stand-in server (vitest.config.ts outboundService), so
// this code runs unchanged there.
import { CodeChallengeMethod, decodeIdToken, OAuth2Client } from 'arctic';
import { z } from 'zod';
import type { OAuthProvider as ProviderName } from '../../../db/schema/oauth-accounts';

export interface OAuthProfile {
  providerUserId: string;
  /** Null when the provider has no verified address for the user. */
  verifiedEmail: string | null;
  name: string;
}

export interface OAuthProvider {
  name: ProviderName;
  authorizationUrl(state: string, codeVerifier: string): URL;
  /** Exchanges the code and reads who signed in. */
  profile(code: string, codeVerifier: string): Promise<OAuthProfile>;
}

export interface OAuthEnv {
  GITHUB_CLIENT_ID?: string;
  GITHUB_CLIENT_SECRET?: string;
  GOOGLE_CLIENT_ID?: string;
  GOOGLE_CLIENT_SECRET?: string;
}

const GitHubUser = z.object({ id: z.number(), login: z.string(), name: z.string().nullable().optional() });
const GitHubEmails = z.array(z.object({ email: z.string(), primary: z.boolean(), verified: z.boolean() }));
const GoogleClaims = z.object({ sub: z.string(), email: z.string().optional(), email_verified: z.boolean().optional(), name: z.string().optional() });

async function getJson(url: string, accessToken: string): Promise<unknown> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json', 'user-agent': 'BlogX' } });
  if (!res.ok) throw new Error(`${url} answered ${res.status}`);
  return res.json();
}

function github(clientId: string, secret: string, redirectUri: string): OAuthProvider {
  const client = new OAuth2Client(clientId, secret, redirectUri);
  return {
    name: 'github',
    authorizationUrl: (state, verifier) =>
      client.createAuthorizationURLWithPKCE('https://github.com/login/oauth/authorize', state, CodeChallengeMethod.S256, verifier, ['read:user', 'user:email']),
    async profile(code, verifier) {
      const tokens = await client.validateAuthorizationCode('https://github.com/login/oauth/access_token', code, verifier);
      const user = GitHubUser.parse(await getJson('https://api.github.com/user', tokens.accessToken()));
      const emails = GitHubEmails.parse(await getJson('https://api.github.com/user/emails', tokens.accessToken()));
      const primary = emails.find((e) => e.primary && e.verified);
      return { providerUserId: String(user.id), verifiedEmail: primary?.email ?? null, name: user.name || user.login };
    },
  };
}

function google(clientId: string, secret: string, redirectUri: string): OAuthProvider {
  const client = new OAuth2Client(clientId, secret, redirectUri);
  return {
    name: 'google',
    authorizationUrl: (state, verifier) =>
      client.createAuthorizationURLWithPKCE('https://accounts.google.com/o/oauth2/v2/auth', state, CodeChallengeMethod.S256, verifier, ['openid', 'email', 'profile']),
    async profile(code, verifier) {
      const tokens = await client.validateAuthorizationCode('https://oauth2.googleapis.com/token', code, verifier);
      // The ID token came straight from Google's token endpoint over TLS, so its claims are trusted
      // without checking the signature (OpenID Connect Core 3.1.3.7).
      const claims = GoogleClaims.parse(decodeIdToken(tokens.idToken()));
      return { providerUserId: claims.sub, verifiedEmail: claims.email_verified && claims.email ? claims.email : null, name: claims.name ?? claims.email ?? 'Google user' };
    },
  };
}

/** The configured providers, keyed by name. */
export function configuredProviders(env: OAuthEnv, siteUrl: string): Partial<Record<ProviderName, OAuthProvider>> {
  const callback = (name: ProviderName) => new URL(`/api/auth/oauth/${name}/callback`, siteUrl).href;
  return {
    ...(env.GITHUB_CLIENT_ID && env.GITHUB_CLIENT_SECRET ? { github: github(env.GITHUB_CLIENT_ID, env.GITHUB_CLIENT_SECRET, callback('github')) } : {}),
    ...(env.GOOGLE_CLIENT_ID && env.GOOGLE_CLIENT_SECRET ? { google: google(env.GOOGLE_CLIENT_ID, env.GOOGLE_CLIENT_SECRET, callback('google')) } : {}),
  };
}
