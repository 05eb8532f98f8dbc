import { CitadelError, type ErrorCode } from '@citadel/protocol';

/**
 * A handler that rejects every call with `code` (and `data`), as a host refuses: `rejectWith('INSUFFICIENT_FUNDS',
 * { amount: 50_000 })`. The app receives a `CitadelError` with that code, message and data.
 */
export function rejectWith(code: ErrorCode, data?: Readonly<Record<string, unknown>>, message = `Scripted ${code} from the mock host`): () => never {
  return () => {
    throw new CitadelError(code, message, data);
  };
}
