export const id = 772;
export const ids = [772];
export const modules = {

/***/ 79075:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ak: () => (/* binding */ loadCatalog),
/* harmony export */   c: () => (/* binding */ denseTflops),
/* harmony export */   di: () => (/* binding */ findAccelerator)
/* harmony export */ });
/* unused harmony exports CATALOG_RELATIVE_PATH, locateCatalog, parseCatalog, normalizeAcceleratorName */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var js_yaml__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33243);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(92857);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _util_find_up_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(80131);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(45201);
/* harmony import */ var _util_utf8_text_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(88253);
/* harmony import */ var _precision_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(82368);









/**
 * configs/accelerators.yaml: peak dense throughput per precision, memory and bandwidth of each
 * accelerator, every number tied to a named source. A figure the vendor publishes only with 2:4
 * sparsity is stored halved, with the published figure kept in `halved_from_sparse`.
 */
const CATALOG_RELATIVE_PATH = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)('configs', 'accelerators.yaml');
const figure = zod__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .rej({
    value: zod__WEBPACK_IMPORTED_MODULE_8__/* .number */ .aig().positive(),
    source: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1),
    /** The vendor's with-sparsity figure this dense value is half of. */
    halved_from_sparse: zod__WEBPACK_IMPORTED_MODULE_8__/* .number */ .aig().positive().optional(),
    /** How the value follows from the source when it is not printed there as is (e.g. per-GCD = package / 2). */
    derived: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1).optional(),
    note: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1).optional(),
});
const source = zod__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .rej({
    title: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1),
    url: zod__WEBPACK_IMPORTED_MODULE_8__/* .url */ .OZ5(),
    /** `vendor`: the maker's datasheet or product page; `third-party`: where the maker publishes none. */
    kind: zod__WEBPACK_IMPORTED_MODULE_8__/* ["enum"] */ .k5n(['vendor', 'third-party']),
});
const precisionMap = zod__WEBPACK_IMPORTED_MODULE_8__/* .partialRecord */ .jgl(zod__WEBPACK_IMPORTED_MODULE_8__/* ["enum"] */ .k5n(_precision_js__WEBPACK_IMPORTED_MODULE_7__/* .PRECISIONS */ .st), figure);
const accelerator = zod__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .rej({
    vendor: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1),
    name: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1),
    aliases: zod__WEBPACK_IMPORTED_MODULE_8__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1)).default([]),
    memory_gb: figure.optional(),
    bandwidth_gbps: figure.optional(),
    dense_tflops: precisionMap,
    note: zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().min(1).optional(),
});
const catalogSchema = zod__WEBPACK_IMPORTED_MODULE_8__/* .strictObject */ .rej({
    schema: zod__WEBPACK_IMPORTED_MODULE_8__/* .literal */ .euz('infergate/accelerators'),
    version: zod__WEBPACK_IMPORTED_MODULE_8__/* .literal */ .euz(1),
    sources: zod__WEBPACK_IMPORTED_MODULE_8__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP(), source),
    accelerators: zod__WEBPACK_IMPORTED_MODULE_8__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_8__/* .string */ .YjP().regex(/^[a-z0-9][a-z0-9-]*$/, 'ids are lower-case letters, digits and dashes'), accelerator),
});
/** Walks up from this module's directory to find configs/accelerators.yaml: works from src/ and from dist/<entry>/index.js. */
function locateCatalog(startDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url))) {
    return (0,_util_find_up_js__WEBPACK_IMPORTED_MODULE_4__/* .findUp */ .d)(CATALOG_RELATIVE_PATH, startDir);
}
const cache = new Map();
/** Loads and validates the catalog (the explicit path, or the one found by locateCatalog). */
function loadCatalog(explicitPath) {
    const file = explicitPath ?? locateCatalog();
    if (file === null)
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`accelerator catalog ${CATALOG_RELATIVE_PATH} not found above ${(0,node_path__WEBPACK_IMPORTED_MODULE_0__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_1__.fileURLToPath)(import.meta.url))}; pass its path explicitly`);
    const cached = cache.get(file);
    if (cached)
        return cached;
    const bytes = (0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_5__/* .readFileOrFail */ ._)(file, { what: 'the accelerator catalog' });
    const catalog = parseCatalog((0,_util_utf8_text_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeUtf8Text */ .$y)(bytes, file), file);
    cache.set(file, catalog);
    return catalog;
}
function parseCatalog(text, file) {
    let raw;
    try {
        raw = js_yaml__WEBPACK_IMPORTED_MODULE_2__/* ["default"].load */ .Ay.load(text, { filename: file });
    }
    catch (error) {
        const mark = error.mark;
        const line = mark?.line === undefined ? undefined : mark.line + 1;
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .located */ .t4)(file, line, `not valid YAML (${error.reason ?? error.message})`));
    }
    const parsed = catalogSchema.safeParse(raw);
    if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const key = issue?.path.map(String).join('.') ?? '';
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .located */ .t4)(file, undefined, `${key === '' ? '(top level)' : key}: ${issue?.message ?? 'invalid'}`));
    }
    const data = parsed.data;
    const accelerators = [];
    const seenNames = new Map();
    for (const [id, entry] of Object.entries(data.accelerators)) {
        const figures = [
            ['memory_gb', entry.memory_gb],
            ['bandwidth_gbps', entry.bandwidth_gbps],
            ...Object.entries(entry.dense_tflops).map(([p, f]) => [`dense_tflops.${p}`, f]),
        ];
        for (const [key, f] of figures) {
            if (!f)
                continue;
            const at = `accelerators.${id}.${key}`;
            if (!(f.source in data.sources))
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .located */ .t4)(file, undefined, `${at}.source: "${f.source}" is not listed under sources`));
            if (f.halved_from_sparse !== undefined && Math.abs(f.halved_from_sparse / 2 - f.value) > 1e-6 * f.value + 0.05) {
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .located */ .t4)(file, undefined, `${at}: value ${f.value} is not half of halved_from_sparse ${f.halved_from_sparse}`));
            }
        }
        for (const name of [id, ...entry.aliases]) {
            const key = normalizeAcceleratorName(name);
            const other = seenNames.get(key);
            if (other !== undefined && other !== id)
                throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .located */ .t4)(file, undefined, `accelerators.${id}: name "${name}" also matches accelerators.${other}`));
            seenNames.set(key, id);
        }
        accelerators.push({ ...entry, id });
    }
    return { file, sources: data.sources, accelerators };
}
/**
 * "NVIDIA H100 80GB HBM3" → "h10080gbhbm3": lower-case, vendor words and punctuation dropped.
 * "Ascend" is dropped even when glued to the model number: npu-smi prints "910B3" for the chip
 * other tools call "Ascend910B3". Matching is exact on this form, never by substring, so "A10"
 * cannot match "A100".
 */
function normalizeAcceleratorName(name) {
    return name
        .toLowerCase()
        .replace(/\b(nvidia|amd|instinct|intel|habana|huawei|tesla)\b/g, '')
        .replace(/\bascend/g, '')
        .replace(/[^a-z0-9]/g, '');
}
function findAccelerator(catalog, gpuName) {
    const key = normalizeAcceleratorName(gpuName);
    if (key === '')
        return null;
    return catalog.accelerators.find((a) => normalizeAcceleratorName(a.id) === key || a.aliases.some((alias) => normalizeAcceleratorName(alias) === key)) ?? null;
}
function denseTflops(entry, precision) {
    return entry.dense_tflops[precision];
}


/***/ }),

/***/ 9434:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qh: () => (/* binding */ requestFlops),
/* harmony export */   Rc: () => (/* binding */ flopsPerToken)
/* harmony export */ });
/* unused harmony exports attentionFlopsPerPosition, recurrentFlopsPerToken */
/* harmony import */ var _kv_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82984);
/* harmony import */ var _model_spec_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(46973);
/* harmony import */ var _parameter_count_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(92777);



