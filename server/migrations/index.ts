import { Initial1732200000000 } from "./1732200000000-initial.js";
import { Accounts1732300000000 } from "./1732300000000-accounts.js";
import { Batches1732400000000 } from "./1732400000000-batches.js";
import { Remedies1732500000000 } from "./1732500000000-remedies.js";

/** All migrations in order; the DataSource runs them at start (no synchronize outside tests). */
export const MIGRATIONS = [Initial1732200000000, Accounts1732300000000, Batches1732400000000, Remedies1732500000000];
