import { mkdirSync, readFileSync, renameSync, watch, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { packPackages, type PackedPackage } from '../../scripts/lib/pack-packages.mjs';

/** What the test that packed wrote for the others: the packed packages, or why packing failed. */
type PackAnswer = { readonly packed: PackedPackage[] } | { readonly error: string };

/** Resolves with the answer in `file` once it exists: another test file of this run is packing. */
function answerOf(folder: string, file: string): Promise<PackAnswer> {
  return new Promise((resolveAnswer) => {
    const read = (): boolean => {
      try {
        resolveAnswer(JSON.parse(readFileSync(join(folder, file), 'utf8')) as PackAnswer);
        return true;
      } catch {
        return false;
      }
    };
    const watcher = watch(folder, () => {
      if (read()) watcher.close();
    });
    // Written between the first look and the watch's start.
    if (read()) watcher.close();
  });
}

/**
 * The public packages packed as built, once per Vitest run (in the folder `tests/support/pack-setup.ts` provides),
 * whichever test file asks first: `tests/unit/packages-install.test.ts` and the scaffold's end-to-end test share one
 * pack. The first caller takes a lock (an atomic `mkdir`) and packs; the others wait for its answer. Synchronous
 * packing inside, so run it from a `beforeAll`.
 */
export async function packedPackages(): Promise<PackedPackage[]> {
  const folder = inject('packDir');
  const file = 'packed.json';
  try {
    mkdirSync(join(folder, 'lock'));
  } catch {
    const answer = await answerOf(folder, file);
    if ('error' in answer) throw new Error(`packing the packages failed in another test file: ${answer.error}`);
    return answer.packed;
  }
  let answer: PackAnswer;
  try {
    answer = { packed: packPackages(join(folder, 'tarballs')) };
  } catch (error) {
    answer = { error: String(error) };
  }
  // Written whole, then renamed, so a reader never sees half of it.
  writeFileSync(join(folder, `${file}.partial`), JSON.stringify(answer));
  renameSync(join(folder, `${file}.partial`), join(folder, file));
  if ('error' in answer) throw new Error(answer.error);
  return answer.packed;
}
