const texts = new WeakMap<object, string>();

/**
 * The JSON text of an answer, serialised once per object: a cached answer is the same object
 * for every request that hits it, so hits reuse the text (and the cache sizes entries by it)
 * instead of serialising again. Answers are never mutated once returned, so the text stays true.
 */
export function jsonText(value: object): string {
  let text = texts.get(value);
  if (text === undefined) {
    text = JSON.stringify(value);
    texts.set(value, text);
  }
  return text;
}
