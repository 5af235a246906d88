import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../../src/cli/run-cli';

describe('safety verify-evidence', () => {
  const dir = mkdtempSync(join(tmpdir(), 'verify-evidence-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** Runs the command with an empty environment: it opens no store and reads no configuration. */
  const run = async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const stderr = { write: (text: string) => err.push(text) > 0 } as unknown as NodeJS.WriteStream;
    const code = await runCli(
      ['verify-evidence', ...argv],
      {},
      { out: (l) => out.push(l), err: stderr },
    );
    return { code, out: out.join('\n'), err: err.join('') };
  };

  it('needs a readable file (exit 2 with the usage)', async () => {
    expect(await run()).toMatchObject({
      code: 2,
      err: expect.stringContaining('needs the bundle file'),
    });
    expect((await run(join(dir, 'absent.json'))).code).toBe(2);
    expect((await run(join(dir, 'absent.json'), '--expect-root')).code).toBe(2);
  });

  it('finds a file that is not a bundle broken (exit 1), naming the bundle itself', async () => {
    const file = join(dir, 'garbage.json');
    writeFileSync(file, '{"format":');
    const { code, out, err } = await run(file);
    expect(code).toBe(1);
    expect(JSON.parse(out)).toMatchObject({
      ok: false,
      firstBreak: { kind: 'format', streamId: null },
    });
    expect(err).toMatch(/^evidence broken: first at the bundle itself \(format\)/);
  });
});
