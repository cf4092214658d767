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

/** A Belgian address as the KBO gives it; empty strings, never null. */
export interface Address {
  zipcode: string;
  municipalityFr: string;
  municipalityNl: string;
  streetFr: string;
  streetNl: string;
  houseNumber: string;
  box: string;
}

/** One KBO name: language 1 FR, 2 NL, 3 DE, 4 EN, 0 unknown; type 001 name, 002 abbreviation, 003 commercial. */
export interface Denomination {
  language: string;
  type: string;
  value: string;
}

export interface Activity {
  activityGroup: string;
  naceVersion: string;
  naceCode: string;
  /** MAIN or SECO */
  classification: string;
}

export interface Establishment {
  number: string;
  /** 2.123.456.789 */
  formattedNumber: string;
  startDate: string | null;
  address: Address | null;
}

/** The KBO identity, every value from the file named in source (field provenance). */
export interface KboIdentity {
  status: string;
  juridicalSituation: string;
  typeOfEnterprise: string;
  juridicalForm: string;
  juridicalFormLabel: Record<string, string>;
  startDate: string | null;
  names: Denomination[];
  registeredAddress: Address | null;
  commune: Commune | null;
  activities: Activity[];
  establishments: Establishment[];
  source: { importId: string; fileName: string; importedAt: string } | null;
}

export const SIZE_CLASSES = ['SELF_EMPLOYED', 'MICRO', 'SMALL', 'MEDIUM', 'LARGE'] as const;
export const COMPANY_FLAGS = ['HIGH_POTENTIAL', 'FARMING', 'REGIONAL_INTEREST', 'KEY_ACCOUNT', 'RESTART', 'TRANSFER', 'KBO_STATUS_ALERT'] as const;

/** What staff entered about the company. */
export interface CompanyProfile {
  sizeClass: (typeof SIZE_CLASSES)[number] | null;
  sector: string;
  cluster: string;
  flags: string[];
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
  /** optimistic lock (absent from older CRM answers) */
  version?: number;
  /** PRE_CREATION, CREATION, GROWTH, DIFFICULTY, RESTART, TRANSFER, CEASED */
  lifeCycleStage?: string;
  profile?: CompanyProfile;
  /** null when the company has no KBO data */
  kbo?: KboIdentity | null;
}

/** GET /api/crm/companies?q=&commune=&nace=&sort=&page=&size= (identity data only) */
export interface CompanyHit {
  companyId: string;
  enterpriseNumber: string;
  formattedNumber: string;
  name: string;
  commune: Commune | null;
  mainNaceCode: string;
  kboStatus: string;
  registeredAt: string;
}

/** GET /api/crm/companies/{number}/agencies: who else works with the company. */
export interface AgencyInvolvement {
  agency: AgencyCode;
  pole: 'GUIDANCE' | 'FINANCING' | 'HOUSING' | 'EMPLOYMENT' | 'NONE';
  openFile: boolean;
  contact: Contact | null;
  stage: string;
  since: string;
  latest: JourneyItem;
}

/** GET /api/crm/companies/{number}/team */
export interface Team {
  enterpriseNumber: string;
  members: Array<{ pole: string; agency: AgencyCode; username: string; name: string; email: string; assignedAt: string }>;
  keyAccount: boolean;
  keyAccountSince: string | null;
  recruitmentNeeds: Array<{
    needId: string; kind: string; title: string; positions: number; candidates: number; date: string; status: string; recordedAt: string;
  }>;
  /** needs exist but the reader may not see them */
  recruitmentRedacted: boolean;
  version: number;
}

