import { createRoute, z } from '@hono/zod-openapi';
import { generateCodeVerifier, generateState } from 'arctic';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { createDb } from '../../db/client';
import { OAUTH_PROVIDERS } from '../../db/schema/oauth-accounts';
import { setOAuthCookies, setSessionCookies, takeOAuthCookies } from '../auth/cookies';
import { describeDevice } from '../auth/device';
import { safeNextPath } from '../auth/next-path';
import { configuredProviders } from '../auth/oauth/providers';
import { resolveOAuthUser } from '../auth/oauth/sign-in';
import { createSession } from '../auth/session-queries';
import { ApiError } from '../errors';
import { createRouter, errorResponses, jsonContent as json } from '../validate';

const ProviderParams = z.object({ provider: z.enum(OAUTH_PROVIDERS).openapi({ param: { name: 'provider', in: 'path' } }) });

const providersRoute = createRoute({
  method: 'get',
  path: '/auth/oauth/providers',
  tags: ['Accounts'],
  summary: 'Social sign-in providers configured on this site',
  responses: { 200: { description: 'Providers', content: json(z.object({ providers: z.array(z.enum(OAUTH_PROVIDERS)) })) } },
});

const startRoute = createRoute({
  method: 'get',
  path: '/auth/oauth/{provider}',
  tags: ['Accounts'],
  summary: 'Start a social sign-in: sets short-lived state and PKCE cookies and redirects to the provider',
  request: { params: ProviderParams, query: z.object({ next: z.string().max(512).optional() }) },
  responses: { 302: { description: 'To the provider' }, ...errorResponses(400, 404) },
});

const callbackRoute = createRoute({
  method: 'get',
  path: '/auth/oauth/{provider}/callback',
  tags: ['Accounts'],
  summary: 'Where the provider sends the browser back; signs in and redirects',
  request: { params: ProviderParams, query: z.object({ code: z.string().max(2048).optional(), state: z.string().max(256).optional(), error: z.string().max(256).optional() }) },
  responses: { 302: { description: 'Signed in (to the page it started from) or back to the sign-in page with ?error=' }, ...errorResponses(400, 404) },
});

const sameText = (a: string, b: string) => a.length === b.length && constantTimeEqual(new TextEncoder().encode(a), new TextEncoder().encode(b));

export const oauthRoutes = createRouter()
  .openapi(providersRoute, (c) => c.json({ providers: Object.keys(configuredProviders(c.env, c.env.SITE_URL)) as (typeof OAUTH_PROVIDERS)[number][] }, 200))
  .openapi(startRoute, (c) => {
    const provider = configuredProviders(c.env, c.env.SITE_URL)[c.req.valid('param').provider];
    if (!provider) throw new ApiError('provider_not_configured', 404, 'This sign-in provider is not set up on this site');
    const state = generateState();
    const verifier = generateCodeVerifier();
    setOAuthCookies(c, { state, verifier, next: safeNextPath(c.req.valid('query').next) });
    return c.redirect(provider.authorizationUrl(state, verifier).href, 302);
  })
  .openapi(callbackRoute, async (c) => {
    const { provider: name } = c.req.valid('param');
    const provider = configuredProviders(c.env, c.env.SITE_URL)[name];
    if (!provider) throw new ApiError('provider_not_configured', 404, 'This sign-in provider is not set up on this site');
    const started = takeOAuthCookies(c);
    const { code, state, error } = c.req.valid('query');
    const back = (code: string) => c.redirect(`/account/sign-in/?error=${encodeURIComponent(code)}`, 302);
    if (error) return back('oauth_denied');
    if (!code || !state || !started.state || !started.verifier || !sameText(state, started.state)) return back('oauth_state_mismatch');
    try {
      const db = createDb(c.env);
      const now = new Date();
      const user = await resolveOAuthUser(db, name, await provider.profile(code, started.verifier), now);
      const session = await createSession(db, user.id, describeDevice(c.req.header('user-agent')), now);
      setSessionCookies(c, session.token, session.expiresAt);
      return c.redirect(safeNextPath(started.next), 302);
    } catch (err) {
      if (err instanceof ApiError) return back(err.code);
      console.error(`[${c.get('requestId')}] oauth callback`, err);
      return back('oauth_failed');
    }
  });
