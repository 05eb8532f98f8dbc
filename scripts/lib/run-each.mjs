/**
 * Runs `run(item)` for every item, in order, whatever the earlier ones' fate: one failure does not
 * hide the others' output. `run` returns an exit status (or throws); resolves with the failed items.
 */
export async function runEach(items, run) {
  const failed = [];
  for (const item of items) {
    let status;
    try {
      status = await run(item);
    } catch (error) {
      console.error(`✗ ${item}: ${error instanceof Error ? error.message : String(error)}`);
      status = 1;
    }
    if (status !== 0) failed.push(item);
  }
  return failed;
}
