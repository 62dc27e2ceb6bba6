import type { ElementContent, Root, RootContent } from 'hast';
import { splitMatches } from '../../lib/search-index';

function markText(value: string, query: string): ElementContent[] {
  const parts = splitMatches(value, query);
  const nodes: ElementContent[] = [];
  parts.forEach((part, index) => {
    if (part === '') return;
    const text = { type: 'text' as const, value: part };
    nodes.push(
      index % 2 === 1
        ? { type: 'element', tagName: 'mark', properties: {}, children: [text] }
        : text,
    );
  });
  return nodes;
}

function markChildren(children: ElementContent[], query: string): ElementContent[] {
  return children.flatMap((child) => {
    if (child.type === 'text') return markText(child.value, query);
    if (child.type === 'element') child.children = markChildren(child.children, query);
    return [child];
  });
}

/**
 * Rehype plugin: wraps find matches in the Markdown's text nodes in <mark> elements. It edits the
 * syntax tree, so matched text stays text: nothing from the transcript is ever parsed as HTML.
 */
export function rehypeMarkQuery({ query }: { query: string }) {
  return (tree: Root) => {
    if (query.trim() === '') return;
    tree.children = tree.children.flatMap((child): RootContent[] =>
      child.type === 'doctype' ? [child] : markChildren([child], query),
    );
  };
}
