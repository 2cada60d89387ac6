import 'server-only';
import { parseArgs, type ParseArgsConfig } from 'node:util';

/**
 * The shell of `npm run backup` and `npm run restore`: `--help` prints the usage, a bad argument
 * prints it with the reason (exit 2), a failure prints its message alone (exit 1), since every
 * refusal says what was wrong and what to do.
 */
export async function runCommand(
  usage: string,
  options: NonNullable<ParseArgsConfig['options']>,
  main: (args: { values: Record<string, string | boolean | undefined>; positionals: string[] }) => Promise<string[]>,
): Promise<void> {
  let args: { values: Record<string, string | boolean | undefined>; positionals: string[] };
  try {
    args = parseArgs({ options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true }) as typeof args;
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${usage}`);
    process.exit(2);
  }
  if (args.values.help) {
    console.log(usage);
    return;
  }
  try {
    for (const line of await main(args)) console.log(line);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
