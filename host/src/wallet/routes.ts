/** A wallet screen the host routes to. */
export type WalletRoute = { readonly page: 'wallet' } | { readonly page: 'receipt'; readonly paymentId: string };

/** The path of the wallet. */
export const WALLET_PATH = '/wallet';

/** The path of one payment's receipt. */
export const receiptPath = (paymentId: string) => `${WALLET_PATH}/receipts/${encodeURIComponent(paymentId)}`;

/** The wallet route of `pathname` (`/wallet`, `/wallet/receipts/<id>`, trailing slash allowed), or `undefined`. */
export function parseWalletPath(pathname: string): WalletRoute | undefined {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname;
  if (path === WALLET_PATH) return { page: 'wallet' };
  const match = /^\/wallet\/receipts\/([^/]{1,128})$/.exec(path);
  if (!match) return undefined;
  try {
    return { page: 'receipt', paymentId: decodeURIComponent(match[1]!) };
  } catch {
    return undefined; // a malformed escape is no payment id
  }
}
