import { useCallback, useState } from 'react';
import type { DetailsControl } from '@/client/components/ui/details-context';
import type { TimeZoneChoice } from '../components/items/time-zone-context';

export const TIME_ZONE_STORAGE_KEY = 'threadline.timezone.v1';

function readTimeZone(): TimeZoneChoice {
  try {
    return localStorage.getItem(TIME_ZONE_STORAGE_KEY) === 'utc' ? 'utc' : 'local';
  } catch {
    // Storage can be disabled (private modes, policies): fall back to the viewer's clock.
    return 'local';
  }
}

function storeTimeZone(zone: TimeZoneChoice): void {
  try {
    localStorage.setItem(TIME_ZONE_STORAGE_KEY, zone);
  } catch {
    // Not remembered, but still applied for this page.
  }
}

/** The transcript's view controls: filter, details expansion and clock, the clock remembered. */
export function useViewState() {
  const [conversationOnly, setConversationOnly] = useState(false);
  const [details, setDetails] = useState<DetailsControl>({ open: false, version: 0 });
  const [timeZone, setTimeZoneState] = useState<TimeZoneChoice>(readTimeZone);

  const setAllDetails = useCallback(
    (open: boolean) => setDetails((previous) => ({ open, version: previous.version + 1 })),
    [],
  );
  const setTimeZone = useCallback((zone: TimeZoneChoice) => {
    storeTimeZone(zone);
    setTimeZoneState(zone);
  }, []);

  return { conversationOnly, setConversationOnly, details, setAllDetails, timeZone, setTimeZone };
}

export type ViewState = ReturnType<typeof useViewState>;
