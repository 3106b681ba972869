/**
 * The Content-Security-Policy the built app ships with (docs/hosting.md).
 * Every script, style, fetch and image comes from the app's own origin; no inline code.
 * vite.config.ts writes it into the built index.html as a <meta> tag, and the e2e
 * server sends the same policy as a header, so the two cannot drift apart.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/**
 * Directives a <meta> tag cannot carry (browsers ignore them there), which a host
 * should add to the header: nobody may frame the app.
 */
export const HEADER_ONLY_DIRECTIVES = "frame-ancestors 'none'";
