/**
 * An instance that holds its lock in DATA_DIR (argv[2]) as owner argv[3] and the lease argv[4]
 * for an hour, then prints "held" and waits to be killed (for the instance-lock tests).
 */
import { InstanceLocks } from '../../src/infrastructure/leases/sqlite/instance-locks';
import { SqliteReadStore } from '../../src/infrastructure/read-store/sqlite/sqlite-read-store';

const [dataDir, owner, lease] = process.argv.slice(2);
new InstanceLocks(dataDir).hold(owner);
const reads = new SqliteReadStore({ directory: dataDir });
void reads.tryAcquireLease(lease, owner, 3_600_000, new Date()).then((held) => {
  process.stdout.write(held ? 'held\n' : 'refused\n');
  setInterval(() => undefined, 1000);
});
