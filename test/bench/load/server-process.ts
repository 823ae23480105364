import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'

const MAIN = resolve(import.meta.dirname, '../../../packages/server/src/main.ts')
const TSX = resolve(import.meta.dirname, '../../../node_modules/.bin/tsx')

const freePort = () =>
  new Promise<number>((resolvePort, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0))
    })
  })

/**
 * Starts `packages/server/src/main.ts` in its own process on a free loopback port, so the server and
 * the load generator do not share one core, and reports how long it took until /health answered.
 * The server's stdout (its request log) goes to /dev/null: a pipe read by this busy process would
 * fill and block the server's synchronous writes, which would measure the pipe, not the server.
 */
export const startServerProcess = async (databaseUrl: string) => {
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const started = performance.now()
  const child: ChildProcess = spawn(TSX, [MAIN], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      TANDEM_DEMO: '0',
      TANDEM_ADMIN_TOKEN: 'bench-operator-token-0123456789',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  let exited = false
  child.once('exit', () => {
    exited = true
  })
  for (;;) {
    if (exited) throw new Error('the server exited before it answered /health')
    const ok = await fetch(`${base}/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) break
    await new Promise((resolveWait) => setTimeout(resolveWait, 10))
  }
  return {
    base,
    readyMs: performance.now() - started,
    stop: () =>
      new Promise<void>((done) => {
        if (exited) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
      }),
  }
}
