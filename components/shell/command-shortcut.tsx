'use client';

import { useSyncExternalStore } from 'react';

/** Ctrl-K, or Cmd-K on a Mac; with Shift or Alt it is some other shortcut. */
export const isPaletteShortcut = (event: KeyboardEvent): boolean =>
  (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k';

const noSubscription = () => () => {};
const onApple = () => /Mac|iPhone|iPad/.test(navigator.platform);

/** The shortcut as the reader's keyboard labels it; the server renders Ctrl, a Mac swaps in ⌘ after hydration. */
export function CommandShortcut() {
  const apple = useSyncExternalStore(noSubscription, onApple, () => false);
  return (
    <kbd className="hidden rounded border border-border bg-muted px-1.5 font-sans text-xs text-muted-fg md:inline">
      {apple ? '⌘ K' : 'Ctrl K'}
    </kbd>
  );
}
