import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { coachTandem } from '../testing/coach-tandem.ts'
import { anyValue, commandBody } from '../testing/command-arbitraries.ts'

let tandem: Awaited<ReturnType<typeof coachTandem>>['tandem']
let headers: Record<string, string>

beforeAll(async () => {
  ;({ tandem, headers } = await coachTandem())
})

/** A command that decodes, so the fuzzed ones after it are decoded too (the first failure ends the list). */
const validFirst = {
  type: 'RegisterCase',
  teamId: 'noord',
  caseId: 'c-fuzz',
  reference: '2026-001',
  receivedOn: '2026-02-20',
  setting: 'ambulant',
  expertiseNeeded: [],
}

const previewBody = fc.oneof(
  fc.record({ commands: fc.array(commandBody, { maxLength: 12 }) }).map((body) => JSON.stringify(body)),
  commandBody.map((body) => JSON.stringify({ commands: [validFirst, body] })),
  fc.record({ commands: anyValue }).map((body) => JSON.stringify(body)),
  fc.string({ maxLength: 200 }),
)

describe('fuzzing POST /api/commands/preview', () => {
  it('never answers 5xx and never appends, whatever the commands', async () => {
    const head = await tandem.store.head()
    await fc.assert(
      fc.asyncProperty(previewBody, async (raw) => {
        const response = await tandem.app.request('/api/commands/preview', {
          method: 'POST',
          body: raw,
          headers,
        })
        expect(response.status).toBeLessThan(500)
        if (response.status !== 200) {
          const body = (await response.json()) as { error?: { code: string; message: { nl: string } } }
          expect(body.error?.message.nl).toBeTruthy()
        }
        expect(await tandem.store.head()).toBe(head)
      }),
      { numRuns: 300 },
    )
  })
})
