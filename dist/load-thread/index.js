import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ // The require scope
/******/ var __nccwpck_require__ = {};
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: external "node:net"
const external_node_net_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");
var external_node_net_default = /*#__PURE__*/__nccwpck_require__.n(external_node_net_namespaceObject);
;// CONCATENATED MODULE: external "node:tls"
const external_node_tls_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");
var external_node_tls_default = /*#__PURE__*/__nccwpck_require__.n(external_node_tls_namespaceObject);
;// CONCATENATED MODULE: ./src/load/connection-pool.ts
/**
 * Keep-alive connections (plain `net` or `tls` sockets), one request in flight on each, handed out only
 * while idle. A request writes its bytes straight to the socket it was given (stream-request.ts), so the
 * send stamp is the moment they leave: no client library in between that can hold a request for an
 * event-loop turn (undici did, 7–66 ms under load; docs/metrics.md, "Send time"). Connections that saw a
 * failure are closed, not reused; an idle one the server closes or writes to is dropped.
 *
 * `prewarm` opens a step's connections before its clock starts: opening 512 connections while the first
 * requests already stream made the client stamp their tokens late (measured here: sends of the first wave
 * spread over 112 ms with connections opened on demand, 29 ms with them open).
 */


/**
 * The one buffer every plain connection reads into (net's `onread`): a read allocates no Buffer and skips
 * the Readable stream machinery (push, 'data' events) that a socket's default reads, and Node's http
 * client's, go through. With the byte path (sse-parser.ts), the client's CPU per text event went from
 * 26–31 µs to 20–22 µs at 64 streams (C server on decode steps, alternated runs, load average 7). Shared
 * safely: a read's bytes are handed to the connection's reader at once, and whoever keeps any copies them
 * (deferred-parse.ts) before the next read.
 */
const READ_BUFFER = Buffer.allocUnsafe(64 * 1024);
/** One connection to the origin. `ready` once connected (for https, once the handshake is done). */
class Connection {
    socket;
    ready = false;
    /** Requests this connection has carried (a server may drop a reused one before answering). */
    served = 0;
    /** The error that ended the connection before it was ready, kept for a request that waits on it. */
    failure = null;
    /** The request reading this connection; null while idle, when bytes mean the server is out of step. */
    reader = null;
    waiting = [];
    /**
     * `readsIntoSharedBuffer`: the socket was opened with an `onread` callback that calls deliver (the pool's
     * plain sockets); otherwise (TLS, which has no onread, or a socket made elsewhere) its 'data' events are delivered.
     */
    constructor(socket, secure, readsIntoSharedBuffer = false) {
        this.socket = socket;
        socket.setNoDelay(true);
        if (!readsIntoSharedBuffer)
            socket.on('data', (bytes) => this.deliver(bytes));
        // An idle socket the server resets must not raise an unhandled 'error'.
        socket.on('error', (err) => this.settle(err));
        socket.once(secure ? 'secureConnect' : 'connect', () => this.settle(null));
        socket.once('close', () => this.settle(new ConnectionClosedError()));
    }
    /** Hands bytes read from the socket to the request on it; a server never speaks first, so bytes on an idle connection close it. */
    deliver(bytes) {
        if (this.reader !== null)
            this.reader(bytes);
        else
            this.socket.destroy();
    }
    /** Calls `callback` once the connection is ready (now, when it is) or has failed. */
    whenReady(callback) {
        if (this.ready || this.failure)
            callback(this.failure);
        else
            this.waiting.push(callback);
    }
    settle(err) {
        if (this.ready || this.failure)
            return;
        if (err)
            this.failure = err;
        else
            this.ready = true;
        const waiting = this.waiting;
        this.waiting = [];
        for (const w of waiting)
            w(err);
    }
}
/** The connection closed before it was established. */
class ConnectionClosedError extends Error {
    code = 'INFERGATE_SOCKET_CLOSED';
    constructor() {
        super('the server closed the connection');
    }
}
class ConnectionPool {
    origin;
    idle = [];
    all = new Set();
    closed = false;
    secure;
    hostname;
    port;
    constructor(origin) {
        this.origin = origin;
        const url = new URL(origin);
        this.secure = url.protocol === 'https:';
        this.hostname = url.hostname.replace(/^\[|\]$/g, '');
        this.port = Number(url.port || (this.secure ? 443 : 80));
    }
    /** An idle kept-alive connection, or a new one. */
    acquire() {
        return this.idle.pop() ?? this.fresh();
    }
    /** A new connection that never carried a request (for the retry after a dropped kept-alive one). */
    fresh() {
        // The read callback is given before the connection exists; it runs only after, once bytes arrive.
        let connection = null;
        const onread = {
            buffer: READ_BUFFER,
            callback: (n, buffer) => {
                connection.deliver(buffer.subarray(0, n));
                return true;
            },
        };
        const socket = this.secure
            ? external_node_tls_default().connect({ host: this.hostname, port: this.port, servername: (0,external_node_net_namespaceObject.isIP)(this.hostname) === 0 ? this.hostname : undefined, ALPNProtocols: ['http/1.1'] })
            : external_node_net_default().connect({ host: this.hostname, port: this.port, onread });
        const opened = (connection = new Connection(socket, this.secure, !this.secure));
        this.all.add(opened);
        socket.once('close', () => this.forget(opened));
        return opened;
    }
    /**
     * Opens connections, all at once, until `count` are idle. A connection that cannot be opened is left
     * out: the request that would have used it opens its own and reports the failure. Returns early when
     * `signal` aborts; connections opened by then are closed with the pool.
     */
    async prewarm(count, signal) {
        const missing = count - this.idle.length;
        if (missing <= 0 || this.closed || signal?.aborted)
            return;
        const opened = Array.from({ length: missing }, () => {
            const connection = this.fresh();
            return new Promise((resolve) => connection.whenReady((err) => {
                if (err)
                    connection.socket.destroy();
                else
                    this.release(connection, true);
                resolve();
            }));
        });
        const stop = new Promise((resolve) => signal?.addEventListener('abort', () => resolve(), { once: true }));
        await Promise.race([Promise.all(opened), stop]);
    }
    /** Returns a connection after its request ended; `healthy` false closes it instead. */
    release(connection, healthy) {
        const socket = connection.socket;
        connection.reader = null;
        if (healthy && !this.closed && connection.ready && !socket.destroyed && socket.readyState === 'open') {
            this.idle.push(connection);
            return;
        }
        socket.destroy();
        this.forget(connection);
    }
    async close() {
        this.closed = true;
        this.idle.length = 0;
        const open = [...this.all];
        this.all.clear();
        await Promise.all(open.map((c) => new Promise((resolve) => {
            if (c.socket.closed)
                return resolve();
            c.socket.once('close', () => resolve());
            c.socket.destroy();
        })));
    }
    forget(connection) {
        this.all.delete(connection);
        const at = this.idle.indexOf(connection);
        if (at >= 0)
            this.idle.splice(at, 1);
    }
}

