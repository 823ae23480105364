import { Hono } from 'hono'
import { decodeDecisionBody } from '../commands/command-body.ts'
import { type PreviewDeps, previewDecision } from '../commands/command-preview.ts'
import type { AppEnv } from '../http/app-env.ts'
import { orThrow } from '../http/or-throw.ts'
import { readDecision } from './decision-request.ts'

/**
 * `POST /api/commands/preview`: the body of `POST /api/decisions`, with the same validation,
 * authorisation and decision, then what it would record and do to the balance and the norm (see
 * `previewDecision`). 200 `{ events, before, after, normGaps }`; failures carry the `index` of the
 * failing command. Never appends.
 */
export const commandPreviewRoutes = (deps: PreviewDeps) =>
  new Hono<AppEnv>().post('/api/commands/preview', async (c) => {
    const { principal, request } = await readDecision(c, decodeDecisionBody)
    return c.json(orThrow(await previewDecision(deps, request, principal)))
  })
