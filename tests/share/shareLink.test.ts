import 'fake-indexeddb/auto';
import { deflateSync, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64urlToBytes, bytesToBase64url } from '../../src/share/base64url';
import {
  buildShareUrl,
  decodeShareFragment,
  LINK_CORRUPT,
  LINK_TOO_LONG,
  MAX_SHARE_PAYLOAD_CHARS,
  TOO_LONG_TO_SHARE,
} from '../../src/share/shareLink';
import { openShareLink } from '../../src/storage/openShareLink';
import { createDraft, loadDraft } from '../../src/storage/draftStore';
import { sampleEstimate } from '../storage/fixtures/sampleEstimate';
import { openFreshDb } from '../storage/testDb';

const now = new Date('2026-03-02T10:00:00.000Z');

describe('share links', () => {
  it('round-trips an estimate through #e=… under any sub-path', () => {
    const file = sampleEstimate();
    const link = buildShareUrl(file, 'https://example.org/tools/estimator/index.html#old');
    expect(link.ok).toBe(true);
    if (!link.ok) return;
    const url = new URL(link.url);
    expect(url.pathname).toBe('/tools/estimator/index.html');
    expect(url.hash.startsWith('#e=')).toBe(true);
    expect(url.hash).toMatch(/^#e=[A-Za-z0-9_-]+$/);
    expect(decodeShareFragment(url.hash)).toEqual({ kind: 'ok', file, notes: [] });
  });

  it('opening a link creates a NEW draft and never overwrites the one it came from', async () => {
    const db = await openFreshDb();
    const stored = await createDraft(db, sampleEstimate(), now);
    const link = buildShareUrl(
      { ...stored.file, title: 'Changed in the link' },
      'http://localhost/',
    );
    if (!link.ok) throw new Error(link.message);
    const opened = await openShareLink(db, new URL(link.url).hash, now);
    expect(opened.kind).toBe('opened');
    if (opened.kind !== 'opened') return;
    expect(opened.record.id).not.toBe(stored.id);
    expect(opened.record.file.reference).not.toBe(stored.file.reference);
    expect(opened.record.file.title).toBe('Changed in the link');
    expect(await loadDraft(db, stored.id)).toEqual(stored);
    db.close();
  });

  it('refuses corrupt links with a plain message and stores nothing', async () => {
    const db = await openFreshDb();
    const link = buildShareUrl(sampleEstimate(), 'http://localhost/');
    if (!link.ok) throw new Error(link.message);
    const hash = new URL(link.url).hash;
    const cases = [
      '#e=',
      '#e=!!!not-base64!!!',
      hash.slice(0, Math.floor(hash.length / 2)), // cut short when copied
      `#e=${bytesToBase64url(strToU8('plain text, not deflated'))}`,
    ];
    for (const bad of cases) {
      expect(decodeShareFragment(bad)).toEqual({ kind: 'refused', message: LINK_CORRUPT });
      expect((await openShareLink(db, bad, now)).kind).toBe('refused');
    }
    expect(await db.estimates.count()).toBe(0);
    db.close();
  });

  it('refuses links that decode to something that is not a valid estimate', () => {
    const payload = bytesToBase64url(
      deflateSync(strToU8(JSON.stringify({ ...sampleEstimate(), status: 'nope' }))),
    );
    const decoded = decodeShareFragment(`#e=${payload}`);
    expect(decoded.kind).toBe('refused');
    if (decoded.kind === 'refused') expect(decoded.message).toMatch(/does not hold an estimate/);
  });

  it('refuses a link that is too long, and one that would inflate beyond 5 MB', () => {
    expect(decodeShareFragment(`#e=${'A'.repeat(MAX_SHARE_PAYLOAD_CHARS + 1)}`)).toEqual({
      kind: 'refused',
      message: LINK_TOO_LONG,
    });
    const bomb = bytesToBase64url(deflateSync(new Uint8Array(6 * 1024 * 1024), { level: 9 }));
    expect(bomb.length).toBeLessThan(MAX_SHARE_PAYLOAD_CHARS);
    expect(decodeShareFragment(`#e=${bomb}`)).toEqual({ kind: 'refused', message: LINK_CORRUPT });
  });

  it('will not make a link for an estimate too large to share', () => {
    const file = sampleEstimate();
    // Pseudo-random text (a fixed-seed LCG) hardly compresses: 60,000 characters of it
    // make a payload over the limit.
    let seed = 12345;
    const noise = Array.from({ length: 60_000 }, () => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return String.fromCharCode(33 + (Math.floor(seed / 65536) % 90));
    }).join('');
    const big = buildShareUrl(
      { ...file, project: { ...file.project, notes: noise } },
      'http://localhost/',
    );
    expect(big).toEqual({ ok: false, message: TOO_LONG_TO_SHARE });
  });

  it('ignores fragments that are not share links', () => {
    expect(decodeShareFragment('')).toEqual({ kind: 'none' });
    expect(decodeShareFragment('#library')).toEqual({ kind: 'none' });
  });

  it('base64url round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = bytesToBase64url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(base64urlToBytes(text)).toEqual(bytes);
      }),
    );
  });
});
