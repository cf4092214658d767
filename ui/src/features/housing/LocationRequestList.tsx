import { useCallback } from 'react';
import { api } from '../../api/client';
import type { JourneyItem, LocationRequest } from '../../api/types';
import { Link } from '../../app/router';
import { PoleList, type Column } from '../../components/PoleList';
import { useI18n } from '../../i18n/I18n';
import { formatDate, formatMoney } from '../../lib/format';
import { formatEnterpriseNumber } from '../../lib/enterpriseNumber';

/** Location requests, newest first: of one company or of every company. */
export function LocationRequestList(props: { enterpriseNumber?: string; lastKnown?: JourneyItem[] }) {
  const { t, code, language } = useI18n();
  const { enterpriseNumber } = props;
  const load = useCallback(
    (page: number, size: number, signal: AbortSignal) => api.locationRequests({ enterpriseNumber, page, size }, signal),
    [enterpriseNumber],
  );
  const columns: Column<LocationRequest>[] = [
    ...(enterpriseNumber
      ? []
      : [
          {
            header: 'list.company' as const,
            cell: (r: LocationRequest) => (
              <Link to={{ name: 'company', number: r.enterpriseNumber }}>
                {r.companyName || formatEnterpriseNumber(r.enterpriseNumber)}
              </Link>
            ),
          },
        ]),
    { header: 'housing.unitType', cell: (r) => code('unitType', r.unitType) },
    {
      header: 'housing.surface',
      cell: (r) => t('housing.surfaceRange', { min: r.surfaceMin, max: r.surfaceMax }),
      className: 'number',
    },
    {
      header: 'housing.budget',
      cell: (r) => (r.maxMonthlyBudget ? formatMoney(r.maxMonthlyBudget.value, r.maxMonthlyBudget.currency, language) : '—'),
      className: 'number',
    },
    {
      header: 'housing.communes',
      cell: (r) => (r.communes.length ? r.communes.map((c) => code('commune', c)).join(', ') : t('housing.anywhere')),
    },
    { header: 'housing.wantedFrom', cell: (r) => formatDate(r.wantedFrom) },
    { header: 'list.stage', cell: (r) => code('stage', r.stage) },
    { header: 'housing.officer', cell: (r) => r.officer.name },
  ];
  return (
    <PoleList
      pole="housing"
      caption={t('housing.listCaption')}
      load={load}
      columns={columns}
      rowKey={(r) => r.requestId}
      emptyText={t('housing.empty')}
      lastKnown={props.lastKnown}
    />
  );
}
