import { type ChildProcess, spawn } from 'node:child_process'
import { openSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { buildServer, serverMain } from './built-server.ts'
import { freePort } from './free-port.ts'

export const OPERATOR_TOKEN = 'bench-operator-token-0123456789'

export interface ServerProcessOptions {
  /** where the server's stdout (its JSON log lines) goes; default nowhere */
  readonly logFile?: string
  readonly env?: Readonly<Record<string, string>>
  /** run as this user (a test of file permissions, when the tests run as root) */
  readonly uid?: number
  readonly gid?: number
  /** the path that must answer 2xx before the start counts as done; default `/ready` */
  readonly waitFor?: string
}

/**
 * Starts the server the way `npm start` does (`node packages/server/dist/main.js`, the bundle that
 * `npm run build:server` writes, built once per process before any clock starts) in its own
 * process on a free loopback port, so the server and the load generator do not share one core, and
 * reports how long it took from the spawn until /ready (or `waitFor`) answered 200.
 * The server's stdout (its request log) goes to /dev/null or a file, never a pipe: a pipe read by
 * this busy process would fill and block the server's synchronous writes, which would measure the
 * pipe, not the server.
 */
export const startServerProcess = async (databaseUrl: string, options: ServerProcessOptions = {}) => {
  buildServer()
  const port = await freePort()
  const base = `http://127.0.0.1:${port}`
  const started = performance.now()
  // BENCH_CPU_PROF=<folder> profiles the server (a .cpuprofile per run, written when it stops).
  const profile = process.env.BENCH_CPU_PROF
  const [command, args] = profile
    ? [process.execPath, ['--cpu-prof', `--cpu-prof-dir=${profile}`, serverMain]]
    : [process.execPath, [serverMain]]
  const stdout = options.logFile ? openSync(options.logFile, 'a') : 'ignore'
  const child: ChildProcess = spawn(command, args, {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      TANDEM_DEMO: '0',
      TANDEM_ADMIN_TOKEN: OPERATOR_TOKEN,
      ...options.env,
    },
    stdio: ['ignore', stdout, 'inherit'],
    ...(options.uid === undefined ? {} : { uid: options.uid }),
    ...(options.gid === undefined ? {} : { gid: options.gid }),
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
  const readyMs = await answered(options.waitFor ?? '/ready')
  return {
    base,
    readyMs,
    answered,
    /** true while the process runs */
    alive: () => !exited,
    stop: () =>
      new Promise<void>((done) => {
        if (exited) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
      }),
  }
}

export type ServerProcess = Awaited<ReturnType<typeof startServerProcess>>

/**
 * Starts the server bundle on `databaseUrl` for a start that is expected to fail: resolves with its
 * exit code and everything it printed, or kills it (exit code null) when it is still running after
 * `withinMs`.
 */
export const startExpectingExit = async (
  databaseUrl: string,
  options: ServerProcessOptions = {},
  withinMs = 20_000,
) => {
  buildServer()
  const child = spawn(process.execPath, [serverMain], {
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(await freePort()),
      TANDEM_DEMO: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.uid === undefined ? {} : { uid: options.uid }),
    ...(options.gid === undefined ? {} : { gid: options.gid }),
  })
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr?.on('data', (chunk) => {
    stderr += chunk
  })
  const timer = setTimeout(() => child.kill('SIGKILL'), withinMs)
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  clearTimeout(timer)
  return { code, stdout, stderr }
}
