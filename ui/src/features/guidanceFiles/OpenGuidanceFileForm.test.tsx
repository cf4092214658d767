import { fireEvent, screen } from '@testing-library/react';
import { answer, json, me, renderIn } from '../../test/render';
import { OpenGuidanceFileForm } from './OpenGuidanceFileForm';

describe('OpenGuidanceFileForm', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('validates as you type', () => {
    renderIn(<OpenGuidanceFileForm me={me()} enterpriseNumber="0403019261" />);
    const number = screen.getByLabelText(/Enterprise number/);
    fireEvent.change(number, { target: { value: '0403.019.262' } });
    expect(number).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByTestId('enterpriseNumber-error')).toHaveTextContent('check digits');
    fireEvent.change(number, { target: { value: '0403.019.261' } });
    expect(number).not.toHaveAttribute('aria-invalid');
  });

  it('offers Atrium\'s package to Atrium only', () => {
    renderIn(<OpenGuidanceFileForm me={me()} enterpriseNumber="0403019261" />);
    expect(screen.queryByRole('option', { name: "Atrium 'Open' package" })).not.toBeInTheDocument();
  });

  it('shows the server\'s problem+json field errors next to their fields', async () => {
    const fetch = answer({
      '/api/guidance/guidance-files': () =>
        json(422, {
          type: 'about:blank', title: 'Request refused', status: 422, detail: 'enterpriseNumber is not registered in the CRM',
          errors: [{ field: 'enterpriseNumber', reason: 'is not registered in the CRM' }, { field: 'somethingElse', reason: 'is odd' }],
        }, 'application/problem+json'),
    });
    vi.stubGlobal('fetch', fetch);
    document.cookie = 'XSRF-TOKEN=token-123';
    renderIn(<OpenGuidanceFileForm me={me()} enterpriseNumber="0712345531" />);
    fireEvent.change(screen.getByLabelText(/Package/), { target: { value: 'CREATION' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open a guidance file' }));

    const error = await screen.findByTestId('enterpriseNumber-error');
    expect(error).toHaveTextContent('Refused by the service: is not registered in the CRM');
    expect(screen.getByLabelText(/Enterprise number/)).toHaveAttribute('aria-invalid', 'true');
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Some values were refused.');
    expect(alert).toHaveTextContent('somethingElse: is odd'); // a field the form does not show
    expect(alert).not.toHaveTextContent('enterpriseNumber: is not registered');

    const [, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.method).toBe('POST');
    expect((init.headers as Record<string, string>)['X-XSRF-TOKEN']).toBe('token-123');
    expect(JSON.parse(init.body as string)).toEqual({ enterpriseNumber: '0712345531', packageType: 'CREATION' });

    // editing the field clears the server's reason for it
    fireEvent.change(screen.getByLabelText(/Enterprise number/), { target: { value: '0403019261' } });
    expect(screen.queryByTestId('enterpriseNumber-error')).not.toBeInTheDocument();
  });

  it('explains an edit conflict', async () => {
    vi.stubGlobal('fetch', answer({
      '/api/guidance/guidance-files': () => json(409, { title: 'Edit conflict', status: 409, detail: 'version 3 is stale' }, 'application/problem+json'),
    }));
    renderIn(<OpenGuidanceFileForm me={me()} enterpriseNumber="0403019261" />);
    fireEvent.change(screen.getByLabelText(/Package/), { target: { value: 'GROWTH' } });
    fireEvent.click(screen.getByRole('button', { name: 'Open a guidance file' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this record in the meantime');
  });

  it('refuses to send with required fields missing', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderIn(<OpenGuidanceFileForm me={me()} enterpriseNumber="" />);
    fireEvent.click(screen.getByRole('button', { name: 'Open a guidance file' }));
    expect(screen.getByTestId('packageType-error')).toHaveTextContent('This field is required.');
    expect(fetch).not.toHaveBeenCalled();
  });
});
