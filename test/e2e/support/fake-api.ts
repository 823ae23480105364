import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join } from 'node:path'

/**
 * A stand-in for the Tandem API with the response shapes of the real one (`{ teamId, asOf, data }`,
 * the domain's projections, `{ error: { code, message: { nl, en }, issues } }`), serving the web
 * build. It lets the browser tests check every screen, keyboard use and axe while the real server
 * is still being assembled; the rules here are canned answers, not a second domain.
 */
const member = (
  id: string,
  name: string,
  parts: { caseId: string; reference: string; role: string; weight: number; factor: number }[],
) => {
  const load = parts.reduce((sum, p) => sum + p.weight * p.factor, 0)
  return {
    professionalId: id,
    name,
    load: { points: load, parts: parts.map((p) => ({ ...p, points: p.weight * p.factor })) },
    capacity: { points: 40, contractHours: 36, fte: 1, pointsPerFte: 40, starterFactor: 1, presentShare: 1 },
    ratio: load / 40,
    overloaded: load / 40 > 1.1,
  }
}

export const startFakeApi = async (
  distDir: string,
): Promise<{ readonly url: string; readonly close: () => Promise<void> }> => {
  let position = 40
  const live = new Set<ServerResponse>()
  const parts: Record<
    string,
    { caseId: string; reference: string; role: string; weight: number; factor: number }[]
  > = {
    p1: [{ caseId: 'c7', reference: '2026-007', role: 'regisseur', weight: 4, factor: 1 }],
    p2: [{ caseId: 'c8', reference: '2026-008', role: 'regisseur', weight: 46, factor: 1 }],
    p3: [],
  }
  const names: Record<string, string> = { p1: 'Anouk de Vries', p2: 'Bram Jansen', p3: 'Chris Bakker' }
  let newCases = [
    {
      caseId: 'c1',
      reference: '2026-041',
      receivedOn: '2026-11-16',
      expertiseNeeded: [],
      assessed: false,
      daysWaiting: 7,
    },
  ]
  let openMeeting: { id: string; heldOn: string; present: string[] } | null = null
  const sessions: {
    id: string
    kind: string
    on: string
    hours: number
    participants: string[]
    status: string
  }[] = []
  const balance = () => {
    const members = Object.keys(names).map((id) => member(id, names[id]!, parts[id]!))
    const load = members.reduce((s, m) => s + m.load.points, 0)
    return {
      asOf: '2026-11-23',
      members,
      team: { load, capacity: 120, ratio: load / 120, unplacedPoints: 0 },
    }
  }
  const figures = (held: number) => ({
    norm: 8,
    planned: 2,
    held,
    cancelledForWorkload: 0,
    averageGrade: held ? 7.5 : null,
    becameCaseDiscussion: 0,
  })
  const queries: Record<string, () => unknown> = {
    balance,
    agenda: () => ({
      asOf: '2026-11-23',
      newCases,
      unassignedRegie: newCases.map((c) => ({
        caseId: c.caseId,
        reference: c.reference,
        reason: 'no-regisseur',
        indicatorCount: 0,
        waitingSince: c.receivedOn,
        daysWaiting: 7,
      })),
      overloaded: balance().members.filter((m) => m.overloaded),
      tandemsOverdue: [],
      registrations: [
        {
          professionalId: 'p2',
          name: names.p2,
          register: 'SKJ',
          status: 'expiring',
          date: '2027-01-10',
          days: 48,
        },
      ],
      openSignals: [],
      openMeeting,
    }),
    'unassigned-regie': () => (queries.agenda!() as { unassignedRegie: unknown }).unassignedRegie,
    reflection: () => [
      {
        from: '2026-11-02',
        until: '2026-11-29',
        team: figures(sessions.some((s) => s.status === 'held') ? 2 : 0),
        members: Object.keys(names).map((id) => ({ professionalId: id, name: names[id], ...figures(0) })),
      },
    ],
    tandems: () =>
      parts.p3!.length
        ? [
            {
              caseId: 'c1',
              reference: '2026-041',
              regisseurId: 'p1',
              practitionerId: 'p3',
              intervalDays: 14,
              since: '2026-11-23',
              lastContactOn: null,
              dueOn: '2026-12-07',
              overdueDays: 0,
            },
          ]
        : [],
    'norm-audit': () => ({ asOf: '2026-11-23', exemptions: [], deviations: [] }),
    'my-week': () => ({
      professionalId: 'p1',
      asOf: '2026-11-23',
      balance: balance().members[0],
      cases: balance().members[0]!.load.parts,
      tandems: [],
      nextReflection: sessions.find((x) => x.status === 'planned' && x.participants.includes('p1')) ?? null,
      openSignals: [],
    }),
  }
  const send = (res: ServerResponse, status: number, body: unknown) => {
    res.writeHead(status, { 'content-type': 'application/json' })
    res.end(JSON.stringify(body))
  }
  const reject = (res: ServerResponse, status: number, code: string, nl: string, en: string) =>
    send(res, status, { error: { code, message: { nl, en }, issues: [] } })
  const record = (res: ServerResponse, type: string) => {
    position += 1
    for (const client of live) client.write(`event: append\ndata: {"position":${position}}\n\n`)
    send(res, 201, { events: [{ position, type }], position })
  }
  const command = (res: ServerResponse, c: Record<string, unknown>) => {
    switch (c.type) {
      case 'AssignRegie':
        if (c.professionalId === 'p3' && !c.exemption)
          return reject(
            res,
            422,
            'RegistrationRequired',
            'Deze casus vraagt een geregistreerde regisseur (R2).',
            'This case needs a registered regisseur (R2).',
          )
        parts[String(c.professionalId)]!.push({
          caseId: 'c1',
          reference: '2026-041',
          role: 'regisseur',
          weight: 4.5,
          factor: 0.7,
        })
        newCases = []
        return record(res, 'RegieAssigned')
      case 'AddCaseMember':
        parts[String(c.professionalId)]!.push({
          caseId: 'c1',
          reference: '2026-041',
          role: 'tandem-practitioner',
          weight: 4.5,
          factor: 0.6,
        })
        return record(res, 'CaseMemberAdded')
      case 'OpenMeeting':
        openMeeting = { id: String(c.meetingId), heldOn: '2026-11-23', present: c.present as string[] }
        return record(res, 'MeetingOpened')
      case 'PlanReflectionSession':
        sessions.push({
          id: String(c.sessionId),
          kind: String(c.kind),
          on: String(c.on),
          hours: Number(c.hours),
          participants: c.participants as string[],
          status: 'planned',
        })
        return record(res, 'ReflectionSessionPlanned')
      case 'HoldReflectionSession':
        for (const s of sessions) if (s.id === c.sessionId) s.status = 'held'
        return record(res, 'ReflectionSessionHeld')
      default:
        return record(res, String(c.type))
    }
  }
  const readBody = async (req: IncomingMessage) => {
    let text = ''
    for await (const chunk of req) text += chunk
    return text ? (JSON.parse(text) as Record<string, unknown>) : {}
  }
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://x')
    const path = url.pathname
    const loggedIn = /tandem_session=ok/.test(req.headers.cookie ?? '')
    const account = {
      id: 'a1',
      username: 'coach',
      displayName: 'Coach Demo',
      role: 'coach',
      professionalId: 'p1',
      teamIds: ['team-noord'],
    }
    if (path === '/api/auth/login') {
      const body = await readBody(req)
      if (body.password !== 'demo-wachtwoord')
        return reject(
          res,
          401,
          'InvalidLogin',
          'Gebruikersnaam of wachtwoord klopt niet.',
          'User name or password is wrong.',
        )
      res.setHeader('set-cookie', 'tandem_session=ok; Path=/; HttpOnly; SameSite=Strict')
      return send(res, 200, { account, csrfToken: 'csrf-1' })
    }
    if (path.startsWith('/api/') && !loggedIn)
      return reject(res, 401, 'Unauthenticated', 'Log eerst in.', 'Please log in first.')
    if (path === '/api/auth/me') return send(res, 200, { account, csrfToken: 'csrf-1' })
    if (path === '/api/auth/logout') return send(res, 204, null)
    if (path === '/api/commands') {
      if (req.headers['x-csrf-token'] !== 'csrf-1')
        return reject(res, 403, 'CsrfTokenMissing', 'CSRF ontbreekt.', 'CSRF missing.')
      return command(res, await readBody(req))
    }
    if (path === '/api/audit/verify')
      return send(res, 200, { ok: true, eventsChecked: position, head: position })
    if (path === '/api/audit/export') {
      res.writeHead(200, { 'content-type': 'application/x-ndjson' })
      const lines = Array.from({ length: position }, (_, i) =>
        JSON.stringify({
          position: i + 1,
          type: i === 0 ? 'TeamFounded' : 'CaseRegistered',
          data: {},
          metadata: { actor: 'a1', role: 'coach', occurredAt: '2026-11-23T09:00:00Z' },
        }),
      )
      return res.end(`${lines.join('\n')}\n`)
    }
    const team = path.match(/^\/api\/teams\/([^/]+)\/(.+)$/)
    if (team?.[2] === 'live') {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
      res.write(': hello\n\n')
      live.add(res)
      req.on('close', () => live.delete(res))
      return
    }
    const query = team ? queries[team[2]!] : undefined
    if (team && query)
      return send(res, 200, { teamId: team[1], asOf: { position, date: '2026-11-23' }, data: query() })
    if (path.startsWith('/api/')) return reject(res, 404, 'NotFound', 'Niet gevonden.', 'Not found.')
    const file = join(distDir, path === '/' ? 'index.html' : path)
    if (!existsSync(file) || !statSync(file).isFile())
      return reject(res, 404, 'NotFound', 'Niet gevonden.', 'Not found.')
    const type =
      { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html' }[extname(file)] ??
      'application/octet-stream'
    res.writeHead(200, {
      'content-type': type,
      'content-security-policy':
        "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'",
    })
    createReadStream(file).pipe(res)
  }
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => reject(res, 500, 'Bug', String(error), String(error)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        for (const client of live) client.end()
        server.close(() => resolve())
      }),
  }
}
