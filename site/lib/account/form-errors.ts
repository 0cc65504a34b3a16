// An API failure as a form shows it: messages on the fields the API named (details[].field such as
// `json.password` or `json.social.github`, or a code that belongs to one field) and one message for
// the form as a whole. Written for people: the API's messages are already sentences, zod's terse
// ones are reworded.
import type { ApiFailure } from '../api/request';
import type { FieldErrors } from './forms';

export interface FormErrors {
  /** For the whole form (wrong credentials, too many tries, offline), or null. */
  form: string | null;
  fields: FieldErrors;
}

export interface ErrorMapping {
  /** The form's field names, as the API names them (`password`, `social.github`). */
  fields: readonly string[];
  /** Codes that belong to one field of this form: `{ password_too_common: 'newPassword' }`. */
  codeFields?: Readonly<Record<string, string>>;
  /** Replacement messages by code, where this form knows better words than the API. */
  messages?: Readonly<Record<string, string>>;
}

/** "in 45 seconds", "in 10 minutes", "in about 3 hours". */
export function describeRetryAfter(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `in ${s} second${s === 1 ? '' : 's'}`;
  const minutes = Math.ceil(s / 60);
  if (minutes < 60) return `in ${minutes} minute${minutes === 1 ? '' : 's'}`;
  const hours = Math.round(s / 3600);
  return `in about ${hours} hour${hours === 1 ? '' : 's'}`;
}

/** A message as a sentence: capital first letter, closing full stop. */
export function asSentence(message: string): string {
  const text = message.trim();
  if (!text) return text;
  const capital = text[0]!.toLocaleUpperCase() + text.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}

/** zod's terse messages in the words the forms use elsewhere. */
export function rewordIssue(message: string): string {
  const max = /<=\s*(\d+)/.exec(message);
  if (/too big|too long|at most/i.test(message) && max) return `Use at most ${max[1]} characters.`;
  const min = />=\s*(\d+)/.exec(message);
  if (/too small|too short|at least/i.test(message) && min) return `Use at least ${min[1]} characters.`;
  if (/invalid url/i.test(message)) return 'Enter a full address that starts with https://.';
  if (/invalid email/i.test(message)) return 'Enter an email address like name@example.com.';
  return asSentence(message);
}

/** `json.social.github` → `social.github`; other targets (query, param) keep their full path. */
export const fieldOfIssue = (path: string): string => path.replace(/^json\./, '');

export function mapApiFailure(failure: ApiFailure, mapping: ErrorMapping): FormErrors {
  const fields: FieldErrors = {};
  const known = new Set(mapping.fields);
  const custom = mapping.messages?.[failure.code];

  if (failure.code === 'rate_limited') {
    const what = failure.message.split(';')[0]?.trim() || 'Too many attempts';
    const when = failure.retryAfterSeconds === undefined ? 'later' : describeRetryAfter(failure.retryAfterSeconds);
    return { form: `${asSentence(what).replace(/\.$/, '')}. Try again ${when}.`, fields };
  }

  const codeField = mapping.codeFields?.[failure.code];
  if (codeField && known.has(codeField)) {
    fields[codeField] = custom ?? asSentence(failure.message);
    return { form: null, fields };
  }

  if (failure.code === 'invalid_request' && failure.issues.length > 0) {
    const stray: string[] = [];
    for (const issue of failure.issues) {
      const field = fieldOfIssue(issue.field);
      if (known.has(field)) fields[field] ??= rewordIssue(issue.message);
      else stray.push(field === 'json' ? issue.message : `${field}: ${issue.message}`);
    }
    return { form: stray.length > 0 ? asSentence(stray.join('; ')) : null, fields };
  }

  return { form: custom ?? asSentence(failure.message), fields };
}
