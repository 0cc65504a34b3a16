// /admin/settings/: the site settings (edge/settings/definitions.ts). Today one switch: whether
// new accounts can sign up.
import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { requestApi } from '../../lib/api/request';
import { SettingsBody, type SiteSettings } from '../../lib/admin/schemas';
import AccessNotice from './AccessNotice';
import { useApi } from './use-api';

const parseSettings = (body: unknown) => SettingsBody.parse(body).settings;

export default function SiteSettingsForm() {
  const { data, failure, loading, reload, setData } = useApi('/api/settings', parseSettings);
  const [draft, setDraft] = useState<SiteSettings | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const signUpId = useId();

  useEffect(() => {
    if (data) setDraft(data);
  }, [data]);

  const save = async (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!draft) return;
    setBusy(true);
    setStatus(null);
    const result = await requestApi('/api/settings', { method: 'PATCH', body: draft, parse: parseSettings });
    setBusy(false);
    if (!result.ok) {
      setStatus({ kind: 'error', text: `Not saved: ${result.error.message}` });
      return;
    }
    setData(result.data);
    setStatus({ kind: 'success', text: `Saved. New accounts ${result.data.signUpOpen ? 'can' : 'cannot'} sign up.` });
  };

  if (failure && !data) return <AccessNotice failure={failure} here="/admin/settings/" onRetry={reload} />;
  if (loading && !draft) return <p className="muted" role="status">Loading…</p>;
  if (!draft) return null;

  const changed = data !== null && draft.signUpOpen !== data.signUpOpen;
  return (
    <form className="panel admin-form" onSubmit={save}>
      <h2>Accounts</h2>
      <div className="check-field">
        <input id={signUpId} type="checkbox" checked={draft.signUpOpen} aria-describedby={`${signUpId}-hint`} onChange={(event) => setDraft({ ...draft, signUpOpen: event.target.checked })} />
        <label htmlFor={signUpId}>Allow new sign-ups</label>
        <p className="field-hint" id={`${signUpId}-hint`}>
          When off, the sign-up page refuses new accounts. Existing accounts sign in as before.
        </p>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save settings'}
        </button>
        <p className="form-status" role="status">
          {changed && !busy && !status ? 'Unsaved changes' : ''}
        </p>
      </div>
      <div role="status" className={status ? `notice notice-${status.kind} settings-result` : undefined}>
        {status && <p>{status.text}</p>}
      </div>
    </form>
  );
}
