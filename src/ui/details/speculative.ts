/** The 001 §4.46 characteristics of a Speculative Development, for the self-check. */
export const SPECULATIVE_SIGNS: readonly string[] = [
  'Little or no information on the electrical load of the individual premises (and so of the whole development)',
  'The phasing of the development, or its timing, is unknown or unclear',
  'A significant part of the capacity is for future expansion rather than immediate needs of end users',
  'The capacity is for future speculative phases rather than the initial known phases',
  'Only infrastructure is provided, with few or no connections to end users’ premises (e.g. mains along a spine road)',
];

export function speculativeConclusion(ticked: readonly boolean[]): string {
  const n = ticked.filter(Boolean).length;
  if (n === 0) {
    return 'None of the 001 §4.46 characteristics apply: the development is unlikely to be treated as speculative.';
  }
  return `${n} of the 001 §4.46 characteristics ${n === 1 ? 'applies' : 'apply'}: the operator may treat the development as speculative, taking a holistic view (§4.47). If it does, reinforcement is charged in full (§4.51). Giving more certainty about loads and phasing can change that (§4.50).`;
}
