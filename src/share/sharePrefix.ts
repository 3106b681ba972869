/** The URL fragment that marks a share link: `#e=` followed by the deflated estimate. */
export const SHARE_PREFIX = '#e=';
