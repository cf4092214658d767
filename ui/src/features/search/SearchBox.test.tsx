import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { answer, json, renderIn } from '../../test/render';
import { SearchBox } from './SearchBox';

const company = {
  companyId: 'c1',
  enterpriseNumber: '0403019261',
  formattedNumber: '0403.019.261',
  name: 'Brasserie du Sablon',
  commune: 'BRUXELLES',
  mainNaceCode: '56101',
  kboStatus: 'AC',
  registeredAt: '2026-11-01T09:00:00Z',
};
const page = (items: unknown[]) => ({ items, page: 0, size: 8, totalItems: items.length, totalPages: 1 });

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
    const fetch = answer({ '/api/crm/companies?q=0403019261&page=0&size=8': () => json(200, page([company])) });
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
    vi.stubGlobal('fetch', answer({ '/api/crm/companies?q=0403019261': () => json(200, page([company])) }));
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
    vi.stubGlobal('fetch', answer({ '/api/crm/companies?q=0403019261': () => json(200, page([company])) }));
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
    vi.stubGlobal('fetch', answer({ '/api/crm/companies?q=0712345531': () => json(200, page([])) }));
    renderIn(<SearchBox onOpen={() => undefined} />);
    type('0712345531');
    expect(await screen.findByText('No company is registered with this number.')).toBeInTheDocument();
  });

  it('searches names from two characters on and lists the hits with their commune', async () => {
    const fetch = answer({
      '/api/crm/companies?q=sablon': () => json(200, { ...page([company, { ...company, enterpriseNumber: '0712345531', formattedNumber: '0712.345.531', name: 'Sablon Bikes', commune: 'IXELLES' }]), totalItems: 12, totalPages: 2 }),
    });
    vi.stubGlobal('fetch', fetch);
    const onOpen = vi.fn();
    renderIn(<SearchBox onOpen={onOpen} />, 'nl');
    type('s');
    expect(screen.getByText(/minstens 2 tekens/)).toBeInTheDocument();
    type('sablon');
    const options = await screen.findAllByRole('option');
    expect(options).toHaveLength(2);
    expect(options[1]).toHaveTextContent('Sablon Bikes');
    expect(options[1]).toHaveTextContent('Elsene');
    expect(screen.getByText('2 van 12 getoond; typ verder om te verfijnen.')).toBeInTheDocument();
    const box = screen.getByRole('combobox');
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(options[1]).toHaveAttribute('aria-selected', 'true');
    expect(box).toHaveAttribute('aria-activedescendant', options[1].id);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(options[0]).toHaveAttribute('aria-selected', 'true');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ name: 'Sablon Bikes' }));
    expect(fetch).toHaveBeenCalledTimes(1);
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
      '/api/crm/companies?q=': () => json(503, { title: 'Service Unavailable', status: 503, detail: 'The crm service is unavailable' }, 'application/problem+json'),
    }));
    renderIn(<SearchBox onOpen={() => undefined} />);
    type('0403019261');
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('A service is not answering right now'));
  });
});
