import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { coachTandem } from '../testing/coach-tandem.ts'
import { anyValue, commandBody } from '../testing/command-arbitraries.ts'

let tandem: Awaited<ReturnType<typeof coachTandem>>['tandem']
let headers: Record<string, string>

const post = (body: string) => tandem.app.request('/api/commands', { method: 'POST', body, headers })

beforeAll(async () => {
  ;({ tandem, headers } = await coachTandem())
})

describe('fuzzing POST /api/commands', () => {
  it('never answers 5xx and never appends on a rejection', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          commandBody.map((body) => JSON.stringify(body)),
          fc.string({ maxLength: 200 }),
        ),
        async (raw) => {
          const before = await tandem.store.head()
          const response = await post(raw)
          expect(response.status).toBeLessThan(500)
          const body = (await response.json()) as {
            error?: { code: string; message: { nl: string; en: string } }
          }
          if (response.status === 201) return
          expect(body.error?.code).toBeTruthy()
          expect(body.error?.message.nl).toBeTruthy()
          expect(await tandem.store.head()).toBe(before)
        },
      ),
      { numRuns: 400 },
    )
  })

  it('never answers 5xx for bodies one field away from a valid command', async () => {
    const valid = {
      type: 'RegisterCase',
      teamId: 'noord',
      caseId: 'c1',
      reference: '2026-001',
      receivedOn: '2026-02-20',
      setting: 'ambulant',
      expertiseNeeded: [],
    }
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(valid)), anyValue, async (field, value) => {
        const before = await tandem.store.head()
        const response = await post(JSON.stringify({ ...valid, caseId: `c-${before}`, [field]: value }))
        expect(response.status).toBeLessThan(500)
        if (response.status !== 201) expect(await tandem.store.head()).toBe(before)
      }),
      { numRuns: 300 },
    )
  })
})
