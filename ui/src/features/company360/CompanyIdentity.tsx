import type { Address, Company } from '../../api/types';
import { useI18n } from '../../i18n/I18n';
import type { Language } from '../../i18n/languages';
import { formatDate } from '../../lib/format';

/** The street and municipality in the reader's language, the other language when that one is empty. */
export function formatAddress(address: Address | null | undefined, language: Language): string {
  if (!address) {
    return '';
  }
  const dutchFirst = language === 'nl';
  const pick = (fr: string, nl: string) => (dutchFirst ? nl || fr : fr || nl);
  const street = [pick(address.streetFr, address.streetNl), address.houseNumber].filter(Boolean).join(' ');
  const box = address.box ? ` ${address.box}` : '';
  const place = [address.zipcode, pick(address.municipalityFr, address.municipalityNl)].filter(Boolean).join(' ');
  return [street + box, place].filter((part) => part.trim()).join(', ');
}

/** KBO language codes: 1 FR, 2 NL, 3 DE, 4 EN. */
const KBO_LANGUAGE: Record<string, string> = { '1': 'FR', '2': 'NL', '3': 'DE', '4': 'EN' };

/**
 * Who the company is: KBO identity (names, legal form, status, start date, registered office, main
 * activity, establishment units) with where it comes from, and what staff recorded (size, sector, flags).
 */
export function CompanyIdentity(props: { company: Company }) {
  const { t, code, language } = useI18n();
  const { company } = props;
  const kbo = company.kbo ?? null;
  const profile = company.profile;
  const mainActivity = kbo?.activities.find((a) => a.classification === 'MAIN') ?? kbo?.activities[0];
  const otherNames = (kbo?.names ?? []).filter((n) => n.value !== company.name);
  const legalForm = kbo ? kbo.juridicalFormLabel[language.toUpperCase()] ?? kbo.juridicalFormLabel.FR ?? kbo.juridicalForm : '';
  return (
    <>
      <dl className="facts">
        <div>
          <dt>{t('company.number')}</dt>
          <dd data-testid="company-number">{company.formattedNumber}</dd>
        </div>
        {company.lifeCycleStage && (
          <div>
            <dt>{t('company.lifeCycle')}</dt>
            <dd>{code('lifeCycle', company.lifeCycleStage)}</dd>
          </div>
        )}
        {kbo && (
          <>
            <div>
              <dt>{t('company.kboStatus')}</dt>
              <dd>{code('kboStatus', kbo.status)}</dd>
            </div>
            {legalForm && (
              <div>
                <dt>{t('company.legalForm')}</dt>
                <dd>{legalForm}</dd>
              </div>
            )}
            {kbo.startDate && (
              <div>
                <dt>{t('company.startDate')}</dt>
                <dd>{formatDate(kbo.startDate)}</dd>
              </div>
            )}
            {kbo.registeredAddress && (
              <div>
                <dt>{t('company.address')}</dt>
                <dd>{formatAddress(kbo.registeredAddress, language)}</dd>
              </div>
            )}
            {mainActivity && (
              <div>
                <dt>{t('company.mainActivity')}</dt>
                <dd>
                  {t('company.nace', { code: mainActivity.naceCode, version: mainActivity.naceVersion })}
                </dd>
              </div>
            )}
          </>
        )}
        {profile?.sizeClass && (
          <div>
            <dt>{t('company.size')}</dt>
            <dd>{code('sizeClass', profile.sizeClass)}</dd>
          </div>
        )}
        {profile?.sector && (
          <div>
            <dt>{t('company.sector')}</dt>
            <dd>{profile.sector}</dd>
          </div>
        )}
        {profile?.cluster && (
          <div>
            <dt>{t('company.cluster')}</dt>
            <dd>{profile.cluster}</dd>
          </div>
        )}
        <div>
          <dt>{t('company.registeredAt')}</dt>
          <dd>{formatDate(company.registeredAt)}</dd>
        </div>
      </dl>
      {profile && profile.flags.length > 0 && (
        <ul className="flags" aria-label={t('company.flags')}>
          {profile.flags.map((flag) => (
            <li key={flag} className={flag === 'KBO_STATUS_ALERT' ? 'badge warning' : 'badge'}>
              {code('flag', flag)}
            </li>
          ))}
        </ul>
      )}
      {otherNames.length > 0 && (
        <p className="hint">
          {t('company.otherNames')}{' '}
          {otherNames.map((n) => `${n.value}${KBO_LANGUAGE[n.language] ? ` (${KBO_LANGUAGE[n.language]})` : ''}`).join(' · ')}
        </p>
      )}
      {kbo && kbo.establishments.length > 0 && (
        <details className="establishments">
          <summary>{t('company.establishments', { count: kbo.establishments.length })}</summary>
          <ul>
            {kbo.establishments.map((unit) => (
              <li key={unit.number}>
                <span className="number">{unit.formattedNumber}</span> {formatAddress(unit.address, language)}
                {unit.startDate && <span className="hint"> ({t('company.since', { date: formatDate(unit.startDate) })})</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
      {kbo?.source && (
        <p className="hint provenance">
          {t('company.provenance', { file: kbo.source.fileName, date: formatDate(kbo.source.importedAt) })}
        </p>
      )}
      {!kbo && <p className="hint">{t('company.noKbo')}</p>}
    </>
  );
}
