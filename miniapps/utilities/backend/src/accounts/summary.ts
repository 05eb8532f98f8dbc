import { maskName, type CustomerAccount } from '../customers/accounts.js';
import { PROVIDERS } from '../customers/providers.js';
import type { AccountSummary } from '../bills/bill.js';

/** What a citizen may see of an account before and after saving it: the name masked, the address whole. */
export const summaryOf = (account: CustomerAccount): AccountSummary => ({
  code: account.code, utility: account.utility, provider: PROVIDERS[account.utility].name,
  holder: maskName(account.holder), address: account.address, ward: account.ward,
});
