import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { useTestApp } from './support/api';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const TOOLS = join(ROOT, 'tests', 'support', 'openapi-tools.mjs');
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

/** The routes whose real answers the client program is typed against, with their answers. */
const READS: Array<[string, string]> = [
  ['/units/{id}', '/units/T1'],
  ['/units', '/units?ancestorId=D1'],
  ['/agreements/{id}', '/agreements/A-2025-T1'],
  ['/agreements', '/agreements?year=2025'],
  ['/incidents/{id}', '/incidents/I-2025-001'],
  ['/incidents', '/incidents'],
  ['/incidents/{id}/responsibility-chain', '/incidents/I-2025-001/responsibility-chain'],
  ['/assessments/{year}', '/assessments/2025'],
  ['/assessments/{year}/units/{unitId}', '/assessments/2025/units/T1'],
  ['/assessments/{year}/promotion-bars', '/assessments/2025/promotion-bars'],
  ['/audit/integrity', '/audit/integrity'],
  ['/audit/streams/{streamId}', '/audit/streams/incident-I-2025-001'],
  ['/health', '/health'],
];

/**
 * An integrator's view of the contract: the document passes an independent linter (Redocly), a
 * mainstream generator (openapi-typescript) turns it into TypeScript types, and a small program
 * holding the running service's real answers, typed by those types, compiles.
 */
describe('the OpenAPI document, as an integrator uses it', () => {
  const api = useTestApp({}, undefined, { docs: true });
  const dir = mkdtempSync(join(tmpdir(), 'safety-client-'));
  const documentFile = join(dir, 'openapi.json');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  beforeAll(async () => {
    const document = (await api.t.http().get('/api/docs-json').expect(200)).body as {
      paths: Record<
        string,
        Record<
          string,
          {
            requestBody?: {
              content: Record<
                string,
                { examples?: Record<string, { value: object; 'x-step': number; 'x-path': string }> }
              >;
            };
          }
        >
      >;
    };
    writeFileSync(documentFile, JSON.stringify(document));
    const steps = Object.values(document.paths)
      .flatMap((item) =>
        Object.values(item.post?.requestBody?.content['application/json'].examples ?? {}),
      )
      .sort((a, b) => a['x-step'] - b['x-step']);
    for (const step of steps) {
      const answer = await api.post(step['x-path'], step.value);
      expect(answer.status).toBeLessThan(300);
    }
    api.last = Math.max(api.last, 100);
    await api.read('/units/T1').catch(() => undefined);
  }, 60_000);

  it('passes the Redocly linter (recommended rules) with no error', async () => {
    const { stdout } = await run(process.execPath, [TOOLS, 'lint', documentFile], {
      maxBuffer: 64 * 1024 * 1024,
    });
    const problems = JSON.parse(stdout) as Array<{ severity: string; rule: string; at: string }>;
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  }, 60_000);

  it('generates a client whose types accept every real answer, and refuse a wrong one', async () => {
    await run(process.execPath, [TOOLS, 'types', documentFile, join(dir, 'api.d.ts')]);
    const answers: string[] = [];
    for (const [template, path] of READS) {
      const answer = await api.get(path).expect(200);
      answers.push(
        `export const a${answers.length}: Ok<'${template}'> = ${JSON.stringify(answer.body)};`,
      );
    }
    const header = [
      "import type { paths } from './api';",
      'type Ok<P extends keyof paths> = paths[P] extends {',
      "  get: { responses: { 200: { content: { 'application/json': infer T } } } };",
      '}',
      '  ? T',
      '  : never;',
    ];
    const compile = async (name: string, lines: string[]) => {
      writeFileSync(join(dir, name), [...header, ...lines].join('\n'));
      const flags = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022'];
      return run(process.execPath, [TSC, ...flags, join(dir, name)]).then(
        () => '',
        (error: { stdout: string }) => error.stdout,
      );
    };
    expect(await compile('client.ts', answers)).toBe('');

    const wrong = answers[0].replace('"kind":"town"', '"kind":"planet"');
    expect(wrong).not.toBe(answers[0]);
    expect(await compile('wrong.ts', [wrong])).toMatch(/error TS2322/);
  }, 120_000);
});
