import { describe, expect, it } from 'vitest';
import { lookupActionLabel, lookupPlan, MAX_TRIAGE_URL_IDS } from './lookup-plan';

const label = (text: string) => lookupActionLabel(lookupPlan(text));

describe('lookupPlan', () => {
  it('opens one thread from an ID, a link or a sentence', () => {
    expect(lookupPlan(' cthr_abc ')).toEqual({ kind: 'thread', path: '/threads/cthr_abc' });
    expect(lookupPlan('see https://x.example/threads/cthr_abc#cthi_1')).toEqual({
      kind: 'thread',
      path: '/threads/cthr_abc',
    });
  });

  it('opens the triage board for several distinct IDs, in the order pasted', () => {
    expect(lookupPlan('cthr_b, cthr_a\ncthr_b')).toEqual({
      kind: 'triage',
      path: '/triage?ids=cthr_b,cthr_a',
      count: 2,
    });
  });

  it('bounds the triage URL', () => {
    const many = Array.from({ length: 250 }, (_, i) => `cthr_${String(i)}`).join(' ');
    const plan = lookupPlan(many);
    expect(plan.kind === 'triage' && plan.count).toBe(MAX_TRIAGE_URL_IDS);
  });

  it('says why nothing can be opened', () => {
    expect(lookupPlan('  ')).toEqual({ kind: 'problem', reason: 'empty' });
    expect(lookupPlan('hello')).toEqual({ kind: 'problem', reason: 'no_id' });
    expect(lookupPlan(`cthr_${'a'.repeat(129)}`)).toEqual({ kind: 'problem', reason: 'too_long' });
  });
});

describe('lookupActionLabel', () => {
  it('says what a paste will do', () => {
    expect(label('')).toBe('Open thread');
    expect(label('cthr_abc')).toBe('Open thread');
    expect(label('cthr_1 cthr_2 cthr_3 cthr_4 cthr_5')).toBe('Open triage board (5 IDs)');
  });
});
