/******/ (() => { // webpackBootstrap
/******/ 	var __webpack_modules__ = ({

/***/ 6110:
/***/ ((module, exports, __nccwpck_require__) => {

/* eslint-env browser */

/**
 * This is the web browser implementation of `debug()`.
 */

exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.storage = localstorage();
exports.destroy = (() => {
	let warned = false;

	return () => {
		if (!warned) {
			warned = true;
			console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
		}
	};
})();

/**
 * Colors.
 */

exports.colors = [
	'#0000CC',
	'#0000FF',
	'#0033CC',
	'#0033FF',
	'#0066CC',
	'#0066FF',
	'#0099CC',
	'#0099FF',
	'#00CC00',
	'#00CC33',
	'#00CC66',
	'#00CC99',
	'#00CCCC',
	'#00CCFF',
	'#3300CC',
	'#3300FF',
	'#3333CC',
	'#3333FF',
	'#3366CC',
	'#3366FF',
	'#3399CC',
	'#3399FF',
	'#33CC00',
	'#33CC33',
	'#33CC66',
	'#33CC99',
	'#33CCCC',
	'#33CCFF',
	'#6600CC',
	'#6600FF',
	'#6633CC',
	'#6633FF',
	'#66CC00',
	'#66CC33',
	'#9900CC',
	'#9900FF',
	'#9933CC',
	'#9933FF',
	'#99CC00',
	'#99CC33',
	'#CC0000',
	'#CC0033',
	'#CC0066',
	'#CC0099',
	'#CC00CC',
	'#CC00FF',
	'#CC3300',
	'#CC3333',
	'#CC3366',
	'#CC3399',
	'#CC33CC',
	'#CC33FF',
	'#CC6600',
	'#CC6633',
	'#CC9900',
	'#CC9933',
	'#CCCC00',
	'#CCCC33',
	'#FF0000',
	'#FF0033',
	'#FF0066',
	'#FF0099',
	'#FF00CC',
	'#FF00FF',
	'#FF3300',
	'#FF3333',
	'#FF3366',
	'#FF3399',
	'#FF33CC',
	'#FF33FF',
	'#FF6600',
	'#FF6633',
	'#FF9900',
	'#FF9933',
	'#FFCC00',
	'#FFCC33'
];

/**
 * Currently only WebKit-based Web Inspectors, Firefox >= v31,
 * and the Firebug extension (any Firefox version) are known
 * to support "%c" CSS customizations.
 *
 * TODO: add a `localStorage` variable to explicitly enable/disable colors
 */

// eslint-disable-next-line complexity
function useColors() {
	// NB: In an Electron preload script, document will be defined but not fully
	// initialized. Since we know we're in Chrome, we'll just detect this case
	// explicitly
	if (typeof window !== 'undefined' && window.process && (window.process.type === 'renderer' || window.process.__nwjs)) {
		return true;
	}

	// Internet Explorer and Edge do not support colors.
	if (typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/(edge|trident)\/(\d+)/)) {
		return false;
	}

	let m;

	// Is webkit? http://stackoverflow.com/a/16459606/376773
	// document is undefined in react-native: https://github.com/facebook/react-native/pull/1632
	// eslint-disable-next-line no-return-assign
	return (typeof document !== 'undefined' && document.documentElement && document.documentElement.style && document.documentElement.style.WebkitAppearance) ||
		// Is firebug? http://stackoverflow.com/a/398120/376773
		(typeof window !== 'undefined' && window.console && (window.console.firebug || (window.console.exception && window.console.table))) ||
		// Is firefox >= v31?
		// https://developer.mozilla.org/en-US/docs/Tools/Web_Console#Styling_messages
		(typeof navigator !== 'undefined' && navigator.userAgent && (m = navigator.userAgent.toLowerCase().match(/firefox\/(\d+)/)) && parseInt(m[1], 10) >= 31) ||
		// Double check webkit in userAgent just in case we are in a worker
		(typeof navigator !== 'undefined' && navigator.userAgent && navigator.userAgent.toLowerCase().match(/applewebkit\/(\d+)/));
}

/**
 * Colorize log arguments if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	args[0] = (this.useColors ? '%c' : '') +
		this.namespace +
		(this.useColors ? ' %c' : ' ') +
		args[0] +
		(this.useColors ? '%c ' : ' ') +
		'+' + module.exports.humanize(this.diff);

	if (!this.useColors) {
		return;
	}

	const c = 'color: ' + this.color;
	args.splice(1, 0, c, 'color: inherit');

	// The final "%c" is somewhat tricky, because there could be other
	// arguments passed either before or after the %c, so we need to
	// figure out the correct index to insert the CSS into
	let index = 0;
	let lastC = 0;
	args[0].replace(/%[a-zA-Z%]/g, match => {
		if (match === '%%') {
			return;
		}
		index++;
		if (match === '%c') {
			// We only are interested in the *last* %c
			// (the user may have provided their own)
			lastC = index;
		}
	});

	args.splice(lastC, 0, c);
}

/**
 * Invokes `console.debug()` when available.
 * No-op when `console.debug` is not a "function".
 * If `console.debug` is not available, falls back
 * to `console.log`.
 *
 * @api public
 */
exports.log = console.debug || console.log || (() => {});

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	try {
		if (namespaces) {
			exports.storage.setItem('debug', namespaces);
		} else {
			exports.storage.removeItem('debug');
		}
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */
function load() {
	let r;
	try {
		r = exports.storage.getItem('debug') || exports.storage.getItem('DEBUG') ;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}

	// If debug isn't set in LS, and we're in Electron, try to load $DEBUG
	if (!r && typeof process !== 'undefined' && 'env' in process) {
		r = process.env.DEBUG;
	}

	return r;
}

/**
 * Localstorage attempts to return the localstorage.
 *
 * This is necessary because safari throws
 * when a user disables cookies/localstorage
 * and you attempt to access it.
 *
 * @return {LocalStorage}
 * @api private
 */

function localstorage() {
	try {
		// TVMLKit (Apple TV JS Runtime) does not have a window object, just localStorage in the global context
		// The Browser also has localStorage in the global context.
		return localStorage;
	} catch (error) {
		// Swallow
		// XXX (@Qix-) should we be logging these?
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %j to `JSON.stringify()`, since no Web Inspectors do that by default.
 */

formatters.j = function (v) {
	try {
		return JSON.stringify(v);
	} catch (error) {
		return '[UnexpectedJSONParseError]: ' + error.message;
	}
};


/***/ }),

/***/ 897:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {


/**
 * This is the common logic for both the Node.js and web browser
 * implementations of `debug()`.
 */

function setup(env) {
	createDebug.debug = createDebug;
	createDebug.default = createDebug;
	createDebug.coerce = coerce;
	createDebug.disable = disable;
	createDebug.enable = enable;
	createDebug.enabled = enabled;
	createDebug.humanize = __nccwpck_require__(744);
	createDebug.destroy = destroy;

	Object.keys(env).forEach(key => {
		createDebug[key] = env[key];
	});

	/**
	* The currently active debug mode names, and names to skip.
	*/

	createDebug.names = [];
	createDebug.skips = [];

	/**
	* Map of special "%n" handling functions, for the debug "format" argument.
	*
	* Valid key names are a single, lower or upper-case letter, i.e. "n" and "N".
	*/
	createDebug.formatters = {};

	/**
	* Selects a color for a debug namespace
	* @param {String} namespace The namespace string for the debug instance to be colored
	* @return {Number|String} An ANSI color code for the given namespace
	* @api private
	*/
	function selectColor(namespace) {
		let hash = 0;

		for (let i = 0; i < namespace.length; i++) {
			hash = ((hash << 5) - hash) + namespace.charCodeAt(i);
			hash |= 0; // Convert to 32bit integer
		}

		return createDebug.colors[Math.abs(hash) % createDebug.colors.length];
	}
	createDebug.selectColor = selectColor;

	/**
	* Create a debugger with the given `namespace`.
	*
	* @param {String} namespace
	* @return {Function}
	* @api public
	*/
	function createDebug(namespace) {
		let prevTime;
		let enableOverride = null;
		let namespacesCache;
		let enabledCache;

		function debug(...args) {
			// Disabled?
			if (!debug.enabled) {
				return;
			}

			const self = debug;

			// Set `diff` timestamp
			const curr = Number(new Date());
			const ms = curr - (prevTime || curr);
			self.diff = ms;
			self.prev = prevTime;
			self.curr = curr;
			prevTime = curr;

			args[0] = createDebug.coerce(args[0]);

			if (typeof args[0] !== 'string') {
				// Anything else let's inspect with %O
				args.unshift('%O');
			}

			// Apply any `formatters` transformations
			let index = 0;
			args[0] = args[0].replace(/%([a-zA-Z%])/g, (match, format) => {
				// If we encounter an escaped % then don't increase the array index
				if (match === '%%') {
					return '%';
				}
				index++;
				const formatter = createDebug.formatters[format];
				if (typeof formatter === 'function') {
					const val = args[index];
					match = formatter.call(self, val);

					// Now we need to remove `args[index]` since it's inlined in the `format`
					args.splice(index, 1);
					index--;
				}
				return match;
			});

			// Apply env-specific formatting (colors, etc.)
			createDebug.formatArgs.call(self, args);

			const logFn = self.log || createDebug.log;
			logFn.apply(self, args);
		}

		debug.namespace = namespace;
		debug.useColors = createDebug.useColors();
		debug.color = createDebug.selectColor(namespace);
		debug.extend = extend;
		debug.destroy = createDebug.destroy; // XXX Temporary. Will be removed in the next major release.

		Object.defineProperty(debug, 'enabled', {
			enumerable: true,
			configurable: false,
			get: () => {
				if (enableOverride !== null) {
					return enableOverride;
				}
				if (namespacesCache !== createDebug.namespaces) {
					namespacesCache = createDebug.namespaces;
					enabledCache = createDebug.enabled(namespace);
				}

				return enabledCache;
			},
			set: v => {
				enableOverride = v;
			}
		});

		// Env-specific initialization logic for debug instances
		if (typeof createDebug.init === 'function') {
			createDebug.init(debug);
		}

		return debug;
	}

	function extend(namespace, delimiter) {
		const newDebug = createDebug(this.namespace + (typeof delimiter === 'undefined' ? ':' : delimiter) + namespace);
		newDebug.log = this.log;
		return newDebug;
	}

	/**
	* Enables a debug mode by namespaces. This can include modes
	* separated by a colon and wildcards.
	*
	* @param {String} namespaces
	* @api public
	*/
	function enable(namespaces) {
		createDebug.save(namespaces);
		createDebug.namespaces = namespaces;

		createDebug.names = [];
		createDebug.skips = [];

		const split = (typeof namespaces === 'string' ? namespaces : '')
			.trim()
			.replace(/\s+/g, ',')
			.split(',')
			.filter(Boolean);

		for (const ns of split) {
			if (ns[0] === '-') {
				createDebug.skips.push(ns.slice(1));
			} else {
				createDebug.names.push(ns);
			}
		}
	}

	/**
	 * Checks if the given string matches a namespace template, honoring
	 * asterisks as wildcards.
	 *
	 * @param {String} search
	 * @param {String} template
	 * @return {Boolean}
	 */
	function matchesTemplate(search, template) {
		let searchIndex = 0;
		let templateIndex = 0;
		let starIndex = -1;
		let matchIndex = 0;

		while (searchIndex < search.length) {
			if (templateIndex < template.length && (template[templateIndex] === search[searchIndex] || template[templateIndex] === '*')) {
				// Match character or proceed with wildcard
				if (template[templateIndex] === '*') {
					starIndex = templateIndex;
					matchIndex = searchIndex;
					templateIndex++; // Skip the '*'
				} else {
					searchIndex++;
					templateIndex++;
				}
			} else if (starIndex !== -1) { // eslint-disable-line no-negated-condition
				// Backtrack to the last '*' and try to match more characters
				templateIndex = starIndex + 1;
				matchIndex++;
				searchIndex = matchIndex;
			} else {
				return false; // No match
			}
		}

		// Handle trailing '*' in template
		while (templateIndex < template.length && template[templateIndex] === '*') {
			templateIndex++;
		}

		return templateIndex === template.length;
	}

	/**
	* Disable debug output.
	*
	* @return {String} namespaces
	* @api public
	*/
	function disable() {
		const namespaces = [
			...createDebug.names,
			...createDebug.skips.map(namespace => '-' + namespace)
		].join(',');
		createDebug.enable('');
		return namespaces;
	}

	/**
	* Returns true if the given mode name is enabled, false otherwise.
	*
	* @param {String} name
	* @return {Boolean}
	* @api public
	*/
	function enabled(name) {
		for (const skip of createDebug.skips) {
			if (matchesTemplate(name, skip)) {
				return false;
			}
		}

		for (const ns of createDebug.names) {
			if (matchesTemplate(name, ns)) {
				return true;
			}
		}

		return false;
	}

	/**
	* Coerce `val`.
	*
	* @param {Mixed} val
	* @return {Mixed}
	* @api private
	*/
	function coerce(val) {
		if (val instanceof Error) {
			return val.stack || val.message;
		}
		return val;
	}

	/**
	* XXX DO NOT USE. This is a temporary stub function.
	* XXX It WILL be removed in the next major release.
	*/
	function destroy() {
		console.warn('Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.');
	}

	createDebug.enable(createDebug.load());

	return createDebug;
}

module.exports = setup;


/***/ }),

/***/ 2830:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

/**
 * Detect Electron renderer / nwjs process, which is node, but we should
 * treat as a browser.
 */

if (typeof process === 'undefined' || process.type === 'renderer' || process.browser === true || process.__nwjs) {
	module.exports = __nccwpck_require__(6110);
} else {
	module.exports = __nccwpck_require__(5108);
}


/***/ }),

/***/ 5108:
/***/ ((module, exports, __nccwpck_require__) => {

/**
 * Module dependencies.
 */

const tty = __nccwpck_require__(2018);
const util = __nccwpck_require__(9023);

/**
 * This is the Node.js implementation of `debug()`.
 */

exports.init = init;
exports.log = log;
exports.formatArgs = formatArgs;
exports.save = save;
exports.load = load;
exports.useColors = useColors;
exports.destroy = util.deprecate(
	() => {},
	'Instance method `debug.destroy()` is deprecated and no longer does anything. It will be removed in the next major version of `debug`.'
);

/**
 * Colors.
 */

exports.colors = [6, 2, 3, 4, 5, 1];

try {
	// Optional dependency (as in, doesn't need to be installed, NOT like optionalDependencies in package.json)
	// eslint-disable-next-line import/no-extraneous-dependencies
	const supportsColor = __nccwpck_require__(1450);

	if (supportsColor && (supportsColor.stderr || supportsColor).level >= 2) {
		exports.colors = [
			20,
			21,
			26,
			27,
			32,
			33,
			38,
			39,
			40,
			41,
			42,
			43,
			44,
			45,
			56,
			57,
			62,
			63,
			68,
			69,
			74,
			75,
			76,
			77,
			78,
			79,
			80,
			81,
			92,
			93,
			98,
			99,
			112,
			113,
			128,
			129,
			134,
			135,
			148,
			149,
			160,
			161,
			162,
			163,
			164,
			165,
			166,
			167,
			168,
			169,
			170,
			171,
			172,
			173,
			178,
			179,
			184,
			185,
			196,
			197,
			198,
			199,
			200,
			201,
			202,
			203,
			204,
			205,
			206,
			207,
			208,
			209,
			214,
			215,
			220,
			221
		];
	}
} catch (error) {
	// Swallow - we only care if `supports-color` is available; it doesn't have to be.
}

/**
 * Build up the default `inspectOpts` object from the environment variables.
 *
 *   $ DEBUG_COLORS=no DEBUG_DEPTH=10 DEBUG_SHOW_HIDDEN=enabled node script.js
 */

exports.inspectOpts = Object.keys(process.env).filter(key => {
	return /^debug_/i.test(key);
}).reduce((obj, key) => {
	// Camel-case
	const prop = key
		.substring(6)
		.toLowerCase()
		.replace(/_([a-z])/g, (_, k) => {
			return k.toUpperCase();
		});

	// Coerce string value into JS value
	let val = process.env[key];
	if (/^(yes|on|true|enabled)$/i.test(val)) {
		val = true;
	} else if (/^(no|off|false|disabled)$/i.test(val)) {
		val = false;
	} else if (val === 'null') {
		val = null;
	} else {
		val = Number(val);
	}

	obj[prop] = val;
	return obj;
}, {});

/**
 * Is stdout a TTY? Colored output is enabled when `true`.
 */

function useColors() {
	return 'colors' in exports.inspectOpts ?
		Boolean(exports.inspectOpts.colors) :
		tty.isatty(process.stderr.fd);
}

/**
 * Adds ANSI color escape codes if enabled.
 *
 * @api public
 */

function formatArgs(args) {
	const {namespace: name, useColors} = this;

	if (useColors) {
		const c = this.color;
		const colorCode = '\u001B[3' + (c < 8 ? c : '8;5;' + c);
		const prefix = `  ${colorCode};1m${name} \u001B[0m`;

		args[0] = prefix + args[0].split('\n').join('\n' + prefix);
		args.push(colorCode + 'm+' + module.exports.humanize(this.diff) + '\u001B[0m');
	} else {
		args[0] = getDate() + name + ' ' + args[0];
	}
}

function getDate() {
	if (exports.inspectOpts.hideDate) {
		return '';
	}
	return new Date().toISOString() + ' ';
}

/**
 * Invokes `util.formatWithOptions()` with the specified arguments and writes to stderr.
 */

function log(...args) {
	return process.stderr.write(util.formatWithOptions(exports.inspectOpts, ...args) + '\n');
}

/**
 * Save `namespaces`.
 *
 * @param {String} namespaces
 * @api private
 */
function save(namespaces) {
	if (namespaces) {
		process.env.DEBUG = namespaces;
	} else {
		// If you set a process.env field to null or undefined, it gets cast to the
		// string 'null' or 'undefined'. Just delete instead.
		delete process.env.DEBUG;
	}
}

/**
 * Load `namespaces`.
 *
 * @return {String} returns the previously persisted debug modes
 * @api private
 */

function load() {
	return process.env.DEBUG;
}

/**
 * Init logic for `debug` instances.
 *
 * Create a new `inspectOpts` object in case `useColors` is set
 * differently for a particular `debug` instance.
 */

function init(debug) {
	debug.inspectOpts = {};

	const keys = Object.keys(exports.inspectOpts);
	for (let i = 0; i < keys.length; i++) {
		debug.inspectOpts[keys[i]] = exports.inspectOpts[keys[i]];
	}
}

module.exports = __nccwpck_require__(897)(exports);

const {formatters} = module.exports;

/**
 * Map %o to `util.inspect()`, all on a single line.
 */

formatters.o = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts)
		.split('\n')
		.map(str => str.trim())
		.join(' ');
};

/**
 * Map %O to `util.inspect()`, allowing multiple lines if needed.
 */

formatters.O = function (v) {
	this.inspectOpts.colors = this.useColors;
	return util.inspect(v, this.inspectOpts);
};


/***/ }),

/***/ 3813:
/***/ ((module) => {

"use strict";


module.exports = (flag, argv = process.argv) => {
	const prefix = flag.startsWith('-') ? '' : (flag.length === 1 ? '-' : '--');
	const position = argv.indexOf(prefix + flag);
	const terminatorPosition = argv.indexOf('--');
	return position !== -1 && (terminatorPosition === -1 || position < terminatorPosition);
};


/***/ }),

/***/ 744:
/***/ ((module) => {

/**
 * Helpers.
 */

var s = 1000;
var m = s * 60;
var h = m * 60;
var d = h * 24;
var w = d * 7;
var y = d * 365.25;

/**
 * Parse or format the given `val`.
 *
 * Options:
 *
 *  - `long` verbose formatting [false]
 *
 * @param {String|Number} val
 * @param {Object} [options]
 * @throws {Error} throw an error if val is not a non-empty string or a number
 * @return {String|Number}
 * @api public
 */

module.exports = function (val, options) {
  options = options || {};
  var type = typeof val;
  if (type === 'string' && val.length > 0) {
    return parse(val);
  } else if (type === 'number' && isFinite(val)) {
    return options.long ? fmtLong(val) : fmtShort(val);
  }
  throw new Error(
    'val is not a non-empty string or a valid number. val=' +
      JSON.stringify(val)
  );
};

/**
 * Parse the given `str` and return milliseconds.
 *
 * @param {String} str
 * @return {Number}
 * @api private
 */

function parse(str) {
  str = String(str);
  if (str.length > 100) {
    return;
  }
  var match = /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i.exec(
    str
  );
  if (!match) {
    return;
  }
  var n = parseFloat(match[1]);
  var type = (match[2] || 'ms').toLowerCase();
  switch (type) {
    case 'years':
    case 'year':
    case 'yrs':
    case 'yr':
    case 'y':
      return n * y;
    case 'weeks':
    case 'week':
    case 'w':
      return n * w;
    case 'days':
    case 'day':
    case 'd':
      return n * d;
    case 'hours':
    case 'hour':
    case 'hrs':
    case 'hr':
    case 'h':
      return n * h;
    case 'minutes':
    case 'minute':
    case 'mins':
    case 'min':
    case 'm':
      return n * m;
    case 'seconds':
    case 'second':
    case 'secs':
    case 'sec':
    case 's':
      return n * s;
    case 'milliseconds':
    case 'millisecond':
    case 'msecs':
    case 'msec':
    case 'ms':
      return n;
    default:
      return undefined;
  }
}

/**
 * Short format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtShort(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return Math.round(ms / d) + 'd';
  }
  if (msAbs >= h) {
    return Math.round(ms / h) + 'h';
  }
  if (msAbs >= m) {
    return Math.round(ms / m) + 'm';
  }
  if (msAbs >= s) {
    return Math.round(ms / s) + 's';
  }
  return ms + 'ms';
}

/**
 * Long format for `ms`.
 *
 * @param {Number} ms
 * @return {String}
 * @api private
 */

function fmtLong(ms) {
  var msAbs = Math.abs(ms);
  if (msAbs >= d) {
    return plural(ms, msAbs, d, 'day');
  }
  if (msAbs >= h) {
    return plural(ms, msAbs, h, 'hour');
  }
  if (msAbs >= m) {
    return plural(ms, msAbs, m, 'minute');
  }
  if (msAbs >= s) {
    return plural(ms, msAbs, s, 'second');
  }
  return ms + ' ms';
}

/**
 * Pluralization helper.
 */

function plural(ms, msAbs, n, name) {
  var isPlural = msAbs >= n * 1.5;
  return Math.round(ms / n) + ' ' + name + (isPlural ? 's' : '');
}


/***/ }),

/***/ 1450:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

"use strict";

const os = __nccwpck_require__(857);
const tty = __nccwpck_require__(2018);
const hasFlag = __nccwpck_require__(3813);

const {env} = process;

let forceColor;
if (hasFlag('no-color') ||
	hasFlag('no-colors') ||
	hasFlag('color=false') ||
	hasFlag('color=never')) {
	forceColor = 0;
} else if (hasFlag('color') ||
	hasFlag('colors') ||
	hasFlag('color=true') ||
	hasFlag('color=always')) {
	forceColor = 1;
}

if ('FORCE_COLOR' in env) {
	if (env.FORCE_COLOR === 'true') {
		forceColor = 1;
	} else if (env.FORCE_COLOR === 'false') {
		forceColor = 0;
	} else {
		forceColor = env.FORCE_COLOR.length === 0 ? 1 : Math.min(parseInt(env.FORCE_COLOR, 10), 3);
	}
}

function translateLevel(level) {
	if (level === 0) {
		return false;
	}

	return {
		level,
		hasBasic: true,
		has256: level >= 2,
		has16m: level >= 3
	};
}

function supportsColor(haveStream, streamIsTTY) {
	if (forceColor === 0) {
		return 0;
	}

	if (hasFlag('color=16m') ||
		hasFlag('color=full') ||
		hasFlag('color=truecolor')) {
		return 3;
	}

	if (hasFlag('color=256')) {
		return 2;
	}

	if (haveStream && !streamIsTTY && forceColor === undefined) {
		return 0;
	}

	const min = forceColor || 0;

	if (env.TERM === 'dumb') {
		return min;
	}

	if (process.platform === 'win32') {
		// Windows 10 build 10586 is the first Windows release that supports 256 colors.
		// Windows 10 build 14931 is the first release that supports 16m/TrueColor.
		const osRelease = os.release().split('.');
		if (
			Number(osRelease[0]) >= 10 &&
			Number(osRelease[2]) >= 10586
		) {
			return Number(osRelease[2]) >= 14931 ? 3 : 2;
		}

		return 1;
	}

	if ('CI' in env) {
		if (['TRAVIS', 'CIRCLECI', 'APPVEYOR', 'GITLAB_CI', 'GITHUB_ACTIONS', 'BUILDKITE'].some(sign => sign in env) || env.CI_NAME === 'codeship') {
			return 1;
		}

		return min;
	}

	if ('TEAMCITY_VERSION' in env) {
		return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 1 : 0;
	}

	if (env.COLORTERM === 'truecolor') {
		return 3;
	}

	if ('TERM_PROGRAM' in env) {
		const version = parseInt((env.TERM_PROGRAM_VERSION || '').split('.')[0], 10);

		switch (env.TERM_PROGRAM) {
			case 'iTerm.app':
				return version >= 3 ? 3 : 2;
			case 'Apple_Terminal':
				return 2;
			// No default
		}
	}

	if (/-256(color)?$/i.test(env.TERM)) {
		return 2;
	}

	if (/^screen|^xterm|^vt100|^vt220|^rxvt|color|ansi|cygwin|linux/i.test(env.TERM)) {
		return 1;
	}

	if ('COLORTERM' in env) {
		return 1;
	}

	return min;
}

function getSupportLevel(stream) {
	const level = supportsColor(stream, stream && stream.isTTY);
	return translateLevel(level);
}

module.exports = {
	supportsColor: getSupportLevel,
	stdout: translateLevel(supportsColor(true, tty.isatty(1))),
	stderr: translateLevel(supportsColor(true, tty.isatty(2)))
};


/***/ }),

