import { useCallback, useState, type FormEvent } from 'react';
import { api } from '../../api/client';
import type { IndicatorReport } from '../../api/types';
import { Field } from '../../components/Form';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Empty, Loading } from '../../components/States';
import { useLoad } from '../../components/usePaged';
import { useI18n } from '../../i18n/I18n';
import { formatDate } from '../../lib/format';
import { parseBelgianDate } from '../housing/RecordLocationRequestForm';

type Row = IndicatorReport['rows'][number];

/** Prefixes under which a dimension code is translated, tried in order. */
const DIMENSION_PREFIXES = ['poleName', 'agency', 'referralState', 'outcome', 'statistic', 'activity'];

/** An ISO date at midnight in Brussels, as an instant the CRM reads. */
function brusselsMidnight(iso: string): string {
  const probe = new Date(`${iso}T12:00:00Z`);
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Brussels', hour: '2-digit', hourCycle: 'h23' }).format(probe));
  const offset = hour - 12;
  return new Date(Date.parse(`${iso}T00:00:00Z`) - offset * 3600_000).toISOString();
}

/**
 * One indicator as a bar chart drawn as a table (each bar with its number, so the figures are read by
 * screen readers and copied as text), or a single figure for a total.
 */
export function IndicatorChart(props: { indicator: string; rows: Row[] }) {
  const { t, code, language } = useI18n();
  const dimensionLabel = (dimension: string) => {
    if (dimension.includes('>')) {
      return dimension.split('>').map((part) => code('agency', part)).join(' → ');
    }
    for (const prefix of DIMENSION_PREFIXES) {
      const label = code(prefix, dimension);
      if (label !== code('', dimension)) {
        return label;
      }
    }
    return code('', dimension);
  };
  const number = (value: number) => new Intl.NumberFormat(`${language}-BE`, { maximumFractionDigits: 1 }).format(value);
  const total = props.rows.find((row) => row.dimension === '');
  const bars = props.rows.filter((row) => row.dimension !== '');
  const max = Math.max(1, ...bars.map((row) => row.value));
  return (
    <section className="panel indicator" aria-labelledby={`ind-${props.indicator}`} data-testid={`indicator-${props.indicator}`}>
      <h2 id={`ind-${props.indicator}`}>{code('indicator', props.indicator)}</h2>
      {total && <p className="figure">{number(total.value)}</p>}
      {bars.length > 0 && (
        <table className="bars">
          <caption className="visually-hidden">{code('indicator', props.indicator)}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{t('dashboard.dimension')}</th>
              <th scope="col">{t('dashboard.value')}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((row) => (
              <tr key={row.dimension}>
                <th scope="row">{dimensionLabel(row.dimension)}</th>
                <td>
                  <span className="chart-bar" style={{ width: `${(row.value / max) * 100}%` }} aria-hidden="true" />
                  <span className="bar-value">{number(row.value)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The SBA dashboard: aggregates for a period, as charts, with the same figures as a CSV download. */
export function DashboardPage() {
  const { t } = useI18n();
  const [fromText, setFromText] = useState('');
  const [untilText, setUntilText] = useState('');
  const [period, setPeriod] = useState<{ from?: string; until?: string }>({});
  const [tried, setTried] = useState(false);
  const fromIso = fromText.trim() ? parseBelgianDate(fromText) : null;
  const untilIso = untilText.trim() ? parseBelgianDate(untilText) : null;
  const fromError = fromText.trim() && !fromIso ? t('form.dateFormat') : null;
  const untilError = untilText.trim() && !untilIso ? t('form.dateFormat') : null;
  const load = useCallback((signal: AbortSignal) => api.indicators(period, signal), [period]);
  const { result } = useLoad<IndicatorReport>(load);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (fromError || untilError) {
      return;
    }
    setPeriod({
      from: fromIso ? brusselsMidnight(fromIso) : undefined,
      until: untilIso ? brusselsMidnight(untilIso) : undefined,
    });
  };
  const groups = new Map<string, Row[]>();
  if (result.state === 'loaded') {
    for (const row of result.data.rows) {
      groups.set(row.indicator, [...(groups.get(row.indicator) ?? []), row]);
    }
  }
  return (
    <>
      <section className="panel" aria-labelledby="dashboard-title">
        <h1 id="dashboard-title">{t('nav.dashboard')}</h1>
        <p className="lead">{t('dashboard.lead')}</p>
        <form className="period" onSubmit={apply} noValidate>
          <Field id="from" label={t('dashboard.from')} hint={t('form.datePlaceholder')} error={tried ? fromError : null}>
            {(aria) => <input type="text" inputMode="numeric" value={fromText} {...aria} onChange={(e) => setFromText(e.target.value)} />}
          </Field>
          <Field id="until" label={t('dashboard.until')} hint={t('form.datePlaceholder')} error={tried ? untilError : null}>
            {(aria) => <input type="text" inputMode="numeric" value={untilText} {...aria} onChange={(e) => setUntilText(e.target.value)} />}
          </Field>
          <div className="form-actions">
            <button type="submit">{t('dashboard.apply')}</button>
            <a className="button secondary" href={api.indicatorsCsvUrl(period)} download="sba-indicators.csv" data-testid="csv-export">
              {t('dashboard.csv')}
            </a>
          </div>
        </form>
        {result.state === 'loaded' && (
          <p className="hint">{t('dashboard.period', { from: formatDate(result.data.from), until: formatDate(result.data.until) })}</p>
        )}
      </section>
      {result.state === 'loading' && <Loading />}
      {result.state === 'failed' && <ProblemMessage problem={result.problem} />}
      {result.state === 'loaded' && groups.size === 0 && <Empty>{t('dashboard.empty')}</Empty>}
      {result.state === 'loaded' && groups.size > 0 && (
        <div className="indicators">
          {[...groups.entries()].map(([indicator, rows]) => (
            <IndicatorChart key={indicator} indicator={indicator} rows={rows} />
          ))}
        </div>
      )}
    </>
  );
}
