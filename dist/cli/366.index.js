export const id = 366;
export const ids = [366];
export const modules = {

/***/ 94442:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  scoreCommand: () => (/* binding */ scoreCommand)
});

// UNUSED EXPORTS: aggregatesOf, perPairLines

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/parse-value.ts
var parse_value = __webpack_require__(52607);
// EXTERNAL MODULE: ./src/metrics/rouge/index.ts + 23 modules
var rouge = __webpack_require__(43185);
// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(45201);
// EXTERNAL MODULE: ./src/util/utf8-text.ts
var utf8_text = __webpack_require__(88253);
// EXTERNAL MODULE: ./src/util/jsonl.ts
var jsonl = __webpack_require__(87142);
;// CONCATENATED MODULE: ./src/cli/actions/score-input.ts
/**
 * Reads the `score` command's inputs: two line-aligned text files, or one JSONL file of
 * {reference, prediction} rows. Every problem is an InputError naming the file (and line).
 */




function readText(file) {
    return (0,utf8_text/* decodeUtf8Text */.$y)((0,read_file/* readFileOrFail */._)(file, { what: 'the file' }), file);
}
/** The file's lines; a final newline ends the last line rather than starting an empty one. */
function lines(text) {
    const all = text.split('\n').map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
    if (all.length > 0 && all[all.length - 1] === '')
        all.pop();
    return all;
}
/** Line i of the references pairs with line i of the predictions; an empty prediction line scores 0. */
function readAlignedPairs(referencesFile, predictionsFile) {
    const references = lines(readText(referencesFile));
    const predictions = lines(readText(predictionsFile));
    if (references.length !== predictions.length) {
        throw new errors/* InputError */.dz(`${predictionsFile}: has ${predictions.length} lines but ${referencesFile} has ${references.length}; the files must be line-aligned`);
    }
    return references.map((reference, i) => ({ reference, prediction: predictions[i] }));
}
/** One JSON object per non-blank line: `reference` (string) and `prediction` (string, null or absent). */
function readJsonlPairs(file) {
    return (0,jsonl/* parseJsonlObjects */.y)(readText(file), file, (row) => {
        const { reference, prediction } = row;
        if (typeof reference !== 'string')
            throw new Error('"reference" must be a string');
        if (prediction !== undefined && prediction !== null && typeof prediction !== 'string')
            throw new Error('"prediction" must be a string, null or absent');
        return { reference, prediction: prediction ?? null };
    });
}

;// CONCATENATED MODULE: ./src/cli/actions/score.ts





function numberOption(name, value) {
    if (value === undefined)
        return undefined;
    const parsed = (0,parse_value/* parseNumber */.$J)(value);
    if (parsed === undefined)
        throw new errors/* InputError */.dz(`--${name}: "${value}" is not a number`);
    return parsed;
}
function readPairs(options) {
    if (options.pairs !== undefined) {
        if (options.references !== undefined || options.predictions !== undefined) {
            throw new errors/* InputError */.dz('score: give either --pairs or --references with --predictions, not both');
        }
        return readJsonlPairs(options.pairs);
    }
    if (options.references === undefined || options.predictions === undefined) {
        throw new errors/* InputError */.dz('score: give --references and --predictions (line-aligned text files) or --pairs (JSONL)');
    }
    return readAlignedPairs(options.references, options.predictions);
}
/** The printed object: the aggregates without the per-pair list. */
function aggregatesOf(result) {
    const { per_pair: _perPair, ...aggregates } = result;
    return aggregates;
}
/** One JSONL line per pair: its P/R/F per type and the tokens it was scored on. */
function perPairLines(result) {
    return result.per_pair
        .map((pair) => JSON.stringify({ index: pair.index, empty_prediction: pair.empty_prediction, ...pair.scores, reference_tokens: pair.reference_tokens, prediction_tokens: pair.prediction_tokens }))
        .join('\n') + '\n';
}
/** What `infergate score` does once its arguments are parsed: prints the aggregates, writes --per-pair. */
function scoreCommand(options) {
    const pairs = readPairs(options);
    const result = (0,rouge/* scoreCorpus */.$D)(pairs, {
        mode: options.mode,
        stem: options.stem,
        bootstrap: {
            resamples: numberOption('resamples', options.resamples),
            confidence: numberOption('confidence', options.confidence),
            seed: numberOption('seed', options.seed),
            order: options.resampleOrder,
        },
    });
    if (options.perPair !== undefined) {
        try {
            (0,external_node_fs_.writeFileSync)(options.perPair, perPairLines(result));
        }
        catch (error) {
            throw new errors/* InputError */.dz(`${options.perPair}: cannot write the per-pair file (${error instanceof Error ? error.message : String(error)})`);
        }
    }
    process.stdout.write(`${JSON.stringify(aggregatesOf(result), null, 2)}\n`);
    return 0;
}


