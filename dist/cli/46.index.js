export const id = 46;
export const ids = [46];
export const modules = {

/***/ 5046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  computeMfuOfRowsSafely: () => (/* reexport */ computeMfuOfRowsSafely)
});

// UNUSED EXPORTS: PRECISIONS, TASK_BANDWIDTH_KEY, WEIGHT_BYTES, attentionTypeName, computeMfu, computeMfuSafely, computeUtilization, countParameters, describeModel, findAccelerator, flopsPerToken, ggufModelSpec, kvBytesPerToken, kvBytesReadAtContext, loadCatalog, locateCatalog, parseGgufBytes, parseModelConfig, precisionOf, readGgufHeader, readGgufModelSpec, readModelSpec, requestFlops, resolvePeak, storedBytesPerWeight, utilizationBlock, utilizationHeadline

// EXTERNAL MODULE: ./src/metrics/mfu/model-config.ts + 5 modules
var model_config = __webpack_require__(50653);
// EXTERNAL MODULE: ./src/metrics/mfu/gguf-model.ts
var gguf_model = __webpack_require__(36843);
// EXTERNAL MODULE: ./src/metrics/mfu/gguf-header.ts
var gguf_header = __webpack_require__(29289);
// EXTERNAL MODULE: ./src/metrics/mfu/precision.ts
var mfu_precision = __webpack_require__(82368);
// EXTERNAL MODULE: ./src/metrics/mfu/catalog.ts
var catalog = __webpack_require__(79075);
// EXTERNAL MODULE: ./src/metrics/mfu/peak.ts
var mfu_peak = __webpack_require__(38969);
// EXTERNAL MODULE: ./src/util/errors.ts
var errors = __webpack_require__(70017);
// EXTERNAL MODULE: ./src/metrics/mfu/flops.ts
var flops = __webpack_require__(9434);
// EXTERNAL MODULE: ./src/metrics/mfu/kv-cache.ts
var kv_cache = __webpack_require__(82984);
// EXTERNAL MODULE: ./src/metrics/mfu/parameter-count.ts
var parameter_count = __webpack_require__(92777);
;// CONCATENATED MODULE: ./src/metrics/mfu/utilization.ts




function summarize(model, params, weightBytesPerParam) {
    return {
        source: model.source,
        model_type: model.modelType,
        layers: model.layers.length,
        parameters: { total: params.total, active: params.active, active_without_embedding: params.activeWithoutEmbedding, active_non_embedding: params.activeNonEmbedding, linear_active: params.linearActive },
        flops_use: parameter_count/* FLOPS_USE */.H,
        weight_bytes_per_param: weightBytesPerParam,
    };
}
const ok = (value) => ({ value, reason: null });
const none = (reason) => ({ value: null, reason });
/**
 * MFU  = Σ request FLOPs / (duration × accelerators × peak FLOP/s).
 * Prefill MFU = Σ prefill FLOPs / (Σ TTFT × accelerators × peak); decode MFU likewise over Σ (E2EL − TTFT).
 * MBU  = Σ bytes read by decode steps / Σ decode time / (accelerators × peak bandwidth), where a
 * decode step reads the active weights once and the request's KV cache at its context length.
 * Definitions and caveats: docs/mfu.md.
 */
