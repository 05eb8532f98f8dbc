import type { LocalizedText } from '@citadel/protocol';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { auditPartnerAction } from '../audit/partner-audit.js';
import { findNameClash, foldedNames } from './name-clash.js';
import { refuseReservedAppId } from './reserved-ids.js';

/** A hosted app's files are served by the platform on its own origin; a linked app lives on the partner's origin. */
export type AppKind = 'hosted' | 'linked';

/**
 * Creating apps (docs/publish-your-app.md): the id must be free and not reserved (`RESERVED_APP_IDS`), and the id and names must not read as another app's
 * or hold a protected word, after Unicode NFKC and confusable folding. A clash is refused with 409 `NAME_CLASH`
 * naming the app or word it reads as. An app has no manifest until its first release, so it is not listed before.
 */
export function createPublishedApps(db: Database) {
  return {
    async create(input: { id: string; name: LocalizedText; kind: AppKind; orgId?: string | undefined; byOperator?: boolean }, actor?: string): Promise<void> {
      refuseReservedAppId(input.id);
      await db.transaction(async (tx) => {
        // Two apps created at once could each miss the other's names: one creation at a time.
        await tx.query('LOCK TABLE apps IN SHARE ROW EXCLUSIVE MODE');
        const [taken] = await tx.query('SELECT 1 FROM apps WHERE id = $1', [input.id]);
        if (taken) throw new ApiError(409, 'APP_EXISTS', `The app id "${input.id}" is taken`, { id: input.id });
        const others = await tx.query<{ id: string; folded: string[] }>('SELECT id, folded_names AS folded FROM apps');
        // The operator may name an app with the protected words; every app is checked against the others' names.
        const words = input.byOperator ? [] : await tx.query<{ word: string; folded: string }>('SELECT word, folded FROM protected_words');
        const clash = findNameClash(input, others, words);
        if (clash) {
          const message = clash.kind === 'app'
            ? `"${clash.name}" reads as the name of the app "${clash.appId}" (compared without case, accents, look-alike letters or punctuation)`
            : `"${clash.name}" holds the protected word "${clash.word}", which only the city's own apps may use`;
          throw new ApiError(409, 'NAME_CLASH', message, { clash });
        }
        await tx.query('INSERT INTO apps (id, manifest, org_id, kind, folded_names, declared_name) VALUES ($1, NULL, $2, $3, $4, $5)', [
          input.id, input.orgId ?? null, input.kind, foldedNames(input.id, input.name), JSON.stringify(input.name),
        ]);
        await auditPartnerAction(tx, { appId: input.id, orgId: input.orgId, actor, action: 'app.create', detail: { kind: input.kind, name: input.name } });
      });
    },
  };
}
