import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { FlagCreate, ReviewFlagBody } from '@/shared/api-contract';
import { addFlag } from '@/client/entities/review/api/review-api';
import { reviewQueries } from '@/client/entities/review/api/review-queries';
import type { ItemFlagsValue } from '@/client/entities/review/ui/item-flags';

/** The review's flags by item, and adding one, for the transcript (ItemFlagsContext). */
export function useItemFlags(threadId: string): ItemFlagsValue {
  const queryClient = useQueryClient();
  const review = useQuery(reviewQueries.review(threadId)).data?.review;
  const named = useQuery(reviewQueries.me()).data?.name != null;
  const { mutateAsync } = useMutation({
    mutationFn: (flag: FlagCreate) => addFlag(threadId, flag),
    onSuccess: (response) =>
      queryClient.setQueryData(reviewQueries.review(threadId).queryKey, response),
  });
  const flags = review?.flags;
  return useMemo(() => {
    const byItem = new Map<string, ReviewFlagBody[]>();
    for (const flag of flags ?? []) {
      const list = byItem.get(flag.item_id) ?? [];
      list.push(flag);
      byItem.set(flag.item_id, list);
    }
    return { byItem, add: named && flags !== undefined ? mutateAsync : null };
  }, [flags, named, mutateAsync]);
}
