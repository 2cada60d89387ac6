import { useSyncExternalStore } from 'react';

export interface ToastItem {
  id: number;
  message: string;
}

let items: ToastItem[] = [];
let nextId = 1;
const listeners = new Set<() => void>();

function publish(next: ToastItem[]) {
  items = next;
  for (const listener of listeners) listener();
}

/** Says, in a toast at the corner of the screen, that something the user did has been done. */
export function showToast(message: string): void {
  publish([...items, { id: nextId++, message }]);
}

export function dismissToast(id: number): void {
  publish(items.filter((item) => item.id !== id));
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const none: ToastItem[] = [];

export function useToasts(): ToastItem[] {
  return useSyncExternalStore(subscribe, () => items, () => none);
}
