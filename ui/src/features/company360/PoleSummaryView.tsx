import type { PoleSummary } from '../../api/types';
import { PoleUnavailable, type Pole } from '../../components/PoleList';
import { Empty } from '../../components/States';
import { useI18n } from '../../i18n/I18n';
import { formatDate } from '../../lib/format';

/** The kind of a pole's item: the guidance package, the financing instrument or the premises sought. */
const KIND_PREFIX: Record<Pole, string> = { guidance: 'package', financing: 'instrument', housing: 'unitType' };

export function poleKey(pole: PoleSummary['pole']): Pole {
  return pole.toLowerCase() as Pole;
}

/**
 * A pole's live summary as the CRM's 360 view reports it: its open items (agency, kind, stage, contact,
 * since; the detail or a redaction label), or, when the pole did not answer, "unavailable" with the reason
 * and the last known journey entries — never an empty list, never an error page.
 */
export function PoleSummaryView(props: { summary: PoleSummary }) {
  const { t, code } = useI18n();
  const { summary } = props;
  const pole = poleKey(summary.pole);
  if (!summary.available) {
    return (
      <>
        <PoleUnavailable pole={pole} lastKnown={summary.lastKnown} />
        <p className="hint">{t('pole.reason', { reason: code('poleStatus', summary.status) })}</p>
      </>
    );
  }
  if (summary.items.length === 0) {
    return <Empty>{t('pole.noOpenItem')}</Empty>;
  }
  return (
    <ul className="involvements" data-testid={`pole-items-${pole}`}>
      {summary.items.map((item) => (
        <li key={item.id} className={`agency-${item.agency}`}>
          <span className="agency-dot" aria-hidden="true" />
          <div>
            <p>
              <strong className="agency-tag">{code('agency', item.agency)}</strong> — {code(KIND_PREFIX[pole], item.kind)}:{' '}
              {code('stage', item.stage)} <span className="hint">({t('company.since', { date: formatDate(item.since) })})</span>
            </p>
            {(item.contactName || item.contactEmail) && (
              <p className="hint">
                {t('journey.contact')}: {item.contactName}{' '}
                {item.contactEmail && <a href={`mailto:${item.contactEmail}`}>{item.contactEmail}</a>}
              </p>
            )}
            {item.redacted ? (
              <p className="redacted">
                <span className="badge">{t('journey.redacted')}</span>{' '}
                {t('journey.redactedExplained', { agency: code('agency', item.agency) })}
              </p>
            ) : (
              item.detail && <p>{item.detail}</p>
            )}
          </div>
        </li>
      ))}
    </ul>
  );
}
