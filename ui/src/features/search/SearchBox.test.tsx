import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { answer, json, renderIn } from '../../test/render';
import { SearchBox } from './SearchBox';

const company = {
  companyId: 'c1',
  enterpriseNumber: '0403019261',
  formattedNumber: '0403.019.261',
  name: 'Brasserie du Sablon',
  registeredAt: '2026-11-01T09:00:00Z',
};

describe('SearchBox', () => {
  afterEach(() => vi.unstubAllGlobals());

  function type(value: string) {
    fireEvent.change(screen.getByRole('combobox'), { target: { value } });
  }

  it('validates the enterprise number with mod-97 as it is typed', () => {
    renderIn(<SearchBox onOpen={() => undefined} />);
    type('0403.01');
    expect(screen.getByText('6 of 10 digits typed.')).toBeInTheDocument();
    expect(screen.getByRole('combobox')).not.toHaveAttribute('aria-invalid');
    type('0403.019.262');
    expect(screen.getByText(/check digits \(mod 97\) do not match/)).toBeInTheDocument();
    expect(screen.getByRole('combobox')).toHaveAttribute('aria-invalid', 'true');
  });

  it('looks the company up as you type and opens it with the keyboard', async () => {
    const fetch = answer({ '/api/crm/companies/0403019261': () => json(200, company) });
    vi.stubGlobal('fetch', fetch);
    const onOpen = vi.fn();
    renderIn(<SearchBox onOpen={onOpen} />);
    const box = screen.getByRole('combobox');
    box.focus();
    type('BE 0403 019 261');
    expect(screen.getByText('Valid enterprise number 0403.019.261.')).toBeInTheDocument();
    const option = await screen.findByRole('option', { name: /Brasserie du Sablon/ });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', option.id);
    expect(option).toHaveAttribute('aria-selected', 'true');

    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(option).toHaveAttribute('aria-selected', 'true'); // one result: wraps onto itself
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(company);
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('closes the list with Escape, then clears the box with a second Escape', async () => {
    vi.stubGlobal('fetch', answer({ '/api/crm/companies/': () => json(200, company) }));
    renderIn(<SearchBox onOpen={() => undefined} />);
    const box = screen.getByRole('combobox');
    type('0403019261');
    await screen.findByRole('option', { name: /Brasserie/ });
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveAttribute('aria-expanded', 'false');
    expect(box).not.toHaveAttribute('aria-activedescendant');
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box).toHaveValue('');
  });

  it('moves through results with the arrow keys and reopens the list', async () => {
    vi.stubGlobal('fetch', answer({ '/api/crm/companies/': () => json(200, company) }));
    const onOpen = vi.fn();
    renderIn(<SearchBox onOpen={onOpen} />);
    const box = screen.getByRole('combobox');
    type('0403019261');
    await screen.findByRole('option', { name: /Brasserie/ });
    fireEvent.keyDown(box, { key: 'Escape' });
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    expect(box).toHaveAttribute('aria-expanded', 'true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('says when no company has the number', async () => {
    vi.stubGlobal('fetch', answer({
      '/api/crm/companies/': () => json(404, { title: 'Not Found', status: 404 }, 'application/problem+json'),
    }));
    renderIn(<SearchBox onOpen={() => undefined} />);
    type('0712345531');
    expect(await screen.findByText('No company is registered with this number.')).toBeInTheDocument();
  });

  it('never calls the server for an invalid number', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderIn(<SearchBox onOpen={() => undefined} />);
    type('0403019262');
    await act(() => new Promise((resolve) => setTimeout(resolve, 300)));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('shows a failing lookup as a problem, not as "no company"', async () => {
    vi.stubGlobal('fetch', answer({
      '/api/crm/companies/': () => json(503, { title: 'Service Unavailable', status: 503, detail: 'The crm service is unavailable' }, 'application/problem+json'),
    }));
    renderIn(<SearchBox onOpen={() => undefined} />);
    type('0403019261');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('A service is not answering right now'));
  });
});