/***/ 181:
/***/ ((module) => {

"use strict";
module.exports = require("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

"use strict";
module.exports = require("node:crypto");

/***/ }),

/***/ 857:
/***/ ((module) => {

"use strict";
module.exports = require("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

"use strict";
module.exports = require("process");

/***/ }),

/***/ 2018:
/***/ ((module) => {

"use strict";
module.exports = require("tty");

/***/ }),

/***/ 9023:
/***/ ((module) => {

"use strict";
module.exports = require("util");

/***/ }),

/***/ 7299:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

"use strict";

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  HttpsProxyAgent: () => (/* binding */ HttpsProxyAgent)
});

;// CONCATENATED MODULE: external "net"
const external_net_namespaceObject = require("net");
;// CONCATENATED MODULE: external "tls"
const external_tls_namespaceObject = require("tls");
;// CONCATENATED MODULE: external "assert"
const external_assert_namespaceObject = require("assert");
// EXTERNAL MODULE: ./node_modules/debug/src/index.js
var src = __nccwpck_require__(2830);
;// CONCATENATED MODULE: external "http"
const external_http_namespaceObject = require("http");
;// CONCATENATED MODULE: external "https"
const external_https_namespaceObject = require("https");
;// CONCATENATED MODULE: ./node_modules/https-proxy-agent/node_modules/agent-base/dist/helpers.js


