/**
 * The strict Content-Security-Policy of the renderer: sent as a header by Electron and by the browser runtime, and
 * written into the built index.html as a meta tag (`cspMeta`, by the renderer's Vite plugin), so the two cannot drift.
 */
export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Development only (electron-vite dev server): Vite injects styles and uses a websocket for hot reload. */
export const DEV_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self' ws://localhost:*; base-uri 'none'; form-action 'none'";

/** A policy as a meta tag's content: without frame-ancestors, which browsers ignore (and warn about) in a meta tag. */
export function cspMeta(policy: string): string {
  const content = policy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d && !d.startsWith('frame-ancestors'))
    .join('; ');
  return `<meta http-equiv="Content-Security-Policy" content="${content}" />`;
}
