import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { KboImportJob } from '../../api/types';
import { Field, useSubmission } from '../../components/Form';
import { Pagination } from '../../components/Pagination';
import { ProblemMessage, asProblem } from '../../components/ProblemMessage';
import { Empty, Loading } from '../../components/States';
import { usePaged } from '../../components/usePaged';
import { useI18n } from '../../i18n/I18n';
import { formatDateTime } from '../../lib/format';

/** How often a running import is asked for its progress. */
export const POLL_MS = 1000;

/** One import: status, a progress bar while it runs, and its report (counts, refused rows with line and reason). */
export function KboImportReport(props: { job: KboImportJob; onCancel?: () => void }) {
  const { t, code } = useI18n();
  const { job } = props;
  const running = job.status === 'QUEUED' || job.status === 'RUNNING';
  const total = Math.max(job.enterprisesTotal, job.enterprisesDone);
  return (
    <div className="kbo-report" data-testid="kbo-report">
      <p>
        <span className={job.status === 'FAILED' ? 'badge warning' : job.status === 'COMPLETED' ? 'badge ok' : 'badge'}>
          {code('importStatus', job.status)}
        </span>{' '}
        {job.source} · {code('importMode', job.mode)}
        {job.dryRun && ` · ${t('kbo.dryRun')}`} · {formatDateTime(job.requestedAt)}
      </p>
      {running && (
        <>
          <label htmlFor={`progress-${job.importId}`}>{t('kbo.progress', { phase: job.phase, done: job.enterprisesDone, total })}</label>
          <progress id={`progress-${job.importId}`} max={total || 1} value={job.enterprisesDone} />
          {props.onCancel && (
            <button type="button" className="secondary" onClick={props.onCancel}>{t('kbo.cancel')}</button>
          )}
        </>
      )}
      <dl className="facts">
        {(['enterprisesDone', 'created', 'updated', 'unchanged', 'statusChanges', 'malformedRows'] as const).map((key) => (
          <div key={key}>
            <dt>{t(`kbo.count.${key}`)}</dt>
            <dd>{job[key]}</dd>
          </div>
        ))}
      </dl>
      {job.failure && <p className="problem" role="alert">{job.failure}</p>}
      {job.errors.length > 0 && (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={t('kbo.errors')}>
          <table>
            <caption>{t('kbo.errorsShown', { shown: job.errors.length, total: job.malformedRows })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('kbo.file')}</th>
                <th scope="col" className="number">{t('kbo.line')}</th>
                <th scope="col">{t('kbo.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {job.errors.map((error) => (
                <tr key={`${error.file}:${error.line}`}>
                  <td>{error.file}</td>
                  <td className="number">{error.line}</td>
                  <td>{error.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

/** Follows one import until it ends, asking for its progress every second. */
function useImportProgress(importId: string | null) {
  const [job, setJob] = useState<KboImportJob | null>(null);
  const [error, setError] = useState<ReturnType<typeof asProblem> | null>(null);
  useEffect(() => {
    if (!importId) {
      return;
    }
    let stopped = false;
    let timer = 0;
    const controller = new AbortController();
    const poll = () => {
      api.kboImport(importId, controller.signal).then(
        (next) => {
          if (stopped) return;
          setJob(next);
          if (next.status === 'QUEUED' || next.status === 'RUNNING') {
            timer = window.setTimeout(poll, POLL_MS);
          }
        },
        (e: unknown) => {
          if (!stopped) setError(asProblem(e));
        },
      );
    };
    poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      controller.abort();
    };
  }, [importId]);
  return { job, setJob, error };
}

/** KBO open-data import: start a full or update import (or a dry run), follow its progress, read its report. */
export function KboImportPage() {
  const { t, code } = useI18n();
  const [source, setSource] = useState('sample');
  const [mode, setMode] = useState<'FULL' | 'UPDATE'>('FULL');
  const [dryRun, setDryRun] = useState(true);
  const [current, setCurrent] = useState<string | null>(null);
  const submission = useSubmission<KboImportJob>();
  const progress = useImportProgress(current);
  const load = useCallback((page: number, signal: AbortSignal) => api.kboImports({ page, size: 10 }, signal), []);
  const history = usePaged(load);
  const [cancelProblem, setCancelProblem] = useState<ReturnType<typeof asProblem> | null>(null);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submission.submit(source.trim() !== '', () => api.startKboImport({ source: source.trim(), mode, dryRun }), (job) => {
      progress.setJob(job);
      setCurrent(job.importId);
    });
  };
  const finished = progress.job && !(progress.job.status === 'QUEUED' || progress.job.status === 'RUNNING');
  const reloadHistory = history.reload;
  useEffect(() => {
    // the history shows the followed import's final report once it ends
    if (finished) reloadHistory();
  }, [finished, reloadHistory]);

  return (
    <>
      <section className="panel" aria-labelledby="kbo-title">
        <h1 id="kbo-title">{t('kbo.title')}</h1>
        <form onSubmit={onSubmit} noValidate className="form">
          <Field id="source" label={t('kbo.source')} hint={t('kbo.sourceHint')} required
            error={submission.tried && source.trim() === '' ? t('form.requiredField') : null}
            serverErrors={submission.serverErrors('source')}>
            {(aria) => <input type="text" value={source} {...aria} onChange={(e) => { setSource(e.target.value); submission.edited('source'); }} />}
          </Field>
          <Field id="mode" label={t('kbo.mode')} serverErrors={submission.serverErrors('mode')}>
            {(aria) => (
              <select value={mode} {...aria} onChange={(e) => setMode(e.target.value as 'FULL' | 'UPDATE')}>
                <option value="FULL">{code('importMode', 'FULL')}</option>
                <option value="UPDATE">{code('importMode', 'UPDATE')}</option>
              </select>
            )}
          </Field>
          <label className="check">
            <input type="checkbox" checked={dryRun} onChange={(e) => setDryRun(e.target.checked)} /> {t('kbo.dryRunExplained')}
          </label>
          {submission.problem && <ProblemMessage problem={submission.problem} fieldsShown={['source', 'mode']} />}
          <div className="form-actions">
            <button type="submit" disabled={submission.submitting}>{t('kbo.start')}</button>
          </div>
        </form>
        {progress.error && <ProblemMessage problem={progress.error} />}
        {cancelProblem && <ProblemMessage problem={cancelProblem} />}
        {progress.job && (
          <div data-testid="kbo-current" aria-live="polite">
            <KboImportReport job={progress.job} onCancel={() => {
              api.cancelKboImport(progress.job!.importId).then(progress.setJob, (e: unknown) => setCancelProblem(asProblem(e)));
            }} />
          </div>
        )}
      </section>
      <section className="panel" aria-labelledby="kbo-history-title">
        <h2 id="kbo-history-title">{t('kbo.history')}</h2>
        {history.result.state === 'loading' && <Loading />}
        {history.result.state === 'failed' && <ProblemMessage problem={history.result.problem} />}
        {history.result.state === 'loaded' && history.result.data.items.length === 0 && <Empty>{t('kbo.none')}</Empty>}
        {history.result.state === 'loaded' && history.result.data.items.length > 0 && (
          <>
            <ul className="kbo-history">
              {history.result.data.items.map((job) => (
                <li key={job.importId}><KboImportReport job={job} /></li>
              ))}
            </ul>
            <Pagination page={history.page} totalPages={history.result.data.totalPages} totalItems={history.result.data.totalItems}
              onPage={history.setPage} label={t('kbo.history')} />
          </>
        )}
      </section>
    </>
  );
}
