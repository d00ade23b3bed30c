import zh from './i18n/zh.js';
import en from './i18n/en.js';

const STORAGE_KEY = 'jkcm.lang';
const dictionaries = { zh, en };
const listeners = new Set();

export function lang() {
  const stored = localStorage.getItem(STORAGE_KEY);
  return stored === 'en' ? 'en' : 'zh';
}

export function setLang(next) {
  localStorage.setItem(STORAGE_KEY, next === 'en' ? 'en' : 'zh');
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
  listeners.forEach((listener) => listener(lang()));
}

export function onLangChange(listener) {
  listeners.add(listener);
}

/** BCP 47 tag for Intl formatting and the Accept-Language header. */
export function locale() {
  return lang() === 'en' ? 'en' : 'zh-CN';
}

/** t('fleet.title') or t('age.minutes', {n: 5}); falls back to Chinese, then to the key itself. */
export function t(key, params = {}) {
  const text = dictionaries[lang()][key] ?? dictionaries.zh[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}
