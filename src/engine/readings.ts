import type { GenerationThresholdReading, ReadingUsed } from './types';

/**
 * Readings every rule set shares: where 001 and 002 leave a choice, the one the engine
 * takes, its alternative and what that would change (docs/engine-rules.md, Readings). Each
 * cites the chosen statement's own paragraphs (its rule citations), never another's.
 */

export interface ReadingCitations {
  generationHighCost: string;
  capacityIncrease: string;
  previousWorks: string;
  eccrPeriod: string;
}

const THRESHOLD_CHOICES: Record<GenerationThresholdReading, string> = {
  'pro-rata-per-line':
    'The CAF share of the reinforcement up to the threshold, plus the excess over it in full, shared pro rata per line: CAF × T + (R − T).',
  'excess-plus-caf':
    'The CAF share of the whole reinforcement plus the excess over the threshold, at most the cost: CAF × R + (R − T).',
  'operator-share-capped':
    "The operator funds its CAF share only up to the threshold: you pay R − min((1 − CAF) × R, T), so the threshold is compared with the operator's share.",
};

export const GENERATION_THRESHOLD_READING = (
  chosen: GenerationThresholdReading,
  c: ReadingCitations,
): ReadingUsed => ({
  id: 'generation-threshold',
  question:
    'What does "reinforcement costs in excess of the £200/kW threshold are charged in full" leave the customer paying below the threshold?',
  chosen: `${THRESHOLD_CHOICES[chosen]} (statement parameter generationHighCost.reading = "${chosen}").`,
  alternative: (Object.keys(THRESHOLD_CHOICES) as GenerationThresholdReading[])
    .filter((r) => r !== chosen)
    .map((r) => `"${r}": ${THRESHOLD_CHOICES[r]}`)
    .join(' '),
  source: c.generationHighCost,
});

export const THRESHOLD_INCREMENT_READING = (c: ReadingCitations): ReadingUsed => ({
  id: 'threshold-increment-kw',
  question: `For an increase, the threshold is on the increase in kW (${c.generationHighCost} with ${c.capacityIncrease}), but the file gives the existing capacity in kVA only.`,
  chosen: 'The existing export in kW is taken at the same power factor as the new export.',
  alternative:
    'Asking for the existing export in kW would give the exact increase; with a different power factor the threshold moves in proportion.',
  source: `${c.generationHighCost}; ${c.capacityIncrease}`,
});

export const MIDPOINT_READING: ReadingUsed = {
  id: 'midpoint-expected',
  question: 'A statement price is a min–max range: what is the "expected" price?',
  chosen: 'The midpoint of the range, unless the line gives its own expected price.',
  alternative:
    'Any other point in the range; the low and high scenarios show the two ends, so only the expected figure moves.',
  source: 'The statement’s price tables (prices are ranges; no expected point is stated)',
};

export const ECCR_DATE_READING = (c: ReadingCitations): ReadingUsed => ({
  id: 'eccr-application-date',
  question: `The period for payments towards earlier reinforcement runs to when the new connection is provided (${c.previousWorks}): measured to which date?`,
  chosen:
    "The application date entered in the estimate (the app cannot know the connection date); the period's end date is excluded.",
  alternative:
    'Measuring to the date the connection is made, which is later: a payment near the end of the period may then fall outside it.',
  source: `${c.previousWorks}; ${c.eccrPeriod}`,
});
