import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { KboImportJob } from '../../api/types';
import { answer, json, renderIn } from '../../test/render';
import { KboImportPage, KboImportReport } from './KboImportPage';

function job(overrides: Partial<KboImportJob> = {}): KboImportJob {
  return {
    importId: 'k1', source: 'sample', mode: 'FULL', dryRun: true, requestedBy: 'adam.admin', requestedAt: '2026-11-25T08:00:00Z',
    status: 'RUNNING', phase: 'writing companies', enterprisesTotal: 300, enterprisesDone: 120, created: 100, updated: 15,
    unchanged: 5, statusChanges: 2, malformedRows: 1, errors: [{ file: 'enterprise.csv', line: 42, reason: 'bad start date' }],
    finishedAt: null, failure: '', ...overrides,
  };
}

describe('KBO import', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the progress of a running import and its refused rows with line and reason', () => {
    renderIn(<KboImportReport job={job()} />);
    expect(screen.getByRole('progressbar')).toHaveAttribute('value', '120');
    expect(screen.getByText('writing companies: 120 of 300 enterprises')).toBeInTheDocument();
    expect(screen.getByRole('cell', { name: '42' })).toBeInTheDocument();
    expect(screen.getByText('bad start date')).toBeInTheDocument();
  });

  it('starts a dry run and follows it until it completes', async () => {
    let polls = 0;
    const fetch = answer({
      '/api/crm/kbo-imports/k1': () => json(200, ++polls < 2 ? job() : job({ status: 'COMPLETED', enterprisesDone: 300, errors: [] })),
      '/api/crm/kbo-imports?page=0': () => json(200, { items: [], page: 0, size: 10, totalItems: 0, totalPages: 0 }),
      '/api/crm/kbo-imports': () => json(202, job({ status: 'QUEUED', enterprisesDone: 0 })),
    });
    vi.stubGlobal('fetch', fetch);
    renderIn(<KboImportPage />);
    fireEvent.click(screen.getByRole('button', { name: 'Start the import' }));
    await waitFor(() => expect(screen.getAllByText('Completed').length).toBeGreaterThan(0), { timeout: 4000 });
    const start = fetch.mock.calls.find((call) => call[1]?.method === 'POST')!;
    expect(JSON.parse(start[1]!.body as string)).toEqual({ source: 'sample', mode: 'FULL', dryRun: true });
  });
});
