/** Shared by playwright.config.ts and the specs: the live-mode server's fake credentials and ports. */
export const TEST_API_KEY = 'sk-test-THREADLINE-e2e-0123456789abcdefSECRET';
export const STAND_IN_PORT = 4010;
export const LIVE_PORT = 8788;
export const DEMO_PORT = 8789;
/** Live mode behind THREADLINE_ACCESS_TOKEN: the sign-in journey runs here. */
export const GATED_PORT = 8790;
export const TEST_ACCESS_TOKEN = 'tl-e2e-access-token-0123456789';
