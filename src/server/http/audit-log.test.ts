import { describe, expect, it } from 'vitest';
import { logCapture } from '@/server/app-test-harness';
import { auditWriter, type ThreadViewedEvent } from './audit-log';

const EVENT: ThreadViewedEvent = {
  event: 'thread_viewed',
  requestId: 'req-"quoted"\\-1',
  method: 'GET',
  agent: 'ana\u2028@example.com',
  clientAddress: '::1',
  threadId: 'cthr_demo_refund_duplicate',
  outcome: 'ok',
  status: 200,
  upstreamMs: null,
  cache: 'hit',
};

const withoutTime = (line: string | undefined) => line?.replace(/"time":\d+/, '"time":0');

describe('auditWriter', () => {
  it("writes exactly the line pino's info() would, bindings included", () => {
    const capture = logCapture();
    const logger = capture.logger.child({ worker: 2 }, { level: 'error' });
    logger.child({}, { level: 'info', redact: [] }).info(EVENT, 'thread viewed');
    auditWriter(logger)?.(EVENT);
    const [viaPino, direct] = capture.lines;
    expect(direct).toBeDefined();
    expect(withoutTime(direct)).toBe(withoutTime(viaPino));
  });

  it('writes nothing when the logger is silent', () => {
    const capture = logCapture();
    expect(auditWriter(capture.logger.child({}, { level: 'silent' }))).toBeUndefined();
  });
});
