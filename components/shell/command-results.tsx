'use client';

import { FileText, GitBranch, Package } from 'lucide-react';
import { StageBadge } from '@/components/models/stage-badge';
import { cn } from '@/components/ui/cn';
import type { CommandGroup, CommandGroupName, CommandOption } from './command-options';

const ICONS: Record<CommandGroupName, typeof FileText> = { Pages: FileText, Models: Package, Versions: GitBranch };

export const optionId = (listId: string, index: number) => `${listId}-option-${index}`;

interface Props {
  id: string;
  groups: CommandGroup[];
  activeIndex: number;
  /** Results of an older query shown while the new one loads. */
  stale: boolean;
  onActivate: (index: number) => void;
  onChoose: (option: CommandOption) => void;
}

/** The combobox's listbox: grouped options, the active one highlighted; the input keeps focus throughout. */
export function CommandResults({ id, groups, activeIndex, stale, onActivate, onChoose }: Props) {
  // Options are numbered across groups, as the combobox's arrows walk them.
  const firstIndex = groups.map((_, g) => groups.slice(0, g).reduce((n, previous) => n + previous.options.length, 0));
  return (
    <div id={id} role="listbox" aria-label="Results" aria-busy={stale} className={cn('max-h-[min(60vh,28rem)] overflow-y-auto p-2', stale && 'opacity-70')}>
      {groups.map((group, g) => {
        const Icon = ICONS[group.name];
        const headingId = `${id}-${group.name.toLowerCase()}`;
        return (
          <div key={group.name} role="group" aria-labelledby={headingId} className="pb-1">
            <div id={headingId} className="px-2 pt-2 pb-1 text-xs font-medium text-muted-fg">
              {group.name}
            </div>
            {group.options.map((option, j) => {
              const i = firstIndex[g]! + j;
              const selected = i === activeIndex;
              return (
                <div
                  key={option.href}
                  id={optionId(id, i)}
                  role="option"
                  aria-selected={selected}
                  data-testid="palette-option"
                  // Keep focus in the input: a click must not blur it before the option opens.
                  onMouseDown={(e) => e.preventDefault()}
                  onMouseMove={() => !selected && onActivate(i)}
                  onClick={() => onChoose(option)}
                  className={cn(
                    'flex cursor-pointer items-center gap-3 rounded-md px-2 py-2 text-sm',
                    selected ? 'bg-muted text-fg outline-2 -outline-offset-2 outline-ring' : 'text-fg',
                  )}
                >
                  <Icon aria-hidden className="size-4 shrink-0 text-muted-fg" />
                  <span className="min-w-0 flex-1 truncate font-medium">{option.label}</span>
                  {/* The spaces keep the option's accessible name readable: "iris v3 production", not "iris v3production". */}
                  {option.detail && <> <span className="shrink-0 truncate text-xs text-muted-fg">{option.detail}</span></>}
                  {option.stage && <> <StageBadge stage={option.stage} /></>}
                </div>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
