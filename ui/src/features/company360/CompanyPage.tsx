import { useCallback } from 'react';
import { api } from '../../api/client';
import type { AgencyCode, Company, JourneyItem, Me, PoleSummary } from '../../api/types';
import { access, mayHandleReferrals } from '../../app/access';
import { Link } from '../../app/router';
import { PoleUnavailable, type Pole } from '../../components/PoleList';
import { ProblemMessage } from '../../components/ProblemMessage';
import { Loading } from '../../components/States';
import { useLoad } from '../../components/usePaged';
import { useI18n } from '../../i18n/I18n';
import { formatDate } from '../../lib/format';
import { ApplicationList } from '../financing/ApplicationList';
import { GuidanceFileList } from '../guidanceFiles/GuidanceFileList';
import { LocationRequestList } from '../housing/LocationRequestList';
import { SendReferralForm } from '../referrals/SendReferralForm';
import { CompanyIdentity } from './CompanyIdentity';
import { JourneyTimeline } from './JourneyTimeline';
import { PoleSummaryView } from './PoleSummaryView';
import { TeamPanel } from './TeamPanel';
import { WhoElseWorks } from './WhoElseWorks';

const POLE_AGENCIES: Record<Pole, AgencyCode[]> = {
  guidance: ['HUB_1819', 'HUB_IMPULSE', 'HUB_ATRIUM', 'HUB_BIE'],
  financing: ['FINANCE', 'GUARANTEE_FUND'],
  housing: ['CITYDEV'],
};

/** The latest journey entries of a pole's agencies: the shared headline every partner may see. */
export function lastKnownOf(pole: Pole, journey: JourneyItem[], count = 3): JourneyItem[] {
  return journey.filter((item) => POLE_AGENCIES[pole].includes(item.sourceAgency)).slice(0, count);
}

/**
 * Who else works with the company, pole by pole, from the journey's shared headlines (agency, what,
 * when, named contact): visible to every partner agency even when the detail is confidential.
 */
