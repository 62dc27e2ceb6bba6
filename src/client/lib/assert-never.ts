/** Compile-time exhaustiveness check; throws at run time so an error boundary can catch it. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled value: ${JSON.stringify(value)}`);
}
