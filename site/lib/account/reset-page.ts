// /account/reset/?token=…: see site/pages/account/reset.astro.
import { requestApi } from '../api/request';
import { parseMessageBody } from './account';
import { $, reveal, takeToken } from './dom';
import { bindForm } from './form-controller';
import { checkReset } from './entry-forms';
import { publishAccount } from './session';

export function initResetPage(): void {
  const form = $<HTMLFormElement>('form[data-reset-form]');
  const token = takeToken();
  if (!token) {
    form.hidden = true;
    $('[data-reset-missing]').hidden = false;
    return;
  }
  bindForm(form, {
    check: (values) => checkReset(values, token),
    send: (body) => requestApi('/api/auth/reset', { method: 'POST', body, parse: parseMessageBody }),
    busyText: 'Changing your password…',
    errors: {
      codeFields: { password_too_common: 'password' },
      messages: { invalid_token: 'This link is invalid, used or expired. Ask for a new one below.' },
    },
    onSuccess: (message) => {
      // Every session ended, this browser's included (the API cleared its cookies).
      publishAccount(null);
      $('[data-reset-message]').textContent = message;
      reveal($('[data-reset-done]'), form);
    },
  });
}
