import { screen, within } from '@testing-library/react';
import { answer, json, renderIn } from '../../test/render';
import { DashboardPage, IndicatorChart } from './DashboardPage';

describe('dashboard', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('draws an indicator as labelled bars with their figures', () => {
    renderIn(<IndicatorChart indicator="companies_supported_per_pole" rows={[
      { indicator: 'companies_supported_per_pole', dimension: 'GUIDANCE', value: 40 },
      { indicator: 'companies_supported_per_pole', dimension: 'FINANCING', value: 10 },
    ]} />, 'fr');
    const chart = screen.getByTestId('indicator-companies_supported_per_pole');
    expect(within(chart).getByRole('heading')).toHaveTextContent('Entreprises accompagnées par pôle');
    expect(within(chart).getByRole('rowheader', { name: 'Accompagnement' })).toBeInTheDocument();
    expect(within(chart).getByText('40')).toBeInTheDocument();
  });

  it('labels referral routes and lead-time statistics', () => {
    renderIn(<IndicatorChart indicator="referrals_per_route" rows={[
      { indicator: 'referrals_per_route', dimension: 'HUB_1819>FINANCE', value: 3 },
    ]} />);
    expect(screen.getByRole('rowheader', { name: 'hub.brussels 1819 → finance.brussels' })).toBeInTheDocument();
  });

  it('loads the aggregates and offers the same figures as CSV', async () => {
    vi.stubGlobal('fetch', answer({
      '/api/crm/indicators': () => json(200, { from: '2026-01-01T00:00:00Z', until: '2026-11-25T10:00:00Z', rows: [
        { indicator: 'companies_supported', dimension: '', value: 57 },
        { indicator: 'referral_working_days_to_answer', dimension: 'median', value: 2.5 },
      ] }),
    }));
    renderIn(<DashboardPage />, 'nl');
    expect(await screen.findByText('57')).toBeInTheDocument();
    expect(screen.getByRole('rowheader', { name: 'mediaan' })).toBeInTheDocument();
    expect(screen.getByText('2,5')).toBeInTheDocument();
    expect(screen.getByTestId('csv-export')).toHaveAttribute('href', '/api/crm/indicators.csv');
    expect(screen.getByText('Periode: van 01/01/2026 tot 25/11/2026')).toBeInTheDocument();
  });
});