function flopsPerToken(spec) {
    const { linearActive } = (0,_parameter_count_js__WEBPACK_IMPORTED_MODULE_0__/* .countParameters */ .y)(spec);
    let attentionPerPosition = 0;
    let recurrent = 0;
    for (const layer of spec.layers) {
        attentionPerPosition += attentionFlopsPerPosition(layer.attention);
        recurrent += recurrentFlopsPerToken(layer.attention);
    }
    return { linear: 2 * linearActive, logits: 2 * spec.hiddenSize * spec.vocabSize, attentionPerPosition, recurrent };
}
/** QKᵀ (2·d_qk per head) plus the weighted sum of values (2·d_v per head), per attended position; 0 for linear mixers. */
function attentionFlopsPerPosition(a) {
    if (!(0,_model_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .isSoftmaxAttention */ .z)(a))
        return 0;
    const dQk = a.kind === 'mla' ? a.qkNopeHeadDim + a.qkRopeHeadDim : a.headDim;
    return 2 * a.numQueryHeads * (dQk + a.vHeadDim);
}
/**
 * FLOPs a linear mixer spends on its state per token, in the recurrent form (docs/mfu.md):
 * - Gated DeltaNet, per value head with a d_k × d_v state S: decay αS (1), S·k (2), the rank-1
 *   delta update β(v − Sk)kᵀ (2) and the read-out S·q (2) → 7·d_k·d_v; plus the depthwise conv.
 * - Mamba, per channel with d_state states: Δ·A (1), the update dA·h + dB·x (3) and the read-out C·h
 *   (2) → 6·d_inner·d_state; plus the depthwise conv.
 * The conv counts 2 FLOPs per weight. Softmax attention gives 0 here (its cost is per position).
 */
function recurrentFlopsPerToken(a) {
    if (a.kind === 'gated-deltanet') {
        const convChannels = 2 * a.numKeyHeads * a.keyHeadDim + a.numValueHeads * a.valueHeadDim;
        return 7 * a.numValueHeads * a.keyHeadDim * a.valueHeadDim + 2 * convChannels * a.convKernel;
    }
    if (a.kind === 'mamba')
        return 6 * a.innerSize * a.stateSize + 2 * a.innerSize * a.convKernel;
    return 0;
}
/** Attended positions of P prompt tokens under the non-causal convention: each sees its whole window, chunk or prompt. */
function nonCausalPositions(a, P) {
    if (!(0,_model_spec_js__WEBPACK_IMPORTED_MODULE_1__/* .isSoftmaxAttention */ .z)(a))
        return 0;
    if (a.slidingWindow !== null)
        return P * Math.min(P, a.slidingWindow);
    if (a.chunkSize !== null) {
        const full = Math.floor(P / a.chunkSize);
        const rest = P - full * a.chunkSize;
        return full * a.chunkSize * a.chunkSize + rest * rest;
    }
    return P * P;
}
/**
 * FLOPs of one request with P prompt tokens and G generated tokens. Prefill forwards the P prompt
 * tokens and produces the first token's logits; decode forwards the G−1 tokens fed back and
 * produces G−1 more logits (the last generated token is never fed back).
 */
function requestFlops(spec, promptTokens, outputTokens, convention = 'causal', perToken = flopsPerToken(spec)) {
    const P = Math.max(0, promptTokens);
    const G = Math.max(0, outputTokens);
    const decodeSteps = Math.max(0, G - 1);
    let attentionPrefill = 0;
    let attentionDecode = 0;
    for (const layer of spec.layers) {
        const perPosition = attentionFlopsPerPosition(layer.attention);
        if (perPosition === 0)
            continue;
        const prefillPositions = convention === 'causal' ? (0,_kv_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .attendedSum */ .X)(layer.attention, P) : nonCausalPositions(layer.attention, P);
        // Decode step j feeds the token at position P+j, which attends to attendedAt(P+j) positions.
        const decodePositions = (0,_kv_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .attendedSum */ .X)(layer.attention, P + decodeSteps) - (0,_kv_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .attendedSum */ .X)(layer.attention, P);
        attentionPrefill += perPosition * prefillPositions;
        attentionDecode += perPosition * decodePositions;
    }
    const linearPrefill = perToken.linear * P;
    const linearDecode = perToken.linear * decodeSteps;
    const recurrentPrefill = perToken.recurrent * P;
    const recurrentDecode = perToken.recurrent * decodeSteps;
    const logitsPrefill = G >= 1 ? perToken.logits : 0;
    const logitsDecode = perToken.logits * decodeSteps;
    const prefill = linearPrefill + attentionPrefill + recurrentPrefill + logitsPrefill;
    const decode = linearDecode + attentionDecode + recurrentDecode + logitsDecode;
    return {
        prefill,
        decode,
        total: prefill + decode,
        breakdown: { linear: linearPrefill + linearDecode, attention: attentionPrefill + attentionDecode, recurrent: recurrentPrefill + recurrentDecode, logits: logitsPrefill + logitsDecode },
    };
}


/***/ }),

/***/ 29289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Xp: () => (/* binding */ readGgufHeader)
/* harmony export */ });
/* unused harmony exports MAX_HEADER_BYTES, parseGgufHeader, parseGgufBytes */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);
/* harmony import */ var _util_read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45201);



/**
 * Reads the header of a GGUF file (llama.cpp's model format, versions 2 and 3; little-endian): the
 * metadata key-value pairs and the tensor descriptions, never the tensor data. The read is bounded:
 * a header larger than MAX_HEADER_BYTES, an absurd count or length, an unknown value type or a file
 * that ends inside the header is refused with one InputError naming the file.
 * Format: https://github.com/ggml-org/ggml/blob/master/docs/gguf.md
 */
