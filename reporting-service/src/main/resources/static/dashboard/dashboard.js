/*
 * The district dashboard: every figure comes from the reporting API with the caller's token; the page redraws when
 * the service says aggregates changed (server-sent events). Numbers are shown with stable ids and data-value
 * attributes so that a browser test can compare them with the API.
 */
(function () {
  'use strict';

  var TOKEN_KEY = 'estatewatch.token';
  var LANG_KEY = 'estatewatch.lang';

  var TEXT = {
    'zh-CN': {
      title: '物业监管数据看板', from: '起始', to: '截止', street: '街道', allStreets: '全部街道', apply: '查询',
      token: '访问令牌', save: '保存', complaints: '受理投诉', response: '响应率', resolution: '解决率',
      satisfaction: '满意率', overdue: '超时限', filingsCompleted: '办结备案', renovationProjects: '改造项目',
      households: '涉及居民（户）', estatesScored: '考评小区（个次）', below60: '60分以下', copies: '《条例》发放（本）',
      byChannel: '投诉来源', byCategory: '投诉类别', ratesOverTime: '三率走势（按月）', month: '月份',
      streetRanking: '街道排名', companyRanking: '物业企业评分', company: '企业', score: '得分', grade: '等级',
      below60Estates: '60分以下小区', round: '考评', estate: '小区', exposed: '已曝光', yes: '是', no: '否',
      renovationProgress: '老旧小区改造进度', progress: '进度', updated: '数据更新于', loading: '加载中…',
      needToken: '请输入访问令牌（本地模式可经网关 /auth/dev-token 获取）', failed: '加载失败：', other: '语言',
      switchTo: 'English'
    },
    en: {
      title: 'Property supervision dashboard', from: 'From', to: 'To', street: 'Street', allStreets: 'All streets',
      apply: 'Show', token: 'Access token', save: 'Save', complaints: 'Complaints', response: 'Response rate',
      resolution: 'Resolution rate', satisfaction: 'Satisfaction rate', overdue: 'Overdue',
      filingsCompleted: 'Filings completed', renovationProjects: 'Renovation projects', households: 'Households',
      estatesScored: 'Estates scored', below60: 'Under 60', copies: 'Regulation copies', byChannel: 'By channel',
      byCategory: 'By category', ratesOverTime: 'The three rates by month', month: 'Month',
      streetRanking: 'Streets', companyRanking: 'Company scorecards', company: 'Company', score: 'Score',
      grade: 'Grade', below60Estates: 'Estates under 60', round: 'Round', estate: 'Estate', exposed: 'Exposed',
      yes: 'yes', no: 'no', renovationProgress: 'Renovation progress', progress: 'Progress',
      updated: 'Updated', loading: 'Loading…', needToken: 'Enter an access token (local mode: the gateway\'s /auth/dev-token)',
      failed: 'Could not load: ', other: 'Language', switchTo: '中文'
    }
  };

  var CHANNELS = {
    VISIT_CALL: ['来访来电', 'Visit or call'], CITIZEN_FORUM: ['百姓畅言', 'Citizens\' Forum'],
    CONDUCT_HOTLINE: ['政风行风热线', 'Conduct hotline'], MAYOR_HOTLINE: ['市长热线', 'Mayor\'s hotline'],
    PEOPLE_DAILY_BOARD: ['人民网留言', 'People\'s Daily board'], BUREAU_REFERRAL: ['市住建局交办函', 'Bureau referral']
  };
  var CATEGORIES = {
    PARKING: ['车辆乱停乱放', 'Parking'], CORRIDOR_CLUTTER: ['楼道乱堆乱放', 'Corridor clutter'],
    FEES: ['物业收费', 'Fees'], REPAIRS: ['维修维护', 'Repairs'], SANITATION: ['环境卫生', 'Sanitation'],
    SECURITY: ['安保秩序', 'Security'], GREENERY: ['绿化', 'Greenery'], ELEVATOR: ['电梯', 'Elevator'],
    FIRE_SAFETY: ['消防安全', 'Fire safety'], EV_CHARGING: ['电动车充电', 'EV charging'],
    ILLEGAL_CONSTRUCTION: ['违章搭建', 'Illegal construction'], NOISE: ['噪音扰民', 'Noise'],
    SERVICE_ATTITUDE: ['服务态度', 'Service attitude'], OTHER: ['其他', 'Other']
  };
  var MILESTONES = ['PLAN_ISSUED', 'PUBLIC_NOTICE', 'PRICE_CAP_AUDIT_SUBMITTED', 'PRICE_CAP_APPROVED', 'TENDERED',
    'CONSTRUCTION_STARTED', 'COMPLETED', 'ACCEPTED'];
  var MILESTONE_LABELS = {
    PLAN_ISSUED: ['实施方案出台', 'Plan issued'], PUBLIC_NOTICE: ['公示', 'Public notice'],
    PRICE_CAP_AUDIT_SUBMITTED: ['上限价报审', 'Price cap submitted'], PRICE_CAP_APPROVED: ['上限价审定', 'Price cap approved'],
    TENDERED: ['招标完成', 'Tendered'], CONSTRUCTION_STARTED: ['开工', 'Construction started'],
    COMPLETED: ['完工', 'Completed'], ACCEPTED: ['竣工验收', 'Accepted']
  };

  var params = new URLSearchParams(window.location.search);
  var lang = params.get('lang') || localStorage.getItem(LANG_KEY) || 'zh-CN';
  if (!TEXT[lang]) { lang = 'zh-CN'; }
  var charts = {};
  var refreshes = 0;
  var loading = null;
  var again = false;

  function t(key) { return TEXT[lang][key] || key; }
  function label(table, code) { var l = table[code]; return l ? l[lang === 'en' ? 1 : 0] : code; }
  function $(id) { return document.getElementById(id); }

  function token() {
    var fromUrl = params.get('token');
    if (fromUrl) {
      localStorage.setItem(TOKEN_KEY, fromUrl);
      params.delete('token');
      var rest = params.toString();
      history.replaceState(null, '', window.location.pathname + (rest ? '?' + rest : ''));
      return Promise.resolve(fromUrl);
    }
    var stored = localStorage.getItem(TOKEN_KEY);
    if (stored) { return Promise.resolve(stored); }
    // Local mode: the gateway hands out development tokens; elsewhere the user pastes one.
    return fetch('/auth/dev-token', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'dashboard', role: 'DISTRICT_OFFICER' })
    }).then(function (r) { return r.ok ? r.json() : Promise.reject(r.status); })
      .then(function (body) { localStorage.setItem(TOKEN_KEY, body.token); return body.token; })
      .catch(function () { $('token-box').hidden = false; status(t('needToken')); return Promise.reject('no token'); });
  }

  function api(path) {
    return token().then(function (jwt) {
      return fetch(path, { headers: { Authorization: 'Bearer ' + jwt, Accept: 'application/json' } });
    }).then(function (r) {
      if (r.status === 401) { localStorage.removeItem(TOKEN_KEY); $('token-box').hidden = false; }
      if (!r.ok) { return r.text().then(function (text) { throw new Error(r.status + ' ' + text); }); }
      return r.json();
    });
  }

  function query() {
    var q = 'from=' + encodeURIComponent($('filter-from').value) + '&to=' + encodeURIComponent($('filter-to').value);
    var street = $('filter-street').value;
    if (street) { q += '&street=' + encodeURIComponent(street); }
    return q;
  }

  function status(text) { $('status').textContent = text; }

  function setNumber(id, value) {
    var el = $(id);
    el.dataset.value = value === null || value === undefined ? '' : String(value);
    el.textContent = value === null || value === undefined ? '–' : String(value);
  }

  function percent(rate) {
    return rate === null || rate === undefined ? '–' : (Math.round(rate * 1000) / 10) + '%';
  }

  function setRate(id, rate) {
    var el = $(id);
    el.dataset.value = rate === null || rate === undefined ? '' : String(rate);
    el.textContent = percent(rate);
  }

  function cell(row, text, attrs, numeric) {
    var td = document.createElement('td');
    td.textContent = text;
    if (numeric) { td.className = 'num'; }
    Object.keys(attrs || {}).forEach(function (k) { td.setAttribute(k, attrs[k]); });
    row.appendChild(td);
    return td;
  }

  function body(tableId) {
    var tbody = $(tableId).querySelector('tbody');
    tbody.innerHTML = '';
    return tbody;
  }

  function chart(id) {
    if (!charts[id]) { charts[id] = echarts.init($(id)); }
    return charts[id];
  }

  function renderSummary(s) {
    setNumber('total-complaints', s.complaints.total);
    setRate('rate-response', s.complaints.rates.response);
    setRate('rate-resolution', s.complaints.rates.resolution);
    setRate('rate-satisfaction', s.complaints.rates.satisfaction);
    setNumber('total-overdue', s.complaints.overdue);
    var completed = Object.keys(s.filings.completedByType).reduce(function (sum, k) {
      return sum + s.filings.completedByType[k]; }, 0);
    setNumber('total-filings-completed', completed);
    setNumber('renovation-projects', s.renovation.projects);
    setNumber('renovation-households', s.renovation.households);
    setNumber('assessment-scored', s.assessment.estatesScored);
    setNumber('assessment-below60', s.assessment.below60);
    setNumber('outreach-copies', s.outreach.regulationCopies);

    var channels = Object.keys(s.complaints.byChannel);
    var tbody = body('table-channels');
    channels.forEach(function (c) {
      var row = document.createElement('tr');
      cell(row, label(CHANNELS, c));
      cell(row, String(s.complaints.byChannel[c]), { 'data-channel': c, 'data-value': s.complaints.byChannel[c] }, true);
      tbody.appendChild(row);
    });
    chart('chart-channels').setOption({
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: ['35%', '65%'], data: channels.map(function (c) {
        return { name: label(CHANNELS, c), value: s.complaints.byChannel[c] }; }) }]
    }, true);

    var categories = Object.keys(s.complaints.byCategory);
    tbody = body('table-categories');
    categories.forEach(function (c) {
      var row = document.createElement('tr');
      cell(row, label(CATEGORIES, c));
      cell(row, String(s.complaints.byCategory[c]), { 'data-category': c, 'data-value': s.complaints.byCategory[c] }, true);
      tbody.appendChild(row);
    });
    chart('chart-categories').setOption({
      tooltip: {}, grid: { left: 110, right: 16, top: 8, bottom: 24 },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: categories.map(function (c) { return label(CATEGORIES, c); }) },
      series: [{ type: 'bar', data: categories.map(function (c) { return s.complaints.byCategory[c]; }) }]
    }, true);
  }

  function renderMonths(report) {
    var tbody = body('table-rates');
    report.groups.forEach(function (g) {
      var row = document.createElement('tr');
      row.setAttribute('data-month', g.period);
      cell(row, g.period);
      cell(row, String(g.received), { 'data-field': 'received', 'data-value': g.received }, true);
      cell(row, percent(g.rates.response), { 'data-field': 'response', 'data-value': g.rates.response }, true);
      cell(row, percent(g.rates.resolution), { 'data-field': 'resolution', 'data-value': g.rates.resolution }, true);
      cell(row, percent(g.rates.satisfaction), { 'data-field': 'satisfaction', 'data-value': g.rates.satisfaction }, true);
      tbody.appendChild(row);
    });
    var months = report.groups.map(function (g) { return g.period; });
    function series(key, name) {
      return { name: name, type: 'line', data: report.groups.map(function (g) {
        return g.rates[key] === null ? null : Math.round(g.rates[key] * 1000) / 10; }) };
    }
    chart('chart-rates').setOption({
      tooltip: { trigger: 'axis' }, legend: {}, grid: { left: 40, right: 16, top: 32, bottom: 24 },
      xAxis: { type: 'category', data: months }, yAxis: { type: 'value', min: 0, max: 100 },
      series: [series('response', t('response')), series('resolution', t('resolution')),
        series('satisfaction', t('satisfaction'))]
    }, true);
  }

  function renderStreets(report) {
    var groups = report.groups.slice().sort(function (a, b) { return b.received - a.received; });
    var tbody = body('table-streets');
    var select = $('filter-street');
    groups.forEach(function (g, i) {
      var row = document.createElement('tr');
      row.setAttribute('data-street', g.street);
      cell(row, String(i + 1));
      cell(row, g.street === 'UNKNOWN' ? '—' : g.street);
      cell(row, String(g.received), { 'data-field': 'received', 'data-value': g.received }, true);
      cell(row, percent(g.rates.resolution), { 'data-field': 'resolution', 'data-value': g.rates.resolution }, true);
      cell(row, percent(g.rates.satisfaction), { 'data-field': 'satisfaction', 'data-value': g.rates.satisfaction }, true);
      tbody.appendChild(row);
      if (g.street !== 'UNKNOWN' && !select.querySelector('option[value="' + CSS.escape(g.street) + '"]')) {
        var option = document.createElement('option');
        option.value = g.street;
        option.textContent = g.street;
        select.appendChild(option);
      }
    });
  }

  function renderCompanies(cards) {
    var tbody = body('table-companies');
    cards.companies.forEach(function (c, i) {
      var row = document.createElement('tr');
      row.setAttribute('data-company', c.companyId);
      cell(row, String(i + 1));
      cell(row, c.companyName || c.companyId);
      cell(row, c.score === null ? '–' : String(c.score), { 'data-field': 'score', 'data-value': c.score === null ? '' : c.score }, true);
      cell(row, c.grade || '–', { 'data-field': 'grade' });
      cell(row, String(c.complaints), { 'data-field': 'complaints', 'data-value': c.complaints }, true);
      tbody.appendChild(row);
    });
  }

  function renderAssessment(report) {
    var tbody = body('table-below60');
    report.rounds.forEach(function (round) {
      round.below60.forEach(function (e) {
        var row = document.createElement('tr');
        row.setAttribute('data-estate', e.estateId);
        cell(row, round.name);
        cell(row, e.estateName || e.estateId);
        cell(row, String(e.total), { 'data-field': 'total', 'data-value': e.total }, true);
        cell(row, e.exposed ? t('yes') : t('no'));
        tbody.appendChild(row);
      });
    });
  }

  function renderRenovation(report) {
    var tbody = body('table-renovation');
    report.projects.forEach(function (p) {
      var row = document.createElement('tr');
      row.setAttribute('data-project', p.id);
      var names = p.estates.map(function (e) { return e.name || e.id; }).join('、');
      cell(row, names);
      cell(row, p.furthestMilestone ? label(MILESTONE_LABELS, p.furthestMilestone) : '–');
      cell(row, Math.round(p.progress * 100) + '%', { 'data-field': 'progress', 'data-value': p.progress }, true);
      tbody.appendChild(row);
    });
    chart('chart-renovation').setOption({
      tooltip: {}, grid: { left: 110, right: 16, top: 8, bottom: 24 },
      xAxis: { type: 'value', min: 0, max: MILESTONES.length },
      yAxis: { type: 'category', data: report.projects.map(function (p) {
        return p.estates.map(function (e) { return e.name || e.id; }).join('、'); }) },
      series: [{ type: 'bar', data: report.projects.map(function (p) {
        return p.furthestMilestone ? MILESTONES.indexOf(p.furthestMilestone) + 1 : 0; }) }]
    }, true);
  }

  function load() {
    if (loading) { again = true; return loading; }
    $('status').dataset.loaded = 'false';
    status(t('loading'));
    var q = query();
    var streetless = 'from=' + encodeURIComponent($('filter-from').value) + '&to=' + encodeURIComponent($('filter-to').value);
    loading = Promise.all([
      api('/api/v1/reports/summary?' + q).then(renderSummary),
      api('/api/v1/reports/complaints?granularity=month&' + q).then(renderMonths),
      api('/api/v1/reports/rates?level=street&' + q).then(renderStreets),
      api('/api/v1/reports/scorecards?' + streetless).then(renderCompanies).catch(function () { body('table-companies'); }),
      api('/api/v1/reports/assessment?' + q).then(renderAssessment),
      api('/api/v1/reports/renovation?' + q).then(renderRenovation)
    ]).then(function () {
      refreshes++;
      $('status').dataset.refreshes = String(refreshes);
      $('status').dataset.loaded = 'true';
      status(t('updated') + ' ' + new Date().toLocaleString(lang));
    }).catch(function (e) {
      if (e !== 'no token') { status(t('failed') + e.message); }
    }).then(function () {
      loading = null;
      if (again) { again = false; load(); }
    });
    return loading;
  }

  function translate() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach(function (el) { el.textContent = t(el.getAttribute('data-i18n')); });
    document.title = t('title') + ' · Estate Watch';
    $('lang-toggle').textContent = t('switchTo');
  }

  function defaultPeriod() {
    var today = new Date();
    var year = today.getFullYear();
    var firstHalf = today.getMonth() < 6;
    return { from: year + (firstHalf ? '-01-01' : '-07-01'), to: year + (firstHalf ? '-06-30' : '-12-31') };
  }

  function listen() {
    if (!window.EventSource) { return; }
    var source = new EventSource('/dashboard/stream');
    source.addEventListener('aggregates-changed', function () { load(); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var period = defaultPeriod();
    $('filter-from').value = params.get('from') || period.from;
    $('filter-to').value = params.get('to') || period.to;
    translate();
    $('filters').addEventListener('submit', function (e) { e.preventDefault(); load(); });
    $('lang-toggle').addEventListener('click', function () {
      lang = lang === 'en' ? 'zh-CN' : 'en';
      localStorage.setItem(LANG_KEY, lang);
      translate();
      load();
    });
    $('token-save').addEventListener('click', function () {
      localStorage.setItem(TOKEN_KEY, $('token-input').value.trim());
      $('token-box').hidden = true;
      load();
    });
    window.addEventListener('resize', function () { Object.keys(charts).forEach(function (k) { charts[k].resize(); }); });
    load();
    listen();
  });
}());
