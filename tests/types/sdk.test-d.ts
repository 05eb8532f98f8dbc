import { describe, expectTypeOf, it } from 'vitest';
import type { Client, MethodName } from '@citadel/sdk';

declare const client: Client;

describe('the SDK is typed from the registry', () => {
  it('types params and results of every namespace method', () => {
    expectTypeOf(client.storage.get).parameter(0).toEqualTypeOf<{ key: string }>();
    expectTypeOf(client.storage.usage()).resolves.toEqualTypeOf<{ used: number; quota: number }>();
    expectTypeOf(client.location.getCurrent()).resolves.toHaveProperty('latitude').toEqualTypeOf<number>();
    expectTypeOf(client.call('ui.getTheme')).resolves.toEqualTypeOf<{ scheme: 'light' | 'dark'; accent: string }>();
    expectTypeOf<'storage.get'>().toExtend<MethodName>();
  });

  it('does not compile a wrong method name, a missing param or a wrong param type', () => {
    // @ts-expect-error: not a registry method
    void client.call('storage.gett', { key: 'a' });
    // @ts-expect-error: not a registry method
    void client.call('__proto__');
    // @ts-expect-error: not a method of the namespace
    void client.storage.gett({ key: 'a' });
    // @ts-expect-error: key is required
    void client.storage.get();
    // @ts-expect-error: key must be a string
    void client.storage.get({ key: 1 });
    // @ts-expect-error: unknown keys are refused
    void client.ui.setTitle({ title: 'x', colour: 'red' });
    // @ts-expect-error: not a host event
    client.on('shake', () => undefined);
  });
});
