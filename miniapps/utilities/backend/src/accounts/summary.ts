import { maskName, type CustomerAccount } from '../customers/accounts.js';
import { PROVIDERS } from '../customers/providers.js';
import type { AccountSummary } from '../bills/bill.js';

/** What a citizen sees of an account they proved is theirs: the name masked, the address whole. */
export const summaryOf = (account: CustomerAccount): AccountSummary => ({
  code: account.code, utility: account.utility, provider: PROVIDERS[account.utility].name,
  holder: maskName(account.holder), address: account.address, ward: account.ward,
});
