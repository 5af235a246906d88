/**
 * An instance that holds its lock in DATA_DIR (argv[2]) as owner argv[3] and the lease argv[4]
 * for an hour, then prints "held" and waits to be killed, or for its parent to go (for the
 * instance-lock tests). It drops its handle on the lock and collects garbage, as a long-lived
 * process eventually does: the lock must outlive both.
 */
import { InstanceLocks } from '../../src/infrastructure/leases/sqlite/instance-locks';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';

const [dataDir, owner, lease] = process.argv.slice(2);
new InstanceLocks(dataDir).hold(owner);
(globalThis as { gc?: () => void }).gc?.();
process.stdin.on('end', () => process.exit(0)).resume();
const reads = new SqliteReadStore({ directory: dataDir });
void reads.tryAcquireLease(lease, owner, 3_600_000, new Date()).then((held) => {
  process.stdout.write(held ? 'held\n' : 'refused\n');
  setInterval(() => undefined, 1000);
});
