import { describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_OUTCOMES, InvalidEnvError, readEnv } from './env';

describe('readEnv', () => {
  it('defaults to demo mode on 127.0.0.1:8787 with a 10 s upstream timeout and an 8 MiB cap', () => {
    expect(readEnv({})).toEqual({
      mode: 'demo',
      apiKey: undefined,
      baseURL: undefined,
      port: 8787,
      host: '127.0.0.1',
      upstreamTimeoutMs: 10000,
      maxUpstreamBytes: 8 * 1024 * 1024,
      cacheTtlMs: 3000,
      rateLimitPerMinute: 600,
      logLevel: 'info',
      accessToken: undefined,
      trustedUserHeader: undefined,
      previewHosts: [],
      trustedProxies: [],
      demoLatencyMs: 0,
      demoThreads: 3000,
      databaseUrl: undefined,
      dataDir: './data',
      indexEnabled: true,
      indexDays: 30,
      indexHeadIntervalMs: 30_000,
      indexWindowIntervalMs: 600_000,
      indexMaxRps: 2,
      reviewOutcomes: DEFAULT_REVIEW_OUTCOMES,
      writeRateLimitPerMinute: 120,
    });
  });

  it('treats an empty or blank key as absent (demo mode)', () => {
    expect(readEnv({ OPENAI_API_KEY: '' }).mode).toBe('demo');
    expect(readEnv({ OPENAI_API_KEY: '   ' }).mode).toBe('demo');
  });

  it('switches to live mode with a key and reads every variable', () => {
    const env = readEnv({
      OPENAI_API_KEY: ' sk-live-123 ',
      OPENAI_BASE_URL: 'http://127.0.0.1:4010/v1',
      PORT: '3000',
      HOST: '0.0.0.0',
      THREADLINE_UPSTREAM_TIMEOUT_MS: '2500',
      THREADLINE_MAX_UPSTREAM_BYTES: '2097152',
      THREADLINE_CACHE_TTL_MS: '0',
      THREADLINE_RATE_LIMIT: '120',
      LOG_LEVEL: 'warn',
      THREADLINE_ACCESS_TOKEN: ' tl-0123456789abcdef ',
      THREADLINE_TRUSTED_USER_HEADER: 'X-Forwarded-Email',
      THREADLINE_PREVIEW_HOSTS: ' Files.Example.com, *.cdn.example.net ,files.example.com',
      THREADLINE_TRUSTED_PROXIES: ' 127.0.0.1, ::1,10.0.0.0/8  fd00::/8 ',
      THREADLINE_DEMO_LATENCY_MS: '250',
      THREADLINE_DEMO_THREADS: '0',
      DATABASE_URL: 'postgres://threadline:pw@db.internal:5432/threadline',
      THREADLINE_DATA_DIR: '/var/lib/threadline',
      THREADLINE_INDEX: 'off',
      THREADLINE_INDEX_DAYS: '7',
      THREADLINE_INDEX_HEAD_INTERVAL_MS: '10000',
      THREADLINE_INDEX_WINDOW_INTERVAL_MS: '300000',
      THREADLINE_INDEX_MAX_RPS: '5',
      THREADLINE_REVIEW_OUTCOMES: ' fixed by agent, bot error ,, bot error,other ',
      THREADLINE_WRITE_RATE_LIMIT: '30',
    });
    expect(env).toEqual({
      mode: 'live',
      apiKey: 'sk-live-123',
      baseURL: 'http://127.0.0.1:4010/v1',
      port: 3000,
      host: '0.0.0.0',
      upstreamTimeoutMs: 2500,
      maxUpstreamBytes: 2097152,
      cacheTtlMs: 0,
      rateLimitPerMinute: 120,
      logLevel: 'warn',
      accessToken: 'tl-0123456789abcdef',
      trustedUserHeader: 'X-Forwarded-Email',
      previewHosts: ['files.example.com', '*.cdn.example.net'],
      trustedProxies: ['127.0.0.1', '::1', '10.0.0.0/8', 'fd00::/8'],
      demoLatencyMs: 250,
      demoThreads: 0,
      databaseUrl: 'postgres://threadline:pw@db.internal:5432/threadline',
      dataDir: '/var/lib/threadline',
      indexEnabled: false,
      indexDays: 7,
      indexHeadIntervalMs: 10_000,
      indexWindowIntervalMs: 300_000,
      indexMaxRps: 5,
      reviewOutcomes: ['fixed by agent', 'bot error', 'other'],
      writeRateLimitPerMinute: 30,
    });
  });

  it.each([
    [{ DATABASE_URL: 'mysql://db/threadline' }, /DATABASE_URL must be a postgres:\/\//],
    [{ THREADLINE_INDEX: 'yes' }, /THREADLINE_INDEX must be on or off/],
    [{ THREADLINE_INDEX_DAYS: '0' }, /THREADLINE_INDEX_DAYS must be a whole number from 1 to 365/],
    [{ THREADLINE_INDEX_MAX_RPS: '500' }, /THREADLINE_INDEX_MAX_RPS must be a whole number/],
    [
      { THREADLINE_REVIEW_OUTCOMES: 'ok,' + 'x'.repeat(61) },
      /THREADLINE_REVIEW_OUTCOMES must be 1 to 50/,
    ],
    [{ THREADLINE_WRITE_RATE_LIMIT: '-1' }, /THREADLINE_WRITE_RATE_LIMIT must be a whole number/],
  ])('refuses a bad database or index setting: %j', (source, message) => {
    expect(() => readEnv(source)).toThrow(message);
  });

  it('never echoes a DATABASE_URL it refuses (it may hold a password)', () => {
    let refusal: unknown;
    try {
      readEnv({ DATABASE_URL: 'mysql://admin:hunter2@db/x' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InvalidEnvError);
    expect((refusal as Error).message).toMatch(/DATABASE_URL/);
    expect((refusal as Error).message).not.toMatch(/hunter2|admin/);
  });

  it.each([
    'https://files.example.com',
    'files.example.com:443',
    'files.example.com/previews',
    '*',
    "files.example.com; script-src 'unsafe-inline'",
    'files example.com',
  ])('refuses %j as a preview host (it ends up in the CSP)', (value) => {
    expect(() => readEnv({ THREADLINE_PREVIEW_HOSTS: value })).toThrow(
      /THREADLINE_PREVIEW_HOSTS must be comma-separated host names/,
    );
  });

  it('treats empty optional values as unset', () => {
    const env = readEnv({ OPENAI_BASE_URL: '', PORT: '', LOG_LEVEL: '' });
    expect(env).toMatchObject({ baseURL: undefined, port: 8787, logLevel: 'info' });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT must be a whole number from 1 to 65535'],
    [{ PORT: '0' }, 'PORT must be a whole number from 1 to 65535'],
    [{ PORT: '65536' }, 'PORT must be a whole number from 1 to 65535'],
    [{ PORT: '80.5' }, 'PORT must be a whole number from 1 to 65535'],
    [{ OPENAI_BASE_URL: 'api.openai.com' }, 'OPENAI_BASE_URL must be an http:// or https:// URL'],
    [{ OPENAI_BASE_URL: 'ftp://example.com/v1' }, 'OPENAI_BASE_URL must be an http:// or https://'],
    [{ HOST: 'local host' }, 'HOST must be a host name or IP address'],
    [{ THREADLINE_CACHE_TTL_MS: '-1' }, 'THREADLINE_CACHE_TTL_MS must be a whole number from 0'],
    [{ THREADLINE_CACHE_TTL_MS: '60001' }, 'THREADLINE_CACHE_TTL_MS must be a whole number'],
    [{ THREADLINE_RATE_LIMIT: 'lots' }, 'THREADLINE_RATE_LIMIT must be a whole number from 0'],
    [{ THREADLINE_RATE_LIMIT: '1000001' }, 'THREADLINE_RATE_LIMIT must be a whole number'],
    [{ THREADLINE_UPSTREAM_TIMEOUT_MS: '99' }, 'THREADLINE_UPSTREAM_TIMEOUT_MS must be a whole'],
    [{ THREADLINE_UPSTREAM_TIMEOUT_MS: '120001' }, 'from 100 to 120000'],
    [{ THREADLINE_MAX_UPSTREAM_BYTES: '1048575' }, 'from 1048576 to 134217728'],
    [{ THREADLINE_MAX_UPSTREAM_BYTES: '134217729' }, 'THREADLINE_MAX_UPSTREAM_BYTES must be'],
    [{ THREADLINE_MAX_UPSTREAM_BYTES: '8MiB' }, 'THREADLINE_MAX_UPSTREAM_BYTES must be a whole'],
    [{ THREADLINE_DEMO_LATENCY_MS: '60001' }, 'THREADLINE_DEMO_LATENCY_MS must be a whole number'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace'],
    [{ OPENAI_API_KEY: 'sk-abc\nsk-def' }, 'OPENAI_API_KEY contains spaces or line breaks'],
  ])('rejects %j with a message naming the variable', (source, message) => {
    expect(() => readEnv(source)).toThrow(InvalidEnvError);
    expect(() => readEnv(source)).toThrow(message);
  });

  it('reports every bad variable on one line and never echoes a value', () => {
    const secret = 'sk-secret value';
    let message = '';
    try {
      readEnv({ PORT: 'x', LOG_LEVEL: 'nope', OPENAI_API_KEY: secret });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toMatch(/PORT.*LOG_LEVEL|LOG_LEVEL.*PORT/);
    expect(message).toContain('OPENAI_API_KEY');
    expect(message).not.toContain('\n');
    expect(message).not.toContain('sk-secret');
  });
});

describe('readEnv: who may look', () => {
  const live = { OPENAI_API_KEY: 'sk-live-123' };
  const TOKEN = 'tl-0123456789abcdef';

  it.each([
    [{ THREADLINE_ACCESS_TOKEN: 'short-token' }, 'THREADLINE_ACCESS_TOKEN must be at least 16'],
    [{ THREADLINE_ACCESS_TOKEN: 'tl-0123456789 abcdef' }, 'with no spaces or line breaks'],
    [{ THREADLINE_TRUSTED_USER_HEADER: 'X Email' }, 'must be an HTTP header name'],
    [{ THREADLINE_TRUSTED_USER_HEADER: 'X-Email:' }, 'must be an HTTP header name'],
    [{ THREADLINE_TRUSTED_USER_HEADER: 'Cookie' }, 'not one browsers send'],
    [{ THREADLINE_TRUSTED_USER_HEADER: 'host' }, 'not one browsers send'],
    [{ THREADLINE_TRUSTED_USER_HEADER: 'Sec-Fetch-Site' }, 'not one browsers send'],
    [{ THREADLINE_TRUSTED_PROXIES: 'localhost' }, 'THREADLINE_TRUSTED_PROXIES must list IP'],
    [{ THREADLINE_TRUSTED_PROXIES: '127.0.0.1;10.0.0.1' }, 'or CIDR ranges separated by commas'],
    [{ THREADLINE_TRUSTED_PROXIES: '10.0.0.0/33' }, 'THREADLINE_TRUSTED_PROXIES must list IP'],
    [{ THREADLINE_TRUSTED_PROXIES: '2001:db8::/129' }, 'THREADLINE_TRUSTED_PROXIES must list IP'],
    [{ THREADLINE_TRUSTED_PROXIES: '10.0.0.0/8/8' }, 'THREADLINE_TRUSTED_PROXIES must list IP'],
    [{ THREADLINE_TRUSTED_PROXIES: '10.0.0.0/' }, 'THREADLINE_TRUSTED_PROXIES must list IP'],
    [{ THREADLINE_TRUSTED_PROXIES: 'fe80::1%eth0' }, 'THREADLINE_TRUSTED_PROXIES must list IP'],
    [{ THREADLINE_TRUSTED_PROXIES: '127.0.0.1, 0.0.0.0/0' }, 'must not trust every address'],
    [{ THREADLINE_TRUSTED_PROXIES: '::/0' }, 'must not trust every address'],
  ])('rejects %j', (source, message) => {
    expect(() => readEnv(source)).toThrow(InvalidEnvError);
    expect(() => readEnv(source)).toThrow(message);
  });

  it('never echoes a rejected token', () => {
    let message = '';
    try {
      readEnv({ THREADLINE_ACCESS_TOKEN: 'secret tok' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('THREADLINE_ACCESS_TOKEN');
    expect(message).not.toContain('secret');
  });

  it.each(['0.0.0.0', '::', '192.168.1.20', 'threadline.internal'])(
    'refuses live mode on %s without a token or SSO header, saying why',
    (host) => {
      expect(() => readEnv({ ...live, HOST: host })).toThrow(InvalidEnvError);
      expect(() => readEnv({ ...live, HOST: host })).toThrow(
        /THREADLINE_ACCESS_TOKEN.*THREADLINE_TRUSTED_USER_HEADER/,
      );
      expect(() => readEnv({ ...live, HOST: host })).toThrow(
        'this server holds a key that can read every customer conversation',
      );
    },
  );

  it.each(['127.0.0.1', '127.0.0.2', 'localhost', '::1'])(
    'allows live mode on %s alone',
    (host) => {
      expect(readEnv({ ...live, HOST: host }).mode).toBe('live');
    },
  );

  it('allows live mode on any host with a token or an SSO header', () => {
    expect(readEnv({ ...live, HOST: '0.0.0.0', THREADLINE_ACCESS_TOKEN: TOKEN }).accessToken).toBe(
      TOKEN,
    );
    const sso = readEnv({ ...live, HOST: '::', THREADLINE_TRUSTED_USER_HEADER: 'X-Auth-User' });
    expect(sso.trustedUserHeader).toBe('X-Auth-User');
  });

  it('lets demo mode bind anywhere: it holds no key', () => {
    expect(readEnv({ HOST: '0.0.0.0' })).toMatchObject({ mode: 'demo', host: '0.0.0.0' });
  });
});
