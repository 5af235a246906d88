// Generates src/infrastructure/http/openapi/api-answers.schema.json: the JSON Schemas of every JSON answer
// of the API, from the TypeScript types named in `ApiAnswers` (src/modules/contract/api-answers.ts).
// `npm run contract` writes it; tests/unit/contract/answer-schemas.test.ts fails when it is stale.
const { writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { createGenerator } = require('ts-json-schema-generator');

const ROOT = join(__dirname, '..');
const SOURCE = join(ROOT, 'src/modules/contract/api-answers.ts');
const TARGET = join(ROOT, 'src/infrastructure/http/openapi/api-answers.schema.json');

/** An OpenAPI component name: letters, digits, `.`, `-` and `_` only. */
const componentName = (name) =>
  decodeURIComponent(name)
    .replace(/[<>,\s]+/g, '_')
    .replace(/[^A-Za-z0-9._-]/g, '')
    .replace(/_+$/, '');

function rewrite(node, names) {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, names));
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/definitions/')) {
      const name = names.get(decodeURIComponent(value.slice('#/definitions/'.length)));
      if (!name) throw new Error(`Unknown definition ${value}`);
      out.$ref = `#/components/schemas/${name}`;
    } else {
      out[key] = rewrite(value, names);
    }
  }
  return out;
}

function answerSchemas() {
  const schema = createGenerator({
    path: SOURCE,
    tsconfig: join(ROOT, 'tsconfig.json'),
    type: 'ApiAnswers',
    skipTypeCheck: true,
    expose: 'export',
    topRef: false,
    jsDoc: 'extended',
    additionalProperties: false,
    sortProps: true,
  }).createSchema('ApiAnswers');
  const definitions = schema.definitions ?? {};
  const names = new Map();
  const taken = new Set(Object.keys(schema.properties));
  const answerOwns = (name) =>
    schema.properties[name]?.$ref === `#/definitions/${encodeURIComponent(name)}`;
  for (const name of Object.keys(definitions)) {
    let component = componentName(name);
    while (taken.has(component) && !answerOwns(component)) component += '_';
    names.set(name, component);
    taken.add(component);
  }
  const components = {};
  for (const [name, definition] of Object.entries(definitions)) {
    components[names.get(name)] = rewrite(definition, names);
  }
  for (const [answer, property] of Object.entries(schema.properties)) {
    const { description: _unused, ...own } = property;
    const schema = rewrite(own, names);
    // `LeagueTable: LeagueTable` names its own type: the definition is the answer's schema.
    if (schema.$ref !== `#/components/schemas/${answer}`) components[answer] = schema;
  }
  const sorted = Object.fromEntries(
    Object.entries(components).sort(([a], [b]) => (a < b ? -1 : 1)),
  );
  return { answers: Object.keys(schema.properties).sort(), schemas: sorted };
}

module.exports = { answerSchemas, TARGET };

if (require.main === module) {
  writeFileSync(TARGET, `${JSON.stringify(answerSchemas(), null, 2)}\n`);
  console.log(`wrote ${TARGET}`);
}
