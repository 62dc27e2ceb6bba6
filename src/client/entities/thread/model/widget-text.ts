// Widget payloads are untrusted and unbounded; these limits keep one item from stalling the page.
const MAX_WIDGET_CHARS = 1_000_000;
const MAX_DEPTH = 24;
const MAX_TEXTS = 200;
const MAX_NODES = 5_000;
// Display fields of ChatKit widget components (Text/Title/Caption/Markdown `value`, Card `title`,
// Button/Badge `label`), in the order a reader would meet them.
const TEXT_KEYS = ['title', 'label', 'value', 'text'] as const;
// A Select or RadioGroup option's `value` is what the form submits, not what the customer read.
const OPTION_KEYS = ['label'] as const;
// Actions carry payloads for the app, not text the customer saw.
const SKIPPED_KEY = /action|payload/i;

export interface WidgetReading {
  /** The parsed payload; undefined when it is empty, too large or not JSON. */
  parsed: unknown;
  /** Readable strings found in the widget's components, in document order. */
  texts: string[];
}

/** For each component object of a parsed widget, the find field (index in `texts`) of each of its text keys. */
export type WidgetFields = WeakMap<object, Readonly<Record<string, number>>>;

type TextVisitor = (node: object, key: string, value: string) => void;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Calls `onText` for each readable string under `root`, in document order, within the limits. */
function visitTexts(root: unknown, onText: TextVisitor): void {
  let count = 0;
  let visited = 0;
  const visit = (node: unknown, depth: number, keys: readonly string[]): void => {
    if (depth > MAX_DEPTH || count >= MAX_TEXTS || ++visited > MAX_NODES) return;
    if (Array.isArray(node)) {
      for (const child of node) visit(child, depth + 1, keys);
      return;
    }
    if (!isRecord(node)) return;
    for (const key of keys) {
      const value = node[key];
      if (typeof value === 'string' && value.trim() !== '' && count < MAX_TEXTS) {
        count++;
        onText(node, key, value);
      }
    }
    for (const [key, child] of Object.entries(node)) {
      if (typeof child === 'object' && child !== null && !SKIPPED_KEY.test(key)) {
        visit(child, depth + 1, key === 'options' ? OPTION_KEYS : TEXT_KEYS);
      }
    }
  };
  visit(root, 0, TEXT_KEYS);
}

function collectTexts(root: unknown): string[] {
  const texts: string[] = [];
  visitTexts(root, (_node, _key, value) => texts.push(value));
  return texts;
}

/**
 * Which find field each text of a parsed widget is: the renderer marks matches with the same
 * numbering find counts them by (`readWidget(...).texts`).
 */
export function widgetFields(parsed: unknown): WidgetFields {
  const fields: WidgetFields = new WeakMap();
  let index = 0;
  visitTexts(parsed, (node, key) => {
    fields.set(node, { ...fields.get(node), [key]: index++ });
  });
  return fields;
}

/** The readable strings of one component and everything under it, each with its find field. */
export function subtreeTexts(
  node: unknown,
  fields: WidgetFields,
): { value: string; field: number | null }[] {
  const texts: { value: string; field: number | null }[] = [];
  visitTexts(node, (owner, key, value) => {
    texts.push({ value, field: fields.get(owner)?.[key] ?? null });
  });
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
