// /admin/outbox/: every email the site sent or queued, newest first. Select one to read it: the
// HTML part renders in an iframe with an empty sandbox (no scripts, no navigation, no same-origin
// access), the text part as text, and the text part's links as plain links.
import { useEffect, useId, useRef, useState, type SubmitEvent } from 'react';
import { formatDateTime } from '../../lib/account/time';
import { extractLinks, outboxQuery } from '../../lib/admin/outbox';
import { OutboxList, type OutboxMessage } from '../../lib/admin/schemas';
import AccessNotice from './AccessNotice';
import { useApi } from './use-api';

const parseOutbox = (body: unknown) => OutboxList.parse(body).messages;

function MessageView({ message }: { message: OutboxMessage }) {
  const links = extractLinks(message.text);
  const ref = useRef<HTMLElement>(null);
  // Opening a message moves focus (and the view) to it.
  useEffect(() => ref.current?.focus(), [message.id]);
  return (
    <section className="panel outbox-message" aria-labelledby="outbox-message-title" tabIndex={-1} ref={ref}>
      <h2 id="outbox-message-title">{message.subject}</h2>
      <dl className="outbox-meta">
        <dt>To</dt>
        <dd>{message.to}</dd>
        <dt>Template</dt>
        <dd>{message.template}</dd>
        <dt>Status</dt>
        <dd>
          {message.status} ({message.attempts} {message.attempts === 1 ? 'attempt' : 'attempts'})
        </dd>
        <dt>Created</dt>
        <dd>
          <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
        </dd>
        {message.sentAt && (
          <>
            <dt>Sent</dt>
            <dd>
              <time dateTime={message.sentAt}>{formatDateTime(message.sentAt)}</time>
            </dd>
          </>
        )}
      </dl>
      {links.length > 0 && (
        <>
          <h3>Links in this message</h3>
          <ul className="outbox-links">
            {links.map((href) => (
              <li key={href}>
                <a href={href}>{href}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>HTML part</h3>
      <iframe className="outbox-frame" sandbox="" srcDoc={message.html} title={`HTML part of the message “${message.subject}”`} />
      <h3>Text part</h3>
      <pre className="outbox-text">{message.text}</pre>
    </section>
  );
}

export default function OutboxViewer() {
  const [recipient, setRecipient] = useState('');
  const [filter, setFilter] = useState('');
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { data: messages, failure, loading, reload } = useApi(outboxQuery(filter), parseOutbox);
  const inputId = useId();

  // The filter form also works before hydration, as a plain GET form: pick up its ?to= here.
  useEffect(() => {
    const to = new URLSearchParams(location.search).get('to')?.trim();
    if (to) {
      setRecipient(to);
      setFilter(to);
    }
  }, []);

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilter(recipient.trim());
    setSelectedId(null);
  };
  const selected = messages?.find((message) => message.id === selectedId) ?? null;

  return (
    <>
      <form className="toolbar" role="search" aria-label="Filter messages" onSubmit={submit}>
        <div className="field">
          <label htmlFor={inputId}>Recipient</label>
          <input id={inputId} type="email" name="to" autoComplete="off" placeholder="name@example.com" value={recipient} onChange={(event) => setRecipient(event.target.value)} />
        </div>
        <button type="submit" className="button">
          Filter
        </button>
        {filter && (
          <button
            type="button"
            className="button"
            onClick={() => {
              setRecipient('');
              setFilter('');
            }}
          >
            Show all
          </button>
        )}
        <button type="button" className="button" onClick={reload}>
          Refresh
        </button>
      </form>
      <p className="form-status" role="status">
        {loading ? 'Loading…' : messages ? `${messages.length} ${messages.length === 1 ? 'message' : 'messages'}${filter ? ` to ${filter}` : ''}, newest first.` : ''}
      </p>
      {failure && failure.code === 'invalid_request' ? (
        <div className="notice notice-error" role="alert">
          <p>Enter a whole email address to filter by recipient.</p>
        </div>
      ) : (
        failure && <AccessNotice failure={failure} here="/admin/outbox/" onRetry={reload} />
      )}
      {messages && messages.length > 0 && (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">Sent and queued email</caption>
            <thead>
              <tr>
                <th scope="col">To</th>
                <th scope="col">Subject</th>
                <th scope="col">Template</th>
                <th scope="col">Status</th>
                <th scope="col">Time</th>
              </tr>
            </thead>
            <tbody>
              {messages.map((message) => (
                <tr key={message.id} className={message.id === selectedId ? 'is-selected' : undefined}>
                  <td>{message.to}</td>
                  <td>
                    <button type="button" className="row-button" aria-pressed={message.id === selectedId} onClick={() => setSelectedId(message.id === selectedId ? null : message.id)}>
                      {message.subject}
                    </button>
                  </td>
                  <td className="nowrap">{message.template}</td>
                  <td className="nowrap">{message.status}</td>
                  <td className="nowrap">
                    <time dateTime={message.createdAt}>{formatDateTime(message.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {messages && messages.length === 0 && !loading && <p className="muted">No messages{filter ? ` to ${filter}` : ''} yet.</p>}
      {selected && <MessageView message={selected} />}
    </>
  );
}