const MAX_HEADER_BYTES = 256 * 1024 * 1024;
const MAX_COUNT = 1 << 24;
const MAX_DIMS = 8;
/** Arrays longer than this keep only their length (token lists): nothing here needs their items. */
const MAX_KEPT_ITEMS = 4096;
const TYPE = { UINT8: 0, INT8: 1, UINT16: 2, INT16: 3, UINT32: 4, INT32: 5, FLOAT32: 6, BOOL: 7, STRING: 8, ARRAY: 9, UINT64: 10, INT64: 11, FLOAT64: 12 };
const SCALAR_SIZE = { 0: 1, 1: 1, 2: 2, 3: 2, 4: 4, 5: 4, 6: 4, 7: 1, 10: 8, 11: 8, 12: 8 };
class Malformed extends Error {
}
/** Reads forward through a byte source that grows on demand, never past MAX_HEADER_BYTES. */
class HeaderCursor {
    source;
    position = 0;
    constructor(source) {
        this.source = source;
    }
    take(n) {
        const end = this.position + n;
        if (end > MAX_HEADER_BYTES)
            throw new Malformed(`the header runs past ${MAX_HEADER_BYTES / 1024 / 1024} MiB`);
        const bytes = this.source(end);
        if (bytes.length < end)
            throw new Malformed(`the file ends inside the header (at byte ${bytes.length})`);
        const slice = bytes.subarray(this.position, end);
        this.position = end;
        return slice;
    }
    u32() {
        return this.take(4).readUInt32LE(0);
    }
    /** A u64 count or length, refused above `limit`. */
    count(what, limit = MAX_COUNT) {
        const value = this.take(8).readBigUInt64LE(0);
        if (value > BigInt(limit))
            throw new Malformed(`${what} ${value} at byte ${this.position - 8} is implausibly large`);
        return Number(value);
    }
    string() {
        const length = this.count('string length', MAX_HEADER_BYTES);
        return this.take(length).toString('utf8');
    }
    scalar(type) {
        if (type === TYPE.STRING)
            return this.string();
        const size = SCALAR_SIZE[type];
        if (size === undefined)
            throw new Malformed(`unknown value type ${type} at byte ${this.position - 4}`);
        const b = this.take(size);
        switch (type) {
            case TYPE.UINT8: return b.readUInt8(0);
            case TYPE.INT8: return b.readInt8(0);
            case TYPE.UINT16: return b.readUInt16LE(0);
            case TYPE.INT16: return b.readInt16LE(0);
            case TYPE.UINT32: return b.readUInt32LE(0);
            case TYPE.INT32: return b.readInt32LE(0);
            case TYPE.FLOAT32: return b.readFloatLE(0);
            case TYPE.BOOL: return b.readUInt8(0) !== 0;
            case TYPE.UINT64: return b.readBigUInt64LE(0);
            case TYPE.INT64: return b.readBigInt64LE(0);
            default: return b.readDoubleLE(0);
        }
    }
    value(type) {
        if (type !== TYPE.ARRAY)
            return this.scalar(type);
        const itemType = this.u32();
        if (itemType === TYPE.ARRAY)
            throw new Malformed(`nested array at byte ${this.position - 4}`);
        const length = this.count('array length', MAX_HEADER_BYTES);
        const keep = itemType !== TYPE.STRING && length <= MAX_KEPT_ITEMS;
        const items = [];
        for (let i = 0; i < length; i++) {
            const item = this.scalar(itemType);
            if (keep)
                items.push(item);
        }
        return { itemType, length, items: keep ? items : null };
    }
}
/** Parses a GGUF header from the bytes `source(end)` returns (at least `end` of them unless the file is shorter). */
function parseGgufHeader(source) {
    const cursor = new HeaderCursor(source);
    const magic = cursor.u32();
    if (magic !== 0x46554747)
        throw new Malformed('it does not start with the GGUF magic');
    const version = cursor.u32();
    if (version !== 2 && version !== 3)
        throw new Malformed(`GGUF version ${version} is not supported (2 or 3)`);
    const tensorCount = cursor.count('tensor count');
    const kvCount = cursor.count('metadata count');
    const metadata = new Map();
    for (let i = 0; i < kvCount; i++) {
        const key = cursor.string();
        const type = cursor.u32();
        metadata.set(key, cursor.value(type));
    }
    const tensors = [];
    for (let i = 0; i < tensorCount; i++) {
        const name = cursor.string();
        const nDims = cursor.u32();
        if (nDims > MAX_DIMS)
            throw new Malformed(`tensor "${name}" has ${nDims} dimensions`);
        const dims = [];
        for (let d = 0; d < nDims; d++)
            dims.push(cursor.count(`dimension of tensor "${name}"`, Number.MAX_SAFE_INTEGER));
        const type = cursor.u32();
        cursor.count(`data offset of tensor "${name}"`, Number.MAX_SAFE_INTEGER);
        tensors.push({ name, dims, type });
    }
    return { version, metadata, tensors };
}
/** Reads and parses the header of a GGUF file, loading only as many bytes as the header spans. */
function readGgufHeader(file) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file, 'r');
    }
    catch (error) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz((0,_util_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .unreadableFileMessage */ .X)(file, error, { what: 'the GGUF model file', missing: 'GGUF model file not found' }));
    }
    try {
        const size = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).size;
        let loaded = Buffer.alloc(0);
        const source = (end) => {
            if (end <= loaded.length || loaded.length === size)
                return loaded;
            const want = Math.min(size, MAX_HEADER_BYTES, Math.max(end, 2 * loaded.length, 1 << 20));
            const next = Buffer.alloc(want);
            loaded.copy(next);
            let filled = loaded.length;
            while (filled < want) {
                const n = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, next, filled, want - filled, filled);
                if (n === 0)
                    break;
                filled += n;
            }
            loaded = next.subarray(0, filled);
            return loaded;
        };
        return parseGgufHeader(source);
    }
    catch (error) {
        if (error instanceof Malformed)
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .located */ .t4)(file, undefined, `not a readable GGUF model: ${error.message}`));
        throw error;
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}
/** The same parse over bytes already in memory (tests, and callers holding the file). */
function parseGgufBytes(bytes, name) {
    try {
        return parseGgufHeader(() => bytes);
    }
    catch (error) {
        if (error instanceof Malformed)
            throw new InputError(located(name, undefined, `not a readable GGUF model: ${error.message}`));
        throw error;
    }
}


/***/ }),

/***/ 36843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   yX: () => (/* binding */ readGgufModelSpec)
/* harmony export */ });
/* unused harmony exports ggufModelSpec, storedBytesPerWeight */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _gguf_header_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(29289);
/* harmony import */ var _model_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50653);



/**
 * GGUF architecture → the Hugging Face model_type whose counting rules apply. llama.cpp writes
 * Mistral and Mixtral as `llama` (Mixtral with an expert count). Any other architecture is refused
 * by name rather than counted like one of these.
 */
const MODEL_TYPES = {
    llama: 'llama',
    qwen2: 'qwen2',
    qwen3: 'qwen3',
    qwen3moe: 'qwen3_moe',
    gemma2: 'gemma2',
    gemma3: 'gemma3_text',
    phi3: 'phi3',
};
/** llama.cpp's general.file_type for unquantized files → the dtype the GEMMs run in. */
const FILE_TYPES = { 0: 'float32', 1: 'float16', 32: 'bfloat16' };
/** ggml tensor types: [elements per block, bytes per block] (ggml.c type_traits). */
const GGML_BLOCKS = {
    0: [1, 4], 1: [1, 2], 2: [32, 18], 3: [32, 20], 6: [32, 22], 7: [32, 24], 8: [32, 34], 9: [32, 36],
    10: [256, 84], 11: [256, 110], 12: [256, 144], 13: [256, 176], 14: [256, 210], 15: [256, 292],
    24: [1, 1], 25: [1, 2], 26: [1, 4], 27: [1, 8], 28: [1, 8], 30: [1, 2],
};
/** Reads a GGUF file's header into a ModelSpec (docs/mfu.md, "Reading a GGUF model"). */
function readGgufModelSpec(file) {
    return ggufModelSpec((0,_gguf_header_js__WEBPACK_IMPORTED_MODULE_1__/* .readGgufHeader */ .Xp)(file), file);
}
function ggufModelSpec(header, file) {
    const fail = (message) => new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(file, undefined, message));
    const meta = header.metadata;
    const arch = meta.get('general.architecture');
    if (typeof arch !== 'string')
        throw fail('the GGUF header has no general.architecture');
    const modelType = Object.hasOwn(MODEL_TYPES, arch) ? MODEL_TYPES[arch] : null;
    if (modelType === null) {
        throw fail(`GGUF architecture "${arch}" is not one infergate can count (it knows ${Object.keys(MODEL_TYPES).join(', ')}): MFU is not computed rather than guessed`);
    }
    const num = (key, required) => {
        const value = meta.get(`${arch}.${key}`);
        if (value === undefined) {
            if (required)
                throw fail(`the GGUF header has no ${arch}.${key}, which the FLOP count needs`);
            return null;
        }
        const n = typeof value === 'bigint' ? Number(value) : value;
        if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0)
            throw fail(`${arch}.${key} must be a non-negative integer (per-layer values are not supported), got ${describe(value)}`);
        return n;
    };
    const hasTensor = (name) => header.tensors.some((t) => t.name === name);
    const experts = num('expert_count', false) ?? 0;
    const config = {
        model_type: modelType === 'llama' && experts > 1 ? 'mixtral' : modelType,
        architectures: [`gguf:${arch}`],
        hidden_size: num('embedding_length', true),
        num_hidden_layers: num('block_count', true),
        num_attention_heads: num('attention.head_count', true),
        num_key_value_heads: num('attention.head_count_kv', false),
        head_dim: num('attention.key_length', false),
        intermediate_size: num('feed_forward_length', true),
        vocab_size: num('vocab_size', false) ?? vocabularySize(header, fail),
        // Without an output.weight tensor llama.cpp reuses the token embedding as the head.
        tie_word_embeddings: !hasTensor('output.weight'),
        attention_bias: hasTensor('blk.0.attn_q.bias') && modelType !== 'qwen2',
        sliding_window: num('attention.sliding_window', false),
        torch_dtype: fileDtype(meta.get('general.file_type')),
    };
    if (experts > 1) {
        const used = num('expert_used_count', true);
        if (modelType === 'llama')
            Object.assign(config, { num_local_experts: experts, num_experts_per_tok: used });
        else
            Object.assign(config, { num_experts: experts, num_experts_per_tok: used, moe_intermediate_size: num('expert_feed_forward_length', true) });
    }
    const spec = (0,_model_config_js__WEBPACK_IMPORTED_MODULE_2__/* .parseModelConfig */ .t)(config, file);
    return { ...spec, weightBytesPerParam: storedBytesPerWeight(header) };
}
function describe(value) {
    if (typeof value === 'object')
        return `an array of ${value.length}`;
    return JSON.stringify(typeof value === 'bigint' ? value.toString() : value);
}
/** The vocabulary: the tokenizer's token list, else the embedding table's second dimension. */
function vocabularySize(header, fail) {
    const tokens = header.metadata.get('tokenizer.ggml.tokens');
    if (typeof tokens === 'object' && tokens !== null && typeof tokens !== 'bigint')
        return tokens.length;
    const embedding = header.tensors.find((t) => t.name === 'token_embd.weight');
    if (embedding && embedding.dims.length === 2)
        return embedding.dims[1];
    throw fail('the GGUF header gives no vocabulary size (no vocab_size, tokenizer.ggml.tokens or token_embd.weight)');
}
function fileDtype(value) {
    const n = typeof value === 'bigint' ? Number(value) : value;
    return typeof n === 'number' ? (FILE_TYPES[n] ?? null) : null;
}
/**
 * Bytes per weight as the file stores them: all tensor bytes over all tensor elements, from each
 * tensor's ggml block size. Null when a tensor type is not in the table (MBU then needs the dtype).
 */
