// Bundles the console (安委办工作台, console/) into dist/console: app.js (esbuild, ECharts
// included), app.css and index.html. `npm run build` runs it after tsc; the browser tests run it
// before starting the service. Prints the bundle's size.
const { copyFileSync, mkdirSync, statSync } = require('node:fs');
const { join } = require('node:path');
const esbuild = require('esbuild');

const ROOT = join(__dirname, '..');
const SOURCE = join(ROOT, 'console');
const TARGET = join(ROOT, 'dist', 'console');

async function buildConsole(target = TARGET) {
  mkdirSync(target, { recursive: true });
  await esbuild.build({
    entryPoints: [join(SOURCE, 'src', 'main.ts')],
    outfile: join(target, 'app.js'),
    bundle: true,
    minify: true,
    sourcemap: 'linked',
    format: 'iife',
    target: ['es2022'],
    platform: 'browser',
    legalComments: 'linked',
    logLevel: 'warning',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  for (const file of ['index.html', 'app.css']) {
    copyFileSync(join(SOURCE, file), join(target, file));
  }
  return statSync(join(target, 'app.js')).size;
}

module.exports = { buildConsole, TARGET };

if (require.main === module) {
  buildConsole().then(
    (bytes) => process.stdout.write(`console: ${TARGET}/app.js ${(bytes / 1024).toFixed(0)} KiB\n`),
    (error) => {
      process.stderr.write(`${error.stack ?? error}\n`);
      process.exit(1);
    },
  );
}
