import { dataDir } from '@/db/paths';
import { verifyAuditChain } from '@/lib/audit/verify';

/** `npm run audit:verify`: recomputes the audit chain of DATA_DIR's database; exit code 1 names the first bad row. */
const result = verifyAuditChain();
const covered = `${result.rows} rows (${result.legacyRows} written before the chain existed), ${result.checkpoints} signed checkpoints`;
if (result.ok) {
  console.log(`Audit log of ${dataDir()} verified: ${covered}.`);
} else {
  console.error(`Audit log of ${dataDir()} FAILED verification at row ${result.problem?.seq ?? '?'}: ${result.problem?.reason}\nChecked ${covered}.`);
  process.exit(1);
}
