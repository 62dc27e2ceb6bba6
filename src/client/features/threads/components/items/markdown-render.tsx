import { Fragment, type ReactNode } from 'react';
import type { ListItem, Nodes, RootContent } from 'mdast';
import { highlightMatches } from './highlighted-text';
import { markdownElements as el } from './markdown-components';
import type { ParsedMarkdown } from './markdown-parse';
import { SafeLink } from './safe-link';

interface RenderState extends ParsedMarkdown {
  query: string;
}

function plainText(node: Nodes): string {
  if ('value' in node) return node.value;
  if ('children' in node) return node.children.map(plainText).join('');
  return 'alt' in node ? (node.alt ?? '') : '';
}

/** `flow` children sit at block level (root, blockquote, list item), `html` among them too. */
function renderChildren(nodes: readonly RootContent[], state: RenderState, flow = false) {
  return nodes.map((node, index) => (
    <Fragment key={index}>{renderNode(node, state, flow)}</Fragment>
  ));
}

// A tight list's paragraphs render as bare text in the <li>, as CommonMark's HTML does.
function isLoose(item: ListItem): boolean {
  return item.spread ?? item.children.length > 1;
}

function renderListItem(item: ListItem, loose: boolean, state: RenderState): ReactNode {
  const box = typeof item.checked === 'boolean' ? (item.checked ? '☑ ' : '☐ ') : null;
  return (
    <li>
      {box}
      {item.children.map((child, index) => (
        <Fragment key={index}>
          {child.type === 'paragraph' && !loose
            ? renderChildren(child.children, state)
            : renderNode(child, state, true)}
        </Fragment>
      ))}
    </li>
  );
}

function renderNode(node: RootContent, state: RenderState, flow: boolean): ReactNode {
  const mark = (text: string) => highlightMatches(text, state.query);
  switch (node.type) {
    case 'paragraph':
      return <p>{renderChildren(node.children, state)}</p>;
    case 'heading':
      return el.heading(node.depth, renderChildren(node.children, state));
    case 'text':
      return mark(node.value);
    case 'emphasis':
      return <em>{renderChildren(node.children, state)}</em>;
    case 'strong':
      return <strong>{renderChildren(node.children, state)}</strong>;
    case 'delete':
      return <del>{renderChildren(node.children, state)}</del>;
    case 'inlineCode':
      return el.inlineCode(mark(node.value.replace(/\r?\n|\r/g, ' ')));
    case 'code':
      return el.codeBlock(mark(node.value === '' ? '' : `${node.value}\n`));
    case 'link':
      return <SafeLink href={node.url}>{renderChildren(node.children, state)}</SafeLink>;
    case 'linkReference': {
      const definition = state.definitions.get(node.identifier.toUpperCase());
      const children = renderChildren(node.children, state);
      if (!definition) return ['[', ...children, ']'];
      return <SafeLink href={definition.url}>{children}</SafeLink>;
    }
    case 'image':
    case 'imageReference':
      return el.image(node.alt);
    case 'definition':
      return null;
    case 'list': {
      const loose = node.spread === true || node.children.some(isLoose);
      const start = node.ordered && node.start != null && node.start !== 1 ? node.start : undefined;
      const items = node.children.map((item, index) => (
        <Fragment key={index}>{renderListItem(item, loose, state)}</Fragment>
      ));
      return el.list(node.ordered === true, start, items);
    }
    case 'listItem':
      return renderListItem(node, isLoose(node), state);
    case 'blockquote':
      return el.blockquote(renderChildren(node.children, state, true));
    case 'thematicBreak':
      return el.rule();
    case 'break':
      return <br />;
    case 'html':
      // Raw HTML is shown as the characters the assistant wrote: it never becomes markup.
      return flow ? <p className="whitespace-pre-wrap">{mark(node.value)}</p> : mark(node.value);
    case 'table':
    case 'tableRow':
    case 'tableCell':
    case 'footnoteDefinition':
    case 'footnoteReference':
    case 'yaml':
      // Extension nodes: the parser runs without extensions, so these never arrive.
      return mark(plainText(node));
    default: {
      const unknown: never = node;
      return mark(plainText(unknown));
    }
  }
}

/** React elements for a parsed message, with the find query's matches in <mark>. */
export function renderMarkdown(parsed: ParsedMarkdown, query: string): ReactNode {
  return renderChildren(parsed.root.children, { ...parsed, query }, true);
}
