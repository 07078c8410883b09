/** A request body carrying this makes crashing-load-thread.ts throw, as a dying load thread would. */
export const CRASH_MARKER = '[[crash-this-thread]]';
