// Hash routes (#/fleet, #/admin/blacklist): the service serves one file, every page lives in the browser.

/** '#/admin/blacklist?x=1' -> {name: 'admin', rest: ['blacklist']} */
export function currentRoute() {
  const path = location.hash.replace(/^#\/?/, '').split('?')[0];
  const [name = '', ...rest] = path.split('/').filter(Boolean);
  return { name, rest };
}

export function navigate(path) {
  if (location.hash === `#${path}`) {
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    location.hash = path;
  }
}
