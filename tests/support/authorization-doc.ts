import { execFileSync } from 'node:child_process';
import type { Role } from '../../src/modules/shared/actor';
import type { Named, RoutePolicy, Touch } from '../../src/modules/auth/route-policy';

const ROLES: readonly Role[] = ['admin', 'office', 'inspector', 'reporter', 'auditor'];

const INTRO = `# Authorization: roles and scope per route

<!-- Generated from the controllers' @Route declarations by \`npm run docs:authorization\`; do not edit. -->

Every route under \`/api/v1\` (but \`/health\`) needs a bearer token. The guard reads the
\`@Route\` declaration on the route's controller method (docs/routes.md), the same declarations
this page is generated from; a method without one is refused (403). The role must
be one of the route's roles (else 403 \`forbidden\`), and a user with a scope must have every unit
the request touches within it (else 403 \`out_of_scope\`). A scope is a unit, its descendants and
the enterprises under them; \`admin\` tokens without a scope unit (the bootstrap token) have global
scope.

What a value names, and the units it touches:

- a **unit**: the unit itself;
- a **record** (incident, hazard, report, …): the unit its stream concerns now (an incident
  corrected to another unit concerns that unit);
- a **person**: the units where they hold or held a post, one of which must be within the scope
  (read as of the event store's head: a post appointed a moment ago counts);
- a **stream** (the audit trail): the unit the stream concerns; a stream of no unit is global;
- a **year**: every registered unit, so the scope must be the one top-level unit (or global).
- a **correction** of the incident in the path: the incident's unit, and for a correction of
  \`unitId\` the unit it would move the incident to;
- a record's **other side**: a problem's leading unit (the patrol's) or a supervision order's
  issuing unit, where the record itself concerns its target unit.

A value that names no known unit, record or person is left to the handler (404 in the path, 422 in
a body), so that existence is not hidden behind a 403. Optional values that are absent are not
checked; \`[]\` marks each item of a list. If the read models cannot catch up with the event store
within 5 s while a person or a year is placed, the answer is 503 with \`Retry-After\`.
`;

const NAMES: Record<Exclude<Named, 'unit' | 'year'>, string> = {
  person: 'person',
  stream: 'stream',
  agreement: 'agreement',
  hazard: 'hazard',
  incident: 'incident',
  inspection: 'inspection',
  report: 'report',
  penalty: 'penalty',
  accountability: 'accountability action',
  user: 'user',
  patrol: 'patrol',
  problem: 'problem',
  supervisionorder: 'supervision order',
  problemLead: "problem: the patrol's leading unit",
  orderIssuer: 'supervision order: the issuing unit',
  correction: 'correction',
};

function describeTouch(touch: Touch): string {
  if (touch.names === 'year') return `\`${touch.at}\` (year: every registered unit)`;
  const kind = touch.names === 'unit' ? '' : ` (${NAMES[touch.names]})`;
  const when = touch.when ? ` when \`${touch.when.at}\` is \`${touch.when.is}\`` : '';
  const absent = touch.ifAbsent === 'global' ? '; absent: global scope only' : '';
  return `\`${touch.at}\`${kind}${when}${absent}`;
}

function describeScope(policy: RoutePolicy): string {
  const parts = policy.touches.map(describeTouch);
  if (policy.defaultToScope) parts.push(`\`query.${policy.defaultToScope}\` defaults to the scope`);
  if (policy.list) parts.push(`list items outside the scope dropped (by \`${policy.list.field}\`)`);
  return parts.length > 0 ? parts.join('; ') : 'none (not unit-specific)';
}

/** docs/authorization.md: the route × role matrix and the units each route checks. */
export function authorizationDoc(
  policies: Readonly<Record<string, RoutePolicy>>,
  file: string,
): string {
  const header = `| Route | ${ROLES.join(' | ')} | Units within the scope |`;
  const rule = `|---|${ROLES.map(() => ':-:').join('|')}|---|`;
  const rows = Object.entries(policies).map(
    ([key, policy]) =>
      `| \`${key}\` | ${ROLES.map((role) => (policy.roles.includes(role) ? '✓' : '')).join(' | ')} | ${describeScope(policy)} |`,
  );
  const text = [INTRO, '## Routes', '', header, rule, ...rows, ''].join('\n');
  // Prettier in a process of its own: its API loads modules in a way jest's runtime refuses.
  const prettier = require.resolve('prettier/bin/prettier.cjs');
  return execFileSync(process.execPath, [prettier, '--stdin-filepath', file], {
    input: text,
    encoding: 'utf8',
  });
}
