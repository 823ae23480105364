import pg from 'pg'
import { type HeadWatcher, pollHead } from '../head-listeners.ts'

/** The first wait before reopening a lost listening connection, doubled on each failure up to the last. */
const FIRST_RETRY_MS = 250
const MAX_RETRY_MS = 4000

/**
 * How often the head is also read, whatever the notifications do: a notification sent while the
 * listening connection was down is lost, and a connection can die silently (a NAT forgetting it) for
 * longer than keepalive takes to notice. This is the bound on how late another instance's append
 * can be seen; notifications make it milliseconds in the usual case.
 */
export const POLL_FALLBACK_MS = 1000

export interface ListenOptions {
  /** called when a listening connection is open again after it was lost */
  readonly onReconnect?: () => void
}

/**
 * Hears other processes' appends through PostgreSQL LISTEN/NOTIFY on a dedicated connection (a pooled
 * one would be handed back and stop listening), and by reading the head every POLL_FALLBACK_MS. A
 * lost connection is reopened with backoff (250 ms, doubling to 4 s, with jitter); after every
 * (re)connect the current head is read, so appends made while nobody listened are still heard, and
 * the listener catches up from the last position it had seen.
 */
export const listenForHeads =
  (
    config: pg.ClientConfig,
    channel: string,
    readHead: () => Promise<number>,
    options: ListenOptions = {},
  ): HeadWatcher =>
  (emit) => {
    let client: pg.Client | undefined
    let retry: NodeJS.Timeout | undefined
    let stopped = false
    let failures = 0

    const drop = () => {
      const old = client
      client = undefined
      if (!old) return
      old.removeAllListeners()
      // A connection that is already broken may still report errors while ending.
      old.on('error', () => undefined)
      old.end().catch(() => undefined)
    }
    const reconnect = () => {
      drop()
      if (stopped || retry) return
      failures += 1
      const delay = Math.min(FIRST_RETRY_MS * 2 ** (failures - 1), MAX_RETRY_MS) * (0.8 + 0.4 * Math.random())
      retry = setTimeout(() => {
        retry = undefined
        void connect()
      }, delay)
      retry.unref()
    }
    const connect = async () => {
      const current = new pg.Client(config)
      client = current
      current.on('notification', (message) => emit(Number(message.payload)))
      current.on('error', reconnect)
      current.on('end', reconnect)
      try {
        await current.connect()
        await current.query(`LISTEN ${pg.escapeIdentifier(channel)}`)
        if (client !== current) return
        emit(await readHead())
        if (failures > 0) options.onReconnect?.()
        failures = 0
      } catch {
        if (client === current) reconnect()
      }
    }

    void connect()
    const stopPolling = pollHead(readHead, POLL_FALLBACK_MS)(emit)
    return () => {
      stopped = true
      clearTimeout(retry)
      stopPolling()
      drop()
    }
  }
