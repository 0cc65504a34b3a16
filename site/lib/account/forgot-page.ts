// /account/forgot/: see site/pages/account/forgot.astro.
import { requestApi } from '../api/request';
import { parseMessageBody } from './account';
import { $, reveal } from './dom';
import { bindForm } from './form-controller';
import { checkForgot } from './entry-forms';

export function initForgotPage(): void {
  const form = $<HTMLFormElement>('form[data-forgot-form]');
  bindForm(form, {
    check: checkForgot,
    send: (body) => requestApi('/api/auth/forgot', { method: 'POST', body, parse: parseMessageBody }),
    busyText: 'Sending…',
    onSuccess: (message) => {
      $('[data-forgot-message]').textContent = message;
      reveal($('[data-forgot-done]'), form);
    },
  });
}
