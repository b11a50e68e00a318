import { defineConfig, mergeConfig } from 'vitest/config';
import { sharedTestConfig } from '../../vitest.shared.js';

// One test file at a time: the pathological-input suite times 1 MB parses, and sharing the two
// cores with the property tests would make those timings measure the machine, not the parser.
export default mergeConfig(sharedTestConfig, defineConfig({ test: { fileParallelism: false } }));
