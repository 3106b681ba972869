/**
 * The marks of each fill pattern on one square tile, repeated over a bar: the app's charts
 * draw them on a canvas tile and the PDF's charts draw them with jsPDF, so a pattern looks
 * the same in both. Coordinates run from 0 to 1 across the tile.
 */
import type { PatternName } from './chartTypes';

type Point = readonly [number, number];

export interface PatternMarks {
  /** Strokes, each a run of points joined by straight lines. */
  paths: readonly (readonly Point[])[];
  /** Dots (filled, and outlined as the strokes are): centre x, y and radius. */
  dots: readonly (readonly [number, number, number])[];
}

const none: PatternMarks = { paths: [], dots: [] };

export const PATTERN_MARKS: Record<PatternName, PatternMarks> = {
  solid: none,
  diagonal: {
    paths: [
      [
        [0, 1],
        [1, 0],
      ],
    ],
    dots: [],
  },
  'diagonal-left': {
    paths: [
      [
        [0, 0],
        [1, 1],
      ],
    ],
    dots: [],
  },
  cross: {
    paths: [
      [
        [0, 0],
        [1, 1],
      ],
      [
        [0, 1],
        [1, 0],
      ],
    ],
    dots: [],
  },
  horizontal: {
    paths: [
      [
        [0, 0.5],
        [1, 0.5],
      ],
    ],
    dots: [],
  },
  vertical: {
    paths: [
      [
        [0.5, 0],
        [0.5, 1],
      ],
    ],
    dots: [],
  },
  grid: {
    paths: [
      [
        [0, 0.5],
        [1, 0.5],
      ],
      [
        [0.5, 0],
        [0.5, 1],
      ],
    ],
    dots: [],
  },
  zigzag: {
    paths: [
      [
        [0, 0.7],
        [0.5, 0.3],
        [1, 0.7],
      ],
    ],
    dots: [],
  },
  dots: { paths: [], dots: [[0.5, 0.5, 0.16]] },
};

/** A colour as red, green and blue, 0–255: "#0072B2" → [0, 114, 178]. */
export function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Whether a colour is light (relative luminance above one half). */
export function isLight(hex: string): boolean {
  const [r, g, b] = hexToRgb(hex).map((c) => c / 255) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.5;
}

/**
 * The ink a pattern is drawn in over a colour: dark on light colours, light on dark ones, so
 * the pattern stays visible; partly see-through, so the colour still shows between marks.
 */
export function patternInk(color: string): { rgb: [number, number, number]; alpha: number } {
  return isLight(color) ? { rgb: [0, 0, 0], alpha: 0.55 } : { rgb: [255, 255, 255], alpha: 0.75 };
}

/** The pattern's ink laid over its colour, as one opaque colour (for a PDF, which draws opaque). */
export function patternInkOver(color: string): [number, number, number] {
  const { rgb, alpha } = patternInk(color);
  const base = hexToRgb(color);
  return base.map((c, i) => Math.round(alpha * rgb[i]! + (1 - alpha) * c)) as [
    number,
    number,
    number,
  ];
}
