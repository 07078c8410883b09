var __webpack_exports__ = {};
// Action entry (post step): stop an engine the main step left running. See src/action/.
process.exitCode = 0;


