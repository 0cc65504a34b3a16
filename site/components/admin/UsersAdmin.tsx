// /admin/users/: find accounts by name or email, filter by role, change a role with a select. A
// refused change (the last admin, say) puts the select back and says why.
import { useEffect, useId, useState, type SubmitEvent } from 'react';
import { isRole, ROLES, type Role } from '../../lib/account/account';
import { loadAccount } from '../../lib/account/session';
import { formatDateTime } from '../../lib/account/time';
import { requestApi } from '../../lib/api/request';
import { UserBody, UserList, type UserSummary } from '../../lib/admin/schemas';
import { describeRange, USERS_PAGE_SIZE, usersQuery, type UserFilter } from '../../lib/admin/users';
import AccessNotice from './AccessNotice';
import { useApi } from './use-api';

const parseList = (body: unknown) => UserList.parse(body);
const parseUser = (body: unknown) => UserBody.parse(body).user;
const roleLabel = (role: Role) => role[0]!.toUpperCase() + role.slice(1);

export default function UsersAdmin() {
  const [draft, setDraft] = useState<{ q: string; role: Role | '' }>({ q: '', role: '' });
  const [filter, setFilter] = useState<UserFilter>({ q: '', role: '', offset: 0 });
  const { data, failure, loading, reload, setData } = useApi(usersQuery(filter), parseList);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState<string | null>(null);
  const [myId, setMyId] = useState<string | null>(null);
  const searchId = useId();
  const roleId = useId();

  useEffect(() => {
    void loadAccount().then((state) => state.status === 'signed-in' && setMyId(state.account.id));
    // The search form also works before hydration, as a plain GET form: pick up its query here.
    const params = new URLSearchParams(location.search);
    const q = params.get('q') ?? '';
    const role = params.get('role') ?? '';
    const start = { q, role: isRole(role) ? role : ('' as const) };
    if (start.q || start.role) {
      setDraft(start);
      setFilter({ ...start, offset: 0 });
    }
  }, []);

  const search = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter({ ...draft, offset: 0 });
  };

  const changeRole = async (user: UserSummary, role: Role) => {
    if (user.id === myId && role !== 'admin' && !window.confirm(`Make yourself ${role}? You will lose access to this page.`)) return;
    setSaving(user.id);
    setMessage(null);
    const result = await requestApi(`/api/users/${encodeURIComponent(user.id)}`, { method: 'PATCH', body: { role }, parse: parseUser });
    setSaving(null);
    if (!result.ok) {
      setMessage({ kind: 'error', text: `Could not change the role of ${user.displayName}: ${result.error.message}` });
      return;
    }
    if (data) setData({ ...data, users: data.users.map((u) => (u.id === user.id ? result.data : u)) });
    setMessage({ kind: 'success', text: `${result.data.displayName} is now ${result.data.role}.` });
  };

  const users = data?.users ?? [];
  const total = data?.total ?? 0;

  return (
    <>
      <form className="toolbar" role="search" aria-label="Find accounts" onSubmit={search}>
        <div className="field">
          <label htmlFor={searchId}>Name or email</label>
          <input id={searchId} name="q" type="search" maxLength={100} autoComplete="off" value={draft.q} onChange={(event) => setDraft({ ...draft, q: event.target.value })} />
        </div>
        <div className="field field-narrow">
          <label htmlFor={roleId}>Role</label>
          <select id={roleId} name="role" value={draft.role} onChange={(event) => setDraft({ ...draft, role: event.target.value as Role | '' })}>
            <option value="">All roles</option>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {roleLabel(role)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          Search
        </button>
      </form>

      <div className={message ? `notice notice-${message.kind}` : undefined} role="status">
        {message && <p>{message.text}</p>}
      </div>
      <p className="form-status" aria-live="polite">
        {loading ? 'Loading…' : data ? describeRange(filter.offset, users.length, total) : ''}
      </p>
      {failure && <AccessNotice failure={failure} here="/admin/users/" onRetry={reload} />}

      {users.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Accounts, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Email confirmed</th>
                <th scope="col">Joined</th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id}>
                  <th scope="row">
                    {user.displayName}
                    {user.id === myId && <span className="muted"> (you)</span>}
                  </th>
                  <td>{user.email}</td>
                  <td>
                    <select
                      aria-label={`Role of ${user.displayName}`}
                      value={user.role}
                      disabled={saving === user.id}
                      onChange={(event) => void changeRole(user, event.target.value as Role)}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {roleLabel(role)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{user.emailVerified ? <span className="badge badge-success">Yes</span> : <span className="badge badge-muted">No</span>}</td>
                  <td className="nowrap">
                    <time dateTime={user.createdAt}>{formatDateTime(user.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {data && users.length === 0 && !loading && <p className="muted">No accounts match.</p>}
      {total > USERS_PAGE_SIZE && (
        <nav className="pagination" aria-label="Pages of accounts">
          <button type="button" className="button button-small" disabled={filter.offset === 0} onClick={() => setFilter({ ...filter, offset: Math.max(0, filter.offset - USERS_PAGE_SIZE) })}>
            Previous
          </button>
          <span className="pagination-status">{describeRange(filter.offset, users.length, total)}</span>
          <button type="button" className="button button-small" disabled={filter.offset + USERS_PAGE_SIZE >= total} onClick={() => setFilter({ ...filter, offset: filter.offset + USERS_PAGE_SIZE })}>
            Next
          </button>
        </nav>
      )}
    </>
  );
}
