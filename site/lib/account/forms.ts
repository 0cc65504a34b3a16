// The rules the account forms share: each form's fields (named as the API names them, so server
// errors map back by name) are checked with these before a round trip and turned into a request
// body (./entry-forms for the signed-out pages, ./settings-forms for settings; split so each page
// loads only its own). The API stays the authority (it also rejects the 10,000 most common
// passwords); these only catch what a person can fix at once. Messages say what to do.

export type FormValues = Readonly<Record<string, string>>;
export type FieldErrors = Record<string, string>;
export type Checked<T> = { ok: true; request: T } | { ok: false; fields: FieldErrors };

/** The API's password rules (edge/auth/password-policy.ts), counted the same way: code points of the NFC form. */
export const PASSWORD_MIN_CHARACTERS = 8;
export const PASSWORD_MAX_CHARACTERS = 256;
export const DISPLAY_NAME_MAX_CHARACTERS = 60;
export const BIO_MAX_CHARACTERS = 500;
export const URL_MAX_CHARACTERS = 200;

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export const countCharacters = (text: string): number => [...text.normalize('NFC')].length;

export function checkEmail(value: string | undefined, fields: FieldErrors, name = 'email'): string {
  const email = (value ?? '').trim();
  if (!email) fields[name] = 'Enter your email address.';
  else if (!EMAIL_SHAPE.test(email) || email.length > 254) fields[name] = 'Enter an email address like name@example.com.';
  return email;
}

export function checkNewPassword(values: FormValues, name: string, fields: FieldErrors): string {
  const password = values[name] ?? '';
  const length = countCharacters(password);
  if (!password) fields[name] = 'Choose a password.';
  else if (length < PASSWORD_MIN_CHARACTERS) fields[name] = `Use at least ${PASSWORD_MIN_CHARACTERS} characters (now ${length}).`;
  else if (length > PASSWORD_MAX_CHARACTERS) fields[name] = `Use at most ${PASSWORD_MAX_CHARACTERS} characters (now ${length}).`;
  if (!fields[name]) {
    const confirmation = values.confirmPassword ?? '';
    if (!confirmation) fields.confirmPassword = 'Type the new password again.';
    else if (confirmation !== password) fields.confirmPassword = 'The two passwords differ. Type the same password twice.';
  }
  return password;
}

export function checkDisplayName(value: string | undefined, fields: FieldErrors): string {
  const name = (value ?? '').trim();
  if (!name) fields.displayName = 'Enter the name to show with your comments and posts.';
  else if (countCharacters(name) > DISPLAY_NAME_MAX_CHARACTERS) fields.displayName = `Use at most ${DISPLAY_NAME_MAX_CHARACTERS} characters.`;
  return name;
}

/** An optional web address: empty is null; otherwise a full http(s) URL. */
export function checkUrl(value: string | undefined, name: string, fields: FieldErrors): string | null {
  const text = (value ?? '').trim();
  if (!text) return null;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) fields[name] = 'Enter a full address that starts with https://.';
  else if (text.length > URL_MAX_CHARACTERS) fields[name] = `Use at most ${URL_MAX_CHARACTERS} characters.`;
  return text;
}

export const result = <T>(fields: FieldErrors, request: T): Checked<T> => (Object.keys(fields).length > 0 ? { ok: false, fields } : { ok: true, request });