function storedBytesPerWeight(header) {
    let bytes = 0;
    let elements = 0;
    for (const tensor of header.tensors) {
        const block = GGML_BLOCKS[tensor.type];
        if (!block)
            return null;
        const n = tensor.dims.reduce((a, b) => a * b, 1);
        bytes += (n / block[0]) * block[1];
        elements += n;
    }
    return elements > 0 ? bytes / elements : null;
}


/***/ }),

/***/ 82984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ attendedSum),
/* harmony export */   xl: () => (/* binding */ kvBytesPerToken),
/* harmony export */   zB: () => (/* binding */ kvBytesReadOverContexts)
/* harmony export */ });
/* unused harmony exports kvElementsPerTokenPerLayer, attendedAt, kvBytesReadAtContext, cappedSum */
/* harmony import */ var _model_spec_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46973);

/**
 * KV-cache elements one token adds to one layer. Standard attention stores a key and a value per KV
 * head; MLA stores the compressed latent plus the shared rope key (what vLLM and SGLang cache), not
 * per-head keys and values. Linear-attention and Mamba layers keep a fixed-size state instead: no
 * per-token cache.
 */
function kvElementsPerTokenPerLayer(attention) {
    if (attention.kind === 'mla')
        return attention.kvLoraRank + attention.qkRopeHeadDim;
    if (attention.kind === 'standard')
        return attention.numKvHeads * (attention.headDim + attention.vHeadDim);
    return 0;
}
/** KV-cache bytes one token adds across all layers (sliding-window and chunked layers included: they still store it). */
function kvBytesPerToken(spec, bytesPerElement) {
    let elements = 0;
    for (const layer of spec.layers)
        elements += kvElementsPerTokenPerLayer(layer.attention);
    return elements * bytesPerElement;
}
/** Positions a query at context position c (1-based) attends to in this layer. */
function attendedAt(attention, c) {
    if (!isSoftmaxAttention(attention) || c <= 0)
        return 0;
    if (attention.slidingWindow !== null)
        return Math.min(c, attention.slidingWindow);
    if (attention.chunkSize !== null)
        return ((c - 1) % attention.chunkSize) + 1;
    return c;
}
/** Σ_{c=1..n} attendedAt(c), in closed form. */
function attendedSum(attention, n) {
    if (!(0,_model_spec_js__WEBPACK_IMPORTED_MODULE_0__/* .isSoftmaxAttention */ .z)(attention) || n <= 0)
        return 0;
    if (attention.chunkSize !== null) {
        const size = attention.chunkSize;
        const full = Math.floor(n / size);
        const rest = n - full * size;
        return (full * size * (size + 1)) / 2 + (rest * (rest + 1)) / 2;
    }
    return cappedSum(n, attention.slidingWindow);
}
/** KV-cache bytes attention reads for one query at a context of `contextTokens` positions. */
function kvBytesReadAtContext(spec, contextTokens, bytesPerElement) {
    let elements = 0;
    for (const layer of spec.layers)
        elements += attendedAt(layer.attention, contextTokens) * kvElementsPerTokenPerLayer(layer.attention);
    return elements * bytesPerElement;
}
/** Σ over contexts c = from+1 … to of kvBytesReadAtContext(c), in closed form per layer. */
function kvBytesReadOverContexts(spec, from, to, bytesPerElement) {
    if (to <= from)
        return 0;
    let elements = 0;
    for (const layer of spec.layers) {
        const positions = attendedSum(layer.attention, to) - attendedSum(layer.attention, from);
        elements += positions * kvElementsPerTokenPerLayer(layer.attention);
    }
    return elements * bytesPerElement;
}
/** Σ_{i=1..n} min(i, window): positions attended by n consecutive causal queries. */
function cappedSum(n, window) {
    if (n <= 0)
        return 0;
    if (window === null || n <= window)
        return (n * (n + 1)) / 2;
    return (window * (window + 1)) / 2 + (n - window) * window;
}


/***/ }),

/***/ 50653:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  t: () => (/* binding */ parseModelConfig),
  T: () => (/* binding */ readModelSpec)
});

// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/util/read-file.ts
var read_file = __webpack_require__(45201);
// EXTERNAL MODULE: ./src/util/utf8-text.ts
var utf8_text = __webpack_require__(88253);
;// CONCATENATED MODULE: ./src/metrics/mfu/config-reader.ts

function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/**
 * Typed reads of one config.json's keys; every error is an InputError naming the file and the key
 * (as `text_config.<key>` when the key came from a multimodal wrapper's nested text config).
 */
class ConfigReader {
    cfg;
    file;
    nested;
    constructor(cfg, file, nested) {
        this.cfg = cfg;
        this.file = file;
        this.nested = nested;
    }
    where(key) {
        return this.nested && key in this.nested ? `text_config.${key}` : key;
    }
    fail(message) {
        return new errors/* InputError */.dz((0,errors/* located */.t4)(this.file, undefined, message));
    }
    /** The first of `keys` that is present, as a non-negative integer; null when none is. */
    int(keys) {
        for (const key of keys) {
            const value = this.cfg[key];
            if (value === undefined || value === null)
                continue;
            if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
                throw this.fail(`${this.where(key)} must be a non-negative integer, got ${JSON.stringify(value)}`);
            }
            return value;
        }
        return null;
    }
    need(keys) {
        const value = this.int(keys);
        if (value === null)
            throw this.fail(`missing ${keys.map((k) => this.where(k)).join(' or ')}: cannot count parameters or FLOPs without it`);
        return value;
    }
    positive(keys) {
        const value = this.need(keys);
        if (value === 0)
            throw this.fail(`${this.where(keys[0])} must be positive`);
        return value;
    }
    str(key) {
        return typeof this.cfg[key] === 'string' ? this.cfg[key] : null;
    }
    bool(key) {
        const value = this.cfg[key];
        if (value === undefined || value === null)
            return null;
        if (typeof value !== 'boolean')
            throw this.fail(`${this.where(key)} must be true or false, got ${JSON.stringify(value)}`);
        return value;
    }
    /** An array of non-negative integers (layer indices, flags), or null when absent. */
    intList(key) {
        const value = this.cfg[key];
        if (value === undefined || value === null)
            return null;
        if (!Array.isArray(value) || !value.every((v) => typeof v === 'number' && Number.isInteger(v) && v >= 0)) {
            throw this.fail(`${this.where(key)} must be a list of non-negative integers`);
        }
        return value;
    }
}

;// CONCATENATED MODULE: ./src/metrics/mfu/layer-kinds.ts
/** The layer kinds infergate can count, in the names `layer_types` uses. */
const LAYER_KINDS = ['full_attention', 'sliding_attention', 'chunked_attention', 'linear_attention', 'mamba'];
/** Jamba's `layers_block_type` names. */
const BLOCK_TYPES = { attention: 'full_attention', mamba: 'mamba' };
/**
 * The kind of every layer: from the config's own `layer_types` (or Jamba's `layers_block_type`) when
 * it has one, else from the family's layout as its modeling code derives it. A kind infergate does
 * not know is refused by name: counting it as something else would be a silently wrong figure.
 */
