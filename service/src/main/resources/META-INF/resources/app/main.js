// Starts the dashboard: who is signed in, the header, and which page the hash asks for.
import { api, onCodeNeeded, onUnauthorized } from './api.js';
import { el, fill } from './dom.js';
import { lang, setLang, onLangChange, t } from './i18n.js';
import { currentRoute, navigate } from './router.js';
import { token, signOut, currentProfile, rememberProfile, isAdmin } from './session.js';
import { codeDialog, errorState, loading } from './ui.js';
import * as signin from './pages/signin.js';
import * as register from './pages/register.js';
import * as reset from './pages/reset.js';
import * as fleet from './pages/fleet.js';
import * as income from './pages/income.js';
import * as accounts from './pages/accounts.js';
import * as withdraw from './pages/withdraw.js';
import * as alerts from './pages/alerts.js';
import * as market from './pages/market.js';
import * as admin from './pages/admin.js';
import * as notifications from './pages/notifications.js';
import * as security from './pages/security.js';
import * as imports from './pages/imports.js';

const PUBLIC_PAGES = { signin, register, reset, market };
const SIGNED_IN_PAGES = { fleet, income, accounts, imports, withdraw, alerts, market, notifications, security };
const NAV = ['fleet', 'income', 'accounts', 'imports', 'withdraw', 'alerts', 'notifications', 'market', 'security'];

const main = document.getElementById('main');
let leavePage = null;

async function show() {
  if (leavePage) leavePage();
  leavePage = null;
  const route = currentRoute();
  if (token() && !currentProfile()) {
    fill(main, loading());
    try {
      rememberProfile(await api.get('/api/v1/me'));
    } catch (error) {
      if (token()) return fill(main, errorState(error));
    }
  }
  const signedIn = Boolean(token() && currentProfile());
  const pages = signedIn ? { ...SIGNED_IN_PAGES, ...(isAdmin() ? { admin } : {}) } : PUBLIC_PAGES;
  const fallback = signedIn ? 'fleet' : 'signin';
  if (!pages[route.name] || (signedIn && ['signin', 'register', 'reset'].includes(route.name))) {
    return navigate(`/${fallback}`);
  }
  renderHeader(signedIn, route.name);
  const container = el('div', { class: `page page-${route.name}`, dataset: { page: route.name } });
  fill(main, container);
  leavePage = pages[route.name].render(container, { route, navigate }) ?? null;
  main.querySelector('h1')?.focus({ preventScroll: true });
  document.title = `${t(`nav.${route.name}`)} · ${t('app.name')}`;
}

function renderHeader(signedIn, active) {
  fill(document.getElementById('brand'), t('app.name'));
  const links = signedIn ? [...NAV, ...(isAdmin() ? ['admin'] : [])] : ['signin', 'market'];
  fill(document.getElementById('nav'), el('ul', {}, links.map((name) => el('li', {},
    el('a', { href: `#/${name}`, 'aria-current': name === active ? 'page' : null, dataset: { nav: name } }, t(`nav.${name}`))))));
  const other = lang() === 'zh' ? 'en' : 'zh';
  fill(document.getElementById('tools'),
    el('button', { type: 'button', class: 'link', lang: other === 'en' ? 'en' : 'zh-CN', dataset: { action: 'lang' },
      onclick: () => setLang(other) }, t('lang.switch')),
    signedIn ? el('span', { class: 'who' }, currentProfile().username) : null,
    signedIn ? el('button', { type: 'button', class: 'link', dataset: { action: 'signout' }, onclick: () => { signOut(); navigate('/signin'); } },
      t('nav.signout')) : null);
}

onUnauthorized(() => {
  signOut();
  navigate('/signin');
});
// withdrawing, binding and turning 2FA off ask for a current code when two-factor sign-in is on
onCodeNeeded((error) => codeDialog(error.message));
onLangChange(() => show());
window.addEventListener('hashchange', show);
document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
show();