/***/ }),

/***/ 77585:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ ROUGE_TYPES_BY_MODE)
/* harmony export */ });
const ROUGE_TYPES_BY_MODE = {
    'rouge-score': ['rouge1', 'rouge2', 'rougeL', 'rougeLsum'],
    rouge155: ['rouge1', 'rouge2', 'rougeL'],
};


/***/ }),

/***/ 87142:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ parseJsonlObject),
/* harmony export */   y: () => (/* binding */ parseJsonlObjects)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);

/**
 * Parses JSON Lines text: every non-blank line must be a JSON object, handed to `parse`, which may throw a
 * plain message. Any problem becomes one InputError naming the file and the line; `wording` names, for the
 * reader, what the file holds when a line is not JSON or not an object.
 */
function parseJsonlObjects(text, file, parse, wording = {}) {
    const out = [];
    text.split('\n').forEach((line, i) => {
        if (line.trim() !== '')
            out.push(parseJsonlObject(line, i + 1, file, parse, wording));
    });
    return out;
}
/** One non-blank line of parseJsonlObjects (line `lineNumber` of `file`), for a reader that goes a line at a time. */
function parseJsonlObject(line, lineNumber, file, parse, wording = {}) {
    let value;
    try {
        value = JSON.parse(line);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(file, lineNumber, wording.notJson ?? 'this line is not valid JSON'));
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(file, lineNumber, wording.notObject ?? 'each line must be a JSON object'));
    }
    try {
        return parse(value);
    }
    catch (error) {
        if (error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz)
            throw error;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(file, lineNumber, error instanceof Error ? error.message : String(error)));
    }
}


/***/ }),

/***/ 45201:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ unreadableFileMessage),
/* harmony export */   _: () => (/* binding */ readFileOrFail)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/** The sentence for a file that could not be opened or read: "<path>: <missing>" or "<path>: cannot read <what> (<errno>)". */
function unreadableFileMessage(path, error, wording) {
    const code = error.code;
    if (code === 'ENOENT' && wording.missing !== undefined)
        return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .located */ .t4)(path, undefined, wording.missing);
    const reason = code === undefined ? String(error) : `${code}${ERRNO_WORDS[code] ? `: ${ERRNO_WORDS[code]}` : ''}`;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .located */ .t4)(path, undefined, `cannot read ${wording.what} (${reason})`);
}
/** Plain words for the errors a person can fix by looking at the path. */
const ERRNO_WORDS = {
    EISDIR: 'it is a folder',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
};
/** Reads a whole file; a failure is one InputError naming the file (unreadableFileMessage), never a stack trace. */
function readFileOrFail(path, wording) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(path);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(unreadableFileMessage(path, error, wording));
    }
}


/***/ }),

