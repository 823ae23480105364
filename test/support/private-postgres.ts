import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { chownSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { freePort } from './free-port.ts'

/** Debian's PostgreSQL binaries, newest major version first. */
const binaries = (): string => {
  const root = '/usr/lib/postgresql'
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((version) => existsSync(join(root, version, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : []
  if (versions.length === 0) throw new Error(`no PostgreSQL binaries under ${root}/*/bin`)
  return join(root, versions[0]!, 'bin')
}

/** PostgreSQL refuses to run as root; as root, the cluster runs as the `postgres` user instead. */
const clusterUser = (): { readonly uid: number; readonly gid: number } | undefined => {
  if (process.getuid?.() !== 0) return undefined
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith('postgres:'))
  if (!line) throw new Error('running as root and no postgres user to run a private cluster as')
  const [, , uid, gid] = line.split(':')
  return { uid: Number(uid), gid: Number(gid) }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** The pids of a process's children, from /proc (the backends of a postmaster). */
const childrenOf = (pid: number): number[] =>
  readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .flatMap((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        // Fields after the command (which may hold spaces), from the last ')': state, ppid, …
        const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
        return Number(ppid) === pid && state !== 'Z' ? [Number(entry)] : []
      } catch {
        return []
      }
    })

export interface PrivateCluster {
  /** `postgres://postgres@127.0.0.1:<port>/postgres` */
  readonly url: string
  /** kill -9 of the postmaster, as a crash of the server or its machine would end it */
  kill(): Promise<void>
  /** a fast shutdown (`pg_ctl stop -m fast`): every session is ended with 57P01 first */
  stop(): Promise<void>
  /** starts it again on the same data directory (crash recovery) and waits until it accepts queries */
  start(): Promise<void>
  /** SIGSTOP of the postmaster and every backend: a server that holds its connections and answers nothing */
  freeze(): void
  thaw(): void
  /** stops it and removes its data directory */
  remove(): Promise<void>
  /** what the postmaster logged, for a failing test's message */
  log(): string
}

/**
 * A PostgreSQL cluster of the test's own: initdb into a temp directory, its own port and socket
 * directory, so a fault test can kill, freeze and restart it without touching the shared server
 * other engineers' tests use.
 */
export const startPrivateCluster = async (
  options: { readonly port?: number } = {},
): Promise<PrivateCluster> => {
  const bin = binaries()
  const user = clusterUser()
  const folder = mkdtempSync(join(tmpdir(), 'tandem-pg-'))
  if (user) chownSync(folder, user.uid, user.gid)
  const data = join(folder, 'data')
  const logFile = join(folder, 'postmaster.log')
  const asUser = user ? { uid: user.uid, gid: user.gid } : {}
  execFileSync(
    join(bin, 'initdb'),
    ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--no-sync'],
    {
      ...asUser,
      stdio: 'ignore',
    },
  )
  const port = options.port ?? (await freePort())
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`
  let postmaster: ChildProcess | undefined

  const accepts = async () => {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 })
    client.on('error', () => undefined)
    try {
      await client.connect()
      await client.query('select 1')
      return true
    } catch {
      return false
    } finally {
      await client.end().catch(() => undefined)
    }
  }

  const start = async () => {
    const deadline = Date.now() + 30_000
    // After a kill -9 the old backends take a moment to notice and exit; until then the new
    // postmaster refuses to start on their shared memory, so it is started again until it stays up.
    while (Date.now() < deadline) {
      const out = openSync(logFile, 'a')
      const child = spawn(
        join(bin, 'postgres'),
        [
          '-D',
          data,
          '-p',
          String(port),
          '-k',
          folder,
          '-c',
          'listen_addresses=127.0.0.1',
          '-c',
          'max_connections=60',
        ],
        { ...asUser, stdio: ['ignore', out, out] },
      )
      let exited = false
      child.once('exit', () => {
        exited = true
      })
      while (!exited && Date.now() < deadline) {
        if (await accepts()) {
          postmaster = child
          return
        }
        await sleep(100)
      }
      await sleep(200)
    }
    throw new Error(`the private PostgreSQL did not start:\n${readFileSync(logFile, 'utf8')}`)
  }

  const signalAll = (signal: NodeJS.Signals) => {
    const pid = postmaster?.pid
    if (pid === undefined) return
    for (const target of [...childrenOf(pid), pid]) {
      try {
        process.kill(target, signal)
      } catch {
        // A backend that ended between listing and signalling needs no signal.
      }
    }
  }

  await start()
  return {
    url,
    async kill() {
      const child = postmaster
      if (!child || child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGKILL')
      await exited
      postmaster = undefined
    },
    async stop() {
      const child = postmaster
      if (!child || child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGINT')
      await exited
      postmaster = undefined
    },
    start,
    freeze: () => signalAll('SIGSTOP'),
    thaw: () => signalAll('SIGCONT'),
    async remove() {
      const child = postmaster
      if (child && child.exitCode === null) {
        signalAll('SIGCONT')
        const exited = new Promise((resolve) => child.once('exit', resolve))
        child.kill('SIGINT') // fast shutdown
        await exited
      }
      rmSync(folder, { recursive: true, force: true })
    },
    log: () => readFileSync(logFile, 'utf8'),
  }
}