function computeUtilization(input) {
    const { model, requests, peak } = input;
    const convention = input.attention ?? 'causal';
    if (!Number.isFinite(input.duration_s) || input.duration_s < 0)
        throw new errors/* InputError */.dz(`MFU: duration_s must be a non-negative number, got ${input.duration_s}`);
    if (!Number.isInteger(input.accelerators) || input.accelerators < 1)
        throw new errors/* InputError */.dz(`MFU: accelerators must be a positive integer, got ${input.accelerators}`);
    if (!(input.weightBytesPerParam > 0))
        throw new errors/* InputError */.dz(`MFU: weightBytesPerParam must be positive, got ${input.weightBytesPerParam}`);
    if (!(input.kvBytesPerElement > 0))
        throw new errors/* InputError */.dz(`MFU: kvBytesPerElement must be positive, got ${input.kvBytesPerElement}`);
    const params = (0,parameter_count/* countParameters */.y)(model);
    // Weights one decode step streams: every active parameter except the input embedding tables, of
    // which a step gathers only one row per sequence (when tied, the token table is the head and is read).
    const weightBytesPerStep = (params.active - (model.tieWordEmbeddings ? 0 : params.embedding) - params.positionEmbedding) * input.weightBytesPerParam;
    const sums = sumRequests(model, requests, convention, weightBytesPerStep, input.kvBytesPerElement);
    const { total, prefillTotal, decodeTotal, prefillFlopsTimed, ttftSeconds, withTtft, decodeFlopsTimed, decodeSeconds, decodeBytes, withDecode } = sums;
    const counts = { total: requests.length, with_ttft: withTtft, with_decode: withDecode };
    const summary = summarize(model, params, input.weightBytesPerParam);
    const achieved = requests.length === 0 ? none('no completed request') : input.duration_s > 0 ? ok(total / input.duration_s / 1e12) : none('the run has zero duration');
    if (!peak.available) {
        const reason = `peak unavailable: ${peak.reason}`;
        return { mfu: none(reason), prefill_mfu: none(reason), decode_mfu: none(reason), mbu: none(reason), achieved_tflops: achieved, total_flops: total, prefill_flops: prefillTotal, decode_flops: decodeTotal, attention_convention: convention, peak: null, requests: counts, model: summary };
    }
    const peakFlops = peak.tflops * 1e12 * input.accelerators;
    const mfu = achieved.value === null ? none(achieved.reason) : ok(total / input.duration_s / peakFlops);
    const prefillMfu = withTtft === 0 ? none('no completed request has a TTFT') : ok(prefillFlopsTimed / ttftSeconds / peakFlops);
    const decodeMfu = withDecode === 0 ? none('no completed request generated 2 or more tokens with a TTFT and an E2EL') : ok(decodeFlopsTimed / decodeSeconds / peakFlops);
    let mbu;
    if (peak.bandwidth_gbps === null)
        mbu = none('peak memory bandwidth unknown: not in the catalog entry and no GPU_BANDWIDTH_GBPS in task.yaml');
    else if (withDecode === 0)
        mbu = none(decodeMfu.reason ?? 'no decode timing');
    else
        mbu = ok(decodeBytes / decodeSeconds / (peak.bandwidth_gbps * 1e9 * input.accelerators));
    return {
        mfu,
        prefill_mfu: prefillMfu,
        decode_mfu: decodeMfu,
        mbu,
        achieved_tflops: achieved,
        total_flops: total,
        prefill_flops: prefillTotal,
        decode_flops: decodeTotal,
        attention_convention: convention,
        peak: { tflops: peak.tflops, bandwidth_gbps: peak.bandwidth_gbps, precision: peak.precision, source: peak.source, bandwidth_source: peak.bandwidth_source, accelerator: peak.accelerator },
        requests: counts,
        model: summary,
    };
}
function sumRequests(model, requests, convention, weightBytesPerStep, kvBytesPerElement) {
    const perToken = (0,flops/* flopsPerToken */.Rc)(model);
    const sums = { total: 0, prefillTotal: 0, decodeTotal: 0, prefillFlopsTimed: 0, ttftSeconds: 0, withTtft: 0, decodeFlopsTimed: 0, decodeSeconds: 0, decodeBytes: 0, withDecode: 0 };
    for (let index = 0; index < requests.length; index++) {
        const r = requests.at(index);
        for (const [key, value] of [['prompt_tokens', r.prompt_tokens], ['output_tokens', r.output_tokens]]) {
            if (!Number.isInteger(value) || value < 0)
                throw new errors/* InputError */.dz(`MFU: request ${index}: ${key} must be a non-negative integer, got ${value}`);
        }
        const f = (0,flops/* requestFlops */.Qh)(model, r.prompt_tokens, r.output_tokens, convention, perToken);
        sums.total += f.total;
        sums.prefillTotal += f.prefill;
        sums.decodeTotal += f.decode;
        if (r.ttft_ms !== null && r.ttft_ms > 0) {
            sums.prefillFlopsTimed += f.prefill;
            sums.ttftSeconds += r.ttft_ms / 1000;
            sums.withTtft++;
        }
        const steps = r.output_tokens - 1;
        if (steps >= 1 && r.ttft_ms !== null && r.e2el_ms !== null && r.e2el_ms > r.ttft_ms) {
            sums.decodeFlopsTimed += f.decode;
            sums.decodeSeconds += (r.e2el_ms - r.ttft_ms) / 1000;
            // Step j (1…G−1) reads the cache at context P + j.
            sums.decodeBytes += steps * weightBytesPerStep + (0,kv_cache/* kvBytesReadOverContexts */.zB)(model, r.prompt_tokens, r.prompt_tokens + steps, kvBytesPerElement);
            sums.withDecode++;
        }
    }
    return sums;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/run-folder/request-columns.ts
var request_columns = __webpack_require__(38499);
;// CONCATENATED MODULE: ./src/metrics/mfu/headline.ts
/**
 * The flat name → number entries results.json's `headline` takes from a UtilizationResult (null when
 * not measured; the reason lives in the detailed block, see `utilizationBlock`).
 */
function utilizationHeadline(result) {
    return {
        mfu: result.mfu.value,
        prefill_mfu: result.prefill_mfu.value,
        decode_mfu: result.decode_mfu.value,
        mbu: result.mbu.value,
        achieved_tflops: result.achieved_tflops.value,
    };
}
/** The detailed `metrics.mfu` block of results.json: every value with its reason, the peak and its source. */
function utilizationBlock(result) {
    return { ...result };
}

;// CONCATENATED MODULE: ./src/metrics/mfu/run-mfu.ts










const unavailable = (reason) => ({
    block: { available: false, reason },
    headline: { mfu: null, prefill_mfu: null, decode_mfu: null, mbu: null, achieved_tflops: null },
    unavailable: reason,
});
/**
 * MFU/MBU of the measured requests (docs/mfu.md). Needs the model's shape (config.json in model_path,
 * or the GGUF file model_path names), the accelerator's peak (task.yaml GPU_<PRECISION> or the
 * catalog via GPU_NAME) and a device to divide by; without any of them MFU is reported as unavailable
 * with the reason, never guessed.
 */
function computeMfu(config, records, durationS) {
    const completed = records.filter((r) => r.error === null && !r.warmup);
    return mfuOfCompleted(config, completed, durationS);
}
/** computeMfu over rows of the run's columns (warmup and failed rows left out, as there). */
function computeMfuOfRows(config, columns, rows, durationS) {
    const completed = rows.filter((r) => columns.warmup[r] === 0 && columns.errorKind[r] === 0);
    // Each request built when it is read, not held as a list of objects.
    const requestAt = (i) => {
        const r = completed.at(i);
        if (r === undefined)
            return undefined;
        return { prompt_tokens: (0,request_columns/* orNull */.Xd)(columns.promptTokens[r]), output_tokens: (0,request_columns/* orNull */.Xd)(columns.outputTokens[r]), ttft_ms: (0,request_columns/* orNull */.Xd)(columns.ttftMs[r]), e2el_ms: (0,request_columns/* orNull */.Xd)(columns.e2elMs[r]) };
    };
    return mfuOfCompleted(config, { length: completed.length, at: requestAt }, durationS);
}
function mfuOfCompleted(config, completed, durationS) {
    const model = readModelFile(config.model_path);
    if (!model)
        return unavailable(`no config.json or GGUF model file found at model_path (${config.model_path ?? 'not set'})`);
    const dtype = config.mfu.dtype ?? config.engine_options.dtype ?? model.torchDtype;
    if (!dtype)
        return unavailable('the GEMM precision is unknown: set mfu.dtype (e.g. BF16) in task.yaml');
    const precision = (0,mfu_precision/* precisionOf */.ij)(dtype);
    if (!precision)
        return unavailable(`the precision "${dtype}" is not one of FP32, TF32, BF16, FP16, FP8, INT8, FP4: set mfu.dtype`);
    const taskPeaks = taskPeakKeys(config.gpu_peaks_tflops);
    // gpu_nums 0 runs the engine on the host. A GPU_<PRECISION> in task.yaml is then the peak of that
    // one device, stated by the user; without it there is nothing to divide by.
    const accelerators = config.gpu_nums >= 1 ? config.gpu_nums : taskPeaks[`GPU_${precision}`] !== undefined ? 1 : 0;
    if (accelerators === 0)
        return unavailable(`gpu_nums is 0 (CPU only) and task.yaml gives no GPU_${precision}: there is no peak to compare with`);
    const peak = (0,mfu_peak/* resolvePeak */.U)({ gpuName: config.gpu_nums >= 1 ? (config.gpu_name ?? undefined) : undefined, dtype: precision, taskPeaks, catalogPath: config.mfu.catalog ?? undefined });
    if (completed.length === 0 || durationS === null || durationS <= 0)
        return unavailable('no completed request to compute it from');
    for (let i = 0; i < completed.length; i++) {
        const r = completed.at(i);
        if (r.prompt_tokens === null || r.output_tokens === null)
            return unavailable('the server did not report prompt token counts (usage), which the FLOP count needs');
    }
    const counted = (i) => {
        const r = completed.at(i);
        return r && { prompt_tokens: r.prompt_tokens ?? 0, output_tokens: r.output_tokens ?? 0, ttft_ms: r.ttft_ms, e2el_ms: r.e2el_ms };
    };
    const result = computeUtilization({
        model,
        requests: { length: completed.length, at: counted },
        duration_s: durationS,
        accelerators,
        peak,
        // A GGUF file says how many bytes its weights take (quantized types included); else the precision does.
        weightBytesPerParam: model.weightBytesPerParam ?? mfu_precision/* WEIGHT_BYTES */.$T[precision],
        // The KV cache runs in 16-bit unless the engine is told otherwise; docs/mfu.md.
        kvBytesPerElement: 2,
        attention: config.mfu.non_causal_attention ? 'full' : 'causal',
    });
    return { block: utilizationBlock(result), headline: utilizationHeadline(result), unavailable: result.mfu.value === null ? result.mfu.reason : null };
}
/**
 * The configuration keys its peaks by precision (FP16, BF16, BANDWIDTH_GBPS); resolvePeak names them as
 * task.yaml writes them (GPU_FP16), so that its messages quote the key the user wrote.
 */
function taskPeakKeys(peaks) {
    return Object.fromEntries(Object.entries(peaks).map(([precision, value]) => [`GPU_${precision}`, value]));
}
/** The model's shape: a GGUF file (llama.cpp), a config.json, or a directory holding config.json. */
function readModelFile(modelPath) {
    if (!modelPath || !(0,external_node_fs_.existsSync)(modelPath))
        return null;
    if ((0,external_node_fs_.statSync)(modelPath).isFile()) {
        if (modelPath.toLowerCase().endsWith('.gguf'))
            return (0,gguf_model/* readGgufModelSpec */.yX)(modelPath);
        return modelPath.endsWith('.json') ? (0,model_config/* readModelSpec */.T)(modelPath) : null;
    }
    const candidate = (0,external_node_path_.join)(modelPath, 'config.json');
    return (0,external_node_fs_.existsSync)(candidate) ? (0,model_config/* readModelSpec */.T)(candidate) : null;
}
/** MFU problems are reported in results, not thrown: a bad config.json must not lose the run's figures. */
function computeMfuSafely(config, records, durationS) {
    return safely(() => computeMfu(config, records, durationS));
}
/** computeMfuSafely over rows of the run's columns (the pipeline's). */
function computeMfuOfRowsSafely(config, columns, rows, durationS) {
    return safely(() => computeMfuOfRows(config, columns, rows, durationS));
}
function safely(compute) {
    try {
        return compute();
    }
    catch (error) {
        if (error instanceof errors/* InputError */.dz)
            return unavailable(error.message);
        throw error;
    }
}

;// CONCATENATED MODULE: ./src/metrics/mfu/index.ts
// MFU and MBU from the model's own config.json and a cited accelerator catalog (docs/mfu.md).
















/***/ })

};
