import { locale, t } from './i18n.js';

const DASH = '—';

export function coins(amount) {
  return amount === null || amount === undefined ? DASH : Number(amount).toFixed(4);
}

export function usdt(amount) {
  return amount === null || amount === undefined ? null : `≈ ${Number(amount).toFixed(2)} USDT`;
}

export function bytes(count) {
  if (!count) return '0 B';
  const units = ['B', 'KB', 'MB', 'GB', 'TB', 'PB'];
  const power = Math.min(Math.floor(Math.log(count) / Math.log(1000)), units.length - 1);
  return `${(count / 1000 ** power).toFixed(power > 2 ? 1 : 0)} ${units[power]}`;
}

export function dateTime(epochMs) {
  if (!epochMs) return DASH;
  return new Date(Number(epochMs)).toLocaleString(locale(), { dateStyle: 'short', timeStyle: 'short' });
}

export function time(epochMs) {
  return new Date(Number(epochMs)).toLocaleTimeString(locale());
}

/** "5 分钟前" / "in 2 hours": relative to now. */
export function age(epochMs) {
  if (!epochMs) return DASH;
  const seconds = Math.round((Number(epochMs) - Date.now()) / 1000);
  const steps = [[60, 'second'], [3600, 'minute'], [86400, 'hour'], [Infinity, 'day']];
  const divisors = { second: 1, minute: 60, hour: 3600, day: 86400 };
  const [, unit] = steps.find(([limit]) => Math.abs(seconds) < limit);
  return new Intl.RelativeTimeFormat(locale(), { numeric: 'auto' }).format(Math.round(seconds / divisors[unit]), unit);
}

export function dateTimeWithAge(epochMs) {
  return epochMs ? `${dateTime(epochMs)} (${age(epochMs)})` : t('common.never');
}