/***/ 88253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $y: () => (/* binding */ decodeUtf8Text),
/* harmony export */   BH: () => (/* binding */ hasBom),
/* harmony export */   Dn: () => (/* binding */ countNewlines),
/* harmony export */   Uj: () => (/* binding */ notUtf8Message),
/* harmony export */   XR: () => (/* binding */ checkedUtf8Body),
/* harmony export */   hD: () => (/* binding */ UTF8_BOM),
/* harmony export */   vE: () => (/* binding */ firstInvalidUtf8)
/* harmony export */ });
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4573);
/* harmony import */ var node_buffer__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_buffer__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/**
 * Text files are UTF-8. Decoding anything else with Node's 'utf8' turns each stray byte into U+FFFD
 * without a word (a Latin-1 CSV is then scored as mojibake), so readers check the bytes first and name
 * the line of the first byte that is not UTF-8. A leading byte-order mark is dropped by every reader.
 */
const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
/** Offset of the first byte that does not belong to a well-formed UTF-8 sequence, or -1 (RFC 3629). */
function firstInvalidUtf8(bytes) {
    if ((0,node_buffer__WEBPACK_IMPORTED_MODULE_0__.isUtf8)(bytes))
        return -1;
    let i = 0;
    while (i < bytes.length) {
        const length = sequenceLength(bytes, i);
        if (length === 0)
            return i;
        i += length;
    }
    return -1;
}
/** Length of the well-formed sequence starting at `i`, or 0 when it is not one (or is cut short). */
function sequenceLength(bytes, i) {
    const lead = bytes[i];
    if (lead < 0x80)
        return 1;
    // Second-byte ranges exclude overlong forms, UTF-16 surrogates and code points above U+10FFFF.
    let length;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf)
        length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
        length = 3;
        if (lead === 0xe0)
            low = 0xa0;
        if (lead === 0xed)
            high = 0x9f;
    }
    else if (lead >= 0xf0 && lead <= 0xf4) {
        length = 4;
        if (lead === 0xf0)
            low = 0x90;
        if (lead === 0xf4)
            high = 0x8f;
    }
    else
        return 0;
    if (i + length > bytes.length)
        return 0;
    const second = bytes[i + 1];
    if (second < low || second > high)
        return 0;
    for (let k = 2; k < length; k++) {
        const next = bytes[i + k];
        if (next < 0x80 || next > 0xbf)
            return 0;
    }
    return length;
}
/** Number of "\n" bytes in bytes[from, to). */
function countNewlines(bytes, from = 0, to = bytes.length) {
    let count = 0;
    // indexOf searches natively: a loop over every byte cost 3 % of reading a 100,000-row data file.
    for (let at = bytes.indexOf(0x0a, from); at !== -1 && at < to; at = bytes.indexOf(0x0a, at + 1))
        count++;
    return count;
}
/**
 * The sentence for a byte that is not UTF-8 at `offset` of `bytes`, whose first byte is on line
 * `firstLine`: the file, line and column (in bytes), and what to do about it.
 */
function notUtf8Message(file, bytes, offset, firstLine = 1) {
    const line = firstLine + countNewlines(bytes, 0, offset);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const byte = bytes[offset];
    const what = byte === undefined ? 'the file ends inside a multi-byte character' : `byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} at column ${offset - lineStart + 1}`;
    return (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .located */ .t4)(file, line, `not UTF-8 text (${what}); save the file as UTF-8 (it may be Latin-1 or Windows-1252)`);
}
/** Decodes a whole file's bytes as UTF-8 without its BOM; InputError naming the line otherwise. */
function decodeUtf8Text(bytes, file) {
    return checkedUtf8Body(bytes, file).toString('utf8');
}
/**
 * The file's bytes past a BOM, checked to be UTF-8 (an InputError naming the file and line otherwise):
 * for a reader that decodes them a line at a time rather than whole (decodeUtf8Text).
 */
function checkedUtf8Body(bytes, file) {
    const body = bytes.subarray(hasBom(bytes) ? UTF8_BOM.length : 0);
    const bad = firstInvalidUtf8(body);
    if (bad >= 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(notUtf8Message(file, body, bad));
    return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
}
function hasBom(bytes) {
    return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}


/***/ })

};
