import type { WidgetText } from '@/client/entities/thread/model/widget-nodes';
import { revealInvisible } from '@/client/lib/invisible-characters';
import { FindFieldContext } from '../find-mark-context';
import { HighlightedText } from '../highlighted-text';

/**
 * A string from the widget as a text node: invisible and bidi controls shown as markers (as in
 * every other name), direction isolated, and find matches marked under the field find counts.
 */
export function WidgetString({ text }: { text: WidgetText }) {
  return (
    <bdi>
      <FindFieldContext value={text.field}>
        <HighlightedText text={revealInvisible(text.value)} />
      </FindFieldContext>
    </bdi>
  );
}