async function toBuffer(stream) {
    let length = 0;
    const chunks = [];
    for await (const chunk of stream) {
        length += chunk.length;
        chunks.push(chunk);
    }
    return Buffer.concat(chunks, length);
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function json(stream) {
    const buf = await toBuffer(stream);
    const str = buf.toString('utf8');
    try {
        return JSON.parse(str);
    }
    catch (_err) {
        const err = _err;
        err.message += ` (input: ${str})`;
        throw err;
    }
}
function req(url, opts = {}) {
    const href = typeof url === 'string' ? url : url.href;
    const req = (href.startsWith('https:') ? https : http).request(url, opts);
    const promise = new Promise((resolve, reject) => {
        req
            .once('response', resolve)
            .once('error', reject)
            .end();
    });
    req.then = promise.then.bind(promise);
    return req;
}
//# sourceMappingURL=helpers.js.map
;// CONCATENATED MODULE: ./node_modules/https-proxy-agent/node_modules/agent-base/dist/index.js




const INTERNAL = Symbol('AgentBaseInternalState');
class Agent extends external_http_namespaceObject.Agent {
    constructor(opts) {
        super(opts);
        this[INTERNAL] = {};
    }
    /**
     * Determine whether this is an `http` or `https` request.
     */
    isSecureEndpoint(options) {
        if (options) {
            // First check the `secureEndpoint` property explicitly, since this
            // means that a parent `Agent` is "passing through" to this instance.
            // eslint-disable-next-line @typescript-eslint/no-explicit-any
            if (typeof options.secureEndpoint === 'boolean') {
                return options.secureEndpoint;
            }
            // If no explicit `secure` endpoint, check if `protocol` property is
            // set. This will usually be the case since using a full string URL
            // or `URL` instance should be the most common usage.
            if (typeof options.protocol === 'string') {
                return options.protocol === 'https:';
            }
        }
        // Finally, if no `protocol` property was set, then fall back to
        // checking the stack trace of the current call stack, and try to
        // detect the "https" module.
        const { stack } = new Error();
        if (typeof stack !== 'string')
            return false;
        return stack
            .split('\n')
            .some((l) => l.indexOf('(https.js:') !== -1 ||
            l.indexOf('node:https:') !== -1);
    }
    // In order to support async signatures in `connect()` and Node's native
    // connection pooling in `http.Agent`, the array of sockets for each origin
    // has to be updated synchronously. This is so the length of the array is
    // accurate when `addRequest()` is next called. We achieve this by creating a
    // fake socket and adding it to `sockets[origin]` and incrementing
    // `totalSocketCount`.
    incrementSockets(name) {
        // If `maxSockets` and `maxTotalSockets` are both Infinity then there is no
        // need to create a fake socket because Node.js native connection pooling
        // will never be invoked.
        if (this.maxSockets === Infinity && this.maxTotalSockets === Infinity) {
            return null;
        }
        // All instances of `sockets` are expected TypeScript errors. The
        // alternative is to add it as a private property of this class but that
        // will break TypeScript subclassing.
        if (!this.sockets[name]) {
            // @ts-expect-error `sockets` is readonly in `@types/node`
            this.sockets[name] = [];
        }
        const fakeSocket = new external_net_namespaceObject.Socket({ writable: false });
        this.sockets[name].push(fakeSocket);
        // @ts-expect-error `totalSocketCount` isn't defined in `@types/node`
        this.totalSocketCount++;
        return fakeSocket;
    }
    decrementSockets(name, socket) {
        if (!this.sockets[name] || socket === null) {
            return;
        }
        const sockets = this.sockets[name];
        const index = sockets.indexOf(socket);
        if (index !== -1) {
            sockets.splice(index, 1);
            // @ts-expect-error  `totalSocketCount` isn't defined in `@types/node`
            this.totalSocketCount--;
            if (sockets.length === 0) {
                // @ts-expect-error `sockets` is readonly in `@types/node`
                delete this.sockets[name];
            }
        }
    }
    // In order to properly update the socket pool, we need to call `getName()` on
    // the core `https.Agent` if it is a secureEndpoint.
    getName(options) {
        const secureEndpoint = this.isSecureEndpoint(options);
        if (secureEndpoint) {
            return external_https_namespaceObject.Agent.prototype.getName.call(this, options);
        }
        return super.getName(options);
    }
    createSocket(req, options, cb) {
        const connectOpts = {
            ...options,
            secureEndpoint: this.isSecureEndpoint(options),
        };
        const name = this.getName(connectOpts);
        const fakeSocket = this.incrementSockets(name);
        Promise.resolve()
            .then(() => this.connect(req, connectOpts))
            .then((socket) => {
            this.decrementSockets(name, fakeSocket);
            if (typeof socket
                .addRequest === 'function') {
                try {
                    return socket.addRequest(req, connectOpts);
                }
                catch (err) {
                    return cb(err);
                }
            }
            this[INTERNAL].currentSocket = socket;
            // @ts-expect-error `createSocket()` isn't defined in `@types/node`
            super.createSocket(req, options, cb);
        }, (err) => {
            this.decrementSockets(name, fakeSocket);
            cb(err);
        });
    }
    createConnection() {
        const socket = this[INTERNAL].currentSocket;
        this[INTERNAL].currentSocket = undefined;
        if (!socket) {
            throw new Error('No socket was returned in the `connect()` function');
        }
        return socket;
    }
    get defaultPort() {
        return (this[INTERNAL].defaultPort ??
            (this.protocol === 'https:' ? 443 : 80));
    }
    set defaultPort(v) {
        if (this[INTERNAL]) {
            this[INTERNAL].defaultPort = v;
        }
    }
    get protocol() {
        return (this[INTERNAL].protocol ??
            (this.isSecureEndpoint() ? 'https:' : 'http:'));
    }
    set protocol(v) {
        if (this[INTERNAL]) {
            this[INTERNAL].protocol = v;
        }
    }
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: external "url"
const external_url_namespaceObject = require("url");
;// CONCATENATED MODULE: ./node_modules/https-proxy-agent/dist/parse-proxy-response.js

const debug = src('https-proxy-agent:parse-proxy-response');
function parseProxyResponse(socket) {
    return new Promise((resolve, reject) => {
        // we need to buffer any HTTP traffic that happens with the proxy before we get
        // the CONNECT response, so that if the response is anything other than an "200"
        // response code, then we can re-play the "data" events on the socket once the
        // HTTP parser is hooked up...
        let buffersLength = 0;
        const buffers = [];
        function read() {
            const b = socket.read();
            if (b)
                ondata(b);
            else
                socket.once('readable', read);
        }
        function cleanup() {
            socket.removeListener('end', onend);
            socket.removeListener('error', onerror);
            socket.removeListener('readable', read);
        }
        function onend() {
            cleanup();
            debug('onend');
            reject(new Error('Proxy connection ended before receiving CONNECT response'));
        }
        function onerror(err) {
            cleanup();
            debug('onerror %o', err);
            reject(err);
        }
        function ondata(b) {
            buffers.push(b);
            buffersLength += b.length;
            const buffered = Buffer.concat(buffers, buffersLength);
            const endOfHeaders = buffered.indexOf('\r\n\r\n');
            if (endOfHeaders === -1) {
                // keep buffering
                debug('have not received end of HTTP headers yet...');
                read();
                return;
            }
            const headerParts = buffered
                .slice(0, endOfHeaders)
                .toString('ascii')
                .split('\r\n');
            const firstLine = headerParts.shift();
            if (!firstLine) {
                socket.destroy();
                return reject(new Error('No header received from proxy CONNECT response'));
            }
            const firstLineParts = firstLine.split(' ');
            const statusCode = +firstLineParts[1];
            const statusText = firstLineParts.slice(2).join(' ');
            const headers = {};
            for (const header of headerParts) {
                if (!header)
                    continue;
                const firstColon = header.indexOf(':');
                if (firstColon === -1) {
                    socket.destroy();
                    return reject(new Error(`Invalid header from proxy CONNECT response: "${header}"`));
                }
                const key = header.slice(0, firstColon).toLowerCase();
                const value = header.slice(firstColon + 1).trimStart();
                const current = headers[key];
                if (typeof current === 'string') {
                    headers[key] = [current, value];
                }
                else if (Array.isArray(current)) {
                    current.push(value);
                }
                else {
                    headers[key] = value;
                }
            }
            debug('got proxy server response: %o %o', firstLine, headers);
            cleanup();
            resolve({
                connect: {
                    statusCode,
                    statusText,
                    headers,
                },
                buffered,
            });
        }
        socket.on('error', onerror);
        socket.on('end', onend);
        read();
    });
}
//# sourceMappingURL=parse-proxy-response.js.map
;// CONCATENATED MODULE: ./node_modules/proxy-agent-negotiate/dist/index.js
function createNegotiateAuth() {
    return async ({ response, scheme }) => {
        if (scheme.toLowerCase() !== 'negotiate') {
            throw new Error(`Expected Negotiate scheme but got "${scheme}"`);
        }
        let kerberos;
        try {
            kerberos = await __nccwpck_require__.e(/* import() */ 50).then(__nccwpck_require__.t.bind(__nccwpck_require__, 8050, 19));
        }
        catch {
            throw new Error('The "kerberos" package is required for Negotiate proxy authentication. ' +
                'Install it with: npm install kerberos');
        }
        const proxyAuthenticate = response.headers['proxy-authenticate'] || '';
        const challengeHeader = Array.isArray(proxyAuthenticate)
            ? proxyAuthenticate[0]
            : proxyAuthenticate;
        const serverToken = typeof challengeHeader === 'string' && challengeHeader.includes(' ')
            ? challengeHeader.split(' ').slice(1).join(' ')
            : undefined;
        const client = await kerberos.initializeClient('HTTP@proxy', {
            mechOID: kerberos.GSS_MECH_OID_SPNEGO,
        });
        const token = await client.step(serverToken || '');
        if (!token) {
            throw new Error('Kerberos client.step() returned no token');
        }
        return {
            headers: {
                'Proxy-Authorization': `Negotiate ${token}`,
            },
        };
    };
}
//# sourceMappingURL=index.js.map
;// CONCATENATED MODULE: ./node_modules/https-proxy-agent/dist/index.js








const dist_debug = src('https-proxy-agent');
const setServernameFromNonIpHost = (options) => {
    if (options.servername === undefined &&
        options.host &&
        !external_net_namespaceObject.isIP(options.host)) {
        return {
            ...options,
            servername: options.host,
        };
    }
    return options;
};
/**
 * The `HttpsProxyAgent` implements an HTTP Agent subclass that connects to
 * the specified "HTTP(s) proxy server" in order to proxy HTTPS requests.
 *
 * Outgoing HTTP requests are first tunneled through the proxy server using the
 * `CONNECT` HTTP request method to establish a connection to the proxy server,
 * and then the proxy server connects to the destination target and issues the
 * HTTP request from the proxy server.
 *
 * `https:` requests have their socket connection upgraded to TLS once
 * the connection to the proxy server has been established.
 */
class HttpsProxyAgent extends Agent {
    constructor(proxy, opts) {
        super(opts);
        this.options = { path: undefined };
        this.proxy = typeof proxy === 'string' ? new external_url_namespaceObject.URL(proxy) : proxy;
        this.proxyHeaders = opts?.headers ?? {};
        dist_debug('Creating new HttpsProxyAgent instance: %o', this.proxy.href);
        if (opts?.negotiate) {
            this.onProxyAuth = createNegotiateAuth();
        }
        else if (opts?.onProxyAuth) {
            this.onProxyAuth = opts.onProxyAuth;
        }
        // Trim off the brackets from IPv6 addresses
        const host = (this.proxy.hostname || this.proxy.host).replace(/^\[|\]$/g, '');
        const port = this.proxy.port
            ? parseInt(this.proxy.port, 10)
            : this.proxy.protocol === 'https:'
                ? 443
                : 80;
        this.connectOpts = {
            // Attempt to negotiate http/1.1 for proxy servers that support http/2
            ALPNProtocols: ['http/1.1'],
            ...(opts
                ? omit(opts, 'headers', 'onProxyAuth', 'negotiate')
                : null),
            host,
            port,
        };
    }
    /**
     * Called when the node-core HTTP client library is creating a
     * new HTTP request.
     */
    async connect(req, opts) {
        const { proxy } = this;
        if (!opts.host) {
            throw new TypeError('No "host" provided');
        }
        // Create a socket connection to the proxy server.
        let socket;
        if (proxy.protocol === 'https:') {
            dist_debug('Creating `tls.Socket`: %o', this.connectOpts);
            socket = external_tls_namespaceObject.connect(setServernameFromNonIpHost(this.connectOpts));
        }
        else {
            dist_debug('Creating `net.Socket`: %o', this.connectOpts);
            socket = external_net_namespaceObject.connect(this.connectOpts);
        }
        const headers = typeof this.proxyHeaders === 'function'
            ? this.proxyHeaders()
            : { ...this.proxyHeaders };
        const host = external_net_namespaceObject.isIPv6(opts.host) ? `[${opts.host}]` : opts.host;
        let payload = `CONNECT ${host}:${opts.port} HTTP/1.1\r\n`;
        // Inject the `Proxy-Authorization` header if necessary.
        if (proxy.username || proxy.password) {
            const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
            headers['Proxy-Authorization'] = `Basic ${Buffer.from(auth).toString('base64')}`;
        }
        headers.Host = `${host}:${opts.port}`;
        if (!headers['Proxy-Connection']) {
            headers['Proxy-Connection'] = this.keepAlive
                ? 'Keep-Alive'
                : 'close';
        }
        for (const name of Object.keys(headers)) {
            payload += `${name}: ${headers[name]}\r\n`;
        }
        const proxyResponsePromise = parseProxyResponse(socket);
        socket.write(`${payload}\r\n`);
        const { connect, buffered } = await proxyResponsePromise;
        req.emit('proxyConnect', connect);
        this.emit('proxyConnect', connect, req);
        req.emit('proxy', { proxy: this.proxy.href, socket });
        if (connect.statusCode === 200) {
            req.once('socket', resume);
            if (opts.secureEndpoint) {
                // The proxy is connecting to a TLS server, so upgrade
                // this socket connection to a TLS connection.
                dist_debug('Upgrading socket connection to TLS');
                return external_tls_namespaceObject.connect({
                    ...omit(setServernameFromNonIpHost(opts), 'host', 'path', 'port'),
                    socket,
                });
            }
            return socket;
        }
        // Handle 407 Proxy Authentication Required
        if (connect.statusCode === 407 && this.onProxyAuth) {
            dist_debug('Got 407 response, invoking onProxyAuth callback');
            socket.destroy();
            const proxyAuthenticate = connect.headers['proxy-authenticate'] || '';
            const scheme = Array.isArray(proxyAuthenticate)
                ? proxyAuthenticate[0].split(/\s/)[0]
                : proxyAuthenticate.split(/\s/)[0];
            const authResponse = await this.onProxyAuth({
                response: connect,
                scheme,
            });
            // Retry with the auth headers
            return this._connectWithAuth(req, opts, authResponse.headers);
        }
        // Some other status code that's not 200... need to re-play the HTTP
        // header "data" events onto the socket once the HTTP machinery is
        // attached so that the node core `http` can parse and handle the
        // error status code.
        // Close the original socket, and a new "fake" socket is returned
        // instead, so that the proxy doesn't get the HTTP request
        // written to it (which may contain `Authorization` headers or other
        // sensitive data).
        //
        // See: https://hackerone.com/reports/541502
        socket.destroy();
        const fakeSocket = new external_net_namespaceObject.Socket({ writable: false });
        fakeSocket.readable = true;
        // Need to wait for the "socket" event to re-play the "data" events.
        req.once('socket', (s) => {
            dist_debug('Replaying proxy buffer for failed request');
            external_assert_namespaceObject(s.listenerCount('data') > 0);
            // Replay the "buffered" Buffer onto the fake `socket`, since at
            // this point the HTTP module machinery has been hooked up for
            // the user.
            s.push(buffered);
            s.push(null);
        });
        return fakeSocket;
    }
    /**
     * Retry a CONNECT request with additional auth headers.
     */
    async _connectWithAuth(req, opts, authHeaders) {
        const { proxy } = this;
        let socket;
        if (proxy.protocol === 'https:') {
            socket = external_tls_namespaceObject.connect(setServernameFromNonIpHost(this.connectOpts));
        }
        else {
            socket = external_net_namespaceObject.connect(this.connectOpts);
        }
        const headers = typeof this.proxyHeaders === 'function'
            ? this.proxyHeaders()
            : { ...this.proxyHeaders };
        const host = external_net_namespaceObject.isIPv6(opts.host) ? `[${opts.host}]` : opts.host;
        let payload = `CONNECT ${host}:${opts.port} HTTP/1.1\r\n`;
        if (proxy.username || proxy.password) {
            const auth = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
            headers['Proxy-Authorization'] = `Basic ${Buffer.from(auth).toString('base64')}`;
        }
        // Merge auth headers (overrides existing)
        Object.assign(headers, authHeaders);
        headers.Host = `${host}:${opts.port}`;
        if (!headers['Proxy-Connection']) {
            headers['Proxy-Connection'] = this.keepAlive
                ? 'Keep-Alive'
                : 'close';
        }
        for (const name of Object.keys(headers)) {
            payload += `${name}: ${headers[name]}\r\n`;
        }
        const proxyResponsePromise = parseProxyResponse(socket);
        socket.write(`${payload}\r\n`);
        const { connect } = await proxyResponsePromise;
        req.emit('proxyConnect', connect);
        this.emit('proxyConnect', connect, req);
        if (connect.statusCode === 200) {
            req.once('socket', resume);
            if (opts.secureEndpoint) {
                dist_debug('Upgrading socket connection to TLS');
                return external_tls_namespaceObject.connect({
                    ...omit(setServernameFromNonIpHost(opts), 'host', 'path', 'port'),
                    socket,
                });
            }
            return socket;
        }
        // If still not 200, throw
        socket.destroy();
        throw new Error(`Proxy authentication failed with status ${connect.statusCode} after retry`);
    }
}
HttpsProxyAgent.protocols = ['http', 'https'];
function resume(socket) {
    // Defer the resume so that all 'socket' event handlers have a chance
    // to attach their listeners (e.g. the HTTP client's 'data' handler)
    // before data starts flowing. Without this, buffered proxy-response
    // data can be emitted synchronously before listeners are ready.
    // See: https://github.com/nicolo-ribaudo/tc39-proposal-await-dictionary/issues/7
    setImmediate(() => {
        socket.resume();
    });
}
function omit(obj, ...keys) {
    const ret = {};
    let key;
    for (key in obj) {
        if (!keys.includes(key)) {
            ret[key] = obj[key];
        }
    }
    return ret;
}
//# sourceMappingURL=index.js.map

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
/******/ 			// no module.id needed
/******/ 			// no module.loaded needed
/******/ 			exports: {}
/******/ 		};
/******/ 	
/******/ 		// Execute the module function
/******/ 		var threw = true;
/******/ 		try {
/******/ 			__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 			threw = false;
/******/ 		} finally {
/******/ 			if(threw) delete __webpack_module_cache__[moduleId];
/******/ 		}
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
// This entry need to be wrapped in an IIFE because it need to be in strict mode.
(() => {
"use strict";

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





;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = require("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = require("node:os");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
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
    return `::${name}${props === '' ? '' : ` ${props}`}::${escapeData(message)}${external_node_os_namespaceObject.EOL}`;
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
    return `${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`;
}
function appendFileCommand(env, variable, name, value, fallback) {
    const file = env[variable];
    if (file === undefined || file === '') {
        fallback(formatCommand('debug', {}, `${variable} is not set; '${name}' was not recorded`));
        return;
    }
    (0,external_node_fs_namespaceObject.appendFileSync)(file, formatFileCommand(name, value), { encoding: 'utf8' });
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
            info: (message) => write(`${message}${external_node_os_namespaceObject.EOL}`),
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
                (0,external_node_fs_namespaceObject.appendFileSync)(file, markdown.endsWith('\n') ? markdown : `${markdown}\n`, 'utf8');
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




;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = require("node:path");
;// CONCATENATED MODULE: ./packages/secrets-sync/src/options.ts



/** Every input of the sync action, named once (action.yml must declare exactly these). */
const options_SYNC_INPUT_NAMES = (/* unused pure expression or super */ null && ([
    'provider', 'required', 'fallback',
    'vault-addr', 'vault-namespace', 'vault-secret-path', 'vault-secrets-key', 'vault-auth-method',
    'vault-role-id', 'vault-secret-id', 'vault-token', 'vault-role', 'jwt-audience', 'vault-auth-path',
    'vault-auth-namespace', 'vault-ca-cert', 'vault-timeout-seconds',
    'sops-file', 'sops-age-key',
    'keys', 'required-keys', 'min-version',
    'export-env', 'env-file', 'console-secrets-file',
]));
const DEFAULTS = {
    secretsKey: 'secrets',
    jwtAudience: 'vault',
    sopsFile: 'config/secrets.enc.yaml',
    envFile: '~/.mcp/.env',
    consoleSecretsFile: '~/.mcp/console-secrets.json',
};
/**
 * Parses and validates every sync input before anything touches the network or
 * disk. `env` supplies the runbooks' variables (VAULT_ADDR, SOPS_AGE_KEY, ...),
 * HOME and the workspace.
 */
function readSyncOptions(inputs, raw, env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const home = env.HOME || (0,external_node_os_namespaceObject.homedir)();
    const s = (name, fallbackEnv, fallbackDefault) => inputs.string(name, { ...(fallbackEnv ? { fallbackEnv } : {}), ...(fallbackDefault ? { default: fallbackDefault } : {}) });
    const address = s('vault-addr', 'VAULT_ADDR');
    if (address !== '')
        validateAddress(address);
    const sopsFile = s('sops-file', undefined, DEFAULTS.sopsFile);
    return {
        provider: inputs.choice('provider', ['auto', 'vault', 'sops'], 'auto'),
        required: inputs.boolean('required', false),
        fallback: inputs.choice('fallback', ['none', 'sops'], 'none'),
        vault: {
            address,
            namespace: s('vault-namespace', 'VAULT_NAMESPACE'),
            authNamespace: s('vault-auth-namespace'),
            secretPath: s('vault-secret-path', 'VAULT_SECRET_PATH'),
            secretsKey: s('vault-secrets-key', 'VAULT_SECRETS_KEY', DEFAULTS.secretsKey),
            authMethod: inputs.choice('vault-auth-method', ['auto', 'approle', 'token', 'jwt'], 'auto'),
            roleId: s('vault-role-id', 'VAULT_ROLE_ID'),
            secretId: inputs.raw('vault-secret-id', { fallbackEnv: 'VAULT_SECRET_ID' }).trim(),
            token: inputs.raw('vault-token', { fallbackEnv: 'VAULT_TOKEN' }).trim(),
            jwtRole: s('vault-role'),
            jwtAudience: s('jwt-audience', undefined, DEFAULTS.jwtAudience),
            authPath: s('vault-auth-path'),
            caCert: inputs.raw('vault-ca-cert'),
            timeoutSeconds: inputs.positiveInt('vault-timeout-seconds', 60),
        },
        sops: {
            file: (0,external_node_path_namespaceObject.resolve)(workspace, sopsFile),
            displayFile: sopsFile,
            ageKey: inputs.raw('sops-age-key', { fallbackEnv: 'SOPS_AGE_KEY' }),
            ageKeyFile: (env.SOPS_AGE_KEY_FILE ?? '').trim(),
        },
        keys: inputs.list('keys'),
        requiredKeys: inputs.list('required-keys'),
        minVersion: s('min-version'),
        exportEnv: inputs.boolean('export-env', true),
        envFile: optionalPath(raw('env-file'), DEFAULTS.envFile, home, workspace),
        consoleSecretsFile: optionalPath(raw('console-secrets-file'), DEFAULTS.consoleSecretsFile, home, workspace),
    };
}
function validateAddress(address) {
    let url;
    try {
        url = new URL(address);
    }
    catch {
        throw new errors_ConfigurationError(`'${address}' is not a URL`, { input: 'vault-addr', hint: 'write it as https://vault.example.com:8200' });
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new errors_ConfigurationError(`'${address}' must use https:// (or http:// for a local dev server)`, { input: 'vault-addr' });
    }
}
/** Not given: the default. Given empty: do not write. `~` is the home folder; relative paths are in the workspace. */
function optionalPath(given, defaultPath, home, workspace) {
    const value = given === undefined ? defaultPath : given.trim();
    if (value === '')
        return undefined;
    if (value === '~' || value.startsWith('~/'))
        return (0,external_node_path_namespaceObject.join)(home, value.slice(1));
    return (0,external_node_path_namespaceObject.isAbsolute)(value) ? value : (0,external_node_path_namespaceObject.resolve)(workspace, value);
}

;// CONCATENATED MODULE: ./packages/secrets-sync/src/provider.ts


/**
 * Chooses where the secrets come from. `auto`: Vault when an address and
 * credentials are configured, else SOPS when a key and the file exist, else
 * nothing (forks and Dependabot runs have no secrets). An explicit choice that
 * is not configured is an error naming what is missing.
 */
function provider_planProvider(options, env) {
    const login = chooseLogin(options.vault, env);
    if (options.provider === 'vault' || (options.provider === 'auto' && options.vault.address !== '' && login !== undefined)) {
        if (options.vault.address === '') {
            throw new ConfigurationError('provider is vault but no Vault address is configured', { input: 'vault-addr', hint: 'set vault-addr or VAULT_ADDR' });
        }
        if (login === undefined)
            throw missingCredentials(options.vault);
        if (options.vault.secretPath === '') {
            throw new ConfigurationError('no secret path is configured', {
                input: 'vault-secret-path',
                hint: 'set it to the KV path as `vault kv get` takes it, e.g. secret/mcp/ci',
            });
        }
        return { provider: 'vault', login, sopsFallback: options.fallback === 'sops' };
    }
    if (options.provider === 'sops' || (options.provider === 'auto' && provider_sopsConfigured(options))) {
        if (!hasSopsKey(options)) {
            throw new ConfigurationError('no age identity is configured for the SOPS bundle', {
                input: 'sops-age-key',
                hint: 'set sops-age-key (or SOPS_AGE_KEY / SOPS_AGE_KEY_FILE)',
            });
        }
        if (!existsSync(options.sops.file)) {
            throw new ConfigurationError(`the SOPS bundle ${options.sops.displayFile} does not exist`, { input: 'sops-file' });
        }
        return { provider: 'sops' };
    }
    return { provider: 'none', reason: unconfiguredReason(options) };
}
function hasSopsKey(options) {
    return options.sops.ageKey.trim() !== '' || options.sops.ageKeyFile !== '';
}
/** An age key and the bundle file: enough to try SOPS. */
function provider_sopsConfigured(options) {
    return hasSopsKey(options) && existsSync(options.sops.file);
}
function chooseLogin(vault, env) {
    const approle = () => vault.roleId !== '' && vault.secretId !== ''
        ? { method: 'approle', roleId: vault.roleId, secretId: vault.secretId, mountPath: vault.authPath || 'approle' }
        : undefined;
    const jwt = () => ({ method: 'jwt', role: vault.jwtRole, audience: vault.jwtAudience, mountPath: vault.authPath || 'jwt' });
    switch (vault.authMethod) {
        case 'token':
            return vault.token !== '' ? { method: 'token', token: vault.token } : undefined;
        case 'approle':
            return approle();
        case 'jwt':
            return jwt();
        case 'auto':
            if (vault.token !== '')
                return { method: 'token', token: vault.token };
            return approle() ?? (env.ACTIONS_ID_TOKEN_REQUEST_URL ? jwt() : undefined);
    }
}
function missingCredentials(vault) {
    switch (vault.authMethod) {
        case 'token':
            return new ConfigurationError('vault-auth-method is token but no token is configured', { input: 'vault-token' });
        case 'approle':
            return new ConfigurationError('vault-auth-method is approle but the role ID or secret ID is missing', {
                input: vault.roleId === '' ? 'vault-role-id' : 'vault-secret-id',
            });
        default:
            return new ConfigurationError('no Vault credentials are configured', {
                input: 'vault-auth-method',
                hint: 'pass vault-token, vault-role-id + vault-secret-id, or give the job `id-token: write` for JWT login',
            });
    }
}
function unconfiguredReason(options) {
    if (options.vault.address !== '')
        return 'a Vault address is set but no credentials are available (fork or Dependabot run?)';
    if (hasSopsKey(options))
        return `no SOPS bundle at ${options.sops.displayFile}`;
    return 'neither Vault nor a SOPS age key is configured';
}

;// CONCATENATED MODULE: ./packages/fs-safe/src/index.ts



/**
 * Writes a file so that readers see either the old content or the whole new
 * one: a temp file in the same folder (created with the final mode, so the
 * content is never readable by others), fsync, then rename.
 */
function src_writeFileAtomic(path, content, options = {}) {
    const mode = options.mode ?? 0o644;
    const dir = dirname(path);
    const dirMode = options.dirMode ?? (options.privateDir ? 0o700 : 0o755);
    mkdirSync(dir, { recursive: true, mode: dirMode });
    if (options.privateDir)
        tightenDir(dir, dirMode);
    const temp = stageFile(path, content, mode);
    try {
        renameSync(temp, path);
    }
    catch (error) {
        rmSync(temp, { force: true });
        throw error;
    }
}
/**
 * Writes `content` to a new temp file beside `path` (created exclusively with
 * `mode`, fsynced) and returns the temp path, for the caller to rename into place.
 */
function stageFile(path, content, mode) {
    const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
    const fd = openSync(temp, 'wx', mode);
    try {
        writeSync(fd, typeof content === 'string' ? Buffer.from(content, 'utf8') : content);
        fsyncSync(fd);
    }
    catch (error) {
        closeSync(fd);
        rmSync(temp, { force: true });
        throw error;
    }
    closeSync(fd);
    chmodSync(temp, mode); // the umask may have narrowed the mode open() applied
    return temp;
}
function tightenDir(dir, dirMode) {
    const current = statSync(dir).mode & 0o777;
    if ((current & ~dirMode) !== 0)
        chmodSync(dir, dirMode);
}
/** Removes a file if present; true when something was removed. */
function removeIfPresent(path) {
    try {
        (0,external_node_fs_namespaceObject.statSync)(path);
    }
    catch {
        return false;
    }
    (0,external_node_fs_namespaceObject.rmSync)(path, { force: true });
    return true;
}

;// CONCATENATED MODULE: ./packages/vault/src/vault-error.ts
/**
 * Every failure of the Vault client. The message is meant for the user and never
 * contains a token, secret_id or JWT; `errors` is Vault's own `{"errors":[...]}` list.
 */
class vault_error_VaultError extends Error {
    kind;
    status;
    errors;
    constructor(kind, message, details = {}) {
        super(message, details.cause === undefined ? undefined : { cause: details.cause });
        this.name = 'VaultError';
        this.kind = kind;
        this.status = details.status;
        this.errors = details.errors ?? [];
    }
}

;// CONCATENATED MODULE: ./packages/vault/src/internal/address.ts

const EXAMPLE = 'an http(s) URL such as https://vault.example.com:8200';
/** Parses the `vault-addr` input into a base URL without a trailing slash. */
function parseVaultAddress(address) {
    const trimmed = address.trim();
    let url;
    try {
        url = new URL(trimmed);
    }
    catch {
        throw new errors_ConfigurationError(`${describe(trimmed)} is not a valid URL`, { input: 'vault-addr', hint: `use ${EXAMPLE}` });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new errors_ConfigurationError(`${describe(trimmed)} uses ${url.protocol.replace(':', '')}, not http or https`, {
            input: 'vault-addr',
            hint: `use ${EXAMPLE}`,
        });
    }
    if (url.username !== '' || url.password !== '') {
        // Credentials in the address would end up in logs and proxies' access logs.
        throw new errors_ConfigurationError('the address contains a user name or password', {
            input: 'vault-addr',
            hint: 'remove them and pass credentials through vault-token or vault-secret-id',
        });
    }
    if (url.search !== '' || url.hash !== '') {
        throw new errors_ConfigurationError(`${describe(trimmed)} has a query or fragment`, { input: 'vault-addr', hint: `use ${EXAMPLE}` });
    }
    url.pathname = url.pathname.replace(/\/+$/, '');
    return url;
}
function describe(value) {
    if (value === '')
        return 'an empty value';
    // An address never needs '@'; a value with one may be a credential pasted into the wrong input.
    if (value.includes('@'))
        return 'the value';
    return JSON.stringify(value.length > 100 ? `${value.slice(0, 100)}…` : value);
}

;// CONCATENATED MODULE: ./packages/vault/src/internal/failures.ts

/** Vault's `{"errors":[...]}` list as sent. */
function errorsOf(body) {
    const errors = body?.errors;
    return Array.isArray(errors) ? errors.filter((e) => typeof e === 'string') : [];
}
/** The errors without Go's multierror framing ("1 error occurred:\n\t* permission denied\n\n"). */
function readableErrors(errors) {
    return errors.flatMap((error) => {
        if (!/^\d+ errors? occurred:/.test(error))
            return [error.trim()];
        return error
            .split('\n')
            .map((line) => line.trim())
            .filter((line) => line.startsWith('* '))
            .map((line) => line.slice(2).trim());
    });
}
function isSealed(response) {
    return response.status === 503 && readableErrors(errorsOf(response.body)).some((e) => /vault is sealed/i.test(e));
}
/** The VaultError for a response that did not succeed. */
function failureFor(response, context) {
    const { status, body } = response;
    const errors = errorsOf(body);
    const detail = readableErrors(errors).join('; ');
    const details = { status, errors };
    if (isSealed(response))
        return new vault_error_VaultError('sealed', `Vault is sealed (while ${context.action}); ask an operator to unseal it`, details);
    switch (status) {
        case 403: {
            const policies = context.policies === undefined ? '' : ` with policies [${context.policies.join(', ')}]`;
            return new vault_error_VaultError('permission-denied', `permission denied ${context.action}${policies}`, details);
        }
        case 404:
            return new vault_error_VaultError('not-found', context.notFound ?? `not found: ${context.action}`, details);
        case 400:
            return new vault_error_VaultError('bad-request', `Vault rejected ${context.action}: ${detail || 'bad request'}`, details);
        default: {
            const what = body === undefined && status !== 204 ? ' (the answer was not Vault JSON: is a proxy in the way?)' : '';
            return new vault_error_VaultError('server', `Vault answered HTTP ${status} while ${context.action}${detail ? `: ${detail}` : ''}${what}`, details);
        }
    }
}

;// CONCATENATED MODULE: ./packages/vault/src/internal/json.ts
/** Typed reads from Vault's JSON answers: missing or mistyped fields read as empty. */
function objectAt(value, key) {
    const found = value?.[key];
    return found !== null && typeof found === 'object' && !Array.isArray(found) ? found : undefined;
}
function stringAt(value, key) {
    const found = value?.[key];
    return typeof found === 'string' ? found : '';
}
function numberAt(value, key) {
    const found = value?.[key];
    return typeof found === 'number' ? found : 0;
}
function arrayOfStrings(value, key) {
    const found = value?.[key];
    return Array.isArray(found) ? found.filter((v) => typeof v === 'string') : [];
}

;// CONCATENATED MODULE: ./packages/vault/src/internal/kv-path.ts

/** `secret/mcp/ci` from what a user typed (`/secret//mcp/ci/`), rejecting what cannot be a KV path. */
function normalizeKvPath(path) {
    const segments = path.trim().split('/').filter((s) => s !== '');
    if (segments.length < 2) {
        throw new errors_ConfigurationError(`${JSON.stringify(path)} is not a KV path`, {
            input: 'vault-secret-path',
            hint: 'write it as `vault kv get` takes it: <mount>/<path>, e.g. secret/mcp/ci',
        });
    }
    if (segments.some((s) => s === '.' || s === '..' || /[?#\s]/.test(s))) {
        throw new errors_ConfigurationError(`${JSON.stringify(path)} contains '.', '..', '?', '#' or spaces`, {
            input: 'vault-secret-path',
            hint: 'write it as `vault kv get` takes it, e.g. secret/mcp/ci',
        });
    }
    return segments.join('/');
}
/** The mount path (no slashes) of an auth method, accepting `approle`, `/approle/` and `auth/approle`. */
function normalizeMountPath(mount) {
    return mount.trim().replace(/^\/+|\/+$/g, '').replace(/^auth\//, '');
}
/** Path segments URL-encoded, slashes kept. */
function encodePath(path) {
    return path.split('/').map(encodeURIComponent).join('/');
}
/** The part of `path` below `mount`, or undefined when `path` is not under it. */
function below(path, mount) {
    if (!path.startsWith(`${mount}/`))
        return undefined;
    return path.slice(mount.length + 1);
}
/** A KV v2 path's secret name: users sometimes write the API form `secret/data/...` by hand. */
function withoutDataPrefix(rest) {
    return rest.startsWith('data/') && rest.length > 'data/'.length ? rest.slice('data/'.length) : rest;
}

;// CONCATENATED MODULE: ./packages/vault/src/internal/kv.ts




const VERSIONED_KV_WARNING = /Invalid path for a versioned K\/V secrets engine/i;
/** KV v1/v2 reads and v2 writes, with the KV version detected once per mount. */
class KvAccess {
    session;
    mounts = new Map();
    constructor(session) {
        this.session = session;
    }
    async read(path, options = {}) {
        const full = normalizeKvPath(path);
        const known = this.cached(full) ?? (await this.preflight(full));
        if (known !== undefined) {
            const rest = below(full, known.mount) ?? '';
            if (known.version === 2)
                return this.readV2(known.mount, withoutDataPrefix(rest), options.version);
            return this.readV1(known.mount, rest);
        }
        return this.readByProbing(full, options.version);
    }
    async writeV2(path, data, options = {}) {
        const full = normalizeKvPath(path);
        const known = this.cached(full) ?? (await this.preflight(full)) ?? firstSegmentMount(full, 2);
        const rest = withoutDataPrefix(below(full, known.mount) ?? '');
        const shown = `${known.mount}/${rest}`;
        if (known.version !== 2) {
            throw new vault_error_VaultError('bad-request', `${shown} is on a KV version 1 mount: only KV version 2 secrets can be written with check-and-set`);
        }
        const apiPath = `${known.mount}/data/${rest}`;
        const body = { data, options: options.cas === undefined ? {} : { cas: options.cas } };
        const response = await this.session.call({ method: 'POST', path: encodePath(apiPath), body, action: `writing ${apiPath}` });
        if (ok(response)) {
            const written = objectAt(response.body, 'data');
            return {
                mount: known.mount,
                path: shown,
                apiPath,
                version: numberAt(written, 'version'),
                createdTime: stringAt(written, 'created_time'),
            };
        }
        if (response.status === 400 && errorsOf(response.body).some((e) => /check-and-set parameter did not match/i.test(e))) {
            throw await this.casMismatch(known.mount, rest, shown, options.cas, response);
        }
        throw await this.failure(response, `writing ${apiPath}`, `no secret at ${shown}`);
    }
    cached(full) {
        let best;
        for (const info of this.mounts.values()) {
            if (below(full, info.mount) !== undefined && (best === undefined || info.mount.length > best.mount.length))
                best = info;
        }
        return best;
    }
    remember(info) {
        this.mounts.set(info.mount, info);
        return info;
    }
    /** Asks Vault which mount serves `full` and its KV version; undefined when the token may not ask. */
    async preflight(full) {
        const response = await this.session.call({
            method: 'GET',
            path: `sys/internal/ui/mounts/${encodePath(full)}`,
            action: `detecting the KV version of ${full}`,
        });
        if (ok(response)) {
            const data = objectAt(response.body, 'data');
            const mount = stringAt(data, 'path').replace(/\/+$/, '');
            const type = stringAt(data, 'type');
            if (mount === '' || below(full, mount) === undefined)
                return undefined;
            if (type !== '' && type !== 'kv' && type !== 'generic') {
                throw new vault_error_VaultError('bad-request', `${full} is on a ${type} secrets engine mounted at ${mount}/, not on a KV mount`);
            }
            const version = String(objectAt(data, 'options')?.version ?? '1') === '2' ? 2 : 1;
            return this.remember({ mount, version });
        }
        // Denied (403) or unknown (old Vault, no such mount): find out by reading instead.
        if (isSealed(response) || response.status >= 500)
            throw await this.failure(response, `detecting the KV version of ${full}`);
        return undefined;
    }
    /** Without the preflight: try the KV v2 layout, then KV v1, and learn the version from Vault's answers. */
    async readByProbing(full, version) {
        const guess = firstSegmentMount(full, 2);
        const rest = below(full, guess.mount) ?? '';
        const v2Path = `${guess.mount}/data/${withoutDataPrefix(rest)}`;
        const v2 = await this.session.call({ method: 'GET', path: encodePath(v2Path) + versionQuery(version), action: `reading ${v2Path}` });
        if (ok(v2) || hasVersionMetadata(v2)) {
            this.remember(guess);
            return this.interpretV2(v2, guess.mount, withoutDataPrefix(rest), version);
        }
        if (isSealed(v2) || v2.status >= 500 || (v2.status !== 403 && v2.status !== 404))
            throw await this.failure(v2, `reading ${v2Path}`);
        const v1Path = `${guess.mount}/${rest}`;
        const v1 = await this.session.call({ method: 'GET', path: encodePath(v1Path), action: `reading ${v1Path}` });
        if (isVersionedWarning(v1)) {
            // Vault says the mount is KV v2: the v2 answer above was the real one.
            this.remember(guess);
            return this.interpretV2(v2, guess.mount, withoutDataPrefix(rest), version);
        }
        if (ok(v1)) {
            this.remember({ mount: guess.mount, version: 1 });
            return this.interpretV1(v1, guess.mount, rest);
        }
        if (v1.status === 403 && v2.status === 403)
            throw await this.failure(v2, `reading ${v2Path}`);
        return this.interpretV1(v1, guess.mount, rest);
    }
    async readV2(mount, rest, version) {
        const apiPath = `${mount}/data/${rest}`;
        const response = await this.session.call({ method: 'GET', path: encodePath(apiPath) + versionQuery(version), action: `reading ${apiPath}` });
        return this.interpretV2(response, mount, rest, version);
    }
    async readV1(mount, rest) {
        const apiPath = `${mount}/${rest}`;
        const response = await this.session.call({ method: 'GET', path: encodePath(apiPath), action: `reading ${apiPath}` });
        if (isVersionedWarning(response)) {
            // The mount was upgraded to v2 since we looked.
            this.remember({ mount, version: 2 });
            return this.readV2(mount, withoutDataPrefix(rest), undefined);
        }
        return this.interpretV1(response, mount, rest);
    }
    async interpretV2(response, mount, rest, version) {
        const shown = `${mount}/${rest}`;
        const apiPath = `${mount}/data/${rest}`;
        const envelope = objectAt(response.body, 'data');
        const rawMetadata = objectAt(envelope, 'metadata');
        const metadata = rawMetadata === undefined ? undefined : toMetadata(rawMetadata);
        if (metadata !== undefined && (metadata.deletionTime !== '' || metadata.destroyed)) {
            const what = metadata.destroyed ? 'was destroyed' : `was deleted at ${metadata.deletionTime}`;
            throw new vault_error_VaultError('deleted', `secret ${shown} version ${metadata.version} ${what}; write a new version or undelete it`, {
                status: response.status,
                errors: errorsOf(response.body),
            });
        }
        const data = objectAt(envelope, 'data');
        if (ok(response) && data !== undefined) {
            return { mount, kvVersion: 2, path: shown, apiPath, data, ...(metadata === undefined ? {} : { metadata }) };
        }
        const notFound = version === undefined ? `no secret at ${shown}` : `no version ${version} of secret ${shown}`;
        throw await this.failure(ok(response) ? { ...response, status: 404 } : response, `reading ${apiPath}`, notFound);
    }
    async interpretV1(response, mount, rest) {
        const apiPath = `${mount}/${rest}`;
        const data = objectAt(response.body, 'data');
        if (ok(response) && data !== undefined)
            return { mount, kvVersion: 1, path: apiPath, apiPath, data };
        throw await this.failure(ok(response) ? { ...response, status: 404 } : response, `reading ${apiPath}`, `no secret at ${apiPath}`);
    }
    async casMismatch(mount, rest, shown, cas, response) {
        const metadataPath = `${mount}/metadata/${rest}`;
        const meta = await this.session.call({ method: 'GET', path: encodePath(metadataPath), action: `reading ${metadataPath}` });
        const current = ok(meta) ? numberAt(objectAt(meta.body, 'data'), 'current_version') : 0;
        const who = current > 0 ? `someone else wrote version ${current} meanwhile` : 'someone else wrote a newer version meanwhile';
        const expected = cas === undefined ? '' : ` (expected version ${cas})`;
        return new vault_error_VaultError('cas-mismatch', `cannot write ${shown}: ${who}${expected}; read it again and retry`, {
            status: response.status,
            errors: errorsOf(response.body),
        });
    }
    async failure(response, action, notFound) {
        const policies = response.status === 403 ? await this.session.policies() : undefined;
        return failureFor(response, { action, ...(policies === undefined ? {} : { policies }), ...(notFound === undefined ? {} : { notFound }) });
    }
}
function firstSegmentMount(full, version) {
    return { mount: full.slice(0, full.indexOf('/')), version };
}
function versionQuery(version) {
    return version === undefined ? '' : `?version=${version}`;
}
function ok(response) {
    return response.status >= 200 && response.status < 300;
}
function isVersionedWarning(response) {
    const warnings = response.body?.warnings;
    const texts = [...(Array.isArray(warnings) ? warnings : []), ...errorsOf(response.body)];
    return response.status === 404 && texts.some((w) => typeof w === 'string' && VERSIONED_KV_WARNING.test(w));
}
/** A KV v2 answer, even a 404 for a deleted version, carries version metadata. */
function hasVersionMetadata(response) {
    return objectAt(objectAt(response.body, 'data'), 'metadata') !== undefined;
}
function toMetadata(raw) {
    const custom = objectAt(raw, 'custom_metadata');
    return {
        version: numberAt(raw, 'version'),
        createdTime: stringAt(raw, 'created_time'),
        deletionTime: stringAt(raw, 'deletion_time'),
        destroyed: raw.destroyed === true,
        customMetadata: custom === undefined ? null : Object.fromEntries(Object.entries(custom).map(([k, v]) => [k, String(v)])),
    };
}

;// CONCATENATED MODULE: ./packages/vault/src/internal/proxy.ts
/**
 * The proxy URL to use for `target`, following the conventions of curl and
 * @actions/http-client: https_proxy/HTTPS_PROXY for https, http_proxy/HTTP_PROXY
 * for http, no_proxy/NO_PROXY to bypass, and loopback addresses always direct.
 */
function proxyForUrl(target, env) {
    const secure = target.protocol === 'https:';
    const proxy = secure ? first(env.https_proxy, env.HTTPS_PROXY) : first(env.http_proxy, env.HTTP_PROXY);
    if (proxy === undefined)
        return undefined;
    const host = target.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (isLoopback(host))
        return undefined;
    const port = target.port !== '' ? target.port : secure ? '443' : '80';
    const noProxy = first(env.no_proxy, env.NO_PROXY) ?? '';
    return bypassed(host, port, noProxy) ? undefined : proxy;
}
function first(...values) {
    return values.map((v) => v?.trim()).find((v) => v !== undefined && v !== '');
}
function isLoopback(host) {
    return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
function bypassed(host, port, noProxy) {
    for (const raw of noProxy.split(/[\s,]+/)) {
        const entry = raw.trim().toLowerCase();
        if (entry === '')
            continue;
        if (entry === '*')
            return true;
        const { name, entryPort } = splitHostPort(entry);
        if (entryPort !== undefined && entryPort !== port)
            continue;
        // "example.com" and ".example.com" both cover the domain and its subdomains.
        if (host === name || host.endsWith(`.${name}`))
            return true;
    }
    return false;
}
/** `host`, `host:port`, `[v6]:port` or a bare IPv6 address; a leading `.` or `*.` is dropped. */
function splitHostPort(entry) {
    const bracketed = /^\[([^\]]+)\](?::(\d+))?$/.exec(entry);
    let name = entry;
    let entryPort;
    if (bracketed !== null)
        [, name, entryPort] = bracketed;
    else if (/^[^:]+:\d+$/.test(entry))
        [name, entryPort] = entry.split(':');
    return { name: name.replace(/^\*?\./, ''), ...(entryPort === undefined ? {} : { entryPort }) };
}
/** Loads https-proxy-agent lazily: it is ESM-only, and most runs use no proxy at all. */
const httpsProxyAgentFactory = async (proxyUrl, tls) => {
    // "eager" keeps ncc from splitting the module into a separate chunk file.
    const { HttpsProxyAgent } = await Promise.resolve(/* import() eager */).then(__nccwpck_require__.bind(__nccwpck_require__, 7299));
    return new HttpsProxyAgent(proxyUrl, tls.ca === undefined ? {} : { ca: tls.ca });
};

;// CONCATENATED MODULE: ./packages/vault/src/internal/redact.ts
/** `text` with every occurrence of each secret replaced by `***`. */
function redact(text, secrets) {
    let out = text;
    // Longest first, so a secret containing another is removed whole.
    for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
        if (secret.length >= 4)
            out = out.split(secret).join('***');
    }
    return out;
}

;// CONCATENATED MODULE: external "node:http"
const external_node_http_namespaceObject = require("node:http");
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = require("node:https");
;// CONCATENATED MODULE: ./packages/vault/src/internal/http-attempt.ts


/** A request that got no HTTP response: refused, reset, DNS, TLS, or out of time. */
class AttemptFailure extends Error {
    code;
    timedOut;
    constructor(code, message, timedOut) {
        super(message);
        this.name = 'AttemptFailure';
        this.code = code;
        this.timedOut = timedOut;
    }
}
// Vault answers are small; a huge body means something else is answering.
const MAX_BODY_BYTES = 16 * 1024 * 1024;
/** One HTTP exchange, bounded by `timeoutMs` from start to the last byte. */
function attempt(req) {
    return new Promise((resolve, reject) => {
        const send = req.url.protocol === 'https:' ? external_node_https_namespaceObject.request : external_node_http_namespaceObject.request;
        const headers = { ...req.headers };
        if (req.body !== undefined) {
            headers['content-type'] = 'application/json';
            headers['content-length'] = String(Buffer.byteLength(req.body));
        }
        const outgoing = send(req.url, {
            method: req.method,
            headers,
            ...(req.agent === undefined ? {} : { agent: req.agent }),
            ...(req.ca === undefined ? {} : { ca: req.ca }),
        });
        let settled = false;
        const finish = (fn) => {
            if (settled)
                return;
            settled = true;
            clearTimeout(timer);
            fn();
        };
        const timer = setTimeout(() => {
            const failure = new AttemptFailure('ETIMEDOUT', 'no answer in time', true);
            finish(() => reject(failure));
            outgoing.destroy(failure);
        }, Math.max(0, req.timeoutMs));
        outgoing.on('error', (err) => {
            finish(() => reject(err instanceof AttemptFailure ? err : new AttemptFailure(err.code ?? 'ERROR', err.message, false)));
        });
        outgoing.on('response', (res) => {
            const chunks = [];
            let size = 0;
            res.on('data', (chunk) => {
                size += chunk.length;
                if (size > MAX_BODY_BYTES) {
                    res.destroy(new AttemptFailure('EBODYTOOLARGE', `response larger than ${MAX_BODY_BYTES} bytes`, false));
                    return;
                }
                chunks.push(chunk);
            });
            res.on('error', (err) => {
                finish(() => reject(err instanceof AttemptFailure ? err : new AttemptFailure(err.code ?? 'ERROR', err.message, false)));
            });
            res.on('end', () => {
                finish(() => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
            });
        });
        outgoing.end(req.body);
    });
}

;// CONCATENATED MODULE: ./packages/vault/src/internal/backoff.ts
/** Statuses worth another attempt: consistency lag, rate limits and transient server trouble. */
const RETRYABLE_STATUSES = new Set([412, 429, 500, 502, 503, 504]);
function isRetryableStatus(status) {
    return RETRYABLE_STATUSES.has(status);
}
/** Exponential backoff with full jitter: a random delay in [0, min(cap, base * 2^attempt)). */
function backoffDelay(attempt, baseMs, capMs, random) {
    return Math.floor(random() * Math.min(capMs, baseMs * 2 ** attempt));
}
/** Retry-After as delta-seconds or an HTTP date, in ms from `nowMs`; undefined when absent or unreadable. */
function retryAfterMs(header, nowMs) {
    const value = (Array.isArray(header) ? header[0] : header)?.trim();
    if (value === undefined || value === '')
        return undefined;
    if (/^\d+$/.test(value))
        return Number(value) * 1000;
    if (!/[a-z]/i.test(value))
        return undefined; // HTTP dates name a weekday and month
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

;// CONCATENATED MODULE: ./packages/vault/src/internal/vault-http.ts





/** Sends Vault API calls with retries, backoff and one deadline for all of them. */
class VaultHttp {
    config;
    agent;
    constructor(config) {
        this.config = config;
    }
    get deadlineSeconds() {
        return this.config.deadlineSeconds;
    }
    /** Resolves with the last response (any status); rejects only on network failures and the deadline. */
    async call(call) {
        const { config } = this;
        // The address may carry a path prefix (Vault behind a reverse proxy).
        const url = new URL(`${config.baseUrl.origin}${config.baseUrl.pathname.replace(/\/+$/, '')}/v1/${call.path}`);
        const agent = await this.proxyAgent();
        const body = call.body === undefined ? undefined : JSON.stringify(call.body);
        for (let attemptNo = 0;; attemptNo++) {
            const remaining = config.deadline - config.now();
            if (remaining <= 0)
                throw this.timeout(call.action, attemptNo === 0 ? '' : ` after ${attemptNo} attempts`);
            let response;
            let failure;
            try {
                response = await attempt({
                    method: call.method,
                    url,
                    headers: headersFor(call),
                    ...(body === undefined ? {} : { body }),
                    ...(agent === undefined ? {} : { agent }),
                    ...(config.caCert === undefined ? {} : { ca: config.caCert }),
                    timeoutMs: remaining,
                });
            }
            catch (err) {
                failure = err instanceof AttemptFailure ? err : new AttemptFailure('ERROR', String(err), false);
                if (failure.timedOut)
                    throw this.timeout(call.action, '');
            }
            const outcome = response !== undefined ? `HTTP ${response.status}` : (failure?.code ?? 'error');
            config.logger?.debug(`vault: ${call.method} ${url.pathname} -> ${outcome} (attempt ${attemptNo + 1})`);
            if (response !== undefined && !isRetryableStatus(response.status))
                return parse(response);
            if (failure !== undefined && isTlsFailure(failure))
                throw this.tlsFailure(failure);
            if (attemptNo >= config.maxRetries) {
                if (response !== undefined)
                    return parse(response);
                throw this.network(call.action, failure);
            }
            const hinted = response === undefined ? undefined : retryAfterMs(response.headers['retry-after'], config.now());
            const delay = hinted ?? backoffDelay(attemptNo, config.backoffBaseMs, config.backoffCapMs, config.random);
            if (config.now() + delay >= config.deadline) {
                const wait = hinted === undefined ? '' : `, Vault asked to retry after ${Math.ceil(hinted / 1000)} s`;
                throw this.timeout(call.action, ` (last answer: ${outcome}${wait})`);
            }
            config.logger?.debug(`vault: retrying in ${delay} ms after ${outcome}`);
            await config.sleep(delay);
        }
    }
    proxyAgent() {
        this.agent ??= (async () => {
            const proxy = proxyForUrl(this.config.baseUrl, this.config.env);
            if (proxy === undefined)
                return undefined;
            if (!URL.canParse(proxy)) {
                // Not echoed: a proxy URL may carry credentials.
                throw new errors_ConfigurationError('the proxy URL in HTTPS_PROXY/HTTP_PROXY is not a valid URL', {
                    hint: 'use a URL such as http://proxy.example.com:3128, or unset the variable',
                });
            }
            this.config.logger?.debug(`vault: using proxy ${describeProxy(proxy)}`);
            return this.config.createProxyAgent(proxy, this.config.caCert === undefined ? {} : { ca: this.config.caCert });
        })();
        return this.agent;
    }
    timeout(action, detail) {
        return new vault_error_VaultError('timeout', `the deadline of ${this.config.deadlineSeconds} s was exceeded while ${action}${detail}; raise vault-timeout-seconds or check that Vault is reachable`);
    }
    tlsFailure(failure) {
        return new vault_error_VaultError('network', `Vault's TLS certificate at ${this.config.baseUrl.origin} is not trusted (${failure.code}: ${failure.message}); pass Vault's CA certificate (PEM) in vault-ca-cert`, { cause: failure });
    }
    network(action, failure) {
        const code = failure?.code ?? 'error';
        return new vault_error_VaultError('network', `cannot reach Vault at ${this.config.baseUrl.origin} while ${action} (${code}: ${failure?.message ?? 'unknown'})`, { cause: failure });
    }
}
/** Certificate problems do not fix themselves: retrying only burns the deadline. */
function isTlsFailure(failure) {
    return /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS|ERR_SSL/.test(failure.code);
}
function headersFor(call) {
    const headers = {
        accept: 'application/json',
        'user-agent': 'mcp-secrets-vault-client',
        // Marks the request as API traffic, as the vault CLI does (Vault's request-forgery protection).
        'x-vault-request': 'true',
    };
    if (call.token !== undefined)
        headers['x-vault-token'] = call.token;
    if (call.namespace !== undefined && call.namespace !== '')
        headers['x-vault-namespace'] = call.namespace;
    return headers;
}
function parse(response) {
    let body;
    if (response.body.trim() !== '') {
        try {
            const parsed = JSON.parse(response.body);
            if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed))
                body = parsed;
        }
        catch {
            body = undefined;
        }
    }
    return { status: response.status, headers: response.headers, body };
}
/** The proxy's origin without credentials, for logs. */
function describeProxy(proxy) {
    try {
        return new URL(proxy).origin;
    }
    catch {
        return '(unparseable proxy URL)';
    }
}

;// CONCATENATED MODULE: ./packages/vault/src/vault-client.ts









const DEFAULT_TIMEOUT_MS = 60_000;
/**
 * A small Vault API client: AppRole/JWT/token auth, KV v1/v2 reads, KV v2 writes.
 * All requests share one deadline; credentials never appear in errors or logs.
 */
class vault_client_VaultClient {
    http;
    namespace;
    authNamespace;
    kv;
    /** Every credential this client has seen, scrubbed from error messages. */
    credentials = new Set();
    currentToken;
    tokenNamespace;
    knownPolicies;
    constructor(options) {
        const baseUrl = parseVaultAddress(options.address);
        const now = options.now ?? Date.now;
        const startedAt = now();
        const deadline = options.deadline ?? startedAt + DEFAULT_TIMEOUT_MS;
        this.namespace = cleanNamespace(options.namespace);
        // '' (or '/') means the root namespace; undefined means "log in where we read".
        this.authNamespace = options.authNamespace === undefined ? this.namespace : cleanNamespace(options.authNamespace);
        this.http = new VaultHttp({
            baseUrl,
            ...(options.caCert === undefined || options.caCert.trim() === '' ? {} : { caCert: options.caCert }),
            deadline,
            deadlineSeconds: Math.max(0, Math.round((deadline - startedAt) / 1000)),
            maxRetries: options.maxRetries ?? 4,
            backoffBaseMs: options.backoffBaseMs ?? 250,
            backoffCapMs: options.backoffCapMs ?? 8000,
            env: options.env ?? process.env,
            ...(options.logger === undefined ? {} : { logger: options.logger }),
            sleep: options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
            random: options.random ?? Math.random,
            now,
            createProxyAgent: options.createProxyAgent ?? httpsProxyAgentFactory,
        });
        this.kv = new KvAccess({ call: (call) => this.authenticated(call), policies: () => this.policiesForErrors() });
        if (options.token !== undefined && options.token !== '')
            this.useToken(options.token);
    }
    /** The token requests use (from `options.token`, `useToken` or the last login). */
    get token() {
        return this.currentToken;
    }
    /** Uses an existing token, e.g. the `vault-token` input. */
    useToken(token) {
        this.credentials.add(token);
        this.currentToken = token;
        this.tokenNamespace = this.namespace;
        this.knownPolicies = undefined;
    }
    loginAppRole(params) {
        // The role ID is not secret on its own, but there is no reason to print it either.
        this.credentials.add(params.roleId);
        this.credentials.add(params.secretId);
        const body = { role_id: params.roleId, secret_id: params.secretId };
        return this.scrubbed(this.login(params.mountPath ?? 'approle', 'AppRole', body));
    }
    loginJwt(params) {
        this.credentials.add(params.jwt);
        return this.scrubbed(this.login(params.mountPath ?? 'jwt', 'JWT', { role: params.role, jwt: params.jwt }));
    }
    lookupSelf() {
        return this.scrubbed((async () => {
            const response = await this.authenticated({ method: 'GET', path: 'auth/token/lookup-self', action: 'looking up the Vault token' });
            if (!vault_client_ok(response))
                throw failureFor(response, { action: 'looking up the Vault token' });
            const data = objectAt(response.body, 'data');
            const expireTime = data?.expire_time;
            return {
                accessor: stringAt(data, 'accessor'),
                policies: arrayOfStrings(data, 'policies'),
                ttl: numberAt(data, 'ttl'),
                renewable: data?.renewable === true,
                tokenType: tokenTypeOf(stringAt(data, 'type'), this.currentToken ?? ''),
                displayName: stringAt(data, 'display_name'),
                expireTime: typeof expireTime === 'string' ? expireTime : null,
                meta: stringRecord(objectAt(data, 'meta')),
            };
        })());
    }
    /** Revokes the current token; Vault refuses for batch tokens (they expire with their TTL). */
    revokeSelf() {
        return this.scrubbed((async () => {
            const action = 'revoking the Vault token';
            const response = await this.authenticated({ method: 'POST', path: 'auth/token/revoke-self', action });
            if (!vault_client_ok(response))
                throw failureFor(response, { action });
            this.currentToken = undefined;
            this.knownPolicies = undefined;
        })());
    }
    /**
     * Reads any logical path (`auth/approle/role/mcp-ci`, `sys/policy/mcp-ci`) and returns its `data`;
     * a 403 or 404 is a VaultError of kind permission-denied / not-found.
     */
    read(path) {
        return this.scrubbed((async () => {
            const action = `reading ${path}`;
            const response = await this.authenticated({ method: 'GET', path: encodePath(path.replace(/^\/+|\/+$/g, '')), action });
            if (!vault_client_ok(response))
                throw failureFor(response, { action, notFound: `nothing at ${path}` });
            return objectAt(response.body, 'data') ?? {};
        })());
    }
    /** Reads a KV secret by the path `vault kv get` takes (`secret/mcp/ci`); the KV version is detected per mount. */
    readKv(path, options = {}) {
        return this.scrubbed(this.kv.read(path, options));
    }
    /** Writes a new KV v2 version; with `cas`, only when the current version is still `cas`. */
    writeKvV2(path, data, options = {}) {
        return this.scrubbed(this.kv.writeV2(path, data, options));
    }
    async login(mountPath, method, body) {
        const mount = normalizeMountPath(mountPath);
        const action = `logging in with ${method} at auth/${mount}`;
        const response = await this.http.call({ method: 'POST', path: `auth/${encodePath(mount)}/login`, body, namespace: this.authNamespace, action });
        if (!vault_client_ok(response))
            throw loginFailure(response, action, mount, this.authNamespace);
        const auth = objectAt(response.body, 'auth');
        const token = stringAt(auth, 'client_token');
        if (token === '')
            throw new vault_error_VaultError('login-failed', `login failed: Vault answered ${action} without a token`, { status: response.status });
        this.credentials.add(token);
        const result = {
            token,
            accessor: stringAt(auth, 'accessor'),
            policies: arrayOfStrings(auth, 'policies'),
            leaseDuration: numberAt(auth, 'lease_duration'),
            renewable: auth?.renewable === true,
            tokenType: tokenTypeOf(stringAt(auth, 'token_type'), token),
        };
        this.currentToken = token;
        this.tokenNamespace = this.authNamespace;
        this.knownPolicies = Promise.resolve(result.policies);
        return result;
    }
    authenticated(call) {
        const token = this.currentToken;
        if (token === undefined) {
            throw new vault_error_VaultError('login-failed', `not logged in to Vault while ${call.action}: pass vault-token or configure a login method`);
        }
        const isTokenCall = call.path.startsWith('auth/token/');
        return this.http.call({ ...call, token, namespace: isTokenCall ? this.tokenNamespace : this.namespace });
    }
    /** The token's policies for a permission error, looked up once; undefined when even that is denied. */
    policiesForErrors() {
        this.knownPolicies ??= this.lookupSelf().then((info) => info.policies, () => undefined);
        return this.knownPolicies;
    }
    /** Rethrows VaultErrors with every known credential removed from the message. */
    async scrubbed(work) {
        try {
            return await work;
        }
        catch (err) {
            if (!(err instanceof vault_error_VaultError))
                throw err;
            const secrets = [...this.credentials];
            throw new vault_error_VaultError(err.kind, redact(err.message, secrets), {
                ...(err.status === undefined ? {} : { status: err.status }),
                errors: err.errors.map((e) => redact(e, secrets)),
            });
        }
    }
}
function stringRecord(value) {
    const record = {};
    for (const [key, entry] of Object.entries(value ?? {}))
        if (typeof entry === 'string')
            record[key] = entry;
    return record;
}
function createVaultClient(options) {
    return new vault_client_VaultClient(options);
}
function loginFailure(response, action, mount, namespace) {
    if (isSealed(response) || response.status >= 500)
        return failureFor(response, { action });
    const details = { status: response.status, errors: errorsOf(response.body) };
    const where = namespace === undefined ? 'vault-auth-path' : 'vault-auth-path and vault-auth-namespace';
    if (response.status === 403) {
        return new vault_error_VaultError('login-failed', `login failed: permission denied at auth/${mount}/login (check ${where})`, details);
    }
    if (response.status === 404) {
        return new vault_error_VaultError('login-failed', `login failed: no auth method answers at auth/${mount}/login (check ${where})`, details);
    }
    const reason = readableErrors(details.errors).join('; ') || `HTTP ${response.status}`;
    return new vault_error_VaultError('login-failed', `login failed: ${reason}`, details);
}
function tokenTypeOf(declared, token) {
    // Batch tokens carry the type in their prefix: hvb. (Vault >= 1.10) or b. (older).
    return declared === 'batch' || token.startsWith('hvb.') || token.startsWith('b.') ? 'batch' : 'service';
}
function cleanNamespace(namespace) {
    const cleaned = namespace?.trim().replace(/^\/+|\/+$/g, '');
    return cleaned === undefined || cleaned === '' ? undefined : cleaned;
}
function vault_client_ok(response) {
    return response.status >= 200 && response.status < 300;
}

;// CONCATENATED MODULE: ./packages/vault/src/index.ts




;// CONCATENATED MODULE: ./packages/secrets-store/src/bundle.ts

/** The key that carries the bundle's version; never masked (it is not a secret and appears in logs). */
const bundle_VERSION_KEY = 'MCP_SECRETS_VERSION';
/**
 * Flattens one level: strings stay as they are, anything else (numbers,
 * booleans, maps, lists) becomes compact JSON under its top-level key, the same
 * rule for Vault fields and SOPS documents. null and undefined values are dropped.
 */
function bundle_bundleFromObject(values) {
    const entries = {};
    for (const [key, value] of Object.entries(values)) {
        if (value === null || value === undefined)
            continue;
        entries[key] = exportString(value);
    }
    const version = entries[bundle_VERSION_KEY];
    return version === undefined ? { entries } : { entries, version };
}
function exportString(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'bigint')
        return value.toString();
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString('utf8');
    return JSON.stringify(value, jsonSafe);
}
/** SOPS files can hold integers beyond 2^53 (bigint) and `type:bytes` values, which JSON cannot carry as is. */
function jsonSafe(_key, value) {
    if (typeof value === 'bigint')
        return value.toString();
    if (value instanceof Uint8Array)
        return Buffer.from(value).toString('utf8');
    return value;
}
/**
 * The bundle inside a Vault secret: the field `secretsKey` holding a JSON object
 * (or a JSON string of one); when the secret has no such field, its fields are the bundle.
 */
function bundle_bundleFromVaultData(data, secretsKey, source) {
    if (!(secretsKey in data))
        return bundle_bundleFromObject(data);
    const field = data[secretsKey];
    if (field !== null && typeof field === 'object' && !Array.isArray(field)) {
        return bundle_bundleFromObject(field);
    }
    if (typeof field === 'string') {
        let parsed;
        try {
            parsed = JSON.parse(field);
        }
        catch {
            // JSON.parse's message quotes the text it failed on: never pass it on.
            throw new ConfigurationError(`field '${secretsKey}' of ${source} is not valid JSON (the value is not shown)`, {
                input: 'vault-secrets-key',
                hint: 'store the bundle as a JSON object, or set vault-secrets-key to the field that holds it',
            });
        }
        if (parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)) {
            return bundle_bundleFromObject(parsed);
        }
    }
    throw new ConfigurationError(`field '${secretsKey}' of ${source} is not a JSON object`, {
        input: 'vault-secrets-key',
        hint: 'store the bundle as a JSON object, or set vault-secrets-key to the field that holds it',
    });
}

;// CONCATENATED MODULE: ./packages/secrets-store/src/version.ts

const VERSION = /^v?\d+(\.\d+)*$/;
/**
 * Compares dotted numeric versions ("7", "2026.11.2", "v3.1"); missing
 * segments count as 0. Anything else is refused rather than compared as text,
 * where "10" < "9" would let an old bundle pass.
 */
function version_compareVersions(a, b) {
    const parse = (value) => {
        if (!VERSION.test(value.trim())) {
            throw new ConfigurationError(`'${value}' is not a version (use numbers separated by dots, e.g. 7 or 2026.11.2)`, { input: 'min-version' });
        }
        return value.trim().replace(/^v/, '').split('.').map(Number);
    };
    const left = parse(a);
    const right = parse(b);
    for (let i = 0; i < Math.max(left.length, right.length); i++) {
        const diff = (left[i] ?? 0) - (right[i] ?? 0);
        if (diff !== 0)
            return Math.sign(diff);
    }
    return 0;
}

;// CONCATENATED MODULE: ./packages/secrets-store/src/key-policy.ts



const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
// Names that would let a secret bundle take over the runner or later steps.
const RESERVED_EXACT = new Set([
    'PATH', 'HOME', 'SHELL', 'IFS', 'ENV', 'BASH_ENV', 'PS4', 'CI', 'TMPDIR',
    'NODE_OPTIONS', 'NODE_PATH', 'NODE_EXTRA_CA_CERTS', 'LD_PRELOAD', 'LD_LIBRARY_PATH', 'LD_AUDIT',
    'JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'PYTHONPATH', 'PYTHONSTARTUP', 'PERL5OPT', 'PERL5LIB', 'RUBYOPT',
    'GIT_ASKPASS', 'GIT_SSH_COMMAND', 'SSL_CERT_FILE',
]);
const RESERVED_PREFIXES = (/* unused pure expression or super */ null && (['GITHUB_', 'RUNNER_', 'ACTIONS_', 'INPUT_', 'STATE_', 'DYLD_', 'BASH_FUNC_']));
function isReservedName(name) {
    const upper = name.toUpperCase();
    return RESERVED_EXACT.has(upper) || RESERVED_PREFIXES.some((prefix) => upper.startsWith(prefix));
}
/** Selects, checks names and versions; every failure names the keys, never values. */
function key_policy_applyKeyPolicy(bundle, policy, source) {
    const selected = {};
    const dropped = [];
    const wanted = new Set(policy.keys);
    for (const [key, value] of Object.entries(bundle.entries)) {
        if (wanted.size === 0 || wanted.has(key) || key === VERSION_KEY)
            selected[key] = value;
        else
            dropped.push(key);
    }
    const missing = policy.requiredKeys.filter((key) => !(key in selected));
    if (missing.length > 0) {
        throw new ConfigurationError(`${source} lacks required keys: ${missing.join(', ')}`, { input: 'required-keys' });
    }
    const invalid = Object.keys(selected).filter((key) => !ENV_NAME.test(key));
    if (invalid.length > 0) {
        throw new ConfigurationError(`${source} has keys that are not valid environment variable names: ${invalid.join(', ')}`, {
            hint: "rename them in the source, or leave them out with the 'keys' input",
        });
    }
    const reserved = Object.keys(selected).filter(isReservedName);
    if (reserved.length > 0) {
        throw new ConfigurationError(`${source} has keys that must never be exported from a secret bundle: ${reserved.join(', ')}`, {
            hint: "rename them in the source, or leave them out with the 'keys' input",
        });
    }
    if (policy.minVersion !== undefined && policy.minVersion !== '') {
        const version = bundle.version;
        if (version === undefined) {
            throw new ConfigurationError(`${source} has no ${VERSION_KEY}, but min-version ${policy.minVersion} is required`, { input: 'min-version' });
        }
        if (compareVersions(version, policy.minVersion) < 0) {
            throw new ConfigurationError(`${source} is at ${VERSION_KEY} ${version}, lower than min-version ${policy.minVersion}`, {
                input: 'min-version',
                hint: 'publish the rotated bundle, or wait for replication to catch up',
            });
        }
    }
    return { bundle: { ...bundle, entries: selected }, dropped };
}

;// CONCATENATED MODULE: ./packages/secrets-store/src/index.ts





;// CONCATENATED MODULE: ./packages/secrets-sync/src/mask-bundle.ts

/**
 * Registers every value (each line, each JSON leaf) with the masker. Sources
 * call it the moment a bundle is decoded, before they log anything else.
 */
function mask_bundle_maskBundle(ports, bundle) {
    for (const [key, value] of Object.entries(bundle.entries)) {
        if (key !== VERSION_KEY)
            ports.mask(value);
    }
    return bundle;
}

;// CONCATENATED MODULE: ./packages/secrets-sync/src/sops-source.ts




/**
 * Decrypts the repository's SOPS bundle with the age identities of
 * SOPS_AGE_KEY (or the file SOPS_AGE_KEY_FILE names). The key stays in memory;
 * the MAC is always verified (decryptSops has no way to skip it).
 */
async function sops_source_fetchFromSops(sops, ports) {
    const identities = sops.ageKey.trim() !== '' ? sops.ageKey : readKeyFile(sops.ageKeyFile);
    // Mask every line before parsing: even a malformed key line is a secret.
    for (const line of identities.split(/\r?\n/))
        if (line.trim() !== '' && !line.trim().startsWith('#'))
            ports.mask(line.trim());
    // Loaded on demand: the age/YAML code is most of the bundle and Vault runs never need it.
    const { decryptSops } = await Promise.all(/* import() */[__nccwpck_require__.e(859), __nccwpck_require__.e(408)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2408));
    const result = await decryptSops(readFileSync(sops.file), { fileName: sops.displayFile, identities });
    const bundle = maskBundle(ports, bundleFromObject(result.data));
    if (result.documents.length > 1) {
        ports.log.warning(`${sops.displayFile} has ${result.documents.length} YAML documents; only the first is the bundle.`);
    }
    const { version, lastModified } = result.metadata;
    return {
        bundle,
        source: sops.displayFile,
        details: [
            ['SOPS file', `${sops.displayFile} (${result.format}, sops ${version ?? 'unknown'})`],
            ['Last modified', lastModified],
            ['Recipient used', result.matchedRecipient],
        ],
    };
}
function readKeyFile(path) {
    try {
        return readFileSync(path, 'utf8');
    }
    catch {
        throw new ConfigurationError(`cannot read the age key file ${path}`, { input: 'sops-age-key', hint: 'check SOPS_AGE_KEY_FILE' });
    }
}

;// CONCATENATED MODULE: ./packages/secrets-sync/src/state.ts
/** Names of the values main hands to the post step through GITHUB_STATE. */
const state_STATE = {
    token: 'vault-token',
    tokenRevoked: 'vault-token-revoked',
    files: 'files',
};

;// CONCATENATED MODULE: ./packages/secrets-sync/src/vault-source.ts




/**
 * Logs in, reads the bundle, and revokes a token it obtained by login right
 * away: sync hands no token to later steps, so nothing needs it after the read.
 * The token is saved to the step state first, so the post step can still revoke
 * it if this process dies in between.
 */
async function vault_source_fetchFromVault(vault, login, ports, createClient = (options) => new VaultClient(options)) {
    const client = createClient(vaultClientOptions(vault, ports));
    let revocable = false;
    try {
        const method = await loginToVault(client, login, ports);
        revocable = method.revocable;
        if (revocable && client.token)
            ports.saveState(STATE.token, client.token);
        const secret = await client.readKv(vault.secretPath);
        const bundle = maskBundle(ports, bundleFromVaultData(secret.data, vault.secretsKey, secret.path));
        const details = [
            ['Vault path', `${secret.path} (KV v${secret.kvVersion}, mount ${secret.mount})`],
            ['Login', method.description],
        ];
        if (secret.metadata)
            details.push(['Secret version', `${secret.metadata.version} created ${secret.metadata.createdTime}`]);
        if (vault.namespace)
            details.push(['Namespace', vault.namespace]);
        return { bundle, source: secret.path, details };
    }
    finally {
        if (revocable)
            await revokeNow(client, ports);
    }
}
function vaultClientOptions(vault, ports) {
    return {
        address: vault.address,
        ...(vault.namespace ? { namespace: vault.namespace } : {}),
        ...(vault.authNamespace ? { authNamespace: vault.authNamespace } : {}),
        ...(vault.caCert ? { caCert: vault.caCert } : {}),
        deadline: Date.now() + vault.timeoutSeconds * 1000,
        env: ports.env,
        logger: { debug: (message) => ports.log.debug(message) },
    };
}
/** Logs the client in (or uses the given token), masking every token it receives; only a service token from a login is ours to revoke. */
async function loginToVault(client, login, ports) {
    switch (login.method) {
        case 'token':
            client.useToken(login.token);
            return { revocable: false, description: 'token (yours: not revoked)' };
        case 'approle': {
            const result = await client.loginAppRole({ roleId: login.roleId, secretId: login.secretId, mountPath: login.mountPath });
            ports.mask(result.token);
            return { revocable: result.tokenType === 'service', description: `AppRole at auth/${login.mountPath} (${result.tokenType} token)` };
        }
        case 'jwt': {
            const jwt = await ports.getIdToken(login.audience);
            ports.mask(jwt);
            const result = await client.loginJwt({ role: login.role, jwt, mountPath: login.mountPath });
            ports.mask(result.token);
            return {
                revocable: result.tokenType === 'service',
                description: `GitHub OIDC JWT at auth/${login.mountPath}, role ${login.role || '(default)'} (${result.tokenType} token)`,
            };
        }
    }
}
async function revokeNow(client, ports) {
    try {
        await client.revokeSelf();
        ports.saveState(STATE.tokenRevoked, 'true');
        ports.log.info('Revoked the Vault token obtained by login.');
    }
    catch (error) {
        const reason = error instanceof VaultError ? error.message : String(error);
        ports.log.warning(`Could not revoke the Vault token now (${reason}); the post step will try again.`);
    }
}

;// CONCATENATED MODULE: ./packages/secrets-sync/src/sync.ts









/**
 * The whole sync: mask credentials, choose the provider, fetch, mask every
 * value, apply the key policy, export, write the files, set outputs. Nothing is
 * logged about a value; keys are named, values never.
 */
async function runSync(ports, options, deps = {}) {
    for (const credential of [options.vault.token, options.vault.secretId]) {
        if (credential !== '')
            ports.mask(credential);
    }
    const plan = planProvider(options, ports.env);
    if (plan.provider === 'none') {
        if (options.required)
            throw new ConfigurationError(`no secrets provider is configured: ${plan.reason}`, { input: 'required' });
        ports.log.notice(`Secrets sync skipped: ${plan.reason}.`, { title: 'sync' });
        const result = emptyResult();
        setOutputs(ports, result);
        await ports.appendSummary(syncSummary(result, [], plan.reason));
        return result;
    }
    let provider = plan.provider;
    let fetched;
    if (plan.provider === 'vault') {
        try {
            fetched = await fetchFromVault(options.vault, plan.login, ports, deps.createVaultClient);
        }
        catch (error) {
            if (!(plan.sopsFallback && error instanceof VaultError))
                throw error;
            if (!sopsConfigured(options)) {
                throw new VaultError(error.kind, `${error.message} (fallback: sops is set, but there is no age key or no ${options.sops.displayFile} to fall back to)`);
            }
            ports.log.warning(`Vault failed (${error.message}); falling back to the SOPS bundle ${options.sops.displayFile} as fallback: sops allows.`);
            provider = 'sops';
            fetched = await fetchFromSops(options.sops, ports);
        }
    }
    else {
        fetched = await fetchFromSops(options.sops, ports);
    }
    const { bundle, dropped } = applyKeyPolicy(fetched.bundle, { keys: options.keys, requiredKeys: options.requiredKeys, minVersion: options.minVersion }, fetched.source);
    if (dropped.length > 0)
        ports.log.info(`Not selected by 'keys', dropped: ${dropped.join(', ')}`);
    const result = deliver(ports, options, bundle, provider, fetched.source, deps.now?.() ?? new Date());
    result.dropped = dropped;
    ports.log.info(`Synced ${result.keys.length} secrets from ${provider} (${fetched.source}): ${result.keys.join(', ')}`);
    setOutputs(ports, result);
    await ports.appendSummary(syncSummary(result, fetched.details));
    return result;
}
function deliver(ports, options, bundle, provider, source, now) {
    const written = [];
    const result = { ...emptyResult(), provider, version: bundle.version ?? '', keys: Object.keys(bundle.entries) };
    // The post step removes whatever is listed here, so record the paths before writing.
    const planned = [options.envFile, options.consoleSecretsFile].filter((file) => file !== undefined);
    if (planned.length > 0)
        ports.saveState(STATE.files, JSON.stringify(planned));
    if (options.envFile !== undefined) {
        const dotenv = formatDotenv(bundle);
        writeFileAtomic(options.envFile, dotenv.text, { mode: 0o600, privateDir: true });
        written.push(options.envFile);
        result.envFile = options.envFile;
        result.notInEnvFile = dotenv.skipped;
        if (dotenv.skipped.length > 0) {
            ports.log.warning(`Left out of ${options.envFile} (values mixing ' with $, \`, \\ or " cannot be quoted for both bash and dotenv): ${dotenv.skipped.join(', ')}`);
        }
    }
    if (options.consoleSecretsFile !== undefined) {
        writeFileAtomic(options.consoleSecretsFile, formatConsoleSecrets(bundle, { provider, source, generatedAt: now }), { mode: 0o600, privateDir: true });
        written.push(options.consoleSecretsFile);
        result.consoleSecretsFile = options.consoleSecretsFile;
    }
    if (options.exportEnv) {
        for (const [key, value] of Object.entries(bundle.entries))
            ports.exportVariable(key, value);
    }
    return result;
}
function setOutputs(ports, result) {
    ports.setOutput('provider', result.provider);
    ports.setOutput('version', result.version);
    ports.setOutput('count', String(result.keys.length));
    ports.setOutput('keys', result.keys.join(','));
    ports.setOutput('env-file', result.envFile ?? '');
    ports.setOutput('console-secrets-file', result.consoleSecretsFile ?? '');
}
function emptyResult() {
    return { provider: 'none', version: '', keys: [], dropped: [], notInEnvFile: [] };
}

;// CONCATENATED MODULE: ./packages/secrets-sync/src/post.ts




/**
 * Runs after the job (even when main failed): revokes a login token main could
 * not revoke, and removes the files main wrote. Never fails the job over a
 * cleanup problem it cannot fix; it warns instead.
 */
async function runSyncPost(ports, options, createClient) {
    const result = { revoked: 'none', removed: [] };
    const token = ports.getState(state_STATE.token);
    if (token !== '') {
        ports.mask(token);
        result.revoked = ports.getState(state_STATE.tokenRevoked) === 'true' ? 'already' : await revoke(ports, options, token, createClient);
    }
    for (const file of parseFiles(ports.getState(state_STATE.files))) {
        try {
            if (removeIfPresent(file))
                result.removed.push(file);
        }
        catch (error) {
            ports.log.warning(`Could not remove ${file}: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    if (result.removed.length > 0)
        ports.log.info(`Removed ${result.removed.join(', ')}`);
    await ports.appendSummary(postSummary(result));
    return result;
}
async function revoke(ports, options, token, createClient) {
    const client = (createClient ?? ((o) => new vault_client_VaultClient(o)))({ ...vaultClientOptions(options.vault, ports), token });
    try {
        await client.revokeSelf();
        ports.log.info('Revoked the Vault token obtained by login.');
        return 'revoked';
    }
    catch (error) {
        const reason = error instanceof vault_error_VaultError ? error.message : String(error);
        ports.log.warning(`Could not revoke the Vault token: ${reason}. It expires with its TTL.`);
        return 'failed';
    }
}
function parseFiles(state) {
    if (state === '')
        return [];
    try {
        const parsed = JSON.parse(state);
        return Array.isArray(parsed) ? parsed.filter((item) => typeof item === 'string') : [];
    }
    catch {
        return [];
    }
}
function postSummary(result) {
    const token = {
        revoked: 'revoked by the post step',
        already: 'revoked right after the read',
        none: 'none obtained by login',
        failed: 'revocation failed (expires with its TTL)',
    }[result.revoked];
    const files = result.removed.length > 0 ? result.removed.map((f) => `\`${f}\``).join(', ') : 'none left';
    return ['## Secrets sync cleanup', '', `- Vault token: ${token}`, `- Files removed: ${files}`, ''].join('\n');
}

;// CONCATENATED MODULE: ./packages/secrets-sync/src/index.ts






;// CONCATENATED MODULE: ./actions/sync/src/inputs.ts


const inputNames = (/* unused pure expression or super */ null && (SYNC_INPUT_NAMES));
/** The sync options from the runner's INPUT_* variables (and the runbooks' VAULT_* / SOPS_* fallbacks). */
function readInputs(env) {
    const source = runnerInputSource(env);
    return readSyncOptions(new Inputs(source, env), (name) => source.get(name), env);
}

;// CONCATENATED MODULE: ./actions/sync/src/post.ts



void runAction('sync (post)', async (ports) => {
    await runSyncPost(ports, readInputs(ports.env));
});

})();

module.exports = __webpack_exports__;
/******/ })()
;