import { RuleId } from '@tandem/domain'
import { MAX_COMMANDS } from '../commands/command-body.ts'
import { TEAM_QUERIES } from '../projections/team-queries.ts'
import { commandBodySchemas } from './command-schemas.ts'

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})

const ERRORS = {
  400: errorResponse('Input fails the schema; every failing field is listed in `issues`.'),
  401: errorResponse('Not logged in.'),
  403: errorResponse(
    'Role or team does not allow this (`NotAllowedForRole` says who may), or the CSRF token is missing.',
  ),
  404: errorResponse('Not found.'),
}

const json = (description: string) => ({ description, content: { 'application/json': { schema: {} } } })

const queryParameters = [
  { name: 'teamId', in: 'path', required: true, schema: { type: 'string' } },
  {
    name: 'asOf',
    in: 'query',
    description: 'A log position or an ISO 8601 moment: the state as the log held it then.',
    schema: { type: 'string' },
  },
  { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 500, default: 100 } },
  { name: 'offset', in: 'query', schema: { type: 'integer', minimum: 0, default: 0 } },
]

const teamPath = [queryParameters[0]!]
const asOfParameter = queryParameters[1]!
const caseParameter = { name: 'caseId', in: 'path', required: true, schema: { type: 'string' } }

/** The routes beside the per-projection queries, each `{ teamId, asOf: { position, date }, data }`. */
const teamReadPaths = {
  '/api/teams/{teamId}/cases/{caseId}': {
    get: {
      summary:
        'One case: weight and its parts, needsRegistration, regisseur and members with names and registration standing, exemptions, tandem contact, plans, status',
      parameters: [...teamPath, caseParameter, asOfParameter],
      responses: { 200: json('The domain caseDetail as of now or asOf.'), ...ERRORS },
    },
  },
  '/api/teams/{teamId}/planner/cases/{caseId}': {
    get: {
      summary:
        'Candidates for regie (and tandem pairs, gezinshuis experts) of one case waiting for regie; records nothing',
      parameters: [...teamPath, caseParameter, asOfParameter],
      responses: {
        200: json('The domain Ranking.'),
        ...ERRORS,
        409: errorResponse('The case has a regisseur in order: nothing to plan.'),
      },
    },
  },
  '/api/teams/{teamId}/planner/cases/{caseId}/commands': {
    get: {
      summary:
        "The commands that record the meeting's own choice for a case waiting for regie (an edited proposal item), release of a regisseur no longer fit included; records nothing",
      parameters: [
        ...teamPath,
        caseParameter,
        asOfParameter,
        ...['regisseur', 'practitioner', 'expert'].map((name) => ({
          name,
          in: 'query',
          required: name === 'regisseur',
          description: `The chosen ${name}'s professional id.`,
          schema: { type: 'string' },
        })),
      ],
      responses: {
        200: json('`{ commands }`: the commands to POST, in order.'),
        ...ERRORS,
        409: errorResponse('The case has a regisseur in order: nothing to plan.'),
      },
    },
  },
  '/api/teams/{teamId}/planner/meeting': {
    get: {
      summary:
        'A proposal for every case waiting for regie; each item carries `commands` to POST when accepted; records nothing',
      parameters: [...teamPath, asOfParameter],
      responses: { 200: json('The domain MeetingProposal, items with `commands`.'), ...ERRORS },
    },
  },
  '/api/teams/{teamId}/timeline': {
    get: {
      summary:
        "The team's events newest first, with actor account id, the account's display name (null once erased) and role (coach, auditor)",
      parameters: [
        ...teamPath,
        asOfParameter,
        {
          name: 'from',
          in: 'query',
          description: 'The newest position to include.',
          schema: { type: 'integer', minimum: 1 },
        },
        queryParameters[2]!,
      ],
      responses: {
        200: json('`data`: events; `page.next`: the `from` of the next, older page, or null.'),
        ...ERRORS,
      },
    },
  },
}

/** The body of `/api/decisions` and its preview: the commands and the envelope options beside them. */
const decisionBody = {
  required: true,
  content: {
    'application/json': {
      schema: {
        type: 'object',
        required: ['commands'],
        additionalProperties: false,
        properties: {
          commands: {
            type: 'array',
            minItems: 1,
            maxItems: MAX_COMMANDS,
            items: { $ref: '#/components/schemas/Command' },
          },
          expectedVersion: { type: 'integer', minimum: 0 },
          commandId: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$' },
          meetingId: {
            type: 'string',
            description:
              'The meeting this is decided in; refused (MeetingNotOpen) unless that meeting is open.',
          },
        },
      },
    },
  },
}

