// /account/sign-up/: see site/pages/account/sign-up.astro.
import { requestApi } from '../api/request';
import { parseMessageBody } from './account';
import { $, reveal } from './dom';
import { bindForm } from './form-controller';
import { checkSignUp } from './entry-forms';

export function initSignUpPage(): void {
  const form = $<HTMLFormElement>('form[data-sign-up-form]');
  bindForm(form, {
    check: checkSignUp,
    send: (body) => requestApi('/api/auth/sign-up', { method: 'POST', body, parse: parseMessageBody }),
    busyText: 'Creating your account…',
    errors: {
      codeFields: { password_too_common: 'password' },
      messages: { sign_up_closed: 'New accounts are not being accepted right now. Please try again later.' },
    },
    // The API answers the same for an address that already has an account, so this says only what
    // is true either way.
    onSuccess: (_message, request) => {
      $('[data-sign-up-message]').textContent = `We sent an email to ${request.email}. Follow its link to confirm your address.`;
      $('[data-sign-up-links]').hidden = true;
      reveal($('[data-sign-up-done]'), form);
    },
  });
}
