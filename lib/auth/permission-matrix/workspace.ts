import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { closeDb } from '@/db/client';
import type { Actor } from '@/lib/auth/actor';
import { buildFixture, type ActorKind, type Fixture, type Member } from './fixture';

/** What a case's setup made for this one attempt (a comment, a request), by name. */
export type Made = Record<string, number | string>;

/** One attempt: the shared fixture, who tries, and the account they try as (null when signed out). */
export interface Ctx {
  fx: Fixture;
  kind: ActorKind;
  user: Actor | null;
  token: string | null;
  made: Made;
}

export interface Permitted {
  /** Who must succeed; every other kind must be refused. */
  allowed: readonly Member[];
  /** Runs as the fixture's users right before the attempt; what it returns reaches the call as `made`. */
  setup?: (ctx: Ctx) => Made;
}

/**
 * Builds the fixture once (its bcrypt hashes are the slow part), then gives every test its own copy
 * of the whole data directory, so each attempt starts from the same state and changes only its copy.
 */
export function withMatrixWorkspace(): () => Fixture {
  const tmp = (name: string) => fs.mkdtempSync(path.join(os.tmpdir(), `modelboard-matrix-${name}-`));
  let template = '';
  let dir = '';
  let fixture: Fixture | undefined;
  beforeAll(async () => {
    template = tmp('template');
    process.env.DATA_DIR = template;
    closeDb();
    fixture = await buildFixture();
    closeDb();
  }, 60_000);
  beforeEach(() => {
    dir = tmp('case');
    fs.cpSync(template, dir, { recursive: true });
    process.env.DATA_DIR = dir;
  });
  afterEach(() => {
    closeDb();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  afterAll(() => fs.rmSync(template, { recursive: true, force: true }));
  return () => {
    if (!fixture) throw new Error('the matrix fixture is built in beforeAll');
    return fixture;
  };
}

export function contextFor(fx: Fixture, kind: ActorKind): Ctx {
  if (kind === 'signed_out') return { fx, kind, user: null, token: null, made: {} };
  if (kind === 'deactivated') return { fx, kind, user: fx.users.former, token: fx.tokens.former, made: {} };
  return { fx, kind, user: fx.users[kind], token: fx.tokens[kind], made: {} };
}

/** Who tries, and what the case's setup made for them; the caller counts the rows only after this. */
export function prepare(fx: Fixture, kind: ActorKind, permitted: Permitted): Ctx {
  const ctx = contextFor(fx, kind);
  return { ...ctx, made: permitted.setup?.(ctx) ?? {} };
}

/** Whether this kind must succeed at this case. */
export const mayDo = (permitted: Permitted, kind: ActorKind): boolean => (permitted.allowed as readonly string[]).includes(kind);
