import autocannon from 'autocannon';
import { summarize } from './http.mjs';

const round = (n, digits = 0) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * When autocannon stops it drops its connections, but the server still finishes the requests it had
 * started; waiting until a cheap request (a 401 for a malformed token) answers quickly again keeps that
 * backlog out of the next measurement.
 */
async function settle(base, deadline = Date.now() + 30_000) {
  while (Date.now() < deadline) {
    const started = performance.now();
    await fetch(`${base}/api/v1/models/settle`, { headers: { authorization: 'Bearer settle' } }).then((res) => res.arrayBuffer());
    if (performance.now() - started < 20) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Runs one scenario with autocannon (pipelining 1): a warm-up run, then the measured run, for a fixed
 * duration or, with `scenario.amount`, a fixed number of requests. `scenario.request(i)` makes the
 * i-th request ({ method, path, body }); i counts across both runs, so generated names never repeat.
 * Every response counts: a status other than 2xx (or `scenario.status`), or a body that fails
 * `scenario.check`, is an error.
 */
export async function load(base, token, scenario, { connections, duration, warmup }) {
  let i = 0;
  const failures = [];
  const fail = (message) => failures.length < 5 && failures.push(message);
  let mismatches = 0;
  let badStatus = 0;
  const expected = (status) => (scenario.status ? status === scenario.status : status >= 200 && status <= 299);
  const requests = [
    {
      setupRequest: (request) => ({ ...request, ...scenario.request(i++) }),
      onResponse: (status, body) => {
        if (!expected(status)) {
          badStatus += 1;
          fail(`HTTP ${status}: ${body.slice(0, 300)}`);
        } else if (scenario.check && !scenario.check(body)) {
          mismatches += 1;
          fail(`HTTP ${status}, unexpected body: ${body.slice(0, 300)}`);
        }
      },
    },
  ];
  const conns = scenario.connections ?? connections;
  const options = {
    url: base,
    connections: conns,
    pipelining: 1,
    timeout: 60,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    requests,
  };
  if (warmup > 0) await autocannon({ ...options, duration: warmup });
  await settle(base);
  failures.length = 0;
  mismatches = 0;
  badStatus = 0;

  const latencies = [];
  const instance = autocannon({ ...options, ...(scenario.amount ? { amount: scenario.amount } : { duration: scenario.duration ?? duration }) });
  instance.on('response', (_client, _status, _bytes, ms) => latencies.push(ms));
  instance.on('reqError', (error) => fail(`request error: ${error.message}`));
  const result = await instance;
  await settle(base);

  const seconds = (result.finish - result.start) / 1000;
  const rps = latencies.length / seconds;
  return {
    connections: conns,
    seconds: round(seconds, 2),
    requests: latencies.length,
    requestsPerSecond: round(rps, 1),
    ...(scenario.pointsPerRequest ? { pointsPerSecond: round(rps * scenario.pointsPerRequest) } : {}),
    latencyMs: latencies.length ? summarize(latencies) : null,
    errors: result.errors + badStatus + mismatches,
    connectionErrors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    bodyMismatches: mismatches,
    statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, Number(count)])),
    // Bytes received, headers included, of every response (autocannon's default, without excludeErrorStats).
    bytes: result.throughput.total,
    bytesPerRequest: latencies.length ? Math.round(result.throughput.total / latencies.length) : null,
    failures,
  };
}
