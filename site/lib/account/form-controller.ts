// Wires an account form: check on submit, send, show errors where they belong. Markup comes from
// site/components/account/ (Field, ErrorSummary, FormStatus); the rules for each form are in
// ./forms and ./form-errors. On failure every field error sits under its field (aria-invalid, tied
// by aria-describedby) and the summary above the form lists them as links and takes focus; while
// a request is in flight the submit button is disabled and the status line says what is happening.
import type { ApiResult } from '../api/request';
import { mapApiFailure, type ErrorMapping, type FormErrors } from './form-errors';
import type { Checked, FormValues } from './forms';

export interface FormBinding<T, R> {
  check: (values: FormValues) => Checked<T>;
  send: (request: T) => Promise<ApiResult<R>>;
  errors?: Omit<ErrorMapping, 'fields'>;
  /** Said in the status line while the request is in flight ("Signing in…"). */
  busyText: string;
  onSuccess: (data: R, request: T) => void | Promise<void>;
}

const controls = (form: HTMLFormElement) =>
  [...form.elements].filter((el): el is HTMLInputElement | HTMLTextAreaElement => (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) && Boolean(el.name) && !el.hidden);

export function readValues(form: HTMLFormElement): FormValues {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') values[name] = value;
  return values;
}

/** The status line of a form (role="status"), for progress and success. */
export function setStatus(form: HTMLFormElement, text: string): void {
  const status = form.querySelector<HTMLElement>('[data-form-status]');
  if (status) status.textContent = text;
}

function fieldLabel(form: HTMLFormElement, control: HTMLElement): string {
  const label = form.querySelector(`label[for="${CSS.escape(control.id)}"]`);
  return (label?.querySelector('[data-label-text]') ?? label)?.textContent?.trim() ?? control.getAttribute('name') ?? '';
}

export function showErrors(form: HTMLFormElement, errors: FormErrors): void {
  const items: HTMLLIElement[] = [];
  if (errors.form) {
    const item = document.createElement('li');
    item.textContent = errors.form;
    items.push(item);
  }
  for (const control of controls(form)) {
    const message = errors.fields[control.name];
    const errorBox = form.querySelector<HTMLElement>(`#${CSS.escape(control.id)}-error`);
    const hintId = `${control.id}-hint`;
    const describedBy = [form.querySelector(`#${CSS.escape(hintId)}`) ? hintId : '', message && errorBox ? errorBox.id : ''].filter(Boolean);
    if (describedBy.length > 0) control.setAttribute('aria-describedby', describedBy.join(' '));
    else control.removeAttribute('aria-describedby');
    if (message) control.setAttribute('aria-invalid', 'true');
    else control.removeAttribute('aria-invalid');
    if (errorBox) {
      errorBox.textContent = message ?? '';
      errorBox.hidden = !message;
    }
    if (message) {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = `#${control.id}`;
      link.textContent = `${fieldLabel(form, control)}: ${message}`;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        control.focus();
      });
      item.append(link);
      items.push(item);
    }
  }
  const summary = form.querySelector<HTMLElement>('[data-error-summary]');
  if (!summary) return;
  summary.querySelector('ul')?.replaceChildren(...items);
  summary.hidden = items.length === 0;
  if (items.length > 0) summary.focus();
}

export const clearErrors = (form: HTMLFormElement): void => showErrors(form, { form: null, fields: {} });

export function bindForm<T, R>(form: HTMLFormElement, binding: FormBinding<T, R>): void {
  const submit = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  let busy = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (busy) return;
    setStatus(form, '');
    const checked = binding.check(readValues(form));
    if (!checked.ok) {
      showErrors(form, { form: null, fields: checked.fields });
      return;
    }
    clearErrors(form);
    busy = true;
    form.setAttribute('aria-busy', 'true');
    if (submit) submit.disabled = true;
    setStatus(form, binding.busyText);
    const result = await binding.send(checked.request);
    busy = false;
    form.removeAttribute('aria-busy');
    if (submit) submit.disabled = false;
    setStatus(form, '');
    if (result.ok) {
      await binding.onSuccess(result.data, checked.request);
      return;
    }
    showErrors(form, mapApiFailure(result.error, { ...binding.errors, fields: controls(form).map((control) => control.name) }));
  });
}
