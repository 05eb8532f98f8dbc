import { describe } from 'vitest';
import { createMemoryStorage } from '../src/storage/memory.js';
import { storageContract } from './storage-contract.js';

describe('memory storage provider', () => {
  storageContract((quotaBytes) => createMemoryStorage({ quotaBytes }));
});
