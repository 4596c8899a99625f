#!/usr/bin/env node
// Side-by-side table of every error the two SDKs surfaced (from out/results-*.json written by scenario.js).
'use strict';
const fs = require('fs'); const path = require('path');
const load = (v) => { try { return JSON.parse(fs.readFileSync(path.join(__dirname, 'out', `results-${v}.json`), 'utf8')); } catch (e) { return null; } };
const L = load('json'); const Q = load('query');
const byId = (r) => Object.fromEntries(((r && r.errorsSeen) || []).map((e) => [e.id, e.observed]));
const l = byId(L); const q = byId(Q);
const ids = [...new Set([...Object.keys(l), ...Object.keys(q)])];
const fmt = (o) => (o ? `${o.name} | ${o.status} | ${o.$fault} | Code=${o.Code ?? o.ErrorCode} | Type=${o.Type} | reqId=${o.requestId ? 'yes' : 'NO'} | ${JSON.stringify(o.message)}${o.ErrorMessage && o.ErrorMessage !== o.message ? ' (Error.Message=' + JSON.stringify(o.ErrorMessage) + ')' : ''}` : '-');
for (const id of ids) {
  console.log(`* ${id}`);
  console.log(`    JSON  ${L ? L.sdk : ''}: ${fmt(l[id])}${l[id] && l[id].__type ? ' | __type=' + l[id].__type : ''}`);
  console.log(`    Query ${Q ? Q.sdk : ''}: ${fmt(q[id])}`);
}
for (const r of [L, Q]) if (r) console.log(`\n${r.sdk} (${r.protocol}): ${r.passed} passed, ${r.failed} failed; SDK-side notes: ${r.sdkNotes.length}`);
