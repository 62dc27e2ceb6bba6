import { lazy, Suspense, useState } from 'react';
import type { ShortcutsDialogProps } from './shortcuts-dialog-content';

const Content = lazy(() =>
  import('./shortcuts-dialog-content').then((module) => ({
    default: module.ShortcutsDialogContent,
  })),
);

/**
 * The keyboard shortcuts dialog. Most visits never open it, so its code loads on the first `?`
 * or click, and stays mounted afterwards so it opens instantly from then on.
 */
export function ShortcutsDialog(props: ShortcutsDialogProps) {
  const [wanted, setWanted] = useState(props.open);
  if (props.open && !wanted) setWanted(true);
  return wanted ? (
    <Suspense fallback={null}>
      <Content {...props} />
    </Suspense>
  ) : null;
}
