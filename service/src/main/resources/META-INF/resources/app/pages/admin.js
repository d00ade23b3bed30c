// Operators only: main.js mounts this page when the profile's roles contain "admin" (the API answers 403 otherwise).
import { el } from '../dom.js';
import { t } from '../i18n.js';
import { pageHeader } from '../ui.js';
import * as risk from './admin-risk.js';
import * as blacklist from './admin-blacklist.js';
import * as pages from './admin-pages.js';
import * as releases from './admin-releases.js';

const TABS = { risk, blacklist, pages, releases };

export function render(container, { route }) {
  const tab = TABS[route.rest[0]] ? route.rest[0] : 'risk';
  const body = el('div', { class: 'stack', dataset: { tab } });
  container.append(
    pageHeader(t('nav.admin')),
    el('nav', { class: 'tabs', 'aria-label': t('admin.sections') }, Object.keys(TABS).map((name) =>
      el('a', { href: `#/admin/${name}`, 'aria-current': name === tab ? 'page' : null, dataset: { tab: name } }, t(`admin.${name}`)))),
    body);
  return TABS[tab].render(body);
}
