/**
 * The one HTTP client of the UI: same-origin calls through the gateway with the session cookie, the
 * CSRF token copied from the XSRF-TOKEN cookie into X-XSRF-TOKEN on every state-changing call, and
 * every failure turned into a {@link ApiError} carrying the problem+json body.
 */
import type {
  AgencyCode, AgencyInvolvement, Company, Company360, IndicatorReport, KboImportJob, CompanyHit, FinancingApplication, JourneyFilter, Team, GuidanceFile, JourneyItem, LocationRequest, Me, OpenGuidanceFileBody, Page,
  Problem, RecordApplicationBody, RecordLocationRequestBody, Referral, ReferralInbox, ReferralMove, ReferralState,
} from './types';

export class ApiError extends Error {
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.title);
    this.problem = problem;
  }

  get status(): number {
    return this.problem.status;
  }
}

/** status 0: the gateway could not be reached at all */
export const NETWORK_ERROR = 0;

export function csrfToken(cookies: string = document.cookie): string | null {
  const match = /(?:^|;\s*)XSRF-TOKEN=([^;]*)/.exec(cookies);
  return match ? decodeURIComponent(match[1]) : null;
}

async function toProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      const body = (await response.json()) as Partial<Problem>;
      return {
        type: body.type,
        title: body.title || response.statusText || String(response.status),
        status: response.status,
        detail: body.detail,
        errors: Array.isArray(body.errors) ? body.errors : [],
      };
    } catch {
      // not JSON after all: fall through
    }
  }
  return { title: response.statusText || String(response.status), status: response.status, errors: [] };
}

export async function request<T>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET' && method !== 'HEAD') {
    const token = csrfToken();
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
  }
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body),
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') {
      throw error;
    }
    throw new ApiError({ title: 'network', status: NETWORK_ERROR, errors: [] });
  }
  if (!response.ok) {
    throw new ApiError(await toProblem(response));
  }
  if (response.status === 204) {
    return undefined as T;
  }
  return (await response.json()) as T;
}

function query(params: { [key: string]: string | number | string[] | undefined }): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (Array.isArray(value)) {
      value.forEach((item) => search.append(key, item));
    } else if (value !== undefined && value !== '') {
      search.set(key, String(value));
    }
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}

export type PageRequest = {
  page: number;
  size: number;
};

