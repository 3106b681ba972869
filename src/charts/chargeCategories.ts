/**
 * The categories of a scheme's cost the comparison charts stack, in the order of the
 * breakdown 001 §2.11 asks for: extension (contestable, then not), reinforcement (the
 * customer's CAF share, then what the operator funds), O&M and fees, then the categories
 * most estimates do not have (pass-through, previous works, land rights).
 */
import type { SchemeTotals } from '../engine/types';
import type { CategoryKey } from './palette';

export interface ChargeCategory {
  key: CategoryKey & keyof SchemeTotals;
  label: string;
  /** Shown even when zero: the core categories every reader expects to see. */
  isCore: boolean;
  /** False for money the customer does not pay (operator-funded reinforcement). */
  isCharged: boolean;
}

export const CHARGE_CATEGORIES: readonly ChargeCategory[] = [
  {
    key: 'extensionContestable',
    label: 'Extension – contestable',
    isCore: true,
    isCharged: true,
  },
  {
    key: 'extensionNonContestable',
    label: 'Extension – non-contestable',
    isCore: true,
    isCharged: true,
  },
  {
    key: 'reinforcementCustomer',
    label: 'Reinforcement – your share',
    isCore: true,
    isCharged: true,
  },
  {
    key: 'reinforcementOperator',
    label: 'Reinforcement – operator funds',
    isCore: true,
    isCharged: false,
  },
  { key: 'om', label: 'Operation & maintenance', isCore: true, isCharged: true },
  { key: 'fees', label: 'Fees', isCore: true, isCharged: true },
  { key: 'passThrough', label: 'Pass-through charges', isCore: false, isCharged: true },
  {
    key: 'previousWorks',
    label: 'Previous works (second comer)',
    isCore: false,
    isCharged: true,
  },
  { key: 'landRights', label: 'Land rights', isCore: false, isCharged: true },
];