function layerKinds(r, family, numLayers) {
    const listed = listedKinds(r, numLayers);
    if (listed)
        return listed;
    const kinds = [];
    for (let i = 0; i < numLayers; i++)
        kinds.push(defaultKind(r, family, i));
    return kinds;
}
function listedKinds(r, numLayers) {
    for (const [key, names] of [['layer_types', null], ['layers_block_type', BLOCK_TYPES]]) {
        const value = r.cfg[key];
        if (value === undefined || value === null)
            continue;
        if (!Array.isArray(value))
            throw r.fail(`${r.where(key)} must be a list of layer kinds`);
        if (value.length < numLayers)
            throw r.fail(`${r.where(key)} lists ${value.length} layers but num_hidden_layers is ${numLayers}`);
        return value.slice(0, numLayers).map((entry, i) => {
            const kind = names ? names[String(entry)] : LAYER_KINDS.find((k) => k === entry);
            if (kind === undefined) {
                const known = names ? Object.keys(names) : LAYER_KINDS;
                throw r.fail(`${r.where(key)}[${i}] is ${JSON.stringify(entry)}, a layer kind infergate cannot count (it knows ${known.join(', ')}): MFU is not computed rather than guessed`);
            }
            return kind;
        });
    }
    return null;
}
function defaultKind(r, family, i) {
    const windowed = r.int(['sliding_window']) !== null;
    switch (family.layout) {
        case 'uniform':
            return 'full_attention';
        case 'all-sliding':
            return windowed ? 'sliding_attention' : 'full_attention';
        case 'alternating-sliding':
            // Gemma-2: even layers (0, 2, …) use the local window, odd layers attend globally.
            return windowed && i % 2 === 0 ? 'sliding_attention' : 'full_attention';
        case 'sliding-pattern': {
            // Gemma-3: every sliding_window_pattern-th layer (default 6) is global, the others local.
            const pattern = r.int(['sliding_window_pattern']) ?? 6;
            return windowed && pattern > 0 && (i + 1) % pattern !== 0 ? 'sliding_attention' : 'full_attention';
        }
        case 'qwen-window': {
            // Qwen2/Qwen3 ship a window they do not use unless use_sliding_window is true; then it applies
            // from layer max_window_layers on.
            if (!windowed || r.bool('use_sliding_window') !== true)
                return 'full_attention';
            return i >= (r.int(['max_window_layers']) ?? 0) ? 'sliding_attention' : 'full_attention';
        }
        case 'linear-interval': {
            // Qwen3-Next: one full-attention layer every full_attention_interval (default 4), Gated DeltaNet otherwise.
            const interval = r.int(['full_attention_interval']) ?? 4;
            return interval > 0 && (i + 1) % interval === 0 ? 'full_attention' : 'linear_attention';
        }
        case 'jamba': {
            const period = r.int(['attn_layer_period']) ?? 8;
            const offset = r.int(['attn_layer_offset']) ?? 4;
            return period > 0 && i % period === offset ? 'full_attention' : 'mamba';
        }
        case 'mamba':
            return 'mamba';
        case 'llama4':
            return llama4Kind(r, i);
    }
}
/**
 * Llama-4: `no_rope_layers[i]` is 1 where the layer uses RoPE, and RoPE layers attend in chunks of
 * `attention_chunk_size`; the NoPE layers (every 4th by default) attend to the whole context.
 */
function llama4Kind(r, i) {
    const flags = r.intList('no_rope_layers');
    const interval = r.int(['no_rope_layer_interval']) ?? 4;
    const usesRope = flags ? flags[i] !== 0 : (i + 1) % interval !== 0;
    return usesRope && r.int(['attention_chunk_size']) !== null ? 'chunked_attention' : 'full_attention';
}

;// CONCATENATED MODULE: ./src/metrics/mfu/mixer-config.ts
/** Builds the token mixer for each layer kind; the spec of each kind is read once and shared. */
function mixerBuilder(r, shape) {
    const cache = new Map();
    return (kind) => {
        let mixer = cache.get(kind);
        if (!mixer) {
            mixer = buildMixer(r, shape, kind);
            cache.set(kind, mixer);
        }
        return mixer;
    };
}
function buildMixer(r, shape, kind) {
    switch (kind) {
        case 'linear_attention':
            return gatedDeltaNet(r, shape);
        case 'mamba':
            return mambaMixer(r, shape);
        default:
            return r.int(['kv_lora_rank']) !== null ? latentAttention(r) : standardAttention(r, shape, kind);
    }
}
function latentAttention(r) {
    return {
        kind: 'mla',
        numQueryHeads: r.positive(['num_attention_heads']),
        qLoraRank: r.int(['q_lora_rank']),
        kvLoraRank: r.need(['kv_lora_rank']),
        qkNopeHeadDim: r.need(['qk_nope_head_dim']),
        qkRopeHeadDim: r.need(['qk_rope_head_dim']),
        vHeadDim: r.need(['v_head_dim']),
        slidingWindow: null,
        chunkSize: null,
    };
}
function standardAttention(r, shape, kind) {
    const numHeads = r.positive(['num_attention_heads', 'n_head']);
    const numKvHeads = r.int(['num_key_value_heads', 'n_head_kv', 'num_kv_heads']) ?? (r.bool('multi_query') === true ? 1 : numHeads);
    if (numKvHeads === 0 || numHeads % numKvHeads !== 0) {
        throw r.fail(`${r.where('num_key_value_heads')} (${numKvHeads}) must divide num_attention_heads (${numHeads})`);
    }
    const explicitHeadDim = r.int(['head_dim']);
    if (explicitHeadDim === null && shape.hiddenSize % numHeads !== 0) {
        throw r.fail(`hidden_size (${shape.hiddenSize}) is not a multiple of num_attention_heads (${numHeads}) and no head_dim is given`);
    }
    const headDim = explicitHeadDim ?? shape.hiddenSize / numHeads;
    const attentionBias = shape.family.allBiases || r.bool('attention_bias') === true;
    const qkNormWeights = shape.family.qkNorm === 'per-head' ? 2 * headDim : shape.family.qkNorm === 'full-width' ? (numHeads + numKvHeads) * headDim : 0;
    return {
        kind: 'standard',
        numQueryHeads: numHeads,
        numKvHeads,
        headDim,
        vHeadDim: headDim,
        qkvBias: attentionBias || shape.family.qkvBias,
        outBias: attentionBias,
        // Qwen3-Next's full-attention layers gate their output with a second half of q_proj.
        queryGate: shape.modelType === 'qwen3_next' && r.bool('attn_output_gate') !== false,
        qkNormWeights,
        slidingWindow: kind === 'sliding_attention' ? windowOf(r) : null,
        chunkSize: kind === 'chunked_attention' ? r.positive(['attention_chunk_size']) : null,
    };
}
function windowOf(r) {
    const window = r.int(['sliding_window']);
    if (window === null || window === 0)
        throw r.fail('the config has sliding_attention layers but no positive sliding_window');
    return window;
}
function gatedDeltaNet(r, shape) {
    if (shape.modelType !== 'qwen3_next')
        throw r.fail(`linear_attention layers are counted only for qwen3_next (Gated DeltaNet); model_type "${shape.modelType}" names no such layer`);
    return {
        kind: 'gated-deltanet',
        numKeyHeads: r.positive(['linear_num_key_heads']),
        numValueHeads: r.positive(['linear_num_value_heads']),
        keyHeadDim: r.positive(['linear_key_head_dim']),
        valueHeadDim: r.positive(['linear_value_head_dim']),
        convKernel: r.positive(['linear_conv_kernel_dim']),
        slidingWindow: null,
        chunkSize: null,
    };
}
/** Mamba's Δ rank: an integer, or "auto" = ⌈hidden / 16⌉ as in the Mamba and Jamba config classes. */
function dtRank(r, key, hiddenSize) {
    if (r.cfg[key] === 'auto' || r.cfg[key] === undefined)
        return Math.ceil(hiddenSize / 16);
    return r.positive([key]);
}
function mambaMixer(r, shape) {
    const h = shape.hiddenSize;
    if (shape.modelType === 'jamba') {
        return {
            kind: 'mamba',
            innerSize: (r.int(['mamba_expand']) ?? 2) * h,
            stateSize: r.int(['mamba_d_state']) ?? 16,
            dtRank: dtRank(r, 'mamba_dt_rank', h),
            convKernel: r.int(['mamba_d_conv']) ?? 4,
            convBias: r.bool('mamba_conv_bias') ?? true,
            projBias: r.bool('mamba_proj_bias') ?? false,
            innerNorms: true,
            slidingWindow: null,
            chunkSize: null,
        };
    }
    if (shape.family.layout !== 'mamba')
        throw r.fail(`mamba layers are counted only for mamba, falcon_mamba and jamba; model_type "${shape.modelType}" names no such layer`);
    return {
        kind: 'mamba',
        // The config classes take intermediate_size when given, else expand · hidden.
        innerSize: r.int(['intermediate_size']) ?? (r.int(['expand']) ?? 2) * h,
        stateSize: r.int(['state_size']) ?? 16,
        dtRank: dtRank(r, 'time_step_rank', h),
        convKernel: r.int(['conv_kernel']) ?? 4,
        convBias: r.bool('use_conv_bias') ?? true,
        projBias: r.bool('use_bias') ?? false,
        innerNorms: false,
        slidingWindow: null,
        chunkSize: null,
    };
}

