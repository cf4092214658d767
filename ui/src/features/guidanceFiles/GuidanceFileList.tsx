import { useCallback } from 'react';
import { api } from '../../api/client';
import type { GuidanceFile, JourneyItem } from '../../api/types';
import { Link } from '../../app/router';
import { PoleList, type Column } from '../../components/PoleList';
import { useI18n } from '../../i18n/I18n';
import { formatDate } from '../../lib/format';
import { formatEnterpriseNumber } from '../../lib/enterpriseNumber';

/** Guidance files, newest first: of one company (360 view) or of every company (the pole's work list). */
export function GuidanceFileList(props: { enterpriseNumber?: string; lastKnown?: JourneyItem[] }) {
  const { t, code } = useI18n();
  const { enterpriseNumber } = props;
  const load = useCallback(
    (page: number, size: number, signal: AbortSignal) => api.guidanceFiles({ enterpriseNumber, page, size }, signal),
    [enterpriseNumber],
  );
  const columns: Column<GuidanceFile>[] = [
    ...(enterpriseNumber
      ? []
      : [
          {
            header: 'list.company' as const,
            cell: (file: GuidanceFile) => (
              <Link to={{ name: 'company', number: file.enterpriseNumber }}>
                {file.companyName || formatEnterpriseNumber(file.enterpriseNumber)}
              </Link>
            ),
          },
        ]),
    { header: 'guidance.package', cell: (file) => code('package', file.packageType) },
    { header: 'list.agency', cell: (file) => code('agency', file.agency) },
    { header: 'list.stage', cell: (file) => code('stage', file.stage) },
    { header: 'guidance.stageSince', cell: (file) => formatDate(file.stageSince) },
    { header: 'guidance.openedAt', cell: (file) => formatDate(file.openedAt) },
    { header: 'guidance.adviser', cell: (file) => file.adviser.name },
    {
      header: 'guidance.note',
      cell: (file) =>
        file.noteRedacted ? <span className="badge">{t('journey.redacted')}</span> : (file.note ?? ''),
    },
  ];
  return (
    <PoleList
      pole="guidance"
      caption={t('guidance.listCaption')}
      load={load}
      columns={columns}
      rowKey={(file) => file.fileId}
      emptyText={t('guidance.empty')}
      lastKnown={props.lastKnown}
    />
  );
}
