import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    // Vitest leaves one core to its own process; on a two-core CI machine that meant one worker
    // and half the machine idle while module import dominates the run.
    maxWorkers: Math.max(2, availableParallelism() - 1),
  },
});
