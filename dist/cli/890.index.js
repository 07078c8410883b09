export const id = 890;
export const ids = [890];
export const modules = {

/***/ 23890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   reportCommand: () => (/* binding */ reportCommand)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _run_folder_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87460);
/* harmony import */ var _report_write_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(48963);
/* harmony import */ var _gate_comparison_file_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(41001);
/* harmony import */ var _run_folder_results_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(69817);
/* harmony import */ var _pipeline_gate_step_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(76237);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(70017);








/** What `infergate report RUN_DIR` does once its arguments are parsed: rebuilds the report, names each file written. */
function reportCommand(runDir, opts) {
    const written = (0,_report_write_report_js__WEBPACK_IMPORTED_MODULE_3__/* .writeReport */ .u5)(runDir, { baselineFile: opts.baseline, comparison: comparisonFor(runDir, opts), reportUrl: opts.reportUrl });
    for (const file of [...Object.values(written.files), ...written.stepFiles]) {
        if (file)
            process.stdout.write(`wrote ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.relative)(process.cwd(), file) || file}\n`);
    }
    return _util_errors_js__WEBPACK_IMPORTED_MODULE_7__/* .ExitCode */ .yU.ok;
}
/**
 * The comparison the report shows: --comparison, else the run's own comparison.json (read by the report),
 * else, with --baseline, the gate's decision made here by the one driver (not kept: the report command
 * redraws a run folder, it does not gate it).
 */
function comparisonFor(runDir, opts) {
    if (opts.comparison)
        return (0,_gate_comparison_file_js__WEBPACK_IMPORTED_MODULE_4__/* .readComparisonFile */ .WX)(opts.comparison);
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runDir, _run_folder_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .GATE_FILES */ .Y8.comparison)) || !opts.baseline)
        return undefined;
    const current = (0,_run_folder_results_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readResultsFile */ .B)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(runDir, _run_folder_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_FILES */ .al.results));
    return (0,_pipeline_gate_step_js__WEBPACK_IMPORTED_MODULE_6__.decideGate)(current, (0,_pipeline_gate_step_js__WEBPACK_IMPORTED_MODULE_6__.gateReferenceFromFiles)({ baselineFile: opts.baseline, thresholdsPath: opts.config }), null).comparison;
}


/***/ })

};
