/** A bounded load of commands from several clients that retry a 503 as a careful script would. */

export interface Reply {
  readonly status: number
  readonly at: number
  readonly retryAfter: string | null
  // biome-ignore lint/suspicious/noExplicitAny: a test reads response JSON without declaring every shape
  readonly body: any
}

export interface CommandLoad {
  /** every reply, in the order they came */
  readonly replies: readonly Reply[]
  /** replies with this status since `since` (a Date.now() value) */
  count(status: number, since?: number): number
  /** waits until `check` holds, failing after `withinMs` */
  until(check: () => boolean, withinMs: number, what: string): Promise<void>
  /** stops sending and waits for the requests in flight */
  stop(): Promise<void>
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * `clients` loops, each sending `body(client, i)` for i = 0, 1, … to `POST /api/commands` with
 * `token`. A 503 is sent again, unchanged (so with the same commandId), after its Retry-After
 * (capped at `maxWaitMs`, to keep the load going); any other reply moves on to the next command.
 */
export const startCommandLoad = (
  base: string,
  token: string,
  clients: number,
  body: (client: number, i: number) => Record<string, unknown>,
  maxWaitMs = 250,
): CommandLoad => {
  const replies: Reply[] = []
  let running = true
  const send = async (payload: Record<string, unknown>): Promise<Reply> => {
    try {
      const response = await fetch(`${base}/api/commands`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify(payload),
        signal: AbortSignal.timeout(30_000),
      })
      const text = await response.text()
      let parsed: unknown = text
      try {
        parsed = JSON.parse(text)
      } catch {}
      return {
        status: response.status,
        at: Date.now(),
        retryAfter: response.headers.get('retry-after'),
        body: parsed,
      }
    } catch (error) {
      // No HTTP answer at all (the server died, or hung past 30 s): status 0, which every test refuses.
      return { status: 0, at: Date.now(), retryAfter: null, body: String(error) }
    }
  }
  const loops = Array.from({ length: clients }, async (_, client) => {
    for (let i = 0; running; i++) {
      const payload = body(client, i)
      for (;;) {
        const reply = await send(payload)
        replies.push(reply)
        if (reply.status !== 503 || !running) break
        await sleep(Math.min(Number(reply.retryAfter ?? 1) * 1000, maxWaitMs))
      }
    }
  })
  return {
    replies,
    count: (status, since = 0) =>
      replies.filter((reply) => reply.status === status && reply.at >= since).length,
    async until(check, withinMs, what) {
      const deadline = Date.now() + withinMs
      while (!check()) {
        if (Date.now() > deadline) throw new Error(`load: ${what} did not happen within ${withinMs} ms`)
        await sleep(20)
      }
    },
    async stop() {
      running = false
      await Promise.all(loops)
    },
  }
}