;// CONCATENATED MODULE: ./src/load/sse-parser.ts
const LF = 10;
const CR = 13;
const COLON = 58;
const SPACE = 32;
class SseParser {
    /** Bytes of the current, not yet terminated line (copied: a chunk is not kept for one partial line). */
    partial = null;
    /** The previous chunk ended in CR: a leading LF in the next chunk belongs to that line ending. */
    pendingCr = false;
    /** The data buffer; null while the event has no data line. */
    data = null;
    eventName = '';
    /** Feeds one network chunk; calls `onEvent` for each event it completes, in order. */
    push(chunk, onEvent) {
        this.pushTo(chunk, { dataLine: () => false, event: (data, event) => onEvent({ data, event }) });
    }
    /** Feeds one network chunk to `sink`, event by event, in order (no object per event). */
    pushTo(chunk, sink) {
        const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        const n = bytes.length;
        let start = 0;
        if (this.pendingCr) {
            this.pendingCr = false;
            if (n > 0 && bytes[0] === LF)
                start = 1;
        }
        // The next CR at or after the scan position; n when there is none (searched once per CR, not per line).
        let nextCr = bytes.indexOf(CR, start);
        if (nextCr < 0)
            nextCr = n;
        while (start < n) {
            let nextLf = bytes.indexOf(LF, start);
            if (nextLf < 0)
                nextLf = n;
            const end = nextLf < nextCr ? nextLf : nextCr;
            if (end === n)
                break;
            // One `data:` line and the blank line after it, whole in this chunk, with nothing carried: offered as bytes.
            if (end === nextLf && bytes[end + 1] === LF && this.partial === null && this.data === null && this.eventName === '' && isDataLine(bytes, start, end)) {
                const valueStart = bytes[start + 5] === SPACE && start + 5 < end ? start + 6 : start + 5;
                if (sink.dataLine(bytes, valueStart, end)) {
                    start = end + 2;
                    continue;
                }
            }
            this.takeLine(bytes, start, end, sink);
            if (end === nextCr) {
                if (end + 1 < n) {
                    if (bytes[end + 1] === LF)
                        start = end + 2;
                    else
                        start = end + 1;
                }
                else {
                    this.pendingCr = true;
                    start = n;
                }
                nextCr = bytes.indexOf(CR, start);
                if (nextCr < 0)
                    nextCr = n;
            }
            else {
                start = end + 1;
            }
        }
        if (start < n) {
            const rest = bytes.subarray(start);
            this.partial = this.partial ? Buffer.concat([this.partial, rest]) : Buffer.from(rest);
        }
    }
    /** Ends the stream. Per the spec an event not terminated by a blank line is discarded; returns whether one was. */
    end() {
        const incomplete = (this.partial !== null && this.partial.length > 0) || this.data !== null;
        this.partial = null;
        this.data = null;
        this.eventName = '';
        return incomplete;
    }
    /** One line: bytes[start, end) of this chunk, after the partial line carried from earlier chunks. */
    takeLine(bytes, start, end, sink) {
        if (this.partial) {
            const line = Buffer.concat([this.partial, bytes.subarray(start, end)]);
            this.partial = null;
            this.processLine(line, 0, line.length, sink);
        }
        else {
            this.processLine(bytes, start, end, sink);
        }
    }
    processLine(b, start, end, sink) {
        if (start === end) {
            if (this.data !== null)
                sink.event(this.data, this.eventName || 'message');
            this.data = null;
            this.eventName = '';
            return;
        }
        if (b[start] === COLON)
            return; // a comment
        const colon = b.indexOf(COLON, start);
        const nameEnd = colon < 0 || colon >= end ? end : colon;
        let valueStart = nameEnd === end ? end : nameEnd + 1;
        if (valueStart < end && b[valueStart] === SPACE)
            valueStart += 1;
        const nameLength = nameEnd - start;
        if (nameLength === 4 && b[start] === 100 && b[start + 1] === 97 && b[start + 2] === 116 && b[start + 3] === 97 /* data */) {
            const value = valueStart < end ? b.toString('utf8', valueStart, end) : '';
            this.data = this.data === null ? value : `${this.data}\n${value}`;
        }
        else if (nameLength === 5 && b[start] === 101 && b[start + 1] === 118 && b[start + 2] === 101 && b[start + 3] === 110 && b[start + 4] === 116 /* event */) {
            this.eventName = valueStart < end ? b.toString('utf8', valueStart, end) : '';
        }
    }
}
/** bytes[start, end) is a line whose field name is `data` ("data:" then the value). */
function isDataLine(b, start, end) {
    return end - start >= 5 && b[start] === 100 && b[start + 1] === 97 && b[start + 2] === 116 && b[start + 3] === 97 && b[start + 4] === COLON;
}

