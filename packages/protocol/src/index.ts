export { PROTOCOL_VERSION, compareVersions, type ProtocolVersion } from './version.js';
export { ErrorCode, CitadelError, isCitadelError, isErrorCode, type SerializedError } from './errors.js';
export { Permission, permissionNames } from './permissions.js';
export {
  LocalizedText, Empty, StorageKey, Json, Accuracy, Position, Theme, Insets, IdentityClaim,
} from './schemas.js';
export {
  methods, methodNames, commonErrors, isMethodName,
  type MethodSpec, type Methods, type MethodName, type MethodParams, type MethodResult, type Namespace,
} from './registry.js';
export { events, type Events, type EventName, type EventData } from './events.js';
export {
  MessageType, isHello, isWelcome, isRefused, isCallMessage, isResultMessage, isPing, isPong, isEventMessage, isClosedMessage,
  type HelloMessage, type WelcomeMessage, type RefusedMessage, type CallMessage, type ResultMessage, type CallOutcome,
  type PingMessage, type PongMessage, type EventMessage, type ClosedMessage, type LaunchContext,
} from './wire.js';
export {
  Manifest, AppId, RESERVED_APP_IDS, TopicId, DeepLinkPrefix, NotificationsSection, isAllowedDeepLink, MAX_DEEP_LINK_LENGTH, categories, manifestOrigin,
  type Category,
} from './manifest.js';
export { isLoopbackHost, isLocalhostName } from './address/loopback.js';
export { classifyAddress, type AddressClass } from './address/address-class.js';
export { parseIpAddress, type AddressBytes } from './address/ip-address.js';
export { siteOf, isSameSite } from './address/site.js';
