/** True for the JSON API's namespace, which never falls back to the SPA. */
export function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}
