'use client';

import { useEffect, useEffectEvent, useState } from 'react';
import { isPaletteShortcut } from './command-shortcut';

/** `value` once it has stopped changing for `ms`: one search per pause in the typing, not per key. */
export function useDebounced(value: string, ms: number): string {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return debounced;
}

/** Ctrl-K / Cmd-K anywhere on the page, even in a text field. */
export function usePaletteShortcut(onToggle: () => void): void {
  const toggle = useEffectEvent(onToggle);
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (!isPaletteShortcut(event)) return;
      // Browsers put their own search on Ctrl-K; in the app it opens ours.
      event.preventDefault();
      if (!event.repeat) toggle();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
