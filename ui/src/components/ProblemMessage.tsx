import { ApiError, NETWORK_ERROR } from '../api/client';
import type { Problem } from '../api/types';
import { useI18n, type MessageKey } from '../i18n/I18n';

/** What a failed call means to the user, by status; the server's own title and detail follow. */
export function problemSummaryKey(status: number): MessageKey {
  switch (status) {
    case NETWORK_ERROR:
      return 'problem.network';
    case 400:
    case 422:
      return 'problem.invalid';
    case 401:
      return 'problem.sessionExpired';
    case 403:
      return 'problem.forbidden';
    case 404:
      return 'problem.notFound';
    case 409:
      return 'problem.conflict';
    case 413:
      return 'problem.tooLarge';
    case 502:
    case 503:
    case 504:
      return 'problem.unavailable';
    default:
      return 'problem.unexpected';
  }
}

export function asProblem(error: unknown): Problem {
  if (error instanceof ApiError) {
    return error.problem;
  }
  return { title: String(error), status: -1, errors: [] };
}

/**
 * A failed call, explained: a sentence for the status (a 409 says that someone else changed the record
 * and what to do), the server's detail, and the field errors that no form field shows.
 */
export function ProblemMessage(props: { problem: Problem; fieldsShown?: string[] }) {
  const { t } = useI18n();
  const { problem } = props;
  const shown = props.fieldsShown ?? [];
  const others = (problem.errors ?? []).filter((error) => !shown.some((field) => error.field === field || error.field.startsWith(`${field}.`) || error.field.startsWith(`${field}[`)));
  const serverText = [problem.status > 0 && problem.title !== 'network' ? problem.title : '', problem.detail ?? '']
    .filter(Boolean)
    .join(' — ');
  return (
    <div className="problem" role="alert">
      <p>
        <strong>{t(problemSummaryKey(problem.status))}</strong>
        {serverText && <span className="problem-detail"> {serverText}</span>}
      </p>
      {problem.status === 401 && (
        <p>
          <a className="button" href="/oauth2/authorization/keycloak">{t('session.login')}</a>
        </p>
      )}
      {others.length > 0 && (
        <ul>
          {others.map((error) => (
            <li key={`${error.field}:${error.reason}`}>
              <strong>{error.field}</strong>: {error.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
