/**
 * The API reference's example retrieve response carries an `items` page that the typed schema
 * lacks. When present and well-formed it lets the transcript paint before `/items` answers.
 */
export function inlineItems(thread: unknown): unknown[] | undefined {
  if (typeof thread !== 'object' || thread === null || !('items' in thread)) return undefined;
  const page = thread.items;
  if (typeof page !== 'object' || page === null || !('data' in page)) return undefined;
  return Array.isArray(page.data) ? (page.data as unknown[]) : undefined;
}
