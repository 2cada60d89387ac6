'use client';

import { KeyRound, LogOut, Monitor, Moon, Sun, UserRound } from 'lucide-react';
import Link from 'next/link';
import { useTheme } from 'next-themes';
import { useRef } from 'react';
import { Button } from '@/components/ui/button';
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu';

interface Props {
  name: string;
  email: string;
  role: string;
  signOut: () => Promise<void>;
}

const THEMES = [
  { value: 'light', label: 'Light theme', Icon: Sun },
  { value: 'dark', label: 'Dark theme', Icon: Moon },
  { value: 'system', label: 'System theme', Icon: Monitor },
] as const;

export function UserMenu({ name, email, role, signOut }: Props) {
  const { theme, setTheme } = useTheme();
  const signOutForm = useRef<HTMLFormElement>(null);
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="ghost" size="sm">
          {/* The visible name and role stay in the accessible name (WCAG 2.5.3), after what the button is. */}
          <span className="sr-only">Account menu:</span>
          <UserRound className="size-4 sm:hidden" aria-hidden />
          <span className="hidden font-medium sm:inline">{name}</span>
          <span className="ml-2 whitespace-nowrap rounded bg-muted px-1.5 py-0.5 text-xs text-muted-fg" data-testid="user-role">
            {role}
          </span>
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-56">
        <DropdownMenuLabel>
          <div className="truncate">{name}</div>
          <div className="truncate text-xs font-normal text-muted-fg">{email}</div>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/settings/tokens">
            <KeyRound className="mr-2 size-4" aria-hidden /> API tokens
          </Link>
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        {THEMES.map(({ value, label, Icon }) => (
          <DropdownMenuItem key={value} onSelect={() => setTheme(value)} aria-checked={theme === value} role="menuitemradio">
            <Icon className="mr-2 size-4" aria-hidden /> {label}
          </DropdownMenuItem>
        ))}
        <DropdownMenuSeparator />
        <form ref={signOutForm} action={signOut}>
          {/* Keep the menu open until the form submits: closing it first would unmount the form. */}
          <DropdownMenuItem
            onSelect={(event) => {
              event.preventDefault();
              signOutForm.current?.requestSubmit();
            }}
          >
            <LogOut className="mr-2 size-4" aria-hidden /> Sign out
          </DropdownMenuItem>
        </form>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
