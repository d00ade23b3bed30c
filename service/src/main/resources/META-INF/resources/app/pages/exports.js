// Export buttons: the files need the Authorization header, so they are fetched and saved from a Blob link.
import { ApiError } from '../api.js';
import { el } from '../dom.js';
import { locale, t } from '../i18n.js';
import { token } from '../session.js';
import { notice } from '../ui.js';

const KINDS = ['fleet', 'income', 'withdrawals'];
const FORMATS = ['csv', 'xlsx'];

/** Buttons for every export; `incomeQuery()` gives income's `from`/`to`/`groupId` (URLSearchParams) when set. */
export function exportButtons(incomeQuery = () => new URLSearchParams()) {
  const box = el('div', { class: 'actions exports' });
  for (const kind of KINDS) {
    for (const format of FORMATS) {
      const button = el('button', { type: 'button', class: 'secondary', dataset: { export: `${kind}.${format}` }, onclick: async () => {
        box.querySelector('.notice')?.remove();
        button.disabled = true;
        try {
          const query = kind === 'income' ? incomeQuery().toString() : '';
          await download(`/api/v1/exports/${kind}.${format}${query ? `?${query}` : ''}`, `${kind}.${format}`);
        } catch (error) {
          box.append(notice(error.message, 'error'));
        } finally {
          button.disabled = false;
        }
      } }, t(`exports.${kind}`), ` (${format.toUpperCase()})`);
      box.append(button);
    }
  }
  return box;
}

/** Fetches `path` with the token and saves the answer under `filename`. */
export async function download(path, filename) {
  let response;
  try {
    response = await fetch(path, { headers: { Authorization: `Bearer ${token()}`, 'Accept-Language': locale() } });
  } catch {
    throw new ApiError(0, { message: t('error.network') });
  }
  if (!response.ok) throw new ApiError(response.status, await response.json().catch(() => null));
  saveBlob(await response.blob(), filename);
}

export function saveBlob(blob, filename) {
  const url = URL.createObjectURL(blob);
  const link = el('a', { href: url, download: filename, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
