import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  coordinatesMessage,
  gridReferenceMessage,
  hasUsableLocation,
  parseGridReference,
  postcodeMessage,
  what3wordsMessage,
} from '../../src/application/siteLocation';

describe('postcode shape', () => {
  it.each(['SW1A 1AA', 'sw1a1aa', 'M1 1AE', 'B33 8TH', 'CR2 6XH', 'DN55 1PT', ' EH1 1YZ '])(
    'accepts %s',
    (pc) => expect(postcodeMessage(pc)).toBeNull(),
  );
  it.each(['SW1A', '12345', 'SW1A 1A', 'ABC 1AA'])('refuses %s in plain words', (pc) => {
    expect(postcodeMessage(pc)).toMatch(/not in the shape of a UK postcode/);
  });
  it('says nothing about an empty field', () => expect(postcodeMessage('  ')).toBeNull());
});

describe('OS grid references', () => {
  // Known squares: SU's south-west corner is 400 km E, 100 km N; TQ 500/100; NT 300/600;
  // HP (Shetland) 400/1200; SV (Scilly) 0/0.
  it.each([
    ['SU', 400_000, 100_000],
    ['TQ', 500_000, 100_000],
    ['NT', 300_000, 600_000],
    ['HP', 400_000, 1_200_000],
    ['SV', 0, 0],
  ])('%s is at its published corner', (letters, easting, northing) => {
    expect(parseGridReference(letters)).toEqual({ easting, northing });
  });
  it('reads the digits as metres within the square', () => {
    expect(parseGridReference('SU 41234 12345')).toEqual({ easting: 441_234, northing: 112_345 });
    expect(parseGridReference('tq3080')).toEqual({ easting: 530_000, northing: 180_000 });
  });
  it.each(['SU 123', 'XX 1234', 'AA 1234', 'SU 123456789012', 'S1234', 'SI 1234'])(
    'refuses %s',
    (ref) => expect(gridReferenceMessage(ref)).toMatch(/not an Ordnance Survey grid reference/),
  );
  it('every parsed reference lies on the National Grid of Great Britain', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...'ABCDEFGHJKLMNOPQRSTUVWXYZ'),
        fc.constantFrom(...'ABCDEFGHJKLMNOPQRSTUVWXYZ'),
        fc.integer({ min: 0, max: 5 }).chain((n) =>
          fc.string({
            unit: fc.constantFrom(...'0123456789'),
            minLength: 2 * n,
            maxLength: 2 * n,
          }),
        ),
        (a, b, digits) => {
          const p = parseGridReference(`${a}${b}${digits}`);
          if (!p) return;
          expect(p.easting).toBeGreaterThanOrEqual(0);
          expect(p.easting).toBeLessThan(700_000);
          expect(p.northing).toBeGreaterThanOrEqual(0);
          expect(p.northing).toBeLessThan(1_300_000);
        },
      ),
    );
  });
});

describe('latitude and longitude', () => {
  it('accepts a point in Great Britain', () => {
    expect(coordinatesMessage('51.5007', '-0.1246')).toBeNull();
    expect(coordinatesMessage('60.15', '-1.15')).toBeNull();
  });
  it('refuses a point abroad, suggesting the sign of a western longitude', () => {
    expect(coordinatesMessage('48.8584', '2.2945')).toMatch(/outside Great Britain/);
    expect(coordinatesMessage('53.4', '9.5')).toMatch(/negative longitude/);
  });
  it('asks for both halves and decimal degrees', () => {
    expect(coordinatesMessage('51.5', '')).toMatch(/both/);
    expect(coordinatesMessage('51°30′N', '0°7′W')).toMatch(/decimal degrees/);
  });
});

describe('what3words', () => {
  it('accepts three words with or without the slashes', () => {
    expect(what3wordsMessage('///filled.count.soap')).toBeNull();
    expect(what3wordsMessage('filled.count.soap')).toBeNull();
  });
  it('refuses anything else', () => {
    expect(what3wordsMessage('filled count soap')).toMatch(/not a what3words address/);
    expect(what3wordsMessage('filled.count')).toMatch(/three words/);
  });
});

describe('a usable location', () => {
  const none = { postcode: '', gridReference: '', latitude: '', longitude: '', what3words: '' };
  it('needs one well-formed way of finding the site', () => {
    expect(hasUsableLocation(none)).toBe(false);
    expect(hasUsableLocation({ ...none, postcode: 'SW1' })).toBe(false);
    expect(hasUsableLocation({ ...none, postcode: 'SW1A 1AA' })).toBe(true);
    expect(hasUsableLocation({ ...none, what3words: '///filled.count.soap' })).toBe(true);
    expect(hasUsableLocation({ ...none, latitude: '51.5', longitude: '-0.12' })).toBe(true);
  });
});