function PoleHeadlines(props: { pole: Pole; journey: JourneyItem[] }) {
  const { t, code } = useI18n();
  const entries = lastKnownOf(props.pole, props.journey);
  if (entries.length === 0) {
    return <p className="empty">{t('pole.nothingYet')}</p>;
  }
  return (
    <ul className="headlines">
      {entries.map((item) => (
        <li key={item.eventId} className={`agency-${item.sourceAgency}`}>
          <span className="agency-dot" aria-hidden="true" />
          <strong>{code('agency', item.sourceAgency)}</strong> — {item.headline}{' '}
          <span className="hint">({formatDate(item.occurredAt)}{item.contact?.name ? `, ${item.contact.name}` : ''})</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * One pole on the 360 view. The CRM's 360 answer gives each pole's live summary, or says the pole is
 * unavailable (with the reason and the last known journey entries): that is what other agencies see,
 * redacted where the detail is not theirs. Staff of the pole get its full paged list for the company
 * instead, straight from the pole, with the same unavailable state when the pole does not answer.
 */
export function PolePanel(props: {
  pole: Pole;
  me: Me;
  enterpriseNumber: string;
  journey: JourneyItem[];
  /** the pole in the CRM's 360 answer; undefined while it loads or when the CRM gave none */
  summary?: PoleSummary;
  unavailable?: boolean;
}) {
  const { t } = useI18n();
  const { pole, me, enterpriseNumber, journey, summary } = props;
  const lastKnown = summary?.lastKnown.length ? summary.lastKnown : lastKnownOf(pole, journey);
  const live =
    (pole === 'guidance' && access.isGuidanceStaff(me)) ||
    (pole === 'financing' && access.isFinancingStaff(me)) ||
    (pole === 'housing' && access.isHousingStaff(me));
  let body;
  // the pole's own staff ask the pole directly (its list says so itself when the pole does not answer)
  if (props.unavailable) {
    body = <PoleUnavailable pole={pole} lastKnown={lastKnown} />;
  } else if (!live) {
    body = summary ? <PoleSummaryView summary={summary} /> : <PoleHeadlines pole={pole} journey={journey} />;
  } else if (pole === 'guidance') {
    body = <GuidanceFileList enterpriseNumber={enterpriseNumber} lastKnown={lastKnown} />;
  } else if (pole === 'financing') {
    body = <ApplicationList enterpriseNumber={enterpriseNumber} lastKnown={lastKnown} />;
  } else {
    body = <LocationRequestList enterpriseNumber={enterpriseNumber} lastKnown={lastKnown} />;
  }
  return (
    <section className={`panel pole pole-${pole}`} aria-labelledby={`pole-${pole}-title`} data-testid={`pole-${pole}`}>
      <h2 id={`pole-${pole}-title`}>{t(`pole.${pole}`)}</h2>
      {body}
    </section>
  );
}

function Actions(props: { me: Me; number: string }) {
  const { t } = useI18n();
  const { me, number } = props;
  const actions = [
    { show: access.mayOpenGuidanceFile(me), to: { name: 'openGuidanceFile' as const, number }, label: t('guidance.open') },
    { show: access.mayRecordApplication(me), to: { name: 'recordApplication' as const, number }, label: t('financing.record') },
    { show: access.mayRecordLocationRequest(me), to: { name: 'recordLocationRequest' as const, number }, label: t('housing.record') },
  ].filter((action) => action.show);
  if (actions.length === 0) {
    return <p className="hint">{t('company.noActions')}</p>;
  }
  return (
    <ul className="actions" aria-label={t('company.actions')}>
      {actions.map((action) => (
        <li key={action.to.name}>
          <Link to={action.to} className="button">
            {action.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** Company 360: identity, the actions the user's role allows, each pole, the cross-agency journey. */
export function CompanyPage(props: { me: Me; number: string }) {
  const { t } = useI18n();
  const { me, number } = props;
  const loadCompany = useCallback((signal: AbortSignal) => api.company(number, signal), [number]);
  const company = useLoad<Company>(loadCompany);
  // the first journey page feeds the pole panels (shared headlines, last known data)
  const loadJourney = useCallback((signal: AbortSignal) => api.journey(number, { page: 0, size: 50 }, signal), [number]);
  const journey = useLoad(loadJourney);
  const load360 = useCallback((signal: AbortSignal) => api.company360(number, signal), [number]);
  const view = useLoad(load360);

  if (company.result.state === 'loading') {
    return <Loading />;
  }
  if (company.result.state === 'failed') {
    return (
      <section className="panel">
        <h1>{t('company.title')}</h1>
        <ProblemMessage problem={company.result.problem} />
        <Link to={{ name: 'home' }}>{t('company.backToSearch')}</Link>
      </section>
    );
  }
  const data = company.result.data;
  const items = journey.result.state === 'loaded' ? journey.result.data.items : [];
  return (
    <div className="company">
      <section className="panel identity" aria-labelledby="company-name">
        <h1 id="company-name">{data.name}</h1>
        <CompanyIdentity company={data} />
        <Actions me={me} number={data.enterpriseNumber} />
        {mayHandleReferrals(me) && (
          <details className="refer">
            <summary>{t('referral.sendTitle')}</summary>
            <SendReferralForm me={me} enterpriseNumber={data.enterpriseNumber} />
          </details>
        )}
      </section>
      <div className="two-columns">
        <WhoElseWorks enterpriseNumber={data.enterpriseNumber} />
        <TeamPanel enterpriseNumber={data.enterpriseNumber} me={me} />
      </div>
      <div className="poles">
        {(['guidance', 'financing', 'housing'] as const).map((pole) => (
          <PolePanel key={pole} pole={pole} me={me} enterpriseNumber={data.enterpriseNumber} journey={items}
            summary={view.result.state === 'loaded' ? view.result.data.poles.find((p) => p.pole === pole.toUpperCase()) : undefined} />
        ))}
      </div>
      <JourneyTimeline enterpriseNumber={data.enterpriseNumber} />
    </div>
  );
}
