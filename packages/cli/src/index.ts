// The `citadel` command's work, as functions (issue 15): the bin parses arguments and prints; these do the rest.
export { readBundleSource } from './bundle-source.js';
export { validateBundle, type ValidateOptions } from './validate.js';
export { publishBundle, type PublishedVersion } from './publish.js';
export { readDeveloperEnv, DEVELOPER_ENV_NAMES, type DeveloperEnv } from './developer-env.js';
export { triggerWebhook, type TriggerOptions, type TriggeredDelivery } from './trigger.js';
export { sampleEventData } from './sample-events.js';
export { listenForEvents, type ListenOptions } from './listen.js';
export { readPartnerEnv, type PartnerEnv } from './partner-env.js';
export type { Forwarded } from './forward.js';
export { CliError, isCliError } from './cli-error.js';
export { findingLine, countLine, type ReportedFinding } from './finding-lines.js';
export type { HttpAnswer } from './http-send.js';
