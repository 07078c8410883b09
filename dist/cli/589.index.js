export const id = 589;
export const ids = [589];
export const modules = {

/***/ 83589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   compareCommand: () => (/* binding */ compareCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_parse_value_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(52607);
/* harmony import */ var _pipeline_gate_step_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76237);
/* harmony import */ var _report_markdown_comparison_markdown_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(69707);
/* harmony import */ var _report_comparison_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(15101);
/* harmony import */ var _run_folder_results_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69817);







function parseLast(value) {
    if (value === undefined)
        return undefined;
    const n = (0,_util_parse_value_js__WEBPACK_IMPORTED_MODULE_6__/* .parseWholeNumber */ .oA)(value, 1);
    if (n === undefined)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--last: expected a whole number of runs ≥ 1, got "${value}"`);
    return n;
}
/** What `infergate compare` does once its arguments are parsed: prints the verdict, resolves to the exit code. */
function compareCommand(options) {
    const reference = (0,_pipeline_gate_step_js__WEBPACK_IMPORTED_MODULE_2__.gateReferenceFromFiles)({ baselineFile: options.baseline, last: parseLast(options.last), thresholdsPath: options.config, noiseProfile: options.noiseProfile });
    const { comparison, exitCode } = (0,_pipeline_gate_step_js__WEBPACK_IMPORTED_MODULE_2__.decideGate)((0,_run_folder_results_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readResultsFile */ .B)(options.current), reference, null, options.current);
    process.stdout.write((0,_report_comparison_text_js__WEBPACK_IMPORTED_MODULE_4__.renderComparisonText)(comparison));
    if (options.markdown) {
        try {
            (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(options.markdown, (0,_report_markdown_comparison_markdown_js__WEBPACK_IMPORTED_MODULE_3__/* .renderComparisonMarkdown */ .hm)(comparison));
        }
        catch (error) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`--markdown ${options.markdown}: cannot write the file (${error.code ?? 'error'})`);
        }
    }
    return exitCode;
}


/***/ })

};
