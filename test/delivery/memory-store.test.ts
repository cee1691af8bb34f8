import { createMemoryStore } from '../../src/core/delivery/memory-store.js';
import { testDeliveryStore } from './store-contract.js';

testDeliveryStore('memory', async () => ({ store: createMemoryStore() }));
