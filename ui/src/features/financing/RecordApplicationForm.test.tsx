import { fireEvent, screen } from '@testing-library/react';
import { answer, json, me, renderIn } from '../../test/render';
import { RecordApplicationForm } from './RecordApplicationForm';

describe('RecordApplicationForm', () => {
  afterEach(() => vi.unstubAllGlobals());
  const analyst = me({ username: 'fatima.analyst', agency: '/finance', agencies: ['/finance'], roles: ['analyst'] });

  it('reads the amount in the Belgian notation and sends it as exact text', async () => {
    const fetch = answer({
      '/api/financing/applications': () => json(400, {
        title: 'Bad Request', status: 400, errors: [{ field: 'amount.value', reason: 'must be at most 10000000.00' }],
      }, 'application/problem+json'),
    });
    vi.stubGlobal('fetch', fetch);
    renderIn(<RecordApplicationForm me={analyst} enterpriseNumber="0403019261" />, 'fr');
    fireEvent.change(screen.getByLabelText(/Instrument/), { target: { value: 'START_LOAN' } });
    fireEvent.change(screen.getByLabelText(/Montant demandé/), { target: { value: '25.000,5' } });
    expect(screen.getByText(/Lu comme 25.000,50 €/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText(/Objet/), { target: { value: 'Four à pain' } });
    fireEvent.click(screen.getByRole('button', { name: 'Enregistrer une demande de financement' }));
    expect(await screen.findByTestId('amount-error')).toHaveTextContent('must be at most 10000000.00');
    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(init.body as string).amount).toEqual({ currency: 'EUR', value: '25000.50' });
  });

  it('checks the amount as you type', () => {
    renderIn(<RecordApplicationForm me={analyst} enterpriseNumber="0403019261" />);
    const amount = screen.getByLabelText(/Amount requested/);
    fireEvent.change(amount, { target: { value: '12.5.3' } });
    expect(screen.getByTestId('amount-error')).toHaveTextContent('Type an amount in euros');
    fireEvent.change(amount, { target: { value: '10.000.000,01' } });
    expect(screen.getByTestId('amount-error')).toHaveTextContent('At most 10.000.000,00 €.');
    fireEvent.change(amount, { target: { value: '0' } });
    expect(screen.getByTestId('amount-error')).toHaveTextContent('more than 0');
  });

  it('offers guarantees to the Guarantee Fund only', () => {
    renderIn(<RecordApplicationForm me={analyst} enterpriseNumber="0403019261" />);
    expect(screen.queryByRole('option', { name: 'Guarantee' })).not.toBeInTheDocument();
  });
});
