import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROUTE_POLICIES } from '../../../src/modules/auth/policy';
import { authorizationDoc } from '../../support/authorization-doc';

const FILE = join(__dirname, '..', '..', '..', 'docs', 'authorization.md');

describe('docs/authorization.md', () => {
  it('is generated from the policies the guard reads', () => {
    const generated = authorizationDoc(ROUTE_POLICIES, FILE);
    if (process.env.UPDATE_AUTHORIZATION_DOC === '1') writeFileSync(FILE, generated);
    // On a difference: `npm run docs:authorization` writes the page anew.
    expect(readFileSync(FILE, 'utf8')).toBe(generated);
  });
});
