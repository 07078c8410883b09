export const id = 77;
export const ids = [77];
export const modules = {

/***/ 1077:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   verifyCommand: () => (/* binding */ verifyCommand)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _util_json_file_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(80019);
/* harmony import */ var _run_folder_layout_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(87460);
/* harmony import */ var _run_folder_manifest_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(61387);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(70017);





/** What `infergate verify RUN_DIR` does: one line per file of the manifest; throws naming each file that does not match. */
async function verifyCommand(runDir) {
    const resultsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(runDir, _run_folder_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_FILES */ .al.results);
    const results = (0,_util_json_file_js__WEBPACK_IMPORTED_MODULE_1__/* .readJsonFile */ .J)(resultsPath);
    const manifest = (0,_run_folder_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .parseManifest */ .Ng)(results !== null && typeof results === 'object' ? results.manifest : undefined, resultsPath);
    const checks = await (0,_run_folder_manifest_js__WEBPACK_IMPORTED_MODULE_3__/* .checkManifest */ .K7)(runDir, manifest);
    for (const check of checks)
        process.stdout.write(`${check.status === 'ok' ? 'ok      ' : check.status === 'missing' ? 'MISSING ' : 'MODIFIED'} ${check.file}\n`);
    const bad = checks.filter((c) => c.status !== 'ok');
    if (bad.length > 0) {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`${runDir}: ${bad.length} of ${checks.length} files do not match the manifest in ${_run_folder_layout_js__WEBPACK_IMPORTED_MODULE_2__/* .RUN_FILES */ .al.results} (${bad.map((c) => `${c.file} ${c.status}`).join(', ')})`);
    }
    process.stdout.write(`verified: ${checks.length} files match the manifest in ${resultsPath}\n`);
    return _util_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .ExitCode */ .yU.ok;
}


/***/ }),

/***/ 61387:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K7: () => (/* binding */ checkManifest),
/* harmony export */   Ng: () => (/* binding */ parseManifest),
/* harmony export */   u1: () => (/* binding */ buildManifest)
/* harmony export */ });
/* unused harmony export hashFile */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _util_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(70017);
/* harmony import */ var _layout_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(87460);





/**
 * The run folder's SHA-256 manifest, kept in results.json: every file the run wrote before results.json,
 * so `infergate verify` can tell whether the folder is the one the results describe. It leaves out
 * results.json (it cannot hash itself) and console.log (still being written when results.json is);
 * the artifact attestation covers both (docs/certification.md).
 */
const UNHASHED = [_layout_js__WEBPACK_IMPORTED_MODULE_4__/* .RUN_FILES */ .al.results, _layout_js__WEBPACK_IMPORTED_MODULE_4__/* .RUN_FILES */ .al.console];
async function hashFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}
function listFiles(dir) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readdirSync)(dir, { withFileTypes: true, recursive: true })
        .filter((d) => d.isFile())
        .map((d) => (0,node_path__WEBPACK_IMPORTED_MODULE_2__.relative)(dir, (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(d.parentPath, d.name)).split(node_path__WEBPACK_IMPORTED_MODULE_2__.sep).join('/'))
        .sort();
}
/** Hashes every file now in the run folder but results.json and console.log (paths relative to it). */
async function buildManifest(runDir) {
    const files = {};
    for (const file of listFiles(runDir)) {
        if (UNHASHED.includes(file))
            continue;
        files[file] = await hashFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(runDir, file));
    }
    return { algorithm: 'sha256', files };
}
/** Re-hashes every file the manifest lists; files added to the folder later are not part of the check. */
async function checkManifest(runDir, manifest) {
    const checks = [];
    for (const [file, expected] of Object.entries(manifest.files)) {
        let actual;
        try {
            actual = await hashFile((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(runDir, ...file.split('/')));
        }
        catch {
            checks.push({ file, status: 'missing' });
            continue;
        }
        checks.push({ file, status: actual.sha256 === expected.sha256 && actual.bytes === expected.bytes ? 'ok' : 'modified' });
    }
    return checks;
}
/** The manifest as results.json carries it, checked before any file is hashed against it. */
function parseManifest(value, where) {
    const fail = (why) => {
        throw new _util_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`${where}: key manifest: ${why}`);
    };
    if (value === undefined)
        fail('missing: this run was written by an infergate without manifests, or the key was removed');
    const m = value;
    if (m === null || typeof m !== 'object' || m.algorithm !== 'sha256' || m.files === null || typeof m.files !== 'object')
        fail('expected { algorithm: "sha256", files: { path: { sha256, bytes } } }');
    for (const [file, entry] of Object.entries(m.files)) {
        const e = entry;
        if (e === null || typeof e !== 'object' || typeof e.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(e.sha256) || !Number.isInteger(e.bytes))
            fail(`files.${file}: expected { sha256: 64 hex digits, bytes: integer }`);
        // A manifest names files inside the run folder only: no absolute path, no way up.
        if (file.startsWith('/') || file.split('/').some((part) => part === '..' || part === '') || file.includes('\\'))
            fail(`files: ${JSON.stringify(file)} is not a path inside the run folder`);
    }
    return m;
}


