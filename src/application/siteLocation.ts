/**
 * Checks the shape of a site's location as typed: a postcode, an Ordnance Survey grid
 * reference, latitude and longitude, and a what3words address. The app makes no outside
 * requests, so nothing is looked up: a well-formed postcode may still not exist, and the
 * operator confirms from it that the site is in its area (000 §3). Each check returns null
 * when the text is empty or well formed, or a plain-words message.
 *
 * Which operator serves a postcode is not answered here: no published mapping of postcode
 * areas to licence areas is among this project's sources, and a guessed table could send an
 * applicant to the wrong operator.
 */

/** UK postcode: outward code (area, district) and inward code (sector, unit), e.g. "SW1A 1AA". */
const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/;

export function postcodeMessage(text: string): string | null {
  const t = text.trim().toUpperCase();
  if (t === '') return null;
  return POSTCODE.test(t)
    ? null
    : `“${text.trim()}” is not in the shape of a UK postcode, such as SW1A 1AA or M1 1AE.`;
}

export interface GridPosition {
  /** Metres east and north of the National Grid's false origin. */
  easting: number;
  northing: number;
}

// The grid letters skip I.
const GRID_LETTERS = 'ABCDEFGHJKLMNOPQRSTUVWXYZ';

/**
 * An OS grid reference ("SU 41234 12345", "TQ3080", "NT2573") as the south-west corner of
 * the square it names, or null when it is not one. The two letters name a 100 km square; the
 * digits (an even number, up to 10) give the easting and northing within it. Squares outside
 * the National Grid of Great Britain (700 km by 1,300 km) are refused.
 */
export function parseGridReference(text: string): GridPosition | null {
  const t = text.replace(/\s+/g, '').toUpperCase();
  const match = /^([A-HJ-Z])([A-HJ-Z])(\d*)$/.exec(t);
  if (!match) return null;
  const [, a, b, digits] = match as unknown as [string, string, string, string];
  if (digits.length % 2 !== 0 || digits.length > 10) return null;
  const l1 = GRID_LETTERS.indexOf(a);
  const l2 = GRID_LETTERS.indexOf(b);
  // The first letter is a 500 km square, the second a 100 km square within it, both read
  // row by row from the north-west in a 5 × 5 block; the false origin is in square S.
  const e100 = ((l1 - 2) % 5) * 5 + (l2 % 5);
  const n100 = 19 - Math.floor(l1 / 5) * 5 - Math.floor(l2 / 5);
  if (l1 < 2 || e100 < 0 || e100 > 6 || n100 < 0 || n100 > 12) return null;
  const half = digits.length / 2;
  const scale = 10 ** (5 - half);
  const e = half === 0 ? 0 : Number(digits.slice(0, half)) * scale;
  const n = half === 0 ? 0 : Number(digits.slice(half)) * scale;
  return { easting: e100 * 100_000 + e, northing: n100 * 100_000 + n };
}

export function gridReferenceMessage(text: string): string | null {
  if (text.trim() === '') return null;
  return parseGridReference(text)
    ? null
    : `“${text.trim()}” is not an Ordnance Survey grid reference in Great Britain: two letters of a 100 km square (such as SU or NT) and an even number of digits, such as SU 41234 12345.`;
}

/**
 * A box around Great Britain and its islands (the Isles of Scilly to Shetland, St Kilda to
 * Lowestoft), in WGS84 degrees. A coordinate outside it is certainly not in Great Britain;
 * one inside is only plausibly so (the box also takes in some sea and Northern Ireland).
 */
export const GREAT_BRITAIN_BOX = { south: 49.8, north: 60.9, west: -8.7, east: 1.8 } as const;

const DEGREES = /^[+-]?\d{1,3}(\.\d{1,10})?$/;

export function coordinatesMessage(latitude: string, longitude: string): string | null {
  const lat = latitude.trim();
  const lon = longitude.trim();
  if (lat === '' && lon === '') return null;
  if (lat === '' || lon === '') return 'Enter both the latitude and the longitude, or neither.';
  if (!DEGREES.test(lat) || !DEGREES.test(lon)) {
    return 'Write the latitude and longitude as decimal degrees, such as 51.5007 and -0.1246 (west is negative).';
  }
  const { south, north, west, east } = GREAT_BRITAIN_BOX;
  const la = Number(lat);
  const lo = Number(lon);
  if (la < south || la > north || lo < west || lo > east) {
    return `${lat}, ${lon} is outside Great Britain (latitude ${south} to ${north}, longitude ${west} to ${east}). Is west written as a negative longitude?`;
  }
  return null;
}

/** Three words joined by dots, optionally after "///" (any script's letters). */
const WHAT3WORDS = /^(\/\/\/)?\p{L}+\.\p{L}+\.\p{L}+$/u;

export function what3wordsMessage(text: string): string | null {
  const t = text.trim();
  if (t === '') return null;
  return WHAT3WORDS.test(t)
    ? null
    : `“${t}” is not a what3words address: three words joined by dots, such as ///filled.count.soap.`;
}

/** True when at least one way of finding the site is given and well formed. */
export function hasUsableLocation(location: {
  postcode: string;
  gridReference: string;
  latitude: string;
  longitude: string;
  what3words: string;
}): boolean {
  const ok = (value: string, message: string | null) => value.trim() !== '' && message === null;
  return (
    ok(location.postcode, postcodeMessage(location.postcode)) ||
    ok(location.gridReference, gridReferenceMessage(location.gridReference)) ||
    ok(
      location.latitude + location.longitude,
      coordinatesMessage(location.latitude, location.longitude),
    ) ||
    ok(location.what3words, what3wordsMessage(location.what3words))
  );
}
