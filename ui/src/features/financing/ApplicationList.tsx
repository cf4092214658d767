import { useCallback } from 'react';
import { api } from '../../api/client';
import type { FinancingApplication, JourneyItem } from '../../api/types';
import { Link } from '../../app/router';
import { PoleList, type Column } from '../../components/PoleList';
import { useI18n } from '../../i18n/I18n';
import { formatDate, formatMoney } from '../../lib/format';
import { formatEnterpriseNumber } from '../../lib/enterpriseNumber';

/** Financing applications, newest first: of one company or of every company. */
export function ApplicationList(props: { enterpriseNumber?: string; lastKnown?: JourneyItem[] }) {
  const { t, code, language } = useI18n();
  const { enterpriseNumber } = props;
  const load = useCallback(
    (page: number, size: number, signal: AbortSignal) =>
      api.financingApplications({ enterpriseNumber, page, size }, signal),
    [enterpriseNumber],
  );
  const columns: Column<FinancingApplication>[] = [
    ...(enterpriseNumber
      ? []
      : [
          {
            header: 'list.company' as const,
            cell: (a: FinancingApplication) => (
              <Link to={{ name: 'company', number: a.enterpriseNumber }}>
                {a.companyName || formatEnterpriseNumber(a.enterpriseNumber)}
              </Link>
            ),
          },
        ]),
    { header: 'financing.instrument', cell: (a) => code('instrument', a.instrument) },
    { header: 'financing.amount', cell: (a) => formatMoney(a.amount.value, a.amount.currency, language), className: 'number' },
    { header: 'financing.purpose', cell: (a) => a.purpose },
    { header: 'list.agency', cell: (a) => code('agency', a.agency) },
    { header: 'list.stage', cell: (a) => code('stage', a.stage) },
    { header: 'financing.submittedAt', cell: (a) => formatDate(a.submittedAt) },
    { header: 'financing.analyst', cell: (a) => a.analyst.name },
  ];
  return (
    <PoleList
      pole="financing"
      caption={t('financing.listCaption')}
      load={load}
      columns={columns}
      rowKey={(a) => a.applicationId}
      emptyText={t('financing.empty')}
      lastKnown={props.lastKnown}
    />
  );
}
