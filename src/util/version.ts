// Kept in step with package.json by test/util/version.test.ts (the bundle cannot read package.json).
export const INFERGATE_VERSION = '0.1.0';
