// skillfit serve: the match and rank pages. Plain DOM, no library, nothing fetched but this
// server's own API; every piece of a document is put on the page as text, never as HTML.
'use strict';

const LABELS = ['strong', 'weak', 'related', 'missing'];
const LEVELS = ['required', 'preferred', 'responsibility', 'context'];

// el('p', {class: 'x'}, 'text', child...): an element with attributes and children.
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === false || v === null || v === undefined) continue;
    node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(c instanceof Node ? c : String(c));
  }
  return node;
}

function setStatus(text, isError) {
  const status = document.getElementById('status');
  status.textContent = text;
  status.classList.toggle('error', Boolean(isError));
}

// The JD as a form value: the chosen file, else the pasted text (sent as a text field).
function appendJd(form) {
  const file = document.getElementById('jd-file').files[0];
  if (file) {
    form.append('jd', file, file.name);
    return true;
  }
  const text = document.getElementById('jd-text').value;
  if (!text.trim()) return false;
  form.append('jd', text);
  return true;
}

// POSTs `form` and returns the response; an error answer throws its message.
async function post(url, form) {
  const res = await fetch(url, {method: 'POST', body: form});
  if (!res.ok) {
    let message = res.status + ' ' + res.statusText;
    try {
      message = (await res.json()).error || message;
    } catch (e) { /* not JSON */ }
    throw new Error(message);
  }
  return res;
}

