'use client';

import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { Search } from 'lucide-react';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { messageOf } from '@/components/monitoring/request';
import { Button } from '@/components/ui/button';
import { Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from '@/components/ui/dialog';
import { useDebounced, usePaletteShortcut } from './command-hooks';
import { commandGroups, type CommandOption } from './command-options';
import { fetchPalette, paletteKeys } from './command-palette-api';
import type { CommandPage } from './command-pages';
import { CommandResults, optionId } from './command-results';
import { CommandShortcut } from './command-shortcut';

const DEBOUNCE_MS = 150;
const MAX_QUERY = 100;

/** Ctrl/Cmd-K (or the header button) jumps to a page, a model or a version (`iris@3`). */
export function CommandPalette({ pages }: { pages: CommandPage[] }) {
  const router = useRouter();
  const queryClient = useQueryClient();
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  /** Where focus was before opening: Escape or a choice sends it back there. */
  const returnTo = useRef<Element | null>(null);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  /** The text as of the last keystroke, for an Enter that waits on its results. */
  const latest = useRef('');
  const [active, setActive] = useState({ key: '', index: 0 });

  const typed = text.trim();
  const debounced = useDebounced(typed, DEBOUNCE_MS);
  const search = useQuery({
    queryKey: paletteKeys.search(debounced),
    queryFn: () => fetchPalette(debounced),
    enabled: open && debounced !== '',
    placeholderData: keepPreviousData,
  });
  const results = typed === '' ? undefined : search.data;
  // Results not yet for what is typed: still debouncing, the previous query's kept results, or the first load.
  const stale = typed !== '' && (debounced !== typed || search.isPlaceholderData || search.isPending);

  const groups = commandGroups(pages, results, typed);
  const options = groups.flatMap((g) => g.options);
  // A new list starts on its first option; arrows move within the list they were pressed on.
  const optionsKey = options.map((o) => o.href).join('\n');
  const activeIndex = options.length === 0 ? -1 : active.key === optionsKey ? active.index : 0;
  const activeId = activeIndex >= 0 ? optionId(listId, activeIndex) : undefined;

  function changeOpen(next: boolean) {
    if (next) {
      returnTo.current = document.activeElement;
    } else {
      updateText('');
    }
    setOpen(next);
  }

  usePaletteShortcut(() => changeOpen(!open));

  useEffect(() => {
    if (activeId) document.getElementById(activeId)?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  function updateText(value: string) {
    latest.current = value;
    setText(value);
  }

  /** Enter before the results caught up with the typing opens the best match for what was typed, never a stale one. */
  async function chooseWhenFresh(query: string) {
    try {
      const fresh = await queryClient.fetchQuery({ queryKey: paletteKeys.search(query), queryFn: () => fetchPalette(query) });
      const best = commandGroups(pages, fresh, query).flatMap((g) => g.options)[0];
      if (best && latest.current.trim() === query) choose(best);
    } catch {
      // The query's own error line reports it once the debounced search runs.
    }
  }

  function choose(option: CommandOption) {
    changeOpen(false);
    router.push(option.href);
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const n = options.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (n === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive({ key: optionsKey, index: (activeIndex + step + n) % n });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (stale) void chooseWhenFresh(typed);
      else if (activeIndex >= 0) choose(options[activeIndex]!);
    }
  }

  const hasResults = (results?.models.length ?? 0) + (results?.versions.length ?? 0) > 0;
  const noMatch = typed !== '' && !stale && search.isSuccess && !hasResults;

  return (
    <Dialog open={open} onOpenChange={changeOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="sm" aria-keyshortcuts="Control+K Meta+K" className="text-muted-fg">
          <Search aria-hidden />
          <span className="sr-only sm:not-sr-only">Search…</span>
          <CommandShortcut />
        </Button>
      </DialogTrigger>
      <DialogContent
        className="top-[12vh] max-w-xl translate-y-0 gap-0 overflow-hidden p-0"
        closeLabel="Close search"
        onOpenAutoFocus={(event) => {
          event.preventDefault();
          inputRef.current?.focus();
        }}
        onCloseAutoFocus={(event) => {
          const target = returnTo.current;
          returnTo.current = null;
          // Without a better place (focus was on the page body, or that element is gone), Radix focuses the trigger.
          if (target instanceof HTMLElement && target !== document.body && target.isConnected) {
            event.preventDefault();
            target.focus();
          }
        }}
      >
        <DialogTitle className="sr-only">Search Modelboard</DialogTitle>
        <DialogDescription className="sr-only">
          Type a page, a model name, or a model and version such as iris@3. Arrow keys move through the results, Enter opens one, Escape closes.
        </DialogDescription>
        <div className="flex items-center gap-2 border-b border-border px-4 pr-12 focus-within:border-ring">
          <Search aria-hidden className="size-4 shrink-0 text-muted-fg" />
          <input
            ref={inputRef}
            role="combobox"
            aria-label="Search pages, models and versions"
            aria-expanded={options.length > 0}
            aria-controls={listId}
            aria-activedescendant={activeId}
            aria-autocomplete="list"
            autoComplete="off"
            spellCheck={false}
            maxLength={MAX_QUERY}
            value={text}
            onChange={(event) => updateText(event.target.value)}
            onKeyDown={onInputKeyDown}
            placeholder="Search pages, models, or a version like iris@3…"
            className="h-12 min-w-0 flex-1 bg-transparent text-sm outline-none placeholder:text-muted-fg"
          />
        </div>
        {options.length > 0 && (
          <CommandResults
            id={listId}
            groups={groups}
            activeIndex={activeIndex}
            stale={stale}
            onActivate={(index) => setActive({ key: optionsKey, index })}
            onChoose={choose}
          />
        )}
        <div className="space-y-1 px-4 py-2 text-sm empty:hidden">
          {noMatch && (
            <p>
              No model or version matches “{typed}”. Try part of a name, or a name and version like <code>iris@3</code>.
            </p>
          )}
          {search.isError && typed !== '' && (
            <p role="alert" className="text-danger">
              Search failed: {messageOf(search.error)}
            </p>
          )}
        </div>
        <p className="sr-only" aria-live="polite">
          {stale ? '' : `${options.length} result${options.length === 1 ? '' : 's'}`}
        </p>
        <p aria-hidden className="border-t border-border px-4 py-2 text-xs text-muted-fg">
          ↑ ↓ to move · Enter to open · Esc to close
        </p>
      </DialogContent>
    </Dialog>
  );
}
