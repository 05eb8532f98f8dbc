import { describe, expect, it } from 'vitest';
import { CitadelError, ErrorCode, isCitadelError } from '../src/index.js';

describe('CitadelError on the wire', () => {
  it('serialises to code, message and data only: never the stack', () => {
    const error = new CitadelError(ErrorCode.RATE_LIMITED, 'slow down', { limit: 200 });
    const wire = JSON.parse(JSON.stringify(error));
    expect(wire).toEqual({ code: 'RATE_LIMITED', message: 'slow down', data: { limit: 200 } });
    expect(JSON.stringify(error)).not.toContain('at ');
  });

  it('rebuilds the same class and code from the wire form', () => {
    const rebuilt = CitadelError.from(structuredClone(new CitadelError(ErrorCode.QUOTA_EXCEEDED, 'full', { limit: 1 }).toJSON()));
    expect(isCitadelError(rebuilt)).toBe(true);
    expect(rebuilt).toMatchObject({ code: 'QUOTA_EXCEEDED', message: 'full', data: { limit: 1 }, name: 'CitadelError' });
  });

  it('turns anything malformed into INTERNAL rather than trusting it', () => {
    for (const junk of [null, 'x', { code: 'NOPE', message: 'm' }, { code: 'TIMEOUT' }, { code: '__proto__', message: '' }]) {
      expect(CitadelError.from(junk).code).toBe('INTERNAL');
    }
  });
});
