import autocannon from 'autocannon';
import fs from 'node:fs';
import { summarize } from './http.mjs';
import { schedule } from './load-mix.mjs';

const round = (n, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

/** User plus system CPU time of a process in clock ticks (Linux), or null. */
function cpuTicks(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return null;
  }
}

/**
 * When autocannon stops it drops its connections, but the server still finishes what it had started
 * (a monitoring batch is a drift report). Waiting until the server uses under a tenth of a core keeps
 * that backlog out of the next measurement. Clock ticks are 1/100 s on Linux.
 */
export async function waitForIdle(pid, deadline = Date.now() + 60_000) {
  const windowMs = 500;
  for (let before = cpuTicks(pid); before !== null && Date.now() < deadline; ) {
    await new Promise((resolve) => setTimeout(resolve, windowMs));
    const after = cpuTicks(pid);
    if (after === null || (after - before) / 100 < 0.1 * (windowMs / 1000)) return;
    before = after;
  }
}

/**
 * One autocannon run of the mix (pipelining 1), for `duration` seconds at `connections`, or at
 * `overallRate` requests/s in total when given. Connections share one turn counter, so the whole run
 * follows the schedule's weights. Every response is checked: a status other than 2xx, or a body that
 * fails its kind's check, is an error of that kind; connection errors and timeouts cannot be told
 * apart by kind and are counted for the run.
 */
export async function runMix(base, mix, { connections, duration, overallRate }) {
  const turns = schedule(mix);
  const perKind = new Map(mix.map((k) => [k.kind, { sent: 0, latencies: [], byLabel: new Map(), non2xx: 0, mismatches: 0, failures: [] }]));
  let turn = 0;
  let answered = null;
  const requests = [
    {
      setupRequest: (request, context) => {
        const { kind, make } = turns[turn % turns.length];
        turn += 1;
        const stats = perKind.get(kind);
        const { label, request: next, check } = make(stats.sent++);
        context.kind = kind;
        context.label = label;
        context.check = check;
        return { ...request, ...next };
      },
      onResponse: (status, body, context) => {
        const stats = perKind.get(context.kind);
        const fail = (message) => stats.failures.length < 3 && stats.failures.push(message);
        if (status < 200 || status > 299) {
          stats.non2xx += 1;
          fail(`HTTP ${status}: ${body.slice(0, 200)}`);
        } else if (context.check && !context.check(body)) {
          stats.mismatches += 1;
          fail(`HTTP ${status}, unexpected body: ${body.slice(0, 200)}`);
        }
        // autocannon 9 calls onResponse and then, synchronously, emits 'response' for the same answer.
        answered = { stats, label: context.label };
      },
    },
  ];
  const instance = autocannon({ url: base, connections, pipelining: 1, timeout: 30, duration, requests, ...(overallRate ? { overallRate } : {}) });
  instance.on('response', (_client, _status, _bytes, ms) => {
    if (!answered) return;
    const { stats, label } = answered;
    stats.latencies.push(ms);
    if (!stats.byLabel.has(label)) stats.byLabel.set(label, []);
    stats.byLabel.get(label).push(ms);
  });
  const result = await instance;
  return summarizeRun(result, perKind);
}

function summarizeRun(result, perKind) {
  const seconds = (result.finish - result.start) / 1000;
  const all = [...perKind.values()].flatMap((s) => s.latencies);
  const kinds = Object.fromEntries(
    [...perKind].map(([kind, s]) => [
      kind,
      {
        requests: s.latencies.length,
        requestsPerSecond: round(s.latencies.length / seconds, 1),
        latencyMs: s.latencies.length ? summarize(s.latencies) : null,
        // Each variant's own latencies, to tell which page or endpoint sets the kind's percentiles.
        variants: s.byLabel.size > 1 ? Object.fromEntries([...s.byLabel].map(([label, ms]) => [label, { requests: ms.length, ...summarize(ms) }])) : undefined,
        errors: s.non2xx + s.mismatches,
        non2xx: s.non2xx,
        bodyMismatches: s.mismatches,
        failures: s.failures,
      },
    ]),
  );
  const kindErrors = Object.values(kinds).reduce((sum, k) => sum + k.errors, 0);
  return {
    seconds: round(seconds, 2),
    requests: all.length,
    requestsPerSecond: round(all.length / seconds, 1),
    latencyMs: all.length ? summarize(all) : null,
    // autocannon's `errors` counts connection errors and timeouts together.
    errors: kindErrors + result.errors,
    connectionErrors: result.errors - result.timeouts,
    timeouts: result.timeouts,
    kinds,
  };
}
