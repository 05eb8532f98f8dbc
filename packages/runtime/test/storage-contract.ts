import { expect, it } from 'vitest';
import type { CallContext, Provider } from '../src/types.js';

const contextFor = (id: string) => ({ app: { id } } as unknown as CallContext);

/** The contract every `storage` provider keeps; run against each implementation. */
export function storageContract(create: (quotaBytes: number) => Provider<'storage'>) {
  it('round-trips JSON values and answers null for absent keys', async () => {
    const s = create(10_000);
    const a = contextFor('a');
    expect(await s.get({ key: 'k' }, a)).toEqual({ value: null });
    await s.set({ key: 'k', value: { list: [1, 'hai', null], ok: true } }, a);
    expect(await s.get({ key: 'k' }, a)).toEqual({ value: { list: [1, 'hai', null], ok: true } });
  });

  it('keeps apps apart', async () => {
    const s = create(10_000);
    await s.set({ key: 'k', value: 'mine' }, contextFor('a'));
    expect(await s.get({ key: 'k' }, contextFor('b'))).toEqual({ value: null });
    await s.clear({}, contextFor('b'));
    expect(await s.keys({}, contextFor('a'))).toEqual({ keys: ['k'] });
  });

  it('enforces the quota per app, counting replaced values once', async () => {
    const s = create(100);
    const a = contextFor('a');
    await s.set({ key: 'k', value: 'x'.repeat(80) }, a);
    await expect(s.set({ key: 'j', value: 'y'.repeat(30) }, a)).rejects.toMatchObject({ code: 'QUOTA_EXCEEDED', data: { limit: 100, used: 83 } });
    await s.set({ key: 'k', value: 'z'.repeat(90) }, a);
    expect(await s.usage({}, a)).toEqual({ used: 93, quota: 100 });
    await s.set({ key: 'j', value: 1 }, contextFor('b'));
    await s.remove({ key: 'k' }, a);
    expect(await s.usage({}, a)).toEqual({ used: 0, quota: 100 });
  });

  it('stores copies: mutating a value after set or get changes nothing stored', async () => {
    const s = create(10_000);
    const a = contextFor('a');
    const value = { n: 1 };
    await s.set({ key: 'k', value }, a);
    value.n = 2;
    const read = (await s.get({ key: 'k' }, a)).value as { n: number };
    read.n = 3;
    expect(await s.get({ key: 'k' }, a)).toEqual({ value: { n: 1 } });
  });
}