;// CONCATENATED MODULE: ./src/load/stream-event.ts
class MalformedEventError extends Error {
}
function str(v) {
    return typeof v === 'string' ? v : '';
}
function num(v) {
    return typeof v === 'number' && Number.isFinite(v) ? v : null;
}
/** Interprets one event's data; throws MalformedEventError when it is neither [DONE] nor a JSON object. */
function interpretEventData(data) {
    const trimmed = data.trim();
    if (trimmed === '[DONE]')
        return { kind: 'done' };
    let value;
    try {
        value = JSON.parse(trimmed);
    }
    catch {
        throw new MalformedEventError(`event data is not JSON: ${JSON.stringify(trimmed.slice(0, 120))}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
        throw new MalformedEventError(`event data is not a JSON object: ${JSON.stringify(trimmed.slice(0, 120))}`);
    }
    const obj = value;
    if (obj.error !== undefined && obj.error !== null) {
        const e = obj.error;
        const message = typeof e === 'string' ? e : str(e.message) || JSON.stringify(e).slice(0, 200);
        return { kind: 'error', message };
    }
    // vLLM also reports errors as a bare {"object":"error","message":...} in some versions.
    if (obj.object === 'error')
        return { kind: 'error', message: str(obj.message) || 'error event' };
    const choices = Array.isArray(obj.choices) ? obj.choices : [];
    let content = '';
    let reasoning = '';
    let finish = null;
    const first = choices[0];
    if (typeof first === 'object' && first !== null) {
        const c = first;
        const delta = c.delta;
        if (typeof delta === 'object' && delta !== null) {
            const d = delta;
            content = str(d.content);
            reasoning = str(d.reasoning_content) || str(d.reasoning);
        }
        if (typeof c.text === 'string')
            content = c.text;
        finish = typeof c.finish_reason === 'string' ? c.finish_reason : null;
    }
    let usage = null;
    if (typeof obj.usage === 'object' && obj.usage !== null) {
        const u = obj.usage;
        usage = { prompt_tokens: num(u.prompt_tokens), completion_tokens: num(u.completion_tokens) };
    }
    return { kind: 'chunk', has_choices: choices.length > 0, content, reasoning, finish_reason: finish, usage };
}

;// CONCATENATED MODULE: ./src/load/event-template.ts
/**
 * A validated fast path for the text events of one stream, so most of them are read without JSON.parse
 * (JSON.parse was 21% of the client's CPU at 64 streams).
 *
 * Within one stream an engine's text chunks differ only in the text: `{"id":"chatcmpl-1",...,"delta":
 * {"content":"` + text + `"},...}`. The first text event is read by the full path (interpretEventData);
 * the bytes before and after its text's string literal become a template. A later event that starts and
 * ends with exactly those bytes, with a valid JSON string between them, is the same JSON document with
 * another string in that one place — so it means what the template meant, with the new text. Anything
 * else (the finish chunk, usage, [DONE], an error, another shape) takes the full path.
 *
 * A template is accepted only after a probe: its prefix + a probe string + its suffix is read by the full
 * path and must give the probe as its text and everything else as the template event did. The fast path
 * only answers for a non-empty string (an empty one may mean "no text here" and let another field
 * speak). test/load/event-template.property.test.ts checks fast path ≡ full path on generated events.
 *
 * matchBytes is the same test on the undecoded bytes of a data line, for the common case: a template
 * whose prefix and suffix are ASCII and a text of printable ASCII without escapes. Then the whole line is
 * ASCII, its bytes are its characters, and a byte match is exactly a string match; any other line is left
 * to interpret. No string is made for the event: the caller copies the text's bytes (text-parts.ts).
 */

/** The keys whose string value is the text of a chunk, by the field they fill. */
const KEYS = {
    content: ['"content":"', '"text":"'],
    reasoning: ['"reasoning_content":"', '"reasoning":"'],
};
const PROBE = 'infergate probe ✓';
class EventTemplates {
    templates = [];
    /** Fields a template was looked for and none was found: not looked for again in this stream. */
    given_up = new Set();
    /**
     * The template a data line bytes[start, end) fits with a printable-ASCII text and no escape (the text is
     * then bytes[start + prefix length, end − suffix length)), or null: the caller decodes the line and asks
     * interpret. Only a line interpret would answer from that same template with that text is matched.
     */
    matchBytes(bytes, start, end) {
        for (const t of this.templates) {
            const prefix = t.prefix_bytes;
            const suffix = t.suffix_bytes;
            if (prefix === null || suffix === null)
                continue;
            const textStart = start + prefix.length;
            const textEnd = end - suffix.length;
            if (textEnd <= textStart || !sameBytes(bytes, start, prefix) || !sameBytes(bytes, textEnd, suffix))
                continue;
            for (let i = textStart; i < textEnd; i++) {
                const b = bytes[i];
                // A quote, a backslash, a control or a non-ASCII byte: interpret reads it (it may still fit).
                if (b < 32 || b > 126 || b === 34 || b === 92)
                    return null;
            }
            return t;
        }
        return null;
    }
    /** The event this data means; the same answer as interpretEventData, faster for a templated event. */
    interpret(data) {
        for (const t of this.templates) {
            const text = fill(t, data);
            if (text !== null) {
                return { kind: 'chunk', has_choices: t.has_choices, content: t.field === 'content' ? text : '', reasoning: t.field === 'reasoning' ? text : '', finish_reason: null, usage: null };
            }
        }
        const event = interpretEventData(data);
        if (event.kind === 'chunk')
            this.learn(data, event);
        return event;
    }
    learn(data, event) {
        if (event.finish_reason !== null || event.usage !== null || this.templates.length >= 2)
            return;
        const field = event.content.length > 0 && event.reasoning.length === 0 ? 'content' : event.reasoning.length > 0 && event.content.length === 0 ? 'reasoning' : null;
        if (field === null || this.given_up.has(field) || this.templates.some((t) => t.field === field))
            return;
        const template = findTemplate(data, event, field);
        if (template)
            this.templates.push(template);
        else
            this.given_up.add(field);
    }
}
/** The template of `data` for `field`, if one key holds that text and the probe confirms it. */
function findTemplate(data, event, field) {
    for (const key of KEYS[field]) {
        const at = data.indexOf(key);
        if (at < 0 || data.indexOf(key, at + 1) >= 0)
            continue;
        const open = at + key.length;
        const close = stringEnd(data, open);
        if (close < 0)
            continue;
        const prefix = data.slice(0, open);
        const suffix = data.slice(close);
        const template = { prefix, suffix, field, has_choices: event.has_choices, prefix_bytes: asciiBytes(prefix), suffix_bytes: asciiBytes(suffix) };
        if (fill(template, data) !== event[field] || !confirmed(template, event))
            continue;
        return template;
    }
    return null;
}
/** The full path reads prefix + probe + suffix as the template event with the probe as its text. */
function confirmed(t, event) {
    let probe;
    try {
        probe = interpretEventData(t.prefix + PROBE + t.suffix);
    }
    catch {
        return false;
    }
    if (probe.kind !== 'chunk')
        return false;
    const other = t.field === 'content' ? 'reasoning' : 'content';
    return probe[t.field] === PROBE && probe[other] === '' && probe.has_choices === event.has_choices && probe.finish_reason === null && probe.usage === null;
}
/** The non-empty text `data` holds in the template's slot, or null when it does not fit the template. */
function fill(t, data) {
    const end = data.length - t.suffix.length;
    if (end <= t.prefix.length || !data.startsWith(t.prefix) || !data.endsWith(t.suffix))
        return null;
    let escaped = false;
    for (let i = t.prefix.length; i < end; i++) {
        const c = data.charCodeAt(i);
        if (c === 34 /* " */ || c < 32)
            return null;
        if (c === 92 /* \ */) {
            escaped = true;
            break;
        }
    }
    const body = data.slice(t.prefix.length, end);
    if (!escaped)
        return body;
    try {
        // Validates the escapes too: an unescaped quote or a bad escape throws.
        const text = JSON.parse(`"${body}"`);
        return typeof text === 'string' && text.length > 0 ? text : null;
    }
    catch {
        return null;
    }
}
/** The bytes of an ASCII string; null when it has any other character. */
function asciiBytes(text) {
    for (let i = 0; i < text.length; i++)
        if (text.charCodeAt(i) > 127)
            return null;
    return Buffer.from(text, 'latin1');
}
/** bytes[at, at + expected.length) equals expected (a JS loop: for the ~100 bytes of a prefix it beats a native call). */
function sameBytes(bytes, at, expected) {
    const n = expected.length;
    if (at < 0 || at + n > bytes.length)
        return false;
    for (let i = 0; i < n; i++)
        if (bytes[at + i] !== expected[i])
            return false;
    return true;
}
/** Index of the quote that closes the JSON string whose body starts at `from`; -1 if none. */
function stringEnd(data, from) {
    for (let i = from; i < data.length; i++) {
        const c = data.charCodeAt(i);
        if (c === 92)
            i += 1;
        else if (c === 34)
            return i;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/load/text-parts.ts
/**
 * The generated text of one field of one stream, built as the events arrive and decoded once at the end.
 * A templated event's text (event-template.ts, matchBytes) is printable ASCII and is copied as bytes into
 * one growing buffer, so a token costs no string; a text read the general way arrives as a string and is
 * kept as one. The order is kept: the ASCII bytes pending are turned into a string before a string part.
 * (V8 would allocate a string per token otherwise; a 64-token answer is then one string, not 64 and a join.)
 */
const FIRST_CAPACITY = 256;
class TextParts {
    parts = [];
    ascii = null;
    asciiLength = 0;
    /** Appends bytes[start, end), all printable ASCII. */
    appendAscii(bytes, start, end) {
        const n = end - start;
        let buffer = this.ascii;
        if (buffer === null || this.asciiLength + n > buffer.length) {
            const grown = Buffer.allocUnsafe(Math.max(FIRST_CAPACITY, 2 * (this.asciiLength + n)));
            if (buffer !== null)
                buffer.copy(grown, 0, 0, this.asciiLength);
            buffer = this.ascii = grown;
        }
        let at = this.asciiLength;
        // A token is a few bytes: a loop is cheaper than a native copy's call.
        for (let i = start; i < end; i++)
            buffer[at++] = bytes[i];
        this.asciiLength = at;
    }
    append(text) {
        this.flushAscii();
        this.parts.push(text);
    }
    /** The text so far. */
    text() {
        this.flushAscii();
        return this.parts.length === 1 ? this.parts[0] : this.parts.join('');
    }
    flushAscii() {
        if (this.asciiLength === 0)
            return;
        this.parts.push(this.ascii.toString('latin1', 0, this.asciiLength));
        this.asciiLength = 0;
    }
}

;// CONCATENATED MODULE: ./src/load/stream-accumulator.ts



class StreamFailure extends Error {
    kind;
    constructor(kind, message) {
        super(message);
        this.kind = kind;
    }
}
/** Rounds to microseconds so records stay small without losing anything a clock can tell apart here. */
function roundMs(x) {
    return Math.round(x * 1000) / 1000;
}
class StreamAccumulator {
    sendAt;
    state = {
        ttft_ms: null, first_choice_ms: null, e2el_ms: null, text_event_ms: [], prompt_tokens: null,
        usage_completion_tokens: null, finish_reason: null, content: '', reasoning: '', done: false,
    };
    contentParts = new TextParts();
    reasoningParts = new TextParts();
    /** Reads the stream's repeated text chunks without JSON.parse (event-template.ts). */
    templates = new EventTemplates();
    constructor(sendAt) {
        this.sendAt = sendAt;
    }
    /**
     * Takes one event given as the bytes of its one data line, bytes[start, end), when a template of this
     * stream reads it (event-template.ts, matchBytes); returns false, having done nothing, otherwise (the
     * caller then decodes it and calls add). Same effect as add(the decoded line, arrivedAt).
     */
    addBytes(bytes, start, end, arrivedAt) {
        const t = this.templates.matchBytes(bytes, start, end);
        if (t === null)
            return false;
        const s = this.state;
        const offset = roundMs(arrivedAt - this.sendAt);
        if (t.has_choices && s.first_choice_ms === null)
            s.first_choice_ms = offset;
        if (s.ttft_ms === null)
            s.ttft_ms = offset;
        s.e2el_ms = offset;
        s.text_event_ms.push(offset);
        (t.field === 'content' ? this.contentParts : this.reasoningParts).appendAscii(bytes, start + t.prefix_bytes.length, end - t.suffix_bytes.length);
        return true;
    }
    /** Takes one event's data; throws StreamFailure for malformed or error events. */
    add(data, arrivedAt) {
        let ev;
        try {
            ev = this.templates.interpret(data);
        }
        catch (err) {
            if (err instanceof MalformedEventError)
                throw new StreamFailure('malformed_event', err.message);
            throw err;
        }
        const s = this.state;
        if (ev.kind === 'done') {
            s.done = true;
            return;
        }
        if (ev.kind === 'error')
            throw new StreamFailure('server_error_event', `server sent an error event: ${ev.message}`);
        const offset = roundMs(arrivedAt - this.sendAt);
        if (ev.has_choices && s.first_choice_ms === null)
            s.first_choice_ms = offset;
        if (ev.content.length > 0 || ev.reasoning.length > 0) {
            if (s.ttft_ms === null)
                s.ttft_ms = offset;
            s.e2el_ms = offset;
            s.text_event_ms.push(offset);
            if (ev.content.length > 0)
                this.contentParts.append(ev.content);
            if (ev.reasoning.length > 0)
                this.reasoningParts.append(ev.reasoning);
        }
        if (ev.finish_reason !== null)
            s.finish_reason = ev.finish_reason;
        if (ev.usage !== null) {
            // Servers that send usage on every chunk (TensorRT-LLM) grow it; the last one is the total.
            if (ev.usage.prompt_tokens !== null)
                s.prompt_tokens = ev.usage.prompt_tokens;
            if (ev.usage.completion_tokens !== null)
                s.usage_completion_tokens = ev.usage.completion_tokens;
        }
    }
    /** The generated text: content, then reasoning when there was any. */
    text() {
        const content = this.contentParts.text();
        const reasoning = this.reasoningParts.text();
        return reasoning.length > 0 ? (content.length > 0 ? `${content}\n${reasoning}` : reasoning) : content;
    }
}

;// CONCATENATED MODULE: ./src/load/deferred-parse.ts
const dirty = new Set();
let scheduled = false;
function flushAll() {
    scheduled = false;
    // Requests that turn dirty while flushing are handled in the next turn.
    const batch = [...dirty];
    dirty.clear();
    for (const p of batch)
        p.flush();
}
const deferred_parse_FIRST_CAPACITY = 4096;
class ChunkQueue {
    consume;
    /** The queued chunks' bytes, back to back; `ends[i]` is where chunk i ends, `times[i]` when it arrived. */
    bytes = null;
    length = 0;
    ends = [];
    times = [];
    constructor(consume) {
        this.consume = consume;
    }
    /** Queues a copy of `chunk` (which may be a view of a reused read buffer). */
    push(chunk, arrivedAt) {
        const end = this.length + chunk.length;
        if (this.bytes === null || end > this.bytes.length) {
            const grown = Buffer.allocUnsafe(Math.max(deferred_parse_FIRST_CAPACITY, 2 * end));
            if (this.bytes !== null)
                this.bytes.copy(grown, 0, 0, this.length);
            this.bytes = grown;
        }
        this.bytes.set(chunk, this.length);
        this.length = end;
        this.ends.push(end);
        this.times.push(arrivedAt);
        dirty.add(this);
        if (!scheduled) {
            scheduled = true;
            setImmediate(flushAll);
        }
    }
    flush() {
        dirty.delete(this);
        const count = this.ends.length;
        if (count === 0)
            return;
        const bytes = this.bytes;
        let from = 0;
        // A consumer that ends the request discards the queue: the chunks after it are not parsed.
        for (let i = 0; i < count && this.ends.length === count; i++) {
            const end = this.ends[i];
            this.consume(bytes.subarray(from, end), this.times[i]);
            from = end;
        }
        this.discard();
    }
    /** Drops what is queued (the request has already ended). */
    discard() {
        dirty.delete(this);
        this.length = 0;
        this.ends.length = 0;
        this.times.length = 0;
    }
}

;// CONCATENATED MODULE: ./src/load/abort-listeners.ts
/**
 * One 'abort' listener per signal, fanning out to a set of callbacks. Every request in flight listens on
 * the run's stop signal; adding and removing an EventTarget listener per request cost ~20 µs each here
 * (measured in a CPU profile at 512 streams), at the moment a request ends and the next is sent.
 */
const callbacks = new WeakMap();
/** Calls `fn` once when `signal` aborts; returns a function that cancels that. */
function abort_listeners_onAbort(signal, fn) {
    let set = callbacks.get(signal);
    if (!set) {
        const fresh = new Set();
        set = fresh;
        callbacks.set(signal, fresh);
        signal.addEventListener('abort', () => {
            const due = [...fresh];
            fresh.clear();
            for (const f of due)
                f();
        }, { once: true });
    }
    set.add(fn);
    const mine = set;
    return () => {
        mine.delete(fn);
    };
}

;// CONCATENATED MODULE: ./src/load/http1-response-parser.ts
/**
 * Incremental HTTP/1.1 response parser over raw socket bytes (RFC 9112): the status line and header
 * fields, then the body framed by chunked transfer coding, a content-length, or the connection's close.
 * Feed it network chunks as they arrive; it hands body bytes on as views of those chunks (no copies), so
 * the caller can stamp and queue them. Interim 1xx responses (100 Continue, 103 Early Hints) are skipped.
 *
 * Written for the load generator's own client (stream-request.ts): one request per connection at a time,
 * no pipelining, so bytes after the end of a response mean the connection cannot be reused.
 */
/** A response that does not follow HTTP/1.1; the message names what was wrong. */
class HttpProtocolError extends Error {
    code = 'INFERGATE_HTTP_PROTOCOL';
}
/** Longest head (status line and fields) accepted, as Node's own limit. */
const MAX_HEAD_BYTES = 16 * 1024;
/** Longest chunk-size line or trailer field accepted. */
const MAX_LINE_BYTES = 4096;
const http1_response_parser_CR = 13;
const http1_response_parser_LF = 10;
const STATUS_LINE = /^HTTP\/1\.([01]) (\d{3})(?: [^\r\n]*)?$/;
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const CHUNK_SIZE = /^([0-9A-Fa-f]{1,13})[ \t]*(?:;.*)?$/;
class Http1ResponseParser {
    sink;
    state = 'head';
    /** Bytes of an unfinished head, chunk-size line or trailer line. */
    pending = null;
    /** Bytes left in the current chunk or content-length body. */
    remaining = 0;
    /** Bytes of the CRLF after a chunk's data already seen (0 or 1). */
    crSeen = false;
    constructor(sink) {
        this.sink = sink;
    }
    /** The response has ended. */
    get done() {
        return this.state === 'done';
    }
    /** The status line and headers are complete. */
    get headComplete() {
        return this.state !== 'head';
    }
    /**
     * Parses one network chunk. Returns the number of bytes after the end of the response (0 unless the
     * server sent more than one response); throws HttpProtocolError for bytes HTTP/1.1 does not allow.
     */
    push(chunk) {
        let at = 0;
        const n = chunk.length;
        while (at < n) {
            switch (this.state) {
                case 'head':
                    at = this.readHead(chunk, at);
                    break;
                case 'size':
                    at = this.readSize(chunk, at);
                    break;
                case 'data':
                case 'length': {
                    const take = Math.min(this.remaining, n - at);
                    this.sink.body(chunk.subarray(at, at + take));
                    this.remaining -= take;
                    at += take;
                    if (this.remaining === 0)
                        this.afterData();
                    break;
                }
                case 'data_end':
                    at = this.readDataEnd(chunk, at);
                    break;
                case 'trailers':
                    at = this.readLine(chunk, at, (line) => {
                        if (line.length === 0)
                            this.finish();
                    });
                    break;
                case 'close':
                    this.sink.body(at === 0 ? chunk : chunk.subarray(at));
                    at = n;
                    break;
                case 'done':
                    return n - at;
            }
        }
        return 0;
    }
    /**
     * The server closed the connection. Returns true when that ends the response (a body framed by the
     * close), false when the response was cut short.
     */
    close() {
        if (this.state === 'close') {
            this.finish();
            return true;
        }
        return this.state === 'done';
    }
    readHead(chunk, at) {
        const bytes = this.pending ? Buffer.concat([this.pending, chunk.subarray(at)]) : chunk.subarray(at);
        const offset = this.pending ? this.pending.length : 0;
        const end = headEnd(bytes, Math.max(0, offset - 3));
        if (end < 0) {
            if (bytes.length > MAX_HEAD_BYTES)
                throw new HttpProtocolError(`the response head is longer than ${MAX_HEAD_BYTES} bytes`);
            this.pending = Buffer.from(bytes);
            return chunk.length;
        }
        if (end > MAX_HEAD_BYTES)
            throw new HttpProtocolError(`the response head is longer than ${MAX_HEAD_BYTES} bytes`);
        this.pending = null;
        const consumed = end - offset;
        this.onHead(bytes.toString('latin1', 0, end));
        return at + consumed;
    }
    onHead(text) {
        const lines = text.split(/\r?\n/);
        while (lines.length > 0 && lines[lines.length - 1] === '')
            lines.pop();
        const statusLine = STATUS_LINE.exec(lines[0] ?? '');
        if (!statusLine)
            throw new HttpProtocolError(`the response does not start with an HTTP/1.x status line: ${JSON.stringify((lines[0] ?? '').slice(0, 80))}`);
        const minor = statusLine[1];
        const status = Number(statusLine[2]);
        const headers = new Map();
        for (let i = 1; i < lines.length; i++) {
            const line = lines[i];
            const colon = line.indexOf(':');
            const name = colon > 0 ? line.slice(0, colon) : '';
            if (!TOKEN.test(name))
                throw new HttpProtocolError(`the response has a malformed header line: ${JSON.stringify(line.slice(0, 80))}`);
            const key = name.toLowerCase();
            const value = line.slice(colon + 1).trim();
            const before = headers.get(key);
            headers.set(key, before === undefined ? value : `${before}, ${value}`);
        }
        if (status >= 100 && status < 200) {
            if (status === 101)
                throw new HttpProtocolError('the server switched protocols (101), which a streamed completion never asks for');
            return; // an interim response: the final one follows
        }
        const connection = (headers.get('connection') ?? '').toLowerCase();
        let keepAlive = minor === '1' ? !/(^|,)\s*close\s*(,|$)/.test(connection) : /(^|,)\s*keep-alive\s*(,|$)/.test(connection);
        const framing = this.framing(status, headers);
        if (framing === 'close')
            keepAlive = false;
        this.state = framing === 'done' ? 'length' : framing;
        this.sink.head({ status, headers, keep_alive: keepAlive });
        if (this.state === 'length' && this.remaining === 0)
            this.finish();
    }
    /** RFC 9112 §6.3: how the body of this response is delimited. */
    framing(status, headers) {
        if (status === 204 || status === 304) {
            this.remaining = 0;
            return 'done';
        }
        const coding = headers.get('transfer-encoding');
        if (coding !== undefined) {
            const last = coding.split(',').at(-1).trim().toLowerCase();
            return last === 'chunked' ? 'size' : 'close';
        }
        const length = headers.get('content-length');
        if (length === undefined)
            return 'close';
        const values = new Set(length.split(',').map((v) => v.trim()));
        const only = values.size === 1 ? [...values][0] : '';
        if (!/^\d{1,15}$/.test(only))
            throw new HttpProtocolError(`the response has an invalid content-length: ${JSON.stringify(length.slice(0, 40))}`);
        this.remaining = Number(only);
        return 'length';
    }
    /** Reads up to and including LF; calls `onLine` with the line (without CRLF) once it is whole. */
    readLine(chunk, at, onLine) {
        const lf = chunk.indexOf(http1_response_parser_LF, at);
        const piece = chunk.subarray(at, lf < 0 ? chunk.length : lf);
        const line = this.pending ? Buffer.concat([this.pending, piece]) : piece;
        if (line.length > MAX_LINE_BYTES)
            throw new HttpProtocolError(`a chunk-size or trailer line of the response is longer than ${MAX_LINE_BYTES} bytes`);
        if (lf < 0) {
            this.pending = Buffer.from(line);
            return chunk.length;
        }
        this.pending = null;
        const end = line.length > 0 && line[line.length - 1] === http1_response_parser_CR ? line.length - 1 : line.length;
        onLine(line.toString('latin1', 0, end));
        return lf + 1;
    }
    /**
     * The common chunk-size line — hex digits then CRLF, whole in this chunk — read from the bytes without
     * a string; anything else (an extension, a line cut by the network) goes through readLine.
     */
    readSize(chunk, at) {
        if (this.pending === null) {
            let size = 0;
            let i = at;
            for (; i < chunk.length && i - at < 13; i++) {
                const digit = hexValue(chunk[i]);
                if (digit < 0)
                    break;
                size = size * 16 + digit;
            }
            if (i > at && chunk[i] === http1_response_parser_CR && chunk[i + 1] === http1_response_parser_LF) {
                this.onSize(size);
                return i + 2;
            }
        }
        return this.readLine(chunk, at, (line) => this.onSizeLine(line));
    }
    onSizeLine(line) {
        const m = CHUNK_SIZE.exec(line);
        if (!m)
            throw new HttpProtocolError(`the response has an invalid chunk size: ${JSON.stringify(line.slice(0, 40))}`);
        this.onSize(parseInt(m[1], 16));
    }
    onSize(size) {
        if (size === 0) {
            this.state = 'trailers';
            return;
        }
        this.remaining = size;
        this.state = 'data';
    }
    afterData() {
        if (this.state === 'length') {
            this.finish();
            return;
        }
        this.state = 'data_end';
        this.crSeen = false;
    }
    /** The CRLF after a chunk's data (a bare LF is tolerated, as by Node's parser). */
    readDataEnd(chunk, at) {
        const b = chunk[at];
        if (b === http1_response_parser_CR && !this.crSeen) {
            this.crSeen = true;
            return at + 1;
        }
        if (b !== http1_response_parser_LF)
            throw new HttpProtocolError('a chunk of the response is longer than its declared size');
        this.state = 'size';
        return at + 1;
    }
    finish() {
        this.state = 'done';
        this.sink.end();
    }
}
/** The value of a hex digit's byte, or -1. */
function hexValue(b) {
    if (b >= 48 && b <= 57)
        return b - 48;
    if (b >= 97 && b <= 102)
        return b - 87;
    if (b >= 65 && b <= 70)
        return b - 55;
    return -1;
}
/** Index just after the blank line that ends a head (CRLFCRLF or LFLF), searching from `from`; -1 if none yet. */
function headEnd(bytes, from) {
    for (let i = bytes.indexOf(http1_response_parser_LF, from); i >= 0; i = bytes.indexOf(http1_response_parser_LF, i + 1)) {
        if (bytes[i + 1] === http1_response_parser_LF)
            return i + 2;
        if (bytes[i + 1] === http1_response_parser_CR && bytes[i + 2] === http1_response_parser_LF)
            return i + 3;
    }
    return -1;
}

;// CONCATENATED MODULE: ./src/load/http1-request.ts
/**
 * The bytes of a streamed POST, written by the load generator's own HTTP/1.1 client: the request line and
 * header fields are built once per run (every request of a run shares them), the body per request.
 */
const http1_request_TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** Field values may hold visible characters, spaces and tabs, never CR, LF or NUL (RFC 9110 §5.5). */
const FIELD_VALUE = /^[^\r\n\0]*$/;
/** Fields the client writes itself: a configured one would frame or route the request differently. */
const RESERVED = new Set(['host', 'content-length', 'transfer-encoding', 'connection', 'upgrade', 'expect', 'te', 'trailer', 'keep-alive']);
/** A request header that cannot be written; the message names it (never its value, which may be a secret). */
class RequestHeaderError extends (/* unused pure expression or super */ null && (Error)) {
}
/**
 * The request line and header fields, ending just before `content-length` (which request bytes append).
 * Throws RequestHeaderError for a header name or value HTTP/1.1 cannot carry.
 */
function requestHeadPrefix(origin, path, headers) {
    const url = new URL(origin);
    let head = `POST ${path} HTTP/1.1\r\nhost: ${url.host}\r\ncontent-type: application/json\r\naccept: text/event-stream\r\naccept-encoding: identity\r\n`;
    const written = new Set(['content-type', 'accept', 'accept-encoding']);
    for (const [name, value] of Object.entries(headers)) {
        const key = name.toLowerCase();
        if (!http1_request_TOKEN.test(name))
            throw new RequestHeaderError(`request header ${JSON.stringify(name.slice(0, 60))} is not a valid header name`);
        if (RESERVED.has(key))
            throw new RequestHeaderError(`request header "${key}" is set by infergate's HTTP client and cannot be configured`);
        if (!FIELD_VALUE.test(value))
            throw new RequestHeaderError(`request header "${name}" has a value with a line break or NUL character`);
        if (written.has(key))
            head = head.replace(new RegExp(`^${key}: .*\r\n`, 'm'), '');
        written.add(key);
        head += `${name}: ${value.trim()}\r\n`;
    }
    return head;
}
/** The whole request: head, content-length, blank line, body. */
function requestBytes(headPrefix, body) {
    return `${headPrefix}content-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

;// CONCATENATED MODULE: ./src/load/classify-error.ts
class RequestTimeoutError extends Error {
    constructor(timeoutMs) {
        super(`no complete response within the ${timeoutMs} ms request timeout`);
    }
}
class RequestAbortedError extends Error {
    constructor(reason) {
        super(reason);
    }
}
/** The connection closed before the response ended (`beforeResponse`: before its first byte). */
class ResponseCutShortError extends Error {
    code = 'INFERGATE_SOCKET_CLOSED';
    constructor(beforeResponse) {
        super(beforeResponse ? 'the server closed the connection before responding' : 'the server closed the connection before the response ended');
    }
}
function codeOf(err) {
    let e = err;
    for (let depth = 0; depth < 4 && typeof e === 'object' && e !== null; depth++) {
        const code = e.code;
        if (typeof code === 'string')
            return code;
        e = e.cause;
    }
    return '';
}
function classifyError(err) {
    if (err instanceof RequestTimeoutError)
        return 'timeout';
    if (err instanceof RequestAbortedError)
        return 'aborted';
    switch (codeOf(err)) {
        case 'ECONNREFUSED':
            return 'connection_refused';
        case 'ECONNRESET':
        case 'EPIPE':
        case 'INFERGATE_SOCKET_CLOSED':
        case 'ERR_STREAM_PREMATURE_CLOSE':
            return 'connection_reset';
        case 'ETIMEDOUT':
            return 'timeout';
        default:
            return 'other';
    }
}
/** True for the failure a kept-alive connection shows when the server closed it before answering. */
function isClosedBeforeResponse(err) {
    const code = codeOf(err);
    return code === 'INFERGATE_SOCKET_CLOSED' || code === 'ECONNRESET' || code === 'EPIPE';
}
function messageOf(err) {
    if (err instanceof Error) {
        const code = codeOf(err);
        // The client's own codes only sort errors; the message already says what happened.
        return code && !code.startsWith('INFERGATE_') && !err.message.includes(code) ? `${err.message} (${code})` : err.message;
    }
    return String(err);
}

;// CONCATENATED MODULE: ./src/load/stream-request.ts







const ERROR_BODY_LIMIT = 2048;
/** One request on one connection, from writing its bytes to the record of its stream. */
class StreamAttempt {
    input;
    connection;
    resolve;
    sendAt = performance.now();
    /** Replaced when the request is written: offsets count from the send stamp. */
    acc = new StreamAccumulator(this.sendAt);
    sse = new SseParser();
    http;
    queue;
    head = null;
    bytesSeen = false;
    errorBody = '';
    /** The encoding of an error response's body, which is then named instead of quoted. */
    compressedErrorBody = null;
    extraBytes = false;
    settled = false;
    timer;
    stopListening = () => { };
    listeners;
    constructor(input, connection, resolve) {
        this.input = input;
        this.connection = connection;
        this.resolve = resolve;
        this.queue = new ChunkQueue((chunk, arrived) => this.consume(chunk, arrived));
        this.http = new Http1ResponseParser({ head: (h) => this.onHead(h), body: (b) => this.onBody(b), end: () => this.onEnd() });
        this.listeners = { data: (chunk) => this.onData(chunk), close: () => this.onClose(), error: (err) => this.onError(err) };
        this.timer = setTimeout(() => this.fail(new RequestTimeoutError(input.timeout_ms)), input.timeout_ms);
    }
    start() {
        const signal = this.input.signal;
        const onAbort = () => this.fail(new RequestAbortedError('the run was stopped before this request finished'));
        if (signal?.aborted)
            return queueMicrotask(onAbort);
        if (signal)
            this.stopListening = abort_listeners_onAbort(signal, onAbort);
        this.connection.whenReady((err) => (err ? this.onError(err) : this.write()));
    }
    /** Stamps the send and writes the whole request in one call: the bytes leave now, not a turn later. */
    write() {
        if (this.settled)
            return;
        const socket = this.connection.socket;
        this.connection.reader = this.listeners.data;
        socket.on('close', this.listeners.close);
        socket.on('error', this.listeners.error);
        const bytes = requestBytes(this.input.head, this.input.body);
        this.connection.served += 1;
        this.sendAt = performance.now();
        socket.write(bytes);
        // Made after the write, so nothing lies between the stamp and the bytes leaving; no response byte can be
        // read before this function returns.
        this.acc = new StreamAccumulator(this.sendAt);
    }
    onData(chunk) {
        const arrived = performance.now();
        if (this.settled)
            return;
        this.bytesSeen = true;
        this.arrived = arrived;
        try {
            if (this.http.push(chunk) > 0)
                this.extraBytes = true;
        }
        catch (err) {
            this.fail(err);
        }
    }
    /** Arrival time of the chunk being framed, for the body bytes it carries. */
    arrived = 0;
    onHead(head) {
        this.head = head;
        const encoding = contentEncoding(head.headers.get('content-encoding'));
        if (encoding === null)
            return;
        if (isSuccess(head.status)) {
            // Token times are the arrival times of events: a compressed stream hides them in the decoder's buffering.
            const message = `the response stream is ${encoding}-encoded (content-encoding: ${encoding}) although the request asked for none; infergate times raw events and does not decode a compressed stream: turn compression off on the server or the proxy in front of it`;
            this.finish({ kind: 'malformed_event', message });
        }
        else {
            this.compressedErrorBody = encoding;
        }
    }
    onBody(bytes) {
        if (this.settled)
            return;
        if (isSuccess(this.head.status))
            this.queue.push(bytes, this.arrived);
        else if (this.errorBody.length < ERROR_BODY_LIMIT)
            this.errorBody += bytes.toString('utf8');
    }
    /**
     * The close is stamped now; the rest (parsing the last chunks, the record, the next request sent in its
     * place) waits until every socket that is ready now has been stamped too, as parsing does.
     */
    onEnd() {
        const endedAt = performance.now();
        clearTimeout(this.timer);
        setImmediate(() => this.complete(endedAt));
    }
    complete(endedAt) {
        this.queue.flush();
        if (this.settled)
            return;
        const status = this.head.status;
        if (!isSuccess(status)) {
            const detail = this.compressedErrorBody === null ? this.errorBody.trim().slice(0, 300) : `(a ${this.compressedErrorBody}-encoded body, not shown)`;
            return this.finish({ kind: 'http_status', status, message: `HTTP ${status}${detail ? `: ${detail}` : ''}` }, endedAt);
        }
        this.sse.end();
        if (this.acc.state.ttft_ms === null)
            return this.finish({ kind: 'no_text', message: 'the stream ended without any generated text' }, endedAt);
        this.finish(null, endedAt);
    }
    /** Arrival time of the chunk being parsed, for the events it completes (a field: no closure per chunk). */
    parsedArrival = 0;
    consume(chunk, arrived) {
        if (this.settled)
            return;
        this.parsedArrival = arrived;
        try {
            this.sse.pushTo(chunk, this);
        }
        catch (err) {
            if (!(err instanceof StreamFailure))
                throw err;
            this.finish({ kind: err.kind, message: err.message });
        }
    }
    /** SseSink: a templated text event is read from its bytes (stream-accumulator.ts, addBytes). */
    dataLine(bytes, start, end) {
        return this.acc.addBytes(bytes, start, end, this.parsedArrival);
    }
    /** SseSink: any other event. */
    event(data) {
        this.acc.add(data, this.parsedArrival);
    }
    onClose() {
        if (this.settled || this.http.done)
            return;
        // A body framed by the connection's close ends here; anything else was cut short.
        if (!this.http.close())
            this.onError(new ResponseCutShortError(!this.bytesSeen));
    }
    onError(err) {
        // Events that arrived before the error still count (e.g. the tokens before a reset).
        this.queue.flush();
        if (this.settled)
            return;
        const beforeResponse = !this.bytesSeen && isClosedBeforeResponse(err);
        this.finish({ kind: classifyError(err), message: messageOf(err) }, performance.now(), beforeResponse);
    }
    /** Ends the attempt with `err` (timeout, abort, a protocol error) and closes the connection. */
    fail(err) {
        if (this.settled)
            return;
        this.finish({ kind: classifyError(err), message: messageOf(err) });
    }
    finish(error, endedAt = performance.now(), closedBeforeResponse = false) {
        if (this.settled)
            return;
        this.settled = true;
        this.queue.discard();
        clearTimeout(this.timer);
        this.stopListening();
        const socket = this.connection.socket;
        if (this.connection.reader === this.listeners.data)
            this.connection.reader = null;
        socket.removeListener('close', this.listeners.close);
        socket.removeListener('error', this.listeners.error);
        const reusable = error === null && this.http.done && this.head.keep_alive && !this.extraBytes;
        if (!reusable)
            socket.destroy();
        this.resolve({
            send_at: this.sendAt, close_ms: this.head ? roundMs(endedAt - this.sendAt) : null, stream: this.acc.state, text: this.acc.text(),
            retries: 0, error, closed_before_response: closedBeforeResponse, reusable,
        });
    }
}
function attempt(input, connection) {
    return new Promise((resolve) => new StreamAttempt(input, connection, resolve).start());
}
async function streamRequest(input) {
    const pool = input.connections;
    const connection = pool.acquire();
    const first = await attempt(input, connection);
    pool.release(connection, first.reusable);
    if (!first.closed_before_response || input.signal?.aborted)
        return strip(first, 0);
    // Re-send once on a new connection, never on another pooled one that may be just as stale.
    const fresh = pool.fresh();
    const second = await attempt(input, fresh);
    pool.release(fresh, second.reusable);
    return strip(second, 1);
}
function strip(r, retries) {
    return { send_at: r.send_at, close_ms: r.close_ms, stream: r.stream, text: r.text, retries, error: r.error };
}
const isSuccess = (status) => status >= 200 && status < 300;
/** The response's content coding when it is not plain bytes ("gzip", "br", ...), or null. */
function contentEncoding(raw) {
    const value = (raw ?? '').trim().toLowerCase();
    return value === '' || value === 'identity' ? null : value.replace(/[^a-z0-9, -]/g, '');
}

;// CONCATENATED MODULE: ./src/load/threads/thread-clock.ts
/**
 * One monotonic clock across threads. Every thread's performance.now() is CLOCK_MONOTONIC minus that
 * thread's origin. Node ≥ 20 gives a worker the process's origin, but a runtime may give it its own (when
 * the worker started), while process.hrtime.bigint() reads the same CLOCK_MONOTONIC in every thread. So
 * each thread finds its origin on the shared clock once, and a stamp moves between threads by the
 * difference of the two origins.
 *
 * The origin is read between two hrtime calls; the tightest of many brackets bounds its error (tens of
 * nanoseconds here, against records rounded to 1 µs; docs/metrics.md, "Clock and timestamps").
 */
const SAMPLES = 200;
function threadOrigin() {
    let best = { origin_ns: 0n, bracket_ns: Infinity };
    for (let i = 0; i < SAMPLES; i++) {
        const before = process.hrtime.bigint();
        const now = performance.now();
        const after = process.hrtime.bigint();
        const width = Number(after - before);
        if (width < best.bracket_ns) {
            // performance.now() is a whole number of ns from the origin, held in a double: round it back.
            best = { origin_ns: (before + after) / 2n - BigInt(Math.round(now * 1e6)), bracket_ns: width };
        }
    }
    return best;
}
/**
 * Milliseconds to add to a stamp of the thread with origin `from` to read it on the clock of origin `to`.
 * Origins that the brackets cannot tell apart are the same origin (Node ≥ 20 gives every worker the
 * process's), so the shift is then exactly 0 rather than the estimates' noise.
 */
function originShiftMs(from, to) {
    const apart = from.origin_ns - to.origin_ns;
    const tolerance = BigInt(Math.ceil((from.bracket_ns + to.bracket_ns) / 2));
    if (apart <= tolerance && -apart <= tolerance)
        return 0;
    return Number(apart) / 1e6;
}

;// CONCATENATED MODULE: ./src/load/threads/load-thread.ts
/**
 * The work of one load thread: its own connection pool to the server, the requests the main thread hands
 * it streamed on them with the same hot path as the in-thread load (stream-request.ts), each answered
 * with its result. The thread keeps no schedule: when to send and how many at once is the main thread's.
 */



function serveLoadThread(port, setup) {
    const pool = new ConnectionPool(setup.origin);
    const stop = new AbortController();
    let inFlight = 0;
    let closing = false;
    const closeWhenIdle = () => {
        if (!closing || inFlight > 0)
            return;
        closing = false;
        void pool.close().then(() => {
            port.postMessage({ kind: 'closed' });
            port.close();
        });
    };
    const onMessage = (message) => {
        switch (message.kind) {
            case 'send':
                inFlight += 1;
                void streamRequest({ connections: pool, head: setup.head, body: message.body, timeout_ms: message.timeout_ms, signal: stop.signal }).then((result) => {
                    const endedAt = performance.now();
                    port.postMessage({ kind: 'result', id: message.id, result, ended_at: endedAt });
                    inFlight -= 1;
                    closeWhenIdle();
                });
                return;
            case 'prewarm':
                void pool.prewarm(message.count, stop.signal).then(() => port.postMessage({ kind: 'prewarmed', id: message.id }));
                return;
            case 'abort':
                stop.abort();
                return;
            case 'close':
                closing = true;
                closeWhenIdle();
                return;
        }
    };
    port.on('message', onMessage);
    port.postMessage({ kind: 'ready', origin: threadOrigin() });
}

;// CONCATENATED MODULE: ./src/load/threads/load-thread-main.ts
/** Entry of a load thread (node:worker_threads): serves the main thread's requests (load-thread.ts). */


if (external_node_worker_threads_namespaceObject.parentPort)
    serveLoadThread(external_node_worker_threads_namespaceObject.parentPort, external_node_worker_threads_namespaceObject.workerData);

