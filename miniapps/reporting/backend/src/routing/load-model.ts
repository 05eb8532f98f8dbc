import { readFileSync } from 'node:fs';
import { parseKeywordModel, type KeywordModel } from './keyword-model.js';

/** The model shipped with the backend: `model/keywords.json` next to `src/` and `dist/`. */
export const DEFAULT_MODEL_FILE = new URL('../../model/keywords.json', import.meta.url);

/** Reads and checks the keyword model at `file` (default: the shipped one); throws on a broken model. */
export function loadKeywordModel(file: string | URL = DEFAULT_MODEL_FILE): KeywordModel {
  return parseKeywordModel(JSON.parse(readFileSync(file, 'utf8')));
}
