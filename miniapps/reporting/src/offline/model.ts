import type { KeywordModel } from '../api.js';
import type { ReportingStore } from './store.js';

/**
 * The keyword model: the backend's, kept for the next open; the kept one when the backend cannot be reached, so a
 * report can be written offline. Rejects as `fetch` did when none was ever kept.
 */
export async function loadModel(store: ReportingStore, fetchModel: () => Promise<KeywordModel>): Promise<KeywordModel> {
  try {
    const model = await fetchModel();
    await store.put('kept', model, 'model');
    return model;
  } catch (error) {
    const kept = await store.get('kept', 'model');
    if (kept) return kept;
    throw error;
  }
}
