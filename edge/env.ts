import type { DbEnv } from '../db/client';

/**
 * Bindings come from `wrangler types` (edge/worker-configuration.d.ts, generated on install).
 * Optional secrets live in .dev.vars / `wrangler secret`, which the generator cannot see when
 * they are unset, so they are declared here once.
 */
export type Bindings = Env & Pick<DbEnv, 'LIBSQL_URL' | 'LIBSQL_AUTH_TOKEN'>;

export type AppEnv = {
  Bindings: Bindings;
  Variables: { requestId: string };
};
