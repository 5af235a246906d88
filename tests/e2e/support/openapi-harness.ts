import { startTestApp, type TestApp } from '../harness';

/** `startTestApp` with the OpenAPI routes served. */
export const startTestAppWithDocs = (env: Record<string, string> = {}): Promise<TestApp> =>
  startTestApp(env, undefined, { docs: true });
