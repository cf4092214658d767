import { fireEvent, screen } from '@testing-library/react';
import { answer, json, me, renderIn } from '../../test/render';
import { RecordLocationRequestForm, parseBelgianDate } from './RecordLocationRequestForm';

describe('RecordLocationRequestForm', () => {
  afterEach(() => vi.unstubAllGlobals());
  const officer = me({ username: 'tom.citydev', agency: '/citydev', agencies: ['/citydev'], roles: ['advisor'] });

  it('reads dates written dd/mm/yyyy', () => {
    expect(parseBelgianDate('01/09/2026')).toBe('2026-09-01');
    expect(parseBelgianDate('1.9.2026')).toBe('2026-09-01');
    expect(parseBelgianDate('31/02/2026')).toBeNull();
    expect(parseBelgianDate('2026-09-01')).toBeNull();
  });

  it('checks the surfaces against each other as you type', () => {
    renderIn(<RecordLocationRequestForm me={officer} enterpriseNumber="0403019261" />);
    fireEvent.change(screen.getByLabelText(/Smallest surface/), { target: { value: '120' } });
    fireEvent.change(screen.getByLabelText(/Largest surface/), { target: { value: '80' } });
    expect(screen.getByTestId('surfaceMax-error')).toHaveTextContent('Must be at least the smallest surface (120 m²).');
    fireEvent.change(screen.getByLabelText(/Largest surface/), { target: { value: '80.5' } });
    expect(screen.getByTestId('surfaceMax-error')).toHaveTextContent('Whole square metres only.');
  });

  it('sends the chosen communes and shows the server\'s error on the communes field', async () => {
    const fetch = answer({
      '/api/housing/location-requests': () => json(400, {
        title: 'Bad Request', status: 400, errors: [{ field: 'communes[1]', reason: 'repeats IXELLES' }],
      }, 'application/problem+json'),
    });
    vi.stubGlobal('fetch', fetch);
    renderIn(<RecordLocationRequestForm me={officer} enterpriseNumber="0403019261" />, 'nl');
    fireEvent.change(screen.getByLabelText(/Soort ruimte/), { target: { value: 'OFFICE' } });
    fireEvent.change(screen.getByLabelText(/Kleinste oppervlakte/), { target: { value: '80' } });
    fireEvent.change(screen.getByLabelText(/Grootste oppervlakte/), { target: { value: '120' } });
    fireEvent.click(screen.getByRole('checkbox', { name: 'Elsene' }));
    fireEvent.click(screen.getByRole('checkbox', { name: 'Anderlecht' }));
    expect(screen.getByText('2 gekozen: Anderlecht, Elsene')).toBeInTheDocument();
    const inAYear = new Date();
    inAYear.setFullYear(inAYear.getFullYear() + 1);
    const typed = `${String(inAYear.getDate()).padStart(2, '0')}/${String(inAYear.getMonth() + 1).padStart(2, '0')}/${inAYear.getFullYear()}`;
    fireEvent.change(screen.getByLabelText(/Gewenst vanaf/), { target: { value: typed } });
    fireEvent.click(screen.getByRole('button', { name: 'Huisvestingsaanvraag registreren' }));
    expect(await screen.findByTestId('communes-error')).toHaveTextContent('repeats IXELLES');
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    const body = JSON.parse(init.body as string);
    expect(body.communes).toEqual(['ANDERLECHT', 'IXELLES']);
    expect(body.surfaceMin).toBe(80);
    expect(body.wantedFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(body).not.toHaveProperty('maxMonthlyBudget');
  });
});
