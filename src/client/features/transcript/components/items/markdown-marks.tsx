import { cloneElement, Fragment, isValidElement, type ReactNode } from 'react';
import { highlightMatches, type MarkCounter } from './highlighted-text';
import { unguard } from './markdown-guard';

function markNode(node: ReactNode, query: string, counter: MarkCounter): ReactNode {
  // Footnote labels reach the tree as the compiler read them, guards included.
  if (typeof node === 'string') return highlightMatches(unguard(node), query, counter);
  if (Array.isArray(node)) {
    return node.map((child: ReactNode, index) => {
      const marked = markNode(child, query, counter);
      return Array.isArray(marked) ? (
        <Fragment key={`m${String(index)}`}>{marked}</Fragment>
      ) : (
        marked
      );
    });
  }
  if (!isValidElement<{ children?: ReactNode }>(node) || node.props.children === undefined) {
    return node;
  }
  const children = markNode(node.props.children, query, counter);
  // Spread, as the compiler and JSX passed them: a list of siblings is not a keyed list.
  return Array.isArray(children)
    ? cloneElement(node, undefined, ...(children as ReactNode[]))
    : cloneElement(node, undefined, children);
}

/**
 * Compiled Markdown with the matches of `query` in its text wrapped in FindMarks numbered in
 * document order, as the transcript locates the current match. A walk over elements already
 * compiled: a new query never compiles the text again, and moving the current match re-renders
 * only the marks.
 */
export function markMatches(compiled: ReactNode, query: string): ReactNode {
  try {
    return markNode(compiled, query, { next: 0 });
  } catch {
    // A tree nested deeper than the stack allows (the compiler managed, just) stays unmarked.
    return compiled;
  }
}
