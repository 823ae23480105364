import { describe, expect, it } from 'vitest'
import { event } from '../event-store/contract/store-under-test.ts'
import { DatabaseUnavailable } from '../event-store/errors.ts'
import type { EventStore } from '../event-store/event-store.ts'
import { MemoryEventStore } from '../event-store/memory/memory-event-store.ts'
import { memoryLogger } from '../log/logger.ts'
import { startingApp } from '../starting-app.ts'
import { healthRoutes, readinessOf } from './health.ts'

const storeWithHead = async (head: number) => {
  const store = new MemoryEventStore()
  for (let i = 0; i < head; i++) await store.append('case-1', [event('Noted')], { expectedVersion: 'any' })
  return store
}

/** A store whose database is down: only `head` is asked by readiness. */
const unreachableStore = {
  head: () =>
    Promise.reject(
      new DatabaseUnavailable({ condition: 'unreachable', code: 'ECONNREFUSED', retryAfterMs: 1000 }),
    ),
} as unknown as EventStore

const ready = (store: EventStore, projected: number, maxLag = 3) =>
  healthRoutes({ readiness: readinessOf({ store, projected: () => projected, maxLag }) }).request('/ready')

describe('GET /ready', () => {
  it('is 200 when the database answers and the projections are caught up', async () => {
    const response = await ready(await storeWithHead(4), 4)
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({
      status: 'ready',
      checks: { database: { ok: true }, projections: { ok: true, lag: 0 }, migrations: { ok: true } },
    })
  })

  it('is 200 while the projections are behind by no more than the allowed lag', async () => {
    expect((await ready(await storeWithHead(6), 3)).status).toBe(200)
  })

  it('is 503 naming the lag when the projections are further behind', async () => {
    const response = await ready(await storeWithHead(10), 5)
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({
      status: 'not-ready',
      checks: { database: { ok: true }, projections: { ok: false, lag: 5, position: 5, maxLag: 3 } },
    })
  })

  it('is 503 naming the condition while the database is unreachable', async () => {
    const response = await ready(unreachableStore, 5)
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({
      checks: { database: { ok: false, condition: 'unreachable' }, projections: { ok: false, lag: null } },
    })
  })
})

describe('GET /health', () => {
  it('is 200 while the process runs, even with the database down', async () => {
    const response = await healthRoutes({
      readiness: readinessOf({ store: unreachableStore, projected: () => 0 }),
    }).request('/health')
    expect(response.status).toBe(200)
  })
})

describe('a server that is still starting', () => {
  const app = startingApp(() => 'connecting', memoryLogger())

  it('is alive but not ready, and says the database is not reached yet', async () => {
    expect((await app.request('/health')).status).toBe(200)
    const response = await app.request('/ready')
    expect(response.status).toBe(503)
    expect(await response.json()).toMatchObject({
      checks: { database: { ok: false, condition: 'connecting' }, migrations: { ok: false } },
    })
  })

  it('answers any other request 503 with Retry-After, in both languages', async () => {
    const response = await app.request('/api/teams/noord/agenda')
    expect(response.status).toBe(503)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThanOrEqual(1)
    const body = (await response.json()) as { error: { code: string; message: { nl: string; en: string } } }
    expect(body.error.code).toBe('Starting')
    expect(body.error.message.nl).toContain('start nog op')
  })
})
