import { Hono } from 'hono'
import { stream } from 'hono/streaming'
import { canExportLog, canVerifyLog } from '../authz/policy.ts'
import type { EventStore } from '../event-store/event-store.ts'
import { failures } from '../failures/failures.ts'
import type { AppEnv } from '../http/app-env.ts'
import { parseFrom } from '../http/log-position.ts'
import { requirePrincipal } from '../middleware/authenticate.ts'

export interface AuditRouteDeps {
  readonly store: EventStore
}

/**
 * The auditor's tools: the whole log as NDJSON, streamed batch by batch from a position (so a
 * million events never sit in memory), and the hash-chain verification.
 */
export const auditRoutes = (deps: AuditRouteDeps) =>
  new Hono<AppEnv>()
    .get('/api/audit/export', (c) => {
      if (!canExportLog(requirePrincipal(c.get('principal')))) throw failures.forbidden()
      const from = parseFrom(c.req.query('from') ?? '1')
      c.header('content-type', 'application/x-ndjson; charset=utf-8')
      c.header('content-disposition', 'attachment; filename="tandem-log.ndjson"')
      return stream(c, async (out) => {
        // Stop at the head as it was when the export began: the file is one consistent prefix.
        const to = await deps.store.head()
        for await (const batch of deps.store.readAll({ from, to, batchSize: 2000 })) {
          if (out.aborted) return
          await out.write(batch.map((event) => `${JSON.stringify(event)}\n`).join(''))
        }
      })
    })
    .get('/api/audit/verify', async (c) => {
      if (!canVerifyLog(requirePrincipal(c.get('principal')))) throw failures.forbidden()
      return c.json(await deps.store.verify())
    })
