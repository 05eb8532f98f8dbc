// The alert draft is part of the HTTP contract (the authority console posts it), so it is declared in protocol.
export {
  Severity, AlertCategory, AlertText, LatLon, AREA_LIMITS, AlertArea, AlertDraftShape, MAX_ALERT_DAYS, AlertDraft,
} from '@citadel/protocol/api';
