import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { performance } from 'node:perf_hooks'
import { buildServer, serverMain } from '../../support/built-server.ts'

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
 * Starts the server the way `npm start` does (`node packages/server/dist/main.js`, the bundle that
 * `npm run build:server` writes, built once per bench process before any clock starts) in its own
 * process on a free loopback port, so the server and the load generator do not share one core, and
 * reports how long it took from the spawn until /health answered.
 * The server's stdout (its request log) goes to /dev/null: a pipe read by this busy process would
 * fill and block the server's synchronous writes, which would measure the pipe, not the server.
 */
export const startServerProcess = async (databaseUrl: string) => {
  buildServer()
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const started = performance.now()
  // BENCH_CPU_PROF=<folder> profiles the server (a .cpuprofile per run, written when it stops).
  const profile = process.env.BENCH_CPU_PROF
  const [command, args] = profile
    ? [process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profile}`, serverMain]]
    : [process.execPath, [serverMain]]
  const child: ChildProcess = spawn(command, args, {
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
  /** Polls `path` every 10 ms until it answers 2xx; returns the milliseconds since the spawn. */
  const answered = async (path: string, headers: Record<string, string> = {}) => {
    for (;;) {
      if (exited) throw new Error(`the server exited before it answered ${path}`)
      const ok = await fetch(`${base}${path}`, { headers }).then(
        (response) => response.ok,
        () => false,
      )
      if (ok) return performance.now() - started
      await new Promise((resolveWait) => setTimeout(resolveWait, 10))
    }
  }
  const readyMs = await answered('/health')
  return {
    base,
    readyMs,
    answered,
    stop: () =>
      new Promise<void>((done) => {
        if (exited) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
      }),
  }
}
