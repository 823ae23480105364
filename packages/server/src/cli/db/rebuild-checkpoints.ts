import { memoryLogger } from '../../log/logger.ts'
import { ProjectionRunner } from '../../projections/projection-runner.ts'
import type { DatabaseTarget } from './database-target.ts'
import { openServerTablesAt, openStoreAt } from './open-database.ts'

/**
 * Folds the target's whole log into the server's projections and saves their checkpoints there, as
 * the server itself would on a first start without any: checkpoints are derived from the log, so a
 * copy rebuilds them from the events it copied rather than trusting the source's. The target's first
 * start then has nothing to replay. Returns the position the checkpoint was saved at.
 */
export const rebuildCheckpoints = async (target: DatabaseTarget): Promise<number> => {
  const store = await openStoreAt(target)
  try {
    const db = await openServerTablesAt(target)
    try {
      const runner = new ProjectionRunner({
        store,
        db,
        log: memoryLogger(),
        clock: () => new Date(),
        // One checkpoint at the end rather than one every 50,000 events while folding.
        checkpointEvents: Number.POSITIVE_INFINITY,
      })
      await runner.start()
      await runner.close()
      return runner.position
    } finally {
      await db.destroy()
    }
  } finally {
    await store.close()
  }
}
