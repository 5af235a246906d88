import { readFileSync } from 'node:fs';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { answerSchemas, TARGET } = require('../../../scripts/generate-contract.js') as {
  answerSchemas(): { answers: string[]; schemas: Record<string, unknown> };
  TARGET: string;
};

describe('the answer schemas of the OpenAPI document', () => {
  const generated = answerSchemas();

  it('are generated from the TypeScript answer types as committed (else run `npm run contract`)', () => {
    const committed = JSON.parse(readFileSync(TARGET, 'utf8')) as unknown;
    expect(committed).toEqual(generated);
  });

  it('infer every answer type (none left as an unknown shape)', () => {
    const text = JSON.stringify(generated);
    expect(text).not.toContain('Failed to correctly infer type');
    for (const answer of generated.answers) {
      expect(generated.schemas[answer]).toBeDefined();
    }
  });
});
