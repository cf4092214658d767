import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { Referral } from '../../api/types';
import { answer, json, me, renderIn } from '../../test/render';
import { ReferralInbox } from './ReferralInbox';
import { slaState } from './sla';

function referral(overrides: Partial<Referral> = {}): Referral {
  return {
    referralId: 'r1', enterpriseNumber: '0403019261', fromAgency: 'HUB_1819',
    referrer: { username: 'lea.intake', name: 'Léa Janssens', email: 'lea@x' }, toAgency: 'HUB_IMPULSE', assignee: null,
    reason: 'Needs a growth plan', state: 'SENT', sentAt: '2026-11-10T09:00:00Z', stateSince: '2026-11-10T09:00:00Z',
    dueAt: '2026-11-17T09:00:00Z', overdue: true, agencyToAct: 'HUB_IMPULSE', declineReason: null, fileReference: null,
    outcomeCode: null, outcomeNote: null, history: [{ state: 'SENT', at: '2026-11-10T09:00:00Z', agency: 'HUB_1819', by: 'lea.intake', note: '' }],
    version: 1, ...overrides,
  };
}

const page = (items: Referral[]) => ({ items, page: 0, size: 20, totalItems: items.length, totalPages: 1 });

describe('referral inbox', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('colours the SLA: overdue, due soon, on time', () => {
    const now = new Date('2026-11-16T12:00:00Z');
    expect(slaState(referral(), now)).toBe('overdue');
    expect(slaState(referral({ overdue: false }), now)).toBe('soon');
    expect(slaState(referral({ overdue: false, dueAt: '2026-11-20T09:00:00Z' }), now)).toBe('onTime');
    expect(slaState(referral({ overdue: false, dueAt: null }), now)).toBe('none');
  });

  it('lists what to act on, overdue in red, and accepts', async () => {
    const fetch = answer({
      '/api/crm/referrals/r1/transitions': () => json(200, referral({ state: 'ACCEPTED', overdue: false })),
      '/api/crm/referrals?inbox=AGENCY': () => json(200, page([referral()])),
    });
    vi.stubGlobal('fetch', fetch);
    renderIn(<ReferralInbox me={me()} />);
    const card = await screen.findByTestId('referral');
    expect(card).toHaveClass('sla-overdue');
    expect(within(card).getByTestId('referral-sla')).toHaveTextContent('Overdue since 17/11/2026 10:00');
    fireEvent.click(within(card).getByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(fetch).toHaveBeenCalledWith('/api/crm/referrals/r1/transitions', expect.anything()));
    const init = fetch.mock.calls.find((call) => String(call[0]).endsWith('/transitions'))![1]!;
    expect(JSON.parse(init.body as string)).toEqual({ state: 'ACCEPTED', version: 1 });
  });

  it('declines only with a reason', async () => {
    const fetch = answer({
      '/api/crm/referrals/r1/transitions': () => json(200, referral({ state: 'DECLINED' })),
      '/api/crm/referrals?inbox=AGENCY': () => json(200, page([referral()])),
    });
    vi.stubGlobal('fetch', fetch);
    renderIn(<ReferralInbox me={me()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Decline' }));
    fireEvent.click(within(screen.getByRole('form', { name: 'Decline' })).getByRole('button', { name: 'Decline' }));
    expect(screen.getByText('A decline needs its reason.')).toBeInTheDocument();
    expect(fetch.mock.calls.some((call) => String(call[0]).endsWith('/transitions'))).toBe(false);
    fireEvent.change(screen.getByLabelText(/Reason for declining/), { target: { value: 'Not our sector' } });
    fireEvent.click(within(screen.getByRole('form', { name: 'Decline' })).getByRole('button', { name: 'Decline' }));
    await waitFor(() => expect(fetch.mock.calls.some((call) => String(call[0]).endsWith('/transitions'))).toBe(true));
  });

  it('explains that someone else moved the referral in the meantime', async () => {
    vi.stubGlobal('fetch', answer({
      '/api/crm/referrals/r1/transitions': () => json(409, { title: 'Edit conflict', status: 409, detail: 'version 1 is stale' }, 'application/problem+json'),
      '/api/crm/referrals?inbox=AGENCY': () => json(200, page([referral()])),
    }));
    renderIn(<ReferralInbox me={me()} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Accept' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Someone else changed this record in the meantime');
  });

  it('offers no step to the agency that does not have to act', async () => {
    vi.stubGlobal('fetch', answer({ '/api/crm/referrals?inbox=AGENCY': () => json(200, page([referral()])) }));
    renderIn(<ReferralInbox me={me({ agency: '/hub/1819', roles: ['intake'] })} />);
    const card = await screen.findByTestId('referral');
    expect(within(card).queryByRole('button', { name: 'Accept' })).not.toBeInTheDocument();
  });
});
