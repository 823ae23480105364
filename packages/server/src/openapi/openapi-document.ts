import { TEAM_QUERIES } from '../projections/team-queries.ts'
import { commandBodySchemas } from './command-schemas.ts'

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})

const ERRORS = {
  400: errorResponse('Input fails the schema; every failing field is listed in `issues`.'),
  401: errorResponse('Not logged in.'),
  403: errorResponse('Role or team does not allow this (or CSRF token missing).'),
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
      ...Object.fromEntries(
        TEAM_QUERIES.map((query) => [
          `/api/teams/{teamId}/${query.name}`,
          {
            get: {
              summary: `The team's ${query.name} projection`,
              parameters: queryParameters,
              responses: { 200: json('The projection as of now or asOf.'), ...ERRORS },
            },
          },
        ]),
      ),
      '/api/teams/{teamId}/live': {
        get: {
          summary: 'Server-Sent Events: one `appended` event per recorded batch of the team',
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
      '/health': { get: { summary: 'Liveness', security: [] } },
      '/metrics': { get: { summary: 'Prometheus metrics', security: [] } },
    },
  }
}
