import { api } from '../api.js';
import { el, fill } from '../dom.js';
import { field, formMessage, onSubmit, showOk, whileBusy } from '../forms.js';
import { t } from '../i18n.js';
import { coins, dateTime } from '../format.js';
import { badge, confirmDialog, errorState, loading, notice, pageHeader } from '../ui.js';

const RESULT_KIND = { DONE: 'online', FAILED: 'offline', SKIPPED: 'exception' };

export function render(container) {
  const plan = el('section', { class: 'card', 'aria-labelledby': 'plan-title' }, loading());
  const results = el('section', { class: 'results', 'aria-live': 'polite' });
  const history = el('section', { class: 'card', 'aria-labelledby': 'history-title' });
  const auto = el('section', { class: 'card', 'aria-labelledby': 'auto-title', dataset: { card: 'auto-withdraw' } }, loading());
  container.append(pageHeader(t('nav.withdraw')), plan, results, auto, history);

  async function load() {
    try {
      drawPlan(await api.get('/api/v1/withdrawals/plan'));
    } catch (error) {
      fill(plan, errorState(error));
    }
    loadHistory();
    loadAuto();
  }

  async function loadAuto() {
    try {
      drawAuto(await api.get('/api/v1/withdrawals/auto'));
    } catch (error) {
      fill(auto, el('h2', { id: 'auto-title' }, t('auto.title')), errorState(error));
    }
  }

  function drawAuto(rule) {
    const dayField = field({ name: 'dayOfWeek', label: t('auto.dayOfWeek'), type: 'select', value: rule.dayOfWeek ?? 1,
      options: [1, 2, 3, 4, 5, 6, 7].map((day) => [day, t(`auto.day.${day}`)]) });
    const scheduleField = field({ name: 'schedule', label: t('auto.schedule'), type: 'select', value: rule.schedule,
      options: ['DAILY', 'WEEKLY'].map((kind) => [kind, t(`auto.${kind}`)]) });
    const form = el('form', { class: 'stack', novalidate: true, dataset: { form: 'auto-withdraw' } },
      formMessage(),
      field({ name: 'enabled', label: t('auto.enabled'), type: 'checkbox', value: rule.enabled }),
      el('div', { class: 'grid-3' }, scheduleField, dayField,
        field({ name: 'hour', label: t('auto.hour'), type: 'number', min: 0, max: 23, step: 1, value: rule.hour, required: true })),
      field({ name: 'minAmount', label: t('auto.minAmount'), type: 'number', min: 0, step: '0.0001', value: rule.minAmount }),
      el('p', { class: 'muted' }, t('auto.scope')),
      el('div', { class: 'actions' }, el('button', { type: 'submit', class: 'primary' }, t('auto.save'))));
    const showDay = () => { dayField.hidden = form.elements.schedule.value !== 'WEEKLY'; };
    form.elements.schedule.addEventListener('change', showDay);
    showDay();
    onSubmit(form, async (values) => {
      const saved = await api.put('/api/v1/withdrawals/auto', {
        enabled: values.get('enabled') === 'true' || values.get('enabled') === 'on',
        schedule: values.get('schedule'),
        dayOfWeek: values.get('schedule') === 'WEEKLY' ? Number(values.get('dayOfWeek')) : null,
        hour: values.get('hour') === '' ? null : Number(values.get('hour')),
        minAmount: values.get('minAmount') === '' ? 0 : Number(values.get('minAmount')),
        accountIds: rule.accountIds,
        groupId: rule.groupId,
      });
      drawAuto(saved);
      showOk(auto.querySelector('form'), t('auto.saved'));
    });
    fill(auto,
      el('h2', { id: 'auto-title' }, t('auto.title')),
      form,
      el('dl', { class: 'facts' },
        el('dt', {}, t('auto.nextRun')),
        el('dd', { dataset: { nextRun: String(rule.nextRunAt ?? '') } }, rule.nextRunAt ? dateTime(rule.nextRunAt) : t('auto.never'))),
      el('h3', {}, t('auto.lastRun')),
      rule.lastRun ? resultCard(rule.lastRun) : el('p', { class: 'muted', dataset: { lastRun: 'none' } }, t('auto.noRun')));
  }

  // Amounts and the total are the server's (rounded down, as a draw is): never re-added here from rounded rows.
  function drawPlan(drawable) {
    const rows = drawable.accounts.map((account) => ({
      accountId: account.accountId, name: account.name || account.username, amount: account.amount,
    }));
    const nothingToDraw = !(Number(drawable.total) > 0);
    const button = el('button', { type: 'button', class: 'primary big', dataset: { action: 'withdraw-all' }, disabled: nothingToDraw },
      t('withdraw.all'));
    button.addEventListener('click', () => confirmAndDraw(rows.filter((row) => Number(row.amount) > 0), drawable.total, button));
    fill(plan,
      el('h2', { id: 'plan-title' }, t('withdraw.planTitle')),
      rows.length ? planTable(rows, drawable.total) : el('div', { class: 'empty-state' }, t('withdraw.noAccounts')),
      el('p', { class: 'muted' }, rows.length && nothingToDraw ? t('withdraw.nothingToDraw') : t('withdraw.planNote')),
      el('div', { class: 'actions' }, button));
  }

  async function confirmAndDraw(rows, total, button) {
    // One key per confirmation: a double click, a retry or a reload of the same request draws once.
    const idempotencyKey = newIdempotencyKey();
    const confirmed = await confirmDialog({
      title: t('withdraw.confirmTitle'),
      body: el('div', { dataset: { idempotencyKey } }, el('p', {}, t('withdraw.confirmBody')), planTable(rows, total)),
      confirmText: t('withdraw.confirm', { total: coins(total) }),
    });
    if (!confirmed) return button.focus();
    await whileBusy(button, async () => {
      fill(results, notice(t('withdraw.inFlight'), 'info'));
      try {
        const withdrawal = await api.post('/api/v1/withdrawals', { accountIds: rows.map((row) => row.accountId) },
          { 'Idempotency-Key': idempotencyKey });
        fill(results, resultCard(withdrawal));
      } catch (error) {
        fill(results, notice(error.message, 'error'));
      }
    });
    load();
  }

  async function loadHistory() {
    try {
      const withdrawals = await api.get('/api/v1/withdrawals');
      fill(history, el('h2', { id: 'history-title' }, t('withdraw.history')),
        withdrawals.length ? historyTable(withdrawals) : el('p', { class: 'muted' }, t('withdraw.noHistory')));
    } catch (error) {
      fill(history, el('h2', { id: 'history-title' }, t('withdraw.history')), errorState(error));
    }
  }

  load();
}

