import { apiWrite } from '@/client/lib/api-write';
import type { AgentBody, FlagCreate, ReviewResponse, ReviewUpdate } from '@/shared/api-contract';
import { ME_PATH, reviewFlagPath, reviewFlagsPath, reviewPath } from '@/shared/api-paths';

/** Saves the whole review if it is still at `version`; a 409 (ApiClientError) carries theirs. */
export function saveReview(threadId: string, update: ReviewUpdate, version: number) {
  return apiWrite<ReviewResponse>(reviewPath(threadId), {
    method: 'PUT',
    body: update,
    ifMatch: `"${version}"`,
  });
}

export function addFlag(threadId: string, flag: FlagCreate) {
  return apiWrite<ReviewResponse>(reviewFlagsPath(threadId), { method: 'POST', body: flag });
}

export function removeFlag(threadId: string, flagId: string) {
  return apiWrite<ReviewResponse>(reviewFlagPath(threadId, flagId), { method: 'DELETE' });
}

export function setName(name: string) {
  return apiWrite<AgentBody>(ME_PATH, { method: 'PUT', body: { name } });
}