/***/ }),

/***/ 24899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I2: () => (/* binding */ specialKind),
/* harmony export */   Iy: () => (/* binding */ refuseSpecialFile),
/* harmony export */   N4: () => (/* binding */ unreachableReason)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70017);


/**
 * What a path in the data is, when it is not a regular file or a folder. Opening a named pipe blocks until
 * a writer comes (for ever, in CI), a socket or device cannot be read as data, and a link loop never
 * resolves: each is refused by its type before anything opens it.
 */
function specialKind(stats) {
    if (stats.isFIFO())
        return 'a named pipe (FIFO)';
    if (stats.isSocket())
        return 'a socket';
    if (stats.isCharacterDevice())
        return 'a character device';
    if (stats.isBlockDevice())
        return 'a block device';
    return null;
}
/** The sentence for a path whose stat failed: a link loop, a broken link, a missing path. */
function unreachableReason(error) {
    const code = error.code;
    switch (code) {
        case 'ELOOP':
            return 'a symbolic link loop (the link leads back to itself)';
        case 'ENOENT':
            return 'no such file or folder';
        case 'EACCES':
        case 'EPERM':
            return 'permission denied';
        case 'ENOTDIR':
            return 'a path through something that is not a folder';
        default:
            return `cannot be read (${code ?? String(error)})`;
    }
}
/**
 * Refuses a path that is a pipe, socket or device before it is read: reading a named pipe blocks until
 * a writer comes. A path that cannot be stat'ed is left to the read, which reports it.
 */
function refuseSpecialFile(path, what) {
    let stats;
    try {
        stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(path);
    }
    catch {
        return;
    }
    const special = specialKind(stats);
    if (special !== null)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .dz(`${path}: the ${what} is ${special}, not a regular file`);
}


/***/ }),

/***/ 80019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ readJsonFile),
/* harmony export */   l: () => (/* binding */ parseJsonText)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70017);
/* harmony import */ var _file_kind_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(24899);
/* harmony import */ var _read_file_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(45201);
/* harmony import */ var _utf8_text_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(88253);




function jsonErrorLine(text, error) {
    // V8 reports "... at position N" (and newer versions "(line L column C)"); turn the position into a line.
    const lineMatch = /line (\d+)/.exec(error.message);
    if (lineMatch)
        return Number(lineMatch[1]);
    const posMatch = /position (\d+)/.exec(error.message);
    if (!posMatch)
        return undefined;
    return text.slice(0, Number(posMatch[1])).split('\n').length;
}
/** Reads and parses a JSON file (UTF-8, a BOM allowed; no device or pipe), with the file (and line, for a syntax error) named in any error. */
function readJsonFile(path) {
    (0,_file_kind_js__WEBPACK_IMPORTED_MODULE_1__/* .refuseSpecialFile */ .Iy)(path, 'file');
    return parseJsonText((0,_utf8_text_js__WEBPACK_IMPORTED_MODULE_3__/* .decodeUtf8Text */ .$y)((0,_read_file_js__WEBPACK_IMPORTED_MODULE_2__/* .readFileOrFail */ ._)(path, { what: 'the file', missing: 'file not found' }), path), path);
}
/** Parses JSON text read from elsewhere (a file at a git commit); `name` says where it came from in the error, with the line. */
function parseJsonText(text, name) {
    try {
        return JSON.parse(text);
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .dz((0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .located */ .t4)(name, jsonErrorLine(text, error), 'not valid JSON'));
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
