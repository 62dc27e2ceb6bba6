import type { ReactNode } from 'react';
import { MutedNote } from '@/client/components/ui/muted-note';
import { FindFieldContext } from './find-mark-context';
import { HighlightedText } from './highlighted-text';

interface WidgetTextsProps {
  texts: readonly string[];
  /** Why the widget is shown as text, when it was meant to be drawn. */
  note?: ReactNode;
}

/** A widget's readable texts in order, one paragraph each: the plain view of any widget. */
export function WidgetTexts({ texts, note }: WidgetTextsProps) {
  return (
    <>
      {note !== undefined && <MutedNote>{note}</MutedNote>}
      {texts.length === 0 ? (
        <MutedNote>No readable text in this widget</MutedNote>
      ) : (
        <div className="min-w-0 space-y-1 rounded-md border border-slate-200 bg-white p-2.5 dark:border-slate-700 dark:bg-slate-950">
          {texts.map((text, index) => (
            <p key={index} className="[overflow-wrap:anywhere] whitespace-pre-wrap">
              <FindFieldContext value={index}>
                <HighlightedText text={text} />
              </FindFieldContext>
            </p>
          ))}
        </div>
      )}
    </>
  );
}
