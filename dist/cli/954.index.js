export const id = 954;
export const ids = [954];
export const modules = {

/***/ 64970:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  flopsCommand: () => (/* binding */ flopsCommand)
});

// EXTERNAL MODULE: ./src/metrics/mfu/flops.ts
var flops = __webpack_require__(9434);
// EXTERNAL MODULE: ./src/metrics/mfu/kv-cache.ts
var kv_cache = __webpack_require__(82984);
// EXTERNAL MODULE: ./src/metrics/mfu/model-spec.ts
var model_spec = __webpack_require__(46973);
// EXTERNAL MODULE: ./src/metrics/mfu/parameter-count.ts
var parameter_count = __webpack_require__(92777);
;// CONCATENATED MODULE: ./src/metrics/mfu/describe.ts




function describeModel(spec, options = {}) {
    const params = (0,parameter_count/* countParameters */.y)(spec);
    const perToken = (0,flops/* flopsPerToken */.Rc)(spec);
    const kvBytesPerElement = options.kvBytesPerElement ?? 2;
    const attention = {};
    let sliding = 0;
    let chunked = 0;
    let moe = 0;
    for (const layer of spec.layers) {
        const name = (0,model_spec/* attentionTypeName */.K)(layer.attention);
        attention[name] = (attention[name] ?? 0) + 1;
        if (layer.attention.slidingWindow !== null)
            sliding++;
        if (layer.attention.chunkSize !== null)
            chunked++;
        if (layer.mlp.kind === 'moe')
            moe++;
    }
    const description = {
        model: {
            config: spec.source,
            model_type: spec.modelType,
            architecture: spec.architecture,
            torch_dtype: spec.torchDtype,
            from_text_config: spec.fromTextConfig,
            layers: spec.layers.length,
            hidden_size: spec.hiddenSize,
            vocab_size: spec.vocabSize,
            tie_word_embeddings: spec.tieWordEmbeddings,
            attention,
            sliding_window_layers: sliding,
            chunked_attention_layers: chunked,
            moe_layers: moe,
        },
        parameters: {
            total: params.total,
            active: params.active,
            active_without_embedding: params.activeWithoutEmbedding,
            active_non_embedding: params.activeNonEmbedding,
            embedding: params.embedding,
            position_embedding: params.positionEmbedding,
            lm_head: params.lmHead,
            linear_active: params.linearActive,
            flops_use: parameter_count/* FLOPS_USE */.H,
        },
        flops_per_token: { linear: perToken.linear, logits: perToken.logits, attention_per_position: perToken.attentionPerPosition, recurrent: perToken.recurrent },
        kv_cache: { bytes_per_element: kvBytesPerElement, bytes_per_token: (0,kv_cache/* kvBytesPerToken */.xl)(spec, kvBytesPerElement) },
    };
    if (options.promptTokens !== undefined || options.outputTokens !== undefined) {
        const P = options.promptTokens ?? 0;
        const G = options.outputTokens ?? 0;
        const convention = options.attention ?? 'causal';
        const f = (0,flops/* requestFlops */.Qh)(spec, P, G, convention, perToken);
        description.request = {
            prompt_tokens: P,
            output_tokens: G,
            attention_convention: convention,
            prefill_flops: f.prefill,
            decode_flops: f.decode,
            total_flops: f.total,
            prefill_flops_per_token: P > 0 ? f.prefill / P : null,
            decode_flops_per_token: G > 1 ? f.decode / (G - 1) : null,
        };
    }
    return description;
}

// EXTERNAL MODULE: ./src/metrics/mfu/gguf-model.ts
var gguf_model = __webpack_require__(36843);
// EXTERNAL MODULE: ./src/metrics/mfu/model-config.ts + 5 modules
var model_config = __webpack_require__(50653);
// EXTERNAL MODULE: ./src/metrics/mfu/peak.ts
var peak = __webpack_require__(38969);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
;// CONCATENATED MODULE: ./src/cli/actions/flops.ts





/** What `infergate flops` does once its arguments are parsed: prints the model's figures as JSON. */
function flopsCommand(options) {
    const spec = options.modelConfig.toLowerCase().endsWith('.gguf') ? (0,gguf_model/* readGgufModelSpec */.yX)(options.modelConfig) : (0,model_config/* readModelSpec */.T)(options.modelConfig);
    const description = describeModel(spec, { kvBytesPerElement: options.kvBytes, promptTokens: options.promptTokens, outputTokens: options.outputTokens, attention: options.attention });
    const output = { ...description };
    if (options.gpu !== undefined) {
        const dtype = options.dtype ?? spec.torchDtype;
        output.peak = dtype === null
            ? { available: false, precision: null, reason: 'the config has no torch_dtype; pass --dtype' }
            : (0,peak/* resolvePeak */.U)({ gpuName: options.gpu, dtype, taskPeaks: {}, catalogPath: options.catalog });
    }
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return errors/* ExitCode */.yU.ok;
}


/***/ }),

/***/ 80131:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ findUp)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Walks up from `startDir` to the first directory holding `relativePath`; its full path, or null. */
function findUp(relativePath, startDir) {
    let dir = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.resolve)(startDir);
    for (;;) {
        const candidate = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, relativePath);
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
        const parent = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (parent === dir)
            return null;
        dir = parent;
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
