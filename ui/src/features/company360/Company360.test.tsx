import { screen, within } from '@testing-library/react';
import type { JourneyItem } from '../../api/types';
import { answer, json, me, renderIn } from '../../test/render';
import { PolePanel } from './CompanyPage';
import { JourneyEntry, JourneyTimeline } from './JourneyTimeline';

function entry(overrides: Partial<JourneyItem> = {}): JourneyItem {
  return {
    eventId: 'e1',
    enterpriseNumber: '0403019261',
    sourceAgency: 'HUB_IMPULSE',
    type: 'guidance.file.opened',
    occurredAt: '2026-11-24T09:15:00Z',
    headline: 'creation package file opened',
    contact: { name: 'Marc Dubois', email: 'marc.advisor@demo.poles.brussels' },
    confidentiality: 'CONFIDENTIAL',
    detail: null,
    redacted: true,
    sourceReference: 'f1',
    ...overrides,
  };
}

describe('journey entries', () => {
  it('shows a redacted entry as redacted, with agency, date, headline and contact but no detail', () => {
    renderIn(<ol><JourneyEntry item={entry()} /></ol>);
    const item = screen.getByTestId('journey-entry');
    expect(item).toHaveClass('agency-HUB_IMPULSE');
    expect(within(item).getByText('Redacted')).toBeInTheDocument();
    expect(within(item).getByTestId('redacted')).toHaveTextContent('The detail is confidential to hub.brussels impulse');
    expect(within(item).getByText('hub.brussels impulse')).toBeInTheDocument();
    expect(within(item).getByText('24/11/2026 10:15')).toBeInTheDocument();
    expect(within(item).getByText('creation package file opened')).toBeInTheDocument();
    expect(within(item).getByRole('link', { name: 'marc.advisor@demo.poles.brussels' })).toBeInTheDocument();
  });

  it('shows the detail of an entry the reader may see, in the chosen language', () => {
    renderIn(<ol><JourneyEntry item={entry({ redacted: false, detail: 'Needs a bank loan' })} /></ol>, 'nl');
    expect(screen.getByText('Needs a bank loan')).toBeInTheDocument();
    expect(screen.queryByText('Afgeschermd')).not.toBeInTheDocument();
    expect(screen.getByText('Begeleidingsdossier geopend')).toBeInTheDocument();
  });

  it('lists the timeline page by page and filters it by agency', async () => {
    vi.stubGlobal('fetch', answer({
      '/api/crm/companies/0403019261/journey': () => json(200, {
        items: [entry(), entry({ eventId: 'e2', sourceAgency: 'FINANCE', type: 'financing.application.submitted', headline: 'start loan requested', redacted: false, detail: 'EUR 25,000' })],
        page: 0, size: 50, totalItems: 51, totalPages: 2,
      }),
    }));
    renderIn(<JourneyTimeline enterpriseNumber="0403019261" />);
    expect(await screen.findAllByTestId('journey-entry')).toHaveLength(2);
    expect(screen.getByText('Page 1 of 2 (51 in all)')).toBeInTheDocument();
    screen.getByRole('checkbox', { name: /finance\.brussels/ }).click();
    expect(await screen.findAllByTestId('journey-entry')).toHaveLength(1);
    vi.unstubAllGlobals();
  });
});

describe('pole panels', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows a pole that does not answer as unavailable, with the last known journey data', async () => {
    vi.stubGlobal('fetch', answer({
      '/api/guidance/guidance-files': () =>
        json(503, { title: 'Service Unavailable', status: 503, detail: 'The guidance service is unavailable' }, 'application/problem+json'),
    }));
    renderIn(<PolePanel pole="guidance" me={me()} enterpriseNumber="0403019261" journey={[entry()]} />);
    const unavailable = await screen.findByTestId('pole-unavailable-guidance');
    expect(within(unavailable).getByText('Unavailable')).toBeInTheDocument();
    expect(unavailable).toHaveTextContent('The Guidance pole is not answering right now');
    expect(within(unavailable).getByText('creation package file opened')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByText('No guidance file yet.')).not.toBeInTheDocument();
  });

  it('renders the unavailable state the CRM reports without calling the pole', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderIn(<PolePanel pole="housing" me={me({ agency: '/citydev' })} enterpriseNumber="0403019261" journey={[]} unavailable />);
    expect(screen.getByTestId('pole-unavailable-housing')).toHaveTextContent('The journey holds nothing from this pole yet.');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows other agencies the shared headline only', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderIn(<PolePanel pole="guidance" me={me({ agency: '/finance', roles: ['analyst'] })} enterpriseNumber="0403019261" journey={[entry()]} />);
    expect(screen.getByText(/creation package file opened/)).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('lists the live records for the pole staff, paged, with Belgian formats', async () => {
    vi.stubGlobal('fetch', answer({
      '/api/financing/applications?enterpriseNumber=0403019261': () => json(200, {
        items: [{
          applicationId: 'a1', enterpriseNumber: '0403019261', companyName: 'Brasserie', companyVerified: true,
          instrument: 'START_LOAN', amount: { currency: 'EUR', value: '25000.00' }, purpose: 'Oven', agency: 'FINANCE',
          analyst: { name: 'Fatima Benali', email: 'f@x' }, stage: 'SUBMITTED', submittedAt: '2026-11-20T10:00:00Z', version: 1,
        }],
        page: 0, size: 20, totalItems: 1, totalPages: 1,
      }),
    }));
    renderIn(<PolePanel pole="financing" me={me({ agency: '/finance', roles: ['analyst'] })} enterpriseNumber="0403019261" journey={[]} />, 'nl');
    expect(await screen.findByText('25.000,00 €')).toBeInTheDocument();
    expect(screen.getByText('Startlening')).toBeInTheDocument();
    expect(screen.getByText('20/11/2026')).toBeInTheDocument();
    expect(screen.getByText('1 in totaal')).toBeInTheDocument();
  });
});
