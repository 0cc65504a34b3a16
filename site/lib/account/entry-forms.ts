// The signed-out account forms (sign-up, sign-in, forgot, reset): fields to request bodies, with
// the shared rules of ./forms.
import { checkEmail, checkNewPassword, checkDisplayName, result, type Checked, type FieldErrors, type FormValues } from './forms';

export function checkSignUp(values: FormValues): Checked<{ email: string; password: string; displayName: string }> {
  const fields: FieldErrors = {};
  const displayName = checkDisplayName(values.displayName, fields);
  const email = checkEmail(values.email, fields);
  const password = checkNewPassword(values, 'password', fields);
  return result(fields, { email, password, displayName });
}

/** Sign-in checks presence only: an old password must keep working whatever today's rules are. */
export function checkSignIn(values: FormValues): Checked<{ email: string; password: string }> {
  const fields: FieldErrors = {};
  const email = checkEmail(values.email, fields);
  const password = values.password ?? '';
  if (!password) fields.password = 'Enter your password.';
  return result(fields, { email, password });
}

export function checkForgot(values: FormValues): Checked<{ email: string }> {
  const fields: FieldErrors = {};
  const email = checkEmail(values.email, fields);
  return result(fields, { email });
}

export function checkReset(values: FormValues, token: string): Checked<{ token: string; password: string }> {
  const fields: FieldErrors = {};
  const password = checkNewPassword(values, 'password', fields);
  return result(fields, { token, password });
}
