/**
 * `webhook2github revoke <jti|token>`: a sealed hook URL stops working at the next request to
 * the relay that uses this outbox (kept in its SQLite file). `--list` shows what is revoked.
 * On Workers (and for several relays sharing keys) use W2G_REVOKED_TOKENS instead.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { importSealingKeys, openSealedToken } from '../../core/seal.js';
import { addSettings, loadNodeConfig, type RawOptions } from '../config.js';
import { openRevocations } from '../revocations.js';
import { sealedTokenIn } from './seal.js';

const out = (s: string) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`);
const JTI = /^[A-Za-z0-9_-]{16}$/;

/** Registers `revoke`. */
export function registerRevoke(program: Command): void {
  const cmd = program
    .command('revoke [token]')
    .description('Revoke a sealed hook URL by its token id (jti, as inspect and seal print it), or by the token or URL itself')
    .option('--note <text>', 'why (kept with the revocation)')
    .option('--list', 'list revoked token ids');
  addSettings(cmd, ['db', 'sealingKeys']);
  cmd.action(async (given: string | undefined, o: RawOptions & { list?: boolean; note?: string }) => {
    const config = loadNodeConfig(o, process.env);
    const file = resolve(config.db);
    if (!existsSync(file)) throw new Error(`No outbox database at ${file}: revoke writes to the relay's database. Pass --db FILE (or set W2G_DB).`);
    const list = openRevocations(file);
    try {
      if (o.list) {
        const all = list.list();
        for (const r of all) out(`${r.jti}  ${new Date(r.revokedAt).toISOString()}  ${r.note ?? ''}`.trimEnd());
        if (all.length === 0) out('no revoked tokens');
        return;
      }
      if (given === undefined) throw new Error('Give the token id to revoke (webhook2github revoke <jti>), or --list.');
      let jti = given.trim();
      if (!JTI.test(jti)) {
        // A token or a hook URL: its id is inside, readable with the sealing keys.
        if (config.sealingKeys.length === 0)
          throw new Error('That is not a token id (16 characters). To revoke by token or URL, set W2G_SEALING_KEYS so the id can be read.');
        const opened = await openSealedToken(sealedTokenIn(jti), await importSealingKeys(config.sealingKeys), 0);
        if (!opened.ok) throw new Error('That is neither a token id nor a sealed token that opens with W2G_SEALING_KEYS.');
        jti = opened.claims.jti;
      }
      const added = list.revoke(jti, Date.now(), o.note);
      out(added ? `revoked ${jti}` : `${jti} was already revoked`);
    } finally {
      list.close();
    }
  });
}
