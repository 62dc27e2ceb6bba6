import { createContext } from 'react';

export type TimeZoneChoice = 'local' | 'utc';

/** Which clock item times are shown in; the switch lives in the transcript's view controls. */
export const TimeZoneContext = createContext<TimeZoneChoice>('local');
