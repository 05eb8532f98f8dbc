import { randomBytes } from 'node:crypto';

/** A new id with a readable prefix (`ord_`, `pay_`, …) and 128 random bits. */
export const newId = (prefix: 'ord' | 'pay' | 'ref' | 'top' | 'txn' | 'msg' | 'ntf' | 'alr' | 'psh') => `${prefix}_${randomBytes(16).toString('base64url')}`;
