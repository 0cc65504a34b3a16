import type { DbEnv } from '../db/client';
import type { ValidSession } from './auth/session-queries';
import type { MailEnv } from './mail/providers';
import type { OAuthEnv } from './auth/oauth/providers';

/**
 * Bindings come from `wrangler types` (edge/worker-configuration.d.ts, generated on install).
 * Optional secrets live in .dev.vars / `wrangler secret`, which the generator cannot see when
 * they are unset, so they are declared here once.
 */
export type Bindings = Env &
  Pick<DbEnv, 'LIBSQL_URL' | 'LIBSQL_AUTH_TOKEN'> &
  MailEnv &
  OAuthEnv & {
    /** Key of the client-key hash (edge/rate-limit/client-key.ts); npm start writes one into .dev.vars. */
    CLIENT_KEY_SECRET: string;
    /** Bootstrap: the account that verifies this address becomes an admin (README, "First admin"). */
    ADMIN_EMAIL?: string;
    /** "development" only in .dev.vars: opens /admin/outbox/ to everyone so local flows can be completed. */
    BLOGX_ENV?: string;
    /** "1" only in tests and benchmarks: lets a request name its client key. */
    TEST_CLIENT_KEYS?: string;
  };

export type AppEnv = {
  Bindings: Bindings;
  Variables: { requestId: string; session: ValidSession | null };
};
