import { Task } from '@lit/task'
import type { ReactiveElement } from 'lit'
import type { Services } from './services.ts'

/**
 * Loads one projection of the current team (`GET /api/teams/:teamId/<name>?asOf=…`) and loads it
 * again whenever the team, the moment or the live revision changes. The last value stays on screen
 * while the next one loads, so a live update does not flash a spinner at the meeting.
 */
/** Every team query answers `{ teamId, asOf: { position, date }, data, page? }` (issue 4). */
interface QueryReply<T> {
  readonly teamId: string
  readonly asOf?: { readonly position: number; readonly date: string }
  readonly data: T
}

export class ProjectionController<T> {
  /** the log position the answer reflects: the head of the log when looking at now */
  position: number | undefined
  readonly task: Task<readonly [string, string | null, number, string], T>

  constructor(
    host: ReactiveElement,
    services: Services,
    name: string | (() => string),
    extraQuery: () => Readonly<Record<string, string | number | undefined>> = () => ({}),
  ) {
    const pathOf = typeof name === 'function' ? name : () => name
    this.task = new Task(host, {
      task: async ([teamId, asOf], { signal }) => {
        const reply = await services.api.get<QueryReply<T>>(
          `/api/teams/${encodeURIComponent(teamId)}/${pathOf()}`,
          { ...extraQuery(), asOf: asOf ?? undefined },
          signal,
        )
        this.position = reply.asOf?.position
        return reply.data
      },
      args: () =>
        [
          services.view.teamId,
          services.view.asOf,
          services.view.revision,
          `${pathOf()}?${JSON.stringify(extraQuery())}`,
        ] as const,
      autoRun: true,
    })
  }

  get value(): T | undefined {
    return this.task.value
  }

  get error(): unknown {
    return this.task.error
  }

  run(): void {
    void this.task.run()
  }
}
