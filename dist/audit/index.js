/******/ (() => { // webpackBootstrap
/******/ 	"use strict";
/******/ 	var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = require("assert");

/***/ }),

/***/ 90290:
/***/ ((module) => {

module.exports = require("async_hooks");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = require("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = require("child_process");

/***/ }),

/***/ 64236:
/***/ ((module) => {

module.exports = require("console");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = require("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = require("crypto");

/***/ }),

/***/ 31637:
/***/ ((module) => {

module.exports = require("diagnostics_channel");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = require("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = require("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = require("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = require("http");

/***/ }),

/***/ 85675:
/***/ ((module) => {

module.exports = require("http2");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = require("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = require("net");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = require("node:buffer");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = require("node:crypto");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = require("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = require("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = require("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = require("node:http");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = require("node:https");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = require("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = require("node:path");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = require("node:process");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = require("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = require("node:string_decoder");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = require("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = require("node:util");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = require("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = require("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = require("path");

/***/ }),

/***/ 82987:
/***/ ((module) => {

module.exports = require("perf_hooks");

/***/ }),

/***/ 24876:
/***/ ((module) => {

module.exports = require("punycode");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = require("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = require("stream");

/***/ }),

/***/ 63774:
/***/ ((module) => {

module.exports = require("stream/web");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = require("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = require("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = require("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = require("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = require("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = require("util");

/***/ }),

/***/ 98253:
/***/ ((module) => {

module.exports = require("util/types");

/***/ }),

/***/ 28167:
/***/ ((module) => {

module.exports = require("worker_threads");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = require("zlib");

/***/ })

/******/ 	});
/************************************************************************/
/******/ 	// The module cache
/******/ 	var __webpack_module_cache__ = {};
/******/ 	
/******/ 	// The require function
/******/ 	function __nccwpck_require__(moduleId) {
/******/ 		// Check if module is in cache
/******/ 		var cachedModule = __webpack_module_cache__[moduleId];
/******/ 		if (cachedModule !== undefined) {
/******/ 			return cachedModule.exports;
/******/ 		}
/******/ 		// Create a new module (and put it into the cache)
/******/ 		var module = __webpack_module_cache__[moduleId] = {
/******/ 			id: moduleId,
/******/ 			loaded: false,
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
/******/ 	
/******/ 		// Flag the module as loaded
/******/ 		module.loaded = true;
/******/ 	
/******/ 		// Return the exports of the module
/******/ 		return module.exports;
/******/ 	}
/******/ 	
/******/ 	// expose the modules object (__webpack_modules__)
/******/ 	__nccwpck_require__.m = __webpack_modules__;
/******/ 	
/************************************************************************/
/******/ 	/* webpack/runtime/asset-relocator-loader */
/******/ 	if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = __dirname + "/";
/******/ 	
/******/ 	/* webpack/runtime/create fake namespace object */
/******/ 	(() => {
/******/ 		var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 		var leafPrototypes;
/******/ 		// create a fake namespace object
/******/ 		// mode & 1: value is a module id, require it
/******/ 		// mode & 2: merge all properties of value into the ns
/******/ 		// mode & 4: return value when already ns object
/******/ 		// mode & 16: return value when it's Promise-like
/******/ 		// mode & 8|1: behave like require
/******/ 		__nccwpck_require__.t = function(value, mode) {
/******/ 			if(mode & 1) value = this(value);
/******/ 			if(mode & 8) return value;
/******/ 			if(typeof value === 'object' && value) {
/******/ 				if((mode & 4) && value.__esModule) return value;
/******/ 				if((mode & 16) && typeof value.then === 'function') return value;
/******/ 			}
/******/ 			var ns = Object.create(null);
/******/ 			__nccwpck_require__.r(ns);
/******/ 			var def = {};
/******/ 			leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 			for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 				Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 			}
/******/ 			def['default'] = () => (value);
/******/ 			__nccwpck_require__.d(ns, def);
/******/ 			return ns;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/define property getters */
/******/ 	(() => {
/******/ 		// define getter functions for harmony exports
/******/ 		__nccwpck_require__.d = (exports, definition) => {
/******/ 			for(var key in definition) {
/******/ 				if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 					Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 				}
/******/ 			}
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/ensure chunk */
/******/ 	(() => {
/******/ 		__nccwpck_require__.f = {};
/******/ 		// This file contains only the entry chunk.
/******/ 		// The chunk loading function for additional chunks
/******/ 		__nccwpck_require__.e = (chunkId) => {
/******/ 			return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 				__nccwpck_require__.f[key](chunkId, promises);
/******/ 				return promises;
/******/ 			}, []));
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/get javascript chunk filename */
/******/ 	(() => {
/******/ 		// This function allow to reference async chunks
/******/ 		__nccwpck_require__.u = (chunkId) => {
/******/ 			// return url for filenames based on template
/******/ 			return "" + chunkId + ".index.js";
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/hasOwnProperty shorthand */
/******/ 	(() => {
/******/ 		__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/make namespace object */
/******/ 	(() => {
/******/ 		// define __esModule on exports
/******/ 		__nccwpck_require__.r = (exports) => {
/******/ 			if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 				Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 			}
/******/ 			Object.defineProperty(exports, '__esModule', { value: true });
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/node module decorator */
/******/ 	(() => {
/******/ 		__nccwpck_require__.nmd = (module) => {
/******/ 			module.paths = [];
/******/ 			if (!module.children) module.children = [];
/******/ 			return module;
/******/ 		};
/******/ 	})();
/******/ 	
/******/ 	/* webpack/runtime/require chunk loading */
/******/ 	(() => {
/******/ 		// no baseURI
/******/ 		
/******/ 		// object to store loaded chunks
/******/ 		// "1" means "loaded", otherwise not loaded yet
/******/ 		var installedChunks = {
/******/ 			792: 1
/******/ 		};
/******/ 		
/******/ 		// no on chunks loaded
/******/ 		
/******/ 		var installChunk = (chunk) => {
/******/ 			var moreModules = chunk.modules, chunkIds = chunk.ids, runtime = chunk.runtime;
/******/ 			for(var moduleId in moreModules) {
/******/ 				if(__nccwpck_require__.o(moreModules, moduleId)) {
/******/ 					__nccwpck_require__.m[moduleId] = moreModules[moduleId];
/******/ 				}
/******/ 			}
/******/ 			if(runtime) runtime(__nccwpck_require__);
/******/ 			for(var i = 0; i < chunkIds.length; i++)
/******/ 				installedChunks[chunkIds[i]] = 1;
/******/ 		
/******/ 		};
/******/ 		
/******/ 		// require() chunk loading for javascript
/******/ 		__nccwpck_require__.f.require = (chunkId, promises) => {
/******/ 			// "1" is the signal for "already loaded"
/******/ 			if(!installedChunks[chunkId]) {
/******/ 				if(true) { // all chunks have JS
/******/ 					installChunk(require("./" + __nccwpck_require__.u(chunkId)));
/******/ 				} else installedChunks[chunkId] = 1;
/******/ 			}
/******/ 		};
/******/ 		
/******/ 		// no external install chunk
/******/ 		
/******/ 		// no HMR
/******/ 		
/******/ 		// no HMR manifest
/******/ 	})();
/******/ 	
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./packages/ports/src/errors.ts
/**
 * An error the user fixes in their configuration: the message names the input,
 * file and line at fault, and the hint says what to do. Actions report it
 * without a stack trace; the CLI exits 2 on it.
 */
class errors_ConfigurationError extends Error {
    input;
    file;
    line;
    hint;
    constructor(message, where = {}) {
        super(composeMessage(message, where));
        this.name = 'ConfigurationError';
        this.input = where.input;
        this.file = where.file;
        this.line = where.line;
        this.hint = where.hint;
    }
}
function composeMessage(message, where) {
    const place = [];
    if (where.input !== undefined)
        place.push(`input '${where.input}'`);
    if (where.file !== undefined)
        place.push(where.line !== undefined ? `${where.file}:${where.line}` : where.file);
    const prefix = place.length > 0 ? `${place.join(', ')}: ` : '';
    const hint = where.hint !== undefined ? ` (${where.hint})` : '';
    return `${prefix}${message}${hint}`;
}
/** Anything thrown (strings, objects, undefined) as an Error, so no throw leaves a step green. */
function toError(thrown) {
    if (thrown instanceof Error || isErrorLike(thrown))
        return thrown;
    if (typeof thrown === 'string')
        return new Error(thrown);
    try {
        return new Error(`non-error thrown: ${JSON.stringify(thrown)}`);
    }
    catch {
        return new Error(`non-error thrown: ${String(thrown)}`);
    }
}
/** An Error from another realm (vm contexts, test sandboxes) fails `instanceof Error` but is one. */
function isErrorLike(thrown) {
    if (typeof thrown !== 'object' || thrown === null)
        return false;
    const { name, message } = thrown;
    return typeof name === 'string' && typeof message === 'string';
}

;// CONCATENATED MODULE: ./packages/ports/src/inputs.ts

/** Reads inputs the way the runner passes them: INPUT_<NAME>, spaces to underscores, hyphens kept. */
function runnerInputSource(env) {
    return { get: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] };
}
/**
 * Typed, validated access to inputs. An empty input means "not configured";
 * `fallbackEnv` names the variable the runbooks use for the same setting
 * (e.g. VAULT_ADDR), consulted only when the input itself is empty.
 */
class Inputs {
    source;
    env;
    constructor(source, env = {}) {
        this.source = source;
        this.env = env;
    }
    string(name, opts = {}) {
        const own = (this.source.get(name) ?? '').trim();
        if (own !== '')
            return own;
        const fromEnv = opts.fallbackEnv !== undefined ? (this.env[opts.fallbackEnv] ?? '').trim() : '';
        if (fromEnv !== '')
            return fromEnv;
        return opts.default ?? '';
    }
    /** A value kept verbatim (PEM, keys): only surrounding blank lines are trimmed. */
    raw(name, opts = {}) {
        const own = this.source.get(name) ?? '';
        if (own.trim() !== '')
            return own.replace(/^\s*\n|\n\s*$/g, '');
        const fromEnv = opts.fallbackEnv !== undefined ? (this.env[opts.fallbackEnv] ?? '') : '';
        return fromEnv.replace(/^\s*\n|\n\s*$/g, '');
    }
    boolean(name, defaultValue) {
        const value = this.string(name).toLowerCase();
        if (value === '')
            return defaultValue;
        if (['true', 'yes', 'on', '1'].includes(value))
            return true;
        if (['false', 'no', 'off', '0'].includes(value))
            return false;
        throw new errors_ConfigurationError(`expected true or false, got '${value}'`, { input: name });
    }
    choice(name, allowed, defaultValue) {
        const value = this.string(name).toLowerCase();
        if (value === '')
            return defaultValue;
        if (allowed.includes(value))
            return value;
        throw new errors_ConfigurationError(`unknown value '${value}'`, { input: name, hint: `use one of: ${allowed.join(', ')}` });
    }
    positiveInt(name, defaultValue) {
        const value = this.string(name);
        if (value === '')
            return defaultValue;
        if (!/^\d+$/.test(value) || Number(value) <= 0) {
            throw new errors_ConfigurationError(`expected a positive whole number, got '${value}'`, { input: name });
        }
        return Number(value);
    }
    /** A newline- or comma-separated list; blanks and `#` comments dropped. */
    list(name) {
        return parseList(this.string(name));
    }
}
function parseList(text) {
    return text
        .split(/[\n,]/)
        .map((item) => item.replace(/#.*$/, '').trim())
        .filter((item) => item !== '');
}

;// CONCATENATED MODULE: ./packages/ports/src/masking.ts
/** Values shorter than this are not masked: masking "1" or "ab" would garble every log line. */
const MIN_MASK_LENGTH = 4;
/**
 * Every string the runner must mask for one secret value: the value, each of
 * its lines (the runner masks line by line), and for JSON values every leaf
 * string and its lines, since a later step may print one field alone.
 */
function maskablePieces(value) {
    const pieces = new Set();
    const add = (piece) => {
        for (const candidate of [piece, ...piece.split(/\r?\n/)]) {
            const trimmed = candidate.trim();
            if (trimmed.length >= MIN_MASK_LENGTH)
                pieces.add(trimmed);
            if (candidate.length >= MIN_MASK_LENGTH && candidate !== trimmed)
                pieces.add(candidate);
        }
    };
    add(value);
    for (const leaf of jsonLeaves(value))
        add(leaf);
    return [...pieces];
}
function jsonLeaves(value) {
    const text = value.trim();
    if (!text.startsWith('{') && !text.startsWith('['))
        return [];
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return [];
    }
    const leaves = [];
    const walk = (node) => {
        if (typeof node === 'string')
            leaves.push(node);
        else if (typeof node === 'number' || typeof node === 'boolean')
            leaves.push(String(node));
        else if (Array.isArray(node))
            node.forEach(walk);
        else if (node !== null && typeof node === 'object')
            Object.values(node).forEach(walk);
    };
    walk(parsed);
    return leaves;
}

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./packages/ports/src/version.ts
// The one place the product version comes from: package.json (bundled by ncc),
// so reports, SARIF logs and `--version` cannot disagree after a release bump.

const PRODUCT_VERSION = package_namespaceObject.rE;

;// CONCATENATED MODULE: ./packages/ports/src/index.ts





// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./packages/action-kit/src/internal/commands.ts
// The runner's workflow-command and file-command protocol, as documented in
// "Workflow commands for GitHub Actions". Written here rather than taken from
// @actions/core 3, which pulls undici into every bundle (1.0 MB for a hello world;
// see docs/decisions/0002-runner-protocol.md).



function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** `::name k=v,k=v::message` on its own line. */
function formatCommand(name, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${name}${props === '' ? '' : ` ${props}`}::${escapeData(message)}${external_node_os_.EOL}`;
}
/** Annotation properties as the runner names them (line/col, not startLine/startColumn). */
function annotationProperties(place = {}) {
    // The runner ignores columns on multi-line ranges; keep them only when they can apply.
    const sameLine = place.endLine === undefined || place.endLine === place.startLine;
    return {
        title: place.title,
        file: place.file,
        line: place.startLine,
        endLine: place.endLine,
        col: sameLine ? place.startColumn : undefined,
        endColumn: sameLine ? place.endColumn : undefined,
    };
}
/** A `name<<delimiter` block for GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE, safe for multi-line values. */
function formatFileCommand(name, value) {
    const delimiter = `ghadelimiter_${(0,external_node_crypto_.randomUUID)()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`unexpected delimiter collision while writing '${name}'`);
    }
    return `${name}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}${external_node_os_.EOL}`;
}
function appendFileCommand(env, variable, name, value, fallback) {
    const file = env[variable];
    if (file === undefined || file === '') {
        fallback(formatCommand('debug', {}, `${variable} is not set; '${name}' was not recorded`));
        return;
    }
    (0,external_node_fs_.appendFileSync)(file, formatFileCommand(name, value), { encoding: 'utf8' });
}

;// CONCATENATED MODULE: ./packages/action-kit/src/internal/id-token.ts
/**
 * Fetches the job's OIDC token from the runner's token service, as
 * `core.getIDToken` does: GET ACTIONS_ID_TOKEN_REQUEST_URL&audience=..., bearer
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN. The job needs `permissions: id-token: write`.
 */
async function fetchIdToken(env, audience) {
    const url = env.ACTIONS_ID_TOKEN_REQUEST_URL;
    const bearer = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;
    if (!url || !bearer) {
        throw new Error('no GitHub OIDC token is available: give the job `permissions: id-token: write` (forks and Dependabot runs never get one)');
    }
    const target = new URL(url);
    target.searchParams.set('audience', audience);
    const response = await fetch(target, {
        headers: { Authorization: `Bearer ${bearer}`, Accept: 'application/json; api-version=2.0' },
        signal: AbortSignal.timeout(30_000),
    });
    if (!response.ok) {
        throw new Error(`the runner's OIDC token service answered HTTP ${response.status}`);
    }
    const body = (await response.json());
    if (typeof body.value !== 'string' || body.value === '') {
        throw new Error("the runner's OIDC token service returned no token");
    }
    return body.value;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/runner-ports.ts





const noUploader = async () => ({ uploaded: false, reason: 'this action does not upload artifacts' });
/** ActionPorts bound to the GitHub runner: stdout commands and the GITHUB_* files. */
function runnerPorts(options = {}) {
    const env = options.env ?? process.env;
    const write = options.write ?? ((text) => void process.stdout.write(text));
    const masked = new Set();
    const annotate = (level) => (message, place) => write(formatCommand(level, annotationProperties(place), message));
    const ports = {
        env,
        log: {
            info: (message) => write(`${message}${external_node_os_.EOL}`),
            debug: (message) => write(formatCommand('debug', {}, message)),
            notice: annotate('notice'),
            warning: annotate('warning'),
            error: annotate('error'),
        },
        mask(value) {
            for (const piece of maskablePieces(value)) {
                if (masked.has(piece))
                    continue;
                masked.add(piece);
                write(formatCommand('add-mask', {}, piece));
            }
        },
        setOutput: (name, value) => appendFileCommand(env, 'GITHUB_OUTPUT', name, value, write),
        exportVariable(name, value) {
            env[name] = value;
            appendFileCommand(env, 'GITHUB_ENV', name, value, write);
        },
        saveState: (name, value) => appendFileCommand(env, 'GITHUB_STATE', name, value, write),
        getState: (name) => env[`STATE_${name}`] ?? '',
        async appendSummary(markdown) {
            const file = env.GITHUB_STEP_SUMMARY;
            if (file)
                (0,external_node_fs_.appendFileSync)(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
        },
        uploadArtifact: options.uploadArtifact ?? noUploader,
        async getIdToken(audience) {
            const token = await fetchIdToken(env, audience);
            ports.mask(token);
            return token;
        },
    };
    return ports;
}

;// CONCATENATED MODULE: ./packages/action-kit/src/run-action.ts


/**
 * The one place a step fails: runs the action's main with runner-bound ports and
 * turns anything thrown (a string or an object too) into an error annotation and
 * exit code 1. A ConfigurationError is the user's to fix, so its annotation
 * points at the file and line and no stack trace is printed.
 */
async function runAction(id, main, options = {}) {
    const ports = runnerPorts(options);
    try {
        await main(ports);
    }
    catch (thrown) {
        const error = toError(thrown);
        if (error instanceof errors_ConfigurationError) {
            ports.log.error(error.message, { title: `${id}: configuration error`, file: error.file, startLine: error.line });
        }
        else {
            if (error.stack)
                ports.log.debug(error.stack);
            ports.log.error(error.message, { title: `${id} failed`, ...placeOf(error) });
        }
        process.exitCode = 1;
    }
}
/** Domain errors (SopsError, scanner config errors) carry a file and line; annotate them there. */
function placeOf(error) {
    const { fileName, file, line } = error;
    const where = typeof fileName === 'string' ? fileName : typeof file === 'string' ? file : undefined;
    if (where === undefined)
        return {};
    return typeof line === 'number' ? { file: where, startLine: line } : { file: where };
}

;// CONCATENATED MODULE: ./packages/action-kit/src/index.ts




;// CONCATENATED MODULE: ./packages/artifacts/src/index.ts
// Uploads workflow artifacts through the runner's artifact service. Kept apart
// from the action kit so that only the actions that publish reports (audit,
// ops-controls, the gate) carry the artifact client, and loaded only on a runner.
//
// @actions/artifact 2.x (CommonJS) rather than 6.x: ncc mis-bundles the ESM
// build of @azure/storage-common that 6.x pulls in (its createRequire shim
// becomes "crc64_require is not a function" at upload time). See
// docs/decisions/0003-artifact-client.md.
async function uploadArtifact(name, files, rootDir, env = process.env) {
    if (!env.ACTIONS_RUNTIME_TOKEN || !env.ACTIONS_RESULTS_URL) {
        return { uploaded: false, reason: 'not running on a GitHub runner (no artifact service); the files stay on disk' };
    }
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__nccwpck_require__.e(367), __nccwpck_require__.e(152), __nccwpck_require__.e(846)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 76846, 23));
    const client = new DefaultArtifactClient();
    const { id, size } = await client.uploadArtifact(name, files, rootDir, { retentionDays: 90 });
    return { uploaded: true, reason: `artifact id ${id ?? 'unknown'}, ${size ?? 0} bytes` };
}

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./packages/gitleaks-engine/src/internal/release.ts
// Which gitleaks release archive fits this machine, and where GitHub publishes it.

/**
 * The newest gitleaks release known when this was written (8.30.1, March 2026). Pinned rather than
 * "latest" so a run is reproducible and the checksum file is fetched for a version we have tried.
 */
const DEFAULT_GITLEAKS_VERSION = '8.30.1';
/** `gitleaks dir` and `gitleaks git` (the CLI this engine drives) appeared in 8.19.0. */
const MINIMUM_GITLEAKS_VERSION = '8.19.0';
/** Where gitleaks publishes release assets (`<base>/v<version>/<asset>`). */
const GITLEAKS_RELEASES_URL = 'https://github.com/gitleaks/gitleaks/releases/download';
// gitleaks' release names for Node's platform/arch; Windows ships .zip archives, not supported here.
const OS_NAMES = { linux: 'linux', darwin: 'darwin' };
const ARCH_NAMES = {
    linux: { x64: 'x64', arm64: 'arm64', arm: 'armv7', ia32: 'x32' },
    darwin: { x64: 'x64', arm64: 'arm64' },
};
/**
 * Validates `version` (with or without a leading `v`) and names the release assets for the platform.
 * `releasesUrl` may point at a mirror with the same layout (an air-gapped runner, a test server).
 */
function gitleaksRelease(version, platform, arch, input = 'gitleaks-version', releasesUrl = GITLEAKS_RELEASES_URL) {
    const v = normaliseVersion(version, input);
    const os = OS_NAMES[platform];
    const gitleaksArch = os === undefined ? undefined : ARCH_NAMES[os]?.[arch];
    if (os === undefined || gitleaksArch === undefined) {
        throw new errors_ConfigurationError(`gitleaks has no tar.gz release for ${platform}/${arch}`, {
            input: 'engine',
            hint: 'use engine: builtin on this runner, or a Linux or macOS runner (x64/arm64) for engine: gitleaks',
        });
    }
    const archiveName = `gitleaks_${v}_${os}_${gitleaksArch}.tar.gz`;
    const checksumsName = `gitleaks_${v}_checksums.txt`;
    return {
        version: v,
        os,
        arch: gitleaksArch,
        archiveName,
        archiveUrl: `${releasesUrl}/v${v}/${archiveName}`,
        checksumsName,
        checksumsUrl: `${releasesUrl}/v${v}/${checksumsName}`,
    };
}
function normaliseVersion(version, input) {
    const v = version.trim().replace(/^v/, '');
    const parts = /^(\d+)\.(\d+)\.(\d+)$/.exec(v);
    if (parts === null) {
        throw new errors_ConfigurationError(`expected a gitleaks release version like ${DEFAULT_GITLEAKS_VERSION}, got '${version}'`, { input });
    }
    if (compareVersions(v, MINIMUM_GITLEAKS_VERSION) < 0) {
        throw new errors_ConfigurationError(`gitleaks ${v} predates the 'gitleaks dir' and 'gitleaks git' commands`, {
            input,
            hint: `use ${MINIMUM_GITLEAKS_VERSION} or newer (default ${DEFAULT_GITLEAKS_VERSION})`,
        });
    }
    return v;
}
function compareVersions(a, b) {
    const pa = a.split('.').map(Number);
    const pb = b.split('.').map(Number);
    for (let i = 0; i < 3; i++)
        if (pa[i] !== pb[i])
            return (pa[i] ?? 0) - (pb[i] ?? 0);
    return 0;
}

;// CONCATENATED MODULE: ./packages/gitleaks-engine/src/internal/checksums.ts
// SHA-256 verification of a downloaded archive against the release's checksums file.


class ChecksumMismatchError extends Error {
    file;
    expected;
    actual;
    constructor(file, expected, actual) {
        super(`${file}: SHA-256 mismatch (expected ${expected}, got ${actual}); the download is corrupt or was tampered with, nothing was installed`);
        this.file = file;
        this.expected = expected;
        this.actual = actual;
        this.name = 'ChecksumMismatchError';
    }
}
/** The expected hash of `fileName` in a `sha256sum`-style listing (`<hex>  <name>` per line). */
function expectedChecksum(checksumsText, fileName, checksumsName) {
    for (const line of checksumsText.split(/\r?\n/)) {
        const m = /^([0-9a-fA-F]{64})\s+\*?(\S+)\s*$/.exec(line.trim());
        if (m !== null && m[2] === fileName)
            return m[1].toLowerCase();
    }
    throw new Error(`${checksumsName} lists no SHA-256 for ${fileName}; check the gitleaks version and platform`);
}
async function sha256OfFile(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for await (const chunk of (0,external_node_fs_.createReadStream)(path))
        hash.update(chunk);
    return hash.digest('hex');
}
/** Throws ChecksumMismatchError (named after `displayName`) unless the file hashes to `expected`. */
async function verifyChecksum(path, expected, displayName) {
    const actual = await sha256OfFile(path);
    if (actual !== expected)
        throw new ChecksumMismatchError(displayName, expected, actual);
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
;// CONCATENATED MODULE: ./packages/gitleaks-engine/src/internal/install.ts
// Installs a gitleaks release: tool cache first, then the Actions cache, then GitHub releases.
// Every archive is verified against the release's checksums file before it is extracted, whether
// downloaded or restored from the Actions cache (a cache entry is not trusted blindly).





const GITLEAKS_TOOL = 'gitleaks';
async function installGitleaks(options) {
    const release = gitleaksRelease(options.version ?? DEFAULT_GITLEAKS_VERSION, options.platform ?? process.platform, options.arch ?? process.arch, options.versionInput, options.releasesUrl);
    const notes = [];
    const installed = (dir, source) => ({ binary: (0,external_node_path_.join)(dir, GITLEAKS_TOOL), version: release.version, source, notes });
    const cachedDir = options.toolCache.find(GITLEAKS_TOOL, release.version, release.arch);
    if (cachedDir !== '')
        return installed(cachedDir, 'tool-cache');
    const expected = expectedChecksum(await options.fetch.text(release.checksumsUrl), release.archiveName, release.checksumsName);
    const stagedArchive = (0,external_node_path_.join)(options.stagingDir, `gitleaks-${release.version}-${release.os}-${release.arch}`, release.archiveName);
    const key = cacheKey(release);
    if (options.cache !== undefined && (await restored(options, stagedArchive, key, notes))) {
        try {
            return installed(await installArchive(options, release, stagedArchive, expected), 'actions-cache');
        }
        catch (error) {
            if (!(error instanceof ChecksumMismatchError))
                throw error;
            notes.push(`The Actions cache entry ${key} failed verification (${error.message}); downloading the release instead.`);
        }
    }
    const downloaded = await options.toolCache.downloadTool(release.archiveUrl);
    const dir = await installArchive(options, release, downloaded, expected);
    if (options.cache !== undefined)
        await saveToCache(options, downloaded, stagedArchive, key, notes);
    await (0,promises_.rm)(downloaded, { force: true });
    return installed(dir, 'download');
}
/** The Actions cache key: one entry per release and platform. */
function cacheKey(release) {
    return `gitleaks-${release.version}-${release.os}-${release.arch}`;
}
/** Verifies, extracts and caches one archive; on a checksum mismatch the archive is deleted and nothing is installed. */
async function installArchive(ports, release, archive, expected) {
    try {
        await verifyChecksum(archive, expected, release.archiveName);
    }
    catch (error) {
        await (0,promises_.rm)(archive, { force: true });
        throw error;
    }
    const extracted = await ports.toolCache.extractTar(archive);
    const binary = (0,external_node_path_.join)(extracted, GITLEAKS_TOOL);
    if (!(await isFile(binary)))
        throw new Error(`${release.archiveName} holds no '${GITLEAKS_TOOL}' executable at its top level; nothing was installed`);
    const cached = await ports.toolCache.cacheDir(extracted, GITLEAKS_TOOL, release.version, release.arch);
    await (0,promises_.rm)(extracted, { recursive: true, force: true });
    return cached;
}
async function restored(options, stagedArchive, key, notes) {
    try {
        await (0,promises_.mkdir)((0,external_node_path_.join)(stagedArchive, '..'), { recursive: true });
        return (await options.cache?.restore([stagedArchive], key)) === true && (await isFile(stagedArchive));
    }
    catch (error) {
        notes.push(`The Actions cache could not be read (${toError(error).message}); downloading the release.`);
        return false;
    }
}
async function saveToCache(options, archive, stagedArchive, key, notes) {
    try {
        await (0,promises_.mkdir)((0,external_node_path_.join)(stagedArchive, '..'), { recursive: true });
        await (0,promises_.copyFile)(archive, stagedArchive);
        await options.cache?.save([stagedArchive], key);
    }
    catch (error) {
        // Another job may have saved the same key first; the install itself succeeded.
        notes.push(`The gitleaks archive was not saved to the Actions cache (${toError(error).message}).`);
    }
}
async function isFile(path) {
    try {
        return (await (0,promises_.stat)(path)).isFile();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/gitleaks-engine/src/internal/actions-ports.ts
// The runner's implementations of the install ports. @actions/tool-cache and @actions/cache are
// imported only when called, so bundles that never choose engine: gitleaks never execute them.

/** Whether the runner offers the Actions cache service (v1: ACTIONS_CACHE_URL; v2: results URL + token). */
function actionsCacheAvailable(env) {
    return Boolean(env.ACTIONS_CACHE_URL) || (Boolean(env.ACTIONS_RESULTS_URL) && Boolean(env.ACTIONS_RUNTIME_TOKEN));
}
async function actionsToolCache() {
    const tc = await Promise.all(/* import() */[__nccwpck_require__.e(367), __nccwpck_require__.e(318), __nccwpck_require__.e(472)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 33472, 23));
    return {
        find: (tool, version, arch) => tc.find(tool, version, arch),
        downloadTool: (url) => tc.downloadTool(url),
        extractTar: (archive) => tc.extractTar(archive),
        cacheDir: (dir, tool, version, arch) => tc.cacheDir(dir, tool, version, arch),
    };
}
async function actionsCache() {
    const cache = await Promise.all(/* import() */[__nccwpck_require__.e(367), __nccwpck_require__.e(152), __nccwpck_require__.e(318), __nccwpck_require__.e(116)]).then(__nccwpck_require__.t.bind(__nccwpck_require__, 5116, 23));
    return {
        restore: async (paths, key) => (await cache.restoreCache(paths, key)) !== undefined,
        save: async (paths, key) => {
            await cache.saveCache(paths, key);
        },
    };
}
/** Small downloads through the tool cache's HTTP client, which honours the runner's proxy settings. */
function toolCacheFetch(toolCache) {
    return {
        async text(url) {
            const file = await toolCache.downloadTool(url);
            try {
                return await (0,promises_.readFile)(file, 'utf8');
            }
            finally {
                await (0,promises_.rm)(file, { force: true });
            }
        },
    };
}
/** The install ports on a GitHub runner (the tool cache needs RUNNER_TOOL_CACHE and RUNNER_TEMP). */
async function actionsInstallPorts(env = process.env) {
    const toolCache = await actionsToolCache();
    const cache = actionsCacheAvailable(env) ? await actionsCache() : undefined;
    return { toolCache, cache, fetch: toolCacheFetch(toolCache) };
}

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = require("node:child_process");
;// CONCATENATED MODULE: ./packages/gitleaks-engine/src/internal/gitleaks-log.ts
// gitleaks' log lines on stderr (zerolog console format: `2:04PM INF message`), read for the
// figures the JSON report lacks and for the reason of a failure.
const ANSI = /\u001b\[[0-9;]*m/g;
const LINE = /\b(TRC|DBG|INF|WRN|ERR|FTL)\s+(.*)$/;
function parseGitleaksLog(stderr) {
    const lines = [];
    for (const raw of stderr.replace(ANSI, '').split(/\r?\n/)) {
        const m = LINE.exec(raw);
        if (m !== null)
            lines.push({ level: m[1], message: m[2].trim() });
    }
    return lines;
}
/** `scanned ~123456 bytes (123.46 KB) in 1.2s` and `12 commits scanned.` */
function loggedFigures(lines) {
    const figures = { bytesScanned: 0, commitsScanned: 0 };
    for (const { message } of lines) {
        const bytes = /scanned ~?(\d+) bytes/.exec(message);
        if (bytes !== null)
            figures.bytesScanned = Number(bytes[1]);
        const commits = /^(\d+) commits? scanned/.exec(message);
        if (commits !== null)
            figures.commitsScanned = Number(commits[1]);
    }
    return figures;
}
/** The lines that explain a failure (fatal and error lines), or the tail of stderr when there are none. */
function failureReason(stderr, lines) {
    const errors = lines.filter((l) => l.level === 'FTL' || l.level === 'ERR').map((l) => l.message);
    const text = errors.length > 0 ? errors.join('; ') : stderr.replace(ANSI, '').trim().split(/\r?\n/).slice(-3).join('; ');
    return text === '' ? 'no message on stderr' : text.slice(0, 1000);
}

;// CONCATENATED MODULE: ./packages/gitleaks-engine/src/internal/report.ts
/** Parses a report file's text; `reportPath` names the file in errors. */
function parseGitleaksReport(text, reportPath, mode) {
    // A scan that found nothing may leave an empty report behind.
    if (text.trim() === '')
        return [];
    let rows;
    try {
        rows = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`${reportPath}: gitleaks wrote a report that is not JSON (${error.message}); was --report-format json honoured?`);
    }
    if (!Array.isArray(rows))
        throw new Error(`${reportPath}: expected gitleaks' JSON report (an array of findings), got ${typeof rows}`);
    return rows.map((row, i) => toFinding(row, `${reportPath}: finding ${i + 1}`, mode));
}
function toFinding(row, where, mode) {
    if (typeof row !== 'object' || row === null || Array.isArray(row))
        throw new Error(`${where} is not an object`);
    const r = row;
    const str = (k) => {
        const v = r[k] ?? '';
        if (typeof v !== 'string')
            throw new Error(`${where}: ${k} should be a string`);
        return v;
    };
    const num = (k) => {
        const v = r[k] ?? 0;
        if (typeof v !== 'number' || !Number.isFinite(v))
            throw new Error(`${where}: ${k} should be a number`);
        return v;
    };
    if (typeof r.RuleID !== 'string' || typeof r.File !== 'string')
        throw new Error(`${where} has no RuleID or File; is this a gitleaks JSON report?`);
    const tags = r.Tags ?? [];
    if (!Array.isArray(tags) || !tags.every((t) => typeof t === 'string'))
        throw new Error(`${where}: Tags should be a list of strings`);
    const f = {
        RuleID: str('RuleID'),
        Description: str('Description'),
        StartLine: num('StartLine'),
        EndLine: num('EndLine'),
        StartColumn: num('StartColumn'),
        EndColumn: num('EndColumn'),
        Match: str('Match'),
        Secret: str('Secret'),
        File: str('File'),
        SymlinkFile: str('SymlinkFile'),
        Commit: str('Commit'),
        Entropy: num('Entropy'),
        Author: str('Author'),
        Email: str('Email'),
        Date: str('Date'),
        Message: str('Message'),
        Tags: [...tags],
        Fingerprint: str('Fingerprint'),
    };
    if (f.Fingerprint === '')
        f.Fingerprint = f.Commit === '' ? `${f.File}:${f.RuleID}:${f.StartLine}` : `${f.Commit}:${f.File}:${f.RuleID}:${f.StartLine}`;
    return { ...f, columns: trueColumns(f, mode) };
}
/**
 * gitleaks counts columns from the newline before a line, so on every line but the first of the
 * scanned text its columns are one too high, and EndColumn is inclusive. In a directory scan the
 * text is the whole file (line 1 is the first); in history it is a hunk's added lines, whose first
 * line the report does not say, so there the later-line rule is assumed (at most one column off).
 */
function trueColumns(f, mode) {
    if (f.StartLine === 0 && f.StartColumn === 0)
        return { start: 0, end: 0 };
    const firstLine = (line) => mode === 'files' && line === 1;
    const start = firstLine(f.StartLine) ? f.StartColumn : f.StartColumn - 1;
    const end = firstLine(f.EndLine) ? f.EndColumn + 1 : f.EndColumn;
    return { start: Math.max(1, start), end: Math.max(1, end) };
}

;// CONCATENATED MODULE: ./packages/gitleaks-engine/src/internal/run.ts
// Runs the gitleaks binary on a folder or a repository's history and reads its JSON report.





class GitleaksRunError extends Error {
    exitCode;
    constructor(message, exitCode) {
        super(message);
        this.exitCode = exitCode;
        this.name = 'GitleaksRunError';
    }
}
/** Keeps this much of stderr: enough for the figures and the failure reason without unbounded memory. */
const STDERR_LIMIT = 256 * 1024;
async function runGitleaks(options) {
    const now = options.now ?? Date.now;
    const startedAt = now();
    const { cwd, args } = gitleaksCommand(options);
    // A stale report from an earlier run must never be read as this run's.
    await (0,promises_.rm)(options.reportPath, { force: true });
    const { code, signal, stderr } = await execute(options.binary, args, cwd, options.env ?? process.env);
    const log = parseGitleaksLog(stderr);
    if (signal !== null)
        throw new GitleaksRunError(`gitleaks was stopped by ${signal}: ${failureReason(stderr, log)}`, null);
    if (code === 126) {
        throw new GitleaksRunError(`gitleaks rejected its command line (${failureReason(stderr, log)}); engine: gitleaks needs gitleaks 8.19.0 or newer, check the version input`, code);
    }
    if (code !== 0) {
        throw new GitleaksRunError(`gitleaks failed with exit code ${code}: ${failureReason(stderr, log)}${configHint(options)}`, code);
    }
    let text;
    try {
        text = await (0,promises_.readFile)(options.reportPath, 'utf8');
    }
    catch {
        throw new GitleaksRunError(`gitleaks exited 0 but wrote no report at ${options.reportPath}: ${failureReason(stderr, log)}`, code);
    }
    const findings = parseGitleaksReport(text, options.reportPath, options.mode);
    const figures = loggedFigures(log);
    const stats = {
        filesScanned: 0,
        bytesScanned: figures.bytesScanned,
        commitsScanned: figures.commitsScanned,
        skipped: { binary: 0, tooLarge: 0, unreadable: 0, symlinks: 0, allowlistedPaths: 0 },
        suppressed: { allowlist: 0, inline: 0, placeholder: 0, lowEntropy: 0, ignoreFile: 0, baseline: 0 },
        truncatedWindows: 0,
        findings: findings.length,
        durationMs: Math.max(0, now() - startedAt),
    };
    const warnings = log.filter((l) => l.level === 'WRN' || l.level === 'ERR').map((l) => l.message).filter((m) => !/^leaks found/.test(m));
    return { findings, stats, warnings, args };
}
/** The working directory and arguments for one run (exported for tests and for logging). */
function gitleaksCommand(options) {
    const root = (0,external_node_path_.resolve)(options.root);
    let cwd = root;
    let args;
    if (options.mode === 'files') {
        cwd = (0,external_node_path_.resolve)(options.relativeTo ?? root);
        const rel = (0,external_node_path_.relative)(cwd, root);
        // gitleaks names files by the path it was given, so a path relative to the workspace gives workspace-relative names.
        const target = rel === '' ? '.' : rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? root : rel;
        args = ['dir', target];
    }
    else {
        args = ['git', root];
        const logOpts = gitLogOpts(options);
        if (logOpts !== undefined)
            args.push(`--log-opts=${logOpts}`);
    }
    args.push('--report-format', 'json', '--report-path', (0,external_node_path_.resolve)(options.reportPath), '--exit-code', '0', '--no-banner', '--log-level', 'info');
    if (options.redact > 0)
        args.push(options.redact >= 100 ? '--redact' : `--redact=${Math.round(options.redact)}`);
    if (options.config !== undefined)
        args.push('--config', (0,external_node_path_.resolve)(options.config));
    if (options.baselinePath !== undefined)
        args.push('--baseline-path', (0,external_node_path_.resolve)(options.baselinePath));
    if (options.ignorePath !== undefined)
        args.push('--gitleaks-ignore-path', (0,external_node_path_.resolve)(options.ignorePath));
    return { cwd, args };
}
function gitLogOpts(options) {
    const opts = options.logOpts ?? (options.range !== undefined ? [options.range] : []);
    if (options.mode === 'diff' && opts.length === 0)
        throw new Error('gitleaks diff mode needs a revision range (base..head) or log options');
    // gitleaks splits --log-opts on spaces, so an option holding a space cannot be passed through.
    const spaced = opts.find((o) => /\s/.test(o));
    if (spaced !== undefined)
        throw new Error(`git log option '${spaced}' contains whitespace, which gitleaks' --log-opts cannot carry`);
    return opts.length === 0 ? undefined : opts.join(' ');
}
function configHint(options) {
    return options.config === undefined ? '' : ` (if the message is about the configuration, check ${options.config})`;
}
function execute(binary, args, cwd, env) {
    return new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(binary, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
        let stderr = '';
        child.stderr.setEncoding('utf8');
        child.stderr.on('data', (chunk) => {
            stderr = (stderr + chunk).slice(-STDERR_LIMIT);
        });
        child.on('error', (error) => {
            const why = error.code === 'ENOENT' ? 'not found' : error.code === 'EACCES' ? 'not executable' : error.message;
            reject(new GitleaksRunError(`cannot run gitleaks at ${binary} (${why}); install it with installGitleaks or point the binary at an executable`, null));
        });
        child.on('close', (code, signal) => resolvePromise({ code, signal, stderr }));
    });
}

;// CONCATENATED MODULE: ./packages/gitleaks-engine/src/index.ts
// @mcp-secrets/gitleaks-engine: `engine: gitleaks`, the real gitleaks binary as an alternative to
// the built-in scanner. Installs a checksum-verified release (tool cache, Actions cache, GitHub)
// and turns its JSON report into the scanner's findings.
//
// Like packages/artifacts, this package may use @actions/* (tool-cache, cache): they are imported
// lazily in actions-ports.ts, so bundles that never pick this engine never execute them.







;// CONCATENATED MODULE: ./packages/secrets-audit/src/options.ts




/** Every input of the audit action, named once (action.yml must declare exactly these). */
const options_AUDIT_INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'path', 'engine', 'gitleaks-version', 'config', 'baseline', 'ignore-file', 'scan', 'redact',
    'report-path', 'sarif-path', 'upload-artifact', 'artifact-name', 'fail-on-findings', 'annotations',
]));
const SCAN_MODES = ['auto', 'files', 'git', 'diff'];
const AUDIT_ENGINES = ['builtin', 'gitleaks'];
const AUDIT_DEFAULTS = {
    config: 'config/gitleaks.toml',
    baseline: 'config/detect-secrets.baseline',
    ignoreFile: '.gitleaksignore',
    reportPath: 'gitleaks-report.json',
    sarifPath: 'gitleaks-report.sarif',
    artifactName: 'gitleaks-report',
};
/**
 * Parses and validates every audit input before anything is scanned. `raw` tells an input left
 * unset (undefined: use the default) from one set empty (do not write that report).
 */
function readAuditOptions(inputs, raw, env) {
    const workspace = (0,external_node_path_.resolve)(env.GITHUB_WORKSPACE || process.cwd());
    const root = scanRoot(inputs.string('path'), workspace);
    const artifactName = inputs.string('artifact-name', { default: AUDIT_DEFAULTS.artifactName });
    if (/["<>|*?:\r\n\\/]/.test(artifactName)) {
        throw new errors_ConfigurationError(`'${artifactName}' is not a valid artifact name`, { input: 'artifact-name', hint: 'leave out " : < > | * ? \\ / and newlines' });
    }
    const engine = inputs.choice('engine', AUDIT_ENGINES, 'builtin');
    return {
        workspace,
        root,
        engine,
        gitleaksVersion: gitleaksVersion(engine, inputs.string('gitleaks-version', { default: DEFAULT_GITLEAKS_VERSION })),
        config: inputFile('config', inputs.string('config'), AUDIT_DEFAULTS.config, [workspace]),
        baseline: inputFile('baseline', inputs.string('baseline'), AUDIT_DEFAULTS.baseline, [workspace]),
        // gitleaks reads .gitleaksignore from the scanned folder; the checkout root is the fallback.
        ignoreFile: inputFile('ignore-file', inputs.string('ignore-file'), AUDIT_DEFAULTS.ignoreFile, [root, workspace]),
        scan: inputs.choice('scan', SCAN_MODES, 'auto'),
        redactPercent: redactPercent(inputs.string('redact')),
        reportPath: outputPath(raw('report-path'), AUDIT_DEFAULTS.reportPath, workspace),
        sarifPath: outputPath(raw('sarif-path'), AUDIT_DEFAULTS.sarifPath, workspace),
        uploadArtifact: inputs.boolean('upload-artifact', true),
        artifactName,
        failOnFindings: inputs.boolean('fail-on-findings', true),
        annotations: inputs.boolean('annotations', true),
    };
}
/** Checked now (format, minimum version, a release for this runner) so a bad value fails before anything is scanned. */
function gitleaksVersion(engine, given) {
    if (engine !== 'gitleaks')
        return given;
    return gitleaksRelease(given, process.platform, process.arch, 'gitleaks-version').version;
}
function scanRoot(given, workspace) {
    const root = (0,external_node_path_.resolve)(workspace, given === '' ? '.' : given);
    let isDir = false;
    try {
        isDir = (0,external_node_fs_.statSync)(root).isDirectory();
    }
    catch {
        throw new errors_ConfigurationError(`'${given}' does not exist`, { input: 'path', hint: 'give a folder, relative to the workspace' });
    }
    if (!isDir)
        throw new errors_ConfigurationError(`'${given}' is not a folder`, { input: 'path', hint: 'give the folder to scan' });
    return root;
}
/**
 * An input naming a file: when left empty, the default is used if it exists (and skipped otherwise);
 * a file named explicitly must exist. A value equal to the default counts as left empty, because
 * the runner passes action.yml defaults as if they were given.
 */
function inputFile(input, given, defaultPath, bases) {
    if (given === '' || given === defaultPath) {
        for (const base of bases) {
            const file = (0,external_node_path_.resolve)(base, defaultPath);
            if ((0,external_node_fs_.existsSync)(file))
                return { file, display: displayPath(file, bases[bases.length - 1] ?? base) };
        }
        return undefined;
    }
    const file = (0,external_node_path_.resolve)(bases[bases.length - 1] ?? '.', given);
    if (!(0,external_node_fs_.existsSync)(file)) {
        throw new errors_ConfigurationError(`'${given}' does not exist`, { input, file: given, hint: 'fix the path (relative to the workspace) or leave the input empty' });
    }
    return { file, display: given };
}
function displayPath(file, base) {
    const rel = (0,external_node_path_.relative)(base, file);
    return rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel) ? file : rel;
}
function redactPercent(value) {
    const v = value.toLowerCase();
    if (v === '' || v === 'true')
        return 100;
    if (v === 'false')
        return 0;
    if (/^\d{1,3}$/.test(v) && Number(v) <= 100)
        return Number(v);
    throw new errors_ConfigurationError(`expected true, false or a percentage 0-100, got '${value}'`, { input: 'redact' });
}
/** Not given: the default. Given empty: do not write. Relative paths are in the workspace. */
function outputPath(given, defaultPath, workspace) {
    const value = given === undefined ? defaultPath : given.trim();
    return value === '' ? undefined : (0,external_node_path_.resolve)(workspace, value);
}

;// CONCATENATED MODULE: ./packages/fs-safe/src/index.ts



/**
 * Writes a file so that readers see either the old content or the whole new
 * one: a temp file in the same folder (created with the final mode, so the
 * content is never readable by others), fsync, then rename.
 */
function src_writeFileAtomic(path, content, options = {}) {
    const mode = options.mode ?? 0o644;
    const dir = (0,external_node_path_.dirname)(path);
    const dirMode = options.dirMode ?? (options.privateDir ? 0o700 : 0o755);
    (0,external_node_fs_.mkdirSync)(dir, { recursive: true, mode: dirMode });
    if (options.privateDir)
        tightenDir(dir, dirMode);
    const temp = stageFile(path, content, mode);
    try {
        (0,external_node_fs_.renameSync)(temp, path);
    }
    catch (error) {
        (0,external_node_fs_.rmSync)(temp, { force: true });
        throw error;
    }
}
/**
 * Writes `content` to a new temp file beside `path` (created exclusively with
 * `mode`, fsynced) and returns the temp path, for the caller to rename into place.
 */
function stageFile(path, content, mode) {
    const temp = (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
    const fd = (0,external_node_fs_.openSync)(temp, 'wx', mode);
    try {
        (0,external_node_fs_.writeSync)(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
        (0,external_node_fs_.fsyncSync)(fd);
    }
    catch (error) {
        (0,external_node_fs_.closeSync)(fd);
        (0,external_node_fs_.rmSync)(temp, { force: true });
        throw error;
    }
    (0,external_node_fs_.closeSync)(fd);
    (0,external_node_fs_.chmodSync)(temp, mode); // the umask may have narrowed the mode open() applied
    return temp;
}
function tightenDir(dir, dirMode) {
    const current = (0,external_node_fs_.statSync)(dir).mode & 0o777;
    if ((current & ~dirMode) !== 0)
        (0,external_node_fs_.chmodSync)(dir, dirMode);
}
/** Removes a file if present; true when something was removed. */
function removeIfPresent(path) {
    try {
        statSync(path);
    }
    catch {
        return false;
    }
    rmSync(path, { force: true });
    return true;
}

;// CONCATENATED MODULE: ./packages/reporting/src/types.ts
/** Every level, most severe first. */
const LEVELS = ['error', 'warning', 'note'];

;// CONCATENATED MODULE: ./packages/reporting/src/findings.ts

const LEVEL_RANK = { error: 0, warning: 1, note: 2 };
/** Orders by file, then line, column and rule id: the reading order of a file. */
function compareByLocation(a, b) {
    return (compareStrings(a.file, b.file) ||
        a.line - b.line ||
        (a.column ?? 0) - (b.column ?? 0) ||
        compareStrings(a.ruleId, b.ruleId) ||
        compareStrings(a.message, b.message));
}
/** Orders most severe first, then by location. */
function compareBySeverity(a, b) {
    return LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || compareByLocation(a, b);
}
function countByLevel(findings) {
    const counts = { error: 0, warning: 0, note: 0 };
    for (const f of findings)
        counts[f.level] += 1;
    return counts;
}
/** Findings per rule id, most frequent first (ties by id) so summaries read top-down. */
function countByRule(findings) {
    const counts = new Map();
    for (const f of findings)
        counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1] || compareStrings(a[0], b[0]));
}
/** Findings grouped by file, files in path order and each group in reading order. */
function findings_groupByFile(findings) {
    const groups = new Map();
    for (const f of [...findings].sort(compareByLocation)) {
        const group = groups.get(f.file);
        if (group)
            group.push(f);
        else
            groups.set(f.file, [f]);
    }
    return [...groups];
}
/** The default verdict: any error fails, any warning warns. Actions with `fail-on` pass their own. */
function findings_verdictFor(counts) {
    if ((counts.error ?? 0) > 0)
        return 'fail';
    if ((counts.warning ?? 0) > 0)
        return 'warn';
    return 'pass';
}
/** "2 errors, 1 warning" — zero counts left out; "no findings" when all are zero. */
function findings_describeCounts(counts) {
    const parts = LEVELS.filter((level) => (counts[level] ?? 0) > 0).map((level) => findings_plural(counts[level] ?? 0, level));
    return parts.length > 0 ? parts.join(', ') : 'no findings';
}
function findings_plural(n, noun) {
    return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
// Code-unit order, not locale order: output must not depend on the machine's locale.
function compareStrings(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./packages/reporting/src/internal/fingerprint.ts

/**
 * Stable identity for code scanning: the same finding keeps its alert across runs even when lines move.
 * Parts are length-prefixed so ("ab","c") and ("a","bc") differ.
 */
function stableHash(parts) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    for (const part of parts)
        hash.update(`${part.length}:${part}\n`);
    return hash.digest('hex').slice(0, 32);
}

// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(73136);
;// CONCATENATED MODULE: ./packages/reporting/src/internal/paths.ts


/**
 * A finding's file as a POSIX path relative to `baseDir` (the repository root), or `undefined` when
 * it lies outside it. Relative inputs are taken as already relative to the root.
 */
function paths_repoRelativePath(file, baseDir) {
    let path = file;
    if (baseDir !== undefined && (0,external_node_path_.isAbsolute)(file)) {
        path = (0,external_node_path_.relative)(baseDir, file);
        if (path === '' || (0,external_node_path_.isAbsolute)(path))
            return undefined;
    }
    path = path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
    if (path === '..' || path.startsWith('../') || path.startsWith('/'))
        return undefined;
    return path;
}
/** Percent-encodes each segment so spaces, `#`, `?`, `%` and non-ASCII survive as a URI reference. */
function encodePathSegments(path) {
    return path
        .split('/')
        .map((segment) => encodeURIComponent(segment))
        .join('/');
}
/** `file:` URI for an absolute path, with a trailing slash when it names a directory. */
function fileUri(path, isDirectory) {
    const href = (0,external_node_url_.pathToFileURL)(path).href;
    return isDirectory && !href.endsWith('/') ? `${href}/` : href;
}

;// CONCATENATED MODULE: ./packages/reporting/src/internal/region.ts
/**
 * A finding's span with impossible values dropped rather than passed on: code scanning rejects a whole
 * SARIF upload for one bad region, and GitHub drops annotations whose columns make no sense.
 * A missing or zero line (a whole-file finding) becomes line 1.
 */
function region_regionOf(finding) {
    const startLine = positiveInt(finding.line) ?? 1;
    const endLine = Math.max(startLine, positiveInt(finding.endLine) ?? startLine);
    const startColumn = positiveInt(finding.column);
    let endColumn = positiveInt(finding.endColumn);
    if (endColumn !== undefined && endLine === startLine && endColumn < (startColumn ?? 1))
        endColumn = undefined;
    return {
        startLine,
        endLine,
        ...(startColumn !== undefined && { startColumn }),
        ...(endColumn !== undefined && { endColumn }),
    };
}
function positiveInt(n) {
    return n !== undefined && Number.isFinite(n) && n >= 1 ? Math.trunc(n) : undefined;
}

;// CONCATENATED MODULE: ./packages/reporting/src/sarif.ts





const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** The base every result URI is relative to; upload-sarif resolves it to the checkout. */
const SRCROOT = '%SRCROOT%';
/** Key of our entry in `partialFingerprints`; bump the version if the hashed parts ever change. */
const FINGERPRINT_KEY = 'mcpSecretsFindingHash/v1';
/**
 * A SARIF 2.1.0 log that GitHub code scanning accepts: one run, every rule with help and
 * severity, each result with a relative location and a fingerprint that survives line moves.
 */
function buildSarif(tool, rules, findings, options = {}) {
    const descriptors = rules.map(toDescriptor);
    const ruleIndex = indexRules(rules);
    const seen = new Map();
    const results = [...findings].sort(compareByLocation).map((finding) => {
        let index = ruleIndex.get(finding.ruleId);
        if (index === undefined) {
            // A finding from a rule the caller did not describe still needs a descriptor to point at.
            index = descriptors.push(placeholderDescriptor(finding)) - 1;
            ruleIndex.set(finding.ruleId, index);
        }
        return toResult(finding, index, seen, options.baseDir);
    });
    const run = {
        tool: {
            driver: {
                name: tool.name,
                version: tool.version,
                ...(isSemver(tool.version) && { semanticVersion: tool.version }),
                informationUri: tool.informationUri,
                rules: descriptors,
            },
        },
        ...(options.category !== undefined && { automationDetails: { id: `${options.category.replace(/\/+$/, '')}/` } }),
        ...(options.baseDir !== undefined &&
            (0,external_node_path_.isAbsolute)(options.baseDir) && { originalUriBaseIds: { [SRCROOT]: { uri: fileUri(options.baseDir, true) } } }),
        columnKind: 'utf16CodeUnits',
        results,
    };
    return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}
function indexRules(rules) {
    const index = new Map();
    rules.forEach((rule, i) => {
        if (index.has(rule.id))
            throw new Error(`SARIF: rule "${rule.id}" is described twice; give each rule one descriptor`);
        index.set(rule.id, i);
    });
    return index;
}
function toDescriptor(rule) {
    const tags = [...(rule.tags ?? [])];
    const properties = {};
    if (rule.securitySeverity !== undefined) {
        if (!(rule.securitySeverity >= 0 && rule.securitySeverity <= 10)) {
            throw new Error(`SARIF: rule "${rule.id}" has security severity ${rule.securitySeverity}; use 0.0 to 10.0`);
        }
        // GitHub reads security-severity only on rules tagged "security", as a decimal string.
        if (!tags.includes('security'))
            tags.push('security');
        properties['security-severity'] = rule.securitySeverity.toFixed(1);
    }
    if (tags.length > 0)
        properties.tags = tags;
    return {
        id: rule.id,
        name: rule.name ?? pascalCase(rule.id),
        shortDescription: { text: firstSentence(rule.description) },
        fullDescription: { text: rule.description },
        help: { text: rule.help ?? rule.description, ...(rule.help !== undefined && { markdown: rule.help }) },
        ...(rule.helpUri !== undefined && { helpUri: rule.helpUri }),
        defaultConfiguration: { level: rule.defaultLevel },
        ...(Object.keys(properties).length > 0 && { properties }),
    };
}
function placeholderDescriptor(finding) {
    return {
        id: finding.ruleId,
        name: pascalCase(finding.ruleId),
        shortDescription: { text: finding.ruleId },
        defaultConfiguration: { level: finding.level },
    };
}
function toResult(finding, ruleIndex, seen, baseDir) {
    const relative = paths_repoRelativePath(finding.file, baseDir);
    const artifactLocation = relative !== undefined
        ? { uri: encodePathSegments(relative), uriBaseId: SRCROOT }
        : { uri: (0,external_node_path_.isAbsolute)(finding.file) ? fileUri(finding.file, false) : encodePathSegments(finding.file.replace(/\\/g, '/')) };
    const region = region_regionOf(finding);
    const path = relative ?? finding.file;
    // Same rule, file and identity twice in one run (e.g. one secret pasted twice): number them, as
    // GitHub's own primaryLocationLineHash does, so the alerts stay apart.
    const identity = stableHash([finding.ruleId, path, finding.fingerprint ?? finding.snippet ?? finding.message]);
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    return {
        ruleId: finding.ruleId,
        ruleIndex,
        level: finding.level,
        message: { text: finding.fix !== undefined ? `${finding.message}\n\nFix: ${finding.fix}` : finding.message },
        locations: [
            {
                physicalLocation: {
                    artifactLocation,
                    region: { ...region, ...(finding.snippet !== undefined && { snippet: { text: finding.snippet } }) },
                },
            },
        ],
        partialFingerprints: { [FINGERPRINT_KEY]: `${identity}:${occurrence}` },
        ...(finding.properties !== undefined && { properties: finding.properties }),
    };
}
function firstSentence(text) {
    // A sentence ends at . ! ? before a capital or the end, so "e.g. x" does not cut it short.
    const match = /^(.+?[.!?])(?=\s+[A-Z]|\s*$)/s.exec(text.trim());
    return (match?.[1] ?? text).trim();
}
function pascalCase(id) {
    return id
        .split(/[^A-Za-z0-9]+/)
        .filter((part) => part !== '')
        .map((part) => part[0].toUpperCase() + part.slice(1))
        .join('');
}
function isSemver(version) {
    return /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(version);
}

;// CONCATENATED MODULE: ./packages/reporting/src/annotations.ts




/** GitHub shows at most 10 annotations of each level per step and 50 per job; the rest are dropped
 * (limits listed in actions/toolkit docs/problem-matchers.md). */
const GITHUB_ANNOTATIONS_PER_LEVEL = 10;
const GITHUB_ANNOTATIONS_PER_JOB = 50;
/**
 * Chooses which findings become annotations: every level keeps its most important ones within
 * GitHub's limits, errors before warnings before notes, so nothing GitHub would silently drop is
 * emitted and the summary can say how many were left out.
 */
function planAnnotations(findings, options = {}) {
    const maxTotal = options.maxTotal ?? GITHUB_ANNOTATIONS_PER_JOB;
    const used = { error: 0, warning: 0, note: 0 };
    const omitted = { error: 0, warning: 0, note: 0 };
    const annotations = [];
    for (const finding of [...findings].sort(compareBySeverity)) {
        if (used[finding.level] >= levelCap(options.maxPerLevel, finding.level) || annotations.length >= maxTotal) {
            omitted[finding.level] += 1;
            continue;
        }
        used[finding.level] += 1;
        annotations.push(toAnnotation(finding, options));
    }
    return { annotations, omitted, omittedTotal: LEVELS.reduce((sum, level) => sum + omitted[level], 0) };
}
/** "12 more findings not annotated (…), see the report", or undefined when nothing was left out. */
function omittedAnnotationsNote(plan, where = 'the report') {
    if (plan.omittedTotal === 0)
        return undefined;
    const parts = LEVELS.filter((level) => plan.omitted[level] > 0).map((level) => findings_plural(plan.omitted[level], level));
    const noun = plan.omittedTotal === 1 ? 'finding' : 'findings';
    return `${plan.omittedTotal} more ${noun} not annotated (${parts.join(', ')}); see ${where}.`;
}
function levelCap(maxPerLevel, level) {
    if (typeof maxPerLevel === 'number')
        return maxPerLevel;
    return maxPerLevel?.[level] ?? GITHUB_ANNOTATIONS_PER_LEVEL;
}
function toAnnotation(finding, options) {
    const region = region_regionOf(finding);
    const properties = {
        title: options.title?.(finding) ?? finding.ruleId,
        file: paths_repoRelativePath(finding.file, options.baseDir) ?? finding.file,
        startLine: region.startLine,
        endLine: region.endLine,
    };
    // GitHub ignores columns on a multi-line annotation; sending them would only mislead a reader of the log.
    if (region.startLine === region.endLine && region.startColumn !== undefined) {
        properties.startColumn = region.startColumn;
        if (region.endColumn !== undefined)
            properties.endColumn = region.endColumn;
    }
    const message = finding.fix !== undefined ? `${finding.message}\nFix: ${finding.fix}` : finding.message;
    return { level: finding.level, message, properties };
}

;// CONCATENATED MODULE: ./packages/reporting/src/markdown.ts
// Entities rather than backslashes: they also hold inside <code>, table cells and GitHub's math ($).
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '`': '&#96;',
    '|': '&#124;',
    '\\': '&#92;',
    '*': '&#42;',
    _: '&#95;',
    '[': '&#91;',
    ']': '&#93;',
    '~': '&#126;',
    $: '&#36;',
    '#': '&#35;',
};
/**
 * Plain text made inert in GitHub Markdown: no HTML, no formatting, no links, and safe in a table
 * cell (pipes escaped, line breaks as <br>). Finding messages and paths come from scanned files, so
 * they must never be able to change the summary's structure.
 */
function escapeMarkdown(text) {
    return text.replace(/[&<>"'`|\\*_[\]~$#]/g, (c) => ENTITIES[c]).replace(/\r\n|\r|\n/g, '<br>');
}
/** Monospaced text, escaped (HTML <code>, since a backtick span would show entities literally). */
function mdCode(text) {
    return { markdown: `<code>${escapeMarkdown(text)}</code>` };
}
/** A link when the URL is http(s); only the text otherwise. */
function mdLink(text, url) {
    const label = renderCell(text);
    if (!/^https?:\/\//i.test(url))
        return { markdown: label };
    const safeUrl = url.replace(/[\s()<>"'`|\\[\]]/g, (c) => encodeURIComponent(c).replace(/[()']/g, percent));
    return { markdown: `[${label}](${safeUrl})` };
}
/** A GitHub-flavoured Markdown table; rows shorter than the header are padded. */
function markdownTable(headers, rows) {
    if (headers.length === 0)
        throw new Error('markdownTable: give at least one header');
    const lines = [tableRow(headers), `|${' --- |'.repeat(headers.length)}`];
    for (const [i, row] of rows.entries()) {
        if (row.length > headers.length) {
            throw new Error(`markdownTable: row ${i + 1} has ${row.length} cells for ${headers.length} headers`);
        }
        lines.push(tableRow([...row, ...Array(headers.length - row.length).fill('')]));
    }
    return `${lines.join('\n')}\n`;
}
function tableRow(cells) {
    return `| ${cells.map(renderCell).join(' | ')} |`;
}
function renderCell(cell) {
    if (typeof cell === 'number')
        return String(cell);
    if (typeof cell === 'string')
        return escapeMarkdown(cell);
    return cell.markdown;
}
function percent(c) {
    return `%${c.charCodeAt(0).toString(16).toUpperCase()}`;
}

;// CONCATENATED MODULE: ./packages/reporting/src/internal/text.ts
/** Shortens to at most `max` UTF-16 units (ellipsis included) without splitting a surrogate pair. */
function truncate(text, max) {
    if (text.length <= max)
        return text;
    let end = Math.max(0, max - 1);
    if (end > 0 && isHighSurrogate(text.charCodeAt(end - 1)))
        end -= 1;
    return `${text.slice(0, end)}…`;
}
function isHighSurrogate(code) {
    return code >= 0xd800 && code <= 0xdbff;
}

;// CONCATENATED MODULE: ./packages/reporting/src/summary.ts





/** GitHub rejects a step summary over 1 MiB; half of it leaves room for the other parts of a gate. */
const DEFAULT_SUMMARY_BYTES = 512 * 1024;
const DEFAULT_SUMMARY_ROWS = 1000;
const CELL_CHARS = 300;
const SNIPPET_CHARS = 120;
// Room kept for the closing note, so truncation never pushes the section over its budget.
const NOTE_RESERVE = 512;
const VERDICT_TEXT = {
    pass: '✅ **Passed**',
    warn: '⚠️ **Passed with warnings**',
    fail: '❌ **Failed**',
};
/**
 * A job-summary section: verdict, counts, findings per rule, then every finding grouped by file,
 * cut after `maxRows` rows or `maxBytes` bytes with a note saying how many were left out.
 */
function summarySection(options) {
    const maxBytes = options.maxBytes ?? DEFAULT_SUMMARY_BYTES;
    // Title plus two nested levels must stay within Markdown's six.
    const level = Math.min(Math.max(options.headingLevel ?? 2, 1), 4);
    const counted = countByLevel(options.findings);
    const counts = {
        error: options.counts?.error ?? counted.error,
        warning: options.counts?.warning ?? counted.warning,
        note: options.counts?.note ?? counted.note,
    };
    const reportName = options.reportName ?? 'the report';
    const out = new BudgetedText(maxBytes - NOTE_RESERVE);
    out.add(`${'#'.repeat(level)} ${escapeMarkdown(options.title)}\n\n`);
    out.add(`${VERDICT_TEXT[options.verdict]}: ${escapeMarkdown(options.headline ?? findings_describeCounts(counts))}\n\n`);
    const facts = options.facts ?? [];
    out.add(markdownTable(['Errors', 'Warnings', 'Notes', ...facts.map(([label]) => label)], [[counts.error, counts.warning, counts.note, ...facts.map(([, value]) => value)]]) + '\n');
    for (const note of options.notes ?? [])
        out.add(`${escapeMarkdown(note)}\n\n`);
    if (options.findings.length === 0)
        return out.text;
    const sub = '#'.repeat(level + 1);
    out.add(`${sub} Findings per rule\n\n${markdownTable(['Rule', 'Findings'], countByRule(options.findings).map(([rule, n]) => [mdCode(rule), n]))}\n`);
    out.add(`${sub} Findings\n\n`);
    const maxRows = options.maxRows ?? DEFAULT_SUMMARY_ROWS;
    let shown = 0;
    groups: for (const [file, findings] of findings_groupByFile(options.findings)) {
        const path = paths_repoRelativePath(file, options.baseDir) ?? file;
        const withSnippets = findings.some((f) => f.snippet !== undefined);
        const headers = ['Line', 'Level', 'Rule', 'Message', ...(withSnippets ? ['Snippet (redacted)'] : [])];
        const head = `${sub}# ${mdCode(path).markdown} (${findings_plural(findings.length, 'finding')})\n\n${markdownTable(headers, [])}`;
        if (shown >= maxRows || !out.fits(head))
            break;
        out.add(head);
        for (const finding of findings) {
            const row = `${tableRow(findingRow(finding, path, withSnippets, options.links))}\n`;
            if (shown >= maxRows || !out.add(row))
                break groups;
            shown += 1;
        }
        out.add('\n');
    }
    const left = options.findings.length - shown;
    if (left > 0)
        out.force(`\n_${escapeMarkdown(`${findings_plural(left, 'more finding')} not shown here; see ${reportName}.`)}_\n`);
    return out.text;
}
function findingRow(finding, path, withSnippet, links) {
    const region = region_regionOf(finding);
    const lines = region.endLine > region.startLine ? `${region.startLine}–${region.endLine}` : String(region.startLine);
    const message = {
        markdown: escapeMarkdown(truncate(finding.message, CELL_CHARS)) +
            (finding.fix !== undefined ? `<br>Fix: ${mdCode(truncate(finding.fix, CELL_CHARS)).markdown}` : ''),
    };
    return [
        links ? mdLink(lines, lineUrl(links, path, region.startLine, region.endLine)) : lines,
        finding.level,
        mdCode(finding.ruleId),
        message,
        ...(withSnippet ? [finding.snippet !== undefined ? mdCode(truncate(finding.snippet, SNIPPET_CHARS)) : ''] : []),
    ];
}
function lineUrl(base, path, start, end) {
    const anchor = end > start ? `#L${start}-L${end}` : `#L${start}`;
    return `${base.serverUrl.replace(/\/+$/, '')}/${base.repository}/blob/${encodePathSegments(base.ref)}/${encodePathSegments(path)}${anchor}`;
}
/** Text that stops growing at a byte budget (UTF-8, as GitHub measures the summary file). */
class BudgetedText {
    budget;
    text = '';
    bytes = 0;
    constructor(budget) {
        this.budget = budget;
    }
    fits(piece) {
        return this.bytes + Buffer.byteLength(piece) <= this.budget;
    }
    add(piece) {
        if (!this.fits(piece))
            return false;
        this.force(piece);
        return true;
    }
    /** For the closing note, which the reserve below the budget is kept for. */
    force(piece) {
        this.text += piece;
        this.bytes += Buffer.byteLength(piece);
    }
}

;// CONCATENATED MODULE: ./packages/reporting/src/internal/ansi.ts
const CODES = {
    bold: [1, 22],
    dim: [2, 22],
    red: [31, 39],
    yellow: [33, 39],
    cyan: [36, 39],
    green: [32, 39],
};
const ansi_LEVEL_STYLE = { error: 'red', warning: 'yellow', note: 'cyan' };
/** A styling function that is the identity when colour is off, so plain output has no escape codes. */
function ansi_painter(color) {
    if (!color)
        return (_style, text) => text;
    return (style, text) => `\u001b[${CODES[style][0]}m${text}\u001b[${CODES[style][1]}m`;
}
/**
 * Control characters from scanned files or rule configs replaced one-for-one (columns stay aligned),
 * so a file cannot move the cursor, retitle the terminal or hide output; bidi controls too, so it
 * cannot reorder what is shown ("Trojan Source").
 */
function ansi_sanitizeForTerminal(text) {
    return text.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, '\ufffd');
}

;// CONCATENATED MODULE: ./packages/reporting/src/text.ts




const DEFAULT_LINE_WIDTH = 160;
/**
 * Findings for a terminal, grouped by file: `file:line:column level rule message`, then the source
 * line with a caret under the column, then the fix. Empty string when there are no findings.
 */
function renderText(findings, options) {
    const paint = painter(options.color);
    const blocks = [];
    for (const [file, group] of groupByFile(findings)) {
        const path = sanitizeForTerminal(repoRelativePath(file, options.baseDir) ?? file);
        const lines = sourceLines(options.sources, file);
        const out = [`${paint('bold', path)} ${paint('dim', `(${plural(group.length, 'finding')})`)}`];
        for (const finding of group)
            out.push(...renderFinding(finding, path, lines, options, paint));
        blocks.push(out.join('\n'));
    }
    return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}
const VERDICT_MARK = {
    pass: { mark: '✔', style: 'green' },
    warn: { mark: '⚠', style: 'yellow' },
    fail: { mark: '✖', style: 'red' },
};
/** One line such as "✖ 2 errors, 1 warning in 3 files". */
function verdictLine(counts, options = {}) {
    const paint = painter(options.color ?? false);
    const { mark, style } = VERDICT_MARK[options.status ?? verdictFor(counts)];
    const text = describeCounts(counts);
    const detail = options.detail !== undefined ? ` ${sanitizeForTerminal(options.detail)}` : '';
    return `${paint(style, `${mark} ${text[0].toUpperCase()}${text.slice(1)}`)}${detail}`;
}
function renderFinding(finding, path, lines, options, paint) {
    const region = regionOf(finding);
    const where = `${path}:${region.startLine}${region.startColumn !== undefined ? `:${region.startColumn}` : ''}`;
    const [first, ...rest] = sanitizeLines(finding.message);
    const out = [
        `${where} ${paint(LEVEL_STYLE[finding.level], finding.level)} ${paint('dim', sanitizeForTerminal(finding.ruleId))} ${first}`,
        ...rest.map((line) => `    ${line}`),
    ];
    out.push(...excerpt(finding, lines, options, paint));
    if (finding.fix !== undefined) {
        const [fixFirst, ...fixRest] = sanitizeLines(finding.fix);
        out.push(`    ${paint('green', 'fix:')} ${fixFirst}`, ...fixRest.map((line) => `         ${line}`));
    }
    return out;
}
/** The source line (redacted) with a caret under the span, or the producer's redacted snippet. */
function excerpt(finding, lines, options, paint) {
    const region = regionOf(finding);
    const raw = lines?.[region.startLine - 1];
    const gutter = ' '.repeat(String(region.startLine).length);
    if (raw !== undefined && (options.redactLine !== undefined || finding.snippet === undefined)) {
        const shown = options.redactLine ? options.redactLine(raw, finding) : raw;
        const column = region.startColumn ?? 1;
        // Redaction usually shortens the secret itself, so the span shrinks by what the line lost.
        const span = region.endColumn !== undefined && region.endLine === region.startLine
            ? Math.max(1, region.endColumn - column - Math.max(0, raw.length - shown.length))
            : 1;
        const view = windowAround(sanitizeForTerminal(shown), column - 1, span, options.maxLineWidth ?? DEFAULT_LINE_WIDTH);
        const out = [`    ${paint('dim', `${region.startLine} |`)} ${view.text}`];
        if (region.startColumn !== undefined) {
            // Tabs kept in the padding so the caret lines up whatever the terminal's tab width.
            const padding = view.text.slice(0, view.caretAt).replace(/[^\t]/g, ' ');
            out.push(`    ${paint('dim', `${gutter} |`)} ${padding}${paint(LEVEL_STYLE[finding.level], '^'.repeat(view.caretLength))}`);
        }
        return out;
    }
    if (finding.snippet !== undefined) {
        const [snippet] = sanitizeLines(finding.snippet);
        const view = windowAround(snippet, 0, 1, options.maxLineWidth ?? DEFAULT_LINE_WIDTH);
        return [`    ${paint('dim', `${region.startLine} |`)} ${view.text}`];
    }
    return [];
}
/** Cuts a long line to `width` around the span, marking the cuts with an ellipsis. */
function windowAround(line, start, span, width) {
    const at = Math.min(start, line.length);
    if (line.length <= width) {
        return { text: line, caretAt: at, caretLength: Math.max(1, Math.min(span, line.length - at)) };
    }
    const from = Math.max(0, Math.min(at - Math.floor(width / 3), line.length - width));
    const to = Math.min(line.length, from + width);
    const text = `${from > 0 ? '…' : ''}${line.slice(from, to)}${to < line.length ? '…' : ''}`;
    const caretAt = at - from + (from > 0 ? 1 : 0);
    return { text, caretAt, caretLength: Math.max(1, Math.min(span, to - at)) };
}
function sourceLines(sources, file) {
    return sources?.(file)?.split(/\r?\n/);
}
function sanitizeLines(text) {
    return text.split(/\r?\n/).map(sanitizeForTerminal);
}

;// CONCATENATED MODULE: ./packages/reporting/src/index.ts
// Format-independent rendering of findings: SARIF for code scanning, annotations within GitHub's
// limits, job-summary Markdown, terminal text, JSON report files.










;// CONCATENATED MODULE: ./packages/scanner/src/internal/regex/char-ranges.ts
// Character classes as sorted code-point ranges, so Go's class semantics (POSIX classes,
// negated Perl classes inside brackets, case folding) can be computed exactly and then
// emitted as a plain JavaScript class.
const MAX_CODE_POINT = 0x10ffff;
function normalizeRanges(ranges) {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const out = [];
    for (const [lo, hi] of sorted) {
        const last = out[out.length - 1];
        if (last !== undefined && lo <= last[1] + 1) {
            last[1] = Math.max(last[1], hi);
        }
        else {
            out.push([lo, hi]);
        }
    }
    return out;
}
function complementRanges(ranges) {
    const out = [];
    let next = 0;
    for (const [lo, hi] of normalizeRanges(ranges)) {
        if (lo > next)
            out.push([next, lo - 1]);
        next = hi + 1;
    }
    if (next <= MAX_CODE_POINT)
        out.push([next, MAX_CODE_POINT]);
    return out;
}
const cp = (c) => c.codePointAt(0) ?? 0;
/** Go's Perl classes (ASCII-only, as in RE2). */
const PERL_CLASSES = {
    d: [[cp('0'), cp('9')]],
    s: [[9, 10], [12, 13], [32, 32]],
    w: [[cp('0'), cp('9')], [cp('A'), cp('Z')], [cp('_'), cp('_')], [cp('a'), cp('z')]],
};
/** POSIX bracket classes as RE2 defines them. */
const POSIX_CLASSES = {
    alnum: [[48, 57], [65, 90], [97, 122]],
    alpha: [[65, 90], [97, 122]],
    ascii: [[0, 0x7f]],
    blank: [[9, 9], [32, 32]],
    cntrl: [[0, 0x1f], [0x7f, 0x7f]],
    digit: [[48, 57]],
    graph: [[0x21, 0x7e]],
    lower: [[97, 122]],
    print: [[0x20, 0x7e]],
    punct: [[0x21, 0x2f], [0x3a, 0x40], [0x5b, 0x60], [0x7b, 0x7e]],
    space: [[9, 13], [32, 32]],
    upper: [[65, 90]],
    word: [[48, 57], [65, 90], [95, 95], [97, 122]],
    xdigit: [[48, 57], [65, 70], [97, 102]],
};
// Beyond this many code points a non-ASCII range is not folded char by char; RE2 folds
// such ranges too, but secret patterns never rely on folding large Unicode blocks.
const MAX_FOLD_SPAN = 2048;
/** Adds the other-case counterparts of every character in the ranges (simple case folding). */
function foldRanges(ranges) {
    const extra = [];
    for (const [lo, hi] of ranges) {
        // ASCII letters: fold by range arithmetic.
        const aLo = Math.max(lo, 0x61);
        const aHi = Math.min(hi, 0x7a);
        if (aLo <= aHi)
            extra.push([aLo - 32, aHi - 32]);
        const uLo = Math.max(lo, 0x41);
        const uHi = Math.min(hi, 0x5a);
        if (uLo <= uHi)
            extra.push([uLo + 32, uHi + 32]);
        const nLo = Math.max(lo, 0x80);
        if (nLo <= hi && hi - nLo <= MAX_FOLD_SPAN) {
            for (let c = nLo; c <= hi; c++) {
                for (const other of caseVariants(c))
                    extra.push([other, other]);
            }
        }
    }
    return normalizeRanges([...ranges, ...extra]);
}
/** Other-case single code points of c (k/K also fold with the Kelvin sign, s/S with long s, as in Go). */
function caseVariants(c) {
    const ch = String.fromCodePoint(c);
    const out = new Set();
    for (const v of [ch.toLowerCase(), ch.toUpperCase()]) {
        if ([...v].length === 1 && v !== ch)
            out.add(cp(v));
    }
    if (c === 0x6b || c === 0x4b)
        out.add(0x212a);
    if (c === 0x73 || c === 0x53)
        out.add(0x17f);
    return [...out];
}
/** A code point as a JavaScript escape: `\u{...}` needs the u flag, `\uXXXX` works in both modes. */
function escapeCodePoint(c, unicode) {
    return unicode ? `\\u{${c.toString(16)}}` : `\\u${c.toString(16).padStart(4, '0')}`;
}
function escapeClassChar(c, unicode) {
    if (c === 0x5c || c === 0x5d || c === 0x5b || c === 0x5e || c === 0x2d)
        return `\\${String.fromCharCode(c)}`;
    if (c >= 0x20 && c < 0x7f)
        return String.fromCharCode(c);
    if (c === 9)
        return '\\t';
    if (c === 10)
        return '\\n';
    if (c === 13)
        return '\\r';
    return escapeCodePoint(c, unicode);
}
/**
 * Emits the inside of a JavaScript character class for the ranges. Without the u flag the
 * regex sees UTF-16 code units, so ranges are clipped to the BMP (an astral character is two
 * units, both inside a complement that reaches 0xFFFF).
 */
function emitRanges(ranges, unicode) {
    let out = '';
    for (const [lo, rawHi] of ranges) {
        const hi = unicode ? rawHi : Math.min(rawHi, 0xffff);
        if (lo > hi)
            continue;
        if (lo === hi)
            out += escapeClassChar(lo, unicode);
        else if (hi === lo + 1)
            out += escapeClassChar(lo, unicode) + escapeClassChar(hi, unicode);
        else
            out += `${escapeClassChar(lo, unicode)}-${escapeClassChar(hi, unicode)}`;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/regex/go-regex.ts
// Go RE2 -> JavaScript regular expression translation.
// Flags are resolved at translation time (case-insensitivity expanded into classes,
// `.`/`^`/`$` rewritten per (?s)/(?m)) instead of relying on JavaScript's `(?i:...)`
// modifiers, which Node 24 does not apply reliably (nodejs/node#60030).

/** A Go pattern that cannot be expressed in JavaScript; `construct` names the offending piece. */
class RegexTranslationError extends Error {
    construct;
    pattern;
    offset;
    constructor(construct, pattern, offset) {
        super(`unsupported or invalid Go regex construct ${construct} at offset ${offset}`);
        this.construct = construct;
        this.pattern = pattern;
        this.offset = offset;
        this.name = 'RegexTranslationError';
    }
}
const MAX_REPEAT = 1000;
const SYNTAX_CHARS = new Set('^$\\.*+?()[]{}|/');
const GENERAL_CATEGORIES = new Set('L Lu Ll Lt Lm Lo M Mn Mc Me N Nd Nl No P Pc Pd Ps Pe Pi Pf Po S Sm Sc Sk So Z Zs Zl Zp C Cc Cf Cs Co'.split(' '));
const SIMPLE_ESCAPES = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
// A bounded repetition beyond this can still cover many lines.
const LONG_REPEAT = 100;
/** Thrown inside a BMP-only translation when the pattern needs the u flag after all. */
class NeedsUnicode extends Error {
}
class Translator {
    pattern;
    unicode;
    pos = 0;
    groups = 0;
    multiline = false;
    /**
     * `unicode`: emit for the u flag. Without it (the default when the pattern allows) V8 can
     * fall back to its linear-time engine on excessive backtracking (see backtrack-guard.ts).
     */
    constructor(pattern, unicode = false) {
        this.pattern = pattern;
        this.unicode = unicode;
    }
    /** A code point in a literal or class: astral ones need the u flag. */
    useCodePoint(code) {
        if (code > 0xffff && !this.unicode)
            throw new NeedsUnicode();
    }
    translate() {
        const { text: source } = this.parseAlternation({ i: false, m: false, s: false, U: false });
        if (this.pos < this.pattern.length)
            this.fail('unbalanced )');
        const flags = this.unicode ? 'u' : '';
        try {
            new RegExp(source, flags);
        }
        catch (err) {
            this.fail(`(JavaScript rejected the translation: ${err.message})`);
        }
        return { source, flags, groupCount: this.groups, multiline: this.multiline };
    }
    fail(construct, at = this.pos) {
        throw new RegexTranslationError(construct, this.pattern, at);
    }
    peek(offset = 0) {
        return this.pattern[this.pos + offset] ?? '';
    }
    startsWith(s) {
        return this.pattern.startsWith(s, this.pos);
    }
    /** Parses until `)` or the end; `(?flags)` changes flags until the end of the enclosing group. */
    parseAlternation(outer) {
        const flags = { ...outer };
        let out = '';
        let newline = false;
        while (this.pos < this.pattern.length) {
            const c = this.peek();
            if (c === ')')
                break;
            if (c === '|') {
                this.pos++;
                out += '|';
                continue;
            }
            const atom = this.parseAtom(flags);
            if (atom === undefined)
                continue;
            newline ||= atom.newline;
            out += this.parseQuantifier(atom, flags);
        }
        return { text: out, newline };
    }
    parseQuantifier(atom, flags) {
        const start = this.pos;
        let quant = '';
        let long = false;
        const c = this.peek();
        if (c === '*' || c === '+' || c === '?') {
            quant = c;
            long = c !== '?';
            this.pos++;
        }
        else if (c === '{') {
            const m = /^\{(\d+)(,(\d*))?\}/.exec(this.pattern.slice(this.pos));
            if (m === null)
                return atom.text; // Go treats a malformed `{` as a literal; parseAtom handles it next.
            const min = Number(m[1]);
            const max = m[3] === undefined || m[3] === '' ? undefined : Number(m[3]);
            if (min > MAX_REPEAT || (max !== undefined && (max > MAX_REPEAT || max < min))) {
                this.fail(`invalid repeat count ${m[0]}`, start);
            }
            quant = m[0];
            long = max === undefined ? m[2] !== undefined : max > LONG_REPEAT;
            this.pos += m[0].length;
        }
        else {
            return atom.text;
        }
        let lazy = false;
        if (this.peek() === '?') {
            lazy = true;
            this.pos++;
        }
        const next = this.peek();
        if (next === '+' && !lazy)
            this.fail(`possessive quantifier ${quant}+`, start);
        if (next === '*' || next === '+' || next === '?' || (next === '{' && /^\{\d+(,\d*)?\}/.test(this.pattern.slice(this.pos)))) {
            this.fail(`nested repetition operator ${this.pattern.slice(start, this.pos + 1)}`, start);
        }
        if (flags.U)
            lazy = !lazy;
        if (long && atom.newline)
            this.multiline = true;
        const base = atom.assertion ? `(?:${atom.text})` : atom.text;
        return base + quant + (lazy ? '?' : '');
    }
    parseAtom(flags) {
        const c = this.peek();
        const at = this.pos;
        switch (c) {
            case '(':
                return this.parseGroup(flags);
            case '[':
                return this.parseClass(flags);
            case '\\':
                return this.parseEscape(flags);
            case '.':
                this.pos++;
                return { text: flags.s ? '[\\s\\S]' : '[^\\n]', assertion: false, newline: flags.s };
            case '^':
                this.pos++;
                return { text: flags.m ? '(?<![^\\n])' : '^', assertion: true, newline: false };
            case '$':
                this.pos++;
                return { text: flags.m ? '(?![^\\n])' : '$', assertion: true, newline: false };
            case '*':
            case '+':
            case '?':
                this.fail(`missing argument to repetition operator ${c}`, at);
                break;
            case '{':
                if (/^\{\d+(,\d*)?\}/.test(this.pattern.slice(this.pos)))
                    this.fail('missing argument to repetition operator {', at);
                break;
            default:
                break;
        }
        const code = this.pattern.codePointAt(this.pos) ?? 0;
        this.pos += code > 0xffff ? 2 : 1;
        return { text: this.literal(code, flags), assertion: false, newline: code === 10 };
    }
    parseGroup(flags) {
        const start = this.pos;
        this.pos++; // (
        let inner = flags;
        let capture = true;
        if (this.peek() === '?') {
            const named = /^\?P?<([A-Za-z0-9_]+)>/.exec(this.pattern.slice(this.pos));
            if (named !== null) {
                this.pos += named[0].length;
            }
            else if (this.startsWith('?=') || this.startsWith('?!')) {
                this.fail(`lookahead ${this.pattern.slice(start, this.pos + 2)}`, start);
            }
            else if (this.startsWith('?<=') || this.startsWith('?<!')) {
                this.fail(`lookbehind ${this.pattern.slice(start, this.pos + 3)}`, start);
            }
            else if (this.startsWith('?>')) {
                this.fail('atomic group (?>', start);
            }
            else if (this.startsWith('?#')) {
                this.fail('comment group (?#', start);
            }
            else {
                const m = /^\?([A-Za-z]*)(?:-([A-Za-z]*))?([:)])/.exec(this.pattern.slice(this.pos));
                if (m === null)
                    this.fail(`invalid group ${this.pattern.slice(start, start + 4)}`, start);
                inner = applyFlags(flags, m[1] ?? '', m[2], () => this.fail(`invalid flags (${m[0]}`, start));
                this.pos += m[0].length;
                if (m[3] === ')') {
                    // (?flags) with no body: applies to the rest of the current group.
                    Object.assign(flags, inner);
                    return undefined;
                }
                capture = false;
            }
        }
        if (capture)
            this.groups++;
        const body = this.parseAlternation(inner);
        if (this.peek() !== ')')
            this.fail('missing closing )', start);
        this.pos++;
        return { text: capture ? `(${body.text})` : `(?:${body.text})`, assertion: false, newline: body.newline };
    }
    parseEscape(flags) {
        const start = this.pos;
        const e = this.peek(1);
        switch (e) {
            case 'A':
                this.pos += 2;
                return { text: '^', assertion: true, newline: false };
            case 'z':
                this.pos += 2;
                return { text: '$', assertion: true, newline: false };
            case 'b':
            case 'B':
                this.pos += 2;
                return { text: `\\${e}`, assertion: true, newline: false };
            case 'd':
            case 'w':
            case 'D':
            case 'W':
                this.pos += 2;
                return { text: `\\${e}`, assertion: false, newline: e === 'D' || e === 'W' };
            case 's':
                this.pos += 2;
                return { text: '[\\t\\n\\f\\r ]', assertion: false, newline: true };
            case 'S':
                this.pos += 2;
                return { text: '[^\\t\\n\\f\\r ]', assertion: false, newline: false };
            case 'p':
            case 'P': {
                const text = this.parseProperty();
                return { text, assertion: false, newline: text === '[\\s\\S]' || text.startsWith('\\P') };
            }
            case 'Q': {
                this.pos += 2;
                const end = this.pattern.indexOf('\\E', this.pos);
                const text = this.pattern.slice(this.pos, end === -1 ? undefined : end);
                this.pos = end === -1 ? this.pattern.length : end + 2;
                return { text: [...text].map((ch) => this.literal(ch.codePointAt(0) ?? 0, flags)).join(''), assertion: false, newline: text.includes('\n') };
            }
            case 'E':
                // A stray \E (no \Q) is ignored by Go.
                this.pos += 2;
                return { text: '', assertion: false, newline: false };
            case 'C':
                this.fail('\\C (any byte)', start);
                break;
            case 'Z':
                this.fail('\\Z (use \\z)', start);
                break;
            default:
                break;
        }
        const code = this.parseEscapedChar();
        return { text: this.literal(code, flags), assertion: false, newline: code === 10 };
    }
    /** A single-character escape (shared by atoms and classes); `pos` is on the backslash. */
    parseEscapedChar() {
        const start = this.pos;
        this.pos++;
        const e = this.peek();
        if (e === '')
            this.fail('trailing backslash', start);
        if (e in SIMPLE_ESCAPES) {
            this.pos++;
            return SIMPLE_ESCAPES[e];
        }
        if (e === 'x') {
            const braced = /^x\{([0-9A-Fa-f]{1,8})\}/.exec(this.pattern.slice(this.pos));
            const short = /^x([0-9A-Fa-f]{2})/.exec(this.pattern.slice(this.pos));
            const m = braced ?? short;
            if (m === null)
                this.fail('invalid \\x escape', start);
            const code = parseInt(m[1] ?? '', 16);
            if (code > 0x10ffff)
                this.fail(`invalid \\x escape ${m[0]}`, start);
            this.pos += m[0].length;
            return code;
        }
        if (e >= '0' && e <= '7') {
            // Go: \0, or \1-\7 followed by an octal digit, start an octal escape of up to 3 digits;
            // a lone \1-\9 is a backreference, which RE2 does not support.
            const m = /^[0-7]{1,3}/.exec(this.pattern.slice(this.pos));
            const digits = m?.[0] ?? e;
            if (e !== '0' && digits.length === 1)
                this.fail(`backreference \\${e}`, start);
            this.pos += digits.length;
            return parseInt(digits, 8);
        }
        if (e === '8' || e === '9')
            this.fail(`backreference \\${e}`, start);
        const code = e.codePointAt(0) ?? 0;
        if (code < 0x80 && !/[A-Za-z0-9_]/.test(e)) {
            this.pos++;
            return code;
        }
        this.fail(`unknown escape \\${e}`, start);
    }
    /** \pL, \p{Greek}, \p{^Greek}, \PL; kept as JavaScript property escapes (u flag). */
    parseProperty() {
        if (!this.unicode)
            throw new NeedsUnicode();
        const start = this.pos;
        let negated = this.peek(1) === 'P';
        this.pos += 2;
        let name;
        if (this.peek() === '{') {
            const end = this.pattern.indexOf('}', this.pos);
            if (end === -1)
                this.fail('unterminated \\p{', start);
            name = this.pattern.slice(this.pos + 1, end);
            this.pos = end + 1;
        }
        else {
            name = this.peek();
            this.pos++;
        }
        if (name.startsWith('^')) {
            negated = !negated;
            name = name.slice(1);
        }
        const p = negated ? 'P' : 'p';
        let text;
        if (name === 'Any')
            text = negated ? '[]' : '[\\s\\S]';
        else if (GENERAL_CATEGORIES.has(name))
            text = `\\${p}{${name}}`;
        else
            text = `\\${p}{Script=${name}}`;
        try {
            new RegExp(text, 'u');
        }
        catch {
            this.fail(`unknown Unicode class \\p{${name}}`, start);
        }
        return text;
    }
    parseClass(flags) {
        const { ranges, negated, properties } = this.parseClassRanges(flags);
        const hasNewline = ranges.some(([lo, hi]) => lo <= 10 && hi >= 10);
        return { text: `[${negated ? '^' : ''}${emitRanges(ranges, this.unicode)}${properties}]`, assertion: false, newline: negated ? !hasNewline : hasNewline };
    }
    /** Parses `[...]` at pos: folded ranges, negation, and Unicode property escapes kept verbatim. */
    parseClassRanges(flags) {
        const start = this.pos;
        this.pos++; // [
        let negated = false;
        if (this.peek() === '^') {
            negated = true;
            this.pos++;
        }
        const items = [];
        let first = true;
        while (true) {
            if (this.pos >= this.pattern.length)
                this.fail('missing closing ]', start);
            const c = this.peek();
            if (c === ']' && !first)
                break;
            first = false;
            if (c === '[' && this.peek(1) === ':') {
                const m = /^\[:(\^?)([a-z]+):\]/.exec(this.pattern.slice(this.pos));
                if (m !== null) {
                    const ranges = POSIX_CLASSES[m[2] ?? ''];
                    if (ranges === undefined)
                        this.fail(`unknown POSIX class ${m[0]}`, this.pos);
                    items.push({ ranges: m[1] === '^' ? complementRanges(ranges) : ranges });
                    this.pos += m[0].length;
                    continue;
                }
            }
            const lo = this.parseClassChar(items);
            if (lo === undefined)
                continue;
            if (this.peek() === '-' && this.peek(1) !== ']' && this.peek(1) !== '') {
                this.pos++;
                const hi = this.parseClassChar(items);
                if (hi === undefined || hi < lo)
                    this.fail('invalid character class range', start);
                items.push({ ranges: [[lo, hi]] });
            }
            else {
                items.push({ ranges: [[lo, lo]] });
            }
        }
        this.pos++; // ]
        let ranges = normalizeRanges(items.flatMap((it) => ('ranges' in it ? it.ranges : [])));
        if (flags.i)
            ranges = foldRanges(ranges);
        const properties = items.flatMap((it) => ('property' in it ? [it.property] : [])).join('');
        return { ranges, negated, properties };
    }
    literal(code, flags) {
        this.useCodePoint(code);
        if (flags.i) {
            const variants = caseVariants(code);
            if (variants.length > 0)
                return `[${emitRanges(normalizeRanges([code, ...variants].map((v) => [v, v])), this.unicode)}]`;
        }
        const ch = String.fromCodePoint(code);
        if (SYNTAX_CHARS.has(ch))
            return `\\${ch}`;
        if (code >= 0x20 && code < 0x7f)
            return ch;
        return escapeCodePoint(code, this.unicode);
    }
    /** Position helpers for readers of a pattern's head (see readClassAt). */
    at(pos) {
        this.pos = pos;
        return this;
    }
    get position() {
        return this.pos;
    }
    /** One class member; returns a code point, or undefined after pushing a multi-char item. */
    parseClassChar(items) {
        const c = this.peek();
        if (c !== '\\') {
            const code = this.pattern.codePointAt(this.pos) ?? 0;
            this.useCodePoint(code);
            this.pos += code > 0xffff ? 2 : 1;
            return code;
        }
        const e = this.peek(1);
        const perl = PERL_CLASSES[e.toLowerCase()];
        if (perl !== undefined && /[dswDSW]/.test(e)) {
            this.pos += 2;
            items.push({ ranges: e === e.toUpperCase() ? complementRanges(perl) : perl });
            return undefined;
        }
        if (e === 'p' || e === 'P') {
            const text = this.parseProperty();
            if (text.startsWith('['))
                items.push({ ranges: text === '[]' ? [] : [[0, 0x10ffff]] });
            else
                items.push({ property: text });
            return undefined;
        }
        if (e === 'Q' || e === 'A' || e === 'z' || e === 'b' || e === 'B' || e === 'C') {
            this.fail(`\\${e} inside a character class`, this.pos);
        }
        const code = this.parseEscapedChar();
        this.useCodePoint(code);
        return code;
    }
}
function applyFlags(flags, on, off, fail) {
    const out = { ...flags };
    if (on === '' && off === '')
        fail();
    for (const [letters, value] of [
        [on, true],
        [off ?? '', false],
    ]) {
        for (const f of letters) {
            if (f !== 'i' && f !== 'm' && f !== 's' && f !== 'U')
                fail();
            out[f] = value;
        }
    }
    return out;
}
/** The code points of the bracket class starting at `pos`, and where it ends (undefined with \\p escapes). */
function readClassAt(pattern, pos, ignoreCase) {
    const t = new Translator(pattern, true).at(pos);
    const { ranges, negated, properties } = t.parseClassRanges({ i: ignoreCase });
    if (properties !== '')
        return undefined;
    return { ranges: negated ? complementRanges(ranges) : ranges, end: t.position };
}
/** Translates a Go RE2 pattern to JavaScript; throws RegexTranslationError naming the construct. */
function go_regex_translateGoRegex(pattern) {
    try {
        return new Translator(pattern).translate();
    }
    catch (err) {
        if (err instanceof NeedsUnicode)
            return new Translator(pattern, true).translate();
        throw err;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./packages/scanner/src/rules/builtin/common.ts
/**
 * Closes a token whose alphabet includes `-`: `\b` would fail after a trailing `-`,
 * so the token is captured (secretGroup 1) and followed by a non-token character or the end.
 */
const END_URLSAFE = '(?:[^A-Za-z0-9_-]|$)';
/** Same for base64 bodies (`+`, `/`, `=`). */
const END_BASE64 = '(?:[^A-Za-z0-9+/=]|$)';
/** An assignment operator with the quotes and spacing seen in code, YAML, JSON, .env and shells. */
const ASSIGN = `["'\\x60]?\\s{0,5}(?::=|=>|=|:)\\s{0,5}["'\\x60]?`;
/**
 * Values that look like a credential but are documentation or templates: provider docs
 * examples, masked values, sequential runs, "your key here". Applied to every provider rule.
 */
const PLACEHOLDER_ALLOWLIST = {
    description: 'placeholders, masked values and documentation examples',
    regexTarget: 'secret',
    regexes: [
        '(?i)x{6,}|\\*{4,}|\\.{3}|0{8,}',
        '(?i)123456789|abcdefghij',
        '(?i)(?:your|my|insert|replace)[_-]?[a-z_-]{0,20}(?:key|secret|token|password)',
    ],
    stopwords: ['example', 'sample', 'dummy', 'placeholder', 'redacted', 'changeme'],
};
/**
 * Secrets that a provider-specific rule already reports: the catch-all rules (URL
 * credentials, generic assignments) skip them so one leak yields one finding.
 */
const KNOWN_TOKEN_PREFIX = '^(?:gh[pousr]_|github_pat_|gl(?:pat|dt|rtr?|cbt|ptt|ft|imt|agent|oas|soat|ffct|wt)-|GR1348941|xox[a-z]-|xoxe\\.|xapp-|sk-(?:proj|svcacct|admin|None|ant)-|' +
    '[sr]k_(?:live|test)_|whsec_|SG\\.|npm_|pypi-|hv[sbr]\\.|b\\.AAAAAQ|AGE-SECRET-KEY-|(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}$|' +
    'AIza|GOCSPX-|eyJ|SK[0-9a-f]{32}$)|T3BlbkFJ';

;// CONCATENATED MODULE: ./packages/scanner/src/rules/builtin/ai.ts

/** Setting names that mark a Zhipu (BigModel / GLM / Z.ai) key, whose format has no prefix of its own. */
const ZHIPU_CONTEXT = '(?:zhipu|bigmodel|chatglm|glm|z_?ai)';
const AI_RULES = [
    {
        id: 'openai-api-key',
        description: 'OpenAI API key (sk-proj-, sk-svcacct-, sk-admin-, sk-None-, legacy sk-...T3BlbkFJ...)',
        // `T3BlbkFJ` is base64 of "OpenAI" and sits inside every key issued so far; long prefixed
        // keys without it are accepted too, so a format change does not silently blind the rule.
        regex: '\\b(sk-(?:(?:(?:proj|svcacct|admin|None)-[A-Za-z0-9_-]{20,200}|[A-Za-z0-9]{20})T3BlbkFJ[A-Za-z0-9_-]{20,200}' +
            `|(?:proj|svcacct|admin)-[A-Za-z0-9_-]{100,250}))${END_URLSAFE}`,
        secretGroup: 1,
        entropy: 4,
        keywords: ['t3blbkfj', 'sk-proj-', 'sk-svcacct-', 'sk-admin-'],
        tags: ['openai', 'ai', 'key'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'anthropic-api-key',
        description: 'Anthropic API key (sk-ant-api03-, 93 characters then AA)',
        regex: `\\b(sk-ant-api\\d{2}-[A-Za-z0-9_-]{93}AA)${END_URLSAFE}`,
        secretGroup: 1,
        entropy: 4,
        keywords: ['sk-ant-api'],
        tags: ['anthropic', 'ai', 'key'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'anthropic-admin-key',
        description: 'Anthropic Admin API key (sk-ant-admin01-, 93 characters then AA)',
        regex: `\\b(sk-ant-admin\\d{2}-[A-Za-z0-9_-]{93}AA)${END_URLSAFE}`,
        secretGroup: 1,
        entropy: 4,
        keywords: ['sk-ant-admin'],
        tags: ['anthropic', 'ai', 'key'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'zhipu-api-key',
        description: 'Zhipu AI (BigModel / GLM) API key, "<32-hex id>.<16-character secret>", in a Zhipu setting',
        regex: `(?i)${ZHIPU_CONTEXT}[\\w.-]{0,30}?${ASSIGN}([0-9a-f]{32}\\.[A-Za-z0-9]{16})\\b`,
        secretGroup: 1,
        entropy: 3.5,
        keywords: ['zhipu', 'bigmodel', 'glm', 'zai', 'z_ai'],
        tags: ['zhipu', 'ai', 'key'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
];

;// CONCATENATED MODULE: ./packages/scanner/src/rules/builtin/cloud.ts

/** Name of a setting that holds the AWS secret access key (`aws_secret_access_key`, `secretAccessKey`, ...). */
const AWS_SECRET_CONTEXT = '(?:aws[\\w.-]{0,30}?(?:secret|sk)|secret[_.-]?access[_.-]?key)';
/** Name of a setting that holds an Azure storage account key, besides `AccountKey=` in connection strings. */
const AZURE_KEY_CONTEXT = 'azure[\\w.-]{0,20}?(?:storage|account)[\\w.-]{0,20}?key';
/** Azurite publishes this key for everyone's local emulator (split so it is not one literal). */
const AZURITE_DEV_KEY = ['Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq', '/K1SZFPTOtr/KBHBeksoGMGw=='].join('');
const CLOUD_RULES = [
    {
        id: 'aws-access-key-id',
        description: 'AWS access key ID (AKIA long-term, ASIA temporary, ABIA/ACCA service keys)',
        // After the 4-letter type prefix AWS uses 16 base32 characters.
        regex: '\\b(?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}\\b',
        entropy: 3,
        keywords: ['akia', 'asia', 'abia', 'acca'],
        tags: ['aws', 'cloud', 'key'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'aws-secret-access-key',
        description: 'AWS secret access key (40 base64 characters) assigned to an AWS secret setting',
        regex: `(?i)${AWS_SECRET_CONTEXT}[\\w.-]{0,30}?${ASSIGN}([A-Za-z0-9/+]{40})${END_BASE64}`,
        secretGroup: 1,
        entropy: 4,
        keywords: ['aws', 'secretaccesskey', 'secret_access_key', 'secret-access-key', 'secret.access.key'],
        tags: ['aws', 'cloud', 'key'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'azure-storage-account-key',
        description: 'Azure storage account key (64 bytes, base64) in a connection string or storage-key setting',
        regex: `(?i)(?:AccountKey\\s{0,5}=\\s{0,5}|${AZURE_KEY_CONTEXT}${ASSIGN})([A-Za-z0-9+/]{86}==)${END_BASE64}`,
        secretGroup: 1,
        entropy: 4.5,
        keywords: ['accountkey', 'azure'],
        tags: ['azure', 'cloud', 'key'],
        allowlists: [
            PLACEHOLDER_ALLOWLIST,
            {
                description: 'the fixed development key of the Azurite storage emulator',
                regexes: [`^${AZURITE_DEV_KEY}$`],
            },
        ],
    },
    {
        id: 'azure-sas-token',
        description: 'Azure shared access signature: the sig= HMAC of a SAS token (sv=YYYY-MM-DD ... sig=)',
        // sig is a base64 HMAC-SHA256 (43 characters + padding), often percent-encoded in URLs.
        regex: '\\bsv=\\d{4}-\\d{2}-\\d{2}&[^\\s"\'<>\\x60]{0,400}?\\bsig=((?:[A-Za-z0-9+/]|%2[BbFf]){43}(?:=|%3[Dd]))',
        secretGroup: 1,
        entropy: 3.5,
        keywords: ['sig='],
        tags: ['azure', 'cloud', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'google-api-key',
        description: 'Google API key (AIza..., also Gemini / Generative Language API keys)',
        regex: `\\b(AIza[0-9A-Za-z_-]{35})${END_URLSAFE}`,
        secretGroup: 1,
        entropy: 3.5,
        keywords: ['aiza'],
        tags: ['google', 'gemini', 'cloud', 'key'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'google-oauth-client-secret',
        description: 'Google OAuth client secret (GOCSPX-)',
        regex: `\\b(GOCSPX-[A-Za-z0-9_-]{28})${END_URLSAFE}`,
        secretGroup: 1,
        entropy: 3.5,
        keywords: ['gocspx-'],
        tags: ['google', 'cloud', 'oauth'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'gcp-service-account-key',
        description: 'Google Cloud service-account JSON key ("type": "service_account" with its private_key)',
        // Google writes `type` before `private_key`; the key is a JSON string with \n escapes.
        regex: '"type"\\s*:\\s*"service_account"[\\s\\S]{0,1000}?"private_key"\\s*:\\s*' +
            '"(-----BEGIN PRIVATE KEY-----(?:\\\\n)?[A-Za-z0-9+/=\\\\]{64,}?-----END PRIVATE KEY-----(?:\\\\n)?)"',
        secretGroup: 1,
        entropy: 4.5,
        keywords: ['service_account'],
        tags: ['google', 'gcp', 'cloud', 'private-key'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
];

;// CONCATENATED MODULE: ./packages/scanner/src/rules/builtin/crypto-keys.ts

const PEM_LABEL = '[ A-Z0-9]{0,24} PRIVATE KEY(?: BLOCK)?-----';
const CRYPTO_KEY_RULES = [
    {
        id: 'private-key',
        description: 'PEM or PGP private key block (RSA, EC, DSA, OPENSSH, PKCS#8, ENCRYPTED), across lines',
        // The body allows real line breaks and the `\n` escapes of keys pasted into strings. It
        // excludes `-`, so each BEGIN scans only up to the next dash: linear time even on a line of
        // BEGIN markers. Armor headers (legacy encrypted PEM, PGP) are matched line by line.
        regex: `-----BEGIN${PEM_LABEL}(?:\\s|\\\\[rn])*` +
            `(?:(?:Proc-Type|DEK-Info|Version|Comment|Hash|Charset):[^\\r\\n\\\\]*(?:\\s|\\\\[rn])+)*` +
            `[A-Za-z0-9+/=\\s\\\\]{64,}-----END${PEM_LABEL}`,
        entropy: 4.5,
        keywords: ['private key'],
        tags: ['private-key', 'crypto'],
        allowlists: [
            PLACEHOLDER_ALLOWLIST,
            {
                // A JSON "private_key" field belongs to gcp-service-account-key: one leak, one finding.
                description: 'private key inside a service-account JSON',
                regexTarget: 'line',
                regexes: ['"private_key"\\s*:\\s*"-----BEGIN PRIVATE KEY-----'],
            },
        ],
    },
    {
        id: 'age-secret-key',
        description: 'age secret key (AGE-SECRET-KEY-1..., post-quantum AGE-SECRET-KEY-PQ-1...), bech32',
        // 32 bytes of key in bech32: 52 data characters + a 6-character checksum.
        regex: '\\bAGE-SECRET-KEY-(?:PQ-)?1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}\\b',
        entropy: 3.5,
        keywords: ['age-secret-key-'],
        tags: ['age', 'sops', 'private-key', 'crypto'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
];

;// CONCATENATED MODULE: ./packages/scanner/src/rules/builtin/messaging.ts

/** Setting names that hold a Twilio auth token or API key secret (both 32 characters). */
const TWILIO_SECRET_CONTEXT = 'twilio[\\w.-]{0,20}?(?:token|secret)';
const MESSAGING_RULES = [
    {
        id: 'slack-bot-token',
        description: 'Slack bot token (xoxb-<team>-<bot>-<24 characters>)',
        regex: '\\bxoxb-\\d{10,13}-\\d{10,13}-[A-Za-z0-9]{24}\\b',
        entropy: 3,
        keywords: ['xoxb-'],
        tags: ['slack', 'messaging', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'slack-user-token',
        description: 'Slack user or enterprise token (xoxp-/xoxe-<team>-<user>-<id>-<32 hex>)',
        regex: '\\bxox[pe]-\\d{10,13}-\\d{10,13}-\\d{10,13}-[a-f0-9]{32}\\b',
        entropy: 3,
        keywords: ['xoxp-', 'xoxe-'],
        tags: ['slack', 'messaging', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'slack-rotating-token',
        description: 'Slack rotating access or refresh token (xoxe.xoxb-1-, xoxe.xoxp-1-, xoxe-1-)',
        regex: '\\bxoxe(?:\\.xox[bp])?-1-[A-Za-z0-9]{140,250}\\b',
        entropy: 4,
        keywords: ['xoxe.', 'xoxe-1-'],
        tags: ['slack', 'messaging', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'slack-app-token',
        description: 'Slack app-level token (xapp-1-<app>-<number>-<64 hex>)',
        regex: '\\bxapp-\\d-[A-Z0-9]{9,12}-\\d{10,13}-[a-f0-9]{64}\\b',
        entropy: 3,
        keywords: ['xapp-'],
        tags: ['slack', 'messaging', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'slack-webhook-url',
        description: 'Slack incoming webhook or workflow trigger URL (hooks.slack.com/services|workflows|triggers/T.../...)',
        regex: '\\bhooks\\.slack\\.com/(?:services|workflows|triggers)/T[A-Z0-9]{8,12}/(?:[A-Z][A-Z0-9]{8,12}/)?(?:\\d{10,20}/)?[A-Za-z0-9]{24,48}\\b',
        entropy: 4,
        keywords: ['hooks.slack.com'],
        tags: ['slack', 'messaging', 'webhook'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'twilio-api-key',
        description: 'Twilio API key SID (SK + 32 hex), the identifier that travels with an API key secret',
        regex: '\\bSK[0-9a-f]{32}\\b',
        entropy: 3,
        keywords: ['sk'],
        tags: ['twilio', 'messaging', 'key'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'twilio-auth-token',
        description: 'Twilio auth token (32 hex) or API key secret (32 alphanumerics) assigned to a Twilio setting (next to an AC... account SID)',
        regex: `(?i)${TWILIO_SECRET_CONTEXT}[\\w.-]{0,20}?${ASSIGN}([A-Za-z0-9]{32})\\b`,
        secretGroup: 1,
        entropy: 3,
        keywords: ['twilio'],
        tags: ['twilio', 'messaging', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'sendgrid-api-key',
        description: 'SendGrid API key (SG.<22>.<43>)',
        regex: `\\b(SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43})${END_URLSAFE}`,
        secretGroup: 1,
        entropy: 4,
        keywords: ['sg.'],
        tags: ['sendgrid', 'messaging', 'key'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
];

;// CONCATENATED MODULE: ./packages/scanner/src/rules/builtin/generic.ts




/** Setting names a provider rule reads more precisely; the generic rule stays out of its way. */
const PROVIDER_CONTEXT = `(?i)(?:${AWS_SECRET_CONTEXT}|${AZURE_KEY_CONTEXT}|accountkey|${TWILIO_SECRET_CONTEXT}|vault[\\w.-]{0,20}?token|${ZHIPU_CONTEXT})` +
    `[\\w.-]{0,30}?["'\\x60]?\\s{0,5}(?::=|=>|=|:)`;
/** Values that point at a secret instead of holding one: variables, templates, masks. */
const REFERENCE_VALUE = '(?i)^(?:\\$|%[a-z_][a-z0-9_]*%$|\\{|' +
    '(?:process\\.env|import\\.meta\\.env|os\\.environ|os\\.getenv|system\\.getenv|env|config|settings|self|this|props|params|secrets|vars|inputs)[.\\[(])';
/**
 * File paths given to secret-sounding settings (`consoleSecretsFile: ~/.mcp/console-secrets.json`):
 * a path from the home or current folder, or folders ending in a file name with an extension.
 * A secret with slashes (base64) has no `.ext` at its end, so it is still reported.
 */
const PATH_VALUE = ['^(?:~|\\.{1,2})/[\\w.-]+(?:/[\\w.-]+)*$', '^(?:[\\w.-]+/)+[\\w-][\\w.-]*\\.[a-z][a-z0-9]{0,7}$'];
/** `"alg"` inside a base64url JSON header, at each of the three possible byte alignments. */
const JWT_ALG = '(?:JhbGci|ImFsZyI|iYWxnIj)';
/** Setting names whose value is not itself secret although the name contains a secret word. */
const NON_SECRET_NAME = '(?i)(?:public|pub)[_.-]?key|key[_.-]?(?:id|name|path|file|type|size|length|alias|ref|url|vault)|' +
    'token[_.-]?(?:type|count|limit|url|uri|endpoint|path|file|name|length|expir\\w*|ttl|header|prefix|usage)|tokeni[sz]e|' +
    '(?:secret|password|passwd|pwd)[_.-]?(?:name|path|file|ref|key[_.-]?ref|id|policy|length|hint|field|env|var|prompt|regex|pattern)|' +
    'hash|sha\\d|md5|digest|checksum|fingerprint|integrity';
const GENERIC_RULES = [
    {
        id: 'jwt',
        description: 'JSON Web Token with a signing algorithm in its header (eyJ...alg....eyJ....signature)',
        regex: `\\bey(?:JhbGci|J[A-Za-z0-9_-]{0,300}?${JWT_ALG})[A-Za-z0-9_-]{0,1000}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{20,}`,
        entropy: 4,
        keywords: ['eyj'],
        tags: ['jwt', 'token'],
        allowlists: [
            PLACEHOLDER_ALLOWLIST,
            {
                description: "jwt.io's published example token (HS256, secret 'your-256-bit-secret')",
                regexes: ['SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c$'],
            },
        ],
    },
    {
        id: 'url-credentials',
        description: 'Password embedded in a URL (scheme://user:password@host)',
        // Userinfo cannot hold unescaped `/?#@` (nor `\\`, seen only in escaped test strings), so those
        // bound the password; a second `:` means another syntax (cvs://:pserver:user@host).
        regex: '\\b[A-Za-z][A-Za-z0-9+.-]{1,20}://[^\\s:/?#@"\'<>\\x60\\\\]{0,64}:([^\\s:/?#@"\'<>\\x60\\\\]{3,128})@[A-Za-z0-9][A-Za-z0-9.-]*[A-Za-z0-9]',
        secretGroup: 1,
        entropy: 2.5,
        keywords: ['://'],
        tags: ['url', 'password'],
        allowlists: [
            PLACEHOLDER_ALLOWLIST,
            {
                description: 'variables, templates and the stock words of documentation URLs',
                regexes: [
                    REFERENCE_VALUE,
                    '(?i)^(?:password|passwd|pass|pwd|secret|token|test|admin|root|user|username|guest|anonymous|none|null|pw|foo|bar|baz|qwerty)$',
                    KNOWN_TOKEN_PREFIX,
                ],
            },
        ],
    },
    {
        id: 'generic-secret',
        description: 'High-entropy value assigned to a key/secret/token/password setting',
        // The value must be closed: by a quote (code, JSON), by `&` (a query string), or by the end
        // of the line, where a comment may follow (.env, YAML, INI). An unquoted value followed by
        // `(`, `;` or `,` is an expression or a type in code, not a literal.
        regex: '(?im)\\b[\\w.-]{0,40}?(?:secret|token|passw(?:or)?d|pwd|credentials?|' +
            '(?:api|access|auth|private|secret|encryption|signing|master|app|client|session)[_.-]?key)' +
            `[\\w.-]{0,20}?${ASSIGN}([A-Za-z0-9_+/=.~!@#%^*-]{16,200})(?:["'\\x60&]|[ \\t]*(?:#[^\\r\\n]*)?\\r?$)`,
        secretGroup: 1,
        entropy: 3.5,
        keywords: ['secret', 'token', 'password', 'passwd', 'pwd', 'credential', 'key'],
        tags: ['generic'],
        allowlists: [
            PLACEHOLDER_ALLOWLIST,
            {
                description: 'references, identifiers, UUIDs, hashes, paths, and secrets a provider rule reports',
                regexes: [
                    REFERENCE_VALUE,
                    KNOWN_TOKEN_PREFIX,
                    // Identifiers, not values: dashed/dotted lower-case words, camelCase or PascalCase words
                    // (no digits: random base62 would pass too often), member chains, UPPER_SNAKE constants.
                    '^[a-z]+(?:[._-][a-z]+)+$',
                    '^_*[a-z]*(?:[A-Z][a-z]+)+$',
                    '^[A-Za-z_$][A-Za-z_$]*(?:\\.[A-Za-z_$][A-Za-z_$]*)+$',
                    '^[A-Z]+(?:_[A-Z0-9]+)+$',
                    '(?i)^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$',
                    '(?i)^(?:sha(?:1|224|256|384|512)|md5)[:-]',
                    '^(?:\\.{1,2})?/[\\w.-]+/[\\w./-]*$',
                    ...PATH_VALUE,
                ],
            },
            {
                // RFC 6749's example access and refresh tokens, quoted by every OAuth library's docs.
                description: 'specification examples',
                stopwords: ['2yotnfzfejr1zcsicmwpaa', 'tgzv3jokf0xg5qx2tlkwia'],
            },
            {
                description: 'settings whose name says the value is not the secret itself',
                regexTarget: 'match',
                regexes: [NON_SECRET_NAME],
            },
            {
                description: 'contexts a provider rule owns (AWS, Azure, Twilio, Vault, Zhipu)',
                regexTarget: 'match',
                regexes: [PROVIDER_CONTEXT],
            },
        ],
    },
];

;// CONCATENATED MODULE: ./packages/scanner/src/rules/builtin/packages.ts

const PACKAGE_REGISTRY_RULES = [
    {
        id: 'npm-access-token',
        description: 'npm access token (npm_ + 30 random base62 characters + 6-character CRC32)',
        regex: '\\bnpm_[A-Za-z0-9]{36}\\b',
        entropy: 3.5,
        keywords: ['npm_'],
        tags: ['npm', 'registry', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'pypi-upload-token',
        description: 'PyPI or TestPyPI API token (a macaroon: pypi-AgEIcHlwaS5vcmc... / pypi-AgENdGVzdC5weXBpLm9yZw...)',
        // The fixed part is the base64 of the macaroon's location, "pypi.org" or "test.pypi.org".
        regex: `\\b(pypi-AgE(?:IcHlwaS5vcmc|NdGVzdC5weXBpLm9yZw)[A-Za-z0-9_-]{50,})${END_URLSAFE}`,
        secretGroup: 1,
        entropy: 4,
        keywords: ['pypi-age'],
        tags: ['pypi', 'registry', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
];

;// CONCATENATED MODULE: ./packages/scanner/src/rules/builtin/payments.ts

/** Stripe's own documentation test key, published in every quick start: not a leak (split so it is not one literal). */
const STRIPE_DOCS_TEST_KEY = ['^sk', '_test_', '4eC39HqLyjWDarjtT1zdp7dc$'].join('');
const PAYMENT_RULES = [
    {
        id: 'stripe-live-secret-key',
        description: 'Stripe live secret or restricted key (sk_live_, rk_live_)',
        regex: '\\b[sr]k_live_[A-Za-z0-9]{24,247}\\b',
        entropy: 3.5,
        keywords: ['sk_live_', 'rk_live_'],
        tags: ['stripe', 'payments', 'key'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'stripe-test-secret-key',
        description: 'Stripe test-mode secret or restricted key (sk_test_, rk_test_): reads test data, rotate it too',
        regex: '\\b[sr]k_test_[A-Za-z0-9]{24,247}\\b',
        entropy: 3.5,
        keywords: ['sk_test_', 'rk_test_'],
        tags: ['stripe', 'payments', 'key', 'test-mode'],
        allowlists: [PLACEHOLDER_ALLOWLIST, { description: "Stripe's documentation key", regexes: [STRIPE_DOCS_TEST_KEY] }],
    },
    {
        id: 'stripe-webhook-secret',
        description: 'Stripe webhook signing secret (whsec_)',
        regex: `\\b(whsec_[A-Za-z0-9+/]{32,88}={0,2})${END_BASE64}`,
        secretGroup: 1,
        entropy: 3.5,
        keywords: ['whsec_'],
        tags: ['stripe', 'payments', 'webhook'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
];

;// CONCATENATED MODULE: ./packages/scanner/src/rules/builtin/vault.ts

const VAULT_RULES = [
    {
        id: 'vault-service-token',
        description: 'HashiCorp Vault service token (hvs.)',
        regex: `\\b(hvs\\.[A-Za-z0-9_-]{24,})${END_URLSAFE}`,
        secretGroup: 1,
        entropy: 3.5,
        keywords: ['hvs.'],
        tags: ['vault', 'hashicorp', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'vault-batch-token',
        description: 'HashiCorp Vault batch token (hvb., legacy b.AAAAAQ...)',
        regex: `\\b((?:hvb\\.|b\\.AAAAAQ)[A-Za-z0-9_-]{100,})${END_URLSAFE}`,
        secretGroup: 1,
        entropy: 4,
        keywords: ['hvb.', 'b.aaaaaq'],
        tags: ['vault', 'hashicorp', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'vault-recovery-token',
        description: 'HashiCorp Vault recovery token (hvr.)',
        regex: `\\b(hvr\\.[A-Za-z0-9_-]{24,})${END_URLSAFE}`,
        secretGroup: 1,
        entropy: 3.5,
        keywords: ['hvr.'],
        tags: ['vault', 'hashicorp', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    {
        id: 'vault-legacy-service-token',
        description: 'HashiCorp Vault pre-1.10 service token (s. + 24 characters) in a Vault token setting or header',
        // "s." alone is far too common; only trust it where the setting names Vault.
        regex: `(?i)vault[\\w.-]{0,20}?token${ASSIGN}(s\\.[A-Za-z0-9]{24})\\b`,
        secretGroup: 1,
        entropy: 3.5,
        keywords: ['vault'],
        tags: ['vault', 'hashicorp', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
];

;// CONCATENATED MODULE: ./packages/scanner/src/rules/builtin/vcs.ts

/**
 * GitHub's prefixed tokens are `<prefix>_` + 30 random base62 characters + a 6-character
 * base62 CRC32 of those 30 (github.blog, 2021-04-05); the checksum is left to a validator.
 */
function githubClassic(id, prefix, what) {
    return {
        id,
        description: `GitHub ${what} (${prefix}_)`,
        regex: `\\b${prefix}_[A-Za-z0-9]{36}\\b`,
        entropy: 3.5,
        keywords: [`${prefix}_`],
        tags: ['github', 'vcs', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    };
}
// GitLab bodies are base64url: 20 characters for legacy tokens; routable tokens (GitLab 17.x+)
// carry a longer payload then `.<2-char version>.<length + CRC32 in base36>`.
const GITLAB_BODY = '[A-Za-z0-9_-]{20,300}(?:\\.[0-9a-z]{2}\\.[0-9a-z]{6,12})?';
function gitlab(id, prefixes, what) {
    return {
        id,
        description: `GitLab ${what} (${prefixes.join(', ')})`,
        regex: `\\b((?:${prefixes.join('|')})${GITLAB_BODY})${END_URLSAFE}`,
        secretGroup: 1,
        entropy: 3,
        keywords: prefixes.map((p) => p.toLowerCase()),
        tags: ['gitlab', 'vcs', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    };
}
const VCS_RULES = [
    githubClassic('github-pat', 'ghp', 'classic personal access token'),
    githubClassic('github-oauth-token', 'gho', 'OAuth access token'),
    githubClassic('github-app-user-token', 'ghu', 'App user-to-server token'),
    githubClassic('github-app-installation-token', 'ghs', 'App installation (server-to-server) token'),
    githubClassic('github-refresh-token', 'ghr', 'App refresh token'),
    {
        id: 'github-fine-grained-pat',
        description: 'GitHub fine-grained personal access token (github_pat_, 22 + 59 characters)',
        regex: '\\bgithub_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}\\b',
        entropy: 3.5,
        keywords: ['github_pat_'],
        tags: ['github', 'vcs', 'token'],
        allowlists: [PLACEHOLDER_ALLOWLIST],
    },
    gitlab('gitlab-pat', ['glpat-'], 'personal, project or group access token'),
    gitlab('gitlab-deploy-token', ['gldt-'], 'deploy token'),
    {
        ...gitlab('gitlab-runner-token', ['glrt-', 'glrtr-'], 'runner authentication token'),
        // Runner tokens may carry a `t1_`/`t2_` scope marker; the legacy registration token has its own prefix.
        description: 'GitLab runner authentication or registration token (glrt-, glrtr-, GR1348941)',
        regex: `\\b((?:glrtr?-(?:t\\d_)?|GR1348941)${GITLAB_BODY})${END_URLSAFE}`,
        keywords: ['glrt-', 'glrtr-', 'gr1348941'],
    },
    gitlab('gitlab-token', ['glcbt-', 'glptt-', 'glft-', 'glimt-', 'glagent-', 'gloas-', 'glsoat-', 'glffct-', 'glwt-'], 'CI job, trigger, feed, incoming-mail, agent, OAuth application, SCIM, feature-flag or workspace token'),
];

;// CONCATENATED MODULE: ./packages/scanner/src/rules/builtin/index.ts









/** Provider rules first, catch-all rules (JWT, URL credentials, generic assignments) last. */
const BUILTIN_RULES = [
    ...VCS_RULES,
    ...CLOUD_RULES,
    ...AI_RULES,
    ...MESSAGING_RULES,
    ...PAYMENT_RULES,
    ...PACKAGE_REGISTRY_RULES,
    ...VAULT_RULES,
    ...CRYPTO_KEY_RULES,
    ...GENERIC_RULES,
];

;// CONCATENATED MODULE: ./packages/scanner/src/rules/index.ts
// The one place the engine picks up the built-in rules (written in ./builtin/).


;// CONCATENATED MODULE: ./packages/scanner/src/internal/config/toml-fields.ts
// Typed reads of parsed TOML values; a wrong type is a ConfigurationError naming the field.

function wrongType(place, key, expected) {
    return new errors_ConfigurationError(`${place.what}: '${key}' must be ${expected}`, {
        file: place.file,
        line: place.line,
        hint: 'see the gitleaks configuration schema',
    });
}
function isTable(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
function optString(t, key, place) {
    const v = t[key];
    if (v === undefined)
        return undefined;
    if (typeof v !== 'string')
        throw wrongType(place, key, 'a string');
    return v;
}
function optNumber(t, key, place) {
    const v = t[key];
    if (v === undefined)
        return undefined;
    if (typeof v === 'bigint')
        return Number(v);
    if (typeof v !== 'number' || Number.isNaN(v))
        throw wrongType(place, key, 'a number');
    return v;
}
function optBoolean(t, key, place) {
    const v = t[key];
    if (v === undefined)
        return undefined;
    if (typeof v !== 'boolean')
        throw wrongType(place, key, 'true or false');
    return v;
}
function optStrings(t, key, place) {
    const v = t[key];
    if (v === undefined)
        return undefined;
    if (!Array.isArray(v) || v.some((s) => typeof s !== 'string'))
        throw wrongType(place, key, 'a list of strings');
    return v;
}
function optTables(t, key, place) {
    const v = t[key];
    if (v === undefined)
        return undefined;
    if (!Array.isArray(v) || !v.every(isTable))
        throw wrongType(place, key, `an array of tables ([[${key}]])`);
    return v;
}
function optTable(t, key, place) {
    const v = t[key];
    if (v === undefined)
        return undefined;
    if (!isTable(v))
        throw wrongType(place, key, `a table ([${key}])`);
    return v;
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/config/load-config.ts
// gitleaks' TOML configuration -> ConfigSpec: parsing, schema checks, [extend] merging.






const BUILTIN_SOURCE = '<built-in>';
// gitleaks follows [extend] paths at most two levels deep.
const MAX_EXTEND_DEPTH = 2;
// Keys gitleaks accepts that this engine reads but does not act on; anything else is reported.
const IGNORED_TOP_LEVEL = new Set(['minVersion', 'description']);
/** The built-in rules as a configuration. */
function builtinConfig(rules = BUILTIN_RULES) {
    const ruleOrigins = {};
    for (const r of rules)
        ruleOrigins[r.id] = { file: BUILTIN_SOURCE };
    return { title: 'mcp-secrets built-in rules', rules: rules.map(cloneRule), allowlists: [], source: BUILTIN_SOURCE, warnings: [], ruleOrigins };
}
/** Loads a gitleaks-format configuration, or the built-in rules when neither path nor text is given. */
function loadConfig(options = {}) {
    const baseDir = options.baseDir ?? process.cwd();
    if (options.path === undefined && options.text === undefined)
        return builtinConfig(options.defaultRules);
    const file = options.path === undefined ? '<inline config>' : (0,external_node_path_.resolve)(baseDir, options.path);
    const read = options.readFile ?? ((f) => (0,external_node_fs_.readFileSync)(f, 'utf8'));
    const text = options.text ?? readConfigFile(read, file);
    return loadText(text, file, 0, { ...options, baseDir }, read);
}
function readConfigFile(read, file, from) {
    try {
        return read(file);
    }
    catch (err) {
        throw new errors_ConfigurationError(`cannot read gitleaks configuration: ${err.message}`, {
            file: from ?? file,
            hint: from === undefined ? 'check the config path' : `check [extend] path (${file})`,
        });
    }
}
function loadText(text, file, depth, options, read) {
    let doc;
    try {
        doc = parse(text);
    }
    catch (err) {
        if (err instanceof TomlError) {
            throw new errors_ConfigurationError(`invalid TOML: ${err.message.split('\n')[0]}`, { file, line: err.line, hint: 'fix the TOML syntax' });
        }
        throw err;
    }
    const lines = headerLines(text);
    const top = { file, what: 'configuration' };
    const warnings = [];
    for (const key of Object.keys(doc)) {
        if (!['title', 'extend', 'rules', 'allowlist', 'allowlists'].includes(key) && !IGNORED_TOP_LEVEL.has(key)) {
            warnings.push(`${file}: unknown top-level key '${key}' ignored`);
        }
    }
    const parsed = (optTables(doc, 'rules', top) ?? []).map((t, i) => parseRule(t, { file, line: lines.rules[i], what: `rule #${i + 1}` }, warnings));
    // As in gitleaks (rules are keyed by id), a later rule with the same id replaces the earlier one.
    const rules = parsed.filter((r, i) => {
        const later = parsed.findIndex((o, j) => j > i && o.id === r.id);
        if (later !== -1)
            warnings.push(`${file}: rule '${r.id}' is defined again at line ${lines.rules[later] ?? '?'}; the later definition is used`);
        return later === -1;
    });
    const allowlists = parseGlobalAllowlists(doc, file, lines);
    const own = { title: optString(doc, 'title', top), rules, allowlists, source: file, warnings, ruleOrigins: {} };
    parsed.forEach((r, i) => (own.ruleOrigins[r.id] = { file, line: lines.rules[i] }));
    const extend = optTable(doc, 'extend', top);
    if (extend === undefined) {
        for (const r of rules)
            requireRegexOrPath(r, { file, line: own.ruleOrigins[r.id]?.line, what: `rule '${r.id}'` });
        return own;
    }
    const place = { file, line: lines.extend, what: '[extend]' };
    const useDefault = optBoolean(extend, 'useDefault', place) ?? false;
    const extendPath = optString(extend, 'path', place);
    const disabled = new Set(optStrings(extend, 'disabledRules', place) ?? []);
    let base;
    if (depth >= MAX_EXTEND_DEPTH) {
        warnings.push(`${file}: [extend] not followed beyond ${MAX_EXTEND_DEPTH} levels`);
    }
    else if (useDefault) {
        base = builtinConfig(options.defaultRules);
    }
    else if (extendPath !== undefined && extendPath !== '') {
        const target = options.resolveExtendPath?.(extendPath, file) ?? (0,external_node_path_.resolve)((0,external_node_path_.dirname)(file), extendPath);
        base = loadText(readConfigFile(read, target, file), target, depth + 1, options, read);
    }
    if (base === undefined) {
        for (const r of rules)
            requireRegexOrPath(r, { file, line: own.ruleOrigins[r.id]?.line, what: `rule '${r.id}'` });
        return own;
    }
    return mergeExtension(own, base, disabled);
}
/** gitleaks' extend: base rules not disabled are kept; a rule with the same id overrides field by field. */
function mergeExtension(own, base, disabled) {
    const ownById = new Map(own.rules.map((r) => [r.id, r]));
    const merged = [];
    const ruleOrigins = {};
    const warnings = [...base.warnings, ...own.warnings];
    for (const b of base.rules) {
        if (disabled.has(b.id))
            continue;
        const o = ownById.get(b.id);
        ruleOrigins[b.id] = own.ruleOrigins[b.id] ?? base.ruleOrigins[b.id] ?? { file: base.source };
        if (o === undefined) {
            merged.push(b);
            continue;
        }
        ownById.delete(b.id);
        merged.push({
            ...b,
            description: o.description || b.description,
            entropy: o.entropy || b.entropy,
            secretGroup: o.secretGroup || b.secretGroup,
            regex: o.regex ?? b.regex,
            path: o.path ?? b.path,
            tags: [...(b.tags ?? []), ...(o.tags ?? [])],
            keywords: [...(b.keywords ?? []), ...(o.keywords ?? [])],
            allowlists: [...(b.allowlists ?? []), ...(o.allowlists ?? [])],
        });
    }
    for (const o of ownById.values()) {
        if (disabled.has(o.id))
            continue;
        if (o.regex === undefined && o.path === undefined) {
            warnings.push(`${own.source}: rule '${o.id}' has neither regex nor path and extends no rule of that id: ignored`);
            continue;
        }
        merged.push(o);
        ruleOrigins[o.id] = own.ruleOrigins[o.id] ?? { file: own.source };
    }
    return {
        title: own.title ?? base.title,
        rules: merged,
        allowlists: [...base.allowlists, ...own.allowlists],
        source: own.source,
        warnings,
        ruleOrigins,
    };
}
function requireRegexOrPath(r, place) {
    if (r.regex === undefined && r.path === undefined) {
        throw new errors_ConfigurationError(`${place.what}: both |regex| and |path| are empty, this rule will have no effect`, {
            file: place.file,
            line: place.line,
            hint: 'give the rule a regex or a path',
        });
    }
}
function parseRule(t, place, warnings) {
    const id = optString(t, 'id', place)?.trim() ?? '';
    if (id === '') {
        throw new errors_ConfigurationError(`${place.what}: rule |id| is missing or empty`, { file: place.file, line: place.line, hint: 'give every [[rules]] an id' });
    }
    const at = { ...place, what: `rule '${id}'` };
    for (const key of ['required', 'skipReport', 'tokenEfficiency']) {
        if (t[key] !== undefined)
            warnings.push(`${place.file}: rule '${id}': '${key}' is not supported by this engine and is ignored`);
    }
    const rule = { id };
    const description = optString(t, 'description', at);
    const regex = optString(t, 'regex', at);
    const secretGroup = optNumber(t, 'secretGroup', at);
    const entropy = optNumber(t, 'entropy', at);
    const keywords = optStrings(t, 'keywords', at);
    const path = optString(t, 'path', at);
    const tags = optStrings(t, 'tags', at);
    if (description !== undefined)
        rule.description = description;
    if (regex !== undefined && regex !== '')
        rule.regex = regex;
    if (secretGroup !== undefined)
        rule.secretGroup = secretGroup;
    if (entropy !== undefined)
        rule.entropy = entropy;
    if (keywords !== undefined)
        rule.keywords = keywords;
    if (path !== undefined && path !== '')
        rule.path = path;
    if (tags !== undefined)
        rule.tags = tags;
    const allowlists = parseAllowlistForms(t, at, false);
    if (allowlists.length > 0)
        rule.allowlists = allowlists;
    return rule;
}
/** `[x.allowlist]` (deprecated, one) and `[[x.allowlists]]` (many): either, never both. */
function parseAllowlistForms(t, place, global) {
    const old = optTable(t, 'allowlist', place);
    const many = optTables(t, 'allowlists', place);
    if (old !== undefined && many !== undefined) {
        throw new errors_ConfigurationError(`${place.what}: [allowlist] is deprecated and cannot be used alongside [[allowlists]]`, {
            file: place.file,
            line: place.line,
            hint: 'move the [allowlist] checks into an [[allowlists]] entry',
        });
    }
    return [...(old === undefined ? [] : [old]), ...(many ?? [])].map((a) => parseAllowlist(a, place, global));
}
function parseGlobalAllowlists(doc, file, lines) {
    return parseAllowlistForms(doc, { file, line: lines.allowlist, what: 'global allowlist' }, true);
}
function parseAllowlist(t, place, global) {
    const a = {};
    const description = optString(t, 'description', place);
    const condition = parseCondition(optString(t, 'condition', place), place);
    const regexTarget = parseRegexTarget(optString(t, 'regexTarget', place), place);
    const fields = [
        ['commits', optStrings(t, 'commits', place)],
        ['paths', optStrings(t, 'paths', place)],
        ['regexes', optStrings(t, 'regexes', place)],
        ['stopwords', optStrings(t, 'stopwords', place)],
    ];
    if (description !== undefined)
        a.description = description;
    if (condition !== undefined)
        a.condition = condition;
    if (regexTarget !== undefined)
        a.regexTarget = regexTarget;
    for (const [key, value] of fields)
        if (value !== undefined && value.length > 0)
            a[key] = value;
    if (fields.every(([, v]) => v === undefined || v.length === 0)) {
        throw new errors_ConfigurationError(`${place.what}: an allowlist must contain at least one check for: commits, paths, regexes, or stopwords`, {
            file: place.file,
            line: place.line,
            hint: 'add a check or remove the empty allowlist',
        });
    }
    if (global) {
        const targetRules = optStrings(t, 'targetRules', place);
        if (targetRules !== undefined)
            a.targetRules = targetRules;
    }
    else if (t.targetRules !== undefined) {
        throw new errors_ConfigurationError(`${place.what}: targetRules is only allowed in a global [[allowlists]]`, { file: place.file, line: place.line });
    }
    return a;
}
function parseCondition(v, place) {
    if (v === undefined || v === '')
        return undefined;
    const u = v.trim().toUpperCase();
    if (u === 'OR' || u === '||')
        return 'OR';
    if (u === 'AND' || u === '&&')
        return 'AND';
    throw new errors_ConfigurationError(`${place.what}: unknown allowlist |condition| '${v}'`, { file: place.file, line: place.line, hint: "use 'OR' or 'AND'" });
}
function parseRegexTarget(v, place) {
    if (v === undefined || v === '')
        return undefined;
    if (v === 'secret' || v === 'match' || v === 'line')
        return v;
    throw new errors_ConfigurationError(`${place.what}: unknown allowlist |regexTarget| '${v}'`, {
        file: place.file,
        line: place.line,
        hint: "use 'secret', 'match' or 'line'",
    });
}
/** 1-based lines of the `[[rules]]`, `[extend]` and global allowlist headers, for error messages. */
function headerLines(text) {
    const out = { rules: [] };
    text.split('\n').forEach((raw, i) => {
        const line = raw.trim();
        if (/^\[\[\s*rules\s*\]\]/.test(line))
            out.rules.push(i + 1);
        else if (/^\[\s*extend\s*\]/.test(line))
            out.extend = i + 1;
        else if (out.allowlist === undefined && /^\[{1,2}\s*allowlists?\s*\]{1,2}/.test(line))
            out.allowlist = i + 1;
    });
    return out;
}
function cloneRule(r) {
    return { ...r, keywords: r.keywords && [...r.keywords], tags: r.tags && [...r.tags], allowlists: r.allowlists && r.allowlists.map((a) => ({ ...a })) };
}

;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = require("node:v8");
;// CONCATENATED MODULE: ./packages/scanner/src/internal/regex/backtrack-guard.ts
// Rules are user-supplied RE2 patterns that gitleaks runs in linear time; V8's backtracking
// engine can take exponential time on some of them ((a+)+b). This V8 flag makes a regex that
// backtracks excessively restart on V8's linear-time engine (regexes without the u flag or
// lookarounds, which is why the translator avoids the u flag where it can). It only changes
// how long such a regex runs, never what it matches; it is process-wide and set once.

const BACKTRACK_GUARD_FLAG = '--enable-experimental-regexp-engine-on-excessive-backtracks';
let enabled = false;
function enableBacktrackGuard() {
    if (enabled)
        return;
    enabled = true;
    (0,external_node_v8_namespaceObject.setFlagsFromString)(BACKTRACK_GUARD_FLAG);
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/regex/leading-prefix.ts
// Patterns like gitleaks' generic rules start with a lazy bounded class run, `[\w.-]{0,50}?`,
// before their keyword. A backtracking engine tries that run at every position (50 steps
// each), which makes such a rule ~30x slower than the rest of the pattern. Splitting the run
// off lets the engine search for the rest and walk back over the run afterwards, giving the
// same leftmost match (see findWithPrefix for why).


const FLAG_GROUP = /^\(\?([imsU]*)(?:-([imsU]*))?\)/;
const LAZY_BOUND = /^\{0,(\d+)\}\?/;
/** The leading lazy class run of a Go pattern, when it has one the engine can split off. */
function splitLeadingPrefix(pattern) {
    if (hasTopLevelAlternation(pattern))
        return undefined;
    let pos = 0;
    let ignoreCase = false;
    let ungreedy = false;
    for (let m = FLAG_GROUP.exec(pattern); m !== null; m = FLAG_GROUP.exec(pattern.slice(pos))) {
        const [whole, on = '', off = ''] = m;
        if (on.includes('i'))
            ignoreCase = true;
        if (off.includes('i'))
            ignoreCase = false;
        if (on.includes('U'))
            ungreedy = true;
        if (off.includes('U'))
            ungreedy = false;
        pos += whole.length;
    }
    const lead = pattern.slice(0, pos);
    const wordBoundary = pattern.startsWith('\\b', pos);
    if (wordBoundary)
        pos += 2;
    let ranges;
    if (pattern[pos] === '[') {
        const cls = readClassAt(pattern, pos, ignoreCase);
        if (cls === undefined)
            return undefined;
        ranges = cls.ranges;
        pos = cls.end;
    }
    else if (pattern.startsWith('\\w', pos) || pattern.startsWith('\\d', pos)) {
        ranges = normalizeRanges(PERL_CLASSES[pattern[pos + 1]] ?? []);
        pos += 2;
    }
    else {
        return undefined;
    }
    const bound = LAZY_BOUND.exec(pattern.slice(pos));
    // Greedy runs (or lazy ones under (?U)) pick a different match end; only lazy runs split.
    if (bound === null || ungreedy || /^[*+?{]/.test(pattern.slice(pos + bound[0].length)))
        return undefined;
    // Walking back by UTF-16 units is exact only for runs of BMP characters without surrogates.
    if (ranges.some(([lo, hi]) => hi > 0xffff || (lo <= 0xdfff && hi >= 0xd800)))
        return undefined;
    const rest = lead + pattern.slice(pos + bound[0].length);
    if (rest === lead)
        return undefined;
    return { rest, ranges, max: Number(bound[1]), wordBoundary };
}
/** A `|` outside any group or class: the run would then belong to one branch only. */
function hasTopLevelAlternation(pattern) {
    let depth = 0;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\') {
            if (pattern[i + 1] === 'Q') {
                const end = pattern.indexOf('\\E', i + 2);
                i = end === -1 ? pattern.length : end + 1;
            }
            else {
                i++;
            }
        }
        else if (c === '[') {
            i = classEnd(pattern, i);
        }
        else if (c === '(') {
            depth++;
        }
        else if (c === ')') {
            depth--;
        }
        else if (c === '|' && depth === 0) {
            return true;
        }
    }
    return false;
}
/** Index of the `]` closing the class opened at `start`. */
function classEnd(pattern, start) {
    let i = start + 1;
    if (pattern[i] === '^')
        i++;
    if (pattern[i] === ']')
        i++;
    for (; i < pattern.length; i++) {
        const c = pattern[i];
        if (c === '\\')
            i++;
        else if (c === '[' && pattern[i + 1] === ':') {
            const end = pattern.indexOf(':]', i + 2);
            if (end !== -1)
                i = end + 1;
        }
        else if (c === ']')
            return i;
    }
    return pattern.length;
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/regex/matcher.ts
class RegexMatcher {
    regex;
    constructor(regex) {
        this.regex = regex;
    }
    forEach(text, each) {
        const re = this.regex;
        re.lastIndex = 0;
        for (let m = re.exec(text); m !== null; m = re.exec(text)) {
            if (m[0] === '') {
                re.lastIndex++;
                continue;
            }
            each({ start: m.index, end: m.index + m[0].length, groups: m });
        }
    }
}
function isWordChar(code) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}
/**
 * For a pattern `\b? C{0,n}? R`: the leftmost match starts at the earliest position p from
 * which a run of C leads to the leftmost match of R at q (q - p <= n, and a word boundary at p
 * when required). Any earlier start for a later R match would also reach q, so searching R
 * first and walking back gives the same match as the whole pattern, with R's captures.
 */
class PrefixMatcher {
    rest;
    prefix;
    ascii = new Uint8Array(128);
    wide;
    constructor(rest, prefix) {
        this.rest = rest;
        this.prefix = prefix;
        for (const [lo, hi] of prefix.ranges)
            for (let c = lo; c <= Math.min(hi, 127); c++)
                this.ascii[c] = 1;
        this.wide = prefix.ranges.filter(([, hi]) => hi > 127);
    }
    member(code) {
        if (code < 128)
            return this.ascii[code] === 1;
        return this.wide.some(([lo, hi]) => code >= lo && code <= hi);
    }
    boundaryAt(text, p) {
        const before = p > 0 && isWordChar(text.charCodeAt(p - 1));
        const after = p < text.length && isWordChar(text.charCodeAt(p));
        return before !== after;
    }
    forEach(text, each) {
        const re = this.rest;
        let from = 0;
        while (from <= text.length) {
            re.lastIndex = from;
            const m = re.exec(text);
            if (m === null)
                return;
            const q = m.index;
            const floor = Math.max(from, q - this.prefix.max);
            let p = q;
            while (p > floor && this.member(text.charCodeAt(p - 1)))
                p--;
            if (this.prefix.wordBoundary) {
                while (p <= q && !this.boundaryAt(text, p))
                    p++;
                if (p > q) {
                    from = q + 1;
                    continue;
                }
            }
            const end = q + m[0].length;
            if (end > p)
                each({ start: p, end, groups: m });
            from = end > p ? end : p + 1;
        }
    }
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/config/compile.ts





/** Compiles a Go pattern; `flags` adds JavaScript flags (e.g. `g`) to the translation's own. */
function compileGoRegex(pattern, flags = '') {
    const t = translateGoRegex(pattern);
    return new RegExp(t.source, t.flags + flags);
}
function compileAt(pattern, place, flags = '') {
    const t = translateAt(pattern, place);
    return new RegExp(t.source, t.flags + flags);
}
function compileAllowlist(spec, place) {
    const empty = (spec.commits ?? []).length + (spec.paths ?? []).length + (spec.regexes ?? []).length + (spec.stopwords ?? []).length === 0;
    if (empty) {
        throw new errors_ConfigurationError(`${place.what}: an allowlist must contain at least one check for: commits, paths, regexes, or stopwords`, {
            file: place.file,
            line: place.line,
            hint: 'add a check or remove the empty allowlist',
        });
    }
    const targetRules = 'targetRules' in spec && spec.targetRules !== undefined ? new Set(spec.targetRules) : undefined;
    return {
        description: spec.description ?? '',
        condition: spec.condition ?? 'OR',
        commits: new Set(spec.commits ?? []),
        paths: (spec.paths ?? []).map((p) => compileAt(p, { ...place, what: `${place.what} path` })),
        regexes: (spec.regexes ?? []).map((p) => compileAt(p, { ...place, what: `${place.what} regex` })),
        regexTarget: spec.regexTarget ?? 'secret',
        stopwords: (spec.stopwords ?? []).map((w) => w.toLowerCase()),
        targetRules,
    };
}
function compileRule(spec, config) {
    const origin = config.ruleOrigins[spec.id] ?? { file: config.source };
    const place = { file: origin.file, line: origin.line, what: `rule '${spec.id}'` };
    const t = spec.regex === undefined ? undefined : translateAt(spec.regex, place);
    const secretGroup = spec.secretGroup ?? 0;
    if (t !== undefined && secretGroup > t.groupCount) {
        throw new errors_ConfigurationError(`rule '${spec.id}': invalid regex secret group ${secretGroup}, max regex secret group ${t.groupCount}`, {
            file: place.file,
            line: place.line,
            hint: 'set secretGroup to the number of a capture group in the regex',
        });
    }
    const regex = t === undefined ? undefined : new RegExp(t.source, `${t.flags}g`);
    return {
        id: spec.id,
        description: spec.description ?? '',
        regex,
        matcher: spec.regex === undefined || regex === undefined ? undefined : matcherFor(spec.regex, regex),
        groupCount: t?.groupCount ?? 0,
        multiline: t?.multiline ?? false,
        secretGroup,
        entropy: spec.entropy ?? 0,
        keywords: (spec.keywords ?? []).map((k) => k.toLowerCase()).filter((k) => k !== ''),
        path: spec.path === undefined ? undefined : compileAt(spec.path, { ...place, what: `${place.what} path` }),
        tags: spec.tags ?? [],
        allowlists: (spec.allowlists ?? []).map((a) => compileAllowlist(a, { ...place, what: `${place.what} allowlist` })),
    };
}
/** The split matcher when the pattern has a leading lazy class run, else the plain regex. */
function matcherFor(pattern, regex) {
    const prefix = splitLeadingPrefix(pattern);
    if (prefix === undefined)
        return new RegexMatcher(regex);
    const rest = go_regex_translateGoRegex(prefix.rest);
    return new PrefixMatcher(new RegExp(rest.source, `${rest.flags}g`), prefix);
}
function translateAt(pattern, place) {
    try {
        return go_regex_translateGoRegex(pattern);
    }
    catch (err) {
        if (err instanceof RegexTranslationError) {
            throw new errors_ConfigurationError(`${place.what}: cannot use regex: ${err.message}`, {
                file: place.file,
                line: place.line,
                hint: 'rewrite the pattern in RE2 syntax that gitleaks accepts',
            });
        }
        throw err;
    }
}
/** Compiles every regex of the configuration; any untranslatable pattern is a ConfigurationError. */
function compileConfig(config) {
    enableBacktrackGuard();
    const rules = config.rules.map((r) => compileRule(r, config));
    const ids = new Set(rules.map((r) => r.id));
    const allowlists = config.allowlists.map((a, i) => {
        for (const target of a.targetRules ?? []) {
            if (!ids.has(target)) {
                throw new errors_ConfigurationError(`global allowlist #${i + 1}: targetRules names '${target}', which is not a rule of this configuration`, {
                    file: config.source,
                    hint: 'fix the rule id or remove it from targetRules',
                });
            }
        }
        return compileAllowlist(a, { file: config.source, what: `global allowlist #${i + 1}` });
    });
    return { title: config.title ?? '', rules, allowlists, warnings: [...config.warnings] };
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/report/finding.ts
// A finding carries gitleaks' report fields (the JSON report is a projection of them) plus the
// true position, which gitleaks' columns do not give.
/** gitleaks' fingerprint: `commit:file:rule:line` for history findings, `file:rule:line` otherwise. */
function fingerprintOf(f) {
    const base = `${f.File}:${f.RuleID}:${f.StartLine}`;
    return f.Commit === '' ? base : `${f.Commit}:${base}`;
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/detect/allowlist-check.ts
function test(re, s) {
    re.lastIndex = 0;
    return re.test(s);
}
function regexTarget(a, s) {
    return a.regexTarget === 'match' ? s.match : a.regexTarget === 'line' ? s.line : s.secret;
}
function containsStopword(a, secret) {
    if (a.stopwords.length === 0)
        return false;
    const lowered = secret.toLowerCase();
    return a.stopwords.some((w) => lowered.includes(w));
}
/** gitleaks' semantics: OR = any check passes; AND = every configured check passes. */
function isAllowlisted(a, s) {
    if (a.targetRules !== undefined && !a.targetRules.has(s.ruleId))
        return false;
    const commitOk = s.commit !== '' && a.commits.has(s.commit);
    const pathOk = a.paths.some((re) => test(re, s.path));
    if (a.condition === 'AND') {
        const checks = [];
        if (a.commits.size > 0)
            checks.push(() => commitOk);
        if (a.paths.length > 0)
            checks.push(() => pathOk);
        if (a.regexes.length > 0)
            checks.push(() => a.regexes.some((re) => test(re, regexTarget(a, s))));
        if (a.stopwords.length > 0)
            checks.push(() => containsStopword(a, s.secret));
        return checks.every((c) => c());
    }
    return commitOk || pathOk || a.regexes.some((re) => test(re, regexTarget(a, s))) || containsStopword(a, s.secret);
}
/** A global OR allowlist that matches the path or commit alone skips the whole file (fast path). */
function isTargetAllowlisted(allowlists, path, commit) {
    return allowlists.some((a) => a.condition === 'OR' &&
        a.targetRules === undefined &&
        ((commit !== '' && a.commits.has(commit)) || a.paths.some((re) => test(re, path))));
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/detect/decoding.ts
// Secrets hidden in base64, hex or percent-encoded segments: each round replaces the encoded
// segments of the text with their decoding and is scanned again (as gitleaks' --max-decode-depth);
// a finding inside a decoded segment is reported at the encoded segment's place in the file.
const MIN_BASE64 = 16;
const MIN_HEX = 32;
// Per ASCII character: 1 = base64 (standard or URL-safe) alphabet, 2 = also a hex digit.
const CLASS = new Uint8Array(256);
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/_-')
    CLASS[c.charCodeAt(0)] = 1;
for (const c of '0123456789ABCDEFabcdef')
    CLASS[c.charCodeAt(0)] = 3;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/g;
// Characters that may surround escapes inside one URL-encoded value.
const URL_CHAR = /[A-Za-z0-9._~+!*();:@&=$,/?#[\]-]/;
const MIN_DECODED = 8;
function printable(s) {
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c > 0x7e || (c < 0x20 && c !== 9 && c !== 10 && c !== 13))
            return false;
    }
    return true;
}
function decode(encoding, raw) {
    let out;
    if (encoding === 'hex') {
        if (raw.length % 2 !== 0)
            return undefined;
        out = Buffer.from(raw, 'hex').toString('latin1');
    }
    else if (encoding === 'base64') {
        out = Buffer.from(raw, 'base64').toString('latin1');
    }
    else {
        out = raw.replace(/%([0-9A-Fa-f]{2})/g, (_m, h) => String.fromCharCode(parseInt(h, 16)));
    }
    return out.length >= MIN_DECODED && printable(out) ? out : undefined;
}
/**
 * Cheap test before decoding: base64 of printable ASCII has a first character of every
 * 4-character group in `I`-`Z` or `a`-`f` (bytes 0x20-0x7f), and a body length other than 1 mod 4.
 * Identifiers and paths fail it almost always.
 */
function couldBeBase64Text(text, start, end) {
    let body = end;
    while (body > start && text.charCodeAt(body - 1) === 61)
        body--;
    if ((body - start) % 4 === 1)
        return false;
    for (let i = start; i < body; i += 4) {
        const c = text.charCodeAt(i);
        if (!((c >= 73 && c <= 90) || (c >= 97 && c <= 102)))
            return false;
    }
    return true;
}
/**
 * Maximal runs of the base64 alphabet (with `=` padding) long enough to hide a secret. A run of
 * at least MIN_BASE64 characters covers one of every MIN_BASE64-th positions, so only those are
 * probed and grown in both directions: about half the reads of a full pass over code.
 */
function alphabetRuns(text, each) {
    const n = text.length;
    const classAt = (i) => {
        const c = text.charCodeAt(i);
        return c < 256 ? CLASS[c] : 0;
    };
    let lastEnd = 0;
    let i = MIN_BASE64 - 1;
    while (i < n) {
        let hexOnly = classAt(i);
        if (hexOnly === 0) {
            i += MIN_BASE64;
            continue;
        }
        let start = i;
        for (let c = start > lastEnd ? classAt(start - 1) : 0; c !== 0; c = start > lastEnd ? classAt(start - 1) : 0) {
            hexOnly &= c;
            start--;
        }
        let end = i + 1;
        for (let c = end < n ? classAt(end) : 0; c !== 0; c = end < n ? classAt(end) : 0) {
            hexOnly &= c;
            end++;
        }
        if (end - start >= MIN_BASE64) {
            let padded = end;
            while (padded < end + 2 && text.charCodeAt(padded) === 61)
                padded++;
            each(start, padded, hexOnly === 3 && padded === end);
        }
        lastEnd = end;
        i = end + MIN_BASE64;
    }
}
/** Percent-encoded runs holding at least two escapes, grown around each escape (linear time). */
function percentRuns(text) {
    const runs = [];
    if (!text.includes('%'))
        return runs;
    let lastEnd = 0;
    PERCENT_ESCAPE.lastIndex = 0;
    for (let m = PERCENT_ESCAPE.exec(text); m !== null; m = PERCENT_ESCAPE.exec(text)) {
        if (m.index < lastEnd)
            continue;
        let start = m.index;
        while (start > lastEnd && URL_CHAR.test(text[start - 1]))
            start--;
        let end = m.index;
        let escapes = 0;
        while (end < text.length) {
            if (text[end] === '%' && /^%[0-9A-Fa-f]{2}/.test(text.slice(end, end + 3))) {
                escapes++;
                end += 3;
            }
            else if (URL_CHAR.test(text[end])) {
                end++;
            }
            else {
                break;
            }
        }
        lastEnd = end;
        if (escapes >= 2)
            runs.push({ start, end });
    }
    return runs;
}
/** Encoded segments of a text that decode to printable text, without overlaps (longest first). */
function findEncodedSegments(text) {
    const found = [];
    const add = (encoding, start, end) => {
        const decoded = decode(encoding, text.slice(start, end));
        if (decoded !== undefined)
            found.push({ start, end, encoding, decoded });
    };
    for (const r of percentRuns(text))
        add('percent', r.start, r.end);
    alphabetRuns(text, (start, end, allHex) => {
        // A run of hex digits is hex, not base64.
        if (allHex) {
            if (end - start >= MIN_HEX)
                add('hex', start, end);
        }
        else if (couldBeBase64Text(text, start, end)) {
            add('base64', start, end);
        }
    });
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const out = [];
    for (const s of found) {
        const last = out[out.length - 1];
        if (last === undefined || s.start >= last.end)
            out.push(s);
    }
    return out;
}
class DecodedLayer {
    text;
    pieces;
    depth;
    constructor(text, pieces, depth) {
        this.text = text;
        this.pieces = pieces;
        this.depth = depth;
    }
    static root(text) {
        return new DecodedLayer(text, [{ start: 0, end: text.length, origStart: 0, origEnd: text.length, depth: 0, encodings: [] }], 0);
    }
    /** The next layer, with this layer's encoded segments decoded; undefined when there are none. */
    next() {
        const segments = findEncodedSegments(this.text);
        if (segments.length === 0)
            return undefined;
        const pieces = [];
        const parts = [];
        let length = 0;
        let cursor = 0;
        const keep = (from, to) => {
            if (from >= to)
                return;
            for (const p of this.overlapping(from, to)) {
                const a = Math.max(p.start, from);
                const b = Math.min(p.end, to);
                const exact = p.depth === 0;
                pieces.push({
                    start: length + (a - from),
                    end: length + (b - from),
                    origStart: exact ? p.origStart + (a - p.start) : p.origStart,
                    origEnd: exact ? p.origStart + (b - p.start) : p.origEnd,
                    depth: p.depth,
                    encodings: p.encodings,
                });
            }
            parts.push(this.text.slice(from, to));
            length += to - from;
        };
        for (const s of segments) {
            keep(cursor, s.start);
            const orig = this.originalSpan(s.start, s.end);
            pieces.push({ start: length, end: length + s.decoded.length, origStart: orig.start, origEnd: orig.end, depth: this.depth + 1, encodings: [...orig.encodings, s.encoding] });
            parts.push(s.decoded);
            length += s.decoded.length;
            cursor = s.end;
        }
        keep(cursor, this.text.length);
        return new DecodedLayer(parts.join(''), pieces, this.depth + 1);
    }
    /**
     * The original span behind [start, end) of this layer, when it touches text decoded in this
     * round (anything else was already scanned in an earlier round); undefined otherwise.
     */
    map(start, end) {
        const hit = this.overlapping(start, end);
        const fresh = hit.filter((p) => p.depth === this.depth);
        if (this.depth > 0 && fresh.length === 0)
            return undefined;
        const span = this.originalSpan(start, end);
        return { ...span, encodings: [...new Set(fresh.flatMap((p) => p.encodings))] };
    }
    /** true when [start, end) touches text decoded in this round (always for the original text). */
    touchesFresh(start, end) {
        return this.depth === 0 || this.overlapping(start, end).some((p) => p.depth === this.depth);
    }
    /** The spans of this layer's text decoded in this round, ascending. */
    freshSpans() {
        return this.pieces.filter((p) => p.depth === this.depth).map(({ start, end }) => ({ start, end }));
    }
    /** Pieces overlapping [start, end) (an empty span touches the piece holding it); pieces are sorted. */
    overlapping(start, end) {
        const stop = Math.max(end, start + 1);
        let lo = 0;
        let hi = this.pieces.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (this.pieces[mid].end <= start)
                lo = mid + 1;
            else
                hi = mid;
        }
        const out = [];
        for (let i = lo; i < this.pieces.length && this.pieces[i].start < stop; i++)
            out.push(this.pieces[i]);
        return out;
    }
    originalSpan(start, end) {
        let lo = Infinity;
        let hi = -Infinity;
        const encodings = [];
        for (const p of this.overlapping(start, end)) {
            const exact = p.depth === 0;
            lo = Math.min(lo, exact ? p.origStart + (Math.max(start, p.start) - p.start) : p.origStart);
            hi = Math.max(hi, exact ? p.origStart + (Math.min(end, p.end) - p.start) : p.origEnd);
            encodings.push(...p.encodings);
        }
        return { start: lo, end: hi, encodings };
    }
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/detect/entropy.ts
/** Shannon entropy in bits per character, over code points (as gitleaks does over runes). */
function shannonEntropy(text) {
    if (text === '')
        return 0;
    const counts = new Map();
    let total = 0;
    for (const ch of text) {
        const c = ch.codePointAt(0) ?? 0;
        counts.set(c, (counts.get(c) ?? 0) + 1);
        total++;
    }
    let entropy = 0;
    for (const n of counts.values()) {
        const p = n / total;
        entropy -= p * Math.log2(p);
    }
    return entropy;
}
/** The shortest decimal that round-trips as a float32, as Go prints gitleaks' float32 Entropy. */
function asFloat32(x) {
    const f = Math.fround(x);
    for (let p = 1; p <= 9; p++) {
        const candidate = Number(f.toPrecision(p));
        if (Math.fround(candidate) === f)
            return candidate;
    }
    return f;
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/detect/keyword-prefilter.ts
// One pass over the text finds every rule keyword (ASCII case-insensitive Aho-Corasick
// automaton, a dense DFA over the characters that occur in keywords), so a rule's regex only
// runs near its keywords. The DFA loop is the scan's hottest code: one class lookup, one table
// lookup and one sign test per character.
const ALPHABET = 128;
/**
 * Regex windows cover whole lines, so one occurrence per keyword per line is enough; on a
 * very long line an occurrence is kept again after this many characters.
 */
const HIT_SPACING = 1024;
class KeywordPrefilter {
    keywords;
    /**
     * Character code (0-255) -> column of the transition table. Column 0 holds every character that
     * occurs in no keyword (and non-ASCII ones): from any state it leads back to the root.
     */
    classOf = new Uint8Array(256);
    /** log2 of the row width (a power of two, so a state is stored as its row's offset). */
    shift;
    /**
     * delta[row + class]: the next state's row offset, or its bitwise NOT when keywords end in
     * that state (so a hit costs no extra lookup on the common path).
     */
    delta;
    /** Per state: keyword indices that end there (including via failure links). */
    outputs;
    /** Keywords with non-ASCII characters: searched with a lower-cased copy of the text. */
    wide = [];
    constructor(keywords) {
        this.keywords = keywords;
        const goto = [new Map()];
        const out = [[]];
        let classes = 1;
        keywords.forEach((kw, index) => {
            if (kw === '' || [...kw].some((ch) => ch.charCodeAt(0) >= ALPHABET)) {
                if (kw !== '')
                    this.wide.push(index);
                return;
            }
            let state = 0;
            for (let i = 0; i < kw.length; i++) {
                const c = lower(kw.charCodeAt(i));
                if (this.classOf[c] === 0) {
                    this.classOf[c] = classes++;
                    if (c !== upper(c))
                        this.classOf[upper(c)] = this.classOf[c];
                }
                const trans = goto[state];
                let next = trans.get(c);
                if (next === undefined) {
                    next = goto.length;
                    goto.push(new Map());
                    out.push([]);
                    trans.set(c, next);
                }
                state = next;
            }
            out[state].push(index);
        });
        // One representative (lower-case) character per class.
        const charOf = [0];
        for (let c = 0; c < ALPHABET; c++)
            if (this.classOf[c] !== 0 && c === lower(c))
                charOf[this.classOf[c]] = c;
        this.shift = Math.max(1, Math.ceil(Math.log2(classes)));
        const width = 1 << this.shift;
        const states = goto.length;
        // Plain state numbers first; encoded as row offsets (and outputs) once the links are known.
        const next = new Int32Array(states * width);
        const fail = new Int32Array(states);
        // Breadth-first: a state's failure link and row are complete before its children's.
        const queue = [];
        for (let k = 1; k < classes; k++) {
            const to = goto[0].get(charOf[k]) ?? 0;
            next[k] = to;
            if (to !== 0)
                queue.push(to);
        }
        for (let qi = 0; qi < queue.length; qi++) {
            const s = queue[qi];
            const f = fail[s];
            out[s].push(...out[f]);
            for (let k = 1; k < classes; k++) {
                const to = goto[s].get(charOf[k]);
                if (to === undefined) {
                    next[s * width + k] = next[f * width + k];
                }
                else {
                    next[s * width + k] = to;
                    fail[to] = next[f * width + k];
                    queue.push(to);
                }
            }
        }
        this.delta = next.map((to) => (out[to].length > 0 ? ~(to * width) : to * width));
        this.outputs = out;
    }
    /**
     * Finds keyword occurrences. `bytes` (the UTF-8 the text was decoded from) is scanned instead
     * when it has one byte per character, which is faster than reading the string.
     */
    search(text, bytes) {
        const hits = new HitRecorder(this.keywords, text, bytes !== undefined && bytes.length === text.length ? bytes : undefined);
        const { delta, classOf, outputs, shift } = this;
        let row = 0;
        // The two loops are the same automaton over a byte array and over a string.
        if (bytes !== undefined && bytes.length === text.length) {
            for (let i = 0; i < bytes.length; i++) {
                row = delta[row + classOf[bytes[i]]];
                if (row < 0) {
                    row = ~row;
                    hits.record(outputs[row >> shift], i);
                }
            }
        }
        else {
            for (let i = 0; i < text.length; i++) {
                const code = text.charCodeAt(i);
                // Non-ASCII characters never occur in ASCII keywords: back to the root.
                row = delta[row + (code < 256 ? classOf[code] : 0)];
                if (row < 0) {
                    row = ~row;
                    hits.record(outputs[row >> shift], i);
                }
            }
        }
        if (this.wide.length > 0) {
            const lowered = text.toLowerCase();
            for (const k of this.wide) {
                const kw = this.keywords[k];
                for (let at = lowered.indexOf(kw); at !== -1; at = lowered.indexOf(kw, at + 1))
                    hits.add(k, at);
            }
        }
        return { positions: hits.positions };
    }
}
/**
 * Keeps one occurrence per keyword per line (and per HIT_SPACING characters on long lines).
 * Line starts are found only where keywords occur, with the native newline search, so the DFA
 * loop need not look for newlines itself.
 */
class HitRecorder {
    keywords;
    text;
    bytes;
    positions;
    lastKept;
    /** Start of the line holding the last recorded hit, and the first newline after it (or the text's end). */
    lineStart = 0;
    nextNewline = -1;
    constructor(keywords, text, bytes) {
        this.keywords = keywords;
        this.text = text;
        this.bytes = bytes;
        this.positions = new Array(keywords.length);
        this.lastKept = new Float64Array(keywords.length).fill(-Infinity);
    }
    newlineFrom(from) {
        const at = this.bytes !== undefined ? this.bytes.indexOf(10, from) : this.text.indexOf('\n', from);
        return at === -1 ? this.text.length : at;
    }
    /** `end`: offset of the keyword's last character (ascending from call to call). */
    record(ended, end) {
        if (this.nextNewline < 0)
            this.nextNewline = this.newlineFrom(0);
        while (this.nextNewline < end) {
            this.lineStart = this.nextNewline + 1;
            this.nextNewline = this.newlineFrom(this.lineStart);
        }
        const lineStart = this.lineStart;
        for (const k of ended) {
            const start = end + 1 - this.keywords[k].length;
            const last = this.lastKept[k];
            if (last >= lineStart && start - last < HIT_SPACING)
                continue;
            this.lastKept[k] = start;
            this.add(k, start);
        }
    }
    add(k, start) {
        (this.positions[k] ??= []).push(start);
    }
}
function lower(code) {
    return code >= 65 && code <= 90 ? code + 32 : code;
}
function upper(code) {
    return code >= 97 && code <= 122 ? code - 32 : code;
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/detect/line-index.ts
// Offsets -> gitleaks-style 1-based line and column numbers, built once per text on demand.
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    lineStarts() {
        if (this.starts === undefined) {
            const starts = [0];
            for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1))
                starts.push(i + 1);
            this.starts = starts;
        }
        return this.starts;
    }
    /** 0-based line number holding the offset. */
    lineOf(offset) {
        const starts = this.lineStarts();
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }
    lineStart(line) {
        return this.lineStarts()[line] ?? this.text.length;
    }
    /** End of the line (offset of its newline, or the text's end). */
    lineEnd(line) {
        const next = this.lineStarts()[line + 1];
        return next === undefined ? this.text.length : next - 1;
    }
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/detect/placeholders.ts
// Values that look like secrets to a regex but are documentation or indirection.
// Checked on the secret only, so a real token on a line that also says "example" still counts.
const PLACEHOLDER_WORDS = /example|changeme|change[_-]me|placeholder|redacted|dummy|your[_-]?(?:api[_-]?)?(?:key|token|secret|password)|xxxx|\*\*\*\*/i;
const TEMPLATE = /^(?:\$\{\{.*\}\}|\{\{.*\}\}|<[^<>]*>|%[A-Za-z_][A-Za-z0-9_]*%|@[A-Za-z_]+@)$/s;
const ENV_REFERENCE = /^(?:\$[A-Za-z_][A-Za-z0-9_]*|\$\{[A-Za-z_][A-Za-z0-9_]*(?:[:?-][^}]*)?\}|(?:process\.env|import\.meta\.env|os\.environ|ENV)(?:\.[A-Za-z_][A-Za-z0-9_]*|\[[^\]]+\]|\.get\(.*\))|os\.getenv\(.*\)|System\.getenv\(.*\))$/s;
const SEQUENCE_LENGTH = 8;
/** true when the secret is a placeholder, a template or environment reference, or a trivial run. */
function isPlaceholder(secret) {
    const s = secret.trim();
    if (s === '')
        return true;
    if (PLACEHOLDER_WORDS.test(s) || TEMPLATE.test(s) || ENV_REFERENCE.test(s))
        return true;
    return isRepetitive(s) || hasSequence(s);
}
/** One character repeated, or a short unit repeated (`abcabcabc`). */
function isRepetitive(s) {
    for (let unit = 1; unit <= 4 && unit * 3 <= s.length; unit++) {
        const head = s.slice(0, unit);
        if (head.repeat(Math.ceil(s.length / unit)).slice(0, s.length) === s)
            return true;
    }
    return false;
}
/** A run like `12345678` or `abcdefgh` (ascending or descending by one). */
function hasSequence(s) {
    let up = 1;
    let down = 1;
    for (let i = 1; i < s.length; i++) {
        const d = s.charCodeAt(i) - s.charCodeAt(i - 1);
        up = d === 1 ? up + 1 : 1;
        down = d === -1 ? down + 1 : 1;
        if (up >= SEQUENCE_LENGTH || down >= SEQUENCE_LENGTH)
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/detect/windows.ts
// Where a rule's regex runs: windows of whole lines around its keyword hits, or line-aligned
// chunks for rules without keywords. Bounding every regex run keeps a pathological input
// (megabyte lines, backtracking patterns) from stalling the scan; clamps are counted.
const DEFAULT_LIMITS = { before: 1024, multilineAfter: 32768, maxLine: 16384, chunk: 65536 };
/**
 * Line bounds around offsets, remembering the last line found: keyword hits come in ascending
 * order, so a megabyte line is searched for its newlines once, not once per keyword on it.
 */
class LineBounds {
    text;
    /** text[lo] is the newline before the cached line (or lo = -1); text[hi] the one after (or hi = length). */
    lo = -1;
    hi = -1;
    constructor(text) {
        this.text = text;
    }
    locate(at) {
        if (at > this.lo && at <= this.hi)
            return;
        this.lo = this.text.lastIndexOf('\n', at - 1);
        const hi = this.text.indexOf('\n', at);
        this.hi = hi === -1 ? this.text.length : hi;
    }
    /** Start of the line holding `at`, looking back at most `limit` characters. */
    start(at, limit) {
        this.locate(at);
        return Math.max(this.lo + 1, at - limit);
    }
    /** End of the line holding `from` (its newline offset), cut at `from + cap` and counted. */
    end(from, cap, counter) {
        if (from >= this.text.length)
            return this.text.length;
        this.locate(from);
        if (this.hi - from <= cap)
            return this.hi;
        counter.truncated++;
        return from + cap;
    }
}
/**
 * Merged windows around keyword occurrences (`hits`: start offsets, ascending): the keyword's
 * line and the next one (a value may sit on the line after its key), or for multi-line rules
 * everything up to `multilineAfter` characters further.
 */
function keywordWindows(text, hits, multiline, limits, counter) {
    // Separate caches for the keyword's line and the one after, so neither evicts the other.
    const lines = new LineBounds(text);
    const nextLines = new LineBounds(text);
    const windowEnd = (h) => {
        if (multiline)
            return nextLines.end(Math.min(text.length, h + limits.multilineAfter), limits.maxLine, counter);
        const end = lines.end(h, limits.maxLine, counter);
        return text.charCodeAt(end) === 10 ? nextLines.end(end + 1, limits.maxLine, counter) : end;
    };
    const out = [];
    let current;
    for (const h of hits) {
        if (current !== undefined && h < current.end) {
            if (!multiline || h + limits.multilineAfter > current.end)
                current.end = Math.max(current.end, windowEnd(h));
            continue;
        }
        const start = lines.start(h, limits.before);
        const end = windowEnd(h);
        if (current !== undefined && start <= current.end) {
            current.end = Math.max(current.end, end);
        }
        else {
            current = { start, end };
            out.push(current);
        }
    }
    return out;
}
/** Line-aligned chunks covering the whole text. */
function chunkWindows(text, limits, counter) {
    const out = [];
    let start = 0;
    while (start < text.length) {
        let end = Math.min(text.length, start + limits.chunk);
        if (end < text.length) {
            const nl = text.indexOf('\n', end);
            if (nl !== -1 && nl - end <= limits.maxLine)
                end = nl;
            else
                counter.truncated++;
        }
        out.push({ start, end });
        start = end;
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/detect/detect.ts









const DEFAULT_DECODE_DEPTH = 5;
function emptyDetectCounters() {
    return { allowlisted: 0, inlineAllowed: 0, placeholders: 0, lowEntropy: 0, allowlistedTargets: 0, truncated: 0 };
}
const prepared = new WeakMap();
function prepare(config) {
    const cached = prepared.get(config);
    if (cached !== undefined)
        return cached;
    const keywords = [];
    const indexOf = new Map();
    const rules = config.rules.map((rule) => {
        const keywordIndices = rule.keywords.map((k) => {
            let i = indexOf.get(k);
            if (i === undefined) {
                i = keywords.length;
                keywords.push(k);
                indexOf.set(k, i);
            }
            return i;
        });
        return { rule, keywordIndices };
    });
    const p = { prefilter: new KeywordPrefilter(keywords), rules };
    prepared.set(config, p);
    return p;
}
function pickSecret(rule, m, match) {
    if (rule.groupCount === 0)
        return match;
    if (rule.secretGroup > 0)
        return m[rule.secretGroup] ?? '';
    for (let g = 1; g < m.length; g++) {
        const s = m[g];
        if (s !== undefined && s !== '')
            return s;
    }
    return match;
}
class FragmentDetector {
    config;
    layer;
    original;
    origin;
    counters;
    text;
    findings = [];
    placeholders;
    constructor(config, layer, original, origin, options, counters) {
        this.config = config;
        this.layer = layer;
        this.original = original;
        this.origin = origin;
        this.counters = counters;
        this.text = layer.text;
        this.placeholders = options.placeholders ?? true;
    }
    run(p, limits, bytes) {
        const hits = this.layer.depth === 0 ? p.prefilter.search(this.text, bytes) : searchNearFresh(p.prefilter, this.text, this.layer.freshSpans());
        for (const { rule, keywordIndices } of p.rules) {
            if (rule.path !== undefined && !matches(rule.path, this.origin.path))
                continue;
            if (rule.regex === undefined) {
                // A path-only rule reports the file once, from the original text.
                if (this.layer.depth === 0)
                    this.pathOnlyFinding(rule);
                continue;
            }
            let windows;
            if (keywordIndices.length === 0) {
                windows = chunkWindows(this.text, limits, this.counters);
            }
            else {
                const starts = hitsOf(hits, keywordIndices);
                if (starts.length === 0)
                    continue;
                windows = keywordWindows(this.text, starts, rule.multiline, limits, this.counters);
            }
            const matcher = rule.matcher ?? new RegexMatcher(rule.regex);
            for (const w of windows) {
                // In a decoded layer, only windows over freshly decoded text can find anything new.
                if (!this.layer.touchesFresh(w.start, w.end))
                    continue;
                matcher.forEach(this.text.slice(w.start, w.end), (m) => this.consider(rule, m, w.start));
            }
        }
        return dropGenericDuplicates(this.findings);
    }
    consider(rule, m, base) {
        // gitleaks trims newlines the pattern swallowed at either end of the match.
        let start = base + m.start;
        let end = base + m.end;
        while (start < end && this.text.charCodeAt(start) === 10)
            start++;
        while (end > start && this.text.charCodeAt(end - 1) === 10)
            end--;
        const match = this.text.slice(start, end);
        const secret = pickSecret(rule, m.groups, match);
        const entropy = shannonEntropy(secret);
        if (rule.entropy !== 0 && entropy <= rule.entropy) {
            this.counters.lowEntropy++;
            return;
        }
        // Findings in decoded text are reported where the encoded segment sits in the file.
        let at = { start, end };
        const tags = [];
        if (this.layer.depth > 0) {
            const span = this.layer.map(start, end);
            if (span === undefined)
                return;
            at = span;
            tags.push(...span.encodings.map((e) => `decoded:${e}`), `decode-depth:${this.layer.depth}`);
        }
        const lines = this.original.lines;
        const startLine = lines.lineOf(at.start);
        const endLine = lines.lineOf(Math.max(at.start, at.end - 1));
        const line = this.original.text.slice(lines.lineStart(startLine), lines.lineEnd(endLine));
        if (line.includes('gitleaks:allow')) {
            this.counters.inlineAllowed++;
            return;
        }
        if (this.placeholders && isPlaceholder(secret)) {
            this.counters.placeholders++;
            return;
        }
        if (this.allowlisted(rule, { ruleId: rule.id, commit: this.origin.commit?.commit ?? '', path: this.origin.path, secret, match, line })) {
            this.counters.allowlisted++;
            return;
        }
        const offset = (this.origin.firstLine ?? 1) - 1;
        const startOfLine = lines.lineStart(startLine);
        const startOfEndLine = lines.lineStart(endLine);
        this.push(rule, {
            StartLine: startLine + 1 + offset,
            EndLine: endLine + 1 + offset,
            StartColumn: at.start - this.columnBase(startLine) + 1,
            EndColumn: at.end - this.columnBase(endLine),
            Match: match,
            Secret: secret,
            Entropy: asFloat32(entropy),
            columns: { start: at.start - startOfLine + 1, end: at.end - startOfEndLine + 1 },
        }, tags);
    }
    /**
     * gitleaks counts columns from the newline before the line, so on every line but the text's
     * first the column is one more than the character position; kept for report compatibility.
     */
    columnBase(line) {
        return line === 0 ? 0 : this.original.lines.lineStart(line) - 1;
    }
    pathOnlyFinding(rule) {
        const subject = { ruleId: rule.id, commit: this.origin.commit?.commit ?? '', path: this.origin.path, secret: '', match: '', line: '' };
        if (this.allowlisted(rule, subject)) {
            this.counters.allowlisted++;
            return;
        }
        this.push(rule, { StartLine: 0, EndLine: 0, StartColumn: 0, EndColumn: 0, Match: `file detected: ${this.origin.path}`, Secret: '', Entropy: 0, columns: { start: 0, end: 0 } });
    }
    allowlisted(rule, subject) {
        return this.config.allowlists.some((a) => isAllowlisted(a, subject)) || rule.allowlists.some((a) => isAllowlisted(a, subject));
    }
    push(rule, at, tags = []) {
        const c = this.origin.commit;
        const f = {
            RuleID: rule.id,
            Description: rule.description,
            ...at,
            File: this.origin.path,
            SymlinkFile: this.origin.symlinkFile ?? '',
            Commit: c?.commit ?? '',
            Author: c?.author ?? '',
            Email: c?.email ?? '',
            Date: c?.date ?? '',
            Message: c?.message ?? '',
            Tags: [...rule.tags, ...tags],
            Fingerprint: '',
        };
        f.Fingerprint = fingerprintOf(f);
        this.findings.push(f);
    }
}
/**
 * Keyword hits for a decoded layer. Only windows touching freshly decoded text can find anything
 * new there, and a keyword's window covers its line and the next, so only the lines of the fresh
 * spans and the line before each are searched: most of a layer is text already searched.
 */
function searchNearFresh(prefilter, text, spans) {
    const positions = [];
    // Everything before `searched` (a newline, or the text's end) has been searched already.
    let searched = 0;
    for (const span of spans) {
        if (span.end <= searched)
            continue;
        const lineStart = lineStartOf(text, span.start);
        const from = Math.max(searched, lineStart === 0 ? 0 : lineStartOf(text, lineStart - 1));
        const newline = text.indexOf('\n', Math.max(span.start, span.end - 1));
        const to = newline === -1 ? text.length : newline;
        searched = to;
        if (to <= from)
            continue;
        prefilter.search(text.slice(from, to)).positions.forEach((list, k) => {
            if (list === undefined)
                return;
            const out = (positions[k] ??= []);
            for (const at of list)
                out.push(at + from);
        });
    }
    return { positions };
}
function lineStartOf(text, at) {
    return at <= 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1;
}
/** Start offsets of the rule's keywords, ascending. */
function hitsOf(hits, keywordIndices) {
    if (keywordIndices.length === 1)
        return hits.positions[keywordIndices[0]] ?? [];
    const starts = [];
    for (const k of keywordIndices) {
        const list = hits.positions[k];
        if (list !== undefined)
            for (const s of list)
                starts.push(s);
    }
    return starts.sort((a, b) => a - b);
}
function matches(re, s) {
    re.lastIndex = 0;
    return re.test(s);
}
/** A generic rule's finding is noise when a specific rule found the same secret on the same line. */
function dropGenericDuplicates(findings) {
    const isGeneric = (f) => f.RuleID.startsWith('generic');
    if (!findings.some(isGeneric))
        return findings;
    const specificByLine = new Map();
    for (const f of findings) {
        if (isGeneric(f))
            continue;
        const list = specificByLine.get(f.StartLine);
        if (list === undefined)
            specificByLine.set(f.StartLine, [f]);
        else
            list.push(f);
    }
    return findings.filter((f) => !isGeneric(f) || f.Secret === '' || !(specificByLine.get(f.StartLine) ?? []).some((o) => o.Secret.includes(f.Secret)));
}
/** Runs every rule of the configuration over one text (`bytes`: its UTF-8 source, when at hand). */
function detect(config, text, origin, options, counters, bytes) {
    if (isTargetAllowlisted(config.allowlists, origin.path, origin.commit?.commit ?? '')) {
        counters.allowlistedTargets++;
        return [];
    }
    const limits = { ...DEFAULT_LIMITS, ...options.limits };
    const p = prepare(config);
    const original = { text, lines: new LineIndex(text) };
    let layer = DecodedLayer.root(text);
    const findings = new FragmentDetector(config, layer, original, origin, options, counters).run(p, limits, bytes);
    const maxDepth = options.maxDecodeDepth ?? DEFAULT_DECODE_DEPTH;
    for (let depth = 1; depth <= maxDepth; depth++) {
        layer = layer.next();
        if (layer === undefined)
            break;
        findings.push(...new FragmentDetector(config, layer, original, origin, options, counters).run(p, limits, undefined));
    }
    return findings;
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/report/gitleaks-report.ts
const REDACTED = 'REDACTED';
/**
 * gitleaks' `--redact[=N]`: the secret is replaced by its first (100-N)% of characters plus
 * `...`, or by `REDACTED` at 100%, in both Secret and Match.
 */
function redactSecret(secret, percent = 100) {
    if (percent >= 100 || secret === '')
        return REDACTED;
    const exact = (secret.length * (100 - Math.max(0, percent))) / 100;
    return `${secret.slice(0, roundHalfToEven(exact))}...`;
}
// Go's math.RoundToEven, which gitleaks uses for the kept length.
function roundHalfToEven(x) {
    const floor = Math.floor(x);
    const diff = x - floor;
    if (diff !== 0.5)
        return Math.round(x);
    return floor % 2 === 0 ? floor : floor + 1;
}
function redactFinding(f, percent = 100) {
    if (f.Secret === '')
        return { ...f };
    const replacement = redactSecret(f.Secret, percent);
    return { ...f, Secret: replacement, Match: f.Match.split(f.Secret).join(replacement) };
}
/** The findings as gitleaks' JSON report (same field order, same indentation as gitleaks writes). */
function toGitleaksReport(findings, options = {}) {
    const redact = options.redact ?? true;
    const percent = redact === true ? 100 : redact === false ? 0 : redact;
    const rows = findings.map((f) => {
        const r = percent > 0 ? redactFinding(f, percent) : f;
        return {
            RuleID: r.RuleID,
            Description: r.Description,
            StartLine: r.StartLine,
            EndLine: r.EndLine,
            StartColumn: r.StartColumn,
            EndColumn: r.EndColumn,
            Match: r.Match,
            Secret: r.Secret,
            File: r.File,
            SymlinkFile: r.SymlinkFile,
            Commit: r.Commit,
            Entropy: r.Entropy,
            Author: r.Author,
            Email: r.Email,
            Date: r.Date,
            Message: r.Message,
            Tags: r.Tags,
            Fingerprint: r.Fingerprint,
        };
    });
    return `${JSON.stringify(rows, null, 1)}\n`;
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/suppress/gitleaks-ignore.ts
class gitleaks_ignore_GitleaksIgnore {
    entries;
    constructor(fingerprints) {
        this.entries = new Set([...fingerprints].map(normalize));
    }
    static parse(text) {
        const lines = text
            .split(/\r?\n/)
            .map((l) => l.trim())
            .filter((l) => l !== '' && !l.startsWith('#'));
        return new gitleaks_ignore_GitleaksIgnore(lines);
    }
    get size() {
        return this.entries.size;
    }
    /** As gitleaks: the exact fingerprint, or (for history findings) the commit-less `file:rule:line`. */
    ignores(f) {
        if (this.entries.has(normalize(f.Fingerprint)))
            return true;
        return this.entries.has(normalize(`${f.File}:${f.RuleID}:${f.StartLine}`));
    }
}
// Windows paths in a fingerprint compare equal to their `/` form, as gitleaks does.
function normalize(fingerprint) {
    return fingerprint.replace(/\\/g, '/');
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/suppress/detect-secrets-baseline.ts
// Yelp detect-secrets baselines: `results` maps a file to entries with `hashed_secret`
// (SHA-1 hex of what detect-secrets took as the secret) and `line_number`. A finding is
// baselined when its file has an entry with the same hash (or, failing that, the same
// line), unless that entry was audited as a real secret (`is_secret: true`).


function sha1Hex(text) {
    return (0,external_node_crypto_.createHash)('sha1').update(text, 'utf8').digest('hex');
}
/**
 * Hashes detect-secrets may have stored for this finding: the secret itself, and its quirks
 * (a private key is hashed as its header line; a classic GitHub token as its prefix).
 */
function candidateHashes(f) {
    const out = [sha1Hex(f.Secret)];
    const header = /-----BEGIN[ A-Z0-9_-]*PRIVATE KEY[ A-Z]*-----/.exec(f.Match);
    if (header !== null)
        out.push(sha1Hex(header[0]));
    const gh = /^(gh[pousr])_/.exec(f.Secret);
    if (gh !== null)
        out.push(sha1Hex(gh[1]));
    return out;
}
class detect_secrets_baseline_DetectSecretsBaseline {
    file;
    byFile = new Map();
    constructor(file) {
        this.file = file;
        for (const [name, entries] of Object.entries(file.results))
            this.byFile.set(normalizePath(name), entries);
    }
    static parse(text, source = 'detect-secrets baseline') {
        let data;
        try {
            data = JSON.parse(text);
        }
        catch (err) {
            throw new errors_ConfigurationError(`not valid JSON: ${err.message}`, { file: source, hint: 'regenerate it with `detect-secrets scan` or `mcp-secrets audit --write-baseline`' });
        }
        const results = data?.results;
        if (typeof results !== 'object' || results === null || Array.isArray(results)) {
            throw new errors_ConfigurationError("has no 'results' object: not a detect-secrets baseline", { file: source });
        }
        for (const [name, entries] of Object.entries(results)) {
            if (!Array.isArray(entries) || entries.some((e) => typeof e?.hashed_secret !== 'string')) {
                throw new errors_ConfigurationError(`results for '${name}' must be a list of entries with 'hashed_secret'`, { file: source });
            }
        }
        return new detect_secrets_baseline_DetectSecretsBaseline(data);
    }
    /** true when the finding is known to the baseline and not audited as a real secret. */
    suppresses(f) {
        const entries = this.byFile.get(normalizePath(f.File));
        if (entries === undefined)
            return false;
        const hashes = candidateHashes(f);
        const entry = entries.find((e) => hashes.includes(e.hashed_secret)) ?? entries.find((e) => e.line_number === f.StartLine);
        return entry !== undefined && entry.is_secret !== true;
    }
}
function normalizePath(p) {
    return p.replace(/\\/g, '/').replace(/^\.\//, '');
}
/**
 * A baseline for the findings in detect-secrets' format; audit results (`is_secret`) of an
 * existing baseline are kept for entries that are still found.
 */
function detect_secrets_baseline_toDetectSecretsBaseline(findings, previous, now = new Date()) {
    const results = {};
    for (const f of findings) {
        if (f.Secret === '')
            continue;
        const hashed = sha1Hex(f.Secret);
        const list = (results[f.File] ??= []);
        if (list.some((e) => e.hashed_secret === hashed && e.line_number === f.StartLine))
            continue;
        const old = previous?.results[f.File]?.find((e) => e.hashed_secret === hashed);
        const entry = { type: f.RuleID, filename: f.File, hashed_secret: hashed, is_verified: false, line_number: f.StartLine };
        if (old?.is_secret !== undefined)
            entry.is_secret = old.is_secret;
        list.push(entry);
    }
    const sorted = {};
    for (const name of Object.keys(results).sort())
        sorted[name] = results[name].sort((a, b) => (a.line_number ?? 0) - (b.line_number ?? 0));
    return {
        version: previous?.version ?? '1.5.0',
        plugins_used: previous?.plugins_used ?? [],
        filters_used: previous?.filters_used ?? [],
        results: sorted,
        generated_at: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/suppress/load-suppressions.ts
// Reading the suppression files: an absent file means "none", an unreadable one is an error
// naming it.




function readIfPresent(file, what) {
    try {
        return readFileSync(file, 'utf8');
    }
    catch (err) {
        if (err.code === 'ENOENT')
            return undefined;
        throw new ConfigurationError(`cannot read ${what}: ${err.message}`, { file, hint: 'check the file permissions' });
    }
}
/** The `.gitleaksignore` at `file`, or undefined when there is none. */
function readGitleaksIgnore(file) {
    const text = readIfPresent(file, 'the gitleaks ignore file');
    return text === undefined ? undefined : GitleaksIgnore.parse(text);
}
/** The detect-secrets baseline at `file`, or undefined when there is none. */
function readDetectSecretsBaseline(file) {
    const text = readIfPresent(file, 'the detect-secrets baseline');
    return text === undefined ? undefined : DetectSecretsBaseline.parse(text, file);
}

;// CONCATENATED MODULE: external "node:readline"
const external_node_readline_namespaceObject = require("node:readline");
;// CONCATENATED MODULE: ./packages/scanner/src/internal/sources/git-port.ts
// The git command line behind a port, so sources stream its output and tests can use temp repos.


class GitCommandError extends Error {
    args;
    exitCode;
    stderr;
    constructor(args, exitCode, stderr) {
        super(`git ${args.join(' ')} failed (exit ${exitCode ?? 'signal'}): ${stderr.trim().split('\n')[0] ?? ''}`);
        this.args = args;
        this.exitCode = exitCode;
        this.stderr = stderr;
        this.name = 'GitCommandError';
    }
}
async function* spawnLines(args, cwd) {
    const child = (0,external_node_child_process_namespaceObject.spawn)('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (d) => {
        if (stderr.length < 4096)
            stderr += d;
    });
    const exited = new Promise((resolveExit, reject) => {
        child.on('error', reject);
        child.on('close', (code) => resolveExit(code));
    });
    const rl = (0,external_node_readline_namespaceObject.createInterface)({ input: child.stdout, crlfDelay: Infinity });
    let drained = false;
    try {
        for await (const line of rl)
            yield line;
        drained = true;
    }
    finally {
        // The consumer may stop early; do not leave git running.
        if (!drained)
            child.kill();
    }
    const code = await exited;
    if (code !== 0)
        throw new GitCommandError(args, code, stderr);
}
const cliGit = { lines: spawnLines };
/** All output of a git command as one string. */
async function gitOutput(git, args, cwd) {
    const out = [];
    for await (const line of git.lines(args, cwd))
        out.push(line);
    return out.join('\n');
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/sources/binary.ts
// Like git: a NUL byte in the first 8000 bytes marks a binary file.
const SNIFF_BYTES = 8000;
function looksBinary(data) {
    const end = Math.min(data.length, SNIFF_BYTES);
    for (let i = 0; i < end; i++)
        if (data[i] === 0)
            return true;
    return false;
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/sources/files.ts
// The working tree: `git ls-files` inside a repository, a directory walk otherwise (skipping
// .git, as gitleaks' dir mode). Symlinks are never followed (a target inside the root is
// scanned as itself), binaries and files over the size limit are skipped and counted.




const DEFAULT_MAX_FILE_BYTES = 10 * 1024 * 1024;
function* walk(root, dir, onUnreadable) {
    let entries;
    try {
        entries = (0,external_node_fs_.readdirSync)(dir, { withFileTypes: true });
    }
    catch {
        onUnreadable();
        return;
    }
    for (const entry of entries) {
        const full = (0,external_node_path_.join)(dir, entry.name);
        if (entry.isDirectory()) {
            if (entry.name !== '.git')
                yield* walk(root, full, onUnreadable);
        }
        else {
            yield (0,external_node_path_.relative)(root, full);
        }
    }
}
async function gitListed(root, git) {
    const out = await gitOutput(git, ['-c', 'core.quotePath=false', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], root);
    return out
        .split('\0')
        .filter((name) => name !== '')
        .map((name) => name.split('/').join(external_node_path_.sep));
}
async function listFiles(session, root, opts) {
    const listing = opts.listing ?? 'auto';
    const useGit = listing === 'git' || (listing === 'auto' && (0,external_node_fs_.existsSync)((0,external_node_path_.join)(root, '.git')));
    if (!useGit)
        return walk(root, root, () => session.stats.skipped.unreadable++);
    const listed = await gitListed(root, opts.git);
    session.expectFiles(listed.length);
    return listed;
}
/** What goes before a root-relative path so File is relative to `relativeTo` (`''` or ending in `/`). */
function pathPrefix(root, relativeTo) {
    if (relativeTo === undefined)
        return '';
    const rel = (0,external_node_path_.relative)(relativeTo, root).split(external_node_path_.sep).join('/');
    return rel === '' ? '' : `${rel}/`;
}
/** The file's bytes, or why it is skipped. */
function readCandidate(full, maxBytes) {
    try {
        const info = (0,external_node_fs_.lstatSync)(full);
        if (info.isSymbolicLink())
            return 'symlink';
        if (!info.isFile())
            return 'other';
        if (info.size > maxBytes)
            return 'tooLarge';
        return (0,external_node_fs_.readFileSync)(full);
    }
    catch {
        // Permissions, or vanished since listing: counted, the scan goes on.
        return 'unreadable';
    }
}
// Synchronous reads: the scan is CPU-bound, and per-file promise round trips through the
// thread pool cost more than the reads themselves on trees of small files.
function scanOne(session, root, rel, maxBytes, prefix) {
    const path = prefix + rel.split(external_node_path_.sep).join('/');
    if (session.skipsPath(path))
        return;
    const skipped = session.stats.skipped;
    const data = readCandidate((0,external_node_path_.join)(root, rel), maxBytes);
    if (data === 'symlink')
        skipped.symlinks++;
    else if (data === 'tooLarge')
        skipped.tooLarge++;
    else if (data === 'unreadable')
        skipped.unreadable++;
    else if (data === 'other')
        return;
    else if (looksBinary(data))
        skipped.binary++;
    else {
        session.stats.filesScanned++;
        session.scan(data.toString('utf8'), { path }, data);
    }
}
async function scanFileTree(session, root, opts) {
    const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
    const prefix = pathPrefix(root, opts.relativeTo);
    for (const rel of await listFiles(session, root, opts)) {
        scanOne(session, root, rel, maxBytes, prefix);
        session.fileDone();
    }
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/scan-session.ts


/** At most one progress report per this many milliseconds. */
const PROGRESS_INTERVAL_MS = 100;
class ScanSession {
    config;
    options;
    findings = [];
    detectCounters = emptyDetectCounters();
    startedAt;
    progressState = { files: 0, bytes: 0 };
    lastProgress = Number.NEGATIVE_INFINITY;
    stats = {
        filesScanned: 0,
        bytesScanned: 0,
        commitsScanned: 0,
        skipped: { binary: 0, tooLarge: 0, unreadable: 0, symlinks: 0, allowlistedPaths: 0 },
        suppressed: { allowlist: 0, inline: 0, placeholder: 0, lowEntropy: 0, ignoreFile: 0, baseline: 0 },
        truncatedWindows: 0,
        findings: 0,
        durationMs: 0,
    };
    constructor(config, options) {
        this.config = config;
        this.options = options;
        this.startedAt = this.now();
    }
    now() {
        return (this.options.now ?? Date.now)();
    }
    /** Scans one text (a file, or the lines a commit added) and keeps what survives suppression. */
    scan(text, origin, bytes) {
        this.stats.bytesScanned += bytes?.length ?? text.length;
        for (const f of detect(this.config, text, origin, this.options, this.detectCounters, bytes)) {
            if (this.options.ignore?.ignores(f) === true)
                this.stats.suppressed.ignoreFile++;
            else if (this.options.baseline?.suppresses(f) === true)
                this.stats.suppressed.baseline++;
            else
                this.findings.push(f);
        }
    }
    /** Announces the number of files the source will go through, when it knows it. */
    expectFiles(total) {
        this.progressState.totalFiles = total;
    }
    /** One file (or file diff) done, scanned or skipped: reports progress when it is time to. */
    fileDone() {
        const onProgress = this.options.onProgress;
        if (onProgress === undefined)
            return;
        this.progressState.files++;
        // One clock read per file is cheap next to reading the file.
        const now = this.now();
        if (now - this.lastProgress < PROGRESS_INTERVAL_MS)
            return;
        this.lastProgress = now;
        this.progressState.bytes = this.stats.bytesScanned;
        onProgress({ ...this.progressState });
    }
    /** true (and counted) when a global allowlist excludes the path, so it need not even be read. */
    skipsPath(path) {
        if (!isTargetAllowlisted(this.config.allowlists, path, ''))
            return false;
        this.stats.skipped.allowlistedPaths++;
        return true;
    }
    finish() {
        const c = this.detectCounters;
        const s = this.stats;
        s.suppressed.allowlist = c.allowlisted;
        s.suppressed.inline = c.inlineAllowed;
        s.suppressed.placeholder = c.placeholders;
        s.suppressed.lowEntropy = c.lowEntropy;
        s.skipped.allowlistedPaths += c.allowlistedTargets;
        s.truncatedWindows = c.truncated;
        s.findings = this.findings.length;
        s.durationMs = Math.max(0, this.now() - this.startedAt);
        return { findings: this.findings, stats: s };
    }
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/sources/git-log.ts
// Git history: `git log -p -U0` streamed; each hunk's added lines are scanned as one text
// whose first line is the hunk's new-file line, with the commit's metadata on every finding.


const RS = '\x1e';
const US = '\x1f';
const FORMAT = `--format=${RS}%H${US}%an${US}%ae${US}%at${US}%B${US}`;
/** Parses the `git log -p -U0` stream and hands added-line hunks to the session. */
class LogParser {
    session;
    maxHunkChars;
    commit;
    header;
    path;
    inHunk = false;
    hunkStart = 0;
    added = [];
    addedChars = 0;
    constructor(session, maxHunkChars) {
        this.session = session;
        this.maxHunkChars = maxHunkChars;
    }
    line(line) {
        if (this.header !== undefined) {
            this.header.push(line);
            if (countUnitSeparators(this.header) >= 5)
                this.startCommit(this.header.join('\n'));
            return;
        }
        if (line.startsWith(RS)) {
            this.flush();
            this.path = undefined;
            this.header = [line.slice(1)];
            if (countUnitSeparators(this.header) >= 5)
                this.startCommit(this.header.join('\n'));
            return;
        }
        if (line.startsWith('diff --git ')) {
            this.flush();
            this.session.fileDone();
            this.inHunk = false;
            this.path = pathFromDiffHeader(line);
            return;
        }
        if (!this.inHunk) {
            if (line.startsWith('+++ ')) {
                const target = line.slice(4);
                this.path = target === '/dev/null' ? undefined : stripPrefix(unquote(target));
            }
            else if (line.startsWith('Binary files ')) {
                this.path = undefined;
            }
        }
        if (line.startsWith('@@')) {
            this.flush();
            const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,\d+)? @@/.exec(line);
            this.inHunk = m !== null;
            this.hunkStart = Number(m?.[1] ?? 0);
            return;
        }
        if (this.inHunk && line.startsWith('+')) {
            this.addedChars += line.length;
            // Past the limit the hunk's lines are no longer kept (no whole-file buffering of huge additions).
            if (this.addedChars <= this.maxHunkChars)
                this.added.push(line.slice(1));
        }
    }
    end() {
        this.flush();
    }
    startCommit(text) {
        const [hash = '', author = '', email = '', at = '0', message = ''] = text.split(US);
        this.commit = { commit: hash, author, email, date: rfc3339(Number(at)), message: message.trim() };
        this.header = undefined;
        this.inHunk = false;
        this.session.stats.commitsScanned++;
    }
    flush() {
        if (this.addedChars > this.maxHunkChars) {
            this.session.stats.skipped.tooLarge++;
        }
        else if (this.added.length > 0 && this.path !== undefined && this.commit !== undefined && !this.session.skipsPath(this.path)) {
            this.session.scan(this.added.join('\n'), { path: this.path, commit: this.commit, firstLine: this.hunkStart });
        }
        this.added = [];
        this.addedChars = 0;
    }
}
function countUnitSeparators(lines) {
    let n = 0;
    for (const l of lines)
        for (let i = l.indexOf(US); i !== -1; i = l.indexOf(US, i + 1))
            n++;
    return n;
}
function rfc3339(epochSeconds) {
    return new Date(epochSeconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
/** `"b/odd\tname"` -> `b/odd<TAB>name` (git C-quotes unusual paths). */
function unquote(p) {
    if (!p.startsWith('"'))
        return p;
    try {
        return JSON.parse(p.replace(/\\([0-7]{3})/g, (_m, o) => `\\u00${parseInt(o, 8).toString(16).padStart(2, '0')}`));
    }
    catch {
        return p.slice(1, -1);
    }
}
function stripPrefix(p) {
    return p.startsWith('b/') ? p.slice(2) : p;
}
function pathFromDiffHeader(line) {
    const rest = line.slice('diff --git '.length);
    const m = /^(?:"a\/(?:[^"\\]|\\.)*"|a\/\S+) ("?b\/.*)$/.exec(rest);
    return m?.[1] === undefined ? undefined : stripPrefix(unquote(m[1]));
}
async function scanGitLog(session, repoDir, opts) {
    try {
        await gitOutput(opts.git, ['rev-parse', '--git-dir'], repoDir);
    }
    catch (err) {
        if (err instanceof GitCommandError || err.code === 'ENOENT') {
            throw new errors_ConfigurationError(`not a git repository (or git is not installed): ${err.message}`, {
                file: repoDir,
                hint: "run in a git checkout (with full history: actions/checkout fetch-depth: 0) or use scan: files",
            });
        }
        throw err;
    }
    const selection = opts.logOpts ?? (opts.commits !== undefined ? ['--no-walk=unsorted', ...opts.commits] : opts.range !== undefined ? [opts.range] : ['--all']);
    const args = ['-c', 'core.quotePath=false', 'log', '-p', '-U0', '--no-color', '--no-ext-diff', '--full-history', FORMAT, ...selection];
    const parser = new LogParser(session, opts.maxHunkChars);
    try {
        for await (const line of opts.git.lines(args, repoDir))
            parser.line(line);
    }
    catch (err) {
        if (err instanceof GitCommandError) {
            throw new errors_ConfigurationError(`cannot read git history ${selection.join(' ')}: ${err.message}`, {
                file: repoDir,
                hint: 'the revisions must exist locally: check out with full history (actions/checkout fetch-depth: 0)',
            });
        }
        throw err;
    }
    parser.end();
}

;// CONCATENATED MODULE: ./packages/scanner/src/internal/scan-api.ts
// The public scan entry points: one session per call, defaults resolved in one place.






let builtinCompiled;
/** The built-in rules, compiled once. */
function defaultConfig() {
    builtinCompiled ??= compileConfig(builtinConfig());
    return builtinCompiled;
}
function session(options) {
    return new ScanSession(options.config ?? defaultConfig(), options);
}
/** Scans one text in memory. */
function scanText(text, options = {}) {
    const s = session(options);
    s.scan(text, { path: options.path ?? '', commit: options.commit, firstLine: options.firstLine });
    return s.finish();
}
/** Scans the working tree under root. */
async function scanFiles(root, options = {}) {
    const s = session(options);
    await scanFileTree(s, root, {
        listing: options.listing,
        maxFileBytes: options.maxFileBytes,
        relativeTo: options.relativeTo,
        git: options.git ?? cliGit,
    });
    const result = s.finish();
    result.findings.sort((a, b) => (a.File < b.File ? -1 : a.File > b.File ? 1 : a.StartLine - b.StartLine || a.StartColumn - b.StartColumn));
    return result;
}
/** Scans git history (all refs, a range, or custom log options); only added lines are scanned. */
async function scanGit(repoDir, options = {}) {
    const s = session(options);
    await scanGitLog(s, repoDir, {
        git: options.git ?? cliGit,
        range: options.range,
        commits: options.commits,
        logOpts: options.logOpts,
        maxHunkChars: options.maxHunkChars ?? DEFAULT_MAX_FILE_BYTES,
    });
    return s.finish();
}

;// CONCATENATED MODULE: ./packages/scanner/src/index.ts
















;// CONCATENATED MODULE: ./packages/secrets-audit/src/config.ts
// The configuration, ignore file and baseline an audit reads, loaded before anything is scanned.



function loadAuditInputs(options) {
    const config = options.config === undefined ? defaultConfig() : namingInput('config', () => compileConfig(loadConfig({ path: options.config?.file })));
    const ignore = options.ignoreFile && namingInput('ignore-file', () => gitleaks_ignore_GitleaksIgnore.parse(readText(options.ignoreFile, 'ignore-file')));
    return { config, configSource: options.config?.display ?? 'built-in rules', ignore, baseline: loadBaseline(options) };
}
/** The detect-secrets baseline, which both engines apply (gitleaks cannot read it). */
function loadBaseline(options) {
    return options.baseline && namingInput('baseline', () => detect_secrets_baseline_DetectSecretsBaseline.parse(readText(options.baseline, 'baseline'), options.baseline?.display));
}
function readText(input, name) {
    try {
        return (0,external_node_fs_.readFileSync)(input.file, 'utf8');
    }
    catch (error) {
        throw new errors_ConfigurationError(`cannot read it: ${error.message}`, { input: name, file: input.display });
    }
}
/** The engine's ConfigurationError names the file and line; this adds which input led there. */
function namingInput(input, load) {
    try {
        return load();
    }
    catch (error) {
        if (!(error instanceof errors_ConfigurationError) || error.input !== undefined)
            throw error;
        return rethrowWithInput(error, input);
    }
}
function rethrowWithInput(error, input) {
    const place = error.file === undefined ? '' : `${error.line !== undefined ? `${error.file}:${error.line}` : error.file}: `;
    const hint = error.hint === undefined ? '' : ` (${error.hint})`;
    let message = error.message;
    if (place !== '' && message.startsWith(place))
        message = message.slice(place.length);
    if (hint !== '' && message.endsWith(hint))
        message = message.slice(0, -hint.length);
    throw new errors_ConfigurationError(message, { input, file: error.file, line: error.line, hint: error.hint });
}

;// CONCATENATED MODULE: ./packages/secrets-audit/src/report-findings.ts

// Scanner findings as the format-independent findings the reports, annotations and summary take.
// Everything built here is redacted: it is shown in logs, annotations and the job summary.


const AUDIT_TOOL = {
    name: 'mcp-secrets audit',
    version: PRODUCT_VERSION,
    informationUri: 'https://github.com/org/mcp-secrets/tree/main/audit',
};
/** GitHub code scanning grades 7.0-8.9 "high"; a leaked credential is at least that. */
const SECRET_SEVERITY = 8.5;
const report_findings_SNIPPET_CHARS = 160;
/** The redacted match, first line only, shortened: what people see instead of the secret. */
function redactedSnippet(f, redactPercent = 100) {
    const match = redactPercent > 0 ? redactFinding(f, redactPercent).Match : f.Match;
    const [first = '', ...rest] = match.split(/\r?\n/);
    const line = first.trim();
    const cut = line.length > report_findings_SNIPPET_CHARS ? `${line.slice(0, report_findings_SNIPPET_CHARS)}…` : line;
    return rest.length > 0 ? `${cut} …` : cut;
}
/**
 * `base` is the folder the finding's File is relative to (the workspace, or the repository top for
 * history); paths become absolute so every renderer can make them relative to the workspace.
 * Columns are the engine's true ones, not gitleaks' (see Finding.columns). Only the report files
 * may use less than full redaction, when the user asks for it.
 */
function toReportFinding(f, base, level, redactPercent = 100) {
    const snippet = redactedSnippet(f, redactPercent);
    const where = f.Commit === '' ? '' : ` in commit ${f.Commit.slice(0, 7)}`;
    return {
        ruleId: f.RuleID,
        level,
        message: `Secret matched rule ${f.RuleID}${where}: ${snippet}`,
        file: (0,external_node_path_.join)(base, f.File),
        line: f.StartLine,
        endLine: f.EndLine,
        // A path-only finding (the file itself) has no span.
        ...(f.columns.start > 0 && { column: f.columns.start, endColumn: f.columns.end }),
        snippet,
        // Nothing derived from the secret itself: a hash of a weak password could be brute-forced.
        fingerprint: `${f.Commit}:${snippet}`,
        properties: { tags: f.Tags, ...(f.Commit !== '' && { commit: f.Commit }) },
    };
}
/** SARIF rule descriptors for every rule of the configuration that ran. */
function reportRules(config) {
    return config.rules.map((rule) => ruleDescriptor(rule.id, rule.description, rule.tags));
}
/**
 * SARIF rule descriptors from the findings themselves, for engine: gitleaks, whose rules (its
 * defaults or the user's config) are known only by what it reports: each rule id once.
 */
function findingRules(findings) {
    const byId = new Map();
    for (const f of findings) {
        const rule = byId.get(f.RuleID) ?? { description: '', tags: new Set() };
        if (rule.description === '')
            rule.description = f.Description;
        for (const tag of f.Tags)
            rule.tags.add(tag);
        byId.set(f.RuleID, rule);
    }
    return [...byId].sort(([a], [b]) => a.localeCompare(b)).map(([id, rule]) => ruleDescriptor(id, rule.description, [...rule.tags]));
}
function ruleDescriptor(id, description, tags) {
    const text = description !== '' ? description : `A secret matching the ${id} rule.`;
    return {
        id,
        description: text,
        help: `${text}\n\n` +
            'Revoke the credential with its provider first (it is in the history now), then remove it from the code. ' +
            'For a false positive, add its fingerprint to `.gitleaksignore`, or `gitleaks:allow` on the line.',
        defaultLevel: 'error',
        tags: [...new Set(['security', 'secret', ...tags])],
        securitySeverity: SECRET_SEVERITY,
    };
}

;// CONCATENATED MODULE: ./packages/secrets-audit/src/builtin-engine.ts



/** Loads the configuration, ignore file and baseline now, so their errors come before anything runs. */
function builtinEngine(ports, options, git, onProgress) {
    const inputs = loadAuditInputs(options);
    for (const warning of inputs.config.warnings)
        ports.log.warning(warning);
    return {
        async scan(target) {
            const rules = inputs.config.rules.length;
            ports.log.info(`Scanning the ${target.description} with ${inputs.configSource} (${rules} rule${rules === 1 ? '' : 's'})`);
            const scanOptions = { config: inputs.config, ignore: inputs.ignore, baseline: inputs.baseline, onProgress };
            // A subfolder's findings are named from the workspace, as gitleaks names them under --source,
            // so that annotations land on the right file and allowlist paths mean the same everywhere.
            const { findings, stats } = target.kind === 'files'
                ? await scanFiles(target.root, { ...scanOptions, relativeTo: options.workspace, git })
                : await scanGit(target.repo, { ...scanOptions, range: target.range, logOpts: target.logOpts, git });
            return { findings, stats, rules: reportRules(inputs.config), configSource: inputs.configSource, warnings: [] };
        },
    };
}

;// CONCATENATED MODULE: ./packages/secrets-audit/src/gitleaks-engine.ts
// engine: gitleaks, the real gitleaks binary (@mcp-secrets/gitleaks-engine): installed and verified,
// run on the same target, its report read back as the scanner's findings.







const INSTALLED_FROM = {
    'tool-cache': 'from the tool cache',
    'actions-cache': 'from the Actions cache, checksum verified',
    download: 'downloaded, checksum verified',
};
/**
 * Loads the detect-secrets baseline now (gitleaks cannot read it, so it is applied to gitleaks'
 * findings here); the configuration and ignore file are gitleaks' own to read.
 */
function gitleaksEngine(ports, options, installPorts) {
    const baseline = loadBaseline(options);
    return {
        async scan(target) {
            // The Actions cache keys on the archive's path, so staging must be the same folder every run.
            const temp = ports.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)();
            const gitleaks = await installGitleaks({
                ...(installPorts ?? (await runnerInstallPorts(ports.env))),
                version: options.gitleaksVersion,
                versionInput: 'gitleaks-version',
                stagingDir: temp,
            });
            for (const note of gitleaks.notes)
                ports.log.warning(note);
            const configSource = rulesSource(gitleaks.version, options);
            ports.log.info(`Scanning the ${target.description} with ${configSource} (gitleaks ${INSTALLED_FROM[gitleaks.source]})`);
            // gitleaks writes every secret in full (redact 0: the audit masks and redacts them itself),
            // so its report lives in a private folder that is always deleted.
            const reportDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(temp, 'gitleaks-report-'));
            try {
                const run = await runGitleaks({
                    binary: gitleaks.binary,
                    ...scanOf(target),
                    relativeTo: options.workspace,
                    config: options.config?.file,
                    ignorePath: options.ignoreFile?.file,
                    redact: 0,
                    reportPath: (0,external_node_path_.join)(reportDir, 'report.json'),
                    env: ports.env,
                });
                const findings = baseline === undefined ? run.findings : run.findings.filter((f) => !baseline.suppresses(f));
                const suppressed = { ...run.stats.suppressed, baseline: run.findings.length - findings.length };
                return {
                    findings,
                    stats: { ...run.stats, suppressed, findings: findings.length },
                    rules: findingRules(findings),
                    configSource,
                    warnings: run.warnings.map((w) => `gitleaks: ${w}`),
                };
            }
            finally {
                await (0,promises_.rm)(reportDir, { recursive: true, force: true });
            }
        },
    };
}
/** The runner's tool cache; off a runner (the CLI) it must be named, or @actions/tool-cache fails obscurely. */
async function runnerInstallPorts(env) {
    if (!env.RUNNER_TOOL_CACHE) {
        throw new errors_ConfigurationError('engine: gitleaks installs gitleaks into the tool cache, and RUNNER_TOOL_CACHE is not set', {
            input: 'engine',
            hint: 'set RUNNER_TOOL_CACHE (and RUNNER_TEMP) to folders of your own, or use engine: builtin',
        });
    }
    return actionsInstallPorts(env);
}
/** Without a config input gitleaks picks its own rules, not the built-in engine's: the summary says so. */
function rulesSource(version, options) {
    const gitleaks = `gitleaks ${version}`;
    return options.config === undefined ? `${gitleaks} default rules (or .gitleaks.toml in the scanned folder)` : `${gitleaks} with ${options.config.display}`;
}
function scanOf(target) {
    if (target.kind === 'files')
        return { mode: 'files', root: target.root };
    const { range, logOpts } = target;
    return { mode: range === undefined && logOpts === undefined ? 'git' : 'diff', root: target.repo, range, logOpts };
}

;// CONCATENATED MODULE: ./packages/secrets-audit/src/scan-target.ts
// Which text `scan: auto|files|git|diff` means for this run: the working tree, all history, or
// only the commits a pull request or a push brings (read from the runner's event payload).


const ZERO_SHA = /^0+$/;
const FETCH_HINT = 'check out with actions/checkout and `fetch-depth: 0` so the commits are in the clone';
async function resolveScanTarget(mode, root, env, git, notify) {
    const files = { kind: 'files', root, description: 'working tree' };
    if (mode === 'files')
        return files;
    if (mode === 'git') {
        const repo = await repositoryOf(root, git);
        if (repo === undefined)
            throw new errors_ConfigurationError(`'${root}' is not inside a git repository`, { input: 'scan', hint: 'use scan: files to scan a plain folder' });
        return { kind: 'git', repo, description: 'git history (all commits)' };
    }
    const event = env.GITHUB_EVENT_NAME ?? '';
    const isPr = event === 'pull_request' || event === 'pull_request_target';
    if (!isPr && event !== 'push') {
        if (mode === 'diff') {
            throw new errors_ConfigurationError(`scan: diff needs a pull_request or push event, this run is '${event || 'not a GitHub event'}'`, {
                input: 'scan',
                hint: 'use scan: auto, files or git',
            });
        }
        return files;
    }
    try {
        const repo = await repositoryOf(root, git);
        if (repo === undefined)
            throw new errors_ConfigurationError(`'${root}' is not inside a git repository`, { input: 'scan', hint: FETCH_HINT });
        const payload = readPayload(env.GITHUB_EVENT_PATH);
        return isPr ? await pullRequestTarget(repo, payload, git) : await pushTarget(repo, payload, git);
    }
    catch (error) {
        // auto still scans something useful (the whole tree) when the clone cannot give the range.
        if (mode === 'auto' && error instanceof errors_ConfigurationError) {
            notify({ level: 'warning', message: `${error.message}; scanning the working tree instead` });
            return files;
        }
        throw error;
    }
}
async function pullRequestTarget(repo, payload, git) {
    const base = sha(payload.pull_request?.base?.sha);
    const head = sha(payload.pull_request?.head?.sha);
    if (base === undefined || head === undefined) {
        throw new errors_ConfigurationError('the pull_request event payload has no base.sha / head.sha', { input: 'scan', hint: 'use scan: files' });
    }
    for (const commit of [base, head])
        await requireCommit(repo, commit, git);
    return { kind: 'git', repo, range: `${base}..${head}`, description: `pull request commits ${scan_target_short(base)}..${scan_target_short(head)}` };
}
/**
 * A push: before..after. A new branch (before is all zeros) or a force push whose old tip is not in
 * the clone has no usable `before`: the payload's commit list (oldest first) says what is new.
 */
async function pushTarget(repo, payload, git) {
    const before = sha(payload.before);
    const after = sha(payload.after);
    if (after === undefined || ZERO_SHA.test(after)) {
        throw new errors_ConfigurationError('the push event payload has no `after` commit (a deleted branch?)', { input: 'scan', hint: 'use scan: files' });
    }
    await requireCommit(repo, after, git);
    if (before !== undefined && !ZERO_SHA.test(before) && (await hasCommit(repo, before, git))) {
        return { kind: 'git', repo, range: `${before}..${after}`, description: `pushed commits ${scan_target_short(before)}..${scan_target_short(after)}` };
    }
    const ids = (payload.commits ?? []).map((c) => sha(c.id)).filter((id) => id !== undefined);
    const oldest = ids[0];
    if (oldest !== undefined && (await hasCommit(repo, `${oldest}^`, git))) {
        return { kind: 'git', repo, range: `${oldest}^..${after}`, description: `pushed commits ${scan_target_short(oldest)}^..${scan_target_short(after)}` };
    }
    // A root commit, or the parent is not fetched: as many commits back from `after` as were pushed.
    const count = Math.max(1, ids.length);
    return { kind: 'git', repo, logOpts: [`--max-count=${count}`, after], description: `the last ${count} pushed commit(s) up to ${scan_target_short(after)}` };
}
function readPayload(path) {
    if (path === undefined || path === '') {
        throw new errors_ConfigurationError('GITHUB_EVENT_PATH is not set, so the event payload cannot be read', { input: 'scan', hint: 'use scan: files or git' });
    }
    try {
        const parsed = JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8'));
        return typeof parsed === 'object' && parsed !== null ? parsed : {};
    }
    catch (error) {
        throw new errors_ConfigurationError(`cannot read the event payload: ${error.message}`, { input: 'scan', file: path });
    }
}
/** The top folder of the git repository holding `dir`, or undefined outside one. */
async function repositoryOf(dir, git) {
    try {
        const lines = [];
        for await (const line of git.lines(['rev-parse', '--show-toplevel'], dir))
            lines.push(line);
        return lines[0] === undefined || lines[0] === '' ? undefined : lines[0];
    }
    catch {
        return undefined;
    }
}
async function hasCommit(repo, rev, git) {
    try {
        for await (const line of git.lines(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], repo))
            void line;
        return true;
    }
    catch {
        return false;
    }
}
async function requireCommit(repo, commit, git) {
    if (!(await hasCommit(repo, commit, git))) {
        throw new errors_ConfigurationError(`commit ${scan_target_short(commit)} from the event payload is not in the clone`, { input: 'scan', hint: FETCH_HINT });
    }
}
function sha(value) {
    return typeof value === 'string' && /^[0-9a-f]{7,64}$/i.test(value) ? value : undefined;
}
function scan_target_short(commit) {
    return commit.slice(0, 7);
}

;// CONCATENATED MODULE: ./packages/secrets-audit/src/stats.ts
function formatMegabytes(bytes) {
    return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
function formatSeconds(ms) {
    return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;
}
/** What gitleaks does not report (ScanStats keeps 0 there), shown instead of a misleading 0. */
const NOT_REPORTED_BY_GITLEAKS = 'n/a (gitleaks)';
/**
 * "3 allowlist, 1 .gitleaksignore, 0 baseline, 2 gitleaks:allow". gitleaks applies its allowlists,
 * ignore file and inline comments without counting them; only the baseline is applied here.
 */
function describeSuppressed(stats, engine = 'builtin') {
    const s = stats.suppressed;
    if (engine === 'gitleaks')
        return `${s.baseline} baseline; allowlist, .gitleaksignore and gitleaks:allow ${NOT_REPORTED_BY_GITLEAKS}`;
    return `${s.allowlist} allowlist, ${s.ignoreFile} .gitleaksignore, ${s.baseline} baseline, ${s.inline} gitleaks:allow`;
}
function statsFacts(target, stats, configSource, engine = 'builtin') {
    const files = engine === 'gitleaks' ? NOT_REPORTED_BY_GITLEAKS : stats.filesScanned;
    return [
        ['Scanned', target.description],
        target.kind === 'files' ? ['Files', files] : ['Commits', stats.commitsScanned],
        ['Size', formatMegabytes(stats.bytesScanned)],
        ['Time', formatSeconds(stats.durationMs)],
        ['Rules', configSource],
        ['Suppressed', describeSuppressed(stats, engine)],
    ];
}
/** What the scan left out or cut, so a clean result is not mistaken for a complete one. */
function statsNotes(stats) {
    const k = stats.skipped;
    const skipped = [
        [k.binary, 'binary'],
        [k.tooLarge, 'over the size limit'],
        [k.unreadable, 'unreadable'],
        [k.symlinks, 'symbolic links'],
        [k.allowlistedPaths, 'allowlisted paths'],
    ].filter(([n]) => n > 0);
    const notes = [];
    if (skipped.length > 0)
        notes.push(`Files skipped: ${skipped.map(([n, what]) => `${n} ${what}`).join(', ')}.`);
    if (stats.truncatedWindows > 0) {
        notes.push(`${stats.truncatedWindows} over-long line(s) were scanned in bounded windows; a match spanning a cut may be missed.`);
    }
    return notes;
}

;// CONCATENATED MODULE: ./packages/secrets-audit/src/audit.ts
// One audit: load the configuration, choose what to scan, scan, then report everywhere at once
// (report files, SARIF, annotations, job summary, artifact, outputs). Nothing is written before
// the scan succeeded, so a configuration error leaves no half-made report behind.










const AUDIT_SARIF_CATEGORY = 'audit';
async function runAudit(ports, options, deps = {}) {
    const git = deps.git ?? cliGit;
    const engine = options.engine === 'gitleaks' ? gitleaksEngine(ports, options, deps.gitleaksPorts) : builtinEngine(ports, options, git, deps.onProgress);
    const target = await resolveScanTarget(options.scan, options.root, ports.env, git, (n) => ports.log[n.level](n.message));
    const { findings, stats, rules, configSource, warnings } = await engine.scan(target);
    // Belt and braces: should anything ever print a secret, the runner shows *** instead.
    for (const secret of new Set(findings.map((f) => f.Secret)))
        if (secret !== '')
            ports.mask(secret);
    for (const warning of warnings)
        ports.log.warning(warning);
    const base = target.kind === 'files' ? options.workspace : target.repo;
    const level = options.failOnFindings ? 'error' : 'warning';
    const reportFindings = findings.map((f) => toReportFinding(f, base, level));
    const verdict = findings.length === 0 ? 'pass' : options.failOnFindings ? 'fail' : 'warn';
    const redact = options.redactPercent;
    const reportText = toGitleaksReport(findings, { redact: redact >= 100 ? true : redact <= 0 ? false : redact });
    const sarifFindings = redact >= 100 ? reportFindings : findings.map((f) => toReportFinding(f, base, level, redact));
    const sarif = buildSarif(AUDIT_TOOL, rules, sarifFindings, { baseDir: options.workspace, category: AUDIT_SARIF_CATEGORY });
    const sarifText = `${JSON.stringify(sarif, null, 2)}\n`;
    // A report holding live secrets is readable by its owner only.
    const mode = redact >= 100 ? 0o644 : 0o600;
    if (options.reportPath !== undefined)
        src_writeFileAtomic(options.reportPath, reportText, { mode });
    if (options.sarifPath !== undefined)
        src_writeFileAtomic(options.sarifPath, sarifText, { mode });
    const notes = statsNotes(stats);
    if (options.annotations)
        notes.push(...annotate(ports, reportFindings, options.workspace, verdict === 'fail'));
    const written = [options.reportPath, options.sarifPath].filter((p) => p !== undefined);
    if (options.uploadArtifact && written.length > 0)
        notes.push(await upload(ports, options.artifactName, written));
    await ports.appendSummary(summarySection({
        title: 'Secrets audit',
        verdict,
        headline: findings.length === 0 ? 'no secrets found' : `${findings.length} secret${findings.length === 1 ? '' : 's'} found`,
        findings: reportFindings,
        facts: statsFacts(target, stats, configSource, options.engine),
        notes,
        links: linkBase(ports.env),
        baseDir: options.workspace,
        reportName: written.length > 0 ? written.map((p) => audit_displayPath(p, options.workspace)).join(' and ') : 'the log',
    }));
    ports.setOutput('findings', String(findings.length));
    ports.setOutput('report-path', options.reportPath ?? '');
    ports.setOutput('sarif-path', options.sarifPath ?? '');
    const { reportPath, sarifPath } = options;
    return { engine: options.engine, findings, reportFindings, stats, target, configSource, reportText, sarifText, reportPath, sarifPath, verdict };
}
/** Annotations at the exact spans; one error slot is kept for the step's own failure message. */
function annotate(ports, findings, workspace, failing) {
    const plan = planAnnotations(findings, { baseDir: workspace, ...(failing && { maxPerLevel: { error: 9 } }) });
    for (const a of plan.annotations)
        ports.log[a.level === 'note' ? 'notice' : a.level](a.message, a.properties);
    const note = omittedAnnotationsNote(plan);
    if (note === undefined)
        return [];
    ports.log.notice(note);
    return [note];
}
/** The reports are on disk and in the summary already: a failed upload warns, it does not fail the audit. */
async function upload(ports, name, files) {
    let result;
    try {
        result = await ports.uploadArtifact(name, files, commonFolder(files));
    }
    catch (error) {
        const message = `Artifact '${name}' could not be uploaded: ${toError(error).message}`;
        ports.log.warning(message);
        return message;
    }
    const message = result.uploaded
        ? `Uploaded the reports as artifact '${name}'${result.reason ? ` (${result.reason})` : ''}.`
        : `Artifact '${name}' not uploaded: ${result.reason ?? 'no reason given'}.`;
    if (result.uploaded)
        ports.log.info(message);
    else
        ports.log.notice(message);
    return message;
}
function commonFolder(files) {
    let folder = (0,external_node_path_.dirname)(files[0] ?? '.');
    while (!files.every((f) => f.startsWith(folder.endsWith(external_node_path_.sep) ? folder : folder + external_node_path_.sep)) && (0,external_node_path_.dirname)(folder) !== folder)
        folder = (0,external_node_path_.dirname)(folder);
    return folder;
}
function linkBase(env) {
    const { GITHUB_SERVER_URL: serverUrl, GITHUB_REPOSITORY: repository, GITHUB_SHA: ref } = env;
    return serverUrl && repository && ref ? { serverUrl, repository, ref } : undefined;
}
function audit_displayPath(path, workspace) {
    const rel = (0,external_node_path_.relative)(workspace, path);
    return rel === '' || rel.startsWith('..') ? path : rel;
}

;// CONCATENATED MODULE: ./packages/secrets-audit/src/baseline.ts
// `mcp-secrets audit --write-baseline`: today's findings become the detect-secrets baseline, keeping
// the audit verdicts (`is_secret`) of an existing one for the entries still found.



/** Writes the baseline and returns how many entries it holds. */
function writeBaseline(path, findings, display = path, now = new Date()) {
    const previous = existsSync(path) ? DetectSecretsBaseline.parse(readFileSync(path, 'utf8'), display).file : undefined;
    const baseline = toDetectSecretsBaseline(findings, previous, now);
    writeFileAtomic(path, `${JSON.stringify(baseline, null, 2)}\n`);
    return Object.values(baseline.results).reduce((n, entries) => n + entries.length, 0);
}

;// CONCATENATED MODULE: ./packages/secrets-audit/src/index.ts
// @mcp-secrets/secrets-audit: the audit shared by the action and the CLI.







;// CONCATENATED MODULE: ./actions/audit/src/inputs.ts


const inputNames = (/* unused pure expression or super */ null && (AUDIT_INPUT_NAMES));
/** The audit options from the runner's INPUT_* variables. */
function readInputs(env) {
    const source = runnerInputSource(env);
    return readAuditOptions(new Inputs(source, env), (name) => source.get(name), env);
}

;// CONCATENATED MODULE: ./actions/audit/src/main.ts


async function main(ports, deps = {}) {
    const options = readInputs(ports.env);
    const result = await runAudit(ports, options, deps);
    const count = result.findings.length;
    if (result.verdict === 'fail') {
        const report = result.reportPath === undefined ? 'the annotations' : audit_displayPath(result.reportPath, options.workspace);
        throw new Error(`${count} secret${count === 1 ? '' : 's'} found; see ${report} and the job summary`);
    }
}

;// CONCATENATED MODULE: ./actions/audit/src/index.ts



void runAction('audit', (ports) => main(ports), { uploadArtifact: (name, files, rootDir) => uploadArtifact(name, files, rootDir) });

module.exports = __webpack_exports__;
/******/ })()
;