;// CONCATENATED MODULE: ./src/metrics/mfu/mlp-config.ts
/** The MLP of each layer, following the family's placement of dense and expert layers. */
function mlpBuilder(r, shape) {
    if (shape.family.layout === 'mamba')
        return () => ({ kind: 'none' });
    const intermediate = r.int(['intermediate_size', 'n_inner', 'ffn_dim']) ?? 4 * shape.hiddenSize;
    const dense = { kind: 'dense', intermediateSize: intermediate, gated: !shape.family.plainMlp, bias: shape.family.allBiases || r.bool('mlp_bias') === true };
    return deepseekMoe(r, dense) ?? llama4Moe(r, shape, intermediate) ?? jambaMoe(r, shape, dense) ?? mixtralMoe(r, dense) ?? qwenMoe(r, dense) ?? (() => dense);
}
const moe = (fields) => ({
    kind: 'moe',
    sharedExpertGate: false,
    routerBias: false,
    ...fields,
});
/** DeepSeek-V2/V3: routed and shared experts of moe_intermediate_size; the first k layers dense, then every moe_layer_freq-th. */
function deepseekMoe(r, dense) {
    const routed = r.int(['n_routed_experts']);
    if (routed === null || routed === 0)
        return null;
    const expertSize = r.need(['moe_intermediate_size']);
    const spec = moe({
        numExperts: routed,
        expertsPerToken: r.need(['num_experts_per_tok']),
        expertIntermediateSize: expertSize,
        sharedExperts: r.int(['n_shared_experts']) ?? 0,
        sharedIntermediateSize: expertSize,
        // V3's aux-loss-free routing keeps a per-expert bias (e_score_correction_bias).
        routerBias: r.str('topk_method') === 'noaux_tc',
    });
    const firstDense = r.int(['first_k_dense_replace']) ?? 0;
    const freq = r.int(['moe_layer_freq']) ?? 1;
    if (freq === 0)
        throw r.fail(`${r.where('moe_layer_freq')} must be positive`);
    return (layer) => (layer >= firstDense && layer % freq === 0 ? spec : dense);
}
/** Llama-4: routed experts plus one shared expert of intermediate_size on MoE layers; dense layers use intermediate_size_mlp. */
function llama4Moe(r, shape, intermediate) {
    if (shape.family.layout !== 'llama4')
        return null;
    const experts = r.int(['num_local_experts']) ?? 0;
    const dense = { kind: 'dense', intermediateSize: r.int(['intermediate_size_mlp']) ?? intermediate, gated: true, bias: false };
    if (experts <= 1)
        return () => dense;
    const spec = moe({ numExperts: experts, expertsPerToken: r.int(['num_experts_per_tok']) ?? 1, expertIntermediateSize: intermediate, sharedExperts: 1, sharedIntermediateSize: intermediate });
    const step = r.int(['interleave_moe_layer_step']) ?? 1;
    if (step === 0)
        throw r.fail(`${r.where('interleave_moe_layer_step')} must be positive`);
    const listed = r.intList('moe_layers');
    const moeLayers = new Set(listed ?? Array.from({ length: r.positive(['num_hidden_layers']) }, (_, i) => i).filter((i) => i % step === step - 1));
    return (layer) => (moeLayers.has(layer) ? spec : dense);
}
/** Jamba: num_experts experts of intermediate_size on layers i with i % expert_layer_period == expert_layer_offset. */
function jambaMoe(r, shape, dense) {
    if (shape.modelType !== 'jamba')
        return null;
    const experts = r.int(['num_experts']) ?? 1;
    if (experts <= 1)
        return () => dense;
    const spec = moe({ numExperts: experts, expertsPerToken: r.need(['num_experts_per_tok']), expertIntermediateSize: dense.intermediateSize, sharedExperts: 0, sharedIntermediateSize: 0 });
    const period = r.int(['expert_layer_period']) ?? 2;
    const offset = r.int(['expert_layer_offset']) ?? 1;
    return (layer) => (period > 0 && layer % period === offset ? spec : dense);
}
/** Mixtral: num_local_experts experts of intermediate_size each, no shared expert. */
function mixtralMoe(r, dense) {
    const local = r.int(['num_local_experts']);
    if (local === null || local <= 1)
        return null;
    const spec = moe({ numExperts: local, expertsPerToken: r.need(['num_experts_per_tok']), expertIntermediateSize: r.int(['moe_intermediate_size']) ?? dense.intermediateSize, sharedExperts: 0, sharedIntermediateSize: 0 });
    return () => spec;
}
/**
 * Qwen-MoE (Qwen2-MoE, Qwen3-MoE, Qwen3-Next): num_experts of moe_intermediate_size, plus one shared
 * expert with a sigmoid gate when shared_expert_intermediate_size is given; decoder_sparse_step and
 * mlp_only_layers pick the sparse layers.
 */
function qwenMoe(r, dense) {
    const experts = r.int(['num_experts']);
    if (experts === null || experts <= 1)
        return null;
    const shared = r.int(['shared_expert_intermediate_size']) ?? 0;
    const spec = moe({
        numExperts: experts,
        expertsPerToken: r.need(['num_experts_per_tok']),
        expertIntermediateSize: r.need(['moe_intermediate_size']),
        sharedExperts: shared > 0 ? 1 : 0,
        sharedIntermediateSize: shared,
        sharedExpertGate: shared > 0,
    });
    const step = r.int(['decoder_sparse_step']) ?? 1;
    if (step === 0)
        throw r.fail(`${r.where('decoder_sparse_step')} must be positive`);
    const mlpOnly = new Set(r.intList('mlp_only_layers') ?? []);
    return (layer) => (!mlpOnly.has(layer) && (layer + 1) % step === 0 ? spec : dense);
}

;// CONCATENATED MODULE: ./src/metrics/mfu/model-families.ts
const llamaLike = {
    tiedByDefault: false,
    layout: 'uniform',
    normsPerLayer: 2,
    finalNorm: 1,
    qkNorm: 'none',
    qkvBias: false,
    allBiases: false,
    plainMlp: false,
    positionEmbeddings: false,
};
const gemma3 = { ...llamaLike, tiedByDefault: true, layout: 'sliding-pattern', normsPerLayer: 4, qkNorm: 'per-head' };
const llama4 = { ...llamaLike, layout: 'llama4' };
const mamba = { ...llamaLike, tiedByDefault: true, layout: 'mamba', normsPerLayer: 1 };
const FAMILIES = {
    llama: llamaLike,
    mistral: { ...llamaLike, layout: 'all-sliding' },
    mixtral: { ...llamaLike, layout: 'all-sliding' },
    phi3: { ...llamaLike, layout: 'all-sliding' },
    qwen2: { ...llamaLike, layout: 'qwen-window', qkvBias: true },
    qwen2_moe: { ...llamaLike, layout: 'qwen-window', qkvBias: true },
    qwen3: { ...llamaLike, layout: 'qwen-window', qkNorm: 'per-head' },
    qwen3_moe: { ...llamaLike, layout: 'qwen-window', qkNorm: 'per-head' },
    qwen3_next: { ...llamaLike, layout: 'linear-interval', qkNorm: 'per-head' },
    deepseek_v2: llamaLike,
    deepseek_v3: llamaLike,
    olmo2: { ...llamaLike, qkNorm: 'full-width' },
    gemma: { ...llamaLike, tiedByDefault: true },
    gemma2: { ...llamaLike, tiedByDefault: true, layout: 'alternating-sliding', normsPerLayer: 4 },
    gemma3,
    gemma3_text: gemma3,
    llama4,
    llama4_text: llama4,
    gpt2: { ...llamaLike, tiedByDefault: true, normsPerLayer: 4, finalNorm: 2, allBiases: true, plainMlp: true, positionEmbeddings: true },
    jamba: { ...llamaLike, layout: 'jamba' },
    mamba,
    falcon_mamba: mamba,
};
function familyOf(modelType) {
    return Object.hasOwn(FAMILIES, modelType) ? FAMILIES[modelType] : null;
}