// Drop zones: a file dropped on a .drop box goes to its file input.
function wireDropZones() {
  for (const zone of document.querySelectorAll('.drop')) {
    const input = zone.dataset.dropTarget ? document.getElementById(zone.dataset.dropTarget)
                                          : zone.querySelector('input[type=file]');
    const hint = document.getElementById(input.id + '-hint');
    const show = () => {
      const names = Array.from(input.files).map((f) => f.name);
      if (names.length) hint.textContent = 'Chosen: ' + names.join(', ');
    };
    input.addEventListener('change', show);
    zone.addEventListener('dragover', (e) => {
      e.preventDefault();
      zone.classList.add('over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (e) => {
      e.preventDefault();
      zone.classList.remove('over');
      if (!e.dataTransfer.files.length) return;
      input.files = e.dataTransfer.files;
      show();
    });
  }
}

// ---- The report ------------------------------------------------------------------------

function pct(x) { return (Math.round(x * 10) / 10) + '%'; }

function labelChip(label) { return el('span', {class: 'chip chip-' + label}, label); }

function summary(m) {
  const counts = {};
  for (const s of m.skills) counts[s.evidence] = (counts[s.evidence] || 0) + 1;
  const rows = [
    ['Required coverage', pct(m.required_coverage)],
    ['Preferred coverage', pct(m.preferred_coverage)],
    ['Years asked', m.years.asked ? m.years.asked + ' years' : 'none stated'],
    ['Years shown', m.years.shown + ' years'],
    ['Skills', LABELS.map((l) => (counts[l] || 0) + ' ' + l).join(', ')],
  ];
  const table = el('table', {class: 'facts'});
  for (const [k, v] of rows) table.append(el('tr', {}, el('th', {scope: 'row'}, k), el('td', {}, v)));
  return el('section', {class: 'summary panel', 'aria-labelledby': 'score-heading'},
            el('h2', {id: 'score-heading'}, 'Score ',
               el('span', {id: 'score', class: 'score'}, String(m.score)), el('span', {class: 'of'}, '/100')),
            table, el('p', {class: 'hint'}, m.formula.text));
}

function warnings(m) {
  if (!m.warnings.length) return null;
  return el('div', {class: 'warnings', role: 'note'}, el('strong', {}, 'Less sure: '),
            m.warnings.join('; '));
}

// Buttons that fetch the report again in another format and save it.
function downloads(makeForm, baseName) {
  const box = el('div', {class: 'downloads'}, el('span', {}, 'Download the report: '));
  for (const [format, ext, label] of [['html', 'html', 'HTML'], ['md', 'md', 'Markdown'],
                                       ['json', 'json', 'JSON']]) {
    const button = el('button', {type: 'button', 'data-format': format}, label);
    button.addEventListener('click', async () => {
      try {
        const res = await post('/api/match?format=' + format, makeForm());
        const url = URL.createObjectURL(await res.blob());
        const a = el('a', {href: url, download: 'skillfit-' + baseName + '.' + ext});
        document.body.append(a);
        a.click();
        a.remove();
        setTimeout(() => URL.revokeObjectURL(url), 10000);
      } catch (e) {
        setStatus('Download failed: ' + e.message, true);
      }
    });
    box.append(button);
  }
  return box;
}

function filters(onChange) {
  const box = el('fieldset', {class: 'filters'}, el('legend', {}, 'Show skills'));
  for (const l of LABELS) {
    const input = el('input', {type: 'checkbox', id: 'f-' + l, value: l, checked: true});
    input.addEventListener('change', onChange);
    box.append(el('label', {for: 'f-' + l, class: 'check'}, input, ' ', labelChip(l)));
  }
  const select = el('select', {id: 'f-level'}, el('option', {value: ''}, 'every level'),
                    ...LEVELS.map((v) => el('option', {value: v}, v)));
  select.addEventListener('change', onChange);
  box.append(el('label', {for: 'f-level', class: 'level'}, 'Level ', select));
  return box;
}

// One pane of the side-by-side view: the document's lines, numbered.
function documentPane(title, doc, id) {
  const list = el('ol', {class: 'lines', id: id + '-lines'});
  const lines = doc.text.replace(/\n$/, '').split('\n');
  lines.forEach((line, i) => list.append(el('li', {'data-line': i + 1}, line || '\u00a0')));
  return el('section', {class: 'pane', 'aria-labelledby': id + '-title'},
            el('h3', {id: id + '-title'}, title, ' ', el('span', {class: 'hint'}, doc.name)),
            el('div', {class: 'scroll', id: id + '-pane', tabindex: 0,
                       'aria-label': title + ' text'}, list));
}

// Marks `lines` (1-based) in a pane and scrolls the pane to the first.
function highlight(paneId, lines) {
  const pane = document.getElementById(paneId + '-pane');
  for (const li of pane.querySelectorAll('li.hit')) li.classList.remove('hit');
  let first = null;
  for (const n of lines) {
    const li = pane.querySelector('li[data-line="' + n + '"]');
    if (!li) continue;
    li.classList.add('hit');
    if (!first) first = li;
  }
  if (first) pane.scrollTop = first.offsetTop - pane.clientHeight / 3;
}

function skillButton(s, onSelect) {
  const points = Math.round(s.weight * s.credit * 100) / 100;
  const button = el('button', {type: 'button', class: 'skill', 'aria-pressed': 'false', 'data-id': s.id},
                    labelChip(s.evidence), ' ', el('span', {class: 'name'}, s.name),
                    el('span', {class: 'meta'}, s.level + ' · ' + points + ' of ' + s.weight + ' points'));
  button.addEventListener('click', () => onSelect(s, button));
  return el('li', {'data-label': s.evidence, 'data-level': s.level}, button);
}

function skillDetail(s) {
  const box = el('div', {class: 'detail', id: 'skill-detail', 'aria-live': 'polite'},
                 el('h3', {}, s.name, ' ', labelChip(s.evidence)), el('p', {}, s.reason));
  if (s.advice) box.append(el('p', {class: 'advice'}, s.advice));
  box.append(el('p', {class: 'hint'}, s.resume_lines.length + ' resume line(s), ' +
                                      s.jd_lines.length + ' JD line(s) highlighted below.'));
  return box;
}

function skillsSection(data) {
  const m = data.match;
  const list = el('ul', {class: 'skills', id: 'skills'});
  let detail = el('div', {class: 'detail', id: 'skill-detail'},
                  el('p', {class: 'hint'}, 'Choose a skill to see the lines behind it in both documents.'));
  const select = (s, button) => {
    for (const b of list.querySelectorAll('button[aria-pressed="true"]')) b.setAttribute('aria-pressed', 'false');
    button.setAttribute('aria-pressed', 'true');
    const fresh = skillDetail(s);
    detail.replaceWith(fresh);
    detail = fresh;
    highlight('resume', s.resume_lines.map((l) => l.line));
    highlight('jd', s.jd_lines.map((l) => l.line));
    // One column (a phone): the documents are below the list, so bring them into view.
    if (window.matchMedia('(max-width: 48rem)').matches) fresh.scrollIntoView({block: 'start'});
  };
  for (const s of m.skills) list.append(skillButton(s, select));
  const apply = () => {
    const shown = new Set(LABELS.filter((l) => document.getElementById('f-' + l).checked));
    const level = document.getElementById('f-level').value;
    let visible = 0;
    for (const li of list.children) {
      const show = shown.has(li.dataset.label) && (!level || li.dataset.level === level);
      li.hidden = !show;
      visible += show;
    }
    count.textContent = visible + ' of ' + m.skills.length + ' skills shown';
  };
  const count = el('p', {class: 'hint', 'aria-live': 'polite'});
  const docs = el('div', {class: 'side-by-side'},
                  documentPane('Resume', data.documents.resume, 'resume'),
                  documentPane('Job description', data.documents.jd, 'jd'));
  const section = el('section', {class: 'skills-section', 'aria-labelledby': 'skills-heading'},
                     el('h2', {id: 'skills-heading'}, 'Skills and the lines behind them'),
                     filters(apply), count,
                     el('div', {class: 'evidence'}, el('div', {class: 'skill-list'}, list),
                        el('div', {class: 'docs'}, detail, docs)));
  setTimeout(apply);
  return section;
}

function gapsSection(m) {
  const names = Object.fromEntries(m.skills.map((s) => [s.id, s.name]));
  const section = el('section', {class: 'panel', 'aria-labelledby': 'gaps-heading'},
                     el('h2', {id: 'gaps-heading'}, 'What to do'));
  if (!m.gaps.length) section.append(el('p', {}, 'No gaps: the resume covers what the JD asks.'));
  for (const g of m.gaps) {
    section.append(el('h3', {}, g.title, ' ', el('span', {class: 'hint'}, g.fixable ? '(fix by rewriting)' : '(learning gap)')),
                   el('ul', {}, ...g.skills.map((id) => el('li', {}, names[id] || id))));
  }
  return section;
}

function planSection(m) {
  const section = el('section', {class: 'panel', 'aria-labelledby': 'plan-heading'},
                     el('h2', {id: 'plan-heading'}, 'Interview study plan'));
  if (!m.questions || !m.questions.length) {
    section.append(el('p', {}, 'No questions for this pair.'));
    return section;
  }
  for (const q of m.questions) {
    const guide = el('details', {class: 'question'},
                     el('summary', {}, q.text, ' ', el('span', {class: 'hint'}, q.level)),
                     el('p', {class: 'hint'}, q.reason));
    if (q.answer) guide.append(el('h4', {}, 'A good answer'), el('p', {}, q.answer));
    if (q.explanation && q.explanation.length) {
      guide.append(el('h4', {}, 'Why'), el('ul', {}, ...q.explanation.map((t) => el('li', {}, t))));
    }
    if (q.exercise && q.exercise.length) {
      guide.append(el('h4', {}, 'Practise'), el('ol', {}, ...q.exercise.map((t) => el('li', {}, t))));
    }
    section.append(guide);
  }
  return section;
}

// Fills `container` with the report of `data` ({match, documents}); `makeForm` rebuilds the
// request for the downloads.
function renderReport(container, data, makeForm) {
  const m = data.match;
  const base = data.documents.resume.name.replace(/\.[^.]*$/, '') || 'report';
  const parts = [
    el('h2', {class: 'report-title', id: 'report-title', tabindex: -1},
       'Report: ' + data.documents.resume.name + ' against ' + data.documents.jd.name),
    warnings(m), summary(m), downloads(makeForm, base), skillsSection(data), gapsSection(m),
    planSection(m)];
  container.replaceChildren(...parts.filter((p) => p));
  container.hidden = false;
  document.getElementById('report-title').focus();
}

async function runMatch(resumeFile, container) {
  const makeForm = () => {
    const form = new FormData();
    form.append('resume', resumeFile, resumeFile.name);
    appendJd(form);
    return form;
  };
  setStatus('Matching ' + resumeFile.name + '…');
  const res = await post('/api/match?documents=1', makeForm());
  renderReport(container, await res.json(), makeForm);
  setStatus('Done: ' + resumeFile.name + '.');
}

// ---- Pages -------------------------------------------------------------------------------

function matchPage() {
  document.getElementById('match-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const resume = document.getElementById('resume').files[0];
    if (!resume) return setStatus('Choose or drop a resume first.', true);
    if (!appendJd(new FormData())) return setStatus('Paste or choose a job description first.', true);
    const button = document.getElementById('match-button');
    button.disabled = true;
    try {
      await runMatch(resume, document.getElementById('report'));
    } catch (err) {
      setStatus(err.message, true);
    } finally {
      button.disabled = false;
    }
  });
}

