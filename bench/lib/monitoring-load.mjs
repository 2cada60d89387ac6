import fs from 'node:fs';
import http from 'node:http';
import { measure, summarize } from './http.mjs';

/**
 * What the monitoring suite runs against the server while it ingests: the upload itself (a file
 * streamed from disk as the request body), catalogue requests one after another, and memory samples.
 * Times are `performance.now()` readings, so requests can be matched with the upload they overlap.
 */

/**
 * Streams `file` as the body of one request (with its Content-Length) and reads the whole answer.
 * `ms` runs from opening the request until the response body has been read; `sentMs` until the last
 * body byte was handed to the socket; `headersMs` until the response headers arrived.
 */
export function sendFile(base, path, { method, token, file, contentType = 'text/csv' }) {
  const bytes = fs.statSync(file).size;
  return new Promise((resolve, reject) => {
    const startedAt = performance.now();
    let sentMs = null;
    let answered = false;
    const request = http.request(
      new URL(path, base),
      { method, agent: false, headers: { authorization: `Bearer ${token}`, 'content-type': contentType, 'content-length': bytes } },
      (response) => {
        answered = true;
        const headersMs = performance.now() - startedAt;
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const endedAt = performance.now();
          const body = Buffer.concat(chunks).toString('utf8');
          resolve({ status: response.statusCode, body, bytes, responseBytes: Buffer.byteLength(body), startedAt, endedAt, ms: endedAt - startedAt, sentMs, headersMs });
        });
      },
    );
    // A server that refuses the upload may answer and close before the body is through: its answer counts.
    request.on('error', (error) => answered || reject(error));
    request.on('finish', () => (sentMs = performance.now() - startedAt));
    const source = fs.createReadStream(file, { highWaterMark: 1 << 20 });
    source.on('error', (error) => request.destroy(error));
    source.pipe(request);
  });
}

/**
 * Requests `requests` in turn, one in flight, until `stop()` or, given `limit`, that many requests; each
 * goes through `measure`, so it is checked and timed as in the other suites. `stop()` waits for the
 * request in flight; both it and `done` resolve to every request's `{ path, startedAt, endedAt, ms, failure }`.
 */
export function requestLoop(base, cookie, requests, limit = Infinity) {
  let stopped = false;
  const samples = [];
  const done = (async () => {
    for (let i = 0; !stopped && i < limit; i++) {
      const request = requests[i % requests.length];
      const startedAt = performance.now();
      const { latencies, failures } = await measure(base, cookie, [request]);
      samples.push({ path: request.path, startedAt, endedAt: performance.now(), ms: latencies[0], failure: failures[0] ?? null });
    }
    return samples;
  })();
  return {
    done,
    stop() {
      stopped = true;
      return done;
    },
  };
}

/** The samples whose request was in flight at some time between `startedAt` and `endedAt`. */
export const overlapping = (samples, { startedAt, endedAt }) => samples.filter((s) => s.startedAt < endedAt && s.endedAt > startedAt);

/** Count, errors and latency percentiles of the samples (null percentiles when there are none), with their first failures. */
export function latencyStats(samples) {
  const failures = samples.filter((s) => s.failure).map((s) => s.failure);
  const stats = samples.length ? summarize(samples.map((s) => s.ms)) : { p50: null, p95: null, p99: null, max: null, mean: null };
  return { requests: samples.length, errors: failures.length, ...stats, failures: failures.slice(0, 5) };
}

/** `latencyStats` of every sample, then of each path's. */
export function latencyStatsByPath(samples, paths) {
  return { all: latencyStats(samples), ...Object.fromEntries(paths.map((path) => [path, latencyStats(samples.filter((s) => s.path === path))])) };
}

/** The largest finite value, or null when there is none. */
export function maxOf(values) {
  const finite = values.filter(Number.isFinite);
  return finite.length ? Math.max(...finite) : null;
}

/** Calls `memory()` (a launched server's) now and every `everyMs`; `stop()` takes a last sample and returns them all with their times. */
export function sampleMemory(memory, everyMs) {
  const samples = [];
  const take = () => samples.push({ at: performance.now(), ...memory() });
  take();
  const timer = setInterval(take, everyMs);
  return {
    stop() {
      clearInterval(timer);
      take();
      return samples;
    },
  };
}
