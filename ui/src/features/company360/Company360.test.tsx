import { fireEvent, screen, waitFor, within } from '@testing-library/react';
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

  it('lists the timeline page by page and asks the CRM to filter it', async () => {
    const finance = entry({ eventId: 'e2', sourceAgency: 'FINANCE', type: 'financing.application.submitted', headline: 'start loan requested', redacted: false, detail: 'EUR 25,000' });
    const fetch = answer({
      '/api/crm/companies/0403019261/journey?page=0&size=50&agency=FINANCE&sort=newest': () =>
        json(200, { items: [finance], page: 0, size: 50, totalItems: 1, totalPages: 1 }),
      '/api/crm/companies/0403019261/journey?page=0&size=50&sort=newest': () =>
        json(200, { items: [entry(), finance], page: 0, size: 50, totalItems: 51, totalPages: 2 }),
    });
    vi.stubGlobal('fetch', fetch);
    renderIn(<JourneyTimeline enterpriseNumber="0403019261" />);
    expect(await screen.findAllByTestId('journey-entry')).toHaveLength(2);
    expect(screen.getByText('Page 1 of 2 (51 in all)')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: /finance\.brussels/ }));
    await waitFor(() => expect(screen.getAllByTestId('journey-entry')).toHaveLength(1));
    expect(screen.getByText('1 in all')).toBeInTheDocument();
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

  it('shows identity from the KBO with its provenance', async () => {
    const { CompanyIdentity } = await import('./CompanyIdentity');
    renderIn(<CompanyIdentity company={{
      companyId: 'c1', enterpriseNumber: '0403019261', formattedNumber: '0403.019.261', name: 'Brasserie du Sablon',
      registeredAt: '2026-11-01T09:00:00Z', version: 3, lifeCycleStage: 'GROWTH',
      profile: { sizeClass: 'SMALL', sector: 'Horeca', cluster: '', flags: ['HIGH_POTENTIAL', 'KBO_STATUS_ALERT'] },
      kbo: {
        status: 'AC', juridicalSituation: '000', typeOfEnterprise: '2', juridicalForm: '014',
        juridicalFormLabel: { FR: 'Société anonyme', NL: 'Naamloze vennootschap' }, startDate: '1998-03-02',
        names: [{ language: '1', type: '001', value: 'Brasserie du Sablon' }, { language: '2', type: '001', value: 'Brouwerij van de Zavel' }],
        registeredAddress: { zipcode: '1000', municipalityFr: 'Bruxelles', municipalityNl: 'Brussel', streetFr: 'Rue de Rollebeek', streetNl: 'Rollebeekstraat', houseNumber: '7', box: '' },
        commune: 'BRUXELLES', activities: [{ activityGroup: '001', naceVersion: '2008', naceCode: '56101', classification: 'MAIN' }],
        establishments: [{ number: '2123456789', formattedNumber: '2.123.456.789', startDate: '2001-01-01', address: null }],
        source: { importId: 'i1', fileName: 'KboOpenData_0140_2026_11_Full.zip', importedAt: '2026-11-20T08:00:00Z' },
      },
    }} />, 'nl');
    expect(screen.getByText('Naamloze vennootschap')).toBeInTheDocument();
    expect(screen.getByText('Rollebeekstraat 7, 1000 Brussel')).toBeInTheDocument();
    expect(screen.getByText('02/03/1998')).toBeInTheDocument();
    expect(screen.getByText('Groei')).toBeInTheDocument();
    expect(screen.getByText('KBO-status gewijzigd')).toHaveClass('warning');
    expect(screen.getByText(/Brouwerij van de Zavel \(NL\)/)).toBeInTheDocument();
    expect(screen.getByText('KBO-gegevens uit KboOpenData_0140_2026_11_Full.zip, geïmporteerd op 20/11/2026.')).toBeInTheDocument();
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

describe('pole summaries of the 360 view', () => {
  it('renders a pole the CRM marks unavailable with its reason and last known data', async () => {
    const { PoleSummaryView } = await import('./PoleSummaryView');
    renderIn(<PoleSummaryView summary={{ pole: 'FINANCING', available: false, status: 'DEADLINE_EXCEEDED', tookMillis: 800, items: [], lastKnown: [entry({ sourceAgency: 'FINANCE', headline: 'start loan requested' })] }} />);
    const unavailable = screen.getByTestId('pole-unavailable-financing');
    expect(within(unavailable).getByText('Unavailable')).toBeInTheDocument();
    expect(within(unavailable).getByText('start loan requested')).toBeInTheDocument();
    expect(screen.getByText('Reason: it did not answer in time.')).toBeInTheDocument();
  });

  it('renders the live items with redaction', async () => {
    const { PoleSummaryView } = await import('./PoleSummaryView');
    renderIn(<PoleSummaryView summary={{ pole: 'GUIDANCE', available: true, status: 'ANSWERED', tookMillis: 12, lastKnown: [], items: [
      { id: 'f1', agency: 'HUB_IMPULSE', kind: 'CREATION', stage: 'OPEN', contactName: 'Marc Dubois', contactEmail: 'marc@x', since: '2026-11-24T09:00:00Z', detail: null, redacted: true },
    ] }} />, 'fr');
    const items = screen.getByTestId('pole-items-guidance');
    expect(items).toHaveTextContent('Parcours création');
    expect(items).toHaveTextContent('Ouvert');
    expect(within(items).getByText('Masqué')).toBeInTheDocument();
  });
});