/** The OpenAPI 3.1 document of the API, built once at start-up from the domain's command schemas. */
export const openApiDocument = () => {
  const { bodies, shared } = commandBodySchemas()
  const types = Object.keys(bodies)
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tandem API',
      version: '0.1.0',
      description:
        'Caseload and tandem planning for youth-care teams. Every change is a command; every screen a projection of the event log.',
    },
    components: {
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer' },
        session: { type: 'apiKey', in: 'cookie', name: 'tandem_session' },
      },
      schemas: {
        ...shared,
        ...Object.fromEntries(types.map((type) => [type, bodies[type]])),
        Command: {
          oneOf: types.map((type) => ({ $ref: `#/components/schemas/${type}` })),
          discriminator: { propertyName: 'type' },
        },
        Error: {
          type: 'object',
          required: ['error'],
          properties: {
            error: {
              type: 'object',
              required: ['code', 'message', 'issues'],
              properties: {
                code: { type: 'string' },
                rule: {
                  type: 'string',
                  enum: [...RuleId.literals],
                  description:
                    'The rule of the norm (docs/architecture.md#the-rules) a domain rejection enforces, when it names one.',
                },
                index: {
                  type: 'integer',
                  description: 'For a decision or its preview: which command of the list failed.',
                },
                message: {
                  type: 'object',
                  required: ['nl', 'en'],
                  properties: { nl: { type: 'string' }, en: { type: 'string' } },
                },
                issues: {
                  type: 'array',
                  items: {
                    type: 'object',
                    required: ['path', 'message'],
                    properties: { path: { type: 'string' }, message: { type: 'string' } },
                  },
                },
              },
            },
          },
        },
      },
    },
    security: [{ bearer: [] }, { session: [] }],
    paths: {
      '/api/commands': {
        post: {
          summary: 'Give a command to a team',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Command' } } },
          },
          responses: {
            201: json('The recorded events, the new log position and the team stream version.'),
            ...ERRORS,
            409: errorResponse('Stale expectedVersion, or the team kept changing concurrently.'),
            413: errorResponse('Body over 64 KB.'),
            422: errorResponse('The domain rejected the command; `code` is stable.'),
          },
        },
      },
      '/api/decisions': {
        post: {
          summary: `Record one decision of 1–${MAX_COMMANDS} commands of one team, decided in order and appended in one transaction (all or nothing)`,
          requestBody: decisionBody,
          responses: {
            201: json(
              'The recorded events of every command, the new log position and the team stream version.',
            ),
            ...ERRORS,
            409: errorResponse('Stale expectedVersion, or the team kept changing concurrently.'),
            413: errorResponse('Body over 64 KB.'),
            422: errorResponse('The domain rejected command `error.index`; nothing was recorded.'),
          },
        },
      },
      '/api/commands/preview': {
        post: {
          summary:
            'Decide a decision exactly as /api/decisions would, without recording it: events, balance before and after, norm gaps after',
          requestBody: decisionBody,
          responses: {
            200: json('`{ events: [{ type, data }], before, after, normGaps }`; nothing is appended.'),
            ...ERRORS,
            422: errorResponse('The domain would reject command `error.index`.'),
          },
        },
      },
      '/api/teams': {
        get: {
          summary: 'The teams the caller may see: `{ data: [{ teamId, name }] }`',
          responses: { 200: json('The teams.'), 401: ERRORS[401] },
        },
      },
      ...teamReadPaths,
      ...Object.fromEntries(
        TEAM_QUERIES.map((query) => [
          `/api/teams/{teamId}/${query.name}`,
          {
            get: {
              summary: query.summary,
              parameters: queryParameters,
              responses: { 200: json('The projection as of now or asOf.'), ...ERRORS },
            },
          },
        ]),
      ),
      '/api/teams/{teamId}/live': {
        get: {
          summary:
            'Server-Sent Events: one `appended` event per recorded batch of the team; `Last-Event-ID` replays what was missed',
          parameters: [queryParameters[0]],
          responses: { 200: { description: 'text/event-stream' }, ...ERRORS },
        },
      },
      '/api/audit/export': {
        get: {
          summary: 'The whole log as NDJSON, from a position (auditor)',
          parameters: [{ name: 'from', in: 'query', schema: { type: 'integer', minimum: 1 } }],
          responses: { 200: { description: 'application/x-ndjson' }, ...ERRORS },
        },
      },
      '/api/audit/verify': {
        get: {
          summary: 'Verify the hash chain (auditor, admin)',
          responses: { 200: json('The report.'), ...ERRORS },
        },
      },
      '/api/auth/login': { post: { summary: 'Log in (sets the session cookie, returns the CSRF token)' } },
      '/api/auth/logout': { post: { summary: 'Log out' } },
      '/api/auth/me': { get: { summary: 'The logged-in account and CSRF token' } },
      '/api/auth/session': {
        get: {
          summary:
            'The logged-in account and CSRF token, or `{ account: null }` without a session (never 401)',
        },
      },
      '/api/auth/tokens': { post: { summary: 'A bearer token for scripts, for the logged-in account' } },
      '/api/setup': { post: { summary: 'Create the first admin with the one-time setup token' } },
      '/api/accounts': {
        get: { summary: 'Accounts (admin)' },
        post: { summary: 'Create an account (admin)' },
      },
      '/api/accounts/{accountId}': {
        get: { summary: 'One account (admin)' },
        patch: { summary: 'Change an account (admin)' },
        delete: { summary: 'Erase an account and its personal data (admin)' },
      },
      '/api/accounts/{accountId}/tokens': {
        post: { summary: 'A bearer token for a script, for an account (admin)' },
      },
      '/api/openapi.json': { get: { summary: 'This document', security: [] } },
      '/health': { get: { summary: 'Liveness: 200 while the process runs', security: [] } },
      '/ready': {
        get: {
          summary:
            'Readiness: 200 when the database answers, the projections are caught up and the migrations ran; 503 with each check otherwise',
          security: [],
        },
      },
      '/metrics': { get: { summary: 'Prometheus metrics', security: [] } },
    },
  }
}
