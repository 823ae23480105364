import { expect } from 'vitest'
import {
  addProfessional,
  assessCase,
  assignRegie,
  foundTeam,
  recordRegistration,
  registerCase,
} from './commands.ts'

/** How soon a write on one instance shows in the other's projections (README, "Several instances"). */
export const CROSS_INSTANCE_BOUND_MS = 1000

export interface Instance {
  readonly base: string
}

const send = async (instance: Instance, token: string, body: unknown) => {
  const response = await fetch(`${instance.base}/api/commands`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  // biome-ignore lint/suspicious/noExplicitAny: a test reads response JSON without declaring every shape
  return { status: response.status, body: (await response.json()) as any }
}

/** Polls `path` on `instance` until `seen` holds, and returns how long that took (or fails after the bound). */
const shows = async (instance: Instance, token: string, path: string, seen: (text: string) => boolean) => {
  const started = Date.now()
  for (;;) {
    const response = await fetch(`${instance.base}${path}`, { headers: { authorization: `Bearer ${token}` } })
    if (seen(await response.text())) return Date.now() - started
    if (Date.now() - started > CROSS_INSTANCE_BOUND_MS)
      throw new Error(
        `${path} on the other instance did not show the write within ${CROSS_INSTANCE_BOUND_MS} ms`,
      )
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/**
 * One team's story, each command sent to the other instance than the one before, so each decides
 * right after the other wrote: every command is one a single instance accepts, so every reply must
 * be 201. After each new case, the other instance's waiting list must show it within the bound.
 */
export const alternateCommands = async (
  instances: readonly [Instance, Instance],
  tokens: { readonly admin: string; readonly coach: string },
  teamId: string,
) => {
  const story: unknown[] = [
    addProfessional(teamId, 'p1'),
    recordRegistration(teamId, 'p1'),
    addProfessional(teamId, 'p2'),
    recordRegistration(teamId, 'p2'),
  ]
  for (let c = 1; c <= 4; c++)
    story.push(
      registerCase(teamId, `c${c}`),
      assessCase(teamId, `c${c}`),
      assignRegie(teamId, `c${c}`, c % 2 === 0 ? 'p1' : 'p2'),
    )
  const founded = await send(instances[0], tokens.admin, foundTeam(teamId))
  expect(founded.status).toBe(201)
  const replies: { readonly type: string; readonly status: number; readonly code?: string }[] = []
  const latencies: number[] = []
  for (const [i, body] of story.entries()) {
    const writer = instances[(i + 1) % 2]!
    const reader = instances[i % 2]!
    const reply = await send(writer, tokens.coach, body)
    const { type } = body as { type: string }
    replies.push({
      type,
      status: reply.status,
      ...(reply.status === 201 ? {} : { code: reply.body.error?.code }),
    })
    if (type === 'RegisterCase' && reply.status === 201) {
      const { caseId } = body as { caseId: string }
      latencies.push(
        await shows(reader, tokens.coach, `/api/teams/${teamId}/waiting-list`, (text) =>
          text.includes(`"${caseId}"`),
        ),
      )
    }
  }
  return { replies, latencies }
}
