import { whenUnauthorized } from './api';
import { h, replace } from './dom';
import { hashOf, parseHash, render, type Route } from './router';
import { session } from './session';
import { chainView } from './views/chain';
import { forgetUnitsToPick } from './views/common';
import { escalationsView } from './views/escalations';
import { hazardsView } from './views/hazards';
import { integrityView } from './views/integrity';
import { leagueView } from './views/league';
import { personsView, personView } from './views/person';
import { recordView } from './views/record';
import { signInView } from './views/signin';
import { streamView } from './views/stream';
import { unitView } from './views/unit';

const ROUTES: readonly Route[] = [
  { pattern: 'league', name: 'league', title: '考核排名', render: leagueView },
  { pattern: 'unit/:id', name: 'unit', title: '单位考核明细', render: unitView },
  { pattern: 'hazards', name: 'hazards', title: '隐患台账', render: hazardsView },
  { pattern: 'chain', name: 'chain', title: '责任链', render: chainView },
  { pattern: 'escalations', name: 'escalations', title: '升级问责建议', render: escalationsView },
  { pattern: 'persons', name: 'persons', title: '任职人员', render: personsView },
  { pattern: 'person/:id', name: 'person', title: '个人履职档案', render: personView },
  { pattern: 'integrity', name: 'integrity', title: '数据完整性', render: integrityView },
  { pattern: 'stream/:streamId', name: 'stream', title: '审计记录', render: streamView },
  { pattern: 'record/:kind/:id', name: 'record', title: '记录', render: recordView },
];
const SIGN_IN: Route = { pattern: 'signin', name: 'signin', title: '登录', render: signInView };

/** The navigation of the signed-in console. */
const NAV: ReadonlyArray<readonly [string, string]> = [
  ['league', '考核排名'],
  ['hazards', '隐患台账'],
  ['chain', '责任链'],
  ['escalations', '升级问责'],
  ['persons', '任职人员'],
  ['integrity', '数据完整性'],
];

function signOut(expired = false): void {
  session.clear();
  forgetUnitsToPick();
  location.hash = hashOf('signin', { expired: expired ? '1' : null });
}

function header(): HTMLElement {
  const scope = session.scope();
  const { path } = parseHash(location.hash);
  const here = path.split('/')[0];
  return h(
    'header',
    { class: 'top' },
    h('a', { class: 'brand', href: '#/league' }, '安委办工作台'),
    session.signedIn()
      ? [
          h(
            'nav',
            { class: 'main', 'aria-label': '主菜单' },
            NAV.map(([target, title]) =>
              h('a', { href: `#/${target}`, class: here === target ? 'active' : null }, title),
            ),
          ),
          h('span', { class: 'who' }, scope ? `范围：${scope.name}` : '范围：全部'),
          h('button', { type: 'button', class: 'signout', onclick: () => signOut() }, '退出'),
        ]
      : null,
  );
}

async function draw(): Promise<void> {
  const top = document.getElementById('top')!;
  const main = document.getElementById('main')!;
  const { path } = parseHash(location.hash);
  if (!session.signedIn() && !path.startsWith('signin')) {
    const next = location.hash.replace(/^#/, '');
    location.hash = hashOf('signin', { next: next && next !== '/' ? next : null });
    return;
  }
  replace(top, header());
  await render(
    session.signedIn() ? [...ROUTES, SIGN_IN] : [SIGN_IN],
    session.signedIn() ? 'league' : 'signin',
    main,
  );
}

whenUnauthorized(() => signOut(true));
addEventListener('hashchange', () => void draw());
void draw();
