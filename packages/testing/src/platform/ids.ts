import { randomBytes } from 'node:crypto';

/** An id as the platform writes them: a readable prefix and 128 random bits (`ord_` and 22 characters). */
export const newId = (prefix: 'ord' | 'pay' | 'ref' | 'ntf' | 'msg') => `${prefix}_${randomBytes(16).toString('base64url')}`;