/** The platform's REST API, as the UI uses it. */
export const api = {
  me: (signal?: AbortSignal) => request<Me>('GET', '/api/me', undefined, signal),

  /** POST /logout with Accept: application/json: 202 and the identity provider's logout URL in Location. */
  async logout(): Promise<string> {
    const token = csrfToken();
    const response = await fetch('/logout', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { Accept: 'application/json', ...(token ? { 'X-XSRF-TOKEN': token } : {}) },
    });
    if (response.status === 202) {
      return response.headers.get('Location') ?? '/';
    }
    if (response.status === 403) {
      // a stale CSRF cookie: a reload fetches a fresh one, and the user logs out again
      throw new ApiError({ title: 'csrf', status: 403, errors: [] });
    }
    return '/';
  },

  company: (number: string, signal?: AbortSignal) =>
    request<Company>('GET', `/api/crm/companies/${encodeURIComponent(number)}`, undefined, signal),

  /** q: an enterprise or establishment number in any notation, or the start of name words. */
  searchCompanies: (filter: { q: string } & PageRequest, signal?: AbortSignal) =>
    request<Page<CompanyHit>>('GET', `/api/crm/companies${query(filter)}`, undefined, signal),

  journey: (number: string, paging: PageRequest & JourneyFilter, signal?: AbortSignal) =>
    request<Page<JourneyItem>>('GET', `/api/crm/companies/${encodeURIComponent(number)}/journey${query({ ...paging })}`,
      undefined, signal),

  /** The 360 view: each pole's live summary (or why it is unavailable, with the last known journey data). */
  company360: (number: string, signal?: AbortSignal) =>
    request<Company360>('GET', `/api/crm/companies/${encodeURIComponent(number)}/360`, undefined, signal),

  /** Who else works with the company: each agency's latest entry, contact and whether its file is open. */
  agencies: (number: string, signal?: AbortSignal) =>
    request<AgencyInvolvement[]>('GET', `/api/crm/companies/${encodeURIComponent(number)}/agencies`, undefined, signal),

  team: (number: string, signal?: AbortSignal) =>
    request<Team>('GET', `/api/crm/companies/${encodeURIComponent(number)}/team`, undefined, signal),

  /** Refers the company from the caller's agency to another one. */
  sendReferral: (number: string, body: { toAgency: AgencyCode; reason: string }) =>
    request<Referral>('POST', `/api/crm/companies/${encodeURIComponent(number)}/referrals`, body),

  referrals: (
    filter: { inbox: ReferralInbox; overdue?: boolean; state?: ReferralState[]; company?: string; sort?: 'newest' | 'oldest' } & PageRequest,
    signal?: AbortSignal,
  ) =>
    request<Page<Referral>>('GET', `/api/crm/referrals${query({ ...filter, overdue: filter.overdue ? 'true' : undefined })}`, undefined, signal),

  /** Moves a referral on; version as read (409 when someone moved it in the meantime). */
  moveReferral: (referralId: string, move: ReferralMove) =>
    request<Referral>('POST', `/api/crm/referrals/${encodeURIComponent(referralId)}/transitions`, move),

  /** Names the caller's pole's member of the company's team; version as read (409 when stale). */
  assignTeamMember: (number: string, body: { username: string; name: string; email: string; version: number }) =>
    request<Team>('PUT', `/api/crm/companies/${encodeURIComponent(number)}/team/member`, body),

  /** Actiris flags (or unflags) a key account; version as read. */
  setKeyAccount: (number: string, body: { keyAccount: boolean; version: number }) =>
    request<Team>('PUT', `/api/crm/companies/${encodeURIComponent(number)}/key-account`, body),

  /** Actiris's key-account portfolio (mine: only the caller's). */
  keyAccounts: (filter: { mine?: boolean } & PageRequest, signal?: AbortSignal) =>
    request<Page<Team>>('GET', `/api/crm/key-accounts${query({ ...filter, mine: filter.mine ? 'true' : undefined })}`, undefined, signal),

  startKboImport: (body: { source: string; mode: 'FULL' | 'UPDATE'; dryRun: boolean }) =>
    request<KboImportJob>('POST', '/api/crm/kbo-imports', body),

  kboImport: (importId: string, signal?: AbortSignal) =>
    request<KboImportJob>('GET', `/api/crm/kbo-imports/${encodeURIComponent(importId)}`, undefined, signal),

  kboImports: (paging: PageRequest, signal?: AbortSignal) =>
    request<Page<KboImportJob>>('GET', `/api/crm/kbo-imports${query({ ...paging })}`, undefined, signal),

  cancelKboImport: (importId: string) =>
    request<KboImportJob>('POST', `/api/crm/kbo-imports/${encodeURIComponent(importId)}/cancel`),

  indicators: (period: { from?: string; until?: string }, signal?: AbortSignal) =>
    request<IndicatorReport>('GET', `/api/crm/indicators${query(period)}`, undefined, signal),

  /** The same aggregates as CSV (indicator,dimension,value), for a download link. */
  indicatorsCsvUrl: (period: { from?: string; until?: string }) => `/api/crm/indicators.csv${query(period)}`,

  guidanceFiles: (filter: { enterpriseNumber?: string } & PageRequest, signal?: AbortSignal) =>
    request<Page<GuidanceFile>>('GET', `/api/guidance/guidance-files${query(filter)}`, undefined, signal),

  openGuidanceFile: (body: OpenGuidanceFileBody) =>
    request<GuidanceFile>('POST', '/api/guidance/guidance-files', body),

  financingApplications: (filter: { enterpriseNumber?: string } & PageRequest, signal?: AbortSignal) =>
    request<Page<FinancingApplication>>('GET', `/api/financing/applications${query(filter)}`, undefined, signal),

  recordApplication: (body: RecordApplicationBody) =>
    request<FinancingApplication>('POST', '/api/financing/applications', body),

  locationRequests: (filter: { enterpriseNumber?: string } & PageRequest, signal?: AbortSignal) =>
    request<Page<LocationRequest>>('GET', `/api/housing/location-requests${query(filter)}`, undefined, signal),

  recordLocationRequest: (body: RecordLocationRequestBody) =>
    request<LocationRequest>('POST', '/api/housing/location-requests', body),
};

export type Api = typeof api;
