/**
 * The REST shapes of the platform as the gateway serves them (paths under /api/<service>/ with the
 * prefix stripped before the service). Written once, against the services' controllers; keep in step
 * with them (crm CompanyController/JourneyController, guidance GuidanceFileController, financing
 * FinancingApplicationController, housing LocationRequestController, gateway MeController).
 */

/** GET /api/me */
export interface Me {
  username: string;
  name: string | null;
  email: string | null;
  /** first agency group path, e.g. "/hub/impulse" */
  agency: string | null;
  agencies: string[];
  roles: Role[];
}

export type Role = 'intake' | 'advisor' | 'analyst' | 'committee' | 'kam' | 'manager' | 'auditor' | 'admin' | 'service' | 'partner';

/** Agency enum names as the services write them. */
export type AgencyCode =
  | 'HUB_1819' | 'HUB_IMPULSE' | 'HUB_ATRIUM' | 'HUB_BIE' | 'FINANCE' | 'GUARANTEE_FUND' | 'CITYDEV' | 'ACTIRIS' | 'STEERING';

/** Every list answer of the services. */
export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
  totalPages: number;
}

/** application/problem+json */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export interface FieldError {
  field: string;
  reason: string;
}

export interface Contact {
  name: string | null;
  email: string | null;
}

/** GET /api/crm/companies/{number} */
export interface Company {
  companyId: string;
  /** ten digits */
  enterpriseNumber: string;
  /** 0403.019.261 */
  formattedNumber: string;
  name: string;
  registeredAt: string;
}

/** GET /api/crm/companies/{number}/journey?page&size */
export interface JourneyItem {
  eventId: string;
  enterpriseNumber: string;
  sourceAgency: AgencyCode;
  type: string;
  occurredAt: string;
  headline: string;
  contact: Contact | null;
  confidentiality: 'SHARED' | 'CONFIDENTIAL';
  /** null when redacted */
  detail: string | null;
  redacted: boolean;
  sourceReference: string | null;
}

export interface Amount {
  currency: string;
  /** exact decimal text, "25000.00" */
  value: string;
}

export const PACKAGE_TYPES = [
  'UNIVERSAL', 'CREATION', 'HIGH_POTENTIAL_STARTER', 'ATRIUM_OPEN', 'GROWTH', 'RESTART', 'TRANSFER', 'TRANSITION',
] as const;
export type PackageType = (typeof PACKAGE_TYPES)[number];

/** /api/guidance/guidance-files */
export interface GuidanceFile {
  fileId: string;
  enterpriseNumber: string;
  companyName: string;
  companyVerified: boolean;
  packageType: PackageType;
  agency: AgencyCode;
  adviser: Contact;
  stage: string;
  stageSince: string;
  openedAt: string;
  note: string | null;
  noteRedacted: boolean;
  version: number;
}

export interface OpenGuidanceFileBody {
  enterpriseNumber: string;
  packageType: PackageType;
  note?: string;
}

export const INSTRUMENTS = [
  'START_LOAN', 'SUBORDINATED_LOAN', 'EQUITY', 'BANK_COFINANCING', 'MICROCREDIT', 'HONOUR_LOAN', 'PRE_SEED',
  'CO_INVESTMENT', 'EXPORT_FINANCE', 'GUARANTEE',
] as const;
export type Instrument = (typeof INSTRUMENTS)[number];

/** /api/financing/applications */
export interface FinancingApplication {
  applicationId: string;
  enterpriseNumber: string;
  companyName: string;
  companyVerified: boolean;
  instrument: Instrument;
  amount: Amount;
  purpose: string;
  agency: AgencyCode;
  analyst: Contact;
  stage: string;
  submittedAt: string;
  version: number;
}

export interface RecordApplicationBody {
  enterpriseNumber: string;
  instrument: Instrument;
  amount: Amount;
  purpose: string;
}

export const UNIT_TYPES = ['OFFICE', 'WORKSHOP', 'LAB', 'DESK', 'PLOT', 'STORAGE'] as const;
export type UnitType = (typeof UNIT_TYPES)[number];

/** The 19 communes of the Brussels-Capital Region (housing-service Commune). */
export const COMMUNES = [
  'ANDERLECHT', 'AUDERGHEM', 'BERCHEM_SAINTE_AGATHE', 'BRUXELLES', 'ETTERBEEK', 'EVERE', 'FOREST', 'GANSHOREN',
  'IXELLES', 'JETTE', 'KOEKELBERG', 'MOLENBEEK_SAINT_JEAN', 'SAINT_GILLES', 'SAINT_JOSSE_TEN_NOODE', 'SCHAERBEEK',
  'UCCLE', 'WATERMAEL_BOITSFORT', 'WOLUWE_SAINT_LAMBERT', 'WOLUWE_SAINT_PIERRE',
] as const;
export type Commune = (typeof COMMUNES)[number];

/** /api/housing/location-requests */
export interface LocationRequest {
  requestId: string;
  enterpriseNumber: string;
  companyName: string;
  companyVerified: boolean;
  unitType: UnitType;
  surfaceMin: number;
  surfaceMax: number;
  maxMonthlyBudget: Amount | null;
  communes: Commune[];
  /** ISO date */
  wantedFrom: string;
  agency: AgencyCode;
  officer: Contact;
  stage: string;
  requestedAt: string;
  version: number;
}

export interface RecordLocationRequestBody {
  enterpriseNumber: string;
  unitType: UnitType;
  surfaceMin: number;
  surfaceMax: number;
  maxMonthlyBudget?: Amount;
  communes: Commune[];
  wantedFrom: string;
}
