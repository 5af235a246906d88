import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONTEXT_MODULES } from '../../../src/app.module';
import { routeDeclarations } from '../../../src/modules/auth/declared-routes';
import { authorizationDoc } from '../../support/authorization-doc';

const FILE = join(__dirname, '..', '..', '..', 'docs', 'authorization.md');

describe('docs/authorization.md', () => {
  it('is generated from the @Route declarations the guard reads', () => {
    const generated = authorizationDoc(routeDeclarations(CONTEXT_MODULES), FILE);
    if (process.env.UPDATE_AUTHORIZATION_DOC === '1') writeFileSync(FILE, generated);
    // On a difference: `npm run docs:authorization` writes the page anew.
    expect(readFileSync(FILE, 'utf8')).toBe(generated);
  });
});