;// CONCATENATED MODULE: ./src/metrics/mfu/model-config.ts








/**
 * Reads a Hugging Face config.json into a ModelSpec. Multimodal wrappers keep the language model
 * under `text_config`; its fields win over the wrapper's, and the wrapper fills what it lacks
 * (e.g. `tie_word_embeddings`, which some wrappers keep at the top level).
 */
function readModelSpec(configJsonPath) {
    const bytes = (0,read_file/* readFileOrFail */._)(configJsonPath, { what: 'model config.json', missing: 'model config.json not found' });
    const text = (0,utf8_text/* decodeUtf8Text */.$y)(bytes, configJsonPath);
    let raw;
    try {
        raw = JSON.parse(text);
    }
    catch (error) {
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(configJsonPath, undefined, `not valid JSON (${error.message})`));
    }
    return parseModelConfig(raw, configJsonPath);
}
/**
 * Parses an already-decoded config.json; `file` names it in errors. Exported for tests and callers
 * holding JSON. A model type or layer kind infergate cannot count is an InputError naming it.
 */
function parseModelConfig(raw, file) {
    if (!isObject(raw))
        throw new errors/* InputError */.dz((0,errors/* located */.t4)(file, undefined, 'model config must be a JSON object'));
    const nested = isObject(raw.text_config) ? raw.text_config : null;
    const r = new ConfigReader(nested ? { ...raw, ...nested } : raw, file, nested);
    const modelType = r.str('model_type');
    if (modelType === null)
        throw r.fail('no model_type: infergate counts only the model families it knows, so MFU is not computed');
    const family = familyOf(modelType);
    if (!family) {
        throw r.fail(`model_type "${modelType}" is not a family infergate can count (it knows ${Object.keys(FAMILIES).join(', ')}): MFU is not computed rather than guessed`);
    }
    const architectures = Array.isArray(r.cfg.architectures) ? r.cfg.architectures.filter((a) => typeof a === 'string') : [];
    const hiddenSize = r.positive(['hidden_size', 'n_embd', 'd_model']);
    const numLayers = r.positive(['num_hidden_layers', 'n_layer', 'num_layers']);
    const vocabSize = r.positive(['vocab_size']);
    const shape = { modelType, family, hiddenSize };
    const kinds = layerKinds(r, family, numLayers);
    const mixerFor = mixerBuilder(r, shape);
    const mlpFor = mlpBuilder(r, shape);
    const layers = kinds.map((kind, i) => ({ attention: mixerFor(kind), mlp: mlpFor(i), normWeights: family.normsPerLayer * hiddenSize }));
    return {
        source: file,
        modelType,
        architecture: architectures[0] ?? null,
        torchDtype: r.str('torch_dtype') ?? r.str('dtype'),
        fromTextConfig: nested !== null,
        hiddenSize,
        vocabSize,
        tieWordEmbeddings: r.bool('tie_word_embeddings') ?? family.tiedByDefault,
        positionEmbeddings: family.positionEmbeddings ? r.positive(['n_positions', 'max_position_embeddings']) * hiddenSize : 0,
        finalNormWeights: family.finalNorm * hiddenSize,
        layers,
    };
}


/***/ }),

/***/ 46973:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ attentionTypeName),
/* harmony export */   z: () => (/* binding */ isSoftmaxAttention)
/* harmony export */ });
/**
 * The shape of a decoder-only language model as far as FLOPs, parameters and KV-cache bytes need it,
 * read from a Hugging Face config.json (model-config.ts) or a GGUF header (gguf-model.ts). One entry
 * per layer, because models mix layer kinds: dense and expert MLPs, sliding-window, chunked and
 * global attention, and linear-attention or state-space layers beside softmax attention.
 */
/** mha / gqa / mqa / mla, as people name the attention variants; linear mixers by their own name. */
function attentionTypeName(attention) {
    if (attention.kind !== 'standard')
        return attention.kind;
    if (attention.numKvHeads === 1 && attention.numQueryHeads > 1)
        return 'mqa';
    if (attention.numKvHeads < attention.numQueryHeads)
        return 'gqa';
    return 'mha';
}
/** Softmax attention keeps a KV cache and attends over positions; the linear mixers keep a fixed state. */
function isSoftmaxAttention(attention) {
    return attention.kind === 'standard' || attention.kind === 'mla';
}


/***/ }),

/***/ 92777:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ FLOPS_USE),
/* harmony export */   y: () => (/* binding */ countParameters)
/* harmony export */ });
/** The parameter count the FLOPs are built on (docs/mfu.md, "FLOPs of a request"). */
const FLOPS_USE = 'linear_active (2 FLOPs per weight per forwarded token) plus the head (2·h·V per generated token); embeddings are lookups and are not counted';
function countParameters(spec) {
    const h = spec.hiddenSize;
    const embedding = spec.vocabSize * h;
    const lmHead = spec.tieWordEmbeddings ? 0 : spec.vocabSize * h;
    let total = embedding + spec.positionEmbeddings + lmHead + spec.finalNormWeights;
    let active = total;
    let linearActive = 0;
    for (const layer of spec.layers) {
        const count = countLayer(layer, h);
        total += count.total;
        active += count.active;
        linearActive += count.linear;
    }
    const activeWithoutEmbedding = active - embedding - spec.positionEmbeddings;
    return { total, active, activeWithoutEmbedding, activeNonEmbedding: activeWithoutEmbedding - lmHead, embedding, positionEmbedding: spec.positionEmbeddings, lmHead, linearActive };
}
function countLayer(layer, h) {
    const mixer = countMixer(layer.attention, h);
    const mlp = countMlp(layer.mlp, h);
    return {
        total: mixer.total + mlp.total + layer.normWeights,
        active: mixer.total + mlp.active + layer.normWeights,
        linear: mixer.linear + mlp.linear,
    };
}
function countMixer(a, h) {
    switch (a.kind) {
        case 'mla': {
            const qHead = a.qkNopeHeadDim + a.qkRopeHeadDim;
            // q: either h→q_lora (+ its norm) → heads, or h → heads directly.
            const q = a.qLoraRank === null ? h * a.numQueryHeads * qHead : h * a.qLoraRank + a.qLoraRank * a.numQueryHeads * qHead;
            // kv: h → (latent + shared rope key), latent norm, latent → per-head (nope key + value).
            const kvA = h * (a.kvLoraRank + a.qkRopeHeadDim);
            const kvB = a.kvLoraRank * a.numQueryHeads * (a.qkNopeHeadDim + a.vHeadDim);
            const o = a.numQueryHeads * a.vHeadDim * h;
            const linear = q + kvA + kvB + o;
            const total = linear + (a.qLoraRank ?? 0) + a.kvLoraRank;
            return { total, active: total, linear };
        }
        case 'gated-deltanet': {
            const keyDim = a.numKeyHeads * a.keyHeadDim;
            const valueDim = a.numValueHeads * a.valueHeadDim;
            // in_proj_qkvz (q, k, v and the output gate z), in_proj_ba (β and the decay), out_proj.
            const linear = h * (2 * keyDim + 2 * valueDim) + h * 2 * a.numValueHeads + valueDim * h;
            // Depthwise conv over q, k, v (no bias), dt_bias and A_log per value head, the gated norm's weight.
            const total = linear + (2 * keyDim + valueDim) * a.convKernel + 2 * a.numValueHeads + a.valueHeadDim;
            return { total, active: total, linear };
        }
        case 'mamba': {
            const d = a.innerSize;
            // in_proj (x and gate z), x_proj (Δ, B, C), dt_proj, out_proj.
            const linear = h * 2 * d + d * (a.dtRank + 2 * a.stateSize) + a.dtRank * d + d * h;
            const biases = (a.projBias ? 2 * d + h : 0) + (a.convBias ? d : 0) + d; // + dt_proj's bias
            // Depthwise conv weights, A_log, D, and Jamba's Δ/B/C norms.
            const total = linear + biases + d * a.convKernel + d * a.stateSize + d + (a.innerNorms ? a.dtRank + 2 * a.stateSize : 0);
            return { total, active: total, linear };
        }
        case 'standard': {
            const qOut = a.numQueryHeads * a.headDim;
            const kvOut = a.numKvHeads * (a.headDim + a.vHeadDim);
            const linear = h * qOut * (a.queryGate ? 2 : 1) + h * kvOut + a.numQueryHeads * a.vHeadDim * h;
            const biases = (a.qkvBias ? qOut + kvOut : 0) + (a.outBias ? h : 0);
            const total = linear + biases + a.qkNormWeights;
            return { total, active: total, linear };
        }
    }
}
function mlpMatrices(h, intermediate, gated) {
    return (gated ? 3 : 2) * h * intermediate;
}
function countMlp(m, h) {
    if (m.kind === 'none')
        return { total: 0, active: 0, linear: 0 };
    if (m.kind === 'dense') {
        const matrices = mlpMatrices(h, m.intermediateSize, m.gated);
        const biases = m.bias ? (m.gated ? 2 : 1) * m.intermediateSize + h : 0;
        return { total: matrices + biases, active: matrices + biases, linear: matrices };
    }
    const expert = mlpMatrices(h, m.expertIntermediateSize, true);
    const shared = m.sharedExperts * mlpMatrices(h, m.sharedIntermediateSize, true);
    const router = h * m.numExperts + (m.sharedExpertGate ? h : 0);
    const routerBias = m.routerBias ? m.numExperts : 0;
    const alwaysOn = shared + router;
    return {
        total: m.numExperts * expert + alwaysOn + routerBias,
        active: m.expertsPerToken * expert + alwaysOn + routerBias,
        linear: m.expertsPerToken * expert + alwaysOn,
    };
}


