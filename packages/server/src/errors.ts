import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Error codes the server answers with; bodies are always `{ code, message }`, never a stack. */
export type ServerErrorCode = 'NOT_FOUND' | 'MISDIRECTED' | 'FORBIDDEN' | 'INTERNAL';

/** Answers a JSON error. */
export const jsonError = (c: Context, status: ContentfulStatusCode, code: ServerErrorCode, message: string) =>
  c.json({ code, message }, status);
