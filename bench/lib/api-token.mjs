import { parseArgs } from 'node:util';
import { closeDb } from '../../db/client.ts';
import { createTokenUseCase } from '../../lib/tokens/tokens.ts';
import { findUserByEmail, loadActiveActor } from '../../lib/users/queries.ts';

/**
 * Creates an API token for a user of DATA_DIR's workspace through the app's own use case (so the row,
 * its hash and the audit entry are what the API tokens page would write) and prints it on stdout.
 * Run with `node --conditions=react-server --import tsx bench/lib/api-token.mjs --email …`.
 */
const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string', default: 'bench' } } });
const user = findUserByEmail(values.email ?? '');
const actor = user ? loadActiveActor(user.id) : null;
if (!actor) throw new Error(`No active user ${values.email} in ${process.env.DATA_DIR}.`);
const { token } = createTokenUseCase(actor, { name: values.name });
closeDb();
console.log(JSON.stringify({ token, user: { id: actor.id, email: actor.email, role: actor.role, team: actor.team } }));
