import { useQuery } from '@tanstack/react-query';
import { Suspense, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { ChunkErrorBoundary } from '@/client/components/feedback/chunk-error-boundary';
import { reviewQueries } from '@/client/entities/review/api/review-queries';
import { reviewWords } from '@/client/entities/review/model/review-words';
import { lazyWithRetry } from '@/client/lib/lazy-with-retry';
import { smallButton } from '@/client/components/ui/button-styles';

// The review's controls load when the agent comes to them, like a picture below the fold: a
// deep link's first screen is the transcript and the status, and its JavaScript has a budget.
const ReviewPanel = lazyWithRetry(
  () => import('@/client/features/review/components/review-panel'),
  (module) => module.ReviewPanel,
);

/** Counts as in view a little early, so the controls are there when the agent arrives. */
const AHEAD = '200px';

const INTENT_EVENTS = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart'] as const;

// Whether the agent has done anything on the page since it loaded (moved the pointer, typed,
// scrolled), watched from the start: what they did before a thread's data arrived counts too.
let agentActive = false;
const onActive = new Set<() => void>();
function markActive() {
  if (agentActive) return;
  agentActive = true;
  for (const name of INTENT_EVENTS) removeEventListener(name, markActive);
  for (const notify of onActive) notify();
}
if (typeof window !== 'undefined')
  for (const name of INTENT_EVENTS) addEventListener(name, markActive, { passive: true });

function subscribe(notify: () => void) {
  onActive.add(notify);
  return () => onActive.delete(notify);
}

const useAgentActive = () => useSyncExternalStore(subscribe, () => agentActive);

/**
 * Where the review panel goes. Until its code is wanted it shows the review's state (read with
 * the thread), so "In review · Ana" is there at once. The controls load once the slot is in
 * view and the agent is doing something on the page (idle until urgent: the first screen of a
 * deep link is the transcript, and its JavaScript has a budget), or when focus reaches it.
 */
export function ReviewSlot({ threadId }: { threadId: string }) {
  const slot = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  const [focused, setFocused] = useState(false);
  const active = useAgentActive();
  const wanted = focused || (seen && active);
  useEffect(() => {
    const element = slot.current;
    if (seen || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: `${AHEAD} 0px` },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  const placeholder = <ReviewPlaceholder threadId={threadId} onOpen={() => setFocused(true)} />;
  return (
    <div ref={slot} onFocusCapture={() => setFocused(true)} className="min-w-0">
      {wanted ? (
        <ChunkErrorBoundary>
          <Suspense fallback={placeholder}>
            <ReviewPanel threadId={threadId} />
          </Suspense>
        </ChunkErrorBoundary>
      ) : (
        placeholder
      )}
    </div>
  );
}

function ReviewPlaceholder({ threadId, onOpen }: { threadId: string; onOpen: () => void }) {
  const review = useQuery(reviewQueries.review(threadId)).data?.review;
  return (
    <section
      aria-label="Review"
      aria-busy="true"
      className="flex min-h-40 min-w-0 flex-col gap-3 rounded-xl border border-slate-200 bg-white px-3.5 py-3 dark:border-slate-800 dark:bg-slate-900"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 className="text-sm font-semibold text-slate-800 dark:text-slate-200">Review</h2>
        {review && (
          <span className="text-xs font-medium text-slate-700 dark:text-slate-300">
            {reviewWords(review)}
          </span>
        )}
      </div>
      {/* For a screen reader's browse mode, which moves no pointer and presses no key here. */}
      <button type="button" className={smallButton} onClick={onOpen}>
        Show the review controls
      </button>
    </section>
  );
}
