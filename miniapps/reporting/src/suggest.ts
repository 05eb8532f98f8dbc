// The backend's own matcher, run in the browser for the live preview (the backend routes again on submit).
export { suggest, type Suggestion, type MatchedWord } from '../backend/src/routing/suggest.js';
export { findAgency } from '../backend/src/routing/keyword-model.js';
