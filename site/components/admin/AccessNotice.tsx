// What an admin island shows instead of its content when the API refuses it (see
// site/lib/admin/access.ts), or when loading failed for another reason.
import type { ApiFailure } from '../../lib/api/request';
import { accessProblem } from '../../lib/admin/access';

interface Props {
  failure: ApiFailure;
  /** This page's path, to come back to after signing in. */
  here: string;
  onRetry?: () => void;
}

export default function AccessNotice({ failure, here, onRetry }: Props) {
  const problem = accessProblem(failure, here);
  if (problem?.kind === 'sign-in') {
    return (
      <div className="notice" role="alert">
        <p>
          This page is for admins. <a href={problem.href}>Sign in</a> with an admin account to use it.
        </p>
      </div>
    );
  }
  if (problem?.kind === 'forbidden') {
    return (
      <div className="notice notice-error" role="alert">
        <p>You are signed in, but this page is for admins only, so there is nothing to show here.</p>
      </div>
    );
  }
  return (
    <div className="notice notice-error" role="alert">
      <p>Could not load this page's data: {failure.message}</p>
      {onRetry && (
        <p>
          <button type="button" className="button button-small" onClick={onRetry}>
            Try again
          </button>
        </p>
      )}
    </div>
  );
}
