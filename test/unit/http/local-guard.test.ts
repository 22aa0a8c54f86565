/**
 * The local-mode request guard: only this machine's programs may talk to an
 * unauthenticated bot. A browser page can send a CORS «simple request»
 * (text/plain, no preflight) to 127.0.0.1, or reach it through a rebound DNS
 * name; both must be refused.
 */
import type { IncomingMessage } from 'node:http';
import { hostOfHostHeader, isLoopbackUrl, localRequestRefusal } from '../../../src/http/local-guard';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const json = { 'content-type': 'application/json', host: '127.0.0.1:3978' };

describe('localRequestRefusal', () => {
  it.each([
    ['the bot itself', json],
    ['a charset parameter', { ...json, 'content-type': 'Application/JSON; charset=utf-8' }],
    ['localhost with a port', { ...json, host: 'localhost:3978' }],
    ['localhost without a port', { ...json, host: 'localhost' }],
    ['IPv6 loopback', { ...json, host: '[::1]:3978' }],
    ['another 127/8 address', { ...json, host: '127.0.0.2:3978' }],
    ['a loopback Origin (the Agents Playground in a browser)', { ...json, origin: 'http://localhost:56150' }],
    ['an IPv6 loopback Origin', { ...json, origin: 'http://[::1]:8080' }],
  ])('lets in %s', (_, headers) => {
    expect(localRequestRefusal(request(headers))).toBeNull();
  });

  it.each([
    ['text/plain (a CORS simple request)', { ...json, 'content-type': 'text/plain' }, 415],
    ['form data', { ...json, 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['no content type', { host: '127.0.0.1:3978' }, 415],
    ['a rebound DNS name as Host', { ...json, host: 'attacker.example:3978' }, 421],
    ['a LAN address as Host', { ...json, host: '192.168.1.20:3978' }, 421],
    ['no Host', { 'content-type': 'application/json' }, 421],
    ['a Host with credentials', { ...json, host: 'user@127.0.0.1:3978' }, 421],
    ['a foreign Origin', { ...json, origin: 'https://attacker.example' }, 403],
    ['the opaque Origin «null» (sandboxed frame, file:)', { ...json, origin: 'null' }, 403],
    ['a loopback host in a foreign scheme', { ...json, origin: 'chrome-extension://127.0.0.1' }, 403],
  ])('refuses %s', (_, headers, status) => {
    expect(localRequestRefusal(request(headers))?.status).toBe(status);
  });
});

describe('hostOfHostHeader and isLoopbackUrl', () => {
  it('reads the host name as a browser writes it', () => {
    expect(hostOfHostHeader('[::1]:3978')).toBe('::1');
    expect(hostOfHostHeader('LOCALHOST')).toBe('localhost');
    expect(hostOfHostHeader('127.0.0.1:3978/x')).toBeNull();
  });

  it('accepts only http(s) on loopback', () => {
    expect(isLoopbackUrl('http://127.0.0.1:53001/emea/')).toBe(true);
    expect(isLoopbackUrl('https://localhost/')).toBe(true);
    expect(isLoopbackUrl('http://[::1]:8080/')).toBe(true);
    expect(isLoopbackUrl('https://smba.trafficmanager.net/emea/')).toBe(false);
    expect(isLoopbackUrl('http://127.0.0.1.attacker.example/')).toBe(false);
    expect(isLoopbackUrl('ftp://127.0.0.1/')).toBe(false);
    expect(isLoopbackUrl('not a url')).toBe(false);
  });
});
