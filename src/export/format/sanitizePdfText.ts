/**
 * jsPDF's built-in (standard 14) fonts encode text as WinAnsi (Windows-1252). They print
 * `£`, `§`, `×`, en and em dashes and curly quotes, but not U+2212 (minus), narrow or
 * non-breaking spaces, or characters outside that code page, which come out as garbage
 * (they encode Windows-1252). Every string drawn in the PDF goes through this function.
 */

/** Characters 0x80–0x9F of Windows-1252 that are not Latin-1. */
const WIN_ANSI_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Replacements that keep the meaning where a glyph is missing. */
const REPLACEMENTS: Record<string, string> = {
  '\u00a0': ' ', // no-break space
  '\u202f': ' ', // narrow no-break space (en-GB/fr Intl output in some engines)
  '\u2009': ' ', // thin space
  '\u2007': ' ', // figure space
  '\u200a': ' ', // hair space
  '\u2002': ' ',
  '\u2003': ' ',
  '\t': ' ',
  '\u2212': '-', // minus sign
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2192': '->',
  '\u2190': '<-',
  '\u2026': '...',
  '\u00ad': '', // soft hyphen
  '\u200b': '', // zero-width space
  '\u200d': '',
  '\ufeff': '',
};

function isWinAnsi(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  if (code === 0x0a) return true; // keep newlines: callers split on them
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa1 && code <= 0xff) return true;
  return WIN_ANSI_EXTRAS.has(ch);
}

const PLAIN_ASCII = /^[\x20-\x7e\n]*$/;

/** Make a string safe to draw with jsPDF's built-in fonts. */
export function sanitizePdfText(input: string): string {
  // Most text is plain ASCII, which needs no change: every cell of a long table comes here.
  if (PLAIN_ASCII.test(input)) return input;
  let out = '';
  for (const ch of input.replace(/\r\n?/g, '\n')) {
    const replacement = REPLACEMENTS[ch];
    if (replacement !== undefined) {
      out += replacement;
    } else if (isWinAnsi(ch)) {
      out += ch;
    } else {
      // Letters with diacritics outside Latin-1 (e.g. Welsh ŵ, ŷ) keep their base letter.
      const base = ch.normalize('NFKD').replace(/\p{M}/gu, '');
      out += base !== '' && [...base].every(isWinAnsi) ? base : '?';
    }
  }
  return out;
}
