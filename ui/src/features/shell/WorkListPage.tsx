import type { Me } from '../../api/types';
import { access } from '../../app/access';
import { useI18n } from '../../i18n/I18n';
import { ApplicationList } from '../financing/ApplicationList';
import { GuidanceFileList } from '../guidanceFiles/GuidanceFileList';
import { LocationRequestList } from '../housing/LocationRequestList';

/** A pole's records across companies, newest first, for that pole's staff. */
export function WorkListPage(props: { me: Me; list: 'guidanceFiles' | 'applications' | 'locationRequests' }) {
  const { t } = useI18n();
  const { me, list } = props;
  const allowed =
    (list === 'guidanceFiles' && access.isGuidanceStaff(me)) ||
    (list === 'applications' && access.isFinancingStaff(me)) ||
    (list === 'locationRequests' && access.isHousingStaff(me));
  return (
    <section className="panel" aria-labelledby="list-title">
      <h1 id="list-title">{t(`nav.${list}`)}</h1>
      {!allowed ? (
        <p className="problem" role="alert">{t('problem.forbidden')}</p>
      ) : list === 'guidanceFiles' ? (
        <GuidanceFileList />
      ) : list === 'applications' ? (
        <ApplicationList />
      ) : (
        <LocationRequestList />
      )}
    </section>
  );
}
