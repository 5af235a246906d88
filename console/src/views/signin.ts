import { ApiError, get } from '../api';
import { add, h, note } from '../dom';
import { cstYear } from '../format';
import type { ViewContext } from '../router';
import { findScope, session } from '../session';
import { forgetUnitsToPick } from './common';

/**
 * 登录: a user's bearer token, pasted. It is checked against the API, then kept in this tab's
 * sessionStorage only (closing the tab or 退出 forgets it); every view sends it with each request.
 */
export async function signInView({ query, root }: ViewContext): Promise<void> {
  const message = h('p', { class: 'note note-error', role: 'alert', hidden: true });
  const token = h('input', {
    type: 'password',
    name: 'token',
    autocomplete: 'off',
    spellcheck: 'false',
    required: true,
    size: 48,
    'aria-label': '令牌',
  });
  const button = h('button', { type: 'submit' }, '登录');
  const form = h(
    'form',
    {
      class: 'signin',
      onsubmit: (event: Event) => {
        event.preventDefault();
        button.disabled = true;
        void signIn(token.value.trim()).then(
          () => {
            location.hash = query.get('next') ?? '/league';
          },
          (error: unknown) => {
            button.disabled = false;
            message.hidden = false;
            message.textContent =
              error instanceof ApiError && error.status === 401
                ? '令牌无效或已被吊销。'
                : `登录失败：${error instanceof Error ? error.message : String(error)}`;
          },
        );
      },
    },
    h('label', null, '令牌（Bearer token）', token),
    button,
  );
  add(
    root,
    h('h1', null, '登录安委办工作台'),
    note(
      '请粘贴管理员为您签发的令牌。令牌只保存在本浏览器标签页的会话存储中，关闭标签页或点击“退出”即清除；工作台只显示该令牌的角色和管辖范围允许查看的数据。',
    ),
    query.get('expired') ? note('登录已失效，请重新输入令牌。', 'warn') : null,
    form,
    message,
  );
  token.focus();
}

async function signIn(token: string): Promise<void> {
  if (!token) throw new Error('请输入令牌');
  const units = (q: Record<string, string>) => get('UnitPage', '/units', q, token);
  const scope = await findScope(units);
  // Open on this year, or on last year while this one has no results yet.
  const thisYear = cstYear();
  const league = await get('LeagueTable', `/assessments/${thisYear}`, {}, token);
  const year = league.units.length > 0 ? thisYear : thisYear - 1;
  forgetUnitsToPick();
  session.save({ token, scope, year });
}
