// Every response carries x-request-id: the caller's when it is a sane identifier (a load balancer's or a client's
// correlation id), else a fresh one. Anything else — too long, control characters, header injection — is replaced.
const WELL_FORMED = /^[A-Za-z0-9._:-]{8,128}$/;

export function requestIdFrom(header: string | null): string {
  return header && WELL_FORMED.test(header) ? header : crypto.randomUUID();
}
