// sqskit dashboard: reads and steers the fake through the admin API under /_sqskit.
// Data is only ever shown with textContent, never parsed as markup, so a message body is text.
// Changing calls are POST/DELETE with a JSON body and the X-Sqskit-Admin header, as the admin API
// asks of every client; a token, when the server has one, travels as the browser's basic auth.
'use strict';

(function () {
  const ADMIN = '/_sqskit';
  const REFRESH_MILLIS = 1000;
  let selected = null; // {account, region, name}
  let queues = [];
  let busy = false;

  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  async function api(method, path, body) {
    const init = { method: method, credentials: 'same-origin', headers: {} };
    if (method !== 'GET') {
      init.headers['X-Sqskit-Admin'] = '1';
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body || {});
    }
    const response = await fetch(ADMIN + path, init);
    const text = await response.text();
    let data = null;
    try {
      data = text ? JSON.parse(text) : null;
    } catch (e) {
      data = { message: text };
    }
    if (!response.ok) {
      const code = data && data.error ? data.error + ': ' : '';
      throw new Error(code + (data && data.message ? data.message : 'HTTP ' + response.status));
    }
    return data;
  }

  function say(text, ok) {
    const status = $('status');
    status.textContent = text;
    status.className = ok ? 'ok' : 'error';
  }

  // Queue URLs carry no region, so a name may be listed once per region: the region goes along.
  function queuePath(queue, rest) {
    return '/queues/' + encodeURIComponent(queue.account) + '/' + encodeURIComponent(queue.name) +
      rest + '?region=' + encodeURIComponent(queue.region);
  }

  function key(queue) {
    return queue.account + '/' + queue.region + '/' + queue.name;
  }

  function current() {
    return selected && queues.find((q) => key(q) === key(selected));
  }

  // ------------------------------------------------------------------ queues

  function renderQueues() {
    const body = $('queues').tBodies[0];
    const rows = queues.map((q) => {
      const tr = el('tr');
      tr.dataset.queue = key(q);
      if (selected && key(selected) === key(q)) tr.classList.add('selected');
      const name = el('td', 'queue-name', q.name);
      if (q.type === 'fifo') name.appendChild(el('span', 'tag', 'FIFO'));
      if (isDeadLetterQueue(q)) name.appendChild(el('span', 'tag', 'DLQ'));
      tr.appendChild(name);
      const account = el('td', 'muted', q.account);
      account.appendChild(el('div', 'region', q.region));
      tr.appendChild(account);
      tr.appendChild(el('td', 'num visible', q.visible));
      tr.appendChild(el('td', 'num in-flight', q.inFlight));
      tr.appendChild(el('td', 'num delayed', q.delayed));
      tr.addEventListener('click', () => select(q));
      return tr;
    });
    body.replaceChildren(...rows);
    $('no-queues').hidden = queues.length > 0;
    $('queue-count').textContent = '(' + queues.length + ')';
  }

  function arnOf(queue) {
    return queue.attributes ? queue.attributes.QueueArn : undefined;
  }

  function sourcesOf(queue) {
    const arn = arnOf(queue);
    return queues.filter((q) => arn && q.deadLetterTarget === arn);
  }

  function isDeadLetterQueue(queue) {
    return sourcesOf(queue).length > 0;
  }

  function select(queue) {
    selected = { account: queue.account, region: queue.region, name: queue.name };
    renderQueues();
    refreshSelected();
  }

  // ------------------------------------------------------------------ one queue

  async function refreshSelected() {
    const queue = current();
    const detail = $('queue-detail');
    if (!queue) {
      detail.hidden = true;
      return;
    }
    detail.hidden = false;
    $('queue-title').textContent = queue.name;
    const target = queue.deadLetterTarget ? ' · dead letters go to ' + queue.deadLetterTarget : '';
    $('queue-meta').textContent = (arnOf(queue) || queue.url) + target;
    document.querySelectorAll('.fifo-only').forEach((e) => (e.hidden = queue.type !== 'fifo'));
    const dlq = isDeadLetterQueue(queue);
    $('redrive-panel').hidden = !dlq;
    if (dlq) {
      $('redrive-sources').textContent =
        'Dead-letter queue of ' + sourcesOf(queue).map((q) => q.name).join(', ');
    }
    const listing = await api('GET', queuePath(queue, '/messages'));
    renderMessages(listing);
    if (dlq) {
      const tasks = await api('GET', queuePath(queue, '/redrive'));
      renderTasks(tasks.tasks || []);
    }
  }

  function relative(atIso, nowIso) {
    const seconds = Math.round((Date.parse(atIso) - Date.parse(nowIso)) / 1000);
    // The server's clock, which may be virtual: compare with its "now", not the browser's.
    return (seconds >= 0 ? 'in ' + seconds + ' s' : seconds + ' s') + ' (' + atIso.slice(11) + ')';
  }

  const STATE_NAMES = { visible: 'visible', inFlight: 'in flight', delayed: 'delayed' };

  function renderMessages(listing) {
    const rows = listing.messages.map((m) => {
      const tr = el('tr');
      tr.dataset.messageId = m.messageId;
      tr.dataset.state = m.state;
      const state = el('td');
      state.appendChild(el('span', 'state ' + m.state, STATE_NAMES[m.state] || m.state));
      if (m.availableAt) {
        const what = m.state === 'inFlight' ? 'visible again ' : 'due ';
        const deadline = el('span', 'deadline', what + relative(m.availableAt, listing.now));
        deadline.title = m.availableAt;
        state.appendChild(deadline);
      }
      tr.appendChild(state);
      const id = el('td');
      id.appendChild(el('div', 'msg-id', m.messageId));
      id.appendChild(el('div', 'muted', 'received ' + m.receiveCount + '×'));
      if (m.messageGroupId) id.appendChild(el('div', 'muted', 'group ' + m.messageGroupId));
      tr.appendChild(id);
      const body = el('td');
      body.appendChild(el('pre', 'msg-body', m.body));
      tr.appendChild(body);
      const attributes = el('td');
      const list = el('ul', 'attrs');
      Object.entries(m.messageAttributes || {}).forEach(([name, value]) => {
        const shown = value.stringValue !== undefined ? value.stringValue : value.binaryValue;
        list.appendChild(el('li', 'msg-attr', name + ' (' + value.dataType + ') = ' + shown));
      });
      attributes.appendChild(list);
      const system = el('details');
      system.appendChild(el('summary', 'muted', 'system'));
      const systemList = el('ul', 'attrs');
      Object.entries(m.attributes || {}).forEach(([name, value]) => {
        systemList.appendChild(el('li', null, name + ' = ' + value));
      });
      system.appendChild(systemList);
      attributes.appendChild(system);
      tr.appendChild(attributes);
      const actions = el('td');
      const remove = el('button', 'link delete', 'delete');
      remove.type = 'button';
      remove.title = 'Delete this message';
      remove.addEventListener('click', () => removeMessage(m.messageId));
      actions.appendChild(remove);
      tr.appendChild(actions);
      return tr;
    });
    // Keep open "system" details open across refreshes: skip the swap while one is open.
    const open = $('messages').querySelector('details[open]');
    if (!open) $('messages').tBodies[0].replaceChildren(...rows);
    $('no-messages').hidden = listing.messages.length > 0;
    $('message-count').textContent = '(' + listing.messages.length + ')';
  }

  function renderTasks(tasks) {
    const rows = tasks.map((t) => {
      const tr = el('tr');
      tr.dataset.status = t.Status;
      tr.appendChild(el('td', 'task-status', t.Status + (t.FailureReason ? ': ' + t.FailureReason : '')));
      const total = t.ApproximateNumberOfMessagesToMove;
      tr.appendChild(
        el('td', 'num task-moved', t.ApproximateNumberOfMessagesMoved + (total !== undefined ? ' / ' + total : '')));
      tr.appendChild(el('td', 'muted', t.DestinationArn || '(the sources)'));
      tr.appendChild(el('td', 'muted', t.StartedTimestamp ? new Date(Number(t.StartedTimestamp)).toISOString() : ''));
      return tr;
    });
    $('tasks').tBodies[0].replaceChildren(...rows);
  }

  async function removeMessage(messageId) {
    const queue = current();
    if (!queue) return;
    try {
      await api('DELETE', queuePath(queue, '/messages/' + encodeURIComponent(messageId)), {});
      say('Deleted message ' + messageId, true);
    } catch (e) {
      say(e.message, false);
    }
    refresh();
  }

  // ------------------------------------------------------------------ send

  function addAttributeRow() {
    const row = el('div', 'attribute');
    const name = el('input', 'attr-name');
    name.placeholder = 'name';
    const type = el('select', 'attr-type');
    ['String', 'Number', 'Binary'].forEach((t) => type.appendChild(new Option(t, t)));
    const value = el('input', 'attr-value');
    value.placeholder = 'value (base64 for Binary)';
    const drop = el('button', 'link', '×');
    drop.type = 'button';
    drop.title = 'Remove this attribute';
    drop.addEventListener('click', () => row.remove());
    row.append(name, type, value, drop);
    $('send-attributes').appendChild(row);
  }

  async function send(event) {
    event.preventDefault();
    const queue = current();
    if (!queue) return;
    const message = { body: $('send-body').value };
    const attributes = {};
    document.querySelectorAll('#send-attributes .attribute').forEach((row) => {
      const name = row.querySelector('.attr-name').value.trim();
      if (!name) return;
      const type = row.querySelector('.attr-type').value;
      const value = row.querySelector('.attr-value').value;
      attributes[name] = type === 'Binary'
        ? { dataType: type, binaryValue: value }
        : { dataType: type, stringValue: value };
    });
    if (Object.keys(attributes).length > 0) message.messageAttributes = attributes;
    const delay = $('send-delay').value;
    if (delay !== '') message.delaySeconds = Number(delay);
    if (queue.type === 'fifo') {
      if ($('send-group').value) message.messageGroupId = $('send-group').value;
      if ($('send-dedup').value) message.messageDeduplicationId = $('send-dedup').value;
    }
    try {
      const sent = await api('POST', queuePath(queue, '/messages'), message);
      say('Sent message ' + sent.messageId, true);
      $('send-body').value = '';
    } catch (e) {
      say(e.message, false);
    }
    refresh();
  }

  // ------------------------------------------------------------------ purge and redrive

  // A destructive button asks twice: the first click arms it for four seconds.
  function armed(button) {
    if (button.classList.contains('armed')) {
      button.classList.remove('armed');
      button.textContent = button.dataset.label;
      return true;
    }
    button.dataset.label = button.textContent;
    button.classList.add('armed');
    button.textContent = 'Click again to confirm';
    setTimeout(() => {
      if (button.classList.contains('armed')) {
        button.classList.remove('armed');
        button.textContent = button.dataset.label;
      }
    }, 4000);
    return false;
  }

  async function purge() {
    const queue = current();
    if (!queue || !armed($('purge'))) return;
    try {
      await api('POST', queuePath(queue, '/purge'), {});
      say('Purged ' + queue.name, true);
    } catch (e) {
      say(e.message, false);
    }
    refresh();
  }

  async function redrive() {
    const queue = current();
    if (!queue) return;
    const request = {};
    if ($('redrive-destination').value.trim()) {
      request.destinationArn = $('redrive-destination').value.trim();
    }
    if ($('redrive-rate').value !== '') request.maxNumberOfMessagesPerSecond = Number($('redrive-rate').value);
    try {
      await api('POST', queuePath(queue, '/redrive'), request);
      say('Started a redrive from ' + queue.name, true);
    } catch (e) {
      say(e.message, false);
    }
    refresh();
  }

  // ------------------------------------------------------------------ faults

  async function refreshFaults() {
    const data = await api('GET', '/faults');
    const rows = (data.faults || []).map((f) => el('li', null, JSON.stringify(f)));
    if (rows.length === 0) rows.push(el('li', 'muted', 'none'));
    $('faults').replaceChildren(...rows);
  }

  async function addFault(event) {
    event.preventDefault();
    let rule;
    try {
      rule = JSON.parse($('fault-json').value);
    } catch (e) {
      say('The rule is not JSON: ' + e.message, false);
      return;
    }
    try {
      await api('POST', '/faults', rule);
      say('Added a fault rule', true);
      $('fault-json').value = '';
    } catch (e) {
      say(e.message, false);
    }
    refresh();
  }

  async function clearFaults() {
    if (!armed($('fault-clear'))) return;
    try {
      await api('DELETE', '/faults', {});
      say('Cleared the fault rules', true);
    } catch (e) {
      say(e.message, false);
    }
    refresh();
  }

  // ------------------------------------------------------------------ refresh loop

  async function refresh() {
    if (busy) return;
    busy = true;
    try {
      const health = await api('GET', '/health');
      $('health').textContent =
        'version ' + health.version + ' · up ' + health.uptimeSeconds + ' s · ' +
        health.queues + ' queues · ' + health.messages + ' messages';
      queues = (await api('GET', '/queues')).queues || [];
      renderQueues();
      await refreshSelected();
      await refreshFaults();
    } catch (e) {
      say(e.message, false);
    } finally {
      busy = false;
    }
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('send-form').addEventListener('submit', send);
    $('send-add-attribute').addEventListener('click', addAttributeRow);
    $('purge').addEventListener('click', purge);
    $('redrive').addEventListener('click', redrive);
    $('fault-form').addEventListener('submit', addFault);
    $('fault-clear').addEventListener('click', clearFaults);
    refresh();
    setInterval(refresh, REFRESH_MILLIS);
  });
})();
