import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ReviewResponse } from '@/shared/api-contract';
import type { TestDatabase } from './db/test-databases';
import {
  startServerProcess,
  stopServerProcess,
  type ServerProcess,
} from './server-process-harness';

const AGENTS = 8;
/** Acknowledged writes before the kill; agents keep writing, so others are in flight then. */
const KILL_AFTER = 60;
const GENERATED_THREADS = 24;
const THREADS = [
  'cthr_demo_refund_duplicate',
  'cthr_demo_attachments',
  'cthr_demo_hostile',
  ...Array.from(
    { length: GENERATED_THREADS },
    (_, i) => `cthr_demo_gen_${String(i).padStart(5, '0')}`,
  ),
];
const WRITE = { 'X-Threadline-Write': '1', 'Content-Type': 'application/json' };

interface AckedFlag {
  threadId: string;
  id: string;
}

interface AckedSave {
  threadId: string;
  version: number;
  agent: string;
  note: string;
}

interface Burst {
  flags: AckedFlag[];
  saves: AckedSave[];
  /** Answers other than 200, 201 and 409 while the server was up. */
  unexpected: string[];
  inFlightAtKill: number;
}

/** The name cookie PUT /api/me sets: every write sends it back. */
async function nameCookie(base: string, name: string): Promise<string> {
  const res = await fetch(`${base}/api/me`, {
    method: 'PUT',
    headers: WRITE,
    body: JSON.stringify({ name }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie()[0]?.split(';')[0];
  if (cookie === undefined) throw new Error('PUT /api/me set no cookie');
  return cookie;
}

async function reviewOf(base: string, threadId: string): Promise<ReviewResponse> {
  const res = await fetch(`${base}/api/threads/${threadId}/review`);
  expect(res.status).toBe(200);
  return (await res.json()) as ReviewResponse;
}

type Call = (path: string, init?: RequestInit) => Promise<{ status: number; body: ReviewResponse }>;

interface Write {
  call: Call;
  headers: Record<string, string>;
  threadId: string;
  agent: string;
  /** Unique to this write: the flag's comment or the review's note. */
  mark: string;
}

async function addFlag({ call, headers, threadId, mark }: Write, result: Burst) {
  const flag = { item_id: 'cthi_crash', kind: 'wrong', comment: mark };
  const path = `/api/threads/${threadId}/review/flags`;
  const res = await call(path, { method: 'POST', headers, body: JSON.stringify(flag) });
  const id =
    res.status === 201 ? res.body.review.flags.find((f) => f.comment === mark)?.id : undefined;
  if (id !== undefined) result.flags.push({ threadId, id });
  else result.unexpected.push(`POST flag: ${res.status}`);
}

async function saveReview({ call, headers, threadId, agent, mark }: Write, result: Burst) {
  const path = `/api/threads/${threadId}/review`;
  const { status, body } = await call(path);
  if (status !== 200) throw new Error(`GET review: ${status}`);
  const review = { state: 'in_review', claimed_by: agent, outcome: null, note: mark };
  const res = await call(path, {
    method: 'PUT',
    headers: { ...headers, 'If-Match': `"${body.review.version}"` },
    body: JSON.stringify(review),
  });
  if (res.status === 200)
    result.saves.push({ threadId, version: res.body.review.version, agent, note: mark });
  else if (res.status !== 409) result.unexpected.push(`PUT review: ${res.status}`);
}

/**
 * AGENTS agents add flags and save reviews in turn across THREADS as fast as the server
 * answers, until `kill` ends the server (called once KILL_AFTER writes are acknowledged). Each
 * agent stops at its first request the dead server cannot answer.
 */
async function burst(base: string, cookies: string[], kill: () => void): Promise<Burst> {
  const result: Burst = { flags: [], saves: [], unexpected: [], inFlightAtKill: 0 };
  let inFlight = 0;
  let killed = false;
  const call: Call = async (path, init = {}) => {
    inFlight += 1;
    try {
      const res = await fetch(`${base}${path}`, init);
      return { status: res.status, body: (await res.json()) as ReviewResponse };
    } finally {
      inFlight -= 1;
    }
  };
  const killWhenDue = () => {
    if (killed || result.flags.length + result.saves.length < KILL_AFTER) return;
    killed = true;
    result.inFlightAtKill = inFlight;
    kill();
  };
  const agent = async (cookie: string, a: number) => {
    const headers = { ...WRITE, Cookie: cookie };
    for (let n = 0; !killed; n += 1) {
      const threadId = THREADS[(a * 7 + n * 5) % THREADS.length] ?? '';
      const write = { call, headers, threadId, agent: `agent ${a}`, mark: `agent ${a} write ${n}` };
      await (n % 2 === 0 ? addFlag(write, result) : saveReview(write, result));
      killWhenDue();
    }
  };
  // After the kill, requests fail: that ends the agent. Before it, a failure is a finding.
  const failed = (error: unknown) => {
    if (!killed) result.unexpected.push(String(error));
  };
  await Promise.all(cookies.map((cookie, a) => agent(cookie, a).catch(failed)));
  return result;
}

/**
 * What a write the server acknowledged promises: it survives the server being killed (SIGKILL,
 * no shutdown) the moment after. The real server, from source, on each real database:
 * reviews-crash.sqlite.test.ts and reviews-crash.postgres.test.ts.
 */
export function describeCrashRecovery(kind: string, open: () => Promise<TestDatabase>) {
  describe(`reviews after a crash, on ${kind}`, () => {
    let test: TestDatabase;
    let env: Record<string, string>;
    const servers: ServerProcess[] = [];

    beforeEach(async () => {
      test = await open();
      const { location } = test;
      // The name cookie's key lives in the data folder, so names outlive the restart.
      const dataDir =
        location.kind === 'sqlite'
          ? location.dataDir
          : mkdtempSync(join(tmpdir(), 'threadline-crash-'));
      env = {
        THREADLINE_DATA_DIR: dataDir,
        THREADLINE_INDEX: 'off',
        THREADLINE_WRITE_RATE_LIMIT: '0',
        THREADLINE_RATE_LIMIT: '0',
        THREADLINE_DEMO_THREADS: String(GENERATED_THREADS),
      };
      if (location.kind === 'postgres') {
        const url = new URL(location.url);
        url.searchParams.set('options', `-c search_path=${location.schema}`);
        env['DATABASE_URL'] = url.toString();
      }
    });
    afterEach(async () => {
      await Promise.all(servers.splice(0).map(stopServerProcess));
      if (test.location.kind === 'postgres')
        rmSync(env['THREADLINE_DATA_DIR'] ?? '', { recursive: true, force: true });
      await test.drop();
    });

    /** The server, once it serves reviews (PostgreSQL is connected to after listening). */
    async function start(): Promise<ServerProcess> {
      const server = await startServerProcess(env);
      servers.push(server);
      await expect
        .poll(
          () => fetch(`${server.base}/api/threads/${THREADS[0]}/review`).then((r) => r.status),
          {
            timeout: 10_000,
          },
        )
        .toBe(200);
      return server;
    }

    it('keeps every acknowledged review save and flag when the server is killed mid-burst', async () => {
      const first = await start();
      const cookies = await Promise.all(
        Array.from({ length: AGENTS }, (_, a) => nameCookie(first.base, `agent ${a}`)),
      );
      const acked = await burst(first.base, cookies, () => first.child.kill('SIGKILL'));
      expect(await first.exited).toBeNull();
      expect(first.child.signalCode).toBe('SIGKILL');
      expect(acked.unexpected).toEqual([]);
      expect(acked.flags.length + acked.saves.length).toBeGreaterThanOrEqual(KILL_AFTER);
      expect(acked.saves.length).toBeGreaterThan(0);
      // The kill came mid-burst: writes were on the wire, unanswered.
      expect(acked.inFlightAtKill).toBeGreaterThan(0);

      const second = await start();
      for (const threadId of THREADS) {
        const { review, history } = await reviewOf(second.base, threadId);
        const flagIds = review.flags.map((flag) => flag.id);
        for (const flag of acked.flags.filter((f) => f.threadId === threadId))
          expect(flagIds).toContain(flag.id);
        for (const save of acked.saves.filter((s) => s.threadId === threadId)) {
          expect(review.version).toBeGreaterThanOrEqual(save.version);
          expect(history).toContainEqual(
            expect.objectContaining({ field: 'note', to: save.note, agent: save.agent }),
          );
        }
      }
      // The agents' names survived too: their cookies still say who they are.
      const after = await fetch(`${second.base}/api/me`, { headers: { Cookie: cookies[0] ?? '' } });
      expect(await after.json()).toMatchObject({ name: 'agent 0' });
    }, 30_000);
  });
}
