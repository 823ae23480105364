import { type ChildProcess, spawn } from 'node:child_process'
import { Agent, createServer, type IncomingMessage, request, type ServerResponse } from 'node:http'
import { pathToFileURL } from 'node:url'
import { freePort } from '../../support/free-port.ts'

/**
 * The balancer in front of two server instances: a small round-robin HTTP/1.1 proxy, each request
 * to the next upstream in turn over kept-alive connections (the small bodies read first), the reply
 * streamed back unchanged. An upstream that refuses the connection is answered 502, which the bench
 * counts as a 5xx: a balancer that hides a dead instance would hide what is measured.
 */
export const serveRoundRobin = (port: number, upstreams: readonly URL[]) => {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 })
  let next = 0
  const forward = (incoming: IncomingMessage, outgoing: ServerResponse, body: Buffer, retried: boolean) => {
    const upstream = upstreams[next++ % upstreams.length]!
    const forwarded = request(
      {
        agent,
        host: upstream.hostname,
        port: upstream.port,
        method: incoming.method,
        path: incoming.url,
        headers: incoming.headers,
      },
      (reply) => {
        outgoing.writeHead(reply.statusCode ?? 502, reply.headers)
        reply.pipe(outgoing)
      },
    )
    forwarded.on('error', (error: NodeJS.ErrnoException) => {
      // An upstream may close a kept-alive connection just as it is reused; the request never
      // reached it, so it is sent once more on a fresh connection, as balancers do.
      if (!retried && forwarded.reusedSocket && error.code === 'ECONNRESET')
        return forward(incoming, outgoing, body, true)
      if (!outgoing.headersSent) outgoing.writeHead(502).end()
      else outgoing.destroy()
    })
    forwarded.end(body)
  }
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => forward(incoming, outgoing, Buffer.concat(chunks), false))
  })
  server.keepAliveTimeout = 60_000
  server.listen(port, '127.0.0.1')
  return server
}

/**
 * Starts the proxy in a process of its own (as a real balancer would be), so it does not share the
 * load generator's event loop; resolves once it accepts connections.
 */
export const startRoundRobinProxy = async (upstreams: readonly string[]) => {
  const port = await freePort()
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', import.meta.filename, String(port), ...upstreams],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  )
  const base = `http://127.0.0.1:${port}`
  for (let tries = 0; ; tries++) {
    const up = await fetch(`${base}/health`).then(
      (response) => response.ok,
      () => false,
    )
    if (up) break
    if (tries > 300) throw new Error('the round-robin proxy did not start')
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  return {
    base,
    stop: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null) return done()
        child.once('exit', () => done())
        child.kill('SIGTERM')
      }),
  }
}

// `node --import tsx round-robin-proxy.ts <port> <upstream>…` runs the proxy.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [port, ...upstreams] = process.argv.slice(2)
  serveRoundRobin(
    Number(port),
    upstreams.map((upstream) => new URL(upstream)),
  )
}
