import { destination as fileDestination, pino, type DestinationStream, type Logger } from 'pino';
import type { LogLevel } from './env';

export type { Logger };

/**
 * Second guard behind "never log headers or the key": if a header bag or client options object
 * ever reaches a log call, these paths are censored before the line is written.
 */
const REDACT_PATHS = [
  'apiKey',
  '*.apiKey',
  'authorization',
  '*.authorization',
  '*.headers.authorization',
  '*.headers.Authorization',
  'headers.authorization',
  'headers.Authorization',
  'req.headers.cookie',
];

/**
 * JSON lines to `destination`, by default stdout written asynchronously: a line is queued and
 * lines queued while a write is in flight go out together, so a slow log consumer (a full pipe)
 * never stalls request handling. Queued lines are written synchronously when the process exits.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { app: 'threadline' },
    redact: { paths: REDACT_PATHS, censor: '[redacted]' },
  };
  return pino(options, destination ?? fileDestination({ dest: 1, sync: false }));
}
