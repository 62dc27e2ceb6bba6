import { Children, Fragment, isValidElement, type ReactNode } from 'react';
import { compiler, RuleType, type MarkdownToJSX } from 'markdown-to-jsx';
import { safeHref } from '@/client/lib/safe-href';
import { guard, unguard } from './markdown-guard';
import { markdownElements as el } from './markdown-components';
import { SafeLink } from './safe-link';

type Node = MarkdownToJSX.ParserResult;
type Inner = (nodes: Node[]) => ReactNode;

function renderList(
  node: MarkdownToJSX.OrderedListNode | MarkdownToJSX.UnorderedListNode,
  inner: Inner,
) {
  const start = node.ordered && node.start !== 1 ? node.start : undefined;
  const items = node.items.map((item, index) => <li key={index}>{inner(item)}</li>);
  return el.list(node.ordered, start, items);
}

function renderNode(node: Node, inner: Inner, next: () => ReactNode): ReactNode {
  switch (node.type) {
    case RuleType.text:
      // Left as a string so the compiler merges neighbours: find marks matches across them.
      return unguard(node.text);
    case RuleType.gfmTask:
      // Guarded above: task boxes stay the literal `[x]` and `[ ]` they are in the source.
      return node.completed ? '[x]' : '[ ]';
    case RuleType.paragraph: {
      const children = inner(node.children);
      // A paragraph of link definitions only.
      return Array.isArray(children) && children.length === 0 ? null : <p>{children}</p>;
    }
    case RuleType.heading:
      return el.heading(node.level, inner(node.children));
    case RuleType.textBolded:
      return <strong>{inner(node.children)}</strong>;
    case RuleType.textEmphasized:
      return <em>{inner(node.children)}</em>;
    case RuleType.textStrikethroughed:
      return <del>{inner(node.children)}</del>;
    case RuleType.textMarked:
      // `==text==` stays literal: a <mark> of its own would read as a find match.
      return <>=={inner(node.children)}==</>;
    case RuleType.codeInline:
      return el.inlineCode(unguard(node.text.replace(/\r?\n|\r/g, ' ')));
    case RuleType.codeBlock: {
      const code = unguard(node.text).replace(/\n$/, '');
      return el.codeBlock(code === '' ? '' : `${code}\n`);
    }
    case RuleType.link:
      return <SafeLink href={unguard(node.target)}>{inner(node.children)}</SafeLink>;
    case RuleType.refLink: {
      // Definitions live inside the compiler; its own rendering resolves the reference (through
      // our sanitizer) and we keep only the href.
      const resolved = next();
      if (!isValidElement<{ href?: unknown }>(resolved) || resolved.type !== 'a') {
        return unguard(node.fallbackChildren);
      }
      return <SafeLink href={resolved.props.href}>{inner(node.children)}</SafeLink>;
    }
    case RuleType.image:
    case RuleType.refImage:
      return el.image(node.alt && unguard(node.alt));
    case RuleType.orderedList:
    case RuleType.unorderedList:
      return renderList(node, inner);
    case RuleType.blockQuote:
      return el.blockquote(
        <>
          {node.alert !== undefined && <p>{unguard(`[!${node.alert}]`)}</p>}
          {inner(node.children)}
        </>,
      );
    case RuleType.table:
      return el.table(
        node.header.map(inner),
        node.cells.map((row) => row.map(inner)),
      );
    case RuleType.footnoteReference:
      return el.footnoteReference(unguard(node.text));
    case RuleType.breakLine:
      return <br />;
    case RuleType.breakThematic:
      return el.rule();
    case RuleType.ref:
    case RuleType.footnote:
    case RuleType.newlineCoalescer:
    case RuleType.htmlComment:
      // Definitions, footnote bodies (rendered after the text) and blank lines.
      return null;
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- still a member of the node union
    case RuleType.linkMailtoDetector:
    case RuleType.codeFenced:
    case RuleType.headingSetext:
    case RuleType.htmlBlock:
    case RuleType.htmlSelfClosing:
    case RuleType.linkAngleBraceStyleDetector:
    case RuleType.linkBareUrlDetector:
    case RuleType.tableSeparator:
    case RuleType.textEscaped:
      // Parsed into the types above, or switched off by our options: never rendered.
      return null;
    default: {
      const unknown: never = node;
      return unknown;
    }
  }
}

/** Footnote bodies arrive as `<div id>label…</div>` in a `<footer>`, all inside one more div. */
function FootnoteBody({ id, children }: { id?: string; children?: ReactNode }) {
  // The outer wrapper: keep the blocks as the container's own children. Ids are dropped, so a
  // message cannot name elements of the page.
  if (id === undefined) return children;
  const [label, ...body] = Children.toArray(children);
  return el.footnote(typeof label === 'string' ? unguard(label) : label, body);
}

const footnoteOverrides: MarkdownToJSX.Overrides = {
  div: FootnoteBody,
  footer: ({ children }: { children?: ReactNode }) => el.footnotes(children),
};

/**
 * React elements for assistant Markdown. Raw HTML stays literal text, images are never loaded,
 * and every URL that becomes a link has passed safeHref, which replaces the compiler's own
 * sanitizer. Find marks its matches in the elements afterwards (markdown-marks.tsx).
 */
export function compileMarkdown(text: string): ReactNode {
  try {
    return compile(text);
  } catch {
    // The compiler recurses per nesting level: a few thousand `> ` overflow the stack.
    return <p className="whitespace-pre-wrap">{text}</p>;
  }
}

function compile(text: string): ReactNode {
  return compiler(guard(text), {
    wrapper: null,
    forceBlock: true,
    disableParsingRawHTML: true,
    // CommonMark does not link bare URLs; a link must be one the assistant wrote.
    disableAutoLink: true,
    // The compiler's default reads `&quot;` as a curly quote.
    namedCodesToUnicode: { quot: '"' },
    sanitizer: (value, tag) => (tag === 'a' ? (safeHref(unguard(value)) ?? null) : null),
    overrides: footnoteOverrides,
    renderRule(next, node, output, state) {
      const key = state.key;
      const inner: Inner = (nodes) => output(nodes, state);
      const rendered = renderNode(node, inner, next);
      if (rendered === null || typeof rendered === 'string') return rendered;
      return <Fragment key={key}>{rendered}</Fragment>;
    },
  });
}
