// First page of the Brussels poles UI (temporary, no build step): session state, company journey lookup.
// All text goes through textContent (never innerHTML): values come from the services and may contain markup.
(function () {
  'use strict';

  const LANGUAGES = ['fr', 'nl', 'en'];
  const LANGUAGE_KEY = 'poles.language';
  const dictionaries = window.POLES_I18N;

  const state = {
    language: initialLanguage(),
    user: null,        // the /api/me answer, or null when anonymous
    result: null,      // {company, journey} of the last lookup
    problem: null,     // the last problem shown
    status: null       // {key, args} of the status line
  };

  const $ = (id) => document.getElementById(id);

  // ---- translation ---------------------------------------------------------------------------------------------

  function initialLanguage() {
    let stored = null;
    try {
      stored = window.localStorage.getItem(LANGUAGE_KEY);
    } catch (e) {
      // storage disabled: fall back to the browser's language
    }
    if (LANGUAGES.includes(stored)) {
      return stored;
    }
    const browser = (navigator.language || 'fr').slice(0, 2).toLowerCase();
    return LANGUAGES.includes(browser) ? browser : 'fr';
  }

  function t(key, ...args) {
    const text = (dictionaries[state.language] && dictionaries[state.language][key]) || dictionaries.en[key] || key;
    return text.replace(/\{(\d+)\}/g, (match, index) => (args[index] !== undefined ? String(args[index]) : match));
  }

  function applyLanguage() {
    document.documentElement.lang = state.language;
    $('language').value = state.language;
    document.title = t('app.title');
    document.querySelectorAll('[data-i18n]').forEach((element) => {
      element.textContent = t(element.getAttribute('data-i18n'));
    });
    renderUser();
    renderStatus();
    renderProblem();
    renderResult();
  }

  // ---- HTTP ----------------------------------------------------------------------------------------------------

  function csrfToken() {
    const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]*)/);
    return match ? decodeURIComponent(match[1]) : null;
  }

  async function toProblem(response) {
    const type = response.headers.get('Content-Type') || '';
    if (type.includes('json')) {
      try {
        const body = await response.json();
        return {
          status: response.status,
          title: body.title || response.statusText || t('problem.unknown'),
          detail: body.detail || '',
          errors: Array.isArray(body.errors) ? body.errors : []
        };
      } catch (e) {
        // not JSON after all
      }
    }
    return { status: response.status, title: response.statusText || t('problem.unknown'), detail: '', errors: [] };
  }

  async function api(path, options) {
    const method = (options && options.method) || 'GET';
    const headers = { Accept: 'application/json' };
    if (method !== 'GET') {
      const token = csrfToken();
      if (token) {
        headers['X-XSRF-TOKEN'] = token;
      }
    }
    let response;
    try {
      response = await fetch(path, { method, headers, credentials: 'same-origin' });
    } catch (e) {
      throw { status: 0, title: t('problem.network'), detail: '', errors: [] };
    }
    if (!response.ok) {
      throw await toProblem(response);
    }
    return response;
  }

  // ---- session -------------------------------------------------------------------------------------------------

  async function loadUser() {
    try {
      const response = await api('/api/me');
      state.user = await response.json();
    } catch (problem) {
      state.user = null;
      if (problem.status !== 401) {
        showProblem(problem);
      }
    }
    $('session-loading').hidden = true;
    renderUser();
  }

  function agencyLabel(value) {
    if (!value) {
      return '';
    }
    // group paths (/hub/impulse) and journey agencies (HUB_IMPULSE) share one dictionary
    const key = value.replace(/^\//, '').replace(/[\/-]/g, '_').toUpperCase();
    const label = t('agency.' + key);
    return label === 'agency.' + key ? value : label;
  }

  function renderUser() {
    const user = state.user;
    $('login').hidden = !!user || !$('session-loading').hidden;
    $('user').hidden = !user;
    if (!user) {
      return;
    }
    $('user-name').textContent = user.name || user.username;
    $('user-agency').textContent = user.agency ? agencyLabel(user.agency) : t('user.none');
    $('user-roles').textContent = user.roles && user.roles.length
      ? user.roles.map((role) => t('role.' + role)).join(', ')
      : t('user.none');
  }

  async function logout() {
    const headers = { Accept: 'application/json' };
    const token = csrfToken();
    if (token) {
      headers['X-XSRF-TOKEN'] = token;
    }
    try {
      const response = await fetch('/logout', { method: 'POST', headers, credentials: 'same-origin' });
      if (response.status === 202) {
        // the gateway answers 202 + Location (Keycloak's end-session endpoint) to scripts instead of a redirect
        window.location.assign(response.headers.get('Location') || '/');
        return;
      }
      if (response.status === 403) {
        // stale CSRF token: a reload fetches a fresh cookie
        window.location.reload();
        return;
      }
      window.location.assign('/');
    } catch (e) {
      showProblem({ status: 0, title: t('problem.network'), detail: '', errors: [] });
    }
  }

  // ---- enterprise number ---------------------------------------------------------------------------------------

  // Accepts 0403.019.261, 0403019261, BE0403019261, BE 0403 019 261 and 403019261; returns the 10 digits.
  function normaliseEnterpriseNumber(raw) {
    let value = raw.trim().toUpperCase().replace(/^BE/, '').replace(/[\s.\-\/]/g, '');
    if (!/^\d+$/.test(value)) {
      return { error: 'search.invalid' };
    }
    if (value.length === 9) {
      value = '0' + value;
    }
    if (value.length !== 10 || !/^[01]/.test(value)) {
      return { error: 'search.invalid' };
    }
    const check = 97 - (Number(value.slice(0, 8)) % 97);
    if (check !== Number(value.slice(8))) {
      return { error: 'search.checksum' };
    }
    return { digits: value };
  }

  // ---- lookup --------------------------------------------------------------------------------------------------

  async function search(event) {
    event.preventDefault();
    const input = $('enterprise-number');
    const parsed = normaliseEnterpriseNumber(input.value);
    clearProblem();
    if (parsed.error) {
      input.setAttribute('aria-invalid', 'true');
      showProblem({ status: 400, title: t(parsed.error), detail: '', errors: [] });
      input.focus();
      return;
    }
    input.removeAttribute('aria-invalid');
    if (!state.user) {
      showProblem({ status: 401, title: t('search.loginFirst'), detail: '', errors: [] });
      return;
    }
    state.result = null;
    renderResult();
    setStatus('status.loading');
    $('result').setAttribute('aria-busy', 'true');
    const submit = document.querySelector('#search button[type=submit]');
    submit.disabled = true;
    try {
      const base = '/api/crm/companies/' + encodeURIComponent(parsed.digits);
      const [company, journey] = await Promise.all([
        api(base).then((response) => response.json()),
        api(base + '/journey?page=0&size=50').then((response) => response.json())
      ]);
      state.result = { company, journey };
      setStatus('status.loaded', (journey.items || []).length);
    } catch (problem) {
      setStatus(null);
      if (problem.status === 401) {
        state.user = null;
        renderUser();
        problem = { status: 401, title: t('session.expired'), detail: '', errors: [] };
      }
      showProblem(problem);
    } finally {
      submit.disabled = false;
      $('result').removeAttribute('aria-busy');
      renderResult();
    }
  }

  function pad(number) {
    return String(number).padStart(2, '0');
  }

  // dd/mm/yyyy HH:mm in Brussels time, whatever the browser's language and time zone
  function formatDate(iso) {
    const date = new Date(iso);
    if (isNaN(date.getTime())) {
      return iso || '';
    }
    const parts = {};
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(date).forEach((part) => { parts[part.type] = part.value; });
    return pad(parts.day) + '/' + pad(parts.month) + '/' + parts.year + ' ' + pad(parts.hour) + ':' + pad(parts.minute);
  }

  function humanise(code) {
    if (!code) {
      return '';
    }
    const text = code.replace(/_/g, ' ').toLowerCase();
    return text.charAt(0).toUpperCase() + text.slice(1);
  }

  function cell(row, content) {
    const td = document.createElement('td');
    if (content instanceof Node) {
      td.appendChild(content);
    } else {
      td.textContent = content == null ? '' : String(content);
    }
    row.appendChild(td);
    return td;
  }

  function contactNode(contact) {
    const wrapper = document.createElement('span');
    if (!contact) {
      return wrapper;
    }
    if (contact.name) {
      wrapper.appendChild(document.createTextNode(contact.name));
    }
    if (contact.email) {
      if (contact.name) {
        wrapper.appendChild(document.createElement('br'));
      }
      const link = document.createElement('a');
      link.href = 'mailto:' + contact.email;
      link.textContent = contact.email;
      wrapper.appendChild(link);
    }
    return wrapper;
  }

  function redactedBadge() {
    const badge = document.createElement('span');
    badge.className = 'badge';
    badge.textContent = t('journey.redacted');
    badge.title = t('journey.redactedLabel');
    badge.setAttribute('aria-label', t('journey.redactedLabel'));
    return badge;
  }

  function renderResult() {
    const section = $('result');
    const result = state.result;
    section.hidden = !result;
    const body = document.querySelector('#journey tbody');
    body.replaceChildren();
    if (!result) {
      return;
    }
    const { company, journey } = result;
    $('company-name').textContent = company.name || company.formattedNumber || company.enterpriseNumber;
    $('company-number').textContent = t('company.number', company.formattedNumber || company.enterpriseNumber);
    const items = (journey && journey.items) || [];
    $('journey-empty').hidden = items.length > 0;
    $('journey').hidden = items.length === 0;
    items.forEach((item) => {
      const row = document.createElement('tr');
      const date = document.createElement('time');
      date.dateTime = item.occurredAt || '';
      date.textContent = formatDate(item.occurredAt);
      cell(row, date);
      cell(row, agencyLabel(item.sourceAgency));
      cell(row, humanise(item.type));
      cell(row, item.headline);
      cell(row, contactNode(item.contact));
      cell(row, item.redacted ? redactedBadge() : item.detail);
      body.appendChild(row);
    });
    const total = journey && typeof journey.totalItems === 'number' ? journey.totalItems : items.length;
    $('journey-more').hidden = total <= items.length;
    $('journey-more').textContent = t('journey.more', items.length, total);
  }

  // ---- status and problems -------------------------------------------------------------------------------------

  function setStatus(key, ...args) {
    state.status = key ? { key, args } : null;
    renderStatus();
  }

  function renderStatus() {
    $('status').textContent = state.status ? t(state.status.key, ...state.status.args) : '';
  }

  function showProblem(problem) {
    state.problem = problem;
    renderProblem();
  }

  function clearProblem() {
    state.problem = null;
    renderProblem();
  }

  function renderProblem() {
    const box = $('problem');
    const problem = state.problem;
    box.hidden = !problem;
    const list = $('problem-errors');
    list.replaceChildren();
    if (!problem) {
      return;
    }
    $('problem-title').textContent = problem.title || t('problem.unknown');
    $('problem-detail').textContent = problem.detail || '';
    (problem.errors || []).forEach((error) => {
      const item = document.createElement('li');
      const field = document.createElement('strong');
      field.textContent = (error.field || t('problem.field')) + ': ';
      item.appendChild(field);
      item.appendChild(document.createTextNode(error.reason || ''));
      list.appendChild(item);
    });
  }

  // ---- start ---------------------------------------------------------------------------------------------------

  document.addEventListener('DOMContentLoaded', () => {
    $('language').addEventListener('change', (event) => {
      state.language = LANGUAGES.includes(event.target.value) ? event.target.value : 'fr';
      try {
        window.localStorage.setItem(LANGUAGE_KEY, state.language);
      } catch (e) {
        // storage disabled: the choice lasts for this page only
      }
      applyLanguage();
    });
    $('logout').addEventListener('click', logout);
    $('search').addEventListener('submit', search);
    $('login-failed').hidden = new URLSearchParams(window.location.search).get('login') !== 'failed';
    applyLanguage();
    loadUser();
  });
}());
