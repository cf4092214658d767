import { fireEvent, screen, waitFor } from '@testing-library/react';
import { answer, json, me, renderIn } from '../../test/render';
import { TeamPanel } from './TeamPanel';

const team = { enterpriseNumber: '0403019261', members: [], keyAccount: false, keyAccountSince: null, recruitmentNeeds: [], recruitmentRedacted: true, version: 4 };

describe('TeamPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('joins with the version read and explains a conflict', async () => {
    const fetch = answer({
      '/api/crm/companies/0403019261/team/member': () => json(409, { title: 'Edit conflict', status: 409, detail: 'the team changed' }, 'application/problem+json'),
      '/api/crm/companies/0403019261/team': () => json(200, team),
    });
    vi.stubGlobal('fetch', fetch);
    renderIn(<TeamPanel enterpriseNumber="0403019261" me={me()} />);
    expect(await screen.findByText(/Recruitment needs exist/)).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Join the team for my pole' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this record in the meantime');
    const put = fetch.mock.calls.find((call) => call[1]?.method === 'PUT')!;
    expect(JSON.parse(put[1]!.body as string)).toMatchObject({ username: 'marc.advisor', version: 4 });
    await waitFor(() => expect(fetch.mock.calls.filter((call) => call[1]?.method === 'GET').length).toBeGreaterThan(1));
  });

  it('lets Actiris flag a key account, and nobody else', async () => {
    vi.stubGlobal('fetch', answer({ '/api/crm/companies/0403019261/team': () => json(200, team) }));
    renderIn(<TeamPanel enterpriseNumber="0403019261" me={me({ username: 'ines.kam', agency: '/actiris', roles: ['kam'] })} />);
    expect(await screen.findByRole('button', { name: 'Flag as key account' })).toBeInTheDocument();
  });
});
