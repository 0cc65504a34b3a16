import type { DbEnv } from '../db/client';
import type { ValidSession } from './auth/session-queries';
import type { MailEnv } from './mail/providers';

/**
 * Bindings come from `wrangler types` (edge/worker-configuration.d.ts, generated on install).
 * Optional secrets live in .dev.vars / `wrangler secret`, which the generator cannot see when
 * they are unset, so they are declared here once.
 */
export type Bindings = Env & Pick<DbEnv, 'LIBSQL_URL' | 'LIBSQL_AUTH_TOKEN'> & MailEnv;

export type AppEnv = {
  Bindings: Bindings;
  Variables: { requestId: string; session: ValidSession | null };
};
