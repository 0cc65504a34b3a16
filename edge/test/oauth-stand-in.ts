// A stand-in for GitHub's and Google's OAuth endpoints, answering the Worker's outbound fetches in
// worker tests (vitest.config.ts outboundService). Stateless: the test mints an authorization
// code that carries the profile and the PKCE challenge the authorize URL asked for; the token
// endpoint checks the verifier against that challenge as the real servers do.
import { createHash } from 'node:crypto';

export interface StandInProfile {
  id: string;
  email: string;
  emailVerified: boolean;
  name: string;
}

const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = <T>(value: string): T => JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as T;

/** What the provider would put in the redirect after the user consents. */
export const mintAuthorizationCode = (profile: StandInProfile, codeChallenge: string) => encode({ profile, codeChallenge });

const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

async function tokenResponse(request: Request, provider: 'github' | 'google'): Promise<Response> {
  const form = new URLSearchParams(await request.text());
  const { profile, codeChallenge } = decode<{ profile: StandInProfile; codeChallenge: string }>(form.get('code') ?? 'e30');
  const challenge = createHash('sha256').update(form.get('code_verifier') ?? '').digest('base64url');
  if (challenge !== codeChallenge) return json({ error: 'invalid_grant', error_description: 'PKCE verification failed' }, 400);
  const accessToken = encode(profile);
  if (provider === 'github') return json({ access_token: accessToken, token_type: 'bearer', scope: 'read:user,user:email' });
  const idToken = [encode({ alg: 'none' }), encode({ sub: profile.id, email: profile.email, email_verified: profile.emailVerified, name: profile.name }), 'sig'].join('.');
  return json({ access_token: accessToken, token_type: 'Bearer', expires_in: 3600, id_token: idToken });
}

export async function oauthStandIn(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const bearer = (request.headers.get('authorization') ?? '').replace(/^Bearer /, '');
  switch (`${request.method} ${url.origin}${url.pathname}`) {
    case 'POST https://github.com/login/oauth/access_token':
      return tokenResponse(request, 'github');
    case 'POST https://oauth2.googleapis.com/token':
      return tokenResponse(request, 'google');
    case 'GET https://api.github.com/user': {
      const profile = decode<StandInProfile>(bearer);
      return json({ id: Number(profile.id), login: profile.name.toLowerCase().replace(/\W+/g, ''), name: profile.name });
    }
    case 'GET https://api.github.com/user/emails': {
      const profile = decode<StandInProfile>(bearer);
      return json([{ email: profile.email, primary: true, verified: profile.emailVerified }]);
    }
    default:
      return new Response(`no stand-in for ${request.method} ${request.url}`, { status: 502 });
  }
}
