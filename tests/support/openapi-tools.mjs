// Independent OpenAPI tools, run in a child process (both are ES modules):
//   node openapi-tools.mjs lint <document.json>          → the Redocly problems, as JSON
//   node openapi-tools.mjs types <document.json> <out>   → TypeScript types by openapi-typescript
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [command, file, out] = process.argv.slice(2);

if (command === 'lint') {
  const { createConfig, lintFromString } = await import('@redocly/openapi-core');
  const config = await createConfig({ extends: ['recommended'] });
  const problems = await lintFromString({
    source: readFileSync(file, 'utf8'),
    absoluteRef: pathToFileURL(file).href,
    config,
  });
  const brief = problems.map((p) => ({
    severity: p.severity,
    rule: p.ruleId,
    message: p.message,
    at: p.location?.[0]?.pointer,
  }));
  process.stdout.write(JSON.stringify(brief));
} else if (command === 'types') {
  const { default: openapiTS, astToString } = await import('openapi-typescript');
  const ast = await openapiTS(JSON.parse(readFileSync(file, 'utf8')));
  writeFileSync(out, astToString(ast));
} else {
  process.stderr.write(`unknown command ${command}\n`);
  process.exit(2);
}
