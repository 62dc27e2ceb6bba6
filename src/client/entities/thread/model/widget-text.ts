// Widget payloads are untrusted and unbounded; these limits keep one item from stalling the page.
const MAX_WIDGET_CHARS = 1_000_000;
const MAX_DEPTH = 24;
const MAX_TEXTS = 200;
const MAX_NODES = 5_000;
// Display fields of ChatKit widget components (Text/Title/Caption/Markdown `value`, Card `title`,
// Button/Badge `label`), in the order a reader would meet them.
const TEXT_KEYS = ['title', 'label', 'value', 'text'] as const;
// Actions carry payloads for the app, not text the customer saw.
const SKIPPED_KEY = /action|payload/i;

export interface WidgetReading {
  /** The parsed payload; undefined when it is empty, too large or not JSON. */
  parsed: unknown;
  /** Readable strings found in the widget's components, in document order. */
  texts: string[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function collectTexts(root: unknown): string[] {
  const texts: string[] = [];
  let visited = 0;
  const visit = (node: unknown, depth: number): void => {
    if (depth > MAX_DEPTH || texts.length >= MAX_TEXTS || ++visited > MAX_NODES) return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    for (const key of TEXT_KEYS) {
      const value = node[key];
      if (typeof value === 'string' && value.trim() !== '' && texts.length < MAX_TEXTS) {
        texts.push(value);
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === 'object' && child !== null && !SKIPPED_KEY.test(key)) {
        visit(child, depth + 1);
      }
    }
  };
  visit(root, 0);
  return texts;
}

function parseJson(text: string): unknown {
  if (text.trim() === '' || text.length > MAX_WIDGET_CHARS) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Parses a serialized widget without throwing and pulls out the text a customer would have read. */
export function readWidget(text: string): WidgetReading {
  let parsed = parseJson(text);
  // Payloads that were JSON-encoded twice arrive as a JSON string holding the real widget.
  if (typeof parsed === 'string') parsed = parseJson(parsed) ?? parsed;
  return { parsed, texts: parsed === undefined ? [] : collectTexts(parsed) };
}
