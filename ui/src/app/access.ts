/**
 * What the user's agency and roles let them do, to offer only the actions that will be allowed. The
 * services decide for real (every call is authorised where the data lives); this mirrors their rules
 * (guidance GuidanceFileAccess, financing FinancingAccess, housing HousingAccess) so that nobody is
 * shown a button that can only fail.
 */
import type { AgencyCode, Me, PackageType, Role, Instrument } from '../api/types';
import { INSTRUMENTS, PACKAGE_TYPES } from '../api/types';

const GUIDANCE_AGENCIES = ['/hub/1819', '/hub/impulse', '/hub/atrium', '/hub/bie'];
const FINANCING_AGENCIES = ['/finance', '/guarantee-fund'];
const HOUSING_AGENCIES = ['/citydev'];
const STAFF_ROLES: Role[] = ['intake', 'advisor', 'analyst', 'committee', 'kam', 'manager', 'auditor', 'admin'];

function hasAny(me: Me, roles: Role[]): boolean {
  return me.roles.some((role) => roles.includes(role));
}

function staffOf(me: Me, agencies: string[]): boolean {
  return me.agency !== null && agencies.includes(me.agency) && hasAny(me, STAFF_ROLES);
}

export const access = {
  isGuidanceStaff: (me: Me) => staffOf(me, GUIDANCE_AGENCIES),
  isFinancingStaff: (me: Me) => staffOf(me, FINANCING_AGENCIES),
  isHousingStaff: (me: Me) => staffOf(me, HOUSING_AGENCIES),
  /** The steering committee sees aggregates only, never a company. */
  mayReadCompanies: (me: Me) => hasAny(me, STAFF_ROLES) && me.agency !== '/steering',
  mayOpenGuidanceFile: (me: Me) =>
    staffOf(me, GUIDANCE_AGENCIES) && hasAny(me, ['advisor', 'intake', 'manager', 'admin']),
  mayRecordApplication: (me: Me) =>
    staffOf(me, FINANCING_AGENCIES) && hasAny(me, ['analyst', 'advisor', 'manager', 'admin']),
  mayRecordLocationRequest: (me: Me) => staffOf(me, HOUSING_AGENCIES) && hasAny(me, ['advisor', 'manager', 'admin']),
  /** Atrium's 'Open' package is Atrium's own programme. */
  packageTypes: (me: Me): PackageType[] =>
    PACKAGE_TYPES.filter((type) => type !== 'ATRIUM_OPEN' || me.agency === '/hub/atrium'),
  /** Guarantees are the Brussels Guarantee Fund's. */
  instruments: (me: Me): Instrument[] =>
    INSTRUMENTS.filter((instrument) => instrument !== 'GUARANTEE' || me.agency === '/guarantee-fund'),
};

const AGENCY_CODES: Record<string, AgencyCode> = {
  '/hub/1819': 'HUB_1819', '/hub/impulse': 'HUB_IMPULSE', '/hub/atrium': 'HUB_ATRIUM', '/hub/bie': 'HUB_BIE',
  '/finance': 'FINANCE', '/guarantee-fund': 'GUARANTEE_FUND', '/citydev': 'CITYDEV', '/actiris': 'ACTIRIS', '/steering': 'STEERING',
};

/** The services' agency name for a Keycloak group path ("/hub/impulse" → "HUB_IMPULSE"). */
export function agencyCodeOf(groupPath: string | null): AgencyCode | null {
  return groupPath ? AGENCY_CODES[groupPath] ?? null : null;
}

/** The partner agencies a referral may go to: every one but the caller's own and the steering committee. */
export function referralTargets(me: Me): AgencyCode[] {
  const own = agencyCodeOf(me.agency);
  return Object.values(AGENCY_CODES).filter((code) => code !== own && code !== 'STEERING');
}

/** Case workers of a partner agency handle referrals. */
export function mayHandleReferrals(me: Me): boolean {
  return agencyCodeOf(me.agency) !== null && me.agency !== '/steering'
    && me.roles.some((role) => ['intake', 'advisor', 'analyst', 'committee', 'kam', 'manager', 'admin'].includes(role));
}

/** The SBA indicators: the steering committee, auditors, managers and administrators (aggregates only). */
export function mayReadIndicators(me: Me): boolean {
  return me.agency === '/steering' || me.roles.some((role) => ['auditor', 'manager', 'admin'].includes(role));
}
