// Test configuration: every test under tests/, generous timeouts for the process-spawning e2e tests.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Spawned CLIs and browsers compete for the 2 cores of CI machines.
    maxWorkers: 2,
  },
});
