import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { ReviewFlagBody } from '@/shared/api-contract';
import { reviewQueries } from '@/client/entities/review/api/review-queries';
import type { ItemFlagsValue } from '@/client/entities/review/ui/item-flags';

/**
 * The review's flags by item, for the transcript (ItemFlagsContext). Writing a flag is the
 * flag form's, which loads when first opened: nothing here weighs on a deep link's first load.
 */
export function useItemFlags(threadId: string): ItemFlagsValue {
  const review = useQuery(reviewQueries.review(threadId)).data?.review;
  const named = useQuery(reviewQueries.me()).data?.name != null;
  const flags = review?.flags;
  return useMemo(() => {
    const byItem = new Map<string, ReviewFlagBody[]>();
    for (const flag of flags ?? []) {
      const list = byItem.get(flag.item_id) ?? [];
      list.push(flag);
      byItem.set(flag.item_id, list);
    }
    return { threadId, byItem, canFlag: named && flags !== undefined };
  }, [threadId, flags, named]);
}
