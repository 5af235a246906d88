import { startTestApp } from '../harness';
import { Api } from './api';
import { seedDistrict } from './district-fixture';

/** The data directory of stores seeded with the district fixture and closed, for the CLI to open. */
export async function seededDistrictStores(): Promise<string> {
  const t = await startTestApp();
  await seedDistrict(new Api(() => t));
  await t.app.close();
  return t.dataDir;
}
