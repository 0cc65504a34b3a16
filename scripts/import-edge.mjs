// Lets Node scripts import edge/ modules, whose relative imports omit the `.ts` extension (the
// Worker bundler resolves them; Node's ESM resolver does not). Node strips the types itself.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !specifier.startsWith('.') || specifier.endsWith('.ts')) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});

/** Imports an edge/ module by its path from the repository root, e.g. 'edge/auth/password-policy.ts'. */
export const importEdge = (path) => import(new URL(`../${path}`, import.meta.url).href);