function reasons(row) {
  if (row.error) return row.error;
  const parts = [];
  if (row.core_unmet && row.core_unmet.length) parts.push('core not shown ' + row.core_unmet.join(', '));
  if (row.missing_required.length) parts.push('missing ' + row.missing_required.slice(0, 3).join(', '));
  if (row.weak_required.length) parts.push('weak ' + row.weak_required.slice(0, 2).join(', '));
  return parts.join('; ') || 'covers every required skill';
}

function rankPage() {
  const table = document.getElementById('rank-table');
  let rows = [];
  let files = {};
  const draw = () => {
    const body = table.tBodies[0];
    body.replaceChildren();
    for (const r of rows) {
      const open = el('button', {type: 'button'}, 'Open report');
      open.setAttribute('aria-label', 'Open the report for ' + r.id);
      open.addEventListener('click', () => runMatch(files[r.id], document.getElementById('report'))
          .catch((err) => setStatus(err.message, true)));
      // data-label names each cell where a phone-width screen shows the rows as cards.
      body.append(el('tr', {}, el('td', {'data-label': 'Rank'}, r.rank || '—'),
                     el('th', {scope: 'row'}, r.id),
                     el('td', {class: 'num', 'data-label': 'Score'}, r.error ? '—' : r.score),
                     el('td', {class: 'num', 'data-label': 'Required'}, r.error ? '—' : pct(r.required_coverage)),
                     el('td', {class: 'num', 'data-label': 'Preferred'}, r.error ? '—' : pct(r.preferred_coverage)),
                     el('td', {'data-label': 'Reasons'}, reasons(r)), el('td', {}, r.error ? '' : open)));
    }
  };
  for (const th of table.querySelectorAll('th[data-key]')) {
    th.querySelector('button').addEventListener('click', () => {
      const key = th.dataset.key;
      const dir = th.getAttribute('aria-sort') === 'descending' ? 'ascending' : 'descending';
      for (const other of table.querySelectorAll('th[data-key]')) other.setAttribute('aria-sort', 'none');
      th.setAttribute('aria-sort', dir);
      const sign = dir === 'ascending' ? 1 : -1;
      rows.sort((a, b) => sign * (a[key] < b[key] ? -1 : a[key] > b[key] ? 1 : 0));
      draw();
    });
  }
  document.getElementById('rank-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const chosen = Array.from(document.getElementById('resumes').files);
    const form = new FormData();
    if (!chosen.length) return setStatus('Choose or drop some resumes first.', true);
    if (!appendJd(form)) return setStatus('Paste or choose a job description first.', true);
    for (const f of chosen) form.append('resume', f, f.name);
    const button = document.getElementById('rank-button');
    button.disabled = true;
    setStatus('Ranking ' + chosen.length + ' resumes…');
    try {
      const result = await (await post('/api/rank', form)).json();
      // Rows are named by file; a second file of the same name is "name (2).ext".
      files = {};
      const seen = {};
      for (const f of chosen) {
        const n = (seen[f.name] = (seen[f.name] || 0) + 1);
        files[n === 1 ? f.name : f.name.replace(/(\.[^.]*)?$/, ' (' + n + ')$1')] = f;
      }
      rows = result.rows;
      for (const th of table.querySelectorAll('th[data-key]')) {
        th.setAttribute('aria-sort', th.dataset.key === 'rank' ? 'ascending' : 'none');
      }
      draw();
      document.getElementById('ranking').hidden = false;
      setStatus('Ranked ' + rows.length + ' resumes.');
    } catch (err) {
      setStatus(err.message, true);
    } finally {
      button.disabled = false;
    }
  });
}

document.addEventListener('DOMContentLoaded', () => {
  wireDropZones();
  if (document.body.dataset.page === 'rank') rankPage(); else matchPage();
});
