import { describe, expect, it } from 'vitest';
import { InvalidEnvError, readEnv } from './env';

describe('readEnv', () => {
  it('defaults to demo mode on 127.0.0.1:8787 with a 10 s upstream timeout', () => {
    expect(readEnv({})).toEqual({
      mode: 'demo',
      apiKey: undefined,
      baseURL: undefined,
      port: 8787,
      host: '127.0.0.1',
      upstreamTimeoutMs: 10000,
      logLevel: 'info',
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
      LOG_LEVEL: 'warn',
    });
    expect(env).toEqual({
      mode: 'live',
      apiKey: 'sk-live-123',
      baseURL: 'http://127.0.0.1:4010/v1',
      port: 3000,
      host: '0.0.0.0',
      upstreamTimeoutMs: 2500,
      logLevel: 'warn',
    });
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
    [{ THREADLINE_UPSTREAM_TIMEOUT_MS: '99' }, 'THREADLINE_UPSTREAM_TIMEOUT_MS must be a whole'],
    [{ THREADLINE_UPSTREAM_TIMEOUT_MS: '120001' }, 'from 100 to 120000'],
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
