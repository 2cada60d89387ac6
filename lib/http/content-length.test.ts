import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { LENGTH_HEADER, restoreContentLength } from './content-length';

const server = http.createServer((_req, res) => {
  res.setHeader(LENGTH_HEADER, '5');
  res.write('he');
  res.end('llo');
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('restoreContentLength', () => {
  it('turns the internal length header into Content-Length, so the body is not sent chunked', async () => {
    restoreContentLength();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    expect(res.headers.get('content-length')).toBe('5');
    expect(res.headers.get('transfer-encoding')).toBeNull();
    expect(res.headers.get(LENGTH_HEADER)).toBeNull();
    expect(await res.text()).toBe('hello');
  });
});
