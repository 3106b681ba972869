/**
 * Colour-blind-safe series styles: the Okabe–Ito palette, each colour paired with its own
 * fill pattern and border, so the series stay distinct in greyscale print, for every kind
 * of colour vision, and when two neighbouring colours look alike.
 */
import type { SeriesStyle } from './chartTypes';

/** Okabe & Ito (2008), "Color Universal Design". */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

/** Borders: near-black so every segment edge reaches 3:1 against white (WCAG 1.4.11). */
const EDGE = '#1a1a1a';

export type CategoryKey =
  | 'extensionContestable'
  | 'extensionNonContestable'
  | 'reinforcementCustomer'
  | 'reinforcementOperator'
  | 'om'
  | 'fees'
  | 'passThrough'
  | 'previousWorks'
  | 'landRights';

export const CATEGORY_STYLES: Record<CategoryKey, SeriesStyle> = {
  extensionContestable: {
    color: OKABE_ITO.blue,
    borderColor: EDGE,
    borderDash: [],
    pattern: 'solid',
  },
  extensionNonContestable: {
    color: OKABE_ITO.skyBlue,
    borderColor: EDGE,
    borderDash: [],
    pattern: 'diagonal',
  },
  reinforcementCustomer: {
    color: OKABE_ITO.vermillion,
    borderColor: EDGE,
    borderDash: [],
    pattern: 'cross',
  },
  reinforcementOperator: {
    color: OKABE_ITO.bluishGreen,
    borderColor: EDGE,
    borderDash: [6, 3],
    pattern: 'dots',
  },
  om: { color: OKABE_ITO.reddishPurple, borderColor: EDGE, borderDash: [], pattern: 'horizontal' },
  fees: { color: OKABE_ITO.orange, borderColor: EDGE, borderDash: [], pattern: 'vertical' },
  passThrough: { color: OKABE_ITO.yellow, borderColor: EDGE, borderDash: [], pattern: 'grid' },
  previousWorks: { color: '#6b6b6b', borderColor: EDGE, borderDash: [], pattern: 'zigzag' },
  landRights: {
    color: '#b0b0b0',
    borderColor: EDGE,
    borderDash: [2, 2],
    pattern: 'diagonal-left',
  },
};

/** Low / expected / high: light, medium and dark of one hue, with distinct patterns. */
export const SCENARIO_STYLES: Record<'low' | 'expected' | 'high', SeriesStyle> = {
  low: { color: OKABE_ITO.skyBlue, borderColor: EDGE, borderDash: [4, 2], pattern: 'dots' },
  expected: { color: OKABE_ITO.blue, borderColor: EDGE, borderDash: [], pattern: 'solid' },
  high: { color: OKABE_ITO.vermillion, borderColor: EDGE, borderDash: [], pattern: 'diagonal' },
};

/** Customer and operator shares of reinforcement. */
export const SHARE_STYLES = {
  customer: CATEGORY_STYLES.reinforcementCustomer,
  operator: CATEGORY_STYLES.reinforcementOperator,
} as const;
