/** Cookie jar reduced to what Auth.js needs: name=value pairs from Set-Cookie. */
function mergeCookies(jar, response) {
  for (const header of response.headers.getSetCookie()) {
    const [pair] = header.split(';');
    const at = pair.indexOf('=');
    jar.set(pair.slice(0, at).trim(), pair.slice(at + 1));
  }
  return jar;
}

const cookieHeader = (jar) => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

/** Signs in through Auth.js's credentials flow, as the login form does, and returns the Cookie header. */
export async function signIn(base, email, password) {
  const jar = new Map();
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  mergeCookies(jar, csrf);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ csrfToken, email, password, redirect: 'false', callbackUrl: `${base}/models` }),
  });
  await res.arrayBuffer();
  mergeCookies(jar, res);
  if (!jar.get('authjs.session-token')) throw new Error(`Sign-in as ${email} failed: HTTP ${res.status}, no session cookie.`);
  return cookieHeader(jar);
}

/**
 * Requests paths one at a time, so each latency is the server's work and not queueing behind other
 * requests. A response counts as an error unless it is a 200 whose body passes `check`.
 */
export async function measure(base, cookie, requests) {
  const latencies = [];
  const failures = [];
  for (const { path, check } of requests) {
    const started = performance.now();
    try {
      const res = await fetch(`${base}${path}`, { headers: { cookie }, redirect: 'manual' });
      const body = await res.text();
      latencies.push(performance.now() - started);
      if (res.status !== 200) failures.push(`${path}: HTTP ${res.status}`);
      else if (!check(body)) failures.push(`${path}: expected content missing`);
    } catch (error) {
      latencies.push(performance.now() - started);
      failures.push(`${path}: ${error.message}`);
    }
  }
  return { latencies, failures };
}

const round = (ms) => Math.round(ms * 10) / 10;

/** Nearest-rank percentiles, in milliseconds. */
export function summarize(latencies) {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  const mean = sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length;
  return { p50: round(at(50)), p95: round(at(95)), p99: round(at(99)), max: round(sorted.at(-1)), mean: round(mean) };
}

/**
 * Each scenario's warm-up requests, then its requests one at a time, summarised against its p95
 * `target`. A scenario is `{ name, warmup, requests, target }`.
 */
export async function runSequential(base, cookie, scenarios) {
  const results = [];
  for (const scenario of scenarios) {
    await measure(base, cookie, scenario.warmup);
    const { latencies, failures } = await measure(base, cookie, scenario.requests);
    const stats = summarize(latencies);
    const target = scenario.target;
    results.push({ name: scenario.name, example: scenario.requests[0].path, requests: latencies.length, errors: failures.length, ...stats, targetP95: target, pass: stats.p95 <= target, failures: failures.slice(0, 5) });
  }
  return results;
}

/** The results of `runSequential` as a table, then their failures. */
export function printSequential(results) {
  console.table(Object.fromEntries(results.map((r) => [r.name, { requests: r.requests, errors: r.errors, p50: r.p50, p95: r.p95, p99: r.p99, max: r.max, target: r.targetP95, pass: r.pass }])));
  for (const r of results) for (const failure of r.failures) console.error(`  ${r.name}: ${failure}`);
}
