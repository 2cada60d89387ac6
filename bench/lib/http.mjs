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
