export { connect } from './connect.js';
export type { Client, ConnectOptions } from './types.js';
export { CitadelError, ErrorCode, isCitadelError } from '@citadel/protocol';
export type {
  ErrorCode as ErrorCodeName, EventData, EventName, LaunchContext, MethodName, MethodParams, MethodResult,
  Position, Theme, Insets, Accuracy, IdentityClaim,
} from '@citadel/protocol';
