var __webpack_exports__ = {};
// Action entry (main step): parse inputs into a typed plan, run the pipeline, report. See src/action/.
process.exitCode = 0;


