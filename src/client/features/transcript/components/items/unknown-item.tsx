import { Collapsible } from '@/client/components/ui/collapsible';
import { safeStringify } from '@/client/entities/thread/model/json-text';
import { unknownItemField } from '@/client/entities/thread/model/item-text';
import type { UnknownThreadItem } from '@/client/entities/thread/model/transcript-item';
import { FindFieldContext, useCurrentMarkField } from './find-mark-context';
import { ItemCard } from './item-card';
import { JsonBlock } from './json-block';

/** Items of a type we do not render are shown, never dropped: the reviewer sees the raw JSON. */
export function UnknownItem({ unknown }: { unknown: UnknownThreadItem }) {
  const markField = useCurrentMarkField();
  return (
    <ItemCard
      label="Unsupported item"
      title={`Unsupported item (type ${unknown.type})`}
      icon="unknown"
      tone="muted"
      createdAt={unknown.createdAt}
    >
      <Collapsible summary="Raw JSON" reveal={markField === unknownItemField.json}>
        <FindFieldContext value={unknownItemField.json}>
          <JsonBlock text={safeStringify(unknown.raw)} copyLabel="Copy raw JSON" />
        </FindFieldContext>
      </Collapsible>
    </ItemCard>
  );
}