function planTable(rows, total) {
  return el('table', { class: 'compact plan' },
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, t('withdraw.account')), el('th', { scope: 'col', class: 'num' }, t('withdraw.amount')))),
    el('tbody', {}, rows.map((row) => el('tr', { dataset: { account: row.accountId } },
      el('td', {}, row.name), el('td', { class: 'num' }, coins(row.amount))))),
    el('tfoot', {}, el('tr', {}, el('th', { scope: 'row' }, t('withdraw.total')), el('td', { class: 'num', dataset: { total: String(total) } }, coins(total)))));
}

function resultCard(withdrawal) {
  return el('div', { class: 'card', dataset: { withdrawal: withdrawal.id, idempotencyKey: withdrawal.idempotencyKey } },
    el('h2', {}, t('withdraw.resultsTitle'), ' ', el('small', { class: 'muted' }, dateTime(withdrawal.completedAt ?? withdrawal.createdAt))),
    el('table', { class: 'compact results-table' },
      el('thead', {}, el('tr', {},
        el('th', { scope: 'col' }, t('withdraw.account')), el('th', { scope: 'col', class: 'num' }, t('withdraw.amount')),
        el('th', { scope: 'col' }, t('withdraw.result')), el('th', { scope: 'col' }, t('withdraw.message')))),
      el('tbody', {}, withdrawal.results.map((result) => el('tr', { dataset: { result: result.status } },
        el('td', {}, result.accountName ?? result.accountId), el('td', { class: 'num' }, coins(result.amount)),
        el('td', {}, badge(t(`withdrawStatus.${result.status}`), RESULT_KIND[result.status] ?? 'offline')),
        el('td', {}, result.message ?? '')))),
      el('tfoot', {}, el('tr', {}, el('th', { scope: 'row' }, t('withdraw.total')), el('td', { class: 'num' }, coins(withdrawal.total)),
        el('td', { colspan: 2 })))));
}

function historyTable(withdrawals) {
  return el('table', { class: 'compact history' },
    el('thead', {}, el('tr', {},
      el('th', { scope: 'col' }, t('withdraw.when')), el('th', { scope: 'col', class: 'num' }, t('withdraw.total')),
      el('th', { scope: 'col' }, t('withdraw.outcome')))),
    el('tbody', {}, withdrawals.map((withdrawal) => el('tr', { dataset: { idempotencyKey: withdrawal.idempotencyKey } },
      el('td', {}, dateTime(withdrawal.createdAt), ' ',
        el('small', { class: 'muted', dataset: { trigger: withdrawal.trigger ?? 'MANUAL' } }, t(`withdraw.trigger.${withdrawal.trigger ?? 'MANUAL'}`))),
      el('td', { class: 'num' }, coins(withdrawal.total)),
      el('td', {}, outcomeSummary(withdrawal.results))))));
}

function outcomeSummary(results) {
  const counts = {};
  results.forEach((result) => { counts[result.status] = (counts[result.status] ?? 0) + 1; });
  return Object.entries(counts).map(([status, count]) => `${t(`withdrawStatus.${status}`)} ${count}`).join(' · ') || '—';
}

/** crypto.randomUUID needs a secure context; a dashboard opened over plain http on the LAN has only getRandomValues. */
function newIdempotencyKey() {
  if (crypto.randomUUID) return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
