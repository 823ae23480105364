import { Hono } from 'hono'
import { canCommand } from '../authz/policy.ts'
import { type CommandRequest, decodeCommandBody } from '../commands/command-body.ts'
import { type PreviewDeps, previewCommands } from '../commands/command-preview.ts'
import { ApiError, httpErrors } from '../http/api-error.ts'
import type { AppEnv } from '../http/app-env.ts'
import { readJsonObject } from '../http/read-json.ts'
import { requirePrincipal } from '../middleware/authenticate.ts'

/** At most this many commands per preview: one meeting decision, with its release and tandem. */
const MAX_COMMANDS = 10

const badList = () =>
  httpErrors.invalidInput([
    { path: '/commands', message: `Expected an array of 1 to ${MAX_COMMANDS} commands` },
  ])

const otherTeam = (index: number) =>
  httpErrors
    .invalidInput([{ path: '/teamId', message: 'Expected every command of a preview to be for one team' }])
    .at('/commands', index)

const decodeAt = (body: unknown, index: number): CommandRequest => {
  try {
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw httpErrors.invalidInput([{ path: '/', message: 'Expected a JSON object' }])
    return decodeCommandBody(body as Record<string, unknown>)
  } catch (error) {
    throw error instanceof ApiError ? error.at('/commands', index) : error
  }
}

/**
 * `POST /api/commands/preview` `{ commands: [...] }`: the same validation and authorisation as
 * `/api/commands` for each command, then what they would record and do to the balance and the norm
 * (see `previewCommands`). 200 `{ events, before, after, normGaps }`; errors carry the `index` of the
 * failing command. Never appends.
 */
export const commandPreviewRoutes = (deps: PreviewDeps) =>
  new Hono<AppEnv>().post('/api/commands/preview', async (c) => {
    const principal = requirePrincipal(c.get('principal'))
    const { commands, ...rest } = await readJsonObject(c)
    const extra = Object.keys(rest)
    if (extra.length > 0)
      throw httpErrors.invalidInput(extra.map((key) => ({ path: `/${key}`, message: 'Unknown field' })))
    if (!Array.isArray(commands) || commands.length < 1 || commands.length > MAX_COMMANDS) throw badList()
    const requests = commands.map(decodeAt)
    const teamId = requests[0]!.command.teamId
    for (const [index, { command }] of requests.entries()) {
      if (command.teamId !== teamId) throw otherTeam(index)
      if (!canCommand(principal, command._tag, command.teamId))
        throw httpErrors.forbidden().at('/commands', index)
    }
    return c.json(await previewCommands(deps, requests, principal))
  })
