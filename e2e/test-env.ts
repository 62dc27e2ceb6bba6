/** Shared by playwright.config.ts and the specs: the live-mode server's fake credentials and ports. */
export const TEST_API_KEY = 'sk-test-THREADLINE-e2e-0123456789abcdefSECRET';

/**
 * E2E_PORT_OFFSET moves every port below, so two checkouts on one machine can each run the
 * suite without one reusing the other's servers (reuseExistingServer is on outside CI).
 */
const OFFSET = Number(process.env.E2E_PORT_OFFSET ?? 0);

export const STAND_IN_PORT = 4010 + OFFSET;
export const LIVE_PORT = 8788 + OFFSET;
export const DEMO_PORT = 8789 + OFFSET;
/** Live mode behind THREADLINE_ACCESS_TOKEN: the sign-in journey runs here. */
export const GATED_PORT = 8790 + OFFSET;
export const TEST_ACCESS_TOKEN = 'tl-e2e-access-token-0123456789';
