import type { Referral } from '../../api/types';

/** One working day, roughly: a referral due within it is "due soon". */
const SOON_MS = 24 * 60 * 60 * 1000;

export type SlaState = 'overdue' | 'soon' | 'onTime' | 'none';

/** Where a referral stands against its SLA: red overdue, amber due within a day, green on time. */
export function slaState(referral: Referral, now: Date = new Date()): SlaState {
  if (referral.overdue) {
    return 'overdue';
  }
  if (!referral.dueAt) {
    return 'none';
  }
  const left = new Date(referral.dueAt).getTime() - now.getTime();
  if (left < 0) {
    return 'overdue';
  }
  return left <= SOON_MS ? 'soon' : 'onTime';
}

/** What the caller's agency may do next with a referral (the CRM decides; this offers the right buttons). */
export function nextMoves(referral: Referral, myAgency: string | null): Referral['state'][] {
  const mine = myAgency !== null && referral.agencyToAct === myAgency;
  if (!mine) {
    return [];
  }
  switch (referral.state) {
    case 'SENT':
    case 'RECEIVED':
      return ['ACCEPTED', 'DECLINED'];
    case 'ACCEPTED':
      return ['IN_PROGRESS'];
    case 'IN_PROGRESS':
      return ['OUTCOME_REPORTED'];
    case 'DECLINED':
    case 'OUTCOME_REPORTED':
      return ['CLOSED'];
    default:
      return [];
  }
}
