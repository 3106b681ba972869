import type Decimal from 'decimal.js';
import { D, formatNumber, parseDecimal, percentOneDp } from './decimal';
import { faultLevelCaf } from './faultLevelCaf';
import { newFaultLevelCapacity } from './newFaultLevelCapacity';
import { newNetworkCapacity } from './newNetworkCapacity';
import type { SchemeContext } from './schemeContext';
import { securityCaf } from './securityCaf';
import type { Explanation, RsnInput, RsnResult } from './types';

export interface RsnCaf {
  caf: Decimal;
  result: RsnResult;
}

/** The CAF of one Relevant Section of Network, explained (001 §4.29–4.31). Assumes validated input. */
export function rsnCaf(rsn: RsnInput, ctx: SchemeContext): RsnCaf {
  const c = ctx.rules.citations;
  const explanation: Explanation[] = [];
  let numerator: Decimal;
  let denominator: Decimal;
  let caf: Decimal;
  if (rsn.driver === 'security') {
    const override =
      rsn.requiredCapacityKva == null || rsn.requiredCapacityKva.trim() === ''
        ? null
        : parseDecimal(rsn.requiredCapacityKva);
    numerator = override ?? ctx.requiredKva;
    if (override) {
      explanation.push({
        text: 'The Required Capacity for this network section is given on the section itself.',
        formula: `Required Capacity = ${formatNumber(override)} kVA`,
        citation: c.securityCaf,
      });
    }
    const cap = rsn.capacity!;
    if (cap.method === 'direct') {
      denominator = new D(cap.newNetworkCapacityKva);
      explanation.push({
        text: 'New Network Capacity of the section after reinforcement, as given.',
        formula: `New Network Capacity = ${formatNumber(denominator)} kVA`,
        citation: c.newNetworkCapacity,
      });
    } else {
      denominator = newNetworkCapacity(cap.ratingsKva, cap.secure);
      const ratings = cap.ratingsKva.map((r) => formatNumber(new D(r)));
      const largest = cap.ratingsKva
        .map((r) => new D(r))
        .reduce((a, b) => (b.greaterThan(a) ? b : a));
      explanation.push(
        cap.secure
          ? {
              text: 'Secure (N-1) New Network Capacity: the sum of the ratings less the largest, which is the capacity left after losing the largest feeder or transformer.',
              formula: `${ratings.join(' + ')} − ${formatNumber(largest)} = ${formatNumber(denominator)} kVA`,
              citation: c.newNetworkCapacity,
            }
          : {
              text: 'Non-secure New Network Capacity: the sum of the ratings.',
              formula: `${ratings.join(' + ')} = ${formatNumber(denominator)} kVA`,
              citation: c.newNetworkCapacity,
            },
      );
    }
    caf = securityCaf(numerator, denominator);
    const capped = numerator.greaterThan(denominator) ? ' (capped at 100%)' : '';
    explanation.push({
      text: 'Security CAF: the Required Capacity as a share of the New Network Capacity, at most 100%.',
      formula: `${formatNumber(numerator)} / ${formatNumber(denominator)} × 100% = ${percentOneDp(caf)}%${capped}`,
      citation: c.securityCaf,
    });
  } else {
    const fl = rsn.faultLevel!;
    const contribution = new D(fl.contributionMva);
    denominator = newFaultLevelCapacity(fl.equipmentRatingMva, fl.localLimitMva);
    numerator = contribution.times(3);
    if (fl.localLimitMva != null && fl.localLimitMva.trim() !== '') {
      explanation.push({
        text: "New Fault Level Capacity: the new equipment's rating, limited by the local network's fault level.",
        formula: `min(${formatNumber(new D(fl.equipmentRatingMva))}, ${formatNumber(new D(fl.localLimitMva))}) = ${formatNumber(denominator)} MVA`,
        citation: ctx.ruleSet.ruleSet.cite(ctx.rules, 'newFaultLevelCapacity'),
      });
    }
    caf = faultLevelCaf(contribution, denominator);
    const capped = numerator.greaterThan(denominator) ? ' (capped at 100%)' : '';
    explanation.push({
      text: 'Fault Level CAF: three times the fault level contribution as a share of the New Fault Level Capacity, at most 100%.',
      formula: `3 × ${formatNumber(contribution)} / ${formatNumber(denominator)} × 100% = ${percentOneDp(caf)}%${capped}`,
      citation: c.faultLevelCaf,
    });
  }
  return {
    caf,
    result: {
      rsnId: rsn.id,
      name: rsn.name,
      driver: rsn.driver,
      numerator: numerator.toString(),
      denominator: denominator.toString(),
      caf: caf.toString(),
      cafPercent: percentOneDp(caf),
      explanation,
    },
  };
}