/** Filters of GET /api/crm/companies/{number}/journey */
export interface JourneyFilter {
  agency?: AgencyCode[];
  /** a type or its start, e.g. "financing" */
  type?: string;
  /** ISO instants */
  from?: string;
  until?: string;
  confidentiality?: 'SHARED' | 'CONFIDENTIAL';
  sort?: 'newest' | 'oldest';
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

/** One live item of a pole's summary in the 360 view; detail null when redacted or absent. */
export interface PoleItem {
  id: string;
  agency: AgencyCode;
  kind: string;
  stage: string;
  contactName: string | null;
  contactEmail: string | null;
  since: string;
  detail: string | null;
  redacted: boolean;
}

/** One pole in the 360 view: its live summary, or why it did not answer and the last known journey data. */
export interface PoleSummary {
  pole: 'GUIDANCE' | 'FINANCING' | 'HOUSING';
  available: boolean;
  /** ANSWERED, or DEADLINE_EXCEEDED, CIRCUIT_OPEN, BULKHEAD_FULL, UNAVAILABLE */
  status: string;
  tookMillis: number;
  items: PoleItem[];
  lastKnown: JourneyItem[];
}

/** GET /api/crm/companies/{number}/360: always 200 for a known company, even when poles do not answer. */
export interface Company360 {
  profile: { companyId: string; enterpriseNumber: string; formattedNumber: string; name: string; lifeCycleStage: string; registeredAt: string };
  agencies: AgencyInvolvement[];
  team: Team;
  journey: JourneyItem[];
  journeyTotal: number;
  poles: PoleSummary[];
}

export const REFERRAL_STATES = ['SENT', 'RECEIVED', 'ACCEPTED', 'DECLINED', 'IN_PROGRESS', 'OUTCOME_REPORTED', 'CLOSED'] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];
export const OUTCOME_CODES = [
  'SUPPORT_GIVEN', 'FINANCING_GRANTED', 'FINANCING_REFUSED', 'PREMISES_FOUND', 'RECRUITMENT_SUPPORTED', 'REFERRED_ELSEWHERE', 'NO_FOLLOW_UP',
] as const;
export type OutcomeCode = (typeof OUTCOME_CODES)[number];

export interface Person {
  username: string;
  name: string;
  email: string;
}

/** A closed-loop referral between two agencies (only those two ever read it). */
export interface Referral {
  referralId: string;
  enterpriseNumber: string;
  fromAgency: AgencyCode;
  referrer: Person;
  toAgency: AgencyCode;
  assignee: Person | null;
  reason: string;
  state: ReferralState;
  sentAt: string;
  stateSince: string;
  /** the SLA's deadline for the current state, null when none runs */
  dueAt: string | null;
  overdue: boolean;
  /** the agency that must act next, null when closed */
  agencyToAct: AgencyCode | null;
  declineReason: string | null;
  fileReference: string | null;
  outcomeCode: OutcomeCode | null;
  outcomeNote: string | null;
  history: Array<{ state: ReferralState; at: string; agency: AgencyCode; by: string; note: string }>;
  version: number;
}

/** POST /api/crm/referrals/{id}/transitions */
export interface ReferralMove {
  state: ReferralState;
  version: number;
  note?: string;
  outcomeCode?: OutcomeCode;
  fileReference?: string;
}

export type ReferralInbox = 'AGENCY' | 'MINE' | 'ALL';

/** A KBO import job: what was asked, how far it got, its report (GET /api/crm/kbo-imports/{id}). */
export interface KboImportJob {
  importId: string;
  /** "sample" or a file of the drop folder */
  source: string;
  mode: 'FULL' | 'UPDATE';
  dryRun: boolean;
  requestedBy: string;
  requestedAt: string;
  status: 'QUEUED' | 'RUNNING' | 'COMPLETED' | 'CANCELLED' | 'FAILED';
  phase: string;
  enterprisesTotal: number;
  enterprisesDone: number;
  created: number;
  updated: number;
  unchanged: number;
  statusChanges: number;
  malformedRows: number;
  /** the first refused rows */
  errors: Array<{ file: string; line: number; reason: string }>;
  finishedAt: string | null;
  failure: string;
}

/** GET /api/crm/indicators?from&until: the SBA dashboard's aggregates, never a company or a person. */
export interface IndicatorReport {
  from: string;
  until: string;
  /** dimension "" is a total */
  rows: Array<{ indicator: string; dimension: string; value: number }>;
}