/***/ }),

/***/ 38969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ resolvePeak)
/* harmony export */ });
/* unused harmony export TASK_BANDWIDTH_KEY */
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _catalog_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(79075);
/* harmony import */ var _precision_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(82368);



/** task.yaml may also give the bandwidth (GB/s) under this key, overriding the catalog's. */
const TASK_BANDWIDTH_KEY = 'GPU_BANDWIDTH_GBPS';
function resolvePeak(input) {
    for (const [key, value] of Object.entries(input.taskPeaks)) {
        if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
            throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz(`task.yaml: ${key} must be a positive number, got ${JSON.stringify(value)}`);
        }
    }
    const precision = (0,_precision_js__WEBPACK_IMPORTED_MODULE_2__/* .precisionOf */ .ij)(input.dtype);
    if (precision === null) {
        return { available: false, precision: null, reason: `dtype "${input.dtype}" does not name the precision the GEMMs run in (expected e.g. bfloat16, float16, fp8)` };
    }
    const taskKey = `GPU_${precision}`;
    const taskTflops = input.taskPeaks[taskKey];
    const taskBandwidth = input.taskPeaks[TASK_BANDWIDTH_KEY];
    // Say which GPU_* keys task.yaml does give, so a seed config with GPU_FP16 on a bf16 run sees why it was not used.
    const given = Object.keys(input.taskPeaks).filter((k) => /^GPU_(FP|BF|TF|INT)\d+$/.test(k));
    const hint = given.length > 0 ? ` (it gives ${given.join(', ')}; the GEMMs run in ${precision})` : '';
    const gpuName = input.gpuName?.trim() ?? '';
    // The catalog is read only when it can contribute: a missing catalog must not break a run whose task.yaml gives everything.
    const needCatalog = gpuName !== '' && (taskTflops === undefined || taskBandwidth === undefined);
    const catalog = needCatalog ? (0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .loadCatalog */ .ak)(input.catalogPath) : null;
    const entry = catalog && gpuName !== '' ? (0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .findAccelerator */ .di)(catalog, gpuName) : null;
    const cite = (f) => {
        const s = catalog?.sources[f.source];
        const how = f.halved_from_sparse !== undefined ? ` (vendor's ${f.halved_from_sparse} with sparsity, halved)` : f.derived ? ` (${f.derived})` : '';
        return `catalog ${entry?.id}: ${s?.title ?? f.source} <${s?.url ?? ''}>${how}`;
    };
    let bandwidth = null;
    let bandwidthSource = null;
    if (taskBandwidth !== undefined) {
        bandwidth = taskBandwidth;
        bandwidthSource = `task.yaml ${TASK_BANDWIDTH_KEY}`;
    }
    else if (entry?.bandwidth_gbps) {
        bandwidth = entry.bandwidth_gbps.value;
        bandwidthSource = cite(entry.bandwidth_gbps);
    }
    if (taskTflops !== undefined) {
        return { available: true, precision, tflops: taskTflops, bandwidth_gbps: bandwidth, source: `task.yaml ${taskKey}`, bandwidth_source: bandwidthSource, accelerator: entry?.id ?? null };
    }
    if (gpuName === '') {
        return { available: false, precision, reason: `no GPU_NAME and no ${taskKey} in task.yaml${hint}, so the peak ${precision} FLOP/s is unknown` };
    }
    if (entry === null) {
        return { available: false, precision, reason: `GPU "${gpuName}" is not in the accelerator catalog and task.yaml gives no ${taskKey}${hint}` };
    }
    const peak = (0,_catalog_js__WEBPACK_IMPORTED_MODULE_1__/* .denseTflops */ .c)(entry, precision);
    if (!peak) {
        return { available: false, precision, reason: `the catalog has no cited dense ${precision} peak for ${entry.id} and task.yaml gives no ${taskKey}${hint}` };
    }
    return { available: true, precision, tflops: peak.value, bandwidth_gbps: bandwidth, source: cite(peak), bandwidth_source: bandwidthSource, accelerator: entry.id };
}


/***/ }),

/***/ 82368:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $T: () => (/* binding */ WEIGHT_BYTES),
/* harmony export */   ij: () => (/* binding */ precisionOf),
/* harmony export */   st: () => (/* binding */ PRECISIONS)
/* harmony export */ });
/** The precisions the catalog lists peaks for, named as task.yaml's GPU_<PRECISION> keys name them. */
const PRECISIONS = ['FP32', 'TF32', 'BF16', 'FP16', 'FP8', 'INT8', 'FP4'];
/** Bytes a weight takes on the device at each GEMM precision (a GGUF file states its own instead). */
const WEIGHT_BYTES = { FP32: 4, TF32: 4, BF16: 2, FP16: 2, FP8: 1, INT8: 1, FP4: 0.5 };
const ALIASES = {
    fp32: 'FP32', float32: 'FP32', float: 'FP32', f32: 'FP32',
    tf32: 'TF32',
    bf16: 'BF16', bfloat16: 'BF16',
    fp16: 'FP16', float16: 'FP16', half: 'FP16', f16: 'FP16',
    fp8: 'FP8', float8: 'FP8', e4m3: 'FP8', fp8_e4m3: 'FP8', float8_e4m3fn: 'FP8', e5m2: 'FP8', fp8_e5m2: 'FP8',
    int8: 'INT8', w8a8: 'INT8',
    fp4: 'FP4', nvfp4: 'FP4', mxfp4: 'FP4',
};
/**
 * The precision the GEMMs run in, from an engine dtype or torch dtype ("bfloat16", "torch.float16",
 * "fp8", ...). Null when the string does not say (e.g. "auto"): the caller must resolve it first.
 */
function precisionOf(dtype) {
    const key = dtype.trim().toLowerCase().replace(/^torch\./, '').replace(/-/g, '_');
    return ALIASES[key] ?? null;
}


/***/ })

};
