// What sign-up, reset and password change accept as a new password (issue 5, after NIST SP
// 800-63B): 8 to 256 characters, any Unicode, never trimmed or truncated, and not one of the most
// common passwords from real breaches. No composition rules: length and the blocklist do the work.
// Sign-in should not apply this policy: an old password must keep working after the list grows.
// No runtime imports but zod and the list, so Node scripts (create-admin) can use it too.
import { z } from 'zod';
import { commonPasswords } from './common-passwords';

export const PASSWORD_MIN_CODE_POINTS = 8;
export const PASSWORD_MAX_CODE_POINTS = 256;

/**
 * Length as people count characters, near enough: Unicode code points of the NFC form, which is
 * what gets hashed. "😀" is one (two UTF-16 units), e + combining acute is one (é); an emoji built
 * with joiners (👩‍💻) is three, and a flag two.
 */
export function countCodePoints(password: string): number {
  let count = 0;
  for (const _ of password.normalize('NFC')) count++;
  return count;
}

export const Password = z
  .string()
  .describe(`${PASSWORD_MIN_CODE_POINTS} to ${PASSWORD_MAX_CODE_POINTS} characters (Unicode code points), any script, spaces kept as typed`)
  .superRefine((password, ctx) => {
    // A lone surrogate has no UTF-8 encoding: it would be hashed as U+FFFD, silently.
    if (!password.isWellFormed()) {
      ctx.addIssue({ code: 'custom', message: 'must be valid Unicode text', input: password });
      return;
    }
    const length = countCodePoints(password);
    if (length < PASSWORD_MIN_CODE_POINTS) {
      ctx.addIssue({
        code: 'too_small',
        origin: 'string',
        minimum: PASSWORD_MIN_CODE_POINTS,
        inclusive: true,
        input: password,
        message: `must be at least ${PASSWORD_MIN_CODE_POINTS} characters long`,
      });
    } else if (length > PASSWORD_MAX_CODE_POINTS) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'string',
        maximum: PASSWORD_MAX_CODE_POINTS,
        inclusive: true,
        input: password,
        message: `must be at most ${PASSWORD_MAX_CODE_POINTS} characters long`,
      });
    }
  });
export type Password = z.infer<typeof Password>;

let common: Set<string> | undefined;

/**
 * Whether the password, ignoring case, is one of the 10,000 most common breached passwords of at
 * least 8 characters (edge/auth/common-passwords.ts; shorter ones fail the length rule first).
 * The set is built on first use, once per isolate: most requests never check a password.
 */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(commonPasswords.split('\n'));
  return common.has(password.normalize('NFC').toLowerCase());
}
