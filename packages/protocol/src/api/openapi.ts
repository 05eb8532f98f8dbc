import * as z from 'zod/mini';
import { ErrorBody } from './errors.js';
import { API_BASE, MAX_BODY_BYTES, type ApiRoute, type Audience } from './route.js';
import { apiRoutes } from './routes.js';

/** A JSON value of an OpenAPI document. */
type Json = Record<string, unknown>;

/** The two published documents: the partner API, and the API the host calls for citizens and authorities. */
export const OPENAPI_DOCUMENTS = {
  partner: {
    audiences: ['partner'],
    title: 'Citadel partner API',
    description: 'What a partner backend calls, authenticated by HTTP Basic with the app\'s client id and secret.',
  },
  developer: {
    audiences: ['developer'],
    title: 'Citadel developer API',
    description: 'What the developer console calls for a signed-in member of a partner organisation (session cookie of the console\'s origin) or a reviewer; its app routes also take the app\'s client id and secret (HTTP Basic), for CI pipelines.',
  },
  citizen: {
    audiences: ['public', 'citizen', 'authority'],
    title: 'Citadel citizen API',
    description: 'What the host calls for the signed-in citizen (session cookie) and for authority accounts; state-changing calls must come from the host\'s own origin.',
  },
} as const satisfies Record<string, { audiences: readonly Audience[]; title: string; description: string }>;

/** Which OpenAPI document. */
export type OpenApiDocumentName = keyof typeof OPENAPI_DOCUMENTS;

/**
 * JSON Schema 2020-12 of a schema, as OpenAPI 3.1 takes it: what a client sends (`input`) or
 * receives (`output`). Checks JSON Schema cannot express (refinements) are left to the server.
 */
const jsonSchema = (schema: z.ZodMiniType, io: 'input' | 'output'): Json => {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Json;
  return rest;
};

const parametersOf = (schema: z.ZodMiniObject | undefined, where: 'path' | 'query'): Json[] => {
  if (!schema) return [];
  const object = jsonSchema(schema, 'input') as { properties?: Record<string, Json>; required?: string[] };
  return Object.entries(object.properties ?? {}).map(([name, property]) => ({
    name, in: where, required: where === 'path' || (object.required ?? []).includes(name), schema: property,
  }));
};

const idempotencyHeader = (route: ApiRoute): Json[] => (route.idempotency === undefined ? [] : [{
  name: 'Idempotency-Key',
  in: 'header',
  required: route.idempotency === 'required',
  description: 'A key of 1 to 255 visible ASCII characters: a retry with the same key and request answers the first result (`Idempotent-Replayed: true`); the same key with another request is 409 `IDEMPOTENCY_KEY_REUSED`.',
  schema: { type: 'string', pattern: '^[\\x21-\\x7e]{1,255}$' },
}]);

const lastEventIdHeader = (route: ApiRoute): Json[] => (route.eventStream === undefined ? [] : [{
  name: 'Last-Event-ID',
  in: 'header',
  required: false,
  description: 'The id of the last event received: the stream resumes after it (the browser sends it when it reconnects).',
  schema: { type: 'string', pattern: '^\\d{1,18}$' },
}]);

const requestBodyOf = (route: ApiRoute): Json | undefined => {
  const limit = `At most ${route.bodyLimit ?? MAX_BODY_BYTES} bytes.`;
  if (route.body) return { required: true, description: limit, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } };
  if (route.rawBody) return { required: true, description: limit, content: { [route.rawBody]: { schema: { type: 'string' } } } };
  return undefined;
};

const responsesOf = (route: ApiRoute): Json => {
  const responses: Json = {};
  for (const [status, schema] of Object.entries(route.responses)) {
    responses[status] = schema === null
      ? { description: 'No content.' }
      : { description: status === '201' ? 'Created.' : 'OK.', content: { 'application/json': { schema: jsonSchema(schema, 'output') } } };
  }
  if (route.eventStream) {
    const events = Object.keys(route.eventStream).map((name) => `\`${name}\``).join(', ');
    responses['200'] = {
      description: `A stream of Server-Sent Events (${events}); each event's \`data\` is JSON, its schema under \`x-events\`.`,
      content: { 'text/event-stream': { schema: { type: 'string' } } },
      'x-events': Object.fromEntries(Object.entries(route.eventStream).map(([name, schema]) => [name, jsonSchema(schema, 'output')])),
    };
  }
  responses['default'] = { description: 'An error: `{ code, message }` and the members its code documents.', content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } } };
  return responses;
};

const securityOf = (route: ApiRoute): Json[] | undefined =>
  route.audience === 'partner' ? [{ partnerBasic: [] }]
    : route.audience === 'public' ? []
    : route.audience === 'developer' && route.path.startsWith('/apps/') ? [{ session: [] }, { partnerBasic: [] }]
    : [{ session: [] }];

/** The operation of one route; its `operationId` is the route's name in `apiRoutes`. */
const operationOf = (name: string, route: ApiRoute): Json => {
  const requestBody = requestBodyOf(route);
  return {
    operationId: name,
    summary: route.summary,
    ...(route.audience === 'authority' ? { description: 'Only for an account with the `authority` role.' } : {}),
    tags: [route.audience],
    parameters: [...parametersOf(route.params, 'path'), ...parametersOf(route.query, 'query'), ...idempotencyHeader(route), ...lastEventIdHeader(route)],
    ...(requestBody ? { requestBody } : {}),
    responses: responsesOf(route),
    security: securityOf(route),
  };
};

/**
 * The OpenAPI 3.1 document of one API, generated from `apiRoutes` and their zod schemas: the
 * server serves it (`/api/partner/v1/openapi.json`, `/api/openapi.json`) and the API page is
 * generated from it. `serverUrl` is the origin the API is reached at. Paths are relative to the
 * document's server, which includes the API base.
 */
export function openApiDocument(name: OpenApiDocumentName, serverUrl: string, version: string): Json {
  const spec = OPENAPI_DOCUMENTS[name];
  const audiences: readonly Audience[] = spec.audiences;
  const paths: Record<string, Json> = {};
  for (const [operationId, route] of Object.entries(apiRoutes) as Array<[string, ApiRoute]>) {
    if (!audiences.includes(route.audience)) continue;
    const path = route.path.replace(/:(\w+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operationOf(operationId, route) };
  }
  return {
    openapi: '3.1.0',
    info: { title: spec.title, version, description: spec.description },
    servers: [{ url: serverUrl + API_BASE[spec.audiences[0]] }],
    paths,
    components: {
      schemas: { ErrorBody: jsonSchema(ErrorBody, 'output') },
      securitySchemes: {
        partnerBasic: { type: 'http', scheme: 'basic', description: 'The app\'s client id as the user name and its client secret as the password.' },
        session: { type: 'apiKey', in: 'cookie', name: 'citadel_session', description: 'The session cookie `POST /auth/signin` sets (host-only, `SameSite=Strict`).' },
      },
    },
  };
}
