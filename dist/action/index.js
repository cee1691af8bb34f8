import { createRequire as __w2gCreateRequire } from 'node:module'; const require = __w2gCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// node_modules/mingo/cjs/util/_hash.js
var require_hash = __commonJS({
  "node_modules/mingo/cjs/util/_hash.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var hash_exports = {};
    __export(hash_exports, {
      hashCode: () => hashCode2
    });
    module.exports = __toCommonJS(hash_exports);
    var MULTIPLIER = 16777619;
    function mix(h, x) {
      return h * MULTIPLIER ^ x >>> 0;
    }
    function hashNumber(n) {
      if (Number.isNaN(n)) return 2143289344;
      if (!Number.isFinite(n)) return n > 0 ? 2139095040 : 4286578688;
      const intPart = Math.trunc(n);
      const frac = n - intPart;
      let h = intPart | 0;
      if (frac !== 0) {
        const scaled = Math.floor(frac * 4294967296);
        h = mix(h, scaled | 0);
      }
      return h >>> 0;
    }
    function hashString(str) {
      let h = 0;
      for (let i = 0; i < str.length; i++) {
        h = mix(h, str.charCodeAt(i));
      }
      return h >>> 0;
    }
    function hashBigInt(b) {
      let h = 0;
      const isNegative = b < 0n;
      let x = isNegative ? -b : b;
      if (x === 0n) {
        h = mix(h, 0);
      } else {
        while (x > 0n) {
          const byte = Number(x & 0xffn);
          h = mix(h, byte);
          x >>= 8n;
        }
      }
      return mix(h, +isNegative) >>> 0;
    }
    function hashFunction(fn) {
      let h = hashString((fn.name || "") + fn.toString());
      h = mix(h, fn.length);
      return h >>> 0;
    }
    function hashBytes(bytes) {
      let h = 0;
      for (let i = 0; i < bytes.length; i++) {
        h = mix(h, bytes[i]);
      }
      return h >>> 0;
    }
    function hashTypedArray(view) {
      let h = hashString(view.constructor.name);
      const bytes = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
      h = mix(h, hashBytes(bytes));
      return h >>> 0;
    }
    function hashArray(arr, seen) {
      if (seen.has(arr)) return 13;
      seen.add(arr);
      let h = 1;
      for (let i = 0; i < arr.length; i++) {
        h = mix(h, internalHash(arr[i], seen));
      }
      seen.delete(arr);
      return h >>> 0;
    }
    function hashObject(obj, seen) {
      if (seen.has(obj)) return 13;
      seen.add(obj);
      const keys = Object.keys(obj).sort();
      let h = hashString(obj?.constructor?.name);
      for (const k of keys) {
        h = mix(h, hashString(k));
        h = mix(h, internalHash(obj[k], seen));
      }
      seen.delete(obj);
      return h >>> 0;
    }
    var BOOLEAN_HASH = [3735928559, 305441741].map((b) => mix(3, b));
    var NULL_HASH = mix(1, 0);
    var UNDEF_HASH = mix(2, 0);
    function internalHash(value, seen) {
      if (value === null) return NULL_HASH;
      const t = typeof value;
      switch (t) {
        case "undefined":
          return UNDEF_HASH;
        case "boolean":
          return BOOLEAN_HASH[+value];
        case "number":
          return mix(4, hashNumber(value));
        case "string":
          return mix(5, hashString(value));
        case "bigint":
          return mix(6, hashBigInt(value));
        case "function":
          return mix(7, hashFunction(value));
        default: {
          if (ArrayBuffer.isView(value) && !(value instanceof DataView))
            return mix(12, hashTypedArray(value));
          if (value instanceof Date)
            return mix(10, hashNumber(value.getTime()));
          if (value instanceof RegExp) {
            const h = hashString(value.source);
            return mix(11, mix(h, hashString(value.flags)));
          }
          if (Array.isArray(value)) return mix(8, hashArray(value, seen));
          return mix(
            9,
            hashObject(value, seen)
          );
        }
      }
    }
    function hashCode2(value) {
      return internalHash(value, /* @__PURE__ */ new WeakSet()) >>> 0;
    }
  }
});

// node_modules/mingo/cjs/util/_internal.js
var require_internal = __commonJS({
  "node_modules/mingo/cjs/util/_internal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      HashMap: () => HashMap2,
      MISSING: () => MISSING,
      MingoError: () => MingoError2,
      OBJECT_PROTO_PROPS: () => OBJECT_PROTO_PROPS,
      PathValidator: () => PathValidator,
      assert: () => assert2,
      assertNoProto: () => assertNoProto,
      cloneDeep: () => cloneDeep2,
      compare: () => compare2,
      ensureArray: () => ensureArray2,
      filterMissing: () => filterMissing,
      findInsertIndex: () => findInsertIndex2,
      flatten: () => flatten2,
      groupBy: () => groupBy2,
      has: () => has2,
      hashCode: () => import_hash2.hashCode,
      intersection: () => intersection2,
      isArray: () => isArray2,
      isBoolean: () => isBoolean2,
      isDate: () => isDate2,
      isEmpty: () => isEmpty2,
      isEqual: () => isEqual2,
      isFunction: () => isFunction2,
      isInteger: () => isInteger2,
      isNil: () => isNil2,
      isNumber: () => isNumber2,
      isObject: () => isObject3,
      isObjectLike: () => isObjectLike2,
      isOperator: () => isOperator2,
      isPrimitive: () => isPrimitive,
      isRegExp: () => isRegExp2,
      isString: () => isString2,
      isSymbol: () => isSymbol2,
      normalize: () => normalize2,
      removeValue: () => removeValue2,
      resolve: () => resolve3,
      resolveGraph: () => resolveGraph,
      setValue: () => setValue2,
      simpleCmp: () => simpleCmp,
      truthy: () => truthy,
      typeOf: () => typeOf2,
      unique: () => unique2,
      walk: () => walk
    });
    module.exports = __toCommonJS(internal_exports);
    var import_hash = require_hash();
    var import_hash2 = require_hash();
    var MingoError2 = class extends Error {
    };
    var MISSING = /* @__PURE__ */ Symbol("missing");
    var ERR_CYCLE_FOUND = "mingo: cycle detected while processing object/array";
    var isPrimitive = (v) => typeof v !== "object" && typeof v !== "function" || v === null;
    var isScalar2 = (v) => isPrimitive(v) || isDate2(v) || isRegExp2(v);
    var SORT_ORDER = {
      undefined: 1,
      null: 2,
      number: 3,
      string: 4,
      symbol: 5,
      object: 6,
      array: 7,
      arraybuffer: 8,
      boolean: 9,
      date: 10,
      regexp: 11,
      function: 12
    };
    var simpleCmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
    var typedArraysCmp = (a, b) => {
      const bytesA = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      const bytesB = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      const size = Math.min(bytesA.length, bytesB.length);
      for (let i = 0; i < size; i++) {
        const order = simpleCmp(bytesA[i], bytesB[i]);
        if (order !== 0) return order;
      }
      return simpleCmp(bytesA.length, bytesB.length);
    };
    function mingoCmp(a, b, descendArray = false) {
      if (a === MISSING) a = void 0;
      if (b === MISSING) b = void 0;
      if (a === b || Object.is(a, b)) return 0;
      const typeA = typeOf2(a);
      const typeB = typeOf2(b);
      let neq = 0;
      if (typeA === typeB) {
        switch (typeA) {
          case "number":
          case "string":
          case "boolean":
            return simpleCmp(a, b);
          case "date":
            return simpleCmp(+a, +b);
          case "regexp":
            if (neq = simpleCmp(a.source, b.source))
              return neq;
            return simpleCmp(a.flags, b.flags);
          case "arraybuffer":
            return typedArraysCmp(a, b);
          case "array": {
            const xs = a.slice().sort(mingoCmp);
            const ys = b.slice().sort(mingoCmp);
            const size = Math.min(xs.length, ys.length);
            for (let i = 0; i < size; i++)
              if (neq = mingoCmp(xs[i], ys[i])) return neq;
            return simpleCmp(xs.length, ys.length);
          }
          default: {
            if (typeA !== "object") {
              if (a?.constructor === b?.constructor && hasCustomString(a))
                return simpleCmp(a.toString(), b.toString());
            }
            const keysA = Object.keys(a).sort();
            const keysB = Object.keys(b).sort();
            if (neq = mingoCmp(keysA, keysB)) return neq;
            for (const k of keysA)
              if (neq = mingoCmp(a[k], b[k]))
                return neq;
            return 0;
          }
        }
      }
      if (typeA == "undefined") return -1;
      if (typeB == "undefined") return 1;
      if (descendArray) {
        if (typeA == "array") {
          const xs = a;
          if (!xs.length) return -1;
          const sorted = xs.slice().sort(mingoCmp);
          neq = 1;
          for (const v of sorted)
            if ((neq = Math.min(neq, mingoCmp(v, b))) < 0) return neq;
          return neq;
        }
        if (typeB == "array") {
          const ys = b;
          if (!ys.length) return 1;
          const sorted = ys.slice().sort(mingoCmp);
          neq = -1;
          for (const v of sorted)
            if ((neq = Math.max(neq, mingoCmp(a, v))) > 0) return neq;
          return neq;
        }
      }
      const orderA = SORT_ORDER[typeA] ?? Number.MAX_VALUE;
      const orderB = SORT_ORDER[typeB] ?? Number.MAX_VALUE;
      return orderA !== orderB ? simpleCmp(orderA, orderB) : simpleCmp(typeA, typeB);
    }
    var compare2 = (a, b) => mingoCmp(a, b, true);
    var hasCustomString = (o) => o !== null && o !== void 0 && o["toString"] !== Object.prototype.toString;
    function isEqual2(a, b) {
      if (a === b || Object.is(a, b)) return true;
      if (a === null || b === null) return false;
      if (typeof a !== typeof b) return false;
      if (typeof a !== "object") return false;
      if (a.constructor !== b?.constructor) return false;
      if (isDate2(a)) return isDate2(b) && +a === +b;
      if (isRegExp2(a))
        return isRegExp2(b) && a.source === b.source && a.flags === b.flags;
      if (isArray2(a) && isArray2(b)) {
        return a.length === b.length && a.every((v, i) => isEqual2(v, b[i]));
      }
      if (a?.constructor !== Object && hasCustomString(a)) {
        return a?.toString() === b?.toString();
      }
      const objA = a;
      const objB = b;
      const keysA = Object.keys(objA);
      const keysB = Object.keys(objB);
      if (keysA.length !== keysB.length) return false;
      return keysA.every((k) => has2(objB, k) && isEqual2(objA[k], objB[k]));
    }
    var HashMap2 = class _HashMap extends Map {
      // maps the hashcode to key set
      #keyMap = /* @__PURE__ */ new Map();
      // returns a tuple of [<masterKey>, <hash>]. Expects an object key.
      #unpack = (key) => {
        const hash = (0, import_hash.hashCode)(key);
        const items = this.#keyMap.get(hash) ?? [];
        return [items.find((k) => isEqual2(k, key)), hash];
      };
      constructor() {
        super();
      }
      /**
       * Returns a new {@link HashMap} object.
       * @param fn An optional custom hash function
       */
      static init() {
        return new _HashMap();
      }
      clear() {
        super.clear();
        this.#keyMap.clear();
      }
      delete(key) {
        if (isPrimitive(key)) return super.delete(key);
        const [masterKey, hash] = this.#unpack(key);
        if (!super.delete(masterKey)) return false;
        this.#keyMap.set(
          hash,
          this.#keyMap.get(hash).filter((k) => !isEqual2(k, masterKey))
        );
        return true;
      }
      get(key) {
        if (isPrimitive(key)) return super.get(key);
        const [masterKey, _] = this.#unpack(key);
        return super.get(masterKey);
      }
      has(key) {
        if (isPrimitive(key)) return super.has(key);
        const [masterKey, _] = this.#unpack(key);
        return super.has(masterKey);
      }
      set(key, value) {
        if (isPrimitive(key)) return super.set(key, value);
        const [masterKey, hash] = this.#unpack(key);
        if (super.has(masterKey)) {
          super.set(masterKey, value);
        } else {
          super.set(key, value);
          const keys = this.#keyMap.get(hash) || [];
          keys.push(key);
          this.#keyMap.set(hash, keys);
        }
        return this;
      }
      /**
       * @returns the number of elements in the Map.
       */
      get size() {
        return super.size;
      }
    };
    function assert2(condition, msg) {
      if (!condition) throw new MingoError2(msg);
    }
    var assertNoProto = (s) => {
      if (s === "__proto__" || s.startsWith("__proto__.") || s.endsWith(".__proto__") || s.includes(".__proto__.")) {
        throw new MingoError2(
          `Accessing __proto__ is not allowed in selector: '${s}'.`
        );
      }
    };
    function typeOf2(v) {
      const t = typeof v;
      switch (t) {
        case "number":
        case "string":
        case "boolean":
        case "undefined":
        case "function":
        case "symbol":
          return t;
      }
      if (v === null) return "null";
      if (isArray2(v)) return "array";
      if (isDate2(v)) return "date";
      if (isRegExp2(v)) return "regexp";
      if (isTypedArray(v)) return "arraybuffer";
      if (v?.constructor === Object) return "object";
      return v?.constructor?.name?.toLowerCase() ?? "object";
    }
    var isBoolean2 = (v) => typeof v === "boolean";
    var isString2 = (v) => typeof v === "string";
    var isSymbol2 = (v) => typeof v === "symbol";
    var isNumber2 = (v) => !Number.isNaN(v) && typeof v === "number";
    var isInteger2 = Number.isInteger;
    var isArray2 = Array.isArray;
    var isObject3 = (v) => typeOf2(v) === "object";
    var isObjectLike2 = (v) => !isPrimitive(v);
    var isDate2 = (v) => v instanceof Date;
    var isRegExp2 = (v) => v instanceof RegExp;
    var isFunction2 = (v) => typeof v === "function";
    var isNil2 = (v) => v === null || v === void 0;
    var truthy = (arg, strict = true) => !!arg || strict && arg === "";
    var isEmpty2 = (x) => isNil2(x) || isString2(x) && !x || isArray2(x) && x.length === 0 || isObject3(x) && Object.keys(x).length === 0;
    var ensureArray2 = (x) => isArray2(x) ? x : [x];
    var has2 = (obj, key1, key2 = "", key3 = "") => !!(obj && Object.prototype.hasOwnProperty.call(obj, key1) && (key2 === "" || Object.prototype.hasOwnProperty.call(obj, key2)) && (key3 === "" || Object.prototype.hasOwnProperty.call(obj, key3)));
    var isTypedArray = (v) => typeof ArrayBuffer !== "undefined" && ArrayBuffer.isView(v);
    var isDigits = (s) => {
      for (let i = 0; i < s.length; i++)
        if (s.charCodeAt(i) < 48 || s.charCodeAt(i) > 57) return false;
      return true;
    };
    var cloneDeep2 = (v, refs) => {
      if (isPrimitive(v)) return v;
      if (isDate2(v)) return new Date(v);
      if (isRegExp2(v)) return new RegExp(v);
      if (isTypedArray(v)) {
        const ctor = v.constructor;
        return new ctor(v);
      }
      if (!(refs instanceof WeakSet)) refs = /* @__PURE__ */ new WeakSet();
      if (refs.has(v)) throw new Error(ERR_CYCLE_FOUND);
      refs.add(v);
      try {
        if (isArray2(v)) {
          const arr = new Array(v.length);
          for (let i = 0; i < v.length; i++) arr[i] = cloneDeep2(v[i], refs);
          return arr;
        }
        if (isObject3(v)) {
          const obj = {};
          for (const k of Object.keys(v)) obj[k] = cloneDeep2(v[k], refs);
          return obj;
        }
      } finally {
        refs.delete(v);
      }
      return v;
    };
    function intersection2(input) {
      if (input.length === 0) return [];
      if (input.length === 1) return input[0].slice();
      for (const arr of input) if (arr.length === 0) return [];
      const maps = [HashMap2.init(), HashMap2.init()];
      let index = 0;
      for (const v of input[input.length - 1]) maps[0].set(v, true);
      for (let i = input.length - 2; i >= 0; i--) {
        for (let j = 0; j < input[i].length; j++) {
          const v = input[i][j];
          if (maps[index].has(v)) maps[index ^ 1].set(v, true);
        }
        if (maps[index ^ 1].size === 0) return [];
        maps[index].clear();
        index = index ^ 1;
      }
      return Array.from(maps[index].keys());
    }
    function flatten2(xs, depth = 1) {
      const arr = new Array();
      function flatten22(ys, n) {
        for (let i = 0, len = ys.length; i < len; i++) {
          if (isArray2(ys[i]) && (n > 0 || n < 0)) {
            flatten22(ys[i], Math.max(-1, n - 1));
          } else {
            arr.push(ys[i]);
          }
        }
      }
      flatten22(xs, depth);
      return arr;
    }
    function unique2(input) {
      const m = HashMap2.init();
      for (const v of input) m.set(v, true);
      return Array.from(m.keys());
    }
    function groupBy2(collection, keyFunc) {
      if (collection.length < 1) return /* @__PURE__ */ new Map();
      const result = HashMap2.init();
      for (let i = 0; i < collection.length; i++) {
        const obj = collection[i];
        const key = keyFunc(obj, i) ?? null;
        let a = result.get(key);
        if (!a) {
          a = [obj];
          result.set(key, a);
        } else {
          a.push(obj);
        }
      }
      return result;
    }
    var OBJECT_PROTO_PROPS = new Set(
      Object.getOwnPropertyNames(Object.prototype).filter((s) => s !== "__proto__")
    );
    function getValue(obj, key) {
      if (obj === Object.prototype) return;
      if (isPrimitive(obj) || Number.isNaN(key)) return;
      if (isArray2(obj)) return obj[Number(key)];
      if (OBJECT_PROTO_PROPS.has(key) && !has2(obj, key)) return;
      return obj[key];
    }
    function unwrap(arr, depth) {
      if (depth < 1) return arr;
      while (depth-- && arr.length === 1 && isArray2(arr[0])) arr = arr[0];
      return arr;
    }
    function resolve3(obj, selector, options) {
      assertNoProto(selector);
      if (isScalar2(obj)) return obj;
      if (!selector.includes(".") && !isArray2(obj)) return getValue(obj, selector);
      let depth = 0;
      function resolvePath(o, path) {
        let value = o;
        let begin = 0;
        let dot = 0;
        while (dot !== -1) {
          dot = path.indexOf(".", begin);
          const field = dot === -1 ? path.substring(begin) : path.substring(begin, dot);
          const isIndex = isDigits(field);
          if (!isIndex && isArray2(value)) {
            if (begin === 0 && depth > 0) break;
            depth += 1;
            const subpath = path.substring(begin);
            value = value.reduce((acc, item) => {
              const v = resolvePath(item, subpath);
              if (v !== void 0) acc.push(v);
              return acc;
            }, []);
            break;
          } else {
            value = getValue(value, field);
          }
          if (value === void 0) break;
          begin += field.length + 1;
        }
        return value;
      }
      const res = resolvePath(obj, selector);
      return isArray2(res) && options?.unwrapArray ? unwrap(res, depth) : res;
    }
    function resolveGraph(obj, selector, options) {
      if (options?.ignoreProto !== true) {
        assertNoProto(selector);
        options = { ...options, ignoreProto: true };
      }
      const sep2 = selector.indexOf(".");
      const key = sep2 == -1 ? selector : selector.substring(0, sep2);
      const next = selector.substring(sep2 + 1);
      const hasNext = sep2 != -1;
      const { preserveIndex, preserveKeys } = options;
      if (isArray2(obj)) {
        const isIndex = isDigits(key);
        const arr = isIndex && preserveIndex === "default" ? obj.slice() : [];
        if (isIndex) {
          const index = Number(key);
          let value2 = getValue(obj, key);
          if (hasNext) value2 = resolveGraph(value2, next, options);
          if (preserveIndex === "default") {
            arr[index] = value2;
          } else {
            arr.push(value2);
          }
        } else {
          for (let i = 0; i < obj.length; i++) {
            const value2 = resolveGraph(obj[i], selector, options);
            if (preserveIndex === "missing") {
              arr.push(value2 ?? MISSING);
            } else if (value2 !== void 0 || preserveIndex === "default") {
              arr.push(value2);
            }
          }
        }
        return arr;
      }
      let value = getValue(obj, key);
      if (hasNext) {
        value = resolveGraph(value, next, options);
      }
      const res = preserveKeys ? { ...obj } : {};
      if (value === void 0) {
        return preserveIndex === "missing" && isObject3(obj) ? res : void 0;
      }
      res[key] = value;
      return res;
    }
    function filterMissing(obj) {
      if (isArray2(obj)) {
        for (let i = obj.length - 1; i >= 0; i--) {
          if (obj[i] === MISSING) {
            obj.splice(i, 1);
          } else {
            filterMissing(obj[i]);
          }
        }
      } else if (isObject3(obj)) {
        const keys = Object.keys(obj);
        for (let i = 0; i < keys.length; i++) {
          filterMissing(obj[keys[i]]);
        }
      }
    }
    function walk(obj, selector, fn, options) {
      if (options?.ignoreProto !== true) {
        assertNoProto(selector);
        options = { ...options, ignoreProto: true };
      }
      if (obj === Object.prototype) return;
      const dotIndex = selector.indexOf(".");
      const key = dotIndex === -1 ? selector : selector.substring(0, dotIndex);
      const next = selector.substring(key.length + 1);
      if (next.length === 0) {
        if (isObject3(obj) || isArray2(obj) && isDigits(key)) fn(obj, key);
      } else {
        if (options?.buildGraph && isNil2(obj[key])) obj[key] = {};
        const item = obj[key];
        if (!item) return;
        const nextDotIndex = next.indexOf(".");
        const nextKey = nextDotIndex === -1 ? next : next.substring(0, nextDotIndex);
        const isNextArrayIndex = isDigits(nextKey);
        if (isArray2(item) && options?.descendArray && !isNextArrayIndex) {
          for (let i = 0; i < item.length; i++)
            walk(item[i], next, fn, options);
        } else {
          walk(item, next, fn, options);
        }
      }
    }
    function setValue2(obj, selector, value) {
      walk(obj, selector, (item, key) => item[key] = value, {
        buildGraph: true
      });
    }
    function removeValue2(obj, selector, options) {
      walk(
        obj,
        selector,
        ((item, key) => {
          if (isArray2(item)) {
            item.splice(Number(key), 1);
          } else {
            delete item[key];
          }
        }),
        options
      );
    }
    var isOperator2 = (name) => !!name && name[0] === "$" && /^\$[a-zA-Z0-9_]+$/.test(name);
    function normalize2(expr) {
      if (isScalar2(expr)) {
        return isRegExp2(expr) ? { $regex: expr } : { $eq: expr };
      }
      if (!Object.keys(expr).some(isOperator2)) return { $eq: expr };
      if (isObject3(expr) && has2(expr, "$regex")) {
        const newExpr = { ...expr };
        newExpr["$regex"] = new RegExp(
          expr["$regex"],
          expr["$options"]
        );
        delete newExpr["$options"];
        return newExpr;
      }
      return expr;
    }
    function findInsertIndex2(sorted, item, comparator = compare2) {
      let lo = 0;
      let hi = sorted.length - 1;
      while (lo <= hi) {
        const mid = Math.round(lo + (hi - lo) / 2);
        if (comparator(item, sorted[mid]) < 0) {
          hi = mid - 1;
        } else if (comparator(item, sorted[mid]) > 0) {
          lo = mid + 1;
        } else {
          return mid;
        }
      }
      return lo;
    }
    var PathValidator = class {
      constructor() {
        this.root = {
          children: /* @__PURE__ */ new Map(),
          isTerminal: false
        };
      }
      add(selector) {
        const parts = selector.split(".");
        let current = this.root;
        for (const part of parts) {
          if (current.isTerminal) return false;
          if (!current.children.has(part)) {
            current.children.set(part, {
              children: /* @__PURE__ */ new Map(),
              isTerminal: false
            });
          }
          current = current.children.get(part);
        }
        if (current.isTerminal || current.children.size) return false;
        return current.isTerminal = true;
      }
    };
  }
});

// node_modules/mingo/cjs/util/index.js
var require_util = __commonJS({
  "node_modules/mingo/cjs/util/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var util_exports = {};
    __export(util_exports, {
      HashMap: () => import_internal.HashMap,
      MingoError: () => import_internal.MingoError,
      assert: () => import_internal.assert,
      cloneDeep: () => import_internal.cloneDeep,
      compare: () => import_internal.compare,
      ensureArray: () => import_internal.ensureArray,
      findInsertIndex: () => import_internal.findInsertIndex,
      flatten: () => import_internal.flatten,
      groupBy: () => import_internal.groupBy,
      has: () => import_internal.has,
      hashCode: () => import_internal.hashCode,
      intersection: () => import_internal.intersection,
      isArray: () => import_internal.isArray,
      isBoolean: () => import_internal.isBoolean,
      isDate: () => import_internal.isDate,
      isEmpty: () => import_internal.isEmpty,
      isEqual: () => import_internal.isEqual,
      isFunction: () => import_internal.isFunction,
      isInteger: () => import_internal.isInteger,
      isNil: () => import_internal.isNil,
      isNumber: () => import_internal.isNumber,
      isObject: () => import_internal.isObject,
      isObjectLike: () => import_internal.isObjectLike,
      isOperator: () => import_internal.isOperator,
      isRegExp: () => import_internal.isRegExp,
      isString: () => import_internal.isString,
      isSymbol: () => import_internal.isSymbol,
      normalize: () => import_internal.normalize,
      removeValue: () => import_internal.removeValue,
      resolve: () => import_internal.resolve,
      setValue: () => import_internal.setValue,
      typeOf: () => import_internal.typeOf,
      unique: () => import_internal.unique
    });
    module.exports = __toCommonJS(util_exports);
    var import_internal = require_internal();
  }
});

// node_modules/mingo/cjs/core/_internal.js
var require_internal2 = __commonJS({
  "node_modules/mingo/cjs/core/_internal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      ComputeOptions: () => ComputeOptions,
      Context: () => Context2,
      OpType: () => OpType2,
      ProcessingMode: () => ProcessingMode2,
      computeValue: () => computeValue2,
      evalExpr: () => evalExpr2
    });
    module.exports = __toCommonJS(internal_exports);
    var import_util = require_util();
    var ProcessingMode2 = /* @__PURE__ */ ((ProcessingMode22) => {
      ProcessingMode22[ProcessingMode22["CLONE_OFF"] = 0] = "CLONE_OFF";
      ProcessingMode22[ProcessingMode22["CLONE_INPUT"] = 1] = "CLONE_INPUT";
      ProcessingMode22[ProcessingMode22["CLONE_OUTPUT"] = 2] = "CLONE_OUTPUT";
      ProcessingMode22[ProcessingMode22["CLONE_ALL"] = 3] = "CLONE_ALL";
      return ProcessingMode22;
    })(ProcessingMode2 || {});
    var ComputeOptions = class _ComputeOptions {
      constructor(options, locals) {
        this.options = options;
        this.#locals = locals ? { ...locals } : {};
      }
      #locals;
      /**
       * Initializes a new instance of the `ComputeOptions` class with the provided options.
       *
       * @param options - A partial set of options to configure the `ComputeOptions` instance.
       *                  If an instance of `ComputeOptions` is provided, its internal options and locals are used.
       * @returns A new `ComputeOptions` instance configured with the provided options and root.
       */
      static init(options) {
        return options instanceof _ComputeOptions ? new _ComputeOptions(options.options, options.#locals) : new _ComputeOptions({
          idKey: "_id",
          scriptEnabled: true,
          useStrictMode: true,
          failOnError: true,
          processingMode: 0,
          ...options,
          context: options?.context ? Context2.from(options?.context) : Context2.init()
        });
      }
      update(locals) {
        Object.assign(this.#locals, locals, {
          // DO NOT override timestamp
          timestamp: this.#locals.timestamp,
          // merge variables.
          variables: { ...this.#locals?.variables, ...locals?.variables }
        });
        return this;
      }
      get local() {
        return this.#locals;
      }
      get now() {
        let timestamp = this.#locals.timestamp ?? 0;
        if (!timestamp) {
          timestamp = Date.now();
          Object.assign(this.#locals, { timestamp });
        }
        return new Date(timestamp);
      }
      get idKey() {
        return this.options.idKey;
      }
      get collation() {
        return this.options?.collation;
      }
      get processingMode() {
        return this.options?.processingMode;
      }
      get useStrictMode() {
        return this.options?.useStrictMode;
      }
      get scriptEnabled() {
        return this.options?.scriptEnabled;
      }
      get failOnError() {
        return this.options?.failOnError;
      }
      get collectionResolver() {
        return this.options?.collectionResolver;
      }
      get jsonSchemaValidator() {
        return this.options?.jsonSchemaValidator;
      }
      get variables() {
        return this.options?.variables;
      }
      get context() {
        return this.options?.context;
      }
    };
    var OpType2 = /* @__PURE__ */ ((OpType22) => {
      OpType22["ACCUMULATOR"] = "accumulator";
      OpType22["EXPRESSION"] = "expression";
      OpType22["PIPELINE"] = "pipeline";
      OpType22["PROJECTION"] = "projection";
      OpType22["QUERY"] = "query";
      OpType22["WINDOW"] = "window";
      return OpType22;
    })(OpType2 || {});
    var Context2 = class _Context {
      #operators;
      constructor() {
        this.#operators = {
          [
            "accumulator"
            /* ACCUMULATOR */
          ]: {},
          [
            "expression"
            /* EXPRESSION */
          ]: {},
          [
            "pipeline"
            /* PIPELINE */
          ]: {},
          [
            "projection"
            /* PROJECTION */
          ]: {},
          [
            "query"
            /* QUERY */
          ]: {},
          [
            "window"
            /* WINDOW */
          ]: {}
        };
      }
      static init(ops = {}) {
        const ctx = new _Context();
        for (const type of Object.keys(ops)) {
          ctx.#operators[type] = { ...ops[type] };
        }
        return ctx;
      }
      /** Returns a new context with the operators from the provided contexts merged left to right. */
      static from(...ctx) {
        if (ctx.length === 1) return _Context.init(ctx[0].#operators);
        const newCtx = new _Context();
        for (const context of ctx) {
          for (const type of Object.values(OpType2)) {
            newCtx.addOps(type, context.#operators[type]);
          }
        }
        return newCtx;
      }
      addOps(type, operators) {
        this.#operators[type] = Object.assign({}, operators, this.#operators[type]);
        return this;
      }
      getOperator(type, name) {
        return this.#operators[type][name] ?? null;
      }
      addAccumulatorOps(ops) {
        return this.addOps("accumulator", ops);
      }
      addExpressionOps(ops) {
        return this.addOps("expression", ops);
      }
      addQueryOps(ops) {
        return this.addOps("query", ops);
      }
      addPipelineOps(ops) {
        return this.addOps("pipeline", ops);
      }
      addProjectionOps(ops) {
        return this.addOps("projection", ops);
      }
      addWindowOps(ops) {
        return this.addOps("window", ops);
      }
    };
    function computeValue2(obj, expr, operator, options) {
      return evalExpr2(obj, { [operator]: expr }, options);
    }
    function evalExpr2(obj, expr, options) {
      const copts = !(options instanceof ComputeOptions) || (0, import_util.isNil)(options.local.root) ? ComputeOptions.init(options).update({ root: obj }) : options;
      return computeExpression(obj, expr, copts);
    }
    var SYSTEM_VARS = /* @__PURE__ */ new Set(["$$ROOT", "$$CURRENT", "$$REMOVE", "$$NOW"]);
    function computeExpression(obj, expr, options) {
      if ((0, import_util.isString)(expr) && expr.length > 0 && expr[0] === "$") {
        if (expr === "$$KEEP" || expr === "$$PRUNE" || expr === "$$DESCEND")
          return expr;
        let ctx = options.local.root;
        const dot = expr.indexOf(".");
        const prefix = dot === -1 ? expr : expr.substring(0, dot);
        if (SYSTEM_VARS.has(prefix)) {
          switch (prefix) {
            case "$$ROOT":
              break;
            case "$$CURRENT":
              ctx = obj;
              break;
            case "$$REMOVE":
              ctx = void 0;
              break;
            case "$$NOW":
              ctx = new Date(options.now);
              break;
          }
          expr = dot === -1 ? "" : expr.substring(dot + 1);
        } else if (prefix.length >= 2 && prefix[1] === "$") {
          ctx = Object.assign(
            {},
            // global vars
            options.variables,
            // current item is added before local variables because the binding may be changed.
            { this: obj },
            // local vars
            options?.local?.variables
          );
          const name = prefix.substring(2);
          (0, import_util.assert)((0, import_util.has)(ctx, name), `Use of undefined variable: ${name}`);
          expr = expr.substring(2);
        } else {
          expr = expr.substring(1);
        }
        return expr === "" ? ctx : (0, import_util.resolve)(ctx, expr);
      }
      if ((0, import_util.isArray)(expr)) {
        const result = new Array(expr.length);
        for (let i = 0; i < expr.length; i++) {
          result[i] = computeExpression(obj, expr[i], options);
        }
        return result;
      }
      if ((0, import_util.isObject)(expr)) {
        const keys = Object.keys(expr);
        if ((0, import_util.isOperator)(keys[0])) {
          (0, import_util.assert)(keys.length === 1, "Expression must contain a single operator.");
          return computeOperator(obj, expr[keys[0]], keys[0], options);
        }
        const result = {};
        for (let i = 0; i < keys.length; i++) {
          result[keys[i]] = computeExpression(obj, expr[keys[i]], options);
        }
        return result;
      }
      return expr;
    }
    function computeOperator(obj, expr, operator, options) {
      const context = options.context;
      const fn = context.getOperator("expression", operator);
      if (fn) return fn(obj, expr, options);
      const accFn = context.getOperator("accumulator", operator);
      (0, import_util.assert)(!!accFn, `accumulator '${operator}' is not registered.`);
      if (!(0, import_util.isArray)(obj)) {
        obj = computeExpression(obj, expr, options);
        expr = null;
      }
      (0, import_util.assert)((0, import_util.isArray)(obj), `arguments must resolve to array for ${operator}.`);
      return accFn(obj, expr, options);
    }
  }
});

// node_modules/mingo/cjs/lazy.js
var require_lazy = __commonJS({
  "node_modules/mingo/cjs/lazy.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var lazy_exports = {};
    __export(lazy_exports, {
      Iterator: () => Iterator,
      Lazy: () => Lazy,
      concat: () => concat
    });
    module.exports = __toCommonJS(lazy_exports);
    var import_util = require_util();
    function Lazy(source) {
      return new Iterator(source);
    }
    function concat(...iterators) {
      let index = 0;
      return Lazy(() => {
        while (index < iterators.length) {
          const o = iterators[index].next();
          if (!o.done) return o;
          index++;
        }
        return { done: true, value: void 0 };
      });
    }
    function isGenerator(o) {
      return !!o && typeof o === "object" && typeof o?.next === "function";
    }
    function isIterable(o) {
      return !!o && (typeof o === "object" || typeof o === "function") && typeof o[Symbol.iterator] === "function";
    }
    var Iterator = class {
      #iteratees = [];
      #buffer = [];
      #getNext;
      #done = false;
      constructor(source) {
        let iter;
        if (isIterable(source))
          iter = source[Symbol.iterator]();
        else if (isGenerator(source)) iter = source;
        else if (typeof source === "function") iter = { next: source };
        else
          (0, import_util.assert)(0, "mingo: iterator requires an iterable, generator or function");
        let index = -1;
        this.#getNext = () => {
          while (true) {
            let { value, done } = iter.next();
            if (done) return { done };
            let ok = true;
            index++;
            for (let i = 0; i < this.#iteratees.length; i++) {
              const { op, fn } = this.#iteratees[i];
              const res = fn(value, index);
              if (op === "map") {
                value = res;
              } else if (!res) {
                ok = false;
                break;
              }
            }
            if (ok) return { value, done };
          }
        };
      }
      /**
       * Add an iteratee to this lazy sequence
       */
      push(op, fn) {
        this.#iteratees.push({ op, fn });
        return this;
      }
      next() {
        return this.#getNext();
      }
      // Iteratees methods
      /**
       * Transform each item in the sequence to a new value
       * @param {Function} f
       */
      map(f) {
        return this.push("map", f);
      }
      /**
       * Select only items matching the given predicate
       * @param {Function} f
       */
      filter(f) {
        return this.push("filter", f);
      }
      /**
       * Take given numbe for values from sequence
       * @param {Number} n A number greater than 0
       */
      take(n) {
        (0, import_util.assert)(n >= 0, "value must be a non-negative integer");
        return this.filter((_) => n-- > 0);
      }
      /**
       * Drop a number of values from the sequence
       * @param {Number} n Number of items to drop greater than 0
       */
      drop(n) {
        (0, import_util.assert)(n >= 0, "value must be a non-negative integer");
        return this.filter((_) => n-- <= 0);
      }
      // Transformations
      /**
       * Returns a new lazy object with results of the transformation
       * The entire sequence is realized.
       *
       * @param {Callback<Source, Any[]>} f Tranform function of type (Array) => (Any)
       */
      transform(f) {
        const self = this;
        let iter;
        return Lazy(() => {
          if (!iter) iter = f(self.collect());
          return iter.next();
        });
      }
      /**
       * Retrieves all remaining values from the lazy evaluation and returns them as an array.
       * This method processes the underlying iterator until it is exhausted, storing the results
       * in an internal buffer to ensure subsequent calls return the same data.
       */
      collect() {
        while (!this.#done) {
          const { done, value } = this.#getNext();
          if (!done) this.#buffer.push(value);
          this.#done = done;
        }
        return this.#buffer;
      }
      /**
       * Execute the callback for each value.
       * @param f The callback function.
       */
      each(f) {
        for (let o = this.next(); o.done !== true; o = this.next()) f(o.value);
      }
      /**
       * Returns the reduction of sequence according the reducing function
       *
       * @param f The reducing function
       * @param initialValue The initial value
       */
      reduce(f, initialValue) {
        let o = this.next();
        if (initialValue === void 0 && !o.done) {
          initialValue = o.value;
          o = this.next();
        }
        while (!o.done) {
          initialValue = f(initialValue, o.value);
          o = this.next();
        }
        return initialValue;
      }
      /**
       * Returns the number of matched items in the sequence.
       * The stream is realized and buffered for later retrieval with {@link collect}.
       */
      size() {
        return this.collect().length;
      }
      [Symbol.iterator]() {
        return this;
      }
    };
  }
});

// node_modules/mingo/cjs/aggregator.js
var require_aggregator = __commonJS({
  "node_modules/mingo/cjs/aggregator.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var aggregator_exports = {};
    __export(aggregator_exports, {
      Aggregator: () => Aggregator
    });
    module.exports = __toCommonJS(aggregator_exports);
    var import_internal = require_internal2();
    var import_lazy = require_lazy();
    var import_util = require_util();
    var Aggregator = class {
      #pipeline;
      #options;
      /**
       * Creates an instance of the Aggregator class.
       *
       * @param pipeline - An array of objects representing the aggregation pipeline stages.
       * @param options - Optional configuration settings for the aggregator.
       */
      constructor(pipeline, options) {
        this.#pipeline = pipeline;
        this.#options = import_internal.ComputeOptions.init(options);
      }
      /**
       * Processes a collection through an aggregation pipeline and returns an iterator
       * for the transformed results.
       *
       * @param collection - The input collection to process. This can be any source
       *   that implements the `Source` interface.
       * @param options - Optional configuration for processing. If not provided, the
       *   default options of the aggregator instance will be used.
       * @returns An iterator that yields the results of the aggregation pipeline.
       *
       * @throws Will throw an error if:
       * - A pipeline stage contains more than one operator.
       * - The `$documents` operator is not the first stage in the pipeline.
       * - An unregistered pipeline operator is encountered.
       */
      stream(collection, options) {
        let iter = (0, import_lazy.Lazy)(collection);
        const opts = options ?? this.#options;
        const mode = opts.processingMode;
        if (mode & import_internal.ProcessingMode.CLONE_INPUT) iter.map((o) => (0, import_util.cloneDeep)(o));
        iter = this.#pipeline.map((stage, i) => {
          const keys = Object.keys(stage);
          (0, import_util.assert)(
            keys.length === 1,
            `aggregation stage must have single operator, got ${keys.toString()}.`
          );
          const name = keys[0];
          (0, import_util.assert)(
            name !== "$documents" || i == 0,
            "$documents must be first stage in pipeline."
          );
          const op = opts.context.getOperator(import_internal.OpType.PIPELINE, name);
          (0, import_util.assert)(!!op, `unregistered pipeline operator ${name}.`);
          return [op, stage[name]];
        }).reduce((acc, [op, expr]) => op(acc, expr, opts), iter);
        if (mode & import_internal.ProcessingMode.CLONE_OUTPUT) iter.map((o) => (0, import_util.cloneDeep)(o));
        return iter;
      }
      /**
       * Executes the aggregation pipeline on the provided collection and returns the resulting array.
       *
       * @template T - The type of the objects in the resulting array.
       * @param collection - The input data source to run the aggregation on.
       * @param options - Optional settings to customize the aggregation behavior.
       * @returns An array of objects of type `T` resulting from the aggregation.
       */
      run(collection, options) {
        return this.stream(collection, options).collect();
      }
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/push.js
var require_push = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/push.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var push_exports = {};
    __export(push_exports, {
      $push: () => $push
    });
    module.exports = __toCommonJS(push_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var $push = (coll, expr, options) => {
      if ((0, import_util.isNil)(expr)) return coll;
      const copts = import_internal.ComputeOptions.init(options);
      const result = new Array(coll.length);
      for (let i = 0; i < coll.length; i++) {
        const root = coll[i];
        result[i] = (0, import_internal.evalExpr)(root, expr, copts.update({ root })) ?? null;
      }
      return result;
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/accumulator.js
var require_accumulator = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/accumulator.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var accumulator_exports = {};
    __export(accumulator_exports, {
      $accumulator: () => $accumulator
    });
    module.exports = __toCommonJS(accumulator_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_push = require_push();
    var $accumulator = (coll, expr, options) => {
      (0, import_util.assert)(
        options.scriptEnabled,
        "$accumulator requires 'scriptEnabled' option to be true"
      );
      const copts = import_internal.ComputeOptions.init(options);
      const input = expr;
      const initArgs = (0, import_internal.evalExpr)(
        copts?.local?.groupId,
        input.initArgs || [],
        copts.update({ root: copts?.local?.groupId })
      );
      const args = (0, import_push.$push)(coll, input.accumulateArgs, copts);
      for (let i = 0; i < args.length; i++) {
        for (let j = 0; j < args[i].length; j++) {
          args[i][j] = args[i][j] ?? null;
        }
      }
      const initialValue = input.init.apply(null, initArgs);
      const f = input.accumulate;
      let result = initialValue;
      for (let i = 0; i < args.length; i++) {
        result = f.apply(null, [result, ...args[i]]);
      }
      if (input.finalize) result = input.finalize.call(null, result);
      return result;
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/addToSet.js
var require_addToSet = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/addToSet.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var addToSet_exports = {};
    __export(addToSet_exports, {
      $addToSet: () => $addToSet
    });
    module.exports = __toCommonJS(addToSet_exports);
    var import_util = require_util();
    var import_push = require_push();
    var $addToSet = (coll, expr, options) => (0, import_util.unique)((0, import_push.$push)(coll, expr, options));
  }
});

// node_modules/mingo/cjs/operators/accumulator/avg.js
var require_avg = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/avg.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var avg_exports = {};
    __export(avg_exports, {
      $avg: () => $avg
    });
    module.exports = __toCommonJS(avg_exports);
    var import_util = require_util();
    var import_push = require_push();
    var $avg = (coll, expr, options) => {
      const data = (0, import_push.$push)(coll, expr, options).filter(import_util.isNumber);
      if (data.length === 0) return null;
      let sum = 0;
      for (let i = 0; i < data.length; i++) sum += data[i];
      return sum / data.length;
    };
  }
});

// node_modules/mingo/cjs/operators/pipeline/sort.js
var require_sort = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/sort.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var sort_exports = {};
    __export(sort_exports, {
      $sort: () => $sort
    });
    module.exports = __toCommonJS(sort_exports);
    var import_lazy = require_lazy();
    var import_util = require_util();
    function $sort(coll, sortKeys, options) {
      (0, import_util.assert)(
        (0, import_util.isObject)(sortKeys) && Object.keys(sortKeys).length > 0,
        "$sort specification is invalid"
      );
      let cmp = import_util.compare;
      const collationSpec = options.collation;
      if ((0, import_util.isObject)(collationSpec) && (0, import_util.isString)(collationSpec.locale)) {
        cmp = collationComparator(collationSpec);
      }
      return coll.transform((coll2) => {
        const modifiers = Object.keys(sortKeys);
        for (const key of modifiers.reverse()) {
          const groups = (0, import_util.groupBy)(coll2, (obj) => (0, import_util.resolve)(obj, key));
          const sortedKeys = Array.from(groups.keys());
          let nativeSorted = false;
          if (cmp === import_util.compare) {
            let t_str = true;
            let t_num = true;
            for (const v of sortedKeys) {
              t_str &&= (0, import_util.isString)(v);
              t_num &&= (0, import_util.isNumber)(v);
              if (!t_str && !t_num) break;
            }
            nativeSorted = t_str || t_num;
            if (t_str) sortedKeys.sort();
            else if (t_num) {
              const numbers = new Float64Array(sortedKeys).sort();
              for (let i2 = 0; i2 < numbers.length; i2++) {
                sortedKeys[i2] = numbers[i2];
              }
            }
          }
          if (!nativeSorted) sortedKeys.sort(cmp);
          if (sortKeys[key] === -1) sortedKeys.reverse();
          let i = 0;
          for (const k of sortedKeys) for (const v of groups.get(k)) coll2[i++] = v;
          (0, import_util.assert)(i == coll2.length, "bug: counter must match collection size.");
        }
        return (0, import_lazy.Lazy)(coll2);
      });
    }
    var COLLATION_STRENGTH = {
      // Only strings that differ in base letters compare as unequal. Examples: a ≠ b, a = á, a = A.
      1: "base",
      //  Only strings that differ in base letters or accents and other diacritic marks compare as unequal.
      // Examples: a ≠ b, a ≠ á, a = A.
      2: "accent",
      // Strings that differ in base letters, accents and other diacritic marks, or case compare as unequal.
      // Other differences may also be taken into consideration. Examples: a ≠ b, a ≠ á, a ≠ A
      3: "variant"
      // case - Only strings that differ in base letters or case compare as unequal. Examples: a ≠ b, a = á, a ≠ A.
    };
    function collationComparator(spec) {
      const localeOpt = {
        sensitivity: COLLATION_STRENGTH[spec.strength || 3],
        caseFirst: spec.caseFirst === "off" ? "false" : spec.caseFirst,
        numeric: spec.numericOrdering || false,
        ignorePunctuation: spec.alternate === "shifted"
      };
      if (spec.caseLevel === true) {
        if (localeOpt.sensitivity === "base") localeOpt.sensitivity = "case";
        if (localeOpt.sensitivity === "accent") localeOpt.sensitivity = "variant";
      }
      const collator = new Intl.Collator(spec.locale, localeOpt);
      return (a, b) => (0, import_util.isString)(a) && (0, import_util.isString)(b) ? collator.compare(a, b) : (0, import_util.compare)(a, b);
    }
  }
});

// node_modules/mingo/cjs/operators/accumulator/bottomN.js
var require_bottomN = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/bottomN.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bottomN_exports = {};
    __export(bottomN_exports, {
      $bottomN: () => $bottomN
    });
    module.exports = __toCommonJS(bottomN_exports);
    var import_internal = require_internal2();
    var import_lazy = require_lazy();
    var import_sort = require_sort();
    var import_push = require_push();
    var $bottomN = (coll, expr, options) => {
      const copts = options;
      const args = expr;
      const n = (0, import_internal.evalExpr)(copts?.local?.groupId, args.n, copts);
      const result = (0, import_sort.$sort)((0, import_lazy.Lazy)(coll), args.sortBy, options).collect();
      const m = result.length;
      return (0, import_push.$push)(m <= n ? result : result.slice(m - n), args.output, copts);
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/bottom.js
var require_bottom = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/bottom.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bottom_exports = {};
    __export(bottom_exports, {
      $bottom: () => $bottom
    });
    module.exports = __toCommonJS(bottom_exports);
    var import_bottomN = require_bottomN();
    var $bottom = (coll, expr, options) => {
      return (0, import_bottomN.$bottomN)(coll, { ...expr, n: 1 }, options);
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/count.js
var require_count = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/count.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var count_exports = {};
    __export(count_exports, {
      $count: () => $count
    });
    module.exports = __toCommonJS(count_exports);
    var $count = (coll, _expr, _opts) => coll.length;
  }
});

// node_modules/mingo/cjs/operators/accumulator/_internal.js
var require_internal3 = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/_internal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      covariance: () => covariance,
      stddev: () => stddev
    });
    module.exports = __toCommonJS(internal_exports);
    function stddev(data, sampled = true) {
      let sum = 0;
      for (let i = 0; i < data.length; i++) sum += data[i];
      const mean = sum / data.length;
      let result = 0;
      for (let i = 0; i < data.length; i++) {
        const x = data[i] - mean;
        result += x * x;
      }
      return Math.sqrt(result / (data.length - Number(sampled)));
    }
    function covariance(dataset, sampled = true) {
      if (dataset.length < 2) return sampled ? null : 0;
      let meanX = 0;
      let meanY = 0;
      for (let i = 0; i < dataset.length; i++) {
        const [x, y] = dataset[i];
        meanX += x;
        meanY += y;
      }
      meanX /= dataset.length;
      meanY /= dataset.length;
      let result = 0;
      for (let i = 0; i < dataset.length; i++) {
        const [x, y] = dataset[i];
        result += (x - meanX) * (y - meanY);
      }
      return result / (dataset.length - Number(sampled));
    }
  }
});

// node_modules/mingo/cjs/operators/accumulator/covariancePop.js
var require_covariancePop = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/covariancePop.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var covariancePop_exports = {};
    __export(covariancePop_exports, {
      $covariancePop: () => $covariancePop
    });
    module.exports = __toCommonJS(covariancePop_exports);
    var import_internal = require_internal3();
    var import_push = require_push();
    var $covariancePop = (coll, expr, options) => (0, import_internal.covariance)((0, import_push.$push)(coll, expr, options), false);
  }
});

// node_modules/mingo/cjs/operators/accumulator/covarianceSamp.js
var require_covarianceSamp = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/covarianceSamp.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var covarianceSamp_exports = {};
    __export(covarianceSamp_exports, {
      $covarianceSamp: () => $covarianceSamp
    });
    module.exports = __toCommonJS(covarianceSamp_exports);
    var import_internal = require_internal3();
    var import_push = require_push();
    var $covarianceSamp = (coll, expr, options) => (0, import_internal.covariance)((0, import_push.$push)(coll, expr, options), true);
  }
});

// node_modules/mingo/cjs/operators/accumulator/first.js
var require_first = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/first.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var first_exports = {};
    __export(first_exports, {
      $first: () => $first
    });
    module.exports = __toCommonJS(first_exports);
    var import_internal = require_internal2();
    var $first = (coll, expr, options) => {
      const obj = coll[0];
      const copts = import_internal.ComputeOptions.init(options).update({ root: obj });
      return (0, import_internal.evalExpr)(obj, expr, copts) ?? null;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/_internal.js
var require_internal4 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/_internal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      ARR_OPTS: () => ARR_OPTS,
      errExpectArray: () => errExpectArray,
      errExpectInteger: () => errExpectInteger,
      errExpectNumber: () => errExpectNumber,
      errExpectObject: () => errExpectObject,
      errExpectString: () => errExpectString,
      errInvalidArgs: () => errInvalidArgs
    });
    module.exports = __toCommonJS(internal_exports);
    var import_util = require_util();
    var ARR_OPTS = {
      int: { type: "integers" },
      obj: { type: "objects" }
    };
    function errInvalidArgs(failOnError, message) {
      (0, import_util.assert)(!failOnError, message);
      return null;
    }
    function errExpectObject(failOnError, prefix) {
      const msg = `${prefix} expression must resolve to object`;
      (0, import_util.assert)(!failOnError, msg);
      return null;
    }
    function errExpectString(failOnError, prefix) {
      const msg = `${prefix} expression must resolve to string`;
      (0, import_util.assert)(!failOnError, msg);
      return null;
    }
    function errExpectNumber(failOnError, name, opts) {
      const type = opts?.integer ? "integer" : "number";
      const min = opts?.min ?? -Infinity;
      const max = opts?.max ?? Infinity;
      let msg;
      if (min === 0 && max === 0) {
        msg = `${name} expression must resolve to non-zero ${type}`;
      } else if (min === 0 && max === Infinity) {
        msg = `${name} expression must resolve to non-negative ${type}`;
      } else if (min !== -Infinity && max !== Infinity) {
        msg = `${name} expression must resolve to ${type} in range [${min}, ${max}]`;
      } else if (min > 0) {
        msg = `${name} expression must resolve to positive ${type}`;
      } else {
        msg = `${name} expression must resolve to ${type}`;
      }
      (0, import_util.assert)(!failOnError, msg);
      return null;
    }
    var errExpectInteger = (failOnError, name, opts) => errExpectNumber(failOnError, name, { ...opts, integer: true });
    function errExpectArray(failOnError, prefix, opts) {
      let suffix = "array";
      if (!(0, import_util.isNil)(opts?.size) && opts?.size >= 0)
        suffix = opts.size === 0 ? "non-zero array" : `array(${opts.size})`;
      if (opts?.type) suffix = `array of ${opts.type}`;
      const msg = `${prefix} expression must resolve to ${suffix}`;
      (0, import_util.assert)(!failOnError, msg);
      return null;
    }
  }
});

// node_modules/mingo/cjs/operators/accumulator/firstN.js
var require_firstN = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/firstN.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var firstN_exports = {};
    __export(firstN_exports, {
      $firstN: () => $firstN
    });
    module.exports = __toCommonJS(firstN_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var import_push = require_push();
    var $firstN = (coll, expr, options) => {
      const foe = options.failOnError;
      const copts = options;
      const m = coll.length;
      const n = (0, import_internal.evalExpr)(copts?.local?.groupId, expr.n, copts);
      if (!(0, import_util.isInteger)(n) || n < 1)
        return (0, import_internal2.errExpectInteger)(foe, "$firstN 'n'", { min: 1 });
      return (0, import_push.$push)(m <= n ? coll : coll.slice(0, n), expr.input, options);
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/last.js
var require_last = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/last.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var last_exports = {};
    __export(last_exports, {
      $last: () => $last
    });
    module.exports = __toCommonJS(last_exports);
    var import_internal = require_internal2();
    var $last = (coll, expr, options) => {
      const obj = coll[coll.length - 1];
      const copts = import_internal.ComputeOptions.init(options).update({ root: obj });
      return (0, import_internal.evalExpr)(obj, expr, copts) ?? null;
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/lastN.js
var require_lastN = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/lastN.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var lastN_exports = {};
    __export(lastN_exports, {
      $lastN: () => $lastN
    });
    module.exports = __toCommonJS(lastN_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var import_push = require_push();
    var $lastN = (coll, expr, options) => {
      const copts = options;
      const m = coll.length;
      const n = (0, import_internal.evalExpr)(copts?.local?.groupId, expr.n, copts);
      const foe = options.failOnError;
      if (!(0, import_util.isInteger)(n) || n < 1) {
        return (0, import_internal2.errExpectInteger)(foe, "$lastN 'n'", { min: 1 });
      }
      return (0, import_push.$push)(m <= n ? coll : coll.slice(m - n), expr.input, options);
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/max.js
var require_max = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/max.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var max_exports = {};
    __export(max_exports, {
      $max: () => $max
    });
    module.exports = __toCommonJS(max_exports);
    var import_util = require_util();
    var import_push = require_push();
    var $max = (coll, expr, options) => {
      const items = (0, import_push.$push)(coll, expr, options).slice().sort(import_util.compare);
      const size = items.length;
      return (0, import_util.isNil)(items[size - 1]) ? null : items[size - 1];
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/maxN.js
var require_maxN = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/maxN.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var maxN_exports = {};
    __export(maxN_exports, {
      $maxN: () => $maxN
    });
    module.exports = __toCommonJS(maxN_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var import_push = require_push();
    var $maxN = (coll, expr, options) => {
      const copts = options;
      const n = (0, import_internal.evalExpr)(copts?.local?.groupId, expr.n, copts);
      if (!(0, import_util.isInteger)(n) || n < 1) {
        return (0, import_internal2.errExpectInteger)(options.failOnError, "$maxN 'n'", { min: 1 });
      }
      return (0, import_push.$push)(coll, expr.input, options).filter((o) => !(0, import_util.isNil)(o)).sort(import_util.compare).slice(-n).reverse();
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/percentile.js
var require_percentile = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/percentile.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var percentile_exports = {};
    __export(percentile_exports, {
      $percentile: () => $percentile
    });
    module.exports = __toCommonJS(percentile_exports);
    var import_util = require_util();
    var import_internal = require_internal4();
    var import_push = require_push();
    var $percentile = (coll, expr, options) => {
      (0, import_util.assert)(
        (0, import_util.isObject)(expr) && (0, import_util.has)(expr, "input", "p") && (0, import_util.isArray)(expr.p),
        "$percentile expects object { input, p }"
      );
      const X = (0, import_push.$push)(coll, expr.input, options).filter(import_util.isNumber).sort();
      const centiles = (0, import_push.$push)(expr.p, "$$CURRENT", options);
      const method = expr.method || "approximate";
      const output = new Array(centiles.length);
      for (let i = 0; i < centiles.length; i++) {
        const p = centiles[i];
        if (!(0, import_util.isNumber)(p) || p < 0 || p > 1) {
          return (0, import_internal.errInvalidArgs)(
            options.failOnError,
            "$percentile 'p' must resolve to array of numbers between [0.0, 1.0]"
          );
        }
        const r = p * (X.length - 1) + 1;
        const ri = Math.floor(r);
        const result = r === ri ? X[r - 1] : X[ri - 1] + r % 1 * (X[ri] - X[ri - 1]);
        switch (method) {
          case "exact":
            output[i] = result;
            break;
          case "approximate": {
            const pos = (0, import_util.findInsertIndex)(X, result);
            output[i] = pos / X.length >= p ? X[Math.max(pos - 1, 0)] : X[pos];
            break;
          }
        }
      }
      return output;
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/median.js
var require_median = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/median.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var median_exports = {};
    __export(median_exports, {
      $median: () => $median
    });
    module.exports = __toCommonJS(median_exports);
    var import_percentile = require_percentile();
    var $median = (coll, expr, options) => (0, import_percentile.$percentile)(coll, { ...expr, p: [0.5] }, options)?.pop();
  }
});

// node_modules/mingo/cjs/operators/accumulator/mergeObjects.js
var require_mergeObjects = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/mergeObjects.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var mergeObjects_exports = {};
    __export(mergeObjects_exports, {
      $mergeObjects: () => $mergeObjects
    });
    module.exports = __toCommonJS(mergeObjects_exports);
    var import_util = require_util();
    var $mergeObjects = (coll, _expr, _options) => {
      const acc = {};
      for (const o of coll) {
        if ((0, import_util.isNil)(o)) continue;
        for (const k of Object.keys(o)) {
          if (o[k] !== void 0) acc[k] = o[k];
        }
      }
      return acc;
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/min.js
var require_min = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/min.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var min_exports = {};
    __export(min_exports, {
      $min: () => $min
    });
    module.exports = __toCommonJS(min_exports);
    var import_util = require_util();
    var import_push = require_push();
    var $min = (coll, expr, options) => {
      const items = (0, import_push.$push)(coll, expr, options).filter((o) => !(0, import_util.isNil)(o)).sort(import_util.compare);
      return (0, import_util.isNil)(items[0]) ? null : items[0];
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/minN.js
var require_minN = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/minN.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var minN_exports = {};
    __export(minN_exports, {
      $minN: () => $minN
    });
    module.exports = __toCommonJS(minN_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var import_push = require_push();
    var $minN = (coll, expr, options) => {
      const copts = options;
      const n = (0, import_internal.evalExpr)(copts?.local?.groupId, expr.n, copts);
      if (!(0, import_util.isInteger)(n) || n < 1) {
        return (0, import_internal2.errExpectInteger)(options.failOnError, "$minN 'n'", { min: 1 });
      }
      return (0, import_push.$push)(coll, expr.input, options).filter((o) => !(0, import_util.isNil)(o)).sort(import_util.compare).slice(0, n);
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/stdDevPop.js
var require_stdDevPop = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/stdDevPop.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var stdDevPop_exports = {};
    __export(stdDevPop_exports, {
      $stdDevPop: () => $stdDevPop
    });
    module.exports = __toCommonJS(stdDevPop_exports);
    var import_util = require_util();
    var import_internal = require_internal3();
    var import_push = require_push();
    var $stdDevPop = (coll, expr, options) => (0, import_internal.stddev)((0, import_push.$push)(coll, expr, options).filter(import_util.isNumber), false);
  }
});

// node_modules/mingo/cjs/operators/accumulator/stdDevSamp.js
var require_stdDevSamp = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/stdDevSamp.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var stdDevSamp_exports = {};
    __export(stdDevSamp_exports, {
      $stdDevSamp: () => $stdDevSamp
    });
    module.exports = __toCommonJS(stdDevSamp_exports);
    var import_util = require_util();
    var import_internal = require_internal3();
    var import_push = require_push();
    var $stdDevSamp = (coll, expr, options) => (0, import_internal.stddev)((0, import_push.$push)(coll, expr, options).filter(import_util.isNumber), true);
  }
});

// node_modules/mingo/cjs/operators/accumulator/sum.js
var require_sum = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/sum.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var sum_exports = {};
    __export(sum_exports, {
      $sum: () => $sum
    });
    module.exports = __toCommonJS(sum_exports);
    var import_util = require_util();
    var import_push = require_push();
    var $sum = (coll, expr, options) => {
      if ((0, import_util.isNumber)(expr)) return coll.length * expr;
      const nums = (0, import_push.$push)(coll, expr, options);
      let res = 0;
      for (let i = 0; i < nums.length; i++) if ((0, import_util.isNumber)(nums[i])) res += nums[i];
      return res;
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/topN.js
var require_topN = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/topN.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var topN_exports = {};
    __export(topN_exports, {
      $topN: () => $topN
    });
    module.exports = __toCommonJS(topN_exports);
    var import_internal = require_internal2();
    var import_lazy = require_lazy();
    var import_sort = require_sort();
    var import_push = require_push();
    var $topN = (coll, expr, options) => {
      const copts = options;
      const { n, sortBy } = (0, import_internal.evalExpr)(copts?.local?.groupId, expr, copts);
      const result = (0, import_sort.$sort)((0, import_lazy.Lazy)(coll), sortBy, options).take(n).collect();
      return (0, import_push.$push)(result, expr.output, copts);
    };
  }
});

// node_modules/mingo/cjs/operators/accumulator/top.js
var require_top = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/top.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var top_exports = {};
    __export(top_exports, {
      $top: () => $top
    });
    module.exports = __toCommonJS(top_exports);
    var import_topN = require_topN();
    var $top = (coll, expr, options) => (0, import_topN.$topN)(coll, { ...expr, n: 1 }, options);
  }
});

// node_modules/mingo/cjs/operators/accumulator/index.js
var require_accumulator2 = __commonJS({
  "node_modules/mingo/cjs/operators/accumulator/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var accumulator_exports = {};
    module.exports = __toCommonJS(accumulator_exports);
    __reExport(accumulator_exports, require_accumulator(), module.exports);
    __reExport(accumulator_exports, require_addToSet(), module.exports);
    __reExport(accumulator_exports, require_avg(), module.exports);
    __reExport(accumulator_exports, require_bottom(), module.exports);
    __reExport(accumulator_exports, require_bottomN(), module.exports);
    __reExport(accumulator_exports, require_count(), module.exports);
    __reExport(accumulator_exports, require_covariancePop(), module.exports);
    __reExport(accumulator_exports, require_covarianceSamp(), module.exports);
    __reExport(accumulator_exports, require_first(), module.exports);
    __reExport(accumulator_exports, require_firstN(), module.exports);
    __reExport(accumulator_exports, require_last(), module.exports);
    __reExport(accumulator_exports, require_lastN(), module.exports);
    __reExport(accumulator_exports, require_max(), module.exports);
    __reExport(accumulator_exports, require_maxN(), module.exports);
    __reExport(accumulator_exports, require_median(), module.exports);
    __reExport(accumulator_exports, require_mergeObjects(), module.exports);
    __reExport(accumulator_exports, require_min(), module.exports);
    __reExport(accumulator_exports, require_minN(), module.exports);
    __reExport(accumulator_exports, require_percentile(), module.exports);
    __reExport(accumulator_exports, require_push(), module.exports);
    __reExport(accumulator_exports, require_stdDevPop(), module.exports);
    __reExport(accumulator_exports, require_stdDevSamp(), module.exports);
    __reExport(accumulator_exports, require_sum(), module.exports);
    __reExport(accumulator_exports, require_top(), module.exports);
    __reExport(accumulator_exports, require_topN(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/abs.js
var require_abs = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/abs.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var abs_exports = {};
    __export(abs_exports, {
      $abs: () => $abs
    });
    module.exports = __toCommonJS(abs_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $abs = (obj, expr, options) => {
      const n = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(n)) return null;
      if (typeof n !== "number")
        return (0, import_internal2.errExpectNumber)(options.failOnError, "$abs");
      return Math.abs(n);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/add.js
var require_add = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/add.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var add_exports = {};
    __export(add_exports, {
      $add: () => $add
    });
    module.exports = __toCommonJS(add_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var err = "$add expression must resolve to array of numbers.";
    var $add = (obj, expr, options) => {
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const failOnError = options.failOnError;
      let dateFound = false;
      let result = 0;
      if (!(0, import_util.isArray)(args)) return (0, import_internal2.errInvalidArgs)(failOnError, err);
      for (const n of args) {
        if ((0, import_util.isNil)(n)) return null;
        if (typeof n === "number") {
          result += n;
        } else if ((0, import_util.isDate)(n)) {
          if (dateFound) {
            return (0, import_internal2.errInvalidArgs)(failOnError, "$add must only have one date");
          }
          dateFound = true;
          result += +n;
        } else {
          return (0, import_internal2.errInvalidArgs)(failOnError, err);
        }
      }
      return dateFound ? new Date(result) : result;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/ceil.js
var require_ceil = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/ceil.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var ceil_exports = {};
    __export(ceil_exports, {
      $ceil: () => $ceil
    });
    module.exports = __toCommonJS(ceil_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $ceil = (obj, expr, options) => {
      const n = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(n)) return null;
      if (typeof n !== "number")
        return (0, import_internal2.errExpectNumber)(options.failOnError, "$ceil");
      return Math.ceil(n);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/divide.js
var require_divide = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/divide.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var divide_exports = {};
    __export(divide_exports, {
      $divide: () => $divide
    });
    module.exports = __toCommonJS(divide_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $divide = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr), "$divide expects array(2)");
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      let t_num = true;
      for (const v of args) {
        if ((0, import_util.isNil)(v)) return null;
        t_num &&= (0, import_util.isNumber)(v);
      }
      if (!t_num) {
        return (0, import_internal2.errExpectArray)(foe, "$divide", {
          size: 2,
          type: "number"
        });
      }
      if (args[1] === 0)
        return (0, import_internal2.errInvalidArgs)(foe, "$divide cannot divide by zero");
      return args[0] / args[1];
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/exp.js
var require_exp = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/exp.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var exp_exports = {};
    __export(exp_exports, {
      $exp: () => $exp
    });
    module.exports = __toCommonJS(exp_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $exp = (obj, expr, options) => {
      const n = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(n)) return null;
      if (typeof n !== "number") {
        return (0, import_internal2.errExpectNumber)(options.failOnError, "$exp");
      }
      return Math.exp(n);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/floor.js
var require_floor = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/floor.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var floor_exports = {};
    __export(floor_exports, {
      $floor: () => $floor
    });
    module.exports = __toCommonJS(floor_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $floor = (obj, expr, options) => {
      const n = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(n)) return null;
      if (typeof n !== "number") {
        return (0, import_internal2.errExpectNumber)(options.failOnError, "$floor");
      }
      return Math.floor(n);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/ln.js
var require_ln = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/ln.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var ln_exports = {};
    __export(ln_exports, {
      $ln: () => $ln
    });
    module.exports = __toCommonJS(ln_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $ln = (obj, expr, options) => {
      const n = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(n)) return null;
      if (typeof n !== "number") {
        return (0, import_internal2.errExpectNumber)(options.failOnError, "$ln");
      }
      return Math.log(n);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/log.js
var require_log = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/log.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var log_exports = {};
    __export(log_exports, {
      $log: () => $log
    });
    module.exports = __toCommonJS(log_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $log = (obj, expr, options) => {
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isArray)(args) && args.length == 2) {
        let t_num = true;
        for (const v of args) {
          if ((0, import_util.isNil)(v)) return null;
          t_num &&= typeof v === "number";
        }
        if (t_num) return Math.log10(args[0]) / Math.log10(args[1]);
      }
      return (0, import_internal2.errExpectArray)(options.failOnError, "$log", {
        size: 2,
        type: "number"
      });
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/log10.js
var require_log10 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/log10.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var log10_exports = {};
    __export(log10_exports, {
      $log10: () => $log10
    });
    module.exports = __toCommonJS(log10_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $log10 = (obj, expr, options) => {
      const n = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(n)) return null;
      if (typeof n === "number") return Math.log10(n);
      return (0, import_internal2.errExpectNumber)(options.failOnError, "$log10");
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/mod.js
var require_mod = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/mod.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var mod_exports = {};
    __export(mod_exports, {
      $mod: () => $mod
    });
    module.exports = __toCommonJS(mod_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $mod = (obj, expr, options) => {
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      let invalid = !(0, import_util.isArray)(args) || args.length != 2;
      invalid ||= !args.every((v) => typeof v === "number");
      if (invalid)
        return (0, import_internal2.errExpectArray)(options.failOnError, "$mod", {
          size: 2,
          type: "number"
        });
      return args[0] % args[1];
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/multiply.js
var require_multiply = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/multiply.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var multiply_exports = {};
    __export(multiply_exports, {
      $multiply: () => $multiply
    });
    module.exports = __toCommonJS(multiply_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $multiply = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr), "$multiply expects array");
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      if (args.some(import_util.isNil)) return null;
      let res = 1;
      for (const n of args) {
        if (!(0, import_util.isNumber)(n))
          return (0, import_internal2.errExpectArray)(foe, "$multiply", { type: "number" });
        res *= n;
      }
      return res;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/pow.js
var require_pow = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/pow.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var pow_exports = {};
    __export(pow_exports, {
      $pow: () => $pow
    });
    module.exports = __toCommonJS(pow_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $pow = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr) && expr.length === 2, "$pow expects array(2)");
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      let t_num = true;
      for (const v of args) {
        if ((0, import_util.isNil)(v)) return null;
        t_num &&= (0, import_util.isNumber)(v);
      }
      if (!t_num) {
        return (0, import_internal2.errExpectArray)(foe, "$pow", {
          size: 2,
          type: "number"
        });
      }
      if (args[0] === 0 && args[1] < 0)
        (0, import_internal2.errInvalidArgs)(foe, "$pow cannot raise 0 to a negative exponent");
      return Math.pow(args[0], args[1]);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/_internal.js
var require_internal5 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/_internal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      truncate: () => truncate
    });
    module.exports = __toCommonJS(internal_exports);
    var import_util = require_util();
    var import_internal = require_internal4();
    function truncate(num, precision, opts) {
      const { name, roundOff, failOnError } = opts;
      if ((0, import_util.isNil)(num)) return null;
      if (Number.isNaN(num) || Math.abs(num) === Infinity) return num;
      if (!(0, import_util.isNumber)(num)) {
        return (0, import_internal.errExpectNumber)(failOnError, `${name} arg1 <number>`);
      }
      if (!(0, import_util.isInteger)(precision) || precision < -20 || precision > 100) {
        return (0, import_internal.errExpectInteger)(failOnError, `${name} arg2 <precision>`, {
          min: -20,
          max: 100
        });
      }
      const sign = Math.abs(num) === num ? 1 : -1;
      num = Math.abs(num);
      let result = Math.trunc(num);
      const decimals = parseFloat((num - result).toFixed(Math.abs(precision) + 1));
      if (precision === 0) {
        const firstDigit = Math.trunc(10 * decimals);
        if (roundOff && ((result & 1) === 1 && firstDigit >= 5 || firstDigit > 5)) {
          result++;
        }
      } else if (precision > 0) {
        const offset = Math.pow(10, precision);
        let remainder = Math.trunc(decimals * offset);
        const lastDigit = Math.trunc(decimals * offset * 10) % 10;
        if (roundOff && lastDigit > 5) {
          remainder += 1;
        }
        result = (result * offset + remainder) / offset;
      } else {
        const offset = Math.pow(10, -1 * precision);
        let excess = result % offset;
        result = Math.max(0, result - excess);
        if (roundOff && sign === -1) {
          while (excess > 10) {
            excess -= excess / 10;
          }
          if (result > 0 && excess >= 5) {
            result += offset;
          }
        }
      }
      return result * sign;
    }
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/round.js
var require_round = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/round.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var round_exports = {};
    __export(round_exports, {
      $round: () => $round
    });
    module.exports = __toCommonJS(round_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal5();
    var $round = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr), "$round expects array(2)");
      const [n, precision] = (0, import_internal.evalExpr)(obj, expr, options);
      return (0, import_internal2.truncate)(n, precision ?? 0, {
        name: "$round",
        roundOff: true,
        failOnError: options.failOnError
      });
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/sigmoid.js
var require_sigmoid = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/sigmoid.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var sigmoid_exports = {};
    __export(sigmoid_exports, {
      $sigmoid: () => $sigmoid
    });
    module.exports = __toCommonJS(sigmoid_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var PRECISION = 1e10;
    var $sigmoid = (obj, expr, options) => {
      if ((0, import_util.isNil)(expr)) return null;
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const { input, onNull } = (0, import_util.isObject)(args) ? args : { input: args };
      if ((0, import_util.isNil)(input)) return (0, import_util.isNumber)(onNull) ? onNull : null;
      if ((0, import_util.isNumber)(input)) {
        const result = 1 / (1 + Math.exp(-input));
        return Math.round(result * PRECISION) / PRECISION;
      }
      return (0, import_internal2.errExpectNumber)(options.failOnError, "$sigmoid");
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/sqrt.js
var require_sqrt = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/sqrt.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var sqrt_exports = {};
    __export(sqrt_exports, {
      $sqrt: () => $sqrt
    });
    module.exports = __toCommonJS(sqrt_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var $sqrt = (obj, expr, options) => {
      const n = (0, import_internal.evalExpr)(obj, expr, options);
      const skip = !options.failOnError;
      if ((0, import_util.isNil)(n)) return null;
      if (typeof n !== "number" || n < 0) {
        (0, import_util.assert)(skip, "$sqrt expression must resolve to non-negative number.");
        return null;
      }
      return Math.sqrt(n);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/subtract.js
var require_subtract = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/subtract.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var subtract_exports = {};
    __export(subtract_exports, {
      $subtract: () => $subtract
    });
    module.exports = __toCommonJS(subtract_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $subtract = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr), "$subtract expects array(2)");
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      if (args.some(import_util.isNil)) return null;
      const foe = options.failOnError;
      const [a, b] = args;
      if ((0, import_util.isDate)(a) && (0, import_util.isNumber)(b)) return new Date(+a - Math.round(b));
      if ((0, import_util.isDate)(a) && (0, import_util.isDate)(b)) return +a - +b;
      if (args.every((v) => typeof v === "number")) return a - b;
      if ((0, import_util.isNumber)(a) && (0, import_util.isDate)(b)) {
        return (0, import_internal2.errInvalidArgs)(foe, "$subtract cannot subtract date from number");
      }
      return (0, import_internal2.errExpectArray)(foe, "$subtract", {
        size: 2,
        type: "number|date"
      });
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/trunc.js
var require_trunc = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/trunc.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var trunc_exports = {};
    __export(trunc_exports, {
      $trunc: () => $trunc
    });
    module.exports = __toCommonJS(trunc_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal5();
    var $trunc = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr), "$trunc expects array(2)");
      const [n, precision] = (0, import_internal.evalExpr)(obj, expr, options);
      return (0, import_internal2.truncate)(n, precision ?? 0, {
        name: "$trunc",
        roundOff: false,
        failOnError: options.failOnError
      });
    };
  }
});

// node_modules/mingo/cjs/operators/expression/arithmetic/index.js
var require_arithmetic = __commonJS({
  "node_modules/mingo/cjs/operators/expression/arithmetic/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var arithmetic_exports = {};
    module.exports = __toCommonJS(arithmetic_exports);
    __reExport(arithmetic_exports, require_abs(), module.exports);
    __reExport(arithmetic_exports, require_add(), module.exports);
    __reExport(arithmetic_exports, require_ceil(), module.exports);
    __reExport(arithmetic_exports, require_divide(), module.exports);
    __reExport(arithmetic_exports, require_exp(), module.exports);
    __reExport(arithmetic_exports, require_floor(), module.exports);
    __reExport(arithmetic_exports, require_ln(), module.exports);
    __reExport(arithmetic_exports, require_log(), module.exports);
    __reExport(arithmetic_exports, require_log10(), module.exports);
    __reExport(arithmetic_exports, require_mod(), module.exports);
    __reExport(arithmetic_exports, require_multiply(), module.exports);
    __reExport(arithmetic_exports, require_pow(), module.exports);
    __reExport(arithmetic_exports, require_round(), module.exports);
    __reExport(arithmetic_exports, require_sigmoid(), module.exports);
    __reExport(arithmetic_exports, require_sqrt(), module.exports);
    __reExport(arithmetic_exports, require_subtract(), module.exports);
    __reExport(arithmetic_exports, require_trunc(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/array/arrayElemAt.js
var require_arrayElemAt = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/arrayElemAt.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var arrayElemAt_exports = {};
    __export(arrayElemAt_exports, {
      $arrayElemAt: () => $arrayElemAt
    });
    module.exports = __toCommonJS(arrayElemAt_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var OP = "$arrayElemAt";
    var $arrayElemAt = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr) && expr.length === 2, `${OP} expects array(2)`);
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      if (args.some(import_util.isNil)) return null;
      const foe = options.failOnError;
      const [arr, index] = args;
      if (!(0, import_util.isArray)(arr)) return (0, import_internal2.errExpectArray)(foe, `${OP} arg1 <array>`);
      if (!(0, import_util.isInteger)(index)) return (0, import_internal2.errExpectInteger)(foe, `${OP} arg2 <index>`);
      if (index < 0 && Math.abs(index) <= arr.length) {
        return arr[(index + arr.length) % arr.length];
      } else if (index >= 0 && index < arr.length) {
        return arr[index];
      }
      return void 0;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/arrayToObject.js
var require_arrayToObject = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/arrayToObject.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var arrayToObject_exports = {};
    __export(arrayToObject_exports, {
      $arrayToObject: () => $arrayToObject
    });
    module.exports = __toCommonJS(arrayToObject_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var ERR_OPTS = {
      generic: { type: "key-value pairs" },
      array: { type: "[k,v]" },
      object: { type: "{k,v}" }
    };
    var $arrayToObject = (obj, expr, options) => {
      const foe = options.failOnError;
      const arr = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(arr)) return null;
      if (!(0, import_util.isArray)(arr))
        return (0, import_internal2.errExpectArray)(foe, "$arrayToObject", ERR_OPTS.generic);
      let tag = 0;
      const newObj = {};
      for (const item of arr) {
        if ((0, import_util.isArray)(item)) {
          const val = (0, import_util.flatten)(item);
          if (!tag) tag = 1;
          if (tag !== 1) {
            return (0, import_internal2.errExpectArray)(foe, "$arrayToObject", ERR_OPTS.object);
          }
          const [k, v] = val;
          newObj[k] = v;
        } else if ((0, import_util.isObject)(item) && (0, import_util.has)(item, "k", "v")) {
          if (!tag) tag = 2;
          if (tag !== 2) {
            return (0, import_internal2.errExpectArray)(foe, "$arrayToObject", ERR_OPTS.array);
          }
          const { k, v } = item;
          newObj[k] = v;
        } else {
          return (0, import_internal2.errExpectArray)(foe, "$arrayToObject", ERR_OPTS.generic);
        }
      }
      return newObj;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/concatArrays.js
var require_concatArrays = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/concatArrays.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var concatArrays_exports = {};
    __export(concatArrays_exports, {
      $concatArrays: () => $concatArrays
    });
    module.exports = __toCommonJS(concatArrays_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $concatArrays = (obj, expr, options) => {
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      if ((0, import_util.isNil)(args)) return null;
      if (!(0, import_util.isArray)(args)) return (0, import_internal2.errExpectArray)(foe, "$concatArrays");
      let size = 0;
      for (const arr of args) {
        if ((0, import_util.isNil)(arr)) return null;
        if (!(0, import_util.isArray)(arr)) return (0, import_internal2.errExpectArray)(foe, "$concatArrays");
        size += arr.length;
      }
      const result = new Array(size);
      let i = 0;
      for (const arr of args) for (const item of arr) result[i++] = item;
      return result;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/filter.js
var require_filter = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/filter.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var filter_exports = {};
    __export(filter_exports, {
      $filter: () => $filter
    });
    module.exports = __toCommonJS(filter_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal();
    var import_internal3 = require_internal4();
    var $filter = (obj, expr, options) => {
      (0, import_internal2.assert)(
        (0, import_internal2.isObject)(expr) && (0, import_internal2.has)(expr, "input", "cond"),
        "$filter expects object { input, as, cond, limit }"
      );
      const input = (0, import_internal.evalExpr)(obj, expr.input, options);
      const foe = options.failOnError;
      if ((0, import_internal2.isNil)(input)) return null;
      if (!(0, import_internal2.isArray)(input)) return (0, import_internal3.errExpectArray)(foe, "$filter 'input'");
      const limit = expr.limit ?? Math.max(input.length, 1);
      if (!(0, import_internal2.isInteger)(limit) || limit < 1)
        return (0, import_internal3.errExpectInteger)(foe, "$filter 'limit'", { min: 1 });
      if (input.length === 0) return [];
      const copts = import_internal.ComputeOptions.init(options);
      const k = expr?.as || "this";
      const locals = { variables: {} };
      const res = [];
      for (let i = 0, j = 0; i < input.length && j < limit; i++) {
        locals.variables[k] = input[i];
        const cond = (0, import_internal.evalExpr)(obj, expr.cond, copts.update(locals));
        if ((0, import_internal2.truthy)(cond, options.useStrictMode)) {
          res.push(input[i]);
          j++;
        }
      }
      return res;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/first.js
var require_first2 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/first.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var first_exports = {};
    __export(first_exports, {
      $first: () => $first
    });
    module.exports = __toCommonJS(first_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_first = require_first();
    var import_internal2 = require_internal4();
    var $first = (obj, expr, options) => {
      if ((0, import_util.isArray)(obj)) return (0, import_first.$first)(obj, expr, options);
      const arr = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(arr)) return null;
      if (!(0, import_util.isArray)(arr)) {
        return (0, import_internal2.errExpectArray)(options.failOnError, "$first");
      }
      return (0, import_util.flatten)(arr)[0];
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/firstN.js
var require_firstN2 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/firstN.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var firstN_exports = {};
    __export(firstN_exports, {
      $firstN: () => $firstN
    });
    module.exports = __toCommonJS(firstN_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_firstN = require_firstN();
    var import_internal2 = require_internal4();
    var $firstN = (obj, expr, options) => {
      (0, import_util.assert)(
        (0, import_util.isObject)(expr) && (0, import_util.has)(expr, "input", "n"),
        "$firstN expects object { input, n }"
      );
      if ((0, import_util.isArray)(obj)) return (0, import_firstN.$firstN)(obj, expr, options);
      const { input, n } = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(input)) return null;
      if (!(0, import_util.isArray)(input))
        return (0, import_internal2.errExpectArray)(options.failOnError, "$firstN 'input'");
      return (0, import_firstN.$firstN)(input, { n, input: "$$this" }, options);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/in.js
var require_in = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/in.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var in_exports = {};
    __export(in_exports, {
      $in: () => $in2
    });
    module.exports = __toCommonJS(in_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $in2 = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr) && expr.length === 2, "$in expects array(2)");
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const [item, arr] = args;
      if (!(0, import_util.isArray)(arr))
        return (0, import_internal2.errInvalidArgs)(options.failOnError, "$in arg2 <array>");
      for (const v of arr) if ((0, import_util.isEqual)(v, item)) return true;
      return false;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/indexOfArray.js
var require_indexOfArray = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/indexOfArray.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var indexOfArray_exports = {};
    __export(indexOfArray_exports, {
      $indexOfArray: () => $indexOfArray
    });
    module.exports = __toCommonJS(indexOfArray_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal();
    var import_internal3 = require_internal4();
    var OP = "$indexOfArray";
    var $indexOfArray = (obj, expr, options) => {
      (0, import_internal2.assert)(
        (0, import_internal2.isArray)(expr) && expr.length > 1 && expr.length < 5,
        `${OP} expects array(4)`
      );
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      const arr = args[0];
      if ((0, import_internal2.isNil)(arr)) return null;
      if (!(0, import_internal2.isArray)(arr)) return (0, import_internal3.errExpectArray)(foe, `${OP} arg1 <array>`);
      const search = args[1];
      const start = args[2] ?? 0;
      const end = args[3] ?? arr.length;
      if (!(0, import_internal2.isInteger)(start) || start < 0)
        return (0, import_internal3.errExpectInteger)(foe, `${OP} arg3 <start>`, { min: 1 });
      if (!(0, import_internal2.isInteger)(end) || end < 0)
        return (0, import_internal3.errExpectInteger)(foe, `${OP} arg4 <end>`, { min: 1 });
      if (start > end) return -1;
      const input = start > 0 || end < arr.length ? arr.slice(start, end) : arr;
      return input.findIndex((v) => (0, import_internal2.isEqual)(v, search)) + start;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/isArray.js
var require_isArray = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/isArray.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var isArray_exports = {};
    __export(isArray_exports, {
      $isArray: () => $isArray
    });
    module.exports = __toCommonJS(isArray_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var $isArray = (obj, expr, options) => {
      let input = expr;
      if ((0, import_util.isArray)(expr)) {
        (0, import_util.assert)(expr.length === 1, "$isArray expects array(1)");
        input = expr[0];
      }
      return (0, import_util.isArray)((0, import_internal.evalExpr)(obj, input, options));
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/last.js
var require_last2 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/last.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var last_exports = {};
    __export(last_exports, {
      $last: () => $last
    });
    module.exports = __toCommonJS(last_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_last = require_last();
    var import_internal2 = require_internal4();
    var $last = (obj, expr, options) => {
      if ((0, import_util.isArray)(obj)) return (0, import_last.$last)(obj, expr, options);
      const arr = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(arr)) return null;
      if (!(0, import_util.isArray)(arr) || arr.length === 0) {
        return (0, import_internal2.errExpectArray)(options.failOnError, "$last", { size: 0 });
      }
      return (0, import_util.flatten)(arr)[arr.length - 1];
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/lastN.js
var require_lastN2 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/lastN.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var lastN_exports = {};
    __export(lastN_exports, {
      $lastN: () => $lastN
    });
    module.exports = __toCommonJS(lastN_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_lastN = require_lastN();
    var import_internal2 = require_internal4();
    var $lastN = (obj, expr, options) => {
      (0, import_util.assert)(
        (0, import_util.isObject)(expr) && (0, import_util.has)(expr, "input", "n"),
        "$lastN expects object { input, n }"
      );
      if ((0, import_util.isArray)(obj)) return (0, import_lastN.$lastN)(obj, expr, options);
      const { input, n } = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(input)) return null;
      if (!(0, import_util.isArray)(input)) {
        return (0, import_internal2.errExpectArray)(options.failOnError, "$lastN 'input'");
      }
      return (0, import_lastN.$lastN)(input, { n, input: "$$this" }, options);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/map.js
var require_map = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/map.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var map_exports = {};
    __export(map_exports, {
      $map: () => $map
    });
    module.exports = __toCommonJS(map_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $map = (obj, expr, options) => {
      (0, import_util.assert)(
        (0, import_util.isObject)(expr) && (0, import_util.has)(expr, "input", "in"),
        "$map expects object { input, as, in }"
      );
      const input = (0, import_internal.evalExpr)(obj, expr.input, options);
      const foe = options.failOnError;
      if ((0, import_util.isNil)(input)) return null;
      if (!(0, import_util.isArray)(input)) return (0, import_internal2.errExpectArray)(foe, "$map 'input'");
      if (!(0, import_util.isNil)(expr.as) && !(0, import_util.isString)(expr.as))
        return (0, import_internal2.errExpectString)(foe, "$map 'as'");
      const copts = import_internal.ComputeOptions.init(options);
      const k = expr.as || "this";
      const locals = { variables: {} };
      const result = new Array(input.length);
      for (let i = 0; i < input.length; i++) {
        locals.variables[k] = input[i];
        result[i] = (0, import_internal.evalExpr)(obj, expr.in, copts.update(locals));
      }
      return result;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/maxN.js
var require_maxN2 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/maxN.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var maxN_exports = {};
    __export(maxN_exports, {
      $maxN: () => $maxN
    });
    module.exports = __toCommonJS(maxN_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_maxN = require_maxN();
    var import_internal2 = require_internal4();
    var $maxN = (obj, expr, options) => {
      (0, import_util.assert)(
        (0, import_util.isObject)(expr) && (0, import_util.has)(expr, "input", "n"),
        "$maxN expects object { input, n }"
      );
      if ((0, import_util.isArray)(obj)) return (0, import_maxN.$maxN)(obj, expr, options);
      const { input, n } = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(input)) return null;
      if (!(0, import_util.isArray)(input))
        return (0, import_internal2.errExpectArray)(options.failOnError, "$maxN 'input'");
      return (0, import_maxN.$maxN)(input, { n, input: "$$this" }, options);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/minN.js
var require_minN2 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/minN.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var minN_exports = {};
    __export(minN_exports, {
      $minN: () => $minN
    });
    module.exports = __toCommonJS(minN_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_minN = require_minN();
    var import_internal2 = require_internal4();
    var $minN = (obj, expr, options) => {
      (0, import_util.assert)(
        (0, import_util.isObject)(expr) && (0, import_util.has)(expr, "input", "n"),
        "$minN expects object { input, n }"
      );
      if ((0, import_util.isArray)(obj)) return (0, import_minN.$minN)(obj, expr, options);
      const { input, n } = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(input)) return null;
      if (!(0, import_util.isArray)(input))
        return (0, import_internal2.errExpectArray)(options.failOnError, "$minN 'input'");
      return (0, import_minN.$minN)(input, { n, input: "$$this" }, options);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/range.js
var require_range = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/range.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var range_exports = {};
    __export(range_exports, {
      $range: () => $range
    });
    module.exports = __toCommonJS(range_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $range = (obj, expr, options) => {
      (0, import_util.assert)(
        (0, import_util.isArray)(expr) && expr.length > 1 && expr.length < 4,
        "$range expects array(3)"
      );
      const [start, end, arg3] = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      const step = arg3 ?? 1;
      if (!(0, import_util.isInteger)(start)) return (0, import_internal2.errExpectInteger)(foe, `$range arg1 <start>`);
      if (!(0, import_util.isInteger)(end)) return (0, import_internal2.errExpectInteger)(foe, `$range arg2 <end>`);
      if (!(0, import_util.isInteger)(step) || step === 0)
        return (0, import_internal2.errExpectInteger)(foe, `$range arg3 <step>`, { min: 0, max: 0 });
      const result = new Array();
      let counter = start;
      while (counter < end && step > 0 || counter > end && step < 0) {
        result.push(counter);
        counter += step;
      }
      return result;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/reduce.js
var require_reduce = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/reduce.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var reduce_exports = {};
    __export(reduce_exports, {
      $reduce: () => $reduce
    });
    module.exports = __toCommonJS(reduce_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    function $reduce(obj, expr, options) {
      (0, import_util.assert)(
        (0, import_util.isObject)(expr) && (0, import_util.has)(expr, "input", "initialValue", "in"),
        "$reduce expects object { input, initialValue, in }"
      );
      const input = (0, import_internal.evalExpr)(obj, expr.input, options);
      const initialValue = (0, import_internal.evalExpr)(obj, expr.initialValue, options);
      const inExpr = expr["in"];
      if ((0, import_util.isNil)(input)) return null;
      if (!(0, import_util.isArray)(input))
        return (0, import_internal2.errExpectArray)(options.failOnError, "$reduce 'input'");
      const copts = import_internal.ComputeOptions.init(options);
      const locals = { variables: { value: null } };
      let result = initialValue;
      for (let i = 0; i < input.length; i++) {
        locals.variables.value = result;
        result = (0, import_internal.evalExpr)(input[i], inExpr, copts.update(locals));
      }
      return result;
    }
  }
});

// node_modules/mingo/cjs/operators/expression/array/reverseArray.js
var require_reverseArray = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/reverseArray.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var reverseArray_exports = {};
    __export(reverseArray_exports, {
      $reverseArray: () => $reverseArray
    });
    module.exports = __toCommonJS(reverseArray_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $reverseArray = (obj, expr, options) => {
      const arr = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(arr)) return null;
      if (!(0, import_util.isArray)(arr))
        return (0, import_internal2.errExpectArray)(options.failOnError, "$reverseArray");
      return arr.slice().reverse();
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/size.js
var require_size = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/size.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var size_exports = {};
    __export(size_exports, {
      $size: () => $size
    });
    module.exports = __toCommonJS(size_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $size = (obj, expr, options) => {
      const value = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(value)) return null;
      return (0, import_util.isArray)(value) ? value.length : (0, import_internal2.errExpectNumber)(options.failOnError, "$size");
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/slice.js
var require_slice = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/slice.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var slice_exports = {};
    __export(slice_exports, {
      $slice: () => $slice
    });
    module.exports = __toCommonJS(slice_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $slice = (obj, expr, options) => {
      (0, import_util.assert)(
        (0, import_util.isArray)(expr) && expr.length > 1 && expr.length < 4,
        "$slice expects array(3)"
      );
      const foe = options.failOnError;
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const arr = args[0];
      let skip = args[1];
      let limit = args[2];
      if (!(0, import_util.isArray)(arr)) return (0, import_internal2.errExpectArray)(foe, "$slice arg1 <array>");
      if (!(0, import_util.isInteger)(skip)) return (0, import_internal2.errExpectInteger)(foe, "$slice arg2 <n>");
      if (!(0, import_util.isNil)(limit) && !(0, import_util.isInteger)(limit))
        return (0, import_internal2.errExpectInteger)(foe, "$slice arg3 <n>");
      if ((0, import_util.isNil)(limit)) {
        if (skip < 0) {
          skip = Math.max(0, arr.length + skip);
        } else {
          limit = skip;
          skip = 0;
        }
      } else {
        if (skip < 0) {
          skip = Math.max(0, arr.length + skip);
        }
        if (limit < 1) {
          return (0, import_internal2.errExpectInteger)(foe, "$slice arg3 <n>", { min: 1 });
        }
        limit += skip;
      }
      return arr.slice(skip, limit);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/sortArray.js
var require_sortArray = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/sortArray.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var sortArray_exports = {};
    __export(sortArray_exports, {
      $sortArray: () => $sortArray
    });
    module.exports = __toCommonJS(sortArray_exports);
    var import_internal = require_internal2();
    var import_lazy = require_lazy();
    var import_util = require_util();
    var import_sort = require_sort();
    var import_internal2 = require_internal4();
    var $sortArray = (obj, expr, options) => {
      (0, import_util.assert)(
        (0, import_util.isObject)(expr) && "input" in expr && "sortBy" in expr,
        "$sortArray expects object { input, sortBy }"
      );
      const { input, sortBy } = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(input)) return null;
      if (!(0, import_util.isArray)(input))
        return (0, import_internal2.errExpectArray)(options.failOnError, "$sortArray 'input'");
      if ((0, import_util.isObject)(sortBy)) {
        return (0, import_sort.$sort)((0, import_lazy.Lazy)(input), sortBy, options).collect();
      }
      const result = input.slice().sort(import_util.compare);
      if (sortBy === -1) result.reverse();
      return result;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/zip.js
var require_zip = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/zip.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var zip_exports = {};
    __export(zip_exports, {
      $zip: () => $zip
    });
    module.exports = __toCommonJS(zip_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $zip = (obj, expr, options) => {
      (0, import_util.assert)(
        (0, import_util.isObject)(expr) && (0, import_util.has)(expr, "inputs"),
        "$zip received invalid arguments"
      );
      const inputs = (0, import_internal.evalExpr)(obj, expr.inputs, options);
      const defaults = (0, import_internal.evalExpr)(obj, expr.defaults, options) ?? [];
      const useLongestLength = expr.useLongestLength ?? false;
      const foe = options.failOnError;
      if ((0, import_util.isNil)(inputs)) return null;
      if (!(0, import_util.isArray)(inputs)) return (0, import_internal2.errExpectArray)(foe, "$zip 'inputs'");
      let invalid = 0;
      for (const elem of inputs) {
        if ((0, import_util.isNil)(elem)) return null;
        if (!(0, import_util.isArray)(elem)) invalid++;
      }
      if (invalid) return (0, import_internal2.errExpectArray)(foe, "$zip elements of 'inputs'");
      if (!(0, import_util.isBoolean)(useLongestLength))
        (0, import_internal2.errInvalidArgs)(foe, "$zip 'useLongestLength' must be boolean");
      if ((0, import_util.isArray)(defaults) && defaults.length > 0) {
        (0, import_util.assert)(
          useLongestLength && defaults.length === inputs.length,
          "$zip 'useLongestLength' must be set to true to use 'defaults'"
        );
      }
      let zipCount = 0;
      for (const arr of inputs) {
        zipCount = useLongestLength ? Math.max(zipCount, arr.length) : Math.min(zipCount || arr.length, arr.length);
      }
      const result = [];
      for (let i = 0; i < zipCount; i++) {
        const temp = new Array(inputs.length);
        for (let j = 0; j < inputs.length; j++) {
          const val = inputs[j][i];
          temp[j] = (0, import_util.isNil)(val) ? defaults[j] ?? null : val;
        }
        result.push(temp);
      }
      return result;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/array/index.js
var require_array = __commonJS({
  "node_modules/mingo/cjs/operators/expression/array/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var array_exports = {};
    module.exports = __toCommonJS(array_exports);
    __reExport(array_exports, require_arrayElemAt(), module.exports);
    __reExport(array_exports, require_arrayToObject(), module.exports);
    __reExport(array_exports, require_concatArrays(), module.exports);
    __reExport(array_exports, require_filter(), module.exports);
    __reExport(array_exports, require_first2(), module.exports);
    __reExport(array_exports, require_firstN2(), module.exports);
    __reExport(array_exports, require_in(), module.exports);
    __reExport(array_exports, require_indexOfArray(), module.exports);
    __reExport(array_exports, require_isArray(), module.exports);
    __reExport(array_exports, require_last2(), module.exports);
    __reExport(array_exports, require_lastN2(), module.exports);
    __reExport(array_exports, require_map(), module.exports);
    __reExport(array_exports, require_maxN2(), module.exports);
    __reExport(array_exports, require_minN2(), module.exports);
    __reExport(array_exports, require_range(), module.exports);
    __reExport(array_exports, require_reduce(), module.exports);
    __reExport(array_exports, require_reverseArray(), module.exports);
    __reExport(array_exports, require_size(), module.exports);
    __reExport(array_exports, require_slice(), module.exports);
    __reExport(array_exports, require_sortArray(), module.exports);
    __reExport(array_exports, require_zip(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/bitwise/_internal.js
var require_internal6 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/bitwise/_internal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      processBitwise: () => processBitwise
    });
    module.exports = __toCommonJS(internal_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    function processBitwise(obj, expr, options, operator, fn) {
      (0, import_util.assert)((0, import_util.isArray)(expr), `${operator} expects array as argument`);
      const nums = (0, import_internal.evalExpr)(obj, expr, options);
      let t_num = true;
      for (const v of nums) {
        if ((0, import_util.isNil)(v)) return null;
        t_num &&= (0, import_util.isInteger)(v);
      }
      if (t_num) return fn(nums);
      return (0, import_internal2.errInvalidArgs)(
        options.failOnError,
        `${operator} array elements must resolve to integers`
      );
    }
  }
});

// node_modules/mingo/cjs/operators/expression/bitwise/bitAnd.js
var require_bitAnd = __commonJS({
  "node_modules/mingo/cjs/operators/expression/bitwise/bitAnd.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bitAnd_exports = {};
    __export(bitAnd_exports, {
      $bitAnd: () => $bitAnd
    });
    module.exports = __toCommonJS(bitAnd_exports);
    var import_internal = require_internal6();
    var $bitAnd = (obj, expr, options) => (0, import_internal.processBitwise)(
      obj,
      expr,
      options,
      "$bitAnd",
      (nums) => nums.reduce((a, b) => a & b, -1)
    );
  }
});

// node_modules/mingo/cjs/operators/expression/bitwise/bitNot.js
var require_bitNot = __commonJS({
  "node_modules/mingo/cjs/operators/expression/bitwise/bitNot.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bitNot_exports = {};
    __export(bitNot_exports, {
      $bitNot: () => $bitNot
    });
    module.exports = __toCommonJS(bitNot_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $bitNot = (obj, expr, options) => {
      const n = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(n)) return null;
      if (!(0, import_util.isInteger)(n)) return (0, import_internal2.errExpectInteger)(options.failOnError, "$bitNot");
      return ~n;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/bitwise/bitOr.js
var require_bitOr = __commonJS({
  "node_modules/mingo/cjs/operators/expression/bitwise/bitOr.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bitOr_exports = {};
    __export(bitOr_exports, {
      $bitOr: () => $bitOr
    });
    module.exports = __toCommonJS(bitOr_exports);
    var import_internal = require_internal6();
    var $bitOr = (obj, expr, options) => (0, import_internal.processBitwise)(
      obj,
      expr,
      options,
      "$bitOr",
      (nums) => nums.reduce((a, b) => a | b, 0)
    );
  }
});

// node_modules/mingo/cjs/operators/expression/bitwise/bitXor.js
var require_bitXor = __commonJS({
  "node_modules/mingo/cjs/operators/expression/bitwise/bitXor.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bitXor_exports = {};
    __export(bitXor_exports, {
      $bitXor: () => $bitXor
    });
    module.exports = __toCommonJS(bitXor_exports);
    var import_internal = require_internal6();
    var $bitXor = (obj, expr, options) => (0, import_internal.processBitwise)(
      obj,
      expr,
      options,
      "$bitXor",
      (nums) => nums.reduce((a, b) => a ^ b, 0)
    );
  }
});

// node_modules/mingo/cjs/operators/expression/bitwise/index.js
var require_bitwise = __commonJS({
  "node_modules/mingo/cjs/operators/expression/bitwise/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bitwise_exports = {};
    module.exports = __toCommonJS(bitwise_exports);
    __reExport(bitwise_exports, require_bitAnd(), module.exports);
    __reExport(bitwise_exports, require_bitNot(), module.exports);
    __reExport(bitwise_exports, require_bitOr(), module.exports);
    __reExport(bitwise_exports, require_bitXor(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/boolean/and.js
var require_and = __commonJS({
  "node_modules/mingo/cjs/operators/expression/boolean/and.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var and_exports = {};
    __export(and_exports, {
      $and: () => $and
    });
    module.exports = __toCommonJS(and_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal();
    var $and = (obj, expr, options) => {
      (0, import_internal2.assert)((0, import_internal2.isArray)(expr), "$and expects array");
      const mode = options.useStrictMode;
      return expr.every((e) => (0, import_internal2.truthy)((0, import_internal.evalExpr)(obj, e, options), mode));
    };
  }
});

// node_modules/mingo/cjs/operators/expression/boolean/not.js
var require_not = __commonJS({
  "node_modules/mingo/cjs/operators/expression/boolean/not.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var not_exports = {};
    __export(not_exports, {
      $not: () => $not
    });
    module.exports = __toCommonJS(not_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $not = (obj, expr, options) => {
      const booleanExpr = (0, import_util.ensureArray)(expr);
      if (booleanExpr.length === 0) return false;
      if (booleanExpr.length > 1)
        return (0, import_internal2.errExpectArray)(options.failOnError, "$not", { size: 1 });
      return !(0, import_internal.evalExpr)(obj, booleanExpr[0], options);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/boolean/or.js
var require_or = __commonJS({
  "node_modules/mingo/cjs/operators/expression/boolean/or.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var or_exports = {};
    __export(or_exports, {
      $or: () => $or
    });
    module.exports = __toCommonJS(or_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal();
    var $or = (obj, expr, options) => {
      (0, import_internal2.assert)((0, import_internal2.isArray)(expr), "$or expects array of expressions");
      const strict = options.useStrictMode;
      for (const v of expr)
        if ((0, import_internal2.truthy)((0, import_internal.evalExpr)(obj, v, options), strict)) return true;
      return false;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/boolean/index.js
var require_boolean = __commonJS({
  "node_modules/mingo/cjs/operators/expression/boolean/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var boolean_exports = {};
    module.exports = __toCommonJS(boolean_exports);
    __reExport(boolean_exports, require_and(), module.exports);
    __reExport(boolean_exports, require_not(), module.exports);
    __reExport(boolean_exports, require_or(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/comparison/cmp.js
var require_cmp = __commonJS({
  "node_modules/mingo/cjs/operators/expression/comparison/cmp.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var cmp_exports = {};
    __export(cmp_exports, {
      $cmp: () => $cmp
    });
    module.exports = __toCommonJS(cmp_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var $cmp = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr) && expr.length === 2, "$cmp expects array(2)");
      const [a, b] = (0, import_internal.evalExpr)(obj, expr, options);
      return (0, import_util.compare)(a, b);
    };
  }
});

// node_modules/mingo/cjs/operators/pipeline/limit.js
var require_limit = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/limit.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var limit_exports = {};
    __export(limit_exports, {
      $limit: () => $limit
    });
    module.exports = __toCommonJS(limit_exports);
    function $limit(coll, expr, _options) {
      return coll.take(expr);
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/documents.js
var require_documents = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/documents.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var documents_exports = {};
    __export(documents_exports, {
      $documents: () => $documents
    });
    module.exports = __toCommonJS(documents_exports);
    var import_internal = require_internal2();
    var import_lazy = require_lazy();
    var import_util = require_util();
    function $documents(_, expr, options) {
      const docs = (0, import_internal.evalExpr)(null, expr, options);
      (0, import_util.assert)((0, import_util.isArray)(docs), "$documents expression must resolve to an array.");
      return (0, import_lazy.Lazy)(docs).map((o) => (0, import_util.cloneDeep)(o));
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/_internal.js
var require_internal7 = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/_internal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      filterDocumentsStage: () => filterDocumentsStage,
      resolveCollection: () => resolveCollection,
      validateProjection: () => validateProjection
    });
    module.exports = __toCommonJS(internal_exports);
    var import_lazy = require_lazy();
    var import_util = require_util();
    var import_internal = require_internal();
    var import_documents = require_documents();
    var EMPTY = (0, import_lazy.Lazy)([]);
    function filterDocumentsStage(pipeline, options) {
      if (!pipeline) return {};
      const docs = pipeline[0]?.$documents;
      if (!docs) return { pipeline };
      return {
        documents: (0, import_documents.$documents)(EMPTY, docs, options).collect(),
        pipeline: pipeline.slice(1)
      };
    }
    function validateProjection(expr, options, isRoot = true) {
      const res = {
        exclusions: [],
        inclusions: [],
        positional: 0
      };
      const keys = Object.keys(expr);
      (0, import_internal.assert)(keys.length, "Invalid empty sub-projection");
      const idKey = options?.idKey;
      let idKeyExcluded = false;
      for (const k of keys) {
        if (k.startsWith("$")) {
          (0, import_internal.assert)(
            !isRoot && keys.length === 1,
            `FieldPath field names may not start with '$', given '${k}'.`
          );
          return res;
        }
        if (k.endsWith(".$")) res.positional++;
        const v = expr[k];
        if (v === false || (0, import_util.isNumber)(v) && v === 0) {
          if (k === idKey) {
            idKeyExcluded = true;
          } else res.exclusions.push(k);
        } else if (!(0, import_util.isObject)(v)) {
          res.inclusions.push(k);
        } else {
          const meta = validateProjection(v, options, false);
          if (!meta.inclusions.length && !meta.exclusions.length) {
            if (!res.inclusions.includes(k)) res.inclusions.push(k);
          } else {
            for (const n of meta.exclusions) res.exclusions.push(`${k}.${n}`);
            for (const n of meta.inclusions) res.inclusions.push(`${k}.${n}`);
          }
          res.positional += meta.positional;
        }
        (0, import_internal.assert)(
          !(res.exclusions.length && res.inclusions.length),
          "Cannot do exclusion and inclusion in projection."
        );
        (0, import_internal.assert)(
          res.positional <= 1,
          "Cannot specify more than one positional projection."
        );
      }
      if (idKeyExcluded) {
        res.exclusions.push(idKey);
      }
      if (isRoot) {
        const p = new import_internal.PathValidator();
        for (const k of res.exclusions) (0, import_internal.assert)(p.add(k), `Path collision at ${k}.`);
        for (const k of res.inclusions) (0, import_internal.assert)(p.add(k), `Path collision at ${k}.`);
        res.exclusions.sort();
        res.inclusions.sort();
      }
      return res;
    }
    function resolveCollection(op, expr, options) {
      if ((0, import_internal.isString)(expr)) {
        (0, import_internal.assert)(
          options.collectionResolver,
          `${op} requires 'collectionResolver' option to resolve named collection`
        );
      }
      const coll = (0, import_internal.isString)(expr) ? options.collectionResolver(expr) : expr;
      (0, import_internal.assert)((0, import_internal.isArray)(coll), `${op} could not resolve input collection`);
      return coll;
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/project.js
var require_project = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/project.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var project_exports = {};
    __export(project_exports, {
      $project: () => $project
    });
    module.exports = __toCommonJS(project_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal();
    var import_internal3 = require_internal7();
    var OP = "$project";
    function $project(coll, expr, options) {
      if ((0, import_internal2.isEmpty)(expr)) return coll;
      const meta = (0, import_internal3.validateProjection)(expr, options);
      const handler = createHandler(expr, import_internal.ComputeOptions.init(options), meta);
      return coll.map(handler);
    }
    function createHandler(expr, options, meta) {
      const idKey = options.idKey;
      const { exclusions, inclusions } = meta;
      const handlers = {};
      const resolveOpts = {
        preserveIndex: "missing"
      };
      for (const k of exclusions) {
        handlers[k] = (t, _) => {
          (0, import_internal2.removeValue)(t, k, { descendArray: true });
        };
      }
      for (const selector of inclusions) {
        const v = (0, import_internal2.resolve)(expr, selector) ?? expr[selector];
        if (selector.endsWith(".$") && v === 1) {
          const cond = options?.local?.condition ?? {};
          (0, import_internal2.assert)(cond, `${OP}: positional operator '.$' requires array condition.`);
          const field = selector.slice(0, -2);
          handlers[field] = getPositionalFilter(field, cond, options);
        } else if ((0, import_internal2.isArray)(v)) {
          handlers[selector] = (t, o) => {
            options.update({ root: o });
            const newVal = v.map((e) => (0, import_internal.evalExpr)(o, e, options) ?? null);
            (0, import_internal2.setValue)(t, selector, newVal);
          };
        } else if ((0, import_internal2.isNumber)(v) || v === true) {
          handlers[selector] = (t, o) => {
            options.update({ root: o });
            const extractedVal = (0, import_internal2.resolveGraph)(o, selector, resolveOpts);
            mergeInto(t, extractedVal);
          };
        } else if (!(0, import_internal2.isObject)(v)) {
          handlers[selector] = (t, o) => {
            options.update({ root: o });
            const newVal = (0, import_internal.evalExpr)(o, v, options);
            (0, import_internal2.setValue)(t, selector, newVal);
          };
        } else {
          const opKeys = Object.keys(v);
          (0, import_internal2.assert)(
            opKeys.length === 1 && (0, import_internal2.isOperator)(opKeys[0]),
            "Not a valid operator"
          );
          const operator = opKeys[0];
          const opExpr = v[operator];
          const fn = options.context.getOperator(import_internal.OpType.PROJECTION, operator);
          const foundSlice = operator === "$slice";
          if (!fn || foundSlice && !(0, import_internal2.ensureArray)(opExpr).every(import_internal2.isNumber)) {
            handlers[selector] = (t, o) => {
              options.update({ root: o });
              const newval = (0, import_internal.evalExpr)(o, v, options);
              (0, import_internal2.setValue)(t, selector, newval);
            };
          } else {
            handlers[selector] = (t, o) => {
              options.update({ root: o });
              const newval = fn(o, opExpr, selector, options);
              (0, import_internal2.setValue)(t, selector, newval);
            };
          }
        }
      }
      const onlyIdKeyExcluded = exclusions.length === 1 && exclusions.includes(idKey);
      const noIdKeyExcluded = !exclusions.includes(idKey);
      const noInclusions = !inclusions.length;
      const allKeysIncluded = noInclusions && onlyIdKeyExcluded || noInclusions && exclusions.length && !onlyIdKeyExcluded;
      return (o) => {
        const newObj = {};
        if (allKeysIncluded) Object.assign(newObj, o);
        for (const k in handlers) {
          handlers[k](newObj, o);
        }
        if (!noInclusions) (0, import_internal2.filterMissing)(newObj);
        if (noIdKeyExcluded && !(0, import_internal2.has)(newObj, idKey) && (0, import_internal2.has)(o, idKey)) {
          newObj[idKey] = (0, import_internal2.resolve)(o, idKey);
        }
        return newObj;
      };
    }
    var findMatches = (o, key, leaf, pred) => {
      let arr = (0, import_internal2.resolve)(o, key);
      if (!(0, import_internal2.isArray)(arr)) arr = (0, import_internal2.resolve)(arr, leaf);
      (0, import_internal2.assert)((0, import_internal2.isArray)(arr), `${OP}: field '${key}' must resolve to array`);
      const matches = [];
      for (let i = 0; i < arr.length; i++) {
        if (pred({ [leaf]: [arr[i]] })) matches.push(i);
      }
      return matches;
    };
    var complement = (p) => ((e) => !p(e));
    var COMPOUND_OPS = { $and: 1, $or: 1, $nor: 1 };
    function getPositionalFilter(field, condition, options) {
      const stack = Object.entries(condition).slice();
      const selectors = {
        $and: [],
        $or: []
      };
      for (let i = 0; i < stack.length; i++) {
        const [key, val, op] = stack[i];
        if (key === field || key.startsWith(field + ".")) {
          const normalizedExpr = (0, import_internal2.normalize)(val);
          const operator = Object.keys(normalizedExpr)[0];
          const expr = normalizedExpr[operator];
          const fn = options.context.getOperator(
            import_internal.OpType.QUERY,
            operator
          );
          const leaf2 = key.substring(key.lastIndexOf(".") + 1);
          const pred = fn(leaf2, expr, options);
          if (!op || op === "$and") {
            selectors.$and.push([key, pred, leaf2]);
          } else if (op === "$nor") {
            selectors.$and.push([key, complement(pred), leaf2]);
          } else if (op === "$or") {
            selectors.$or.push([key, pred, leaf2]);
          }
        } else if ((0, import_internal2.isOperator)(key)) {
          (0, import_internal2.assert)(
            !!COMPOUND_OPS[key],
            `${OP}: '${key}' is not allowed in this context`
          );
          for (const item of val) {
            for (const k of Object.keys(item)) stack.push([k, item[k], key]);
          }
        }
      }
      const sep2 = field.lastIndexOf(".");
      const parent = field.substring(0, sep2) || field;
      const leaf = field.substring(sep2 + 1);
      return (t, o) => {
        const matches = [];
        for (const [key, pred, leaf2] of selectors.$and) {
          matches.push(findMatches(o, key, leaf2, pred));
        }
        if (selectors.$or.length) {
          const orMatches = [];
          for (const [key, pred, leaf2] of selectors.$or) {
            orMatches.push(...findMatches(o, key, leaf2, pred));
          }
          matches.push((0, import_internal2.unique)(orMatches));
        }
        const i = (0, import_internal2.intersection)(matches).sort()[0];
        let first = (0, import_internal2.resolve)(o, field)[i];
        if (parent != leaf && !(0, import_internal2.isObject)(first)) {
          first = { [leaf]: first };
        }
        (0, import_internal2.setValue)(t, parent, [first]);
      };
    }
    function mergeInto(target, input) {
      if (target === import_internal2.MISSING || (0, import_internal2.isNil)(target)) return input;
      if ((0, import_internal2.isNil)(input)) return target;
      const out = target;
      const src = input;
      for (const k of Object.keys(input)) {
        out[k] = mergeInto(out[k], src[k]);
      }
      return out;
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/skip.js
var require_skip = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/skip.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var skip_exports = {};
    __export(skip_exports, {
      $skip: () => $skip
    });
    module.exports = __toCommonJS(skip_exports);
    var import_util = require_util();
    function $skip(coll, expr, _options) {
      (0, import_util.assert)(expr >= 0, "$skip value must be a non-negative integer");
      return coll.drop(expr);
    }
  }
});

// node_modules/mingo/cjs/cursor.js
var require_cursor = __commonJS({
  "node_modules/mingo/cjs/cursor.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var cursor_exports = {};
    __export(cursor_exports, {
      Cursor: () => Cursor
    });
    module.exports = __toCommonJS(cursor_exports);
    var import_internal = require_internal2();
    var import_lazy = require_lazy();
    var import_limit = require_limit();
    var import_project = require_project();
    var import_skip = require_skip();
    var import_sort = require_sort();
    var import_util = require_util();
    var OPERATORS = { $sort: import_sort.$sort, $skip: import_skip.$skip, $limit: import_limit.$limit };
    var Cursor = class {
      #source;
      #predicate;
      #projection;
      #options;
      #operators = {};
      #result = null;
      #buffer = [];
      /**
       * Creates an instance of the Cursor class.
       *
       * @param source - The source of data to be iterated over.
       * @param predicate - A function or condition to filter the data.
       * @param projection - An object specifying the fields to include or exclude in the result.
       * @param options - Optional settings to customize the behavior of the cursor.
       */
      constructor(source, predicate, projection, options) {
        this.#source = source;
        this.#predicate = predicate;
        this.#projection = projection;
        this.#options = options;
      }
      /** Returns the iterator from running the query */
      fetch() {
        if (this.#result) return this.#result;
        this.#result = (0, import_lazy.Lazy)(this.#source).filter(this.#predicate);
        const mode = this.#options.processingMode;
        if (mode & import_internal.ProcessingMode.CLONE_INPUT) this.#result.map((o) => (0, import_util.cloneDeep)(o));
        for (const op of Object.keys(OPERATORS)) {
          if ((0, import_util.has)(this.#operators, op)) {
            const f = OPERATORS[op];
            this.#result = f(this.#result, this.#operators[op], this.#options);
          }
        }
        if (Object.keys(this.#projection).length) {
          this.#result = (0, import_project.$project)(this.#result, this.#projection, this.#options);
        }
        if (mode & import_internal.ProcessingMode.CLONE_OUTPUT) this.#result.map((o) => (0, import_util.cloneDeep)(o));
        return this.#result;
      }
      /** Returns an iterator with the buffered data included */
      fetchAll() {
        const buffered = (0, import_lazy.Lazy)(Array.from(this.#buffer));
        this.#buffer.length = 0;
        return (0, import_lazy.concat)(buffered, this.fetch());
      }
      /**
       * Return remaining objects in the cursor as an array. This method exhausts the cursor
       * @returns {Array}
       */
      all() {
        return this.fetchAll().collect();
      }
      /**
       * Returns a cursor that begins returning results only after passing or skipping a number of documents.
       * @param {Number} n the number of results to skip.
       * @return {Cursor} Returns the cursor, so you can chain this call.
       */
      skip(n) {
        this.#operators["$skip"] = n;
        return this;
      }
      /**
       * Limits the number of items returned by the cursor.
       *
       * @param n - The maximum number of items to return.
       * @returns The current cursor instance for chaining.
       */
      limit(n) {
        this.#operators["$limit"] = n;
        return this;
      }
      /**
       * Returns results ordered according to a sort specification.
       * @param {AnyObject} modifier an object of key and values specifying the sort order. 1 for ascending and -1 for descending
       * @return {Cursor} Returns the cursor, so you can chain this call.
       */
      sort(modifier) {
        this.#operators["$sort"] = modifier;
        return this;
      }
      /**
       * Sets the collation options for the cursor.
       * Collation allows users to specify language-specific rules for string comparison,
       * such as case sensitivity and accent marks.
       *
       * @param spec - The collation specification to apply.
       * @returns The current cursor instance for chaining.
       */
      collation(spec) {
        this.#options = { ...this.#options, collation: spec };
        return this;
      }
      /**
       * Retrieves the next item in the cursor.
       */
      next() {
        if (this.#buffer.length > 0) {
          return this.#buffer.pop();
        }
        const o = this.fetch().next();
        if (o.done) return void 0;
        return o.value;
      }
      /**
       * Determines if there are more elements available in the cursor.
       *
       * @returns {boolean} `true` if there are more elements to iterate over, otherwise `false`.
       */
      hasNext() {
        if (this.#buffer.length > 0) return true;
        const o = this.fetch().next();
        if (o.done) return false;
        this.#buffer.push(o.value);
        return true;
      }
      /**
       * Returns an iterator for the cursor, allowing it to be used in `for...of` loops.
       * The iterator fetches all the results from the cursor.
       *
       * @returns {Iterator} An iterator over the fetched results.
       */
      [Symbol.iterator]() {
        return this.fetchAll();
      }
    };
  }
});

// node_modules/mingo/cjs/query.js
var require_query = __commonJS({
  "node_modules/mingo/cjs/query.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var query_exports = {};
    __export(query_exports, {
      Query: () => Query
    });
    module.exports = __toCommonJS(query_exports);
    var import_internal = require_internal2();
    var import_cursor = require_cursor();
    var import_util = require_util();
    var TOP_LEVEL_OPS = /* @__PURE__ */ new Set(["$and", "$or", "$nor", "$expr", "$jsonSchema"]);
    var Query = class {
      #compiled;
      #condition;
      #options;
      /**
       * Creates an instance of the query with the specified condition and options.
       * This object is preloaded with all query and projection operators.
       *
       * @param condition - The query condition object used to define the criteria for matching documents.
       * @param options - Optional configuration settings to customize the query behavior.
       */
      constructor(condition, options) {
        this.#condition = (0, import_util.cloneDeep)(condition);
        this.#options = import_internal.ComputeOptions.init(options).update({
          condition
        });
        this.#compiled = [];
        this.compile();
      }
      compile() {
        (0, import_util.assert)(
          (0, import_util.isObject)(this.#condition),
          `query criteria must be an object: ${JSON.stringify(this.#condition)}`
        );
        const whereOperator = {};
        for (const field of Object.keys(this.#condition)) {
          const expr = this.#condition[field];
          if ("$where" === field) {
            (0, import_util.assert)(
              this.#options.scriptEnabled,
              "$where operator requires 'scriptEnabled' option to be true."
            );
            Object.assign(whereOperator, { field, expr });
          } else if (TOP_LEVEL_OPS.has(field)) {
            this.processOperator(field, field, expr);
          } else {
            (0, import_util.assert)(!(0, import_util.isOperator)(field), `unknown top level operator: ${field}`);
            const normalizedExpr = (0, import_util.normalize)(expr);
            for (const operator of Object.keys(normalizedExpr)) {
              this.processOperator(field, operator, normalizedExpr[operator]);
            }
          }
          if (whereOperator.field) {
            this.processOperator(
              whereOperator.field,
              whereOperator.field,
              whereOperator.expr
            );
          }
        }
      }
      processOperator(field, operator, value) {
        const fn = this.#options.context.getOperator(
          import_internal.OpType.QUERY,
          operator
        );
        (0, import_util.assert)(!!fn, `unknown query operator ${operator}`);
        this.#compiled.push(fn(field, value, this.#options));
      }
      /**
       * Tests whether the given object satisfies all compiled predicates.
       *
       * @template T - The type of the object to test.
       * @param obj - The object to be tested against the compiled predicates.
       * @returns `true` if the object satisfies all predicates, otherwise `false`.
       */
      test(obj) {
        return this.#compiled.every((p) => p(obj));
      }
      /**
       * Returns a cursor for iterating over the items in the given collection that match the query criteria.
       *
       * @typeParam T - The type of the items in the resulting cursor.
       * @param collection - The source collection to search through.
       * @param projection - An optional object specifying fields to include or exclude
       *                      in the returned items.
       * @returns A `Cursor` instance for iterating over the matching items.
       */
      find(collection, projection) {
        return new import_cursor.Cursor(
          collection,
          (o) => this.test(o),
          projection || {},
          this.#options
        );
      }
    };
  }
});

// node_modules/mingo/cjs/operators/_predicates.js
var require_predicates = __commonJS({
  "node_modules/mingo/cjs/operators/_predicates.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var predicates_exports = {};
    __export(predicates_exports, {
      $all: () => $all,
      $elemMatch: () => $elemMatch,
      $eq: () => $eq2,
      $gt: () => $gt2,
      $gte: () => $gte2,
      $in: () => $in2,
      $lt: () => $lt2,
      $lte: () => $lte2,
      $mod: () => $mod,
      $ne: () => $ne2,
      $nin: () => $nin2,
      $regex: () => $regex,
      $size: () => $size,
      $type: () => $type,
      processExpression: () => processExpression,
      processQuery: () => processQuery
    });
    module.exports = __toCommonJS(predicates_exports);
    var import_internal = require_internal2();
    var import_query3 = require_query();
    var import_internal2 = require_internal();
    function elemMatchPredicate(criteria, options) {
      if (Object.keys(criteria).length === 0) {
        return (v) => (0, import_internal2.isObject)(v);
      }
      let format = (x) => x;
      let wrap = true;
      for (const k of Object.keys(criteria)) {
        wrap &&= (0, import_internal2.isOperator)(k) && "$and" !== k && "$or" !== k && "$nor" !== k;
        if (!wrap) break;
      }
      if (wrap) {
        criteria = { field: criteria };
        format = (x) => ({ field: x });
      }
      const q = new import_query3.Query(criteria, options);
      return (v) => q.test(format(v));
    }
    function processQuery(selector, value, options, predicate) {
      let [begin, depth] = [-1, 0];
      while ((begin = selector.indexOf(".", begin + 1)) !== -1) depth++;
      const copts = import_internal.ComputeOptions.init(options).update({ depth });
      const opts = { unwrapArray: true };
      if (predicate === $elemMatch) {
        value = elemMatchPredicate(value, options);
      }
      return (o) => {
        const lhs = (0, import_internal2.resolve)(o, selector, opts);
        return predicate(lhs, value, copts);
      };
    }
    function processExpression(obj, expr, options, predicate) {
      (0, import_internal2.assert)(
        (0, import_internal2.isArray)(expr) && expr.length === 2,
        `${predicate.name} expects array(2)`
      );
      const [lhs, rhs] = (0, import_internal.evalExpr)(obj, expr, options);
      return predicate(lhs, rhs, options);
    }
    function $eq2(a, b, options) {
      if ((0, import_internal2.isEqual)(a, b)) return true;
      if ((0, import_internal2.isNil)(a) && (0, import_internal2.isNil)(b)) return true;
      if ((0, import_internal2.isArray)(a)) {
        const depth = options?.local?.depth ?? 1;
        return a.some((v) => (0, import_internal2.isEqual)(v, b)) || (0, import_internal2.flatten)(a, depth).some((v) => (0, import_internal2.isEqual)(v, b));
      }
      return false;
    }
    function $ne2(a, b, options) {
      return !$eq2(a, b, options);
    }
    function $in2(a, b, _options) {
      if ((0, import_internal2.isNil)(a)) return b.some((v) => v === null);
      const values = (0, import_internal2.ensureArray)(a);
      if ((0, import_internal2.intersection)([values, b]).length > 0) return true;
      const patterns = b.filter(import_internal2.isRegExp);
      return patterns.length > 0 && values.some((v) => (0, import_internal2.isString)(v) && patterns.some((re) => re.test(v)));
    }
    function $nin2(a, b, options) {
      return !$in2(a, b, options);
    }
    function $lt2(a, b, _options) {
      return compare2(a, b, (x, y) => (0, import_internal2.compare)(x, y) < 0);
    }
    function $lte2(a, b, _options) {
      return compare2(a, b, (x, y) => (0, import_internal2.compare)(x, y) <= 0);
    }
    function $gt2(a, b, _options) {
      return compare2(a, b, (x, y) => (0, import_internal2.compare)(x, y) > 0);
    }
    function $gte2(a, b, _options) {
      return compare2(a, b, (x, y) => (0, import_internal2.compare)(x, y) >= 0);
    }
    function $mod(a, b, _options) {
      return (0, import_internal2.ensureArray)(a).some(
        ((x) => b.length === 2 && x % b[0] === b[1])
      );
    }
    function $regex(a, b, options) {
      const lhs = (0, import_internal2.ensureArray)(a);
      const match = (x) => (0, import_internal2.isString)(x) && (0, import_internal2.truthy)(b.exec(x), options?.useStrictMode);
      return lhs.some(match) || (0, import_internal2.flatten)(lhs, 1).some(match);
    }
    function $all(values, rhs, options) {
      if (!(0, import_internal2.isArray)(values) || !(0, import_internal2.isArray)(rhs) || !values.length || !rhs.length) {
        return false;
      }
      let matched = true;
      for (const expr of rhs) {
        if (!matched) break;
        if ((0, import_internal2.isObject)(expr) && Object.keys(expr)[0] === "$elemMatch") {
          const criteria = expr["$elemMatch"];
          const pred = elemMatchPredicate(criteria, options);
          matched = $elemMatch(values, pred, options);
        } else if ((0, import_internal2.isRegExp)(expr)) {
          matched = values.some((s) => (0, import_internal2.isString)(s) && expr.test(s));
        } else {
          matched = values.some((v) => (0, import_internal2.isEqual)(expr, v));
        }
      }
      return matched;
    }
    function $size(a, b, _options) {
      return Array.isArray(a) && a.length === b;
    }
    function $elemMatch(a, b, _options) {
      if ((0, import_internal2.isArray)(a) && a.length !== 0) {
        for (let i = 0, len = a.length; i < len; i++) if (b(a[i])) return true;
      }
      return false;
    }
    var isNull = (a) => a === null;
    var compareFuncs = {
      array: import_internal2.isArray,
      boolean: import_internal2.isBoolean,
      bool: import_internal2.isBoolean,
      date: import_internal2.isDate,
      number: import_internal2.isNumber,
      int: import_internal2.isInteger,
      long: import_internal2.isInteger,
      double: import_internal2.isNumber,
      decimal: import_internal2.isNumber,
      null: isNull,
      object: import_internal2.isObject,
      regexp: import_internal2.isRegExp,
      regex: import_internal2.isRegExp,
      string: import_internal2.isString,
      // added for completeness
      undefined: import_internal2.isNil,
      // deprecated
      // Mongo identifiers
      1: import_internal2.isNumber,
      //double
      2: import_internal2.isString,
      3: import_internal2.isObject,
      4: import_internal2.isArray,
      6: import_internal2.isNil,
      // deprecated
      8: import_internal2.isBoolean,
      9: import_internal2.isDate,
      10: isNull,
      11: import_internal2.isRegExp,
      16: import_internal2.isInteger,
      //int
      18: import_internal2.isInteger,
      //long
      19: import_internal2.isNumber
      //decimal
    };
    function compareType(a, b, _) {
      const f = compareFuncs[b];
      return f ? f(a) : false;
    }
    function $type(a, b, options) {
      return (0, import_internal2.isArray)(b) ? b.findIndex((t) => compareType(a, t, options)) >= 0 : compareType(a, b, options);
    }
    function compare2(a, b, f) {
      for (const v of (0, import_internal2.ensureArray)(a)) {
        if ((0, import_internal2.typeOf)(v) === (0, import_internal2.typeOf)(b) && f(v, b)) return true;
      }
      return false;
    }
  }
});

// node_modules/mingo/cjs/operators/expression/comparison/eq.js
var require_eq = __commonJS({
  "node_modules/mingo/cjs/operators/expression/comparison/eq.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var eq_exports = {};
    __export(eq_exports, {
      $eq: () => $eq2
    });
    module.exports = __toCommonJS(eq_exports);
    var import_predicates = require_predicates();
    var $eq2 = (obj, expr, options) => (0, import_predicates.processExpression)(obj, expr, options, import_predicates.$eq);
  }
});

// node_modules/mingo/cjs/operators/expression/comparison/gt.js
var require_gt = __commonJS({
  "node_modules/mingo/cjs/operators/expression/comparison/gt.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var gt_exports = {};
    __export(gt_exports, {
      $gt: () => $gt2
    });
    module.exports = __toCommonJS(gt_exports);
    var import_predicates = require_predicates();
    var $gt2 = (obj, expr, options) => (0, import_predicates.processExpression)(obj, expr, options, import_predicates.$gt);
  }
});

// node_modules/mingo/cjs/operators/expression/comparison/gte.js
var require_gte = __commonJS({
  "node_modules/mingo/cjs/operators/expression/comparison/gte.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var gte_exports = {};
    __export(gte_exports, {
      $gte: () => $gte2
    });
    module.exports = __toCommonJS(gte_exports);
    var import_predicates = require_predicates();
    var $gte2 = (obj, expr, options) => (0, import_predicates.processExpression)(obj, expr, options, import_predicates.$gte);
  }
});

// node_modules/mingo/cjs/operators/expression/comparison/lt.js
var require_lt = __commonJS({
  "node_modules/mingo/cjs/operators/expression/comparison/lt.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var lt_exports = {};
    __export(lt_exports, {
      $lt: () => $lt2
    });
    module.exports = __toCommonJS(lt_exports);
    var import_predicates = require_predicates();
    var $lt2 = (obj, expr, options) => (0, import_predicates.processExpression)(obj, expr, options, import_predicates.$lt);
  }
});

// node_modules/mingo/cjs/operators/expression/comparison/lte.js
var require_lte = __commonJS({
  "node_modules/mingo/cjs/operators/expression/comparison/lte.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var lte_exports = {};
    __export(lte_exports, {
      $lte: () => $lte2
    });
    module.exports = __toCommonJS(lte_exports);
    var import_predicates = require_predicates();
    var $lte2 = (obj, expr, options) => (0, import_predicates.processExpression)(obj, expr, options, import_predicates.$lte);
  }
});

// node_modules/mingo/cjs/operators/expression/comparison/ne.js
var require_ne = __commonJS({
  "node_modules/mingo/cjs/operators/expression/comparison/ne.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var ne_exports = {};
    __export(ne_exports, {
      $ne: () => $ne2
    });
    module.exports = __toCommonJS(ne_exports);
    var import_predicates = require_predicates();
    var $ne2 = (obj, expr, options) => (0, import_predicates.processExpression)(obj, expr, options, import_predicates.$ne);
  }
});

// node_modules/mingo/cjs/operators/expression/comparison/index.js
var require_comparison = __commonJS({
  "node_modules/mingo/cjs/operators/expression/comparison/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var comparison_exports = {};
    module.exports = __toCommonJS(comparison_exports);
    __reExport(comparison_exports, require_cmp(), module.exports);
    __reExport(comparison_exports, require_eq(), module.exports);
    __reExport(comparison_exports, require_gt(), module.exports);
    __reExport(comparison_exports, require_gte(), module.exports);
    __reExport(comparison_exports, require_lt(), module.exports);
    __reExport(comparison_exports, require_lte(), module.exports);
    __reExport(comparison_exports, require_ne(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/conditional/cond.js
var require_cond = __commonJS({
  "node_modules/mingo/cjs/operators/expression/conditional/cond.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var cond_exports = {};
    __export(cond_exports, {
      $cond: () => $cond
    });
    module.exports = __toCommonJS(cond_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal();
    var err = "$cond expects array(3) or object with 'if-then-else' expressions";
    var $cond = (obj, expr, options) => {
      let ifExpr;
      let thenExpr;
      let elseExpr;
      if ((0, import_internal2.isArray)(expr)) {
        (0, import_internal2.assert)(expr.length === 3, err);
        ifExpr = expr[0];
        thenExpr = expr[1];
        elseExpr = expr[2];
      } else {
        (0, import_internal2.assert)((0, import_internal2.isObject)(expr), err);
        ifExpr = expr.if;
        thenExpr = expr.then;
        elseExpr = expr.else;
      }
      const condition = (0, import_internal2.truthy)(
        (0, import_internal.evalExpr)(obj, ifExpr, options),
        options.useStrictMode
      );
      return (0, import_internal.evalExpr)(obj, condition ? thenExpr : elseExpr, options);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/conditional/ifNull.js
var require_ifNull = __commonJS({
  "node_modules/mingo/cjs/operators/expression/conditional/ifNull.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var ifNull_exports = {};
    __export(ifNull_exports, {
      $ifNull: () => $ifNull
    });
    module.exports = __toCommonJS(ifNull_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var $ifNull = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr), "$ifNull expects an array");
      let val = void 0;
      for (const input of expr) {
        val = (0, import_internal.evalExpr)(obj, input, options);
        if (!(0, import_util.isNil)(val)) return val;
      }
      return val;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/conditional/switch.js
var require_switch = __commonJS({
  "node_modules/mingo/cjs/operators/expression/conditional/switch.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var switch_exports = {};
    __export(switch_exports, {
      $switch: () => $switch
    });
    module.exports = __toCommonJS(switch_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal();
    var $switch = (obj, expr, options) => {
      (0, import_internal2.assert)((0, import_internal2.isObject)(expr), "$switch received invalid arguments");
      for (const { case: caseExpr, then } of expr.branches) {
        const condition = (0, import_internal2.truthy)(
          (0, import_internal.evalExpr)(obj, caseExpr, options),
          options.useStrictMode
        );
        if (condition) return (0, import_internal.evalExpr)(obj, then, options);
      }
      return (0, import_internal.evalExpr)(obj, expr.default, options);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/conditional/index.js
var require_conditional = __commonJS({
  "node_modules/mingo/cjs/operators/expression/conditional/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var conditional_exports = {};
    module.exports = __toCommonJS(conditional_exports);
    __reExport(conditional_exports, require_cond(), module.exports);
    __reExport(conditional_exports, require_ifNull(), module.exports);
    __reExport(conditional_exports, require_switch(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/custom/function.js
var require_function = __commonJS({
  "node_modules/mingo/cjs/operators/expression/custom/function.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var function_exports = {};
    __export(function_exports, {
      $function: () => $function
    });
    module.exports = __toCommonJS(function_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var $function = (obj, expr, options) => {
      (0, import_util.assert)(
        options.scriptEnabled,
        "$function requires 'scriptEnabled' option to be true"
      );
      const fn = (0, import_internal.evalExpr)(obj, expr, options);
      return fn.body.apply(null, fn.args);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/custom/index.js
var require_custom = __commonJS({
  "node_modules/mingo/cjs/operators/expression/custom/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var custom_exports = {};
    module.exports = __toCommonJS(custom_exports);
    __reExport(custom_exports, require_function(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/date/_internal.js
var require_internal8 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/_internal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      DATE_FORMAT: () => DATE_FORMAT,
      DATE_FORMAT_SEP_RE: () => DATE_FORMAT_SEP_RE,
      DATE_FORMAT_SYM_RE: () => DATE_FORMAT_SYM_RE,
      DATE_PART_INTERVAL: () => DATE_PART_INTERVAL,
      DATE_SYM_TABLE: () => DATE_SYM_TABLE,
      DAYS_PER_WEEK: () => DAYS_PER_WEEK,
      LEAP_YEAR_REF_POINT: () => LEAP_YEAR_REF_POINT,
      MINUTES_PER_HOUR: () => MINUTES_PER_HOUR,
      MONTHS: () => MONTHS,
      TIMEUNIT_IN_MILLIS: () => TIMEUNIT_IN_MILLIS,
      TIME_UNITS: () => TIME_UNITS,
      adjustDate: () => adjustDate,
      computeDate: () => computeDate,
      dateAdd: () => dateAdd,
      dateDiffDay: () => dateDiffDay,
      dateDiffHour: () => dateDiffHour,
      dateDiffMonth: () => dateDiffMonth,
      dateDiffQuarter: () => dateDiffQuarter,
      dateDiffWeek: () => dateDiffWeek,
      dateDiffYear: () => dateDiffYear,
      dayOfYear: () => dayOfYear,
      daysBetweenYears: () => daysBetweenYears,
      formatTimezone: () => formatTimezone,
      isDST: () => isDST,
      isLeapYear: () => isLeapYear,
      isoWeek: () => isoWeek,
      isoWeekYear: () => isoWeekYear,
      isoWeekday: () => isoWeekday,
      padDigits: () => padDigits,
      parseTimezone: () => parseTimezone,
      weekOfYear: () => weekOfYear
    });
    module.exports = __toCommonJS(internal_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var TIME_UNITS = [
      "year",
      "quarter",
      "month",
      "week",
      "day",
      "hour",
      "minute",
      "second",
      "millisecond"
    ];
    var ISO_WEEKDAYS = {
      mon: 1,
      tue: 2,
      wed: 3,
      thu: 4,
      fri: 5,
      sat: 6,
      sun: 7
    };
    var LEAP_YEAR_REF_POINT = -1e9;
    var DAYS_PER_WEEK = 7;
    var isLeapYear = (y) => (y & 3) == 0 && (y % 100 != 0 || y % 400 == 0);
    function isDST(date) {
      const jan = new Date(date.getFullYear(), 0, 1).getTimezoneOffset();
      const jul = new Date(date.getFullYear(), 6, 1).getTimezoneOffset();
      return Math.max(jan, jul) !== date.getTimezoneOffset();
    }
    var DAYS_IN_YEAR = [
      365,
      366
      /*leap*/
    ];
    var YEAR_DAYS_OFFSET = [
      [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334],
      [0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335]
      /*leap*/
    ];
    var dayOfYear = (d) => YEAR_DAYS_OFFSET[+isLeapYear(d.getUTCFullYear())][d.getUTCMonth()] + d.getUTCDate();
    var isoWeekday = (date, startOfWeek) => {
      const dow = date.getUTCDay() || 7;
      const name = startOfWeek.toLowerCase().substring(0, 3);
      return (dow - ISO_WEEKDAYS[name] + DAYS_PER_WEEK) % DAYS_PER_WEEK;
    };
    var p = (y) => (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400)) % 7;
    var weeks = (y) => 52 + Number(p(y) == 4 || p(y - 1) == 3);
    function isoWeek(d) {
      const dow = d.getUTCDay() || 7;
      const w = Math.floor((10 + dayOfYear(d) - dow) / 7);
      if (w < 1) return weeks(d.getUTCFullYear() - 1);
      if (w > weeks(d.getUTCFullYear())) return 1;
      return w;
    }
    function weekOfYear(d) {
      const result = isoWeek(d);
      if (d.getUTCDay() > 0 && d.getUTCDate() == 1 && d.getUTCMonth() == 0)
        return 0;
      if (d.getUTCDay() == 0) return result + 1;
      return result;
    }
    function isoWeekYear(d) {
      return d.getUTCFullYear() - Number(d.getUTCMonth() === 0 && d.getUTCDate() == 1 && d.getUTCDay() < 1);
    }
    var MINUTES_PER_HOUR = 60;
    var TIMEUNIT_IN_MILLIS = {
      week: 6048e5,
      day: 864e5,
      hour: 36e5,
      minute: 6e4,
      second: 1e3,
      millisecond: 1
    };
    var DATE_FORMAT = "%Y-%m-%dT%H:%M:%S.%LZ";
    var DATE_PART_INTERVAL = [
      ["year", 0, 9999],
      ["month", 1, 12],
      ["day", 1, 31],
      ["hour", 0, 23],
      ["minute", 0, 59],
      ["second", 0, 59],
      ["millisecond", 0, 999]
    ];
    var MONTHS = {
      jan: 1,
      feb: 2,
      mar: 3,
      apr: 4,
      may: 5,
      jun: 6,
      jul: 7,
      aug: 8,
      sep: 9,
      oct: 10,
      nov: 11,
      dec: 12
    };
    var DATE_SYM_TABLE = {
      "%b": {
        name: "abbr_month",
        padding: 3,
        re: /(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i
      },
      "%B": {
        name: "full_month",
        padding: 0,
        re: /(January|February|March|April|May|June|July|August|September|October|November|December)/i
      },
      "%Y": { name: "year", padding: 4, re: /([0-9]{4})/ },
      "%G": { name: "year", padding: 4, re: /([0-9]{4})/ },
      "%m": { name: "month", padding: 2, re: /(0[1-9]|1[012])/ },
      "%d": { name: "day", padding: 2, re: /(0[1-9]|[12][0-9]|3[01])/ },
      "%j": {
        name: "day_of_year",
        padding: 3,
        re: /(0[0-9][1-9]|[12][0-9]{2}|3[0-5][0-9]|36[0-6])/
      },
      "%H": { name: "hour", padding: 2, re: /([01][0-9]|2[0-3])/ },
      "%M": { name: "minute", padding: 2, re: /([0-5][0-9])/ },
      "%S": { name: "second", padding: 2, re: /([0-5][0-9]|60)/ },
      "%L": { name: "millisecond", padding: 3, re: /([0-9]{3})/ },
      "%w": { name: "day_of_week", padding: 1, re: /([0-6])/ },
      "%u": { name: "day_of_week_iso", padding: 1, re: /([1-7])/ },
      "%U": { name: "week_of_year", padding: 2, re: /([1-4][0-9]?|5[0-3]?)/ },
      "%V": { name: "week_of_year_iso", padding: 2, re: /([1-4][0-9]?|5[0-3]?)/ },
      "%z": {
        name: "timezone",
        padding: 2,
        re: /(([+-][01][0-9]|2[0-3]):?([0-5][0-9])?)/
      },
      "%Z": { name: "minute_offset", padding: 3, re: /([+-][0-9]{3})/ },
      "%%": { name: "percent_literal", padding: 1, re: /%%/ }
    };
    var DATE_FORMAT_SYM_RE = /(%[bBYGmdjHMSLwuUVzZ%])/g;
    var DATE_FORMAT_SEP_RE = /%[bBYGmdjHMSLwuUVzZ%]/;
    var TIMEZONE_RE = /^[a-zA-Z_]+\/[a-zA-Z_]+$/;
    function parseTimezone(timeZone, date) {
      if (timeZone === void 0) return 0;
      if (TIMEZONE_RE.test(timeZone)) {
        const utcDate = new Date(date.toLocaleString("en-US", { timeZone: "UTC" }));
        const tzDate = new Date(date.toLocaleString("en-US", { timeZone }));
        return Math.round((tzDate.getTime() - utcDate.getTime()) / 6e4);
      }
      const match = DATE_SYM_TABLE["%z"].re.exec(timeZone);
      (0, import_util.assert)(!!match, `timezone '${timeZone}' is invalid or not supported.`);
      const hr = parseInt(match[2]) || 0;
      const min = parseInt(match[3]) || 0;
      return (Math.abs(hr * MINUTES_PER_HOUR) + min) * (hr < 0 ? -1 : 1);
    }
    function formatTimezone(minuteOffset) {
      return (minuteOffset < 0 ? "-" : "+") + padDigits(Math.abs(Math.floor(minuteOffset / MINUTES_PER_HOUR)), 2) + padDigits(Math.abs(minuteOffset) % MINUTES_PER_HOUR, 2);
    }
    function adjustDate(d, minuteOffset) {
      d.setUTCMinutes(d.getUTCMinutes() + minuteOffset);
    }
    function computeDate(obj, expr, options) {
      const d = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isDate)(d)) return new Date(d);
      (0, import_util.assert)(!!d?.date, `cannot convert ${JSON.stringify(expr)} to date`);
      const date = new Date(d.date);
      if (d.timezone) adjustDate(date, parseTimezone(d.timezone, date));
      return date;
    }
    function padDigits(n, digits) {
      return new Array(Math.max(digits - String(n).length + 1, 0)).join("0") + n.toString();
    }
    var leapYearsSinceReferencePoint = (year) => {
      const yearsSinceReferencePoint = year - LEAP_YEAR_REF_POINT;
      return Math.trunc(yearsSinceReferencePoint / 4) - Math.trunc(yearsSinceReferencePoint / 100) + Math.trunc(yearsSinceReferencePoint / 400);
    };
    function daysBetweenYears(startYear, endYear) {
      return Math.trunc(
        leapYearsSinceReferencePoint(endYear - 1) - leapYearsSinceReferencePoint(startYear - 1) + (endYear - startYear) * DAYS_IN_YEAR[0]
      );
    }
    var dateDiffYear = (start, end) => end.getUTCFullYear() - start.getUTCFullYear();
    var dateDiffMonth = (start, end) => end.getUTCMonth() - start.getUTCMonth() + dateDiffYear(start, end) * 12;
    var dateDiffQuarter = (start, end) => {
      const a = Math.trunc(start.getUTCMonth() / 3);
      const b = Math.trunc(end.getUTCMonth() / 3);
      return b - a + dateDiffYear(start, end) * 4;
    };
    var dateDiffDay = (start, end) => dayOfYear(end) - dayOfYear(start) + daysBetweenYears(start.getUTCFullYear(), end.getUTCFullYear());
    var dateDiffWeek = (start, end, startOfWeek) => {
      const wk = (startOfWeek || "sun").substring(0, 3);
      return Math.trunc(
        (dateDiffDay(start, end) + isoWeekday(start, wk) - isoWeekday(end, wk)) / DAYS_PER_WEEK
      );
    };
    var dateDiffHour = (start, end) => end.getUTCHours() - start.getUTCHours() + dateDiffDay(start, end) * 24;
    var addMonth = (d, amount) => {
      const m = d.getUTCMonth() + amount;
      const yearOffset = Math.floor(m / 12);
      if (m < 0) {
        const month = m % 12 + 12;
        d.setUTCFullYear(d.getUTCFullYear() + yearOffset, month, d.getUTCDate());
      } else {
        d.setUTCFullYear(d.getUTCFullYear() + yearOffset, m % 12, d.getUTCDate());
      }
    };
    var dateAdd = (date, unit, amount, _timezone) => {
      const d = new Date(date);
      switch (unit) {
        case "year":
          d.setUTCFullYear(d.getUTCFullYear() + amount);
          break;
        case "quarter":
          addMonth(d, 3 * amount);
          break;
        case "month":
          addMonth(d, amount);
          break;
        default:
          d.setTime(d.getTime() + TIMEUNIT_IN_MILLIS[unit] * amount);
      }
      return d;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/date/dateAdd.js
var require_dateAdd = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/dateAdd.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var dateAdd_exports = {};
    __export(dateAdd_exports, {
      $dateAdd: () => $dateAdd
    });
    module.exports = __toCommonJS(dateAdd_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal8();
    var $dateAdd = (obj, expr, options) => {
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      return (0, import_internal2.dateAdd)(args.startDate, args.unit, args.amount, args.timezone);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/date/dateDiff.js
var require_dateDiff = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/dateDiff.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var dateDiff_exports = {};
    __export(dateDiff_exports, {
      $dateDiff: () => $dateDiff
    });
    module.exports = __toCommonJS(dateDiff_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal8();
    var $dateDiff = (obj, expr, options) => {
      const { startDate, endDate, unit, timezone, startOfWeek } = (0, import_internal.evalExpr)(
        obj,
        expr,
        options
      );
      const d1 = new Date(startDate);
      const d2 = new Date(endDate);
      (0, import_internal2.adjustDate)(d1, (0, import_internal2.parseTimezone)(timezone, d1));
      (0, import_internal2.adjustDate)(d2, (0, import_internal2.parseTimezone)(timezone, d2));
      switch (unit) {
        case "year":
          return (0, import_internal2.dateDiffYear)(d1, d2);
        case "quarter":
          return (0, import_internal2.dateDiffQuarter)(d1, d2);
        case "month":
          return (0, import_internal2.dateDiffMonth)(d1, d2);
        case "week":
          return (0, import_internal2.dateDiffWeek)(d1, d2, startOfWeek);
        case "day":
          return (0, import_internal2.dateDiffDay)(d1, d2);
        case "hour":
          return (0, import_internal2.dateDiffHour)(d1, d2);
        case "minute":
          d1.setUTCSeconds(0);
          d1.setUTCMilliseconds(0);
          d2.setUTCSeconds(0);
          d2.setUTCMilliseconds(0);
          return Math.round(
            (d2.getTime() - d1.getTime()) / import_internal2.TIMEUNIT_IN_MILLIS[unit]
          );
        default:
          return Math.round(
            (d2.getTime() - d1.getTime()) / import_internal2.TIMEUNIT_IN_MILLIS[unit]
          );
      }
    };
  }
});

// node_modules/mingo/cjs/operators/expression/date/dateFromParts.js
var require_dateFromParts = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/dateFromParts.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var dateFromParts_exports = {};
    __export(dateFromParts_exports, {
      $dateFromParts: () => $dateFromParts
    });
    module.exports = __toCommonJS(dateFromParts_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal8();
    var DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    var getDaysInMonth = (date) => {
      return date.month == 2 && (0, import_internal2.isLeapYear)(date.year) ? 29 : DAYS_IN_MONTH[date.month - 1];
    };
    var $dateFromParts = (obj, expr, options) => {
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const minuteOffset = (0, import_internal2.parseTimezone)(args.timezone, /* @__PURE__ */ new Date());
      for (let i = import_internal2.DATE_PART_INTERVAL.length - 1, remainder = 0; i >= 0; i--) {
        const datePartInterval = import_internal2.DATE_PART_INTERVAL[i];
        const k = datePartInterval[0];
        const min = datePartInterval[1];
        const max = datePartInterval[2];
        let part = (args[k] || 0) + remainder;
        remainder = 0;
        const limit = max + 1;
        if (k == "hour") part += Math.floor(minuteOffset / import_internal2.MINUTES_PER_HOUR) * -1;
        if (k == "minute") part += minuteOffset % import_internal2.MINUTES_PER_HOUR * -1;
        if (part < min) {
          const delta = min - part;
          remainder = -1 * Math.ceil(delta / limit);
          part = limit - delta % limit;
        } else if (part > max) {
          part += min;
          remainder = Math.trunc(part / limit);
          part %= limit;
        }
        args[k] = part;
      }
      args.day = Math.min(args.day, getDaysInMonth(args));
      return new Date(
        Date.UTC(
          args.year,
          args.month - 1,
          args.day,
          args.hour,
          args.minute,
          args.second,
          args.millisecond
        )
      );
    };
  }
});

// node_modules/mingo/cjs/operators/expression/date/dateFromString.js
var require_dateFromString = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/dateFromString.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var dateFromString_exports = {};
    __export(dateFromString_exports, {
      $dateFromString: () => $dateFromString
    });
    module.exports = __toCommonJS(dateFromString_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal8();
    function tzLetterOffset(c) {
      if (c === "Z") return 0;
      if (c >= "A" && c < "N") return c.charCodeAt(0) - 64;
      return 77 - c.charCodeAt(0);
    }
    var regexStrip = (s) => s.replace(/^\//, "").replace(/\/$/, "").replace(/\/i/, "");
    var REGEX_SPECIAL_CHARS = ["^", ".", "-", "*", "?", "$"];
    function regexQuote(s) {
      for (const c of REGEX_SPECIAL_CHARS) s = s.replace(c, `\\${c}`);
      return s;
    }
    function $dateFromString(obj, expr, options) {
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const format = args.format || import_internal2.DATE_FORMAT;
      const onNull = args.onNull || null;
      let dateString = args.dateString;
      if ((0, import_util.isNil)(dateString)) return onNull;
      const separators = format.split(import_internal2.DATE_FORMAT_SEP_RE);
      separators.reverse();
      const matches = format.match(import_internal2.DATE_FORMAT_SYM_RE);
      const dateParts = {};
      let expectedPattern = "";
      for (let i = 0, len = matches.length; i < len; i++) {
        const formatSpecifier = matches[i];
        const props = import_internal2.DATE_SYM_TABLE[formatSpecifier];
        if ((0, import_util.isObject)(props)) {
          const m2 = props.re.exec(dateString);
          const delimiter = separators.pop() || "";
          if (m2 !== null) {
            dateParts[props.name] = /^\d+$/.exec(m2[0]) ? parseInt(m2[0]) : m2[0];
            dateString = dateString.substring(m2.index + m2[0].length + 1);
            expectedPattern += regexQuote(delimiter) + regexStrip(props.re.toString());
          } else {
            dateParts[props.name] = null;
          }
        }
      }
      if ((0, import_util.isNil)(dateParts.month)) {
        const abbrMonth = (dateParts.full_month?.slice(0, 3) ?? dateParts.abbr_month ?? "").toLowerCase();
        if (import_internal2.MONTHS[abbrMonth]) {
          dateParts.month = import_internal2.MONTHS[abbrMonth];
        }
      }
      if ((0, import_util.isNil)(dateParts.year) || (0, import_util.isNil)(dateParts.month) || (0, import_util.isNil)(dateParts.day) || !new RegExp("^" + expectedPattern + "[A-Z]?$").test(args.dateString)) {
        return args.onError;
      }
      const m = args.dateString.match(/([A-Z])$/);
      (0, import_util.assert)(
        // only one of in-date timeone or timezone argument but not both.
        !(m && args.timezone),
        `$dateFromString: you cannot pass in a date/time string with time zone information ('${m && m[0]}') together with a timezone argument`
      );
      const minuteOffset = m ? tzLetterOffset(m[0]) * import_internal2.MINUTES_PER_HOUR : (0, import_internal2.parseTimezone)(args.timezone, /* @__PURE__ */ new Date());
      const d = new Date(
        Date.UTC(dateParts.year, dateParts.month - 1, dateParts.day, 0, 0, 0)
      );
      if (!(0, import_util.isNil)(dateParts.hour)) d.setUTCHours(dateParts.hour);
      if (!(0, import_util.isNil)(dateParts.minute)) d.setUTCMinutes(dateParts.minute);
      if (!(0, import_util.isNil)(dateParts.second)) d.setUTCSeconds(dateParts.second);
      if (!(0, import_util.isNil)(dateParts.millisecond))
        d.setUTCMilliseconds(dateParts.millisecond);
      (0, import_internal2.adjustDate)(d, -minuteOffset);
      return d;
    }
  }
});

// node_modules/mingo/cjs/operators/expression/date/dateSubtract.js
var require_dateSubtract = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/dateSubtract.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var dateSubtract_exports = {};
    __export(dateSubtract_exports, {
      $dateSubtract: () => $dateSubtract
    });
    module.exports = __toCommonJS(dateSubtract_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal8();
    var $dateSubtract = (obj, expr, options) => {
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      return (0, import_internal2.dateAdd)(args.startDate, args.unit, -args.amount, args.timezone);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/date/dateToParts.js
var require_dateToParts = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/dateToParts.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var dateToParts_exports = {};
    __export(dateToParts_exports, {
      $dateToParts: () => $dateToParts
    });
    module.exports = __toCommonJS(dateToParts_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal8();
    var $dateToParts = (obj, expr, options) => {
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const d = new Date(args.date);
      (0, import_internal2.adjustDate)(d, (0, import_internal2.parseTimezone)(args.timezone, d));
      const timePart = {
        hour: d.getUTCHours(),
        minute: d.getUTCMinutes(),
        second: d.getUTCSeconds(),
        millisecond: d.getUTCMilliseconds()
      };
      if (args.iso8601 == true) {
        return Object.assign(timePart, {
          isoWeekYear: (0, import_internal2.isoWeekYear)(d),
          isoWeek: (0, import_internal2.isoWeek)(d),
          isoDayOfWeek: d.getUTCDay() || 7
        });
      }
      return Object.assign(timePart, {
        year: d.getUTCFullYear(),
        month: d.getUTCMonth() + 1,
        day: d.getUTCDate()
      });
    };
  }
});

// node_modules/mingo/cjs/operators/expression/date/dateToString.js
var require_dateToString = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/dateToString.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var dateToString_exports = {};
    __export(dateToString_exports, {
      $dateToString: () => $dateToString
    });
    module.exports = __toCommonJS(dateToString_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal8();
    var DATE_FUNCTIONS = {
      "%Y": (d) => d.getUTCFullYear(),
      //year
      "%G": (d) => d.getUTCFullYear(),
      //year
      "%m": (d) => d.getUTCMonth() + 1,
      //month
      "%d": (d) => d.getUTCDate(),
      //dayOfMonth
      "%H": (d) => d.getUTCHours(),
      //hour
      "%M": (d) => d.getUTCMinutes(),
      //minutes
      "%S": (d) => d.getUTCSeconds(),
      //seconds
      "%L": (d) => d.getUTCMilliseconds(),
      //milliseconds
      "%u": (d) => d.getUTCDay() || 7,
      //isoDayOfWeek
      "%U": import_internal2.weekOfYear,
      "%V": import_internal2.isoWeek,
      "%j": import_internal2.dayOfYear,
      "%w": (d) => d.getUTCDay()
      //dayOfWeek
    };
    var $dateToString = (obj, expr, options) => {
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(args.onNull)) args.onNull = null;
      if ((0, import_util.isNil)(args.date)) return args.onNull;
      const date = (0, import_internal2.computeDate)(obj, args.date, options);
      let format = args.format ?? import_internal2.DATE_FORMAT;
      const minuteOffset = (0, import_internal2.parseTimezone)(args.timezone, date);
      const matches = format.match(import_internal2.DATE_FORMAT_SYM_RE);
      if (!matches) return format;
      (0, import_internal2.adjustDate)(date, minuteOffset);
      for (let i = 0, len = matches.length; i < len; i++) {
        const formatSpec = matches[i];
        (0, import_util.assert)(
          formatSpec in import_internal2.DATE_SYM_TABLE,
          `$dateToString: invalid format specifier ${formatSpec}`
        );
        const { name, padding } = import_internal2.DATE_SYM_TABLE[formatSpec];
        const fn = DATE_FUNCTIONS[formatSpec];
        let value = "";
        if (fn) {
          value = (0, import_internal2.padDigits)(fn(date), padding);
        } else {
          switch (name) {
            case "timezone":
              value = (0, import_internal2.formatTimezone)(minuteOffset);
              break;
            case "minute_offset":
              value = minuteOffset.toString();
              break;
            case "abbr_month":
            case "full_month": {
              const format2 = name.startsWith("abbr") ? "short" : "long";
              value = date.toLocaleString("en-US", { month: format2 });
              break;
            }
          }
        }
        format = format.replace(formatSpec, value);
      }
      return format;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/date/dateTrunc.js
var require_dateTrunc = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/dateTrunc.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var dateTrunc_exports = {};
    __export(dateTrunc_exports, {
      $dateTrunc: () => $dateTrunc
    });
    module.exports = __toCommonJS(dateTrunc_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal8();
    var REF_DATE_MILLIS = 9466848e5;
    var distanceToBinLowerBound = (value, binSize) => {
      let remainder = value % binSize;
      if (remainder < 0) {
        remainder += binSize;
      }
      return remainder;
    };
    var DATE_DIFF_FN = {
      day: import_internal2.dateDiffDay,
      month: import_internal2.dateDiffMonth,
      quarter: import_internal2.dateDiffQuarter,
      year: import_internal2.dateDiffYear
    };
    var DAYS_OF_WEEK_RE = /(mon(day)?|tue(sday)?|wed(nesday)?|thu(rsday)?|fri(day)?|sat(urday)?|sun(day)?)/i;
    var $dateTrunc = (obj, expr, options) => {
      const {
        date,
        unit,
        binSize: optBinSize,
        timezone,
        startOfWeek: optStartOfWeek
      } = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(date) || (0, import_util.isNil)(unit)) return null;
      const startOfWeek = (optStartOfWeek ?? "sun").toLowerCase().substring(0, 3);
      (0, import_util.assert)(
        (0, import_util.isDate)(date),
        "$dateTrunc: 'date' must resolve to a valid Date object."
      );
      (0, import_util.assert)(import_internal2.TIME_UNITS.includes(unit), "$dateTrunc: unit is invalid.");
      (0, import_util.assert)(
        unit != "week" || DAYS_OF_WEEK_RE.test(startOfWeek),
        `$dateTrunc: startOfWeek '${startOfWeek}' is not a valid.`
      );
      (0, import_util.assert)(
        (0, import_util.isNil)(optBinSize) || optBinSize > 0,
        "$dateTrunc requires 'binSize' to be greater than 0, but got value 0."
      );
      const binSize = optBinSize ?? 1;
      switch (unit) {
        case "millisecond":
        case "second":
        case "minute":
        case "hour": {
          const binSizeMillis = binSize * import_internal2.TIMEUNIT_IN_MILLIS[unit];
          const shiftedDate = date.getTime() - REF_DATE_MILLIS;
          return new Date(
            date.getTime() - distanceToBinLowerBound(shiftedDate, binSizeMillis)
          );
        }
        default: {
          (0, import_util.assert)(binSize <= 1e11, "dateTrunc unsupported binSize value");
          const d = new Date(date);
          const refPointDate = new Date(REF_DATE_MILLIS);
          let distanceFromRefPoint = 0;
          if (unit == "week") {
            const refPointDayOfWeek = (0, import_internal2.isoWeekday)(refPointDate, startOfWeek);
            const daysToAdjustBy = (import_internal2.DAYS_PER_WEEK - refPointDayOfWeek) % import_internal2.DAYS_PER_WEEK;
            refPointDate.setTime(
              refPointDate.getTime() + daysToAdjustBy * import_internal2.TIMEUNIT_IN_MILLIS.day
            );
            distanceFromRefPoint = (0, import_internal2.dateDiffWeek)(refPointDate, d, startOfWeek);
          } else {
            distanceFromRefPoint = DATE_DIFF_FN[unit](refPointDate, d);
          }
          const binLowerBoundFromRefPoint = distanceFromRefPoint - distanceToBinLowerBound(distanceFromRefPoint, binSize);
          const newDate = (0, import_internal2.dateAdd)(
            refPointDate,
            unit,
            binLowerBoundFromRefPoint,
            timezone
          );
          const minuteOffset = (0, import_internal2.parseTimezone)(timezone, newDate);
          (0, import_internal2.adjustDate)(newDate, -minuteOffset);
          return newDate;
        }
      }
    };
  }
});

// node_modules/mingo/cjs/operators/expression/date/dayOfMonth.js
var require_dayOfMonth = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/dayOfMonth.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var dayOfMonth_exports = {};
    __export(dayOfMonth_exports, {
      $dayOfMonth: () => $dayOfMonth
    });
    module.exports = __toCommonJS(dayOfMonth_exports);
    var import_internal = require_internal8();
    var $dayOfMonth = (obj, expr, options) => (0, import_internal.computeDate)(obj, expr, options).getUTCDate();
  }
});

// node_modules/mingo/cjs/operators/expression/date/dayOfWeek.js
var require_dayOfWeek = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/dayOfWeek.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var dayOfWeek_exports = {};
    __export(dayOfWeek_exports, {
      $dayOfWeek: () => $dayOfWeek
    });
    module.exports = __toCommonJS(dayOfWeek_exports);
    var import_internal = require_internal8();
    var $dayOfWeek = (obj, expr, options) => (0, import_internal.computeDate)(obj, expr, options).getUTCDay() + 1;
  }
});

// node_modules/mingo/cjs/operators/expression/date/dayOfYear.js
var require_dayOfYear = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/dayOfYear.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var dayOfYear_exports = {};
    __export(dayOfYear_exports, {
      $dayOfYear: () => $dayOfYear
    });
    module.exports = __toCommonJS(dayOfYear_exports);
    var import_internal = require_internal8();
    var $dayOfYear = (obj, expr, options) => (0, import_internal.dayOfYear)((0, import_internal.computeDate)(obj, expr, options));
  }
});

// node_modules/mingo/cjs/operators/expression/date/hour.js
var require_hour = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/hour.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var hour_exports = {};
    __export(hour_exports, {
      $hour: () => $hour
    });
    module.exports = __toCommonJS(hour_exports);
    var import_internal = require_internal8();
    var $hour = (obj, expr, options) => (0, import_internal.computeDate)(obj, expr, options).getUTCHours();
  }
});

// node_modules/mingo/cjs/operators/expression/date/isoDayOfWeek.js
var require_isoDayOfWeek = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/isoDayOfWeek.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var isoDayOfWeek_exports = {};
    __export(isoDayOfWeek_exports, {
      $isoDayOfWeek: () => $isoDayOfWeek
    });
    module.exports = __toCommonJS(isoDayOfWeek_exports);
    var import_internal = require_internal8();
    var $isoDayOfWeek = (obj, expr, options) => (0, import_internal.computeDate)(obj, expr, options).getUTCDay() || 7;
  }
});

// node_modules/mingo/cjs/operators/expression/date/isoWeek.js
var require_isoWeek = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/isoWeek.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var isoWeek_exports = {};
    __export(isoWeek_exports, {
      $isoWeek: () => $isoWeek
    });
    module.exports = __toCommonJS(isoWeek_exports);
    var import_internal = require_internal8();
    var $isoWeek = (obj, expr, options) => (0, import_internal.isoWeek)((0, import_internal.computeDate)(obj, expr, options));
  }
});

// node_modules/mingo/cjs/operators/expression/date/isoWeekYear.js
var require_isoWeekYear = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/isoWeekYear.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var isoWeekYear_exports = {};
    __export(isoWeekYear_exports, {
      $isoWeekYear: () => $isoWeekYear
    });
    module.exports = __toCommonJS(isoWeekYear_exports);
    var import_internal = require_internal8();
    var $isoWeekYear = (obj, expr, options) => (0, import_internal.isoWeekYear)((0, import_internal.computeDate)(obj, expr, options));
  }
});

// node_modules/mingo/cjs/operators/expression/date/millisecond.js
var require_millisecond = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/millisecond.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var millisecond_exports = {};
    __export(millisecond_exports, {
      $millisecond: () => $millisecond
    });
    module.exports = __toCommonJS(millisecond_exports);
    var import_internal = require_internal8();
    var $millisecond = (obj, expr, options) => (0, import_internal.computeDate)(obj, expr, options).getUTCMilliseconds();
  }
});

// node_modules/mingo/cjs/operators/expression/date/minute.js
var require_minute = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/minute.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var minute_exports = {};
    __export(minute_exports, {
      $minute: () => $minute
    });
    module.exports = __toCommonJS(minute_exports);
    var import_internal = require_internal8();
    var $minute = (obj, expr, options) => (0, import_internal.computeDate)(obj, expr, options).getUTCMinutes();
  }
});

// node_modules/mingo/cjs/operators/expression/date/month.js
var require_month = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/month.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var month_exports = {};
    __export(month_exports, {
      $month: () => $month
    });
    module.exports = __toCommonJS(month_exports);
    var import_internal = require_internal8();
    var $month = (obj, expr, options) => (0, import_internal.computeDate)(obj, expr, options).getUTCMonth() + 1;
  }
});

// node_modules/mingo/cjs/operators/expression/date/second.js
var require_second = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/second.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var second_exports = {};
    __export(second_exports, {
      $second: () => $second
    });
    module.exports = __toCommonJS(second_exports);
    var import_internal = require_internal8();
    var $second = (obj, expr, options) => (0, import_internal.computeDate)(obj, expr, options).getUTCSeconds();
  }
});

// node_modules/mingo/cjs/operators/expression/date/week.js
var require_week = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/week.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var week_exports = {};
    __export(week_exports, {
      $week: () => $week
    });
    module.exports = __toCommonJS(week_exports);
    var import_internal = require_internal8();
    var $week = (obj, expr, options) => (0, import_internal.weekOfYear)((0, import_internal.computeDate)(obj, expr, options));
  }
});

// node_modules/mingo/cjs/operators/expression/date/year.js
var require_year = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/year.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var year_exports = {};
    __export(year_exports, {
      $year: () => $year
    });
    module.exports = __toCommonJS(year_exports);
    var import_internal = require_internal8();
    var $year = (obj, expr, options) => (0, import_internal.computeDate)(obj, expr, options).getUTCFullYear();
  }
});

// node_modules/mingo/cjs/operators/expression/date/index.js
var require_date = __commonJS({
  "node_modules/mingo/cjs/operators/expression/date/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var date_exports = {};
    module.exports = __toCommonJS(date_exports);
    __reExport(date_exports, require_dateAdd(), module.exports);
    __reExport(date_exports, require_dateDiff(), module.exports);
    __reExport(date_exports, require_dateFromParts(), module.exports);
    __reExport(date_exports, require_dateFromString(), module.exports);
    __reExport(date_exports, require_dateSubtract(), module.exports);
    __reExport(date_exports, require_dateToParts(), module.exports);
    __reExport(date_exports, require_dateToString(), module.exports);
    __reExport(date_exports, require_dateTrunc(), module.exports);
    __reExport(date_exports, require_dayOfMonth(), module.exports);
    __reExport(date_exports, require_dayOfWeek(), module.exports);
    __reExport(date_exports, require_dayOfYear(), module.exports);
    __reExport(date_exports, require_hour(), module.exports);
    __reExport(date_exports, require_isoDayOfWeek(), module.exports);
    __reExport(date_exports, require_isoWeek(), module.exports);
    __reExport(date_exports, require_isoWeekYear(), module.exports);
    __reExport(date_exports, require_millisecond(), module.exports);
    __reExport(date_exports, require_minute(), module.exports);
    __reExport(date_exports, require_month(), module.exports);
    __reExport(date_exports, require_second(), module.exports);
    __reExport(date_exports, require_week(), module.exports);
    __reExport(date_exports, require_year(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/literal.js
var require_literal = __commonJS({
  "node_modules/mingo/cjs/operators/expression/literal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var literal_exports = {};
    __export(literal_exports, {
      $literal: () => $literal
    });
    module.exports = __toCommonJS(literal_exports);
    var $literal = (_obj, expr, _options) => expr;
  }
});

// node_modules/mingo/cjs/operators/expression/median.js
var require_median2 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/median.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var median_exports = {};
    __export(median_exports, {
      $median: () => $median
    });
    module.exports = __toCommonJS(median_exports);
    var import_internal = require_internal2();
    var import_median = require_median();
    var $median = (obj, expr, options) => {
      const input = (0, import_internal.evalExpr)(obj, expr.input, options);
      return (0, import_median.$median)(input, { input: "$$CURRENT", method: expr.method }, options);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/misc/getField.js
var require_getField = __commonJS({
  "node_modules/mingo/cjs/operators/expression/misc/getField.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var getField_exports = {};
    __export(getField_exports, {
      $getField: () => $getField
    });
    module.exports = __toCommonJS(getField_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var $getField = (obj, expr, options) => {
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const { field, input } = (0, import_util.isString)(args) ? { field: args, input: obj } : { field: args.field, input: args.input ?? obj };
      return input[field];
    };
  }
});

// node_modules/mingo/cjs/operators/expression/misc/rand.js
var require_rand = __commonJS({
  "node_modules/mingo/cjs/operators/expression/misc/rand.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var rand_exports = {};
    __export(rand_exports, {
      $rand: () => $rand
    });
    module.exports = __toCommonJS(rand_exports);
    var $rand = (_obj, _expr, _options) => Math.random();
  }
});

// node_modules/mingo/cjs/operators/expression/misc/sampleRate.js
var require_sampleRate = __commonJS({
  "node_modules/mingo/cjs/operators/expression/misc/sampleRate.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var sampleRate_exports = {};
    __export(sampleRate_exports, {
      $sampleRate: () => $sampleRate
    });
    module.exports = __toCommonJS(sampleRate_exports);
    var import_internal = require_internal2();
    var $sampleRate = (obj, expr, options) => Math.random() <= (0, import_internal.evalExpr)(obj, expr, options);
  }
});

// node_modules/mingo/cjs/operators/expression/misc/index.js
var require_misc = __commonJS({
  "node_modules/mingo/cjs/operators/expression/misc/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var misc_exports = {};
    module.exports = __toCommonJS(misc_exports);
    __reExport(misc_exports, require_getField(), module.exports);
    __reExport(misc_exports, require_rand(), module.exports);
    __reExport(misc_exports, require_sampleRate(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/object/mergeObjects.js
var require_mergeObjects2 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/object/mergeObjects.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var mergeObjects_exports = {};
    __export(mergeObjects_exports, {
      $mergeObjects: () => $mergeObjects
    });
    module.exports = __toCommonJS(mergeObjects_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_mergeObjects = require_mergeObjects();
    var import_internal2 = require_internal4();
    var $mergeObjects = (obj, expr, options) => {
      const docs = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(docs)) return {};
      if (!(0, import_util.isArray)(docs))
        return (0, import_internal2.errExpectArray)(options.failOnError, "$mergeObjects", import_internal2.ARR_OPTS.obj);
      return (0, import_mergeObjects.$mergeObjects)(docs, expr, options);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/object/objectToArray.js
var require_objectToArray = __commonJS({
  "node_modules/mingo/cjs/operators/expression/object/objectToArray.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var objectToArray_exports = {};
    __export(objectToArray_exports, {
      $objectToArray: () => $objectToArray
    });
    module.exports = __toCommonJS(objectToArray_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $objectToArray = (obj, expr, options) => {
      const val = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(val)) return null;
      if (!(0, import_util.isObject)(val))
        return (0, import_internal2.errExpectObject)(options.failOnError, "$objectToArray");
      const keys = Object.keys(val);
      const result = new Array(keys.length);
      let i = 0;
      for (const k of keys) {
        result[i++] = { k, v: val[k] };
      }
      return result;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/object/setField.js
var require_setField = __commonJS({
  "node_modules/mingo/cjs/operators/expression/object/setField.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var setField_exports = {};
    __export(setField_exports, {
      $setField: () => $setField
    });
    module.exports = __toCommonJS(setField_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var OP = "$setField";
    var $setField = (obj, expr, options) => {
      (0, import_util.assert)(
        (0, import_util.isObject)(expr) && (0, import_util.has)(expr, "input", "field", "value"),
        "$setField expects object { input, field, value }"
      );
      const { input, field, value } = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(input)) return null;
      const foe = options.failOnError;
      if (!(0, import_util.isObject)(input)) return (0, import_internal2.errExpectObject)(foe, `${OP} 'input'`);
      if (!(0, import_util.isString)(field)) return (0, import_internal2.errExpectString)(foe, `${OP} 'field'`);
      const newObj = { ...input };
      if (expr.value == "$$REMOVE") {
        delete newObj[field];
      } else {
        newObj[field] = value;
      }
      return newObj;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/object/unsetField.js
var require_unsetField = __commonJS({
  "node_modules/mingo/cjs/operators/expression/object/unsetField.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var unsetField_exports = {};
    __export(unsetField_exports, {
      $unsetField: () => $unsetField
    });
    module.exports = __toCommonJS(unsetField_exports);
    var import_setField = require_setField();
    var $unsetField = (obj, expr, options) => {
      return (0, import_setField.$setField)(obj, { ...expr, value: "$$REMOVE" }, options);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/object/index.js
var require_object = __commonJS({
  "node_modules/mingo/cjs/operators/expression/object/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var object_exports = {};
    module.exports = __toCommonJS(object_exports);
    __reExport(object_exports, require_mergeObjects2(), module.exports);
    __reExport(object_exports, require_objectToArray(), module.exports);
    __reExport(object_exports, require_setField(), module.exports);
    __reExport(object_exports, require_unsetField(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/percentile.js
var require_percentile2 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/percentile.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var percentile_exports = {};
    __export(percentile_exports, {
      $percentile: () => $percentile
    });
    module.exports = __toCommonJS(percentile_exports);
    var import_internal = require_internal2();
    var import_percentile = require_percentile();
    var $percentile = (obj, expr, options) => {
      const input = (0, import_internal.evalExpr)(obj, expr.input, options);
      return (0, import_percentile.$percentile)(
        input,
        { ...expr, input: "$$CURRENT" },
        options
      );
    };
  }
});

// node_modules/mingo/cjs/operators/expression/set/allElementsTrue.js
var require_allElementsTrue = __commonJS({
  "node_modules/mingo/cjs/operators/expression/set/allElementsTrue.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var allElementsTrue_exports = {};
    __export(allElementsTrue_exports, {
      $allElementsTrue: () => $allElementsTrue
    });
    module.exports = __toCommonJS(allElementsTrue_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal();
    var import_internal3 = require_internal4();
    var $allElementsTrue = (obj, expr, options) => {
      if ((0, import_internal2.isArray)(expr)) {
        if (expr.length === 0) return true;
        (0, import_internal2.assert)(expr.length === 1, "$allElementsTrue expects array(1)");
        expr = expr[0];
      }
      const foe = options.failOnError;
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      if (!(0, import_internal2.isArray)(args)) return (0, import_internal3.errExpectArray)(foe, `$allElementsTrue argument`);
      for (const v of args) if (!(0, import_internal2.truthy)(v, options.useStrictMode)) return false;
      return true;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/set/anyElementTrue.js
var require_anyElementTrue = __commonJS({
  "node_modules/mingo/cjs/operators/expression/set/anyElementTrue.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var anyElementTrue_exports = {};
    __export(anyElementTrue_exports, {
      $anyElementTrue: () => $anyElementTrue
    });
    module.exports = __toCommonJS(anyElementTrue_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal();
    var import_internal3 = require_internal4();
    var $anyElementTrue = (obj, expr, options) => {
      if ((0, import_internal2.isArray)(expr)) {
        if (expr.length === 0) return false;
        (0, import_internal2.assert)(expr.length === 1, "$anyElementTrue expects array(1)");
        expr = expr[0];
      }
      const foe = options.failOnError;
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      if (!(0, import_internal2.isArray)(args)) return (0, import_internal3.errExpectArray)(foe, `$anyElementTrue argument`);
      for (const v of args) if ((0, import_internal2.truthy)(v, options.useStrictMode)) return true;
      return false;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/set/setDifference.js
var require_setDifference = __commonJS({
  "node_modules/mingo/cjs/operators/expression/set/setDifference.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var setDifference_exports = {};
    __export(setDifference_exports, {
      $setDifference: () => $setDifference
    });
    module.exports = __toCommonJS(setDifference_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var OP = "$setDifference";
    var $setDifference = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr) && expr.length == 2, `${OP} expects array(2)`);
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      let ok = true;
      for (const v of args) {
        if ((0, import_util.isNil)(v)) return null;
        ok &&= (0, import_util.isArray)(v);
      }
      if (!ok) return (0, import_internal2.errExpectArray)(foe, `${OP} arguments`);
      const m = import_util.HashMap.init();
      for (const v of args[0]) m.set(v, true);
      for (const v of args[1]) m.delete(v);
      return Array.from(m.keys());
    };
  }
});

// node_modules/mingo/cjs/operators/expression/set/setEquals.js
var require_setEquals = __commonJS({
  "node_modules/mingo/cjs/operators/expression/set/setEquals.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var setEquals_exports = {};
    __export(setEquals_exports, {
      $setEquals: () => $setEquals
    });
    module.exports = __toCommonJS(setEquals_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $setEquals = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr), "$setEquals expects array");
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      if (!args.every(import_util.isArray)) return (0, import_internal2.errExpectArray)(foe, "$setEquals arguments");
      const map = import_util.HashMap.init();
      const first = args[0];
      for (let i = 0; i < first.length; i++) map.set(first[i], i);
      for (let i = 1; i < args.length; i++) {
        const arr = args[i];
        const set = /* @__PURE__ */ new Set();
        for (let j = 0; j < arr.length; j++) {
          const n = map.get(arr[j]) ?? -1;
          if (n === -1) return false;
          set.add(n);
        }
        if (set.size !== map.size) return false;
      }
      return true;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/set/setIntersection.js
var require_setIntersection = __commonJS({
  "node_modules/mingo/cjs/operators/expression/set/setIntersection.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var setIntersection_exports = {};
    __export(setIntersection_exports, {
      $setIntersection: () => $setIntersection
    });
    module.exports = __toCommonJS(setIntersection_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var OP = "$setIntersection";
    var $setIntersection = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr), `${OP} expects array`);
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      let ok = true;
      for (const v of args) {
        if ((0, import_util.isNil)(v)) return null;
        ok &&= (0, import_util.isArray)(v);
      }
      if (!ok) return (0, import_internal2.errExpectArray)(foe, `${OP} arguments`);
      return (0, import_util.intersection)(args);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/set/setIsSubset.js
var require_setIsSubset = __commonJS({
  "node_modules/mingo/cjs/operators/expression/set/setIsSubset.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var setIsSubset_exports = {};
    __export(setIsSubset_exports, {
      $setIsSubset: () => $setIsSubset
    });
    module.exports = __toCommonJS(setIsSubset_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var OP = "$setIsSubset";
    var $setIsSubset = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr) && expr.length === 2, `${OP} expects array(2)`);
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      if (!args.every(import_util.isArray))
        return (0, import_internal2.errExpectArray)(options.failOnError, `${OP} arguments`);
      const [first, second] = args;
      const map = import_util.HashMap.init();
      for (const v of second) map.set(v, 0);
      for (const v of first) if (!map.has(v)) return false;
      return true;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/set/setUnion.js
var require_setUnion = __commonJS({
  "node_modules/mingo/cjs/operators/expression/set/setUnion.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var setUnion_exports = {};
    __export(setUnion_exports, {
      $setUnion: () => $setUnion
    });
    module.exports = __toCommonJS(setUnion_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $setUnion = (obj, expr, options) => {
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      if ((0, import_util.isNil)(args)) return null;
      if (!(0, import_util.isArray)(args)) return (0, import_internal2.errExpectArray)(foe, "$setUnion");
      if ((0, import_util.isArray)(expr)) {
        if (!args.every(import_util.isArray)) return (0, import_internal2.errExpectArray)(foe, "$setUnion arguments");
        return (0, import_util.unique)((0, import_util.flatten)(args));
      }
      return (0, import_util.unique)(args);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/set/index.js
var require_set = __commonJS({
  "node_modules/mingo/cjs/operators/expression/set/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var set_exports = {};
    module.exports = __toCommonJS(set_exports);
    __reExport(set_exports, require_allElementsTrue(), module.exports);
    __reExport(set_exports, require_anyElementTrue(), module.exports);
    __reExport(set_exports, require_setDifference(), module.exports);
    __reExport(set_exports, require_setEquals(), module.exports);
    __reExport(set_exports, require_setIntersection(), module.exports);
    __reExport(set_exports, require_setIsSubset(), module.exports);
    __reExport(set_exports, require_setUnion(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/string/concat.js
var require_concat = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/concat.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var concat_exports = {};
    __export(concat_exports, {
      $concat: () => $concat
    });
    module.exports = __toCommonJS(concat_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $concat = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr), "$concat expects array");
      const foe = options.failOnError;
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      let ok = true;
      for (const s of args) {
        if ((0, import_util.isNil)(s)) return null;
        ok &&= (0, import_util.isString)(s);
      }
      if (!ok) return (0, import_internal2.errExpectArray)(foe, "$concat", { type: "string" });
      return args.join("");
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/indexOfBytes.js
var require_indexOfBytes = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/indexOfBytes.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var indexOfBytes_exports = {};
    __export(indexOfBytes_exports, {
      $indexOfBytes: () => $indexOfBytes
    });
    module.exports = __toCommonJS(indexOfBytes_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal();
    var import_internal3 = require_internal4();
    var OP = "$indexOfBytes";
    var $indexOfBytes = (obj, expr, options) => {
      (0, import_internal2.assert)(
        (0, import_internal2.isArray)(expr) && expr.length > 1 && expr.length < 5,
        `${OP} expects array(4)`
      );
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      const str = args[0];
      if ((0, import_internal2.isNil)(str)) return null;
      if (!(0, import_internal2.isString)(str)) return (0, import_internal3.errExpectString)(foe, `${OP} arg1 <string>`);
      const search = args[1];
      if (!(0, import_internal2.isString)(search)) return (0, import_internal3.errExpectString)(foe, `${OP} arg2 <search>`);
      const start = args[2] ?? 0;
      const end = args[3] ?? str.length;
      if (!(0, import_internal2.isInteger)(start) || start < 0)
        return (0, import_internal3.errExpectInteger)(foe, `${OP} arg3 <start>`, { min: 0 });
      if (!(0, import_internal2.isInteger)(end) || end < 0)
        return (0, import_internal3.errExpectInteger)(foe, `${OP} arg4 <end>`, { min: 0 });
      if (start > end) return -1;
      const index = str.substring(start, end).indexOf(search);
      return index > -1 ? index + start : index;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/_internal.js
var require_internal9 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/_internal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      regexSearch: () => regexSearch,
      trimString: () => trimString
    });
    module.exports = __toCommonJS(internal_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var WHITESPACE_CHARS = [
      0,
      // '\0' Null character
      32,
      // ' ', Space
      9,
      // '\t' Horizontal tab
      10,
      // '\n' Line feed/new line
      11,
      // '\v' Vertical tab
      12,
      // '\f' Form feed
      13,
      // '\r' Carriage return
      160,
      // Non-breaking space
      5760,
      // Ogham space mark
      8192,
      // En quad
      8193,
      // Em quad
      8194,
      // En space
      8195,
      // Em space
      8196,
      // Three-per-em space
      8197,
      // Four-per-em space
      8198,
      // Six-per-em space
      8199,
      // Figure space
      8200,
      // Punctuation space
      8201,
      // Thin space
      8202
      // Hair space
    ];
    function trimString(obj, expr, options, trimOpts) {
      const val = (0, import_internal.evalExpr)(obj, expr, options);
      const s = val.input;
      if ((0, import_util.isNil)(s)) return null;
      const codepoints = (0, import_util.isNil)(val.chars) ? WHITESPACE_CHARS : val.chars.split("").map((c) => c.codePointAt(0));
      let i = 0;
      let j = s.length - 1;
      while (trimOpts.left && i <= j && codepoints.indexOf(s[i].codePointAt(0)) !== -1)
        i++;
      while (trimOpts.right && i <= j && codepoints.indexOf(s[j].codePointAt(0)) !== -1)
        j--;
      return s.substring(i, j + 1);
    }
    function regexSearch(obj, expr, options, reOpts) {
      const val = (0, import_internal.evalExpr)(obj, expr, options);
      if (!(0, import_util.isString)(val.input)) return [];
      const regexOptions = val.options;
      if (regexOptions) {
        (0, import_util.assert)(
          regexOptions.indexOf("x") === -1,
          "extended capability option 'x' not supported"
        );
        (0, import_util.assert)(regexOptions.indexOf("g") === -1, "global option 'g' not supported");
      }
      let input = val.input;
      const re = new RegExp(val.regex, regexOptions);
      let m;
      const matches = new Array();
      let offset = 0;
      while (m = re.exec(input)) {
        const result = {
          match: m[0],
          idx: m.index + offset,
          captures: []
        };
        for (let i = 1; i < m.length; i++) result.captures.push(m[i] || null);
        matches.push(result);
        if (!reOpts.global) break;
        offset = m.index + m[0].length;
        input = input.substring(offset);
      }
      return matches;
    }
  }
});

// node_modules/mingo/cjs/operators/expression/string/ltrim.js
var require_ltrim = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/ltrim.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var ltrim_exports = {};
    __export(ltrim_exports, {
      $ltrim: () => $ltrim
    });
    module.exports = __toCommonJS(ltrim_exports);
    var import_internal = require_internal9();
    var $ltrim = (obj, expr, options) => {
      return (0, import_internal.trimString)(obj, expr, options, { left: true, right: false });
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/regexFind.js
var require_regexFind = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/regexFind.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var regexFind_exports = {};
    __export(regexFind_exports, {
      $regexFind: () => $regexFind
    });
    module.exports = __toCommonJS(regexFind_exports);
    var import_util = require_util();
    var import_internal = require_internal9();
    var $regexFind = (obj, expr, options) => {
      const result = (0, import_internal.regexSearch)(obj, expr, options, { global: false });
      return (0, import_util.isArray)(result) && result.length > 0 ? result[0] : null;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/regexFindAll.js
var require_regexFindAll = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/regexFindAll.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var regexFindAll_exports = {};
    __export(regexFindAll_exports, {
      $regexFindAll: () => $regexFindAll
    });
    module.exports = __toCommonJS(regexFindAll_exports);
    var import_internal = require_internal9();
    var $regexFindAll = (obj, expr, options) => {
      return (0, import_internal.regexSearch)(obj, expr, options, { global: true });
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/regexMatch.js
var require_regexMatch = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/regexMatch.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var regexMatch_exports = {};
    __export(regexMatch_exports, {
      $regexMatch: () => $regexMatch
    });
    module.exports = __toCommonJS(regexMatch_exports);
    var import_internal = require_internal9();
    var $regexMatch = (obj, expr, options) => {
      return (0, import_internal.regexSearch)(obj, expr, options, { global: false })?.length != 0;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/replaceAll.js
var require_replaceAll = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/replaceAll.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var replaceAll_exports = {};
    __export(replaceAll_exports, {
      $replaceAll: () => $replaceAll
    });
    module.exports = __toCommonJS(replaceAll_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var OP = "$replaceAll";
    var $replaceAll = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isObject)(expr), `${OP} expects an object argument`);
      const foe = options.failOnError;
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const { input, find: find2, replacement } = args;
      if ((0, import_util.isNil)(input) || (0, import_util.isNil)(find2) || (0, import_util.isNil)(replacement)) return null;
      if (!(0, import_util.isString)(input)) return (0, import_internal2.errExpectString)(foe, `${OP} 'input'`);
      if (!(0, import_util.isString)(find2)) return (0, import_internal2.errExpectString)(foe, `${OP} 'find'`);
      if (!(0, import_util.isString)(replacement))
        return (0, import_internal2.errExpectString)(foe, `${OP} 'replacement'`);
      return input.split(find2).join(replacement);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/replaceOne.js
var require_replaceOne = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/replaceOne.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var replaceOne_exports = {};
    __export(replaceOne_exports, {
      $replaceOne: () => $replaceOne
    });
    module.exports = __toCommonJS(replaceOne_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var OP = "$replaceOne";
    var $replaceOne = (obj, expr, options) => {
      const foe = options.failOnError;
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const { input, find: find2, replacement } = args;
      if ((0, import_util.isNil)(input) || (0, import_util.isNil)(find2) || (0, import_util.isNil)(replacement)) return null;
      if (!(0, import_util.isString)(input)) return (0, import_internal2.errExpectString)(foe, `${OP} 'input'`);
      if (!(0, import_util.isString)(find2)) return (0, import_internal2.errExpectString)(foe, `${OP} 'find'`);
      if (!(0, import_util.isString)(replacement))
        return (0, import_internal2.errExpectString)(foe, `${OP} 'replacement'`);
      const idx = input.indexOf(find2);
      if (idx < 0) return input;
      return input.slice(0, idx) + replacement + input.slice(idx + find2.length);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/rtrim.js
var require_rtrim = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/rtrim.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var rtrim_exports = {};
    __export(rtrim_exports, {
      $rtrim: () => $rtrim
    });
    module.exports = __toCommonJS(rtrim_exports);
    var import_internal = require_internal9();
    var $rtrim = (obj, expr, options) => {
      return (0, import_internal.trimString)(obj, expr, options, { left: false, right: true });
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/split.js
var require_split = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/split.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var split_exports = {};
    __export(split_exports, {
      $split: () => $split
    });
    module.exports = __toCommonJS(split_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $split = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr) && expr.length === 2, `$split expects array(2)`);
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      if ((0, import_util.isNil)(args[0])) return null;
      if (!args.every(import_util.isString))
        return (0, import_internal2.errExpectArray)(foe, `$split `, { size: 2, type: "string" });
      return args[0].split(args[1]);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/strcasecmp.js
var require_strcasecmp = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/strcasecmp.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var strcasecmp_exports = {};
    __export(strcasecmp_exports, {
      $strcasecmp: () => $strcasecmp
    });
    module.exports = __toCommonJS(strcasecmp_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal();
    var import_internal3 = require_internal4();
    var $strcasecmp = (obj, expr, options) => {
      (0, import_internal2.assert)((0, import_util.isArray)(expr) && expr.length === 2, `$strcasecmp expects array(2)`);
      const args = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      let t_nil = true;
      let t_str = true;
      for (const v of args) {
        t_nil &&= (0, import_util.isNil)(v);
        t_str &&= (0, import_util.isString)(v);
      }
      if (t_nil) return 0;
      if (!t_str)
        return (0, import_internal3.errExpectArray)(foe, `$strcasecmp arguments`, { type: "string" });
      return (0, import_internal2.simpleCmp)(args[0].toLowerCase(), args[1].toLowerCase());
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/strLenBytes.js
var require_strLenBytes = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/strLenBytes.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var strLenBytes_exports = {};
    __export(strLenBytes_exports, {
      $strLenBytes: () => $strLenBytes
    });
    module.exports = __toCommonJS(strLenBytes_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $strLenBytes = (obj, expr, options) => {
      const s = (0, import_internal.evalExpr)(obj, expr, options);
      if (!(0, import_util.isString)(s)) return (0, import_internal2.errExpectString)(options.failOnError, "$strLenBytes");
      return ~-encodeURI(s).split(/%..|./).length;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/strLenCP.js
var require_strLenCP = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/strLenCP.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var strLenCP_exports = {};
    __export(strLenCP_exports, {
      $strLenCP: () => $strLenCP
    });
    module.exports = __toCommonJS(strLenCP_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var $strLenCP = (obj, expr, options) => {
      const s = (0, import_internal.evalExpr)(obj, expr, options);
      if (!(0, import_util.isString)(s)) return (0, import_internal2.errExpectString)(options.failOnError, "$strLenCP");
      return [...s].length;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/substrBytes.js
var require_substrBytes = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/substrBytes.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var substrBytes_exports = {};
    __export(substrBytes_exports, {
      $substrBytes: () => $substrBytes
    });
    module.exports = __toCommonJS(substrBytes_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var OP = "$substrBytes";
    var $substrBytes = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr) && expr.length === 3, `${OP} expects array(3)`);
      const [s, index, count] = (0, import_internal.evalExpr)(obj, expr, options);
      const foe = options.failOnError;
      const nil = (0, import_util.isNil)(s);
      if (!nil && !(0, import_util.isString)(s)) return (0, import_internal2.errExpectString)(foe, `${OP} arg1 <string>`);
      if (!(0, import_util.isInteger)(index) || index < 0)
        return (0, import_internal2.errExpectInteger)(foe, `${OP} arg2 <index>`, { min: 0 });
      if (!(0, import_util.isInteger)(count) || count < 0)
        return (0, import_internal2.errExpectInteger)(foe, `${OP} arg3 <count>`, { min: 0 });
      if (nil) return "";
      let utf8Pos = 0;
      let start16 = null;
      let end16 = null;
      const err = `${OP} UTF-8 boundary falls inside a continuation byte`;
      for (let i = 0; i < s.length; ) {
        const cp = s.codePointAt(i);
        if (cp === void 0)
          return (0, import_internal2.errInvalidArgs)(foe, `${OP} byte index out of range`);
        const utf8Len = cp < 128 ? 1 : cp < 2048 ? 2 : cp < 65536 ? 3 : 4;
        const utf16Len = cp > 65535 ? 2 : 1;
        if (start16 === null) {
          if (index > utf8Pos && index < utf8Pos + utf8Len)
            return (0, import_internal2.errInvalidArgs)(foe, err);
          if (utf8Pos === index) {
            start16 = i;
          }
        }
        const endByte = index + count;
        if (start16 !== null && end16 === null) {
          if (endByte > utf8Pos && endByte < utf8Pos + utf8Len)
            return (0, import_internal2.errInvalidArgs)(foe, err);
          if (utf8Pos === endByte) {
            end16 = i;
            break;
          }
        }
        utf8Pos += utf8Len;
        i += utf16Len;
      }
      if (start16 === null) {
        if (index === utf8Pos) return "";
        return (0, import_internal2.errInvalidArgs)(foe, `${OP} byte index out of range`);
      }
      if (end16 === null) {
        const endByte = index + count;
        if (endByte !== utf8Pos)
          return (0, import_internal2.errInvalidArgs)(foe, `${OP} count extends beyond UTF-8 length`);
        end16 = s.length;
      }
      return s.slice(start16, end16);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/substr.js
var require_substr = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/substr.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var substr_exports = {};
    __export(substr_exports, {
      $substr: () => $substr
    });
    module.exports = __toCommonJS(substr_exports);
    var import_substrBytes = require_substrBytes();
    var $substr = import_substrBytes.$substrBytes;
  }
});

// node_modules/mingo/cjs/operators/expression/string/substrCP.js
var require_substrCP = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/substrCP.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var substrCP_exports = {};
    __export(substrCP_exports, {
      $substrCP: () => $substrCP
    });
    module.exports = __toCommonJS(substrCP_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var OP = "$substrCP";
    var $substrCP = (obj, expr, options) => {
      (0, import_util.assert)((0, import_util.isArray)(expr) && expr.length === 3, `${OP} expects array(3)`);
      const [s, index, count] = (0, import_internal.evalExpr)(obj, expr, options);
      const nil = (0, import_util.isNil)(s);
      const foe = options.failOnError;
      if (!nil && !(0, import_util.isString)(s)) return (0, import_internal2.errExpectString)(foe, `${OP} arg1 <string>`);
      if (!(0, import_util.isInteger)(index)) return (0, import_internal2.errExpectNumber)(foe, `${OP} arg2 <index>`);
      if (!(0, import_util.isInteger)(count)) return (0, import_internal2.errExpectNumber)(foe, `${OP} arg3 <count>`);
      if (nil) return "";
      if (index < 0) return "";
      const codePoints = [...s];
      if (count < 0) return codePoints.slice(index).join("");
      return codePoints.slice(index, index + count).join("");
    };
  }
});

// node_modules/mingo/cjs/operators/expression/type/toBool.js
var require_toBool = __commonJS({
  "node_modules/mingo/cjs/operators/expression/type/toBool.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var toBool_exports = {};
    __export(toBool_exports, {
      $toBool: () => $toBool
    });
    module.exports = __toCommonJS(toBool_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var $toBool = (obj, expr, options) => {
      const val = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(val)) return null;
      if ((0, import_util.isString)(val)) return true;
      return Boolean(val);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/type/toDate.js
var require_toDate = __commonJS({
  "node_modules/mingo/cjs/operators/expression/type/toDate.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var toDate_exports = {};
    __export(toDate_exports, {
      $toDate: () => $toDate
    });
    module.exports = __toCommonJS(toDate_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var $toDate = (obj, expr, options) => {
      const val = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isDate)(val)) return val;
      if ((0, import_util.isNil)(val)) return null;
      const d = new Date(val);
      (0, import_util.assert)(!isNaN(d.getTime()), `cannot convert '${val}' to date`);
      return d;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/type/toDouble.js
var require_toDouble = __commonJS({
  "node_modules/mingo/cjs/operators/expression/type/toDouble.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var toDouble_exports = {};
    __export(toDouble_exports, {
      $toDouble: () => $toDouble
    });
    module.exports = __toCommonJS(toDouble_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var $toDouble = (obj, expr, options) => {
      const val = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_util.isNil)(val)) return null;
      if ((0, import_util.isDate)(val)) return val.getTime();
      if (val === true) return 1;
      if (val === false) return 0;
      const n = Number(val);
      (0, import_util.assert)((0, import_util.isNumber)(n), `cannot convert '${val}' to double/decimal`);
      return n;
    };
  }
});

// node_modules/mingo/cjs/operators/expression/type/_internal.js
var require_internal10 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/type/_internal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      MAX_INT: () => MAX_INT,
      MAX_LONG: () => MAX_LONG,
      MIN_INT: () => MIN_INT,
      MIN_LONG: () => MIN_LONG,
      toInteger: () => toInteger
    });
    module.exports = __toCommonJS(internal_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var MAX_INT = 2147483647;
    var MIN_INT = -2147483648;
    var MAX_LONG = 9007199254740991;
    var MIN_LONG = -9007199254740991;
    function toInteger(obj, expr, options, min, max) {
      const val = (0, import_internal.evalExpr)(obj, expr, options);
      if (val === true) return 1;
      if (val === false) return 0;
      if ((0, import_util.isNil)(val)) return null;
      if ((0, import_util.isDate)(val)) return val.getTime();
      const n = Number(val);
      (0, import_util.assert)(
        (0, import_util.isNumber)(n) && n >= min && n <= max && (!(0, import_util.isString)(val) || n.toString().indexOf(".") === -1),
        `cannot convert '${val}' to ${max == MAX_INT ? "int" : "long"}`
      );
      return Math.trunc(n);
    }
  }
});

// node_modules/mingo/cjs/operators/expression/type/toInt.js
var require_toInt = __commonJS({
  "node_modules/mingo/cjs/operators/expression/type/toInt.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var toInt_exports = {};
    __export(toInt_exports, {
      $toInt: () => $toInt
    });
    module.exports = __toCommonJS(toInt_exports);
    var import_internal = require_internal10();
    var $toInt = (obj, expr, options) => (0, import_internal.toInteger)(obj, expr, options, import_internal.MIN_INT, import_internal.MAX_INT);
  }
});

// node_modules/mingo/cjs/operators/expression/type/toLong.js
var require_toLong = __commonJS({
  "node_modules/mingo/cjs/operators/expression/type/toLong.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var toLong_exports = {};
    __export(toLong_exports, {
      $toLong: () => $toLong
    });
    module.exports = __toCommonJS(toLong_exports);
    var import_internal = require_internal10();
    var $toLong = (obj, expr, options) => (0, import_internal.toInteger)(obj, expr, options, import_internal.MIN_LONG, import_internal.MAX_LONG);
  }
});

// node_modules/mingo/cjs/operators/expression/type/toString.js
var require_toString = __commonJS({
  "node_modules/mingo/cjs/operators/expression/type/toString.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var toString_exports = {};
    __export(toString_exports, {
      $toString: () => $toString
    });
    module.exports = __toCommonJS(toString_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal();
    var import_internal3 = require_internal4();
    var $toString = (obj, expr, options) => {
      const val = (0, import_internal.evalExpr)(obj, expr, options);
      if ((0, import_internal2.isNil)(val)) return null;
      if ((0, import_internal2.isDate)(val)) return val.toISOString();
      if ((0, import_internal2.isPrimitive)(val) || (0, import_internal2.isRegExp)(val)) return String(val);
      return (0, import_internal3.errInvalidArgs)(
        options.failOnError,
        "$toString cannot convert from object to string"
      );
    };
  }
});

// node_modules/mingo/cjs/operators/expression/type/convert.js
var require_convert = __commonJS({
  "node_modules/mingo/cjs/operators/expression/type/convert.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var convert_exports = {};
    __export(convert_exports, {
      $convert: () => $convert
    });
    module.exports = __toCommonJS(convert_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    var import_toBool = require_toBool();
    var import_toDate = require_toDate();
    var import_toDouble = require_toDouble();
    var import_toInt = require_toInt();
    var import_toLong = require_toLong();
    var import_toString = require_toString();
    var $convert = (obj, expr, options) => {
      (0, import_util.assert)(
        (0, import_util.isObject)(expr) && (0, import_util.has)(expr, "input", "to"),
        "$convert expects object { input, to, onError, onNull }"
      );
      const input = (0, import_internal.evalExpr)(obj, expr.input, options);
      if ((0, import_util.isNil)(input)) return (0, import_internal.evalExpr)(obj, expr.onNull, options) ?? null;
      const toExpr = (0, import_internal.evalExpr)(obj, expr.to, options);
      try {
        switch (toExpr) {
          case 2:
          case "string":
            return (0, import_toString.$toString)(obj, input, options);
          case 8:
          case "boolean":
          case "bool":
            return (0, import_toBool.$toBool)(obj, input, options);
          case 9:
          case "date":
            return (0, import_toDate.$toDate)(obj, input, options);
          case 1:
          case 19:
          case "double":
          case "decimal":
          case "number":
            return (0, import_toDouble.$toDouble)(obj, input, options);
          case 16:
          case "int":
            return (0, import_toInt.$toInt)(obj, input, options);
          case 18:
          case "long":
            return (0, import_toLong.$toLong)(obj, input, options);
        }
      } catch {
      }
      if (expr.onError === void 0)
        return (0, import_internal2.errInvalidArgs)(
          options.failOnError,
          `$convert cannot convert from object to ${expr.to} with no onError value`
        );
      return (0, import_internal.evalExpr)(obj, expr.onError, options);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/type/isNumber.js
var require_isNumber = __commonJS({
  "node_modules/mingo/cjs/operators/expression/type/isNumber.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var isNumber_exports = {};
    __export(isNumber_exports, {
      $isNumber: () => $isNumber
    });
    module.exports = __toCommonJS(isNumber_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var $isNumber = (obj, expr, options) => {
      const n = (0, import_internal.evalExpr)(obj, expr, options);
      return (0, import_util.isNumber)(n);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/type/toDecimal.js
var require_toDecimal = __commonJS({
  "node_modules/mingo/cjs/operators/expression/type/toDecimal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var toDecimal_exports = {};
    __export(toDecimal_exports, {
      $toDecimal: () => $toDecimal
    });
    module.exports = __toCommonJS(toDecimal_exports);
    var import_toDouble = require_toDouble();
    var $toDecimal = import_toDouble.$toDouble;
  }
});

// node_modules/mingo/cjs/operators/expression/type/type.js
var require_type = __commonJS({
  "node_modules/mingo/cjs/operators/expression/type/type.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var type_exports = {};
    __export(type_exports, {
      $type: () => $type
    });
    module.exports = __toCommonJS(type_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal10();
    var $type = (obj, expr, options) => {
      const v = (0, import_internal.evalExpr)(obj, expr, options);
      if (options.useStrictMode) {
        if (v === void 0) return "missing";
        if (v === true || v === false) return "bool";
        if ((0, import_util.isNumber)(v)) {
          if (v % 1 != 0) return "double";
          return v >= import_internal2.MIN_INT && v <= import_internal2.MAX_INT ? "int" : "long";
        }
        if ((0, import_util.isRegExp)(v)) return "regex";
      }
      return (0, import_util.typeOf)(v);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/type/index.js
var require_type2 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/type/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var type_exports = {};
    module.exports = __toCommonJS(type_exports);
    __reExport(type_exports, require_convert(), module.exports);
    __reExport(type_exports, require_isNumber(), module.exports);
    __reExport(type_exports, require_toBool(), module.exports);
    __reExport(type_exports, require_toDate(), module.exports);
    __reExport(type_exports, require_toDecimal(), module.exports);
    __reExport(type_exports, require_toDouble(), module.exports);
    __reExport(type_exports, require_toInt(), module.exports);
    __reExport(type_exports, require_toLong(), module.exports);
    __reExport(type_exports, require_toString(), module.exports);
    __reExport(type_exports, require_type(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/string/toLower.js
var require_toLower = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/toLower.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var toLower_exports = {};
    __export(toLower_exports, {
      $toLower: () => $toLower
    });
    module.exports = __toCommonJS(toLower_exports);
    var import_internal = require_internal();
    var import_type = require_type2();
    var $toLower = (obj, expr, options) => {
      if ((0, import_internal.isArray)(expr) && expr.length === 1) expr = expr[0];
      const s = (0, import_type.$toString)(obj, expr, options);
      return s === null ? s : s.toLowerCase();
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/toUpper.js
var require_toUpper = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/toUpper.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var toUpper_exports = {};
    __export(toUpper_exports, {
      $toUpper: () => $toUpper
    });
    module.exports = __toCommonJS(toUpper_exports);
    var import_util = require_util();
    var import_type = require_type2();
    var $toUpper = (obj, expr, options) => {
      if ((0, import_util.isArray)(expr) && expr.length === 1) expr = expr[0];
      const s = (0, import_type.$toString)(obj, expr, options);
      return s === null ? s : s.toUpperCase();
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/trim.js
var require_trim = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/trim.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var trim_exports = {};
    __export(trim_exports, {
      $trim: () => $trim
    });
    module.exports = __toCommonJS(trim_exports);
    var import_internal = require_internal9();
    var $trim = (obj, expr, options) => {
      return (0, import_internal.trimString)(obj, expr, options, { left: true, right: true });
    };
  }
});

// node_modules/mingo/cjs/operators/expression/string/index.js
var require_string = __commonJS({
  "node_modules/mingo/cjs/operators/expression/string/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var string_exports = {};
    module.exports = __toCommonJS(string_exports);
    __reExport(string_exports, require_concat(), module.exports);
    __reExport(string_exports, require_indexOfBytes(), module.exports);
    __reExport(string_exports, require_ltrim(), module.exports);
    __reExport(string_exports, require_regexFind(), module.exports);
    __reExport(string_exports, require_regexFindAll(), module.exports);
    __reExport(string_exports, require_regexMatch(), module.exports);
    __reExport(string_exports, require_replaceAll(), module.exports);
    __reExport(string_exports, require_replaceOne(), module.exports);
    __reExport(string_exports, require_rtrim(), module.exports);
    __reExport(string_exports, require_split(), module.exports);
    __reExport(string_exports, require_strcasecmp(), module.exports);
    __reExport(string_exports, require_strLenBytes(), module.exports);
    __reExport(string_exports, require_strLenCP(), module.exports);
    __reExport(string_exports, require_substr(), module.exports);
    __reExport(string_exports, require_substrBytes(), module.exports);
    __reExport(string_exports, require_substrCP(), module.exports);
    __reExport(string_exports, require_toLower(), module.exports);
    __reExport(string_exports, require_toUpper(), module.exports);
    __reExport(string_exports, require_trim(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/toHashedIndexKey.js
var require_toHashedIndexKey = __commonJS({
  "node_modules/mingo/cjs/operators/expression/toHashedIndexKey.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var toHashedIndexKey_exports = {};
    __export(toHashedIndexKey_exports, {
      $toHashedIndexKey: () => $toHashedIndexKey
    });
    module.exports = __toCommonJS(toHashedIndexKey_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var $toHashedIndexKey = (obj, expr, options) => (0, import_util.hashCode)((0, import_internal.evalExpr)(obj, expr, options));
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/_internal.js
var require_internal11 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/_internal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      processOperator: () => processOperator
    });
    module.exports = __toCommonJS(internal_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal4();
    function processOperator(obj, expr, options, fn, fixedPoints) {
      const fp = {
        undefined: null,
        null: null,
        NaN: NaN,
        Infinity: new Error(),
        "-Infinity": new Error(),
        ...fixedPoints
      };
      const foe = options.failOnError;
      const op = fn.name;
      const n = (0, import_internal.evalExpr)(obj, expr, options);
      if (n in fp) {
        const res = fp[n];
        if (res instanceof Error)
          return (0, import_internal2.errExpectNumber)(foe, `$${op} invalid input '${n}'`);
        return res;
      }
      if (!(0, import_util.isNumber)(n)) return (0, import_internal2.errExpectNumber)(foe, `$${op}`);
      return fn(n);
    }
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/acos.js
var require_acos = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/acos.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var acos_exports = {};
    __export(acos_exports, {
      $acos: () => $acos
    });
    module.exports = __toCommonJS(acos_exports);
    var import_internal = require_internal11();
    var $acos = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, Math.acos, {
      Infinity: Infinity,
      0: new Error()
    });
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/acosh.js
var require_acosh = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/acosh.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var acosh_exports = {};
    __export(acosh_exports, {
      $acosh: () => $acosh
    });
    module.exports = __toCommonJS(acosh_exports);
    var import_internal = require_internal11();
    var $acosh = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, Math.acosh, {
      Infinity: Infinity,
      0: new Error()
    });
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/asin.js
var require_asin = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/asin.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var asin_exports = {};
    __export(asin_exports, {
      $asin: () => $asin
    });
    module.exports = __toCommonJS(asin_exports);
    var import_internal = require_internal11();
    var $asin = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, Math.asin);
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/asinh.js
var require_asinh = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/asinh.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var asinh_exports = {};
    __export(asinh_exports, {
      $asinh: () => $asinh
    });
    module.exports = __toCommonJS(asinh_exports);
    var import_internal = require_internal11();
    var $asinh = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, Math.asinh, {
      Infinity: Infinity,
      "-Infinity": -Infinity
    });
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/atan.js
var require_atan = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/atan.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var atan_exports = {};
    __export(atan_exports, {
      $atan: () => $atan
    });
    module.exports = __toCommonJS(atan_exports);
    var import_internal = require_internal11();
    var $atan = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, Math.atan);
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/atan2.js
var require_atan2 = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/atan2.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var atan2_exports = {};
    __export(atan2_exports, {
      $atan2: () => $atan2
    });
    module.exports = __toCommonJS(atan2_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    var $atan2 = (obj, expr, options) => {
      const [y, x] = (0, import_internal.evalExpr)(obj, expr, options);
      if (isNaN(y) || (0, import_util.isNil)(y)) return y;
      if (isNaN(x) || (0, import_util.isNil)(x)) return x;
      return Math.atan2(y, x);
    };
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/atanh.js
var require_atanh = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/atanh.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var atanh_exports = {};
    __export(atanh_exports, {
      $atanh: () => $atanh
    });
    module.exports = __toCommonJS(atanh_exports);
    var import_internal = require_internal11();
    var $atanh = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, Math.atanh, {
      1: Infinity,
      "-1": -Infinity
    });
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/cos.js
var require_cos = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/cos.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var cos_exports = {};
    __export(cos_exports, {
      $cos: () => $cos
    });
    module.exports = __toCommonJS(cos_exports);
    var import_internal = require_internal11();
    var $cos = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, Math.cos);
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/cosh.js
var require_cosh = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/cosh.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var cosh_exports = {};
    __export(cosh_exports, {
      $cosh: () => $cosh
    });
    module.exports = __toCommonJS(cosh_exports);
    var import_internal = require_internal11();
    var $cosh = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, Math.cosh, {
      "-Infinity": Infinity,
      Infinity: Infinity
    });
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/degreesToRadians.js
var require_degreesToRadians = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/degreesToRadians.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var degreesToRadians_exports = {};
    __export(degreesToRadians_exports, {
      $degreesToRadians: () => $degreesToRadians
    });
    module.exports = __toCommonJS(degreesToRadians_exports);
    var import_internal = require_internal11();
    var degreesToRadians = (n) => n * (Math.PI / 180);
    var $degreesToRadians = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, degreesToRadians, {
      Infinity: Infinity,
      "-Infinity": Infinity
    });
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/radiansToDegrees.js
var require_radiansToDegrees = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/radiansToDegrees.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var radiansToDegrees_exports = {};
    __export(radiansToDegrees_exports, {
      $radiansToDegrees: () => $radiansToDegrees
    });
    module.exports = __toCommonJS(radiansToDegrees_exports);
    var import_internal = require_internal11();
    var radiansToDegrees = (n) => n * (180 / Math.PI);
    var $radiansToDegrees = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, radiansToDegrees, {
      Infinity: Infinity,
      "-Infinity": Infinity
    });
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/sin.js
var require_sin = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/sin.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var sin_exports = {};
    __export(sin_exports, {
      $sin: () => $sin
    });
    module.exports = __toCommonJS(sin_exports);
    var import_internal = require_internal11();
    var $sin = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, Math.sin);
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/sinh.js
var require_sinh = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/sinh.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var sinh_exports = {};
    __export(sinh_exports, {
      $sinh: () => $sinh
    });
    module.exports = __toCommonJS(sinh_exports);
    var import_internal = require_internal11();
    var $sinh = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, Math.sinh, {
      "-Infinity": -Infinity,
      Infinity: Infinity
    });
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/tan.js
var require_tan = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/tan.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var tan_exports = {};
    __export(tan_exports, {
      $tan: () => $tan
    });
    module.exports = __toCommonJS(tan_exports);
    var import_internal = require_internal11();
    var $tan = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, Math.tan);
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/tanh.js
var require_tanh = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/tanh.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var tanh_exports = {};
    __export(tanh_exports, {
      $tanh: () => $tanh
    });
    module.exports = __toCommonJS(tanh_exports);
    var import_internal = require_internal11();
    var $tanh = (obj, expr, options) => (0, import_internal.processOperator)(obj, expr, options, Math.tanh, {
      Infinity: 1,
      "-Infinity": -1
    });
  }
});

// node_modules/mingo/cjs/operators/expression/trignometry/index.js
var require_trignometry = __commonJS({
  "node_modules/mingo/cjs/operators/expression/trignometry/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var trignometry_exports = {};
    module.exports = __toCommonJS(trignometry_exports);
    __reExport(trignometry_exports, require_acos(), module.exports);
    __reExport(trignometry_exports, require_acosh(), module.exports);
    __reExport(trignometry_exports, require_asin(), module.exports);
    __reExport(trignometry_exports, require_asinh(), module.exports);
    __reExport(trignometry_exports, require_atan(), module.exports);
    __reExport(trignometry_exports, require_atan2(), module.exports);
    __reExport(trignometry_exports, require_atanh(), module.exports);
    __reExport(trignometry_exports, require_cos(), module.exports);
    __reExport(trignometry_exports, require_cosh(), module.exports);
    __reExport(trignometry_exports, require_degreesToRadians(), module.exports);
    __reExport(trignometry_exports, require_radiansToDegrees(), module.exports);
    __reExport(trignometry_exports, require_sin(), module.exports);
    __reExport(trignometry_exports, require_sinh(), module.exports);
    __reExport(trignometry_exports, require_tan(), module.exports);
    __reExport(trignometry_exports, require_tanh(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/variable/let.js
var require_let = __commonJS({
  "node_modules/mingo/cjs/operators/expression/variable/let.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var let_exports = {};
    __export(let_exports, {
      $let: () => $let
    });
    module.exports = __toCommonJS(let_exports);
    var import_internal = require_internal2();
    var $let = (obj, expr, options) => {
      const variables = {};
      for (const key of Object.keys(expr.vars)) {
        variables[key] = (0, import_internal.evalExpr)(obj, expr.vars[key], options);
      }
      return (0, import_internal.evalExpr)(
        obj,
        expr.in,
        import_internal.ComputeOptions.init(options).update({ variables })
      );
    };
  }
});

// node_modules/mingo/cjs/operators/expression/variable/index.js
var require_variable = __commonJS({
  "node_modules/mingo/cjs/operators/expression/variable/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var variable_exports = {};
    module.exports = __toCommonJS(variable_exports);
    __reExport(variable_exports, require_let(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/expression/index.js
var require_expression = __commonJS({
  "node_modules/mingo/cjs/operators/expression/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var expression_exports = {};
    module.exports = __toCommonJS(expression_exports);
    __reExport(expression_exports, require_arithmetic(), module.exports);
    __reExport(expression_exports, require_array(), module.exports);
    __reExport(expression_exports, require_bitwise(), module.exports);
    __reExport(expression_exports, require_boolean(), module.exports);
    __reExport(expression_exports, require_comparison(), module.exports);
    __reExport(expression_exports, require_conditional(), module.exports);
    __reExport(expression_exports, require_custom(), module.exports);
    __reExport(expression_exports, require_date(), module.exports);
    __reExport(expression_exports, require_literal(), module.exports);
    __reExport(expression_exports, require_median2(), module.exports);
    __reExport(expression_exports, require_misc(), module.exports);
    __reExport(expression_exports, require_object(), module.exports);
    __reExport(expression_exports, require_percentile2(), module.exports);
    __reExport(expression_exports, require_set(), module.exports);
    __reExport(expression_exports, require_string(), module.exports);
    __reExport(expression_exports, require_toHashedIndexKey(), module.exports);
    __reExport(expression_exports, require_trignometry(), module.exports);
    __reExport(expression_exports, require_type2(), module.exports);
    __reExport(expression_exports, require_variable(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/pipeline/addFields.js
var require_addFields = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/addFields.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var addFields_exports = {};
    __export(addFields_exports, {
      $addFields: () => $addFields
    });
    module.exports = __toCommonJS(addFields_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    function $addFields(coll, expr, options) {
      const newFields = Object.keys(expr);
      if (newFields.length === 0) return coll;
      return coll.map((obj) => {
        const newObj = { ...obj };
        for (const field of newFields) {
          const newValue = (0, import_internal.evalExpr)(obj, expr[field], options);
          if (newValue !== void 0) {
            (0, import_util.setValue)(newObj, field, newValue);
          } else {
            (0, import_util.removeValue)(newObj, field);
          }
        }
        return newObj;
      });
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/bucket.js
var require_bucket = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/bucket.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bucket_exports = {};
    __export(bucket_exports, {
      $bucket: () => $bucket
    });
    module.exports = __toCommonJS(bucket_exports);
    var import_internal = require_internal2();
    var import_lazy = require_lazy();
    var import_util = require_util();
    function $bucket(coll, expr, options) {
      const bounds = expr.boundaries.slice();
      const defaultKey = expr.default;
      const lower = bounds[0];
      const upper = bounds[bounds.length - 1];
      const outputExpr = expr.output || { count: { $sum: 1 } };
      (0, import_util.assert)(bounds.length > 1, "$bucket: must specify at least two boundaries.");
      const isValid = bounds.every(
        (v, i) => i === 0 || (0, import_util.typeOf)(v) === (0, import_util.typeOf)(bounds[i - 1]) && (0, import_util.compare)(v, bounds[i - 1]) > 0
      );
      (0, import_util.assert)(
        isValid,
        `$bucket: bounds must be of same type and in ascending order`
      );
      (0, import_util.assert)(
        (0, import_util.isNil)(defaultKey) || (0, import_util.typeOf)(defaultKey) !== (0, import_util.typeOf)(lower) || (0, import_util.compare)(defaultKey, upper) >= 0 || (0, import_util.compare)(defaultKey, lower) < 0,
        "$bucket: 'default' expression must be out of boundaries range"
      );
      const createBuckets = () => {
        const buckets = /* @__PURE__ */ new Map();
        for (let i = 0; i < bounds.length - 1; i++) {
          buckets.set(bounds[i], []);
        }
        if (!(0, import_util.isNil)(defaultKey)) buckets.set(defaultKey, []);
        coll.each((obj) => {
          const key = (0, import_internal.evalExpr)(obj, expr.groupBy, options);
          if ((0, import_util.isNil)(key) || (0, import_util.compare)(key, lower) < 0 || (0, import_util.compare)(key, upper) >= 0) {
            (0, import_util.assert)(
              !(0, import_util.isNil)(defaultKey),
              "$bucket require a default for out of range values"
            );
            buckets.get(defaultKey)?.push(obj);
          } else {
            (0, import_util.assert)(
              (0, import_util.compare)(key, lower) >= 0 && (0, import_util.compare)(key, upper) < 0,
              "$bucket 'groupBy' expression must resolve to a value in range of boundaries"
            );
            const index = (0, import_util.findInsertIndex)(bounds, key);
            const boundKey = bounds[Math.max(0, index - 1)];
            buckets.get(boundKey)?.push(obj);
          }
        });
        bounds.pop();
        if (!(0, import_util.isNil)(defaultKey)) {
          if (buckets.get(defaultKey)?.length) bounds.push(defaultKey);
          else buckets.delete(defaultKey);
        }
        (0, import_util.assert)(
          buckets.size === bounds.length,
          "bounds and groups must be of equal size."
        );
        return (0, import_lazy.Lazy)(bounds).map((key) => {
          return {
            ...(0, import_internal.evalExpr)(buckets.get(key), outputExpr, options),
            _id: key
          };
        });
      };
      let iterator;
      return (0, import_lazy.Lazy)(() => {
        if (!iterator) iterator = createBuckets();
        return iterator.next();
      });
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/bucketAuto.js
var require_bucketAuto = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/bucketAuto.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bucketAuto_exports = {};
    __export(bucketAuto_exports, {
      $bucketAuto: () => $bucketAuto
    });
    module.exports = __toCommonJS(bucketAuto_exports);
    var import_internal = require_internal2();
    var import_lazy = require_lazy();
    var import_util = require_util();
    function $bucketAuto(coll, expr, options) {
      const {
        buckets: bucketCount,
        groupBy: groupByExpr,
        output: optOutputExpr,
        // Available only if the all groupBy values are numeric and none of them are NaN.
        granularity
      } = expr;
      const outputExpr = optOutputExpr ?? { count: { $sum: 1 } };
      (0, import_util.assert)(
        bucketCount > 0,
        `$bucketAuto: 'buckets' field must be greater than 0, but found: ${bucketCount}`
      );
      if (granularity) {
        (0, import_util.assert)(
          /^(POWERSOF2|1-2-5|E(6|12|24|48|96|192)|R(5|10|20|40|80))$/.test(
            granularity
          ),
          `$bucketAuto: invalid granularity '${granularity}'.`
        );
      }
      const keyMap = /* @__PURE__ */ new Map();
      const setKey = !granularity ? (o, k) => keyMap.set(o, k) : (_, _2) => {
      };
      const sorted = coll.map((o) => {
        const k = (0, import_internal.evalExpr)(o, groupByExpr, options) ?? null;
        (0, import_util.assert)(
          !granularity || (0, import_util.isNumber)(k),
          "$bucketAuto: groupBy values must be numeric when granularity is specified."
        );
        setKey(o, k ?? null);
        return [k ?? null, o];
      }).collect();
      sorted.sort((x, y) => {
        if ((0, import_util.isNil)(x[0])) return -1;
        if ((0, import_util.isNil)(y[0])) return 1;
        return (0, import_util.compare)(x[0], y[0]);
      });
      let getNext;
      if (!granularity) {
        getNext = granularityDefault(sorted, bucketCount, keyMap);
      } else if (granularity == "POWERSOF2") {
        getNext = granularityPowerOfTwo(
          sorted,
          bucketCount
        );
      } else {
        getNext = granularityPreferredSeries(
          sorted,
          bucketCount,
          granularity
        );
      }
      let terminate = false;
      return (0, import_lazy.Lazy)(() => {
        if (terminate) return { done: true };
        const { min, max, bucket, done } = getNext();
        terminate = done;
        const outFields = (0, import_internal.evalExpr)(bucket, outputExpr, options);
        for (const k of Object.keys(outFields)) {
          const v = outFields[k];
          if ((0, import_util.isArray)(v)) outFields[k] = v.filter((v2) => !(0, import_util.isNil)(v2));
        }
        return {
          done: false,
          value: {
            ...outFields,
            _id: { min, max }
          }
        };
      });
    }
    function granularityDefault(sorted, bucketCount, keyMap) {
      const size = sorted.length;
      const approxBucketSize = Math.max(1, Math.round(sorted.length / bucketCount));
      let index = 0;
      let nBuckets = 0;
      return () => {
        const isLastBucket = ++nBuckets == bucketCount;
        const bucket = new Array();
        while (index < size && (isLastBucket || bucket.length < approxBucketSize || index > 0 && (0, import_util.isEqual)(sorted[index - 1][0], sorted[index][0]))) {
          bucket.push(sorted[index++][1]);
        }
        const min = keyMap.get(bucket[0]);
        let max;
        if (index < size) {
          max = sorted[index][0];
        } else {
          max = keyMap.get(bucket[bucket.length - 1]);
        }
        (0, import_util.assert)(
          (0, import_util.isNil)(max) || (0, import_util.isNil)(min) || (0, import_util.compare)(min, max) <= 0,
          `error: $bucketAuto boundary must be in order.`
        );
        return {
          min,
          max,
          bucket,
          done: index >= size
        };
      };
    }
    function granularityPowerOfTwo(sorted, bucketCount) {
      const size = sorted.length;
      const approxBucketSize = Math.max(1, Math.round(sorted.length / bucketCount));
      const roundUp2 = (n) => n === 0 ? 0 : 2 ** (Math.floor(Math.log2(n)) + 1);
      let index = 0;
      let min = 0;
      let max = 0;
      return () => {
        const bucket = new Array();
        const boundValue = roundUp2(max);
        min = index > 0 ? max : 0;
        while (bucket.length < approxBucketSize && index < size && (max === 0 || sorted[index][0] < boundValue)) {
          bucket.push(sorted[index++][1]);
        }
        max = max == 0 ? roundUp2(sorted[index - 1][0]) : boundValue;
        while (index < size && sorted[index][0] < max) {
          bucket.push(sorted[index++][1]);
        }
        return {
          min,
          max,
          bucket,
          done: index >= size
        };
      };
    }
    var PREFERRED_NUMBERS = {
      // "Least rounded" Renard number series, taken from Wikipedia page on preferred
      // numbers: https://en.wikipedia.org/wiki/Preferred_number#Renard_numbers
      R5: [10, 16, 25, 40, 63],
      R10: [100, 125, 160, 200, 250, 315, 400, 500, 630, 800],
      R20: [
        100,
        112,
        125,
        140,
        160,
        180,
        200,
        224,
        250,
        280,
        315,
        355,
        400,
        450,
        500,
        560,
        630,
        710,
        800,
        900
      ],
      R40: [
        100,
        106,
        112,
        118,
        125,
        132,
        140,
        150,
        160,
        170,
        180,
        190,
        200,
        212,
        224,
        236,
        250,
        265,
        280,
        300,
        315,
        355,
        375,
        400,
        425,
        450,
        475,
        500,
        530,
        560,
        600,
        630,
        670,
        710,
        750,
        800,
        850,
        900,
        950
      ],
      R80: [
        103,
        109,
        115,
        122,
        128,
        136,
        145,
        155,
        165,
        175,
        185,
        195,
        206,
        218,
        230,
        243,
        258,
        272,
        290,
        307,
        325,
        345,
        365,
        387,
        412,
        437,
        462,
        487,
        515,
        545,
        575,
        615,
        650,
        690,
        730,
        775,
        825,
        875,
        925,
        975
      ],
      // https://en.wikipedia.org/wiki/Preferred_number#1-2-5_series
      "1-2-5": [10, 20, 50],
      // E series, taken from Wikipedia page on preferred numbers:
      // https://en.wikipedia.org/wiki/Preferred_number#E_series
      E6: [10, 15, 22, 33, 47, 68],
      E12: [10, 12, 15, 18, 22, 27, 33, 39, 47, 56, 68, 82],
      E24: [
        10,
        11,
        12,
        13,
        15,
        16,
        18,
        20,
        22,
        24,
        27,
        30,
        33,
        36,
        39,
        43,
        47,
        51,
        56,
        62,
        68,
        75,
        82,
        91
      ],
      E48: [
        100,
        105,
        110,
        115,
        121,
        127,
        133,
        140,
        147,
        154,
        162,
        169,
        178,
        187,
        196,
        205,
        215,
        226,
        237,
        249,
        261,
        274,
        287,
        301,
        316,
        332,
        348,
        365,
        383,
        402,
        422,
        442,
        464,
        487,
        511,
        536,
        562,
        590,
        619,
        649,
        681,
        715,
        750,
        787,
        825,
        866,
        909,
        953
      ],
      E96: [
        100,
        102,
        105,
        107,
        110,
        113,
        115,
        118,
        121,
        124,
        127,
        130,
        133,
        137,
        140,
        143,
        147,
        150,
        154,
        158,
        162,
        165,
        169,
        174,
        178,
        182,
        187,
        191,
        196,
        200,
        205,
        210,
        215,
        221,
        226,
        232,
        237,
        243,
        249,
        255,
        261,
        267,
        274,
        280,
        287,
        294,
        301,
        309,
        316,
        324,
        332,
        340,
        348,
        357,
        365,
        374,
        383,
        392,
        402,
        412,
        422,
        432,
        442,
        453,
        464,
        475,
        487,
        499,
        511,
        523,
        536,
        549,
        562,
        576,
        590,
        604,
        619,
        634,
        649,
        665,
        681,
        698,
        715,
        732,
        750,
        768,
        787,
        806,
        825,
        845,
        866,
        887,
        909,
        931,
        953,
        976
      ],
      E192: [
        100,
        101,
        102,
        104,
        105,
        106,
        107,
        109,
        110,
        111,
        113,
        114,
        115,
        117,
        118,
        120,
        121,
        123,
        124,
        126,
        127,
        129,
        130,
        132,
        133,
        135,
        137,
        138,
        140,
        142,
        143,
        145,
        147,
        149,
        150,
        152,
        154,
        156,
        158,
        160,
        162,
        164,
        165,
        167,
        169,
        172,
        174,
        176,
        178,
        180,
        182,
        184,
        187,
        189,
        191,
        193,
        196,
        198,
        200,
        203,
        205,
        208,
        210,
        213,
        215,
        218,
        221,
        223,
        226,
        229,
        232,
        234,
        237,
        240,
        243,
        246,
        249,
        252,
        255,
        258,
        261,
        264,
        267,
        271,
        274,
        277,
        280,
        284,
        287,
        291,
        294,
        298,
        301,
        305,
        309,
        312,
        316,
        320,
        324,
        328,
        332,
        336,
        340,
        344,
        348,
        352,
        357,
        361,
        365,
        370,
        374,
        379,
        383,
        388,
        392,
        397,
        402,
        407,
        412,
        417,
        422,
        427,
        432,
        437,
        442,
        448,
        453,
        459,
        464,
        470,
        475,
        481,
        487,
        493,
        499,
        505,
        511,
        517,
        523,
        530,
        536,
        542,
        549,
        556,
        562,
        569,
        576,
        583,
        590,
        597,
        604,
        612,
        619,
        626,
        634,
        642,
        649,
        657,
        665,
        673,
        681,
        690,
        698,
        706,
        715,
        723,
        732,
        741,
        750,
        759,
        768,
        777,
        787,
        796,
        806,
        816,
        825,
        835,
        845,
        856,
        866,
        876,
        887,
        898,
        909,
        920,
        931,
        942,
        953,
        965,
        976,
        988
      ]
    };
    var roundUp = (n, granularity) => {
      if (n == 0) return 0;
      const series = PREFERRED_NUMBERS[granularity];
      const first = series[0];
      const last = series[series.length - 1];
      let multiplier = 1;
      while (n >= last * multiplier) {
        multiplier *= 10;
      }
      let previousMin = 0;
      while (n < first * multiplier) {
        previousMin = first * multiplier;
        multiplier /= 10;
        if (n >= last * multiplier) {
          return previousMin;
        }
      }
      (0, import_util.assert)(
        n >= first * multiplier && n < last * multiplier,
        "$bucketAuto: number out of range of series."
      );
      const i = (0, import_util.findInsertIndex)(series, n, (a, b) => {
        b *= multiplier;
        if (a < b) return -1;
        if (a > b) return 1;
        return 0;
      });
      const seriesNumber = series[i] * multiplier;
      return n == seriesNumber ? series[i + 1] * multiplier : seriesNumber;
    };
    function granularityPreferredSeries(sorted, bucketCount, granularity) {
      const size = sorted.length;
      const approxBucketSize = Math.max(1, Math.round(sorted.length / bucketCount));
      let index = 0;
      let nBuckets = 0;
      let min = 0;
      let max = 0;
      return () => {
        const isLastBucket = ++nBuckets == bucketCount;
        const bucket = new Array();
        min = index > 0 ? max : 0;
        while (index < size && (isLastBucket || bucket.length < approxBucketSize)) {
          bucket.push(sorted[index++][1]);
        }
        max = roundUp(sorted[index - 1][0], granularity);
        const nItems = bucket.length;
        while (index < size && (isLastBucket || sorted[index][0] < max)) {
          bucket.push(sorted[index++][1]);
        }
        if (nItems != bucket.length) {
          max = roundUp(sorted[index - 1][0], granularity);
        }
        (0, import_util.assert)(min < max, `$bucketAuto: ${min} < ${max}.`);
        return { min, max, bucket, done: index >= size };
      };
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/count.js
var require_count2 = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/count.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var count_exports = {};
    __export(count_exports, {
      $count: () => $count
    });
    module.exports = __toCommonJS(count_exports);
    var import_lazy = require_lazy();
    var import_util = require_util();
    function $count(coll, expr, _options) {
      (0, import_util.assert)(
        (0, import_util.isString)(expr) && expr.trim().length > 0 && !expr.includes(".") && expr[0] !== "$",
        "$count expression must evaluate to valid field name"
      );
      let i = 0;
      return (0, import_lazy.Lazy)(() => {
        if (i++ == 0) return { value: { [expr]: coll.size() }, done: false };
        return { done: true };
      });
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/densify.js
var require_densify = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/densify.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var densify_exports = {};
    __export(densify_exports, {
      $densify: () => $densify
    });
    module.exports = __toCommonJS(densify_exports);
    var import_lazy = require_lazy();
    var import_util = require_util();
    var import_internal = require_internal8();
    var import_dateAdd = require_dateAdd();
    var import_sort = require_sort();
    var OP = "$densify";
    function $densify(coll, expr, options) {
      const { step, bounds, unit } = expr.range;
      if (unit) {
        (0, import_util.assert)(
          import_internal.TIME_UNITS.includes(unit),
          `${OP} 'range.unit' value is not supported.`
        );
        (0, import_util.assert)(
          (0, import_util.isInteger)(step) && step > 0,
          `${OP} 'range.step' must resolve to integer if 'range.unit' is specified.`
        );
      } else {
        (0, import_util.assert)((0, import_util.isNumber)(step), `${OP} 'range.step' must resolve to number.`);
      }
      if ((0, import_util.isArray)(bounds)) {
        (0, import_util.assert)(
          !!bounds && bounds.length === 2,
          `${OP} 'range.bounds' must have exactly two elements.`
        );
        (0, import_util.assert)(
          (bounds.every(import_util.isNumber) || bounds.every(import_util.isDate)) && bounds[0] < bounds[1],
          `${OP} 'range.bounds' must be ordered lower then upper.`
        );
        if (unit) {
          (0, import_util.assert)(
            bounds.every(import_util.isDate),
            `${OP} 'range.bounds' must be dates if 'range.unit' is specified.`
          );
        }
      }
      if (expr.partitionByFields) {
        (0, import_util.assert)(
          (0, import_util.isArray)(expr.partitionByFields),
          `${OP} 'partitionByFields' must resolve to array of strings.`
        );
      }
      const partitionByFields = expr.partitionByFields ?? [];
      coll = (0, import_sort.$sort)(coll, { [expr.field]: 1 }, options);
      const computeNextValue = (value) => {
        return (0, import_util.isNumber)(value) ? value + step : (0, import_dateAdd.$dateAdd)({}, { startDate: value, unit, amount: step }, options);
      };
      const isValidUnit = !!unit && import_internal.TIME_UNITS.includes(unit);
      const getFieldValue = (o) => {
        const v = (0, import_util.resolve)(o, expr.field);
        (0, import_util.assert)(
          (0, import_util.isNil)(v) || (0, import_util.isDate)(v) && isValidUnit || (0, import_util.isNumber)(v) && !isValidUnit,
          `${OP} Densify field type must be numeric with 'unit' unspecified, or a date with 'unit' specified.`
        );
        return v;
      };
      const peekItem = new Array();
      const nilFieldsIterator = (0, import_lazy.Lazy)(() => {
        const item = coll.next();
        const fieldValue = getFieldValue(item.value);
        if ((0, import_util.isNil)(fieldValue)) return item;
        peekItem.push(item);
        return { done: true };
      });
      const nextDensifyValueMap = import_util.HashMap.init();
      const [lower, upper] = (0, import_util.isArray)(bounds) ? bounds : [bounds, bounds];
      let maxFieldValue;
      const updateMaxFieldValue = (value) => {
        maxFieldValue = maxFieldValue === void 0 || maxFieldValue < value ? value : maxFieldValue;
      };
      const rootKey = [];
      const densifyIterator = (0, import_lazy.Lazy)(() => {
        const item = peekItem.pop() || coll.next();
        if (item.done) return item;
        let partitionKey = rootKey;
        if ((0, import_util.isArray)(partitionByFields)) {
          partitionKey = partitionByFields.map(
            (k) => (0, import_util.resolve)(item.value, k)
          );
          (0, import_util.assert)(
            partitionKey.every(import_util.isString),
            "$densify: Partition fields must evaluate to string values."
          );
        }
        (0, import_util.assert)((0, import_util.isObject)(item.value), "$densify: collection must contain documents");
        const itemValue = getFieldValue(item.value);
        if (!nextDensifyValueMap.has(partitionKey)) {
          if (lower == "full") {
            if (!nextDensifyValueMap.has(rootKey)) {
              nextDensifyValueMap.set(rootKey, itemValue);
            }
            nextDensifyValueMap.set(
              partitionKey,
              nextDensifyValueMap.get(rootKey)
            );
          } else if (lower == "partition") {
            nextDensifyValueMap.set(partitionKey, itemValue);
          } else {
            nextDensifyValueMap.set(partitionKey, lower);
          }
        }
        const densifyValue = nextDensifyValueMap.get(partitionKey);
        if (
          // current item field value is lower than current densify value.
          itemValue <= densifyValue || // range value equals or exceeds upper bound
          upper != "full" && upper != "partition" && densifyValue >= upper
        ) {
          if (densifyValue <= itemValue) {
            nextDensifyValueMap.set(partitionKey, computeNextValue(densifyValue));
          }
          updateMaxFieldValue(itemValue);
          return item;
        }
        nextDensifyValueMap.set(partitionKey, computeNextValue(densifyValue));
        updateMaxFieldValue(densifyValue);
        const denseObj = { [expr.field]: densifyValue };
        if (partitionKey) {
          for (let i = 0; i < partitionKey.length; i++) {
            denseObj[partitionByFields[i]] = partitionKey[i];
          }
        }
        peekItem.push(item);
        return { done: false, value: denseObj };
      });
      if (lower !== "full") return (0, import_lazy.concat)(nilFieldsIterator, densifyIterator);
      let paritionIndex = -1;
      let partitionKeysSet;
      const fullBoundsIterator = (0, import_lazy.Lazy)(() => {
        if (paritionIndex === -1) {
          const fullDensifyValue = nextDensifyValueMap.get(rootKey);
          nextDensifyValueMap.delete(rootKey);
          partitionKeysSet = Array.from(nextDensifyValueMap.keys());
          if (partitionKeysSet.length === 0) {
            partitionKeysSet.push(rootKey);
            nextDensifyValueMap.set(rootKey, fullDensifyValue);
          }
          paritionIndex++;
        }
        do {
          const partitionKey = partitionKeysSet[paritionIndex];
          const partitionMaxValue = nextDensifyValueMap.get(partitionKey);
          if (partitionMaxValue < maxFieldValue) {
            nextDensifyValueMap.set(
              partitionKey,
              computeNextValue(partitionMaxValue)
            );
            const denseObj = { [expr.field]: partitionMaxValue };
            for (let i = 0; i < partitionKey.length; i++) {
              denseObj[partitionByFields[i]] = partitionKey[i];
            }
            return { done: false, value: denseObj };
          }
          paritionIndex++;
        } while (paritionIndex < partitionKeysSet.length);
        return { done: true };
      });
      return (0, import_lazy.concat)(nilFieldsIterator, densifyIterator, fullBoundsIterator);
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/facet.js
var require_facet = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/facet.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var facet_exports = {};
    __export(facet_exports, {
      $facet: () => $facet
    });
    module.exports = __toCommonJS(facet_exports);
    var import_aggregator = require_aggregator();
    var import_internal = require_internal2();
    var import_lazy = require_lazy();
    function $facet(coll, expr, options) {
      if (!(options.processingMode & import_internal.ProcessingMode.CLONE_INPUT)) {
        options = {
          ...import_internal.ComputeOptions.init(options).options,
          processingMode: import_internal.ProcessingMode.CLONE_INPUT
        };
      }
      return coll.transform((arr) => {
        const o = {};
        for (const k of Object.keys(expr)) {
          o[k] = new import_aggregator.Aggregator(expr[k], options).run(arr);
        }
        return (0, import_lazy.Lazy)([o]);
      });
    }
  }
});

// node_modules/mingo/cjs/operators/window/_internal.js
var require_internal12 = __commonJS({
  "node_modules/mingo/cjs/operators/window/_internal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      cached: () => cached,
      rank: () => rank,
      withMemo: () => withMemo
    });
    module.exports = __toCommonJS(internal_exports);
    var import_util = require_util();
    var import_push = require_push();
    var memo = /* @__PURE__ */ new WeakMap();
    var cached = (xs) => memo.has(xs);
    function withMemo(collection, expr, initialize, fn) {
      if (!memo.has(collection)) {
        memo.set(collection, {});
      }
      const data = memo.get(collection);
      if (!(expr.field in data)) {
        data[expr.field] = initialize();
      }
      let ok = false;
      try {
        const res = fn(data[expr.field]);
        ok = true;
        return res;
      } finally {
        if (!ok) {
          memo.delete(collection);
        } else if (expr.documentNumber === collection.length) {
          delete data[expr.field];
          if (Object.keys(data).length === 0) memo.delete(collection);
        }
      }
    }
    function rank(_, collection, expr, options, dense) {
      return withMemo(
        collection,
        expr,
        () => {
          const sortKey = "$" + Object.keys(expr.parentExpr.sortBy)[0];
          const values = (0, import_push.$push)(collection, sortKey, options);
          const groups = (0, import_util.groupBy)(
            values,
            ((_2, n) => values[n])
          );
          let i = 0;
          let offset = 0;
          for (const key of groups.keys()) {
            const len = groups.get(key).length;
            groups.set(key, [i++, offset]);
            offset += len;
          }
          return { values, groups };
        },
        ({ values, groups }) => {
          if (groups.size == collection.length) return expr.documentNumber;
          const current = values[expr.documentNumber - 1];
          const [i, n] = groups.get(current);
          return (dense ? i : n) + 1;
        }
      );
    }
  }
});

// node_modules/mingo/cjs/operators/window/linearFill.js
var require_linearFill = __commonJS({
  "node_modules/mingo/cjs/operators/window/linearFill.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var linearFill_exports = {};
    __export(linearFill_exports, {
      $linearFill: () => $linearFill
    });
    module.exports = __toCommonJS(linearFill_exports);
    var import_util = require_util();
    var import_push = require_push();
    var import_internal = require_internal12();
    var interpolate = (x1, y1, x2, y2, x) => y1 + (x - x1) * ((y2 - y1) / (x2 - x1));
    var $linearFill = (_, coll, expr, options) => {
      return (0, import_internal.withMemo)(
        coll,
        expr,
        () => {
          const sortKey = "$" + Object.keys(expr.parentExpr.sortBy)[0];
          const points = (0, import_push.$push)(coll, [sortKey, expr.inputExpr], options).filter((([
            x,
            _2
          ]) => (0, import_util.isNumber)(+x)));
          let lindex = -1;
          let rindex = 0;
          while (rindex < points.length) {
            while (lindex + 1 < points.length && (0, import_util.isNumber)(points[lindex + 1][1])) {
              lindex++;
              rindex = lindex;
            }
            while (rindex + 1 < points.length && !(0, import_util.isNumber)(points[rindex + 1][1])) {
              rindex++;
            }
            if (rindex + 1 >= points.length) break;
            rindex++;
            while (lindex + 1 < rindex) {
              points[lindex + 1][1] = interpolate(
                points[lindex][0],
                points[lindex][1],
                points[rindex][0],
                points[rindex][1],
                points[lindex + 1][0]
              );
              lindex++;
            }
            lindex = rindex;
          }
          return points.map(([_2, y]) => y);
        },
        (values) => values[expr.documentNumber - 1]
      );
    };
  }
});

// node_modules/mingo/cjs/operators/window/locf.js
var require_locf = __commonJS({
  "node_modules/mingo/cjs/operators/window/locf.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var locf_exports = {};
    __export(locf_exports, {
      $locf: () => $locf
    });
    module.exports = __toCommonJS(locf_exports);
    var import_util = require_util();
    var import_push = require_push();
    var import_internal = require_internal12();
    var $locf = (_, coll, expr, options) => {
      return (0, import_internal.withMemo)(
        coll,
        expr,
        () => {
          const values = (0, import_push.$push)(coll, expr.inputExpr, options);
          for (let i = 1; i < values.length; i++) {
            if ((0, import_util.isNil)(values[i])) values[i] = values[i - 1];
          }
          return values;
        },
        (series) => series[expr.documentNumber - 1]
      );
    };
  }
});

// node_modules/mingo/cjs/operators/pipeline/group.js
var require_group = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/group.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var group_exports = {};
    __export(group_exports, {
      $group: () => $group
    });
    module.exports = __toCommonJS(group_exports);
    var import_internal = require_internal2();
    var import_lazy = require_lazy();
    var import_util = require_util();
    var ID_KEY = "_id";
    function $group(coll, expr, options) {
      (0, import_util.assert)((0, import_util.has)(expr, ID_KEY), "$group specification must include an '_id'");
      const idExpr = expr[ID_KEY];
      const copts = import_internal.ComputeOptions.init(options);
      const newFields = Object.keys(expr).filter((k) => k != ID_KEY);
      return coll.transform((items) => {
        const partitions = (0, import_util.groupBy)(items, (obj) => (0, import_internal.evalExpr)(obj, idExpr, options));
        let i = -1;
        const partitionKeys = Array.from(partitions.keys());
        return (0, import_lazy.Lazy)(() => {
          if (++i === partitions.size) return { done: true };
          const groupId = partitionKeys[i];
          const obj = {};
          if (groupId !== void 0) {
            obj[ID_KEY] = groupId;
          }
          for (const key of newFields) {
            obj[key] = (0, import_internal.evalExpr)(
              partitions.get(groupId),
              expr[key],
              copts.update({ root: null, groupId })
            );
          }
          return { value: obj, done: false };
        });
      });
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/setWindowFields.js
var require_setWindowFields = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/setWindowFields.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var setWindowFields_exports = {};
    __export(setWindowFields_exports, {
      $setWindowFields: () => $setWindowFields
    });
    module.exports = __toCommonJS(setWindowFields_exports);
    var import_internal = require_internal2();
    var import_lazy = require_lazy();
    var import_util = require_util();
    var import_function = require_function();
    var import_dateAdd = require_dateAdd();
    var import_addFields = require_addFields();
    var import_group = require_group();
    var import_sort = require_sort();
    var SORT_REQUIRED_OPS = [
      "$denseRank",
      "$documentNumber",
      "$first",
      "$last",
      "$linearFill",
      "$rank",
      "$shift"
    ];
    var WINDOW_UNBOUNDED_OPS = [
      "$denseRank",
      "$expMovingAvg",
      "$linearFill",
      "$locf",
      "$rank",
      "$shift"
    ];
    var isUnbounded = (window) => {
      const boundary = window?.documents || window?.range;
      return !boundary || boundary[0] === "unbounded" && boundary[1] === "unbounded";
    };
    var OP = "$setWindowFields";
    function $setWindowFields(coll, expr, options) {
      options = import_internal.ComputeOptions.init(options);
      options.context.addExpressionOps({ $function: import_function.$function });
      const operators = {};
      const outputFields = Object.keys(expr.output);
      for (const field of outputFields) {
        const outputExpr = expr.output[field];
        const keys = Object.keys(outputExpr);
        const op = keys.find(import_util.isOperator);
        const context = options.context;
        (0, import_util.assert)(
          op && (!!context.getOperator(import_internal.OpType.WINDOW, op) || !!context.getOperator(import_internal.OpType.ACCUMULATOR, op)),
          `${OP} '${op}' is not a valid window operator`
        );
        (0, import_util.assert)(
          keys.length > 0 && keys.length <= 2 && (keys.length == 1 || keys.includes("window")),
          `${OP} 'output' option should have a single window operator.`
        );
        if (outputExpr?.window) {
          const { documents, range } = outputExpr.window;
          (0, import_util.assert)(
            (+!!documents ^ +!!range) === 1,
            "'window' option supports only one of 'documents' or 'range'."
          );
        }
        operators[field] = op;
      }
      if (expr.sortBy) {
        coll = (0, import_sort.$sort)(coll, expr.sortBy, options);
      }
      coll = (0, import_group.$group)(
        coll,
        {
          _id: expr.partitionBy,
          items: { $push: "$$CURRENT" }
        },
        options
      );
      return coll.transform((partitions) => {
        const iterators = [];
        const outputConfig = [];
        for (const field of outputFields) {
          const outputExpr = expr.output[field];
          const op = operators[field];
          const config = {
            operatorName: op,
            func: {
              left: options.context.getOperator(import_internal.OpType.ACCUMULATOR, op),
              right: options.context.getOperator(import_internal.OpType.WINDOW, op)
            },
            args: outputExpr[op],
            field,
            window: outputExpr.window
          };
          const unbounded = isUnbounded(config.window);
          if (unbounded == false || SORT_REQUIRED_OPS.includes(op)) {
            const suffix = unbounded ? `'${op}'` : "bounded window operations";
            (0, import_util.assert)(expr.sortBy, `${OP} 'sortBy' is required for ${suffix}.`);
          }
          (0, import_util.assert)(
            unbounded || !WINDOW_UNBOUNDED_OPS.includes(op),
            `${OP} cannot use bounded window for operator '${op}'.`
          );
          outputConfig.push(config);
        }
        for (const group of partitions) {
          const items = group.items;
          let iterator = (0, import_lazy.Lazy)(items);
          const windowResultMap = {};
          for (const config of outputConfig) {
            const { func, args, field, window } = config;
            const makeResultFunc = (getItemsFn) => {
              let index = -1;
              return (obj) => {
                ++index;
                if (func.left) {
                  return func.left(getItemsFn(obj, index), args, options);
                } else if (func.right) {
                  return func.right(
                    obj,
                    getItemsFn(obj, index),
                    {
                      parentExpr: expr,
                      inputExpr: args,
                      documentNumber: index + 1,
                      field
                    },
                    // must use raw options only since it operates over a collection.
                    options
                  );
                }
              };
            };
            if (window) {
              const { documents, range, unit } = window;
              const boundary = documents || range;
              if (!isUnbounded(window)) {
                const [begin, end] = boundary;
                const toBeginIndex = (currentIndex) => {
                  if (begin == "current") return currentIndex;
                  if (begin == "unbounded") return 0;
                  return Math.max(begin + currentIndex, 0);
                };
                const toEndIndex = (currentIndex) => {
                  if (end == "current") return currentIndex + 1;
                  if (end == "unbounded") return items.length;
                  return end + currentIndex + 1;
                };
                const getItems = (current, index) => {
                  if (!!documents || boundary?.every(import_util.isString)) {
                    return items.slice(toBeginIndex(index), toEndIndex(index));
                  }
                  const sortKey = Object.keys(expr.sortBy)[0];
                  let lower;
                  let upper;
                  if (unit) {
                    const startDate = new Date(current[sortKey]);
                    const getTime = (amount) => {
                      const addExpr = { startDate, unit, amount };
                      const d = (0, import_dateAdd.$dateAdd)(current, addExpr, options);
                      return d.getTime();
                    };
                    lower = (0, import_util.isNumber)(begin) ? getTime(begin) : -Infinity;
                    upper = (0, import_util.isNumber)(end) ? getTime(end) : Infinity;
                  } else {
                    const currentValue = current[sortKey];
                    lower = (0, import_util.isNumber)(begin) ? currentValue + begin : -Infinity;
                    upper = (0, import_util.isNumber)(end) ? currentValue + end : Infinity;
                  }
                  let i = begin == "current" ? index : 0;
                  const sliceEnd = end == "current" ? index + 1 : items.length;
                  const array = new Array();
                  while (i < sliceEnd) {
                    const o = items[i++];
                    const n = +o[sortKey];
                    if (n >= lower && n <= upper) array.push(o);
                  }
                  return array;
                };
                windowResultMap[field] = makeResultFunc(getItems);
              }
            }
            if (!windowResultMap[field]) {
              windowResultMap[field] = makeResultFunc((_) => items);
            }
            iterator = (0, import_addFields.$addFields)(
              iterator,
              {
                [field]: {
                  $function: {
                    body: (obj) => windowResultMap[field](obj),
                    args: ["$$CURRENT"]
                  }
                }
              },
              options
            );
          }
          iterators.push(iterator);
        }
        return (0, import_lazy.concat)(...iterators);
      });
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/fill.js
var require_fill = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/fill.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var fill_exports = {};
    __export(fill_exports, {
      $fill: () => $fill
    });
    module.exports = __toCommonJS(fill_exports);
    var import_util = require_util();
    var import_ifNull = require_ifNull();
    var import_linearFill = require_linearFill();
    var import_locf = require_locf();
    var import_addFields = require_addFields();
    var import_setWindowFields = require_setWindowFields();
    var FILL_METHODS = { locf: "$locf", linear: "$linearFill" };
    function $fill(coll, expr, options) {
      (0, import_util.assert)(!expr.sortBy || (0, import_util.isObject)(expr.sortBy), "sortBy must be an object.");
      (0, import_util.assert)(
        !!expr.sortBy || Object.values(expr.output).every((m) => (0, import_util.has)(m, "value")),
        "sortBy required if any output field specifies a 'method'."
      );
      (0, import_util.assert)(
        !(expr.partitionBy && expr.partitionByFields),
        "specify either partitionBy or partitionByFields."
      );
      (0, import_util.assert)(
        !expr.partitionByFields || expr?.partitionByFields?.every((s) => s[0] !== "$"),
        "fields in partitionByFields cannot begin with '$'."
      );
      options.context.addExpressionOps({ $ifNull: import_ifNull.$ifNull });
      options.context.addWindowOps({ $locf: import_locf.$locf, $linearFill: import_linearFill.$linearFill });
      const partitionExpr = expr.partitionBy || expr?.partitionByFields?.map((s) => "$" + s);
      const valueExpr = {};
      const methodExpr = {};
      for (const k of Object.keys(expr.output)) {
        const m = expr.output[k];
        if ((0, import_util.has)(m, "value")) {
          const out = m;
          valueExpr[k] = { $ifNull: [`$$CURRENT.${k}`, out.value] };
        } else {
          const out = m;
          const fillOp = FILL_METHODS[out.method];
          (0, import_util.assert)(!!fillOp, `invalid fill method '${out.method}'.`);
          methodExpr[k] = { [fillOp]: "$" + k };
        }
      }
      if (Object.keys(methodExpr).length > 0) {
        coll = (0, import_setWindowFields.$setWindowFields)(
          coll,
          {
            sortBy: expr.sortBy || {},
            partitionBy: partitionExpr,
            output: methodExpr
          },
          options
        );
      }
      if (Object.keys(valueExpr).length > 0) {
        coll = (0, import_addFields.$addFields)(coll, valueExpr, options);
      }
      return coll;
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/lookup.js
var require_lookup = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/lookup.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var lookup_exports = {};
    __export(lookup_exports, {
      $lookup: () => $lookup
    });
    module.exports = __toCommonJS(lookup_exports);
    var import_aggregator = require_aggregator();
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_internal2 = require_internal7();
    function $lookup(coll, expr, options) {
      const letExpr = expr.let;
      const { foreignField, localField } = expr;
      let lookupEq = (_) => [true, []];
      let joinColl = (0, import_util.isString)(expr.from) ? (0, import_internal2.resolveCollection)("$lookup", expr.from, options) : expr.from;
      const { documents, pipeline } = (0, import_internal2.filterDocumentsStage)(
        expr.pipeline ?? [],
        options
      );
      (0, import_util.assert)(
        !joinColl !== !documents,
        "$lookup: must specify single join input with `expr.from` or `expr.pipeline`."
      );
      joinColl = joinColl ?? documents;
      (0, import_util.assert)(
        (0, import_util.isArray)(joinColl),
        "$lookup: join collection must resolve to an array."
      );
      if (foreignField && localField) {
        const map = import_util.HashMap.init();
        for (const doc of joinColl) {
          for (const v of (0, import_util.ensureArray)((0, import_util.resolve)(doc, foreignField) ?? null)) {
            const xs = map.get(v);
            const arr = xs ?? [];
            arr.push(doc);
            if (arr !== xs) map.set(v, arr);
          }
        }
        lookupEq = (o) => {
          const local = (0, import_util.resolve)(o, localField) ?? null;
          if ((0, import_util.isArray)(local)) {
            if (pipeline?.length) {
              return [local.some((v) => map.has(v)), []];
            }
            const result2 = Array.from(new Set((0, import_util.flatten)(local.map((v) => map.get(v)))));
            return [result2.length > 0, result2];
          }
          const result = map.get(local) ?? null;
          return [result !== null, result ?? []];
        };
        if (pipeline?.length === 0) {
          return coll.map((obj) => {
            return { ...obj, [expr.as]: lookupEq(obj)[1] };
          });
        }
      }
      const agg = new import_aggregator.Aggregator(pipeline ?? [], options);
      const opts = import_internal.ComputeOptions.init(options);
      return coll.map((obj) => {
        const variables = (0, import_internal.evalExpr)(obj, letExpr, options);
        opts.update({ root: null, variables });
        const [ok, res] = lookupEq(obj);
        return { ...obj, [expr.as]: ok ? agg.run(joinColl, opts) : res };
      });
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/graphLookup.js
var require_graphLookup = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/graphLookup.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var graphLookup_exports = {};
    __export(graphLookup_exports, {
      $graphLookup: () => $graphLookup
    });
    module.exports = __toCommonJS(graphLookup_exports);
    var import_internal = require_internal2();
    var import_lazy = require_lazy();
    var import_query3 = require_query();
    var import_util = require_util();
    var import_internal2 = require_internal7();
    var import_lookup = require_lookup();
    function $graphLookup(coll, expr, options) {
      const fromColl = (0, import_internal2.resolveCollection)("$graphLookup", expr.from, options);
      (0, import_util.assert)(
        (0, import_util.isArray)(fromColl),
        "$graphLookup: expression 'from' must resolve to array"
      );
      const {
        connectFromField,
        connectToField,
        as: asField,
        maxDepth,
        depthField,
        restrictSearchWithMatch: matchExpr
      } = expr;
      const query = new import_query3.Query(matchExpr ?? {}, options);
      return coll.map((obj) => {
        const matchObj = {};
        (0, import_util.setValue)(
          matchObj,
          connectFromField,
          (0, import_internal.evalExpr)(obj, expr.startWith, options)
        );
        let matches = [matchObj];
        let i = -1;
        const map = import_util.HashMap.init();
        do {
          i++;
          matches = (0, import_util.flatten)(
            (0, import_lookup.$lookup)(
              (0, import_lazy.Lazy)(matches),
              {
                from: fromColl,
                localField: connectFromField,
                foreignField: connectToField,
                as: asField
              },
              options
            ).map((o) => o[asField]).collect()
          );
          matches = matches.filter((o) => query.test(o));
          const oldSize = map.size;
          for (const k of matches) map.set(k, map.get(k) ?? i);
          if (oldSize == map.size) break;
        } while ((0, import_util.isNil)(maxDepth) || i < maxDepth);
        const result = new Array(map.size);
        let n = 0;
        for (const [k, v] of map.entries()) {
          result[n++] = Object.assign(depthField ? { [depthField]: v } : {}, k);
        }
        return { ...obj, [asField]: result };
      });
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/match.js
var require_match = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/match.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var match_exports = {};
    __export(match_exports, {
      $match: () => $match
    });
    module.exports = __toCommonJS(match_exports);
    var import_query3 = require_query();
    function $match(coll, expr, options) {
      const q = new import_query3.Query(expr, options);
      return coll.filter((o) => q.test(o));
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/merge.js
var require_merge = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/merge.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var merge_exports = {};
    __export(merge_exports, {
      $merge: () => $merge
    });
    module.exports = __toCommonJS(merge_exports);
    var import_aggregator = require_aggregator();
    var import_internal = require_internal2();
    var import_util = require_util();
    var import_expression = require_expression();
    var import_internal2 = require_internal7();
    function $merge(coll, expr, options) {
      const output = (0, import_internal2.resolveCollection)("$merge", expr.into, options);
      (0, import_util.assert)((0, import_util.isArray)(output), `$merge: expression 'into' must resolve to an array`);
      const onField = expr.on || options.idKey;
      const getHash = (0, import_util.isString)(onField) ? (o) => (0, import_util.hashCode)((0, import_util.resolve)(o, onField)) : (o) => (0, import_util.hashCode)(onField.map((s) => (0, import_util.resolve)(o, s)));
      const map = import_util.HashMap.init();
      for (let i = 0; i < output.length; i++) {
        const obj = output[i];
        const k = getHash(obj);
        (0, import_util.assert)(
          !map.has(k),
          "$merge: 'into' collection must have unique entries for the 'on' field."
        );
        map.set(k, [obj, i]);
      }
      const copts = import_internal.ComputeOptions.init(options);
      return coll.map((o) => {
        const k = getHash(o);
        if (map.has(k)) {
          const [target, i] = map.get(k);
          const variables = (0, import_internal.evalExpr)(
            target,
            expr.let || { new: "$$ROOT" },
            // 'root' is the item from the iteration.
            copts.update({ root: o })
          );
          if ((0, import_util.isArray)(expr.whenMatched)) {
            const aggregator = new import_aggregator.Aggregator(
              expr.whenMatched,
              copts.update({ root: null, variables })
            );
            output[i] = aggregator.run([target])[0];
          } else {
            switch (expr.whenMatched) {
              case "replace":
                output[i] = o;
                break;
              case "fail":
                throw new import_util.MingoError(
                  "$merge: failed due to matching as specified by 'whenMatched' option."
                );
              case "keepExisting":
                break;
              case "merge":
              default:
                output[i] = (0, import_expression.$mergeObjects)(
                  target,
                  [target, o],
                  // 'root' is the item from the iteration.
                  copts.update({ root: o, variables })
                );
                break;
            }
          }
        } else {
          switch (expr.whenNotMatched) {
            case "discard":
              break;
            case "fail":
              throw new import_util.MingoError(
                "$merge: failed due to matching as specified by 'whenMatched' option."
              );
            case "insert":
            default:
              output.push(o);
              break;
          }
        }
        return o;
      });
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/out.js
var require_out = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/out.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var out_exports = {};
    __export(out_exports, {
      $out: () => $out
    });
    module.exports = __toCommonJS(out_exports);
    var import_util = require_util();
    var import_internal = require_internal7();
    function $out(coll, expr, options) {
      const out = (0, import_internal.resolveCollection)("$out", expr, options);
      (0, import_util.assert)((0, import_util.isArray)(out), `$out: expression must resolve to an array`);
      return coll.map((o) => {
        out.push((0, import_util.cloneDeep)(o));
        return o;
      });
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/redact.js
var require_redact = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/redact.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var redact_exports = {};
    __export(redact_exports, {
      $redact: () => $redact
    });
    module.exports = __toCommonJS(redact_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    function $redact(coll, expr, options) {
      const copts = import_internal.ComputeOptions.init(options);
      return coll.map(
        (root) => redact(root, expr, copts.update({ root }))
      );
    }
    function redact(obj, expr, options) {
      const action = (0, import_internal.evalExpr)(obj, expr, options);
      switch (action) {
        case "$$KEEP":
          return obj;
        case "$$PRUNE":
          return void 0;
        case "$$DESCEND": {
          if (!(0, import_util.has)(expr, "$cond")) return obj;
          const output = {};
          for (const key of Object.keys(obj)) {
            const value = obj[key];
            if ((0, import_util.isArray)(value)) {
              const res = new Array();
              for (let elem of value) {
                if ((0, import_util.isObject)(elem)) {
                  elem = redact(elem, expr, options.update({ root: elem }));
                }
                if (!(0, import_util.isNil)(elem)) res.push(elem);
              }
              output[key] = res;
            } else if ((0, import_util.isObject)(value)) {
              const res = redact(
                value,
                expr,
                options.update({ root: value })
              );
              if (!(0, import_util.isNil)(res)) output[key] = res;
            } else {
              output[key] = value;
            }
          }
          return output;
        }
        default:
          return action;
      }
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/replaceRoot.js
var require_replaceRoot = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/replaceRoot.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var replaceRoot_exports = {};
    __export(replaceRoot_exports, {
      $replaceRoot: () => $replaceRoot
    });
    module.exports = __toCommonJS(replaceRoot_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    function $replaceRoot(coll, expr, options) {
      return coll.map((obj) => {
        obj = (0, import_internal.evalExpr)(obj, expr.newRoot, options);
        (0, import_util.assert)((0, import_util.isObject)(obj), "$replaceRoot expression must return an object");
        return obj;
      });
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/replaceWith.js
var require_replaceWith = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/replaceWith.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var replaceWith_exports = {};
    __export(replaceWith_exports, {
      $replaceWith: () => $replaceWith
    });
    module.exports = __toCommonJS(replaceWith_exports);
    var import_internal = require_internal2();
    var import_util = require_util();
    function $replaceWith(coll, expr, options) {
      return coll.map((obj) => {
        obj = (0, import_internal.evalExpr)(obj, expr, options);
        (0, import_util.assert)((0, import_util.isObject)(obj), "$replaceWith expression must return an object");
        return obj;
      });
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/sample.js
var require_sample = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/sample.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var sample_exports = {};
    __export(sample_exports, {
      $sample: () => $sample
    });
    module.exports = __toCommonJS(sample_exports);
    var import_lazy = require_lazy();
    function $sample(coll, expr, _options) {
      return coll.transform((xs) => {
        const len = xs.length;
        let i = -1;
        return (0, import_lazy.Lazy)(() => {
          if (++i === expr.size) return { done: true };
          const n = Math.floor(Math.random() * len);
          return { value: xs[n], done: false };
        });
      });
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/set.js
var require_set2 = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/set.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var set_exports = {};
    __export(set_exports, {
      $set: () => $set
    });
    module.exports = __toCommonJS(set_exports);
    var import_addFields = require_addFields();
    var $set = import_addFields.$addFields;
  }
});

// node_modules/mingo/cjs/operators/pipeline/sortByCount.js
var require_sortByCount = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/sortByCount.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var sortByCount_exports = {};
    __export(sortByCount_exports, {
      $sortByCount: () => $sortByCount
    });
    module.exports = __toCommonJS(sortByCount_exports);
    var import_group = require_group();
    var import_sort = require_sort();
    function $sortByCount(coll, expr, options) {
      return (0, import_sort.$sort)(
        (0, import_group.$group)(coll, { _id: expr, count: { $sum: 1 } }, options),
        { count: -1 },
        options
      );
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/unionWith.js
var require_unionWith = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/unionWith.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var unionWith_exports = {};
    __export(unionWith_exports, {
      $unionWith: () => $unionWith
    });
    module.exports = __toCommonJS(unionWith_exports);
    var import_aggregator = require_aggregator();
    var import_lazy = require_lazy();
    var import_util = require_util();
    var import_internal = require_internal7();
    function $unionWith(collection, expr, options) {
      const { coll: inputColl, pipeline: stages } = (0, import_util.isString)(expr) || (0, import_util.isArray)(expr) ? { coll: expr } : expr;
      const docsFromInput = (0, import_util.isString)(inputColl) ? (0, import_internal.resolveCollection)("$unionWith", inputColl, options) : inputColl;
      const { documents, pipeline } = (0, import_internal.filterDocumentsStage)(stages, options);
      (0, import_util.assert)(
        docsFromInput || documents,
        "$unionWith must specify single collection input with `expr.coll` or `expr.pipeline`."
      );
      const xs = docsFromInput ?? documents;
      return (0, import_lazy.concat)(
        collection,
        pipeline ? new import_aggregator.Aggregator(pipeline, options).stream(xs) : (0, import_lazy.Lazy)(xs)
      );
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/unset.js
var require_unset = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/unset.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var unset_exports = {};
    __export(unset_exports, {
      $unset: () => $unset
    });
    module.exports = __toCommonJS(unset_exports);
    var import_util = require_util();
    var import_project = require_project();
    function $unset(coll, expr, options) {
      expr = (0, import_util.ensureArray)(expr);
      const doc = {};
      for (const k of expr) doc[k] = 0;
      return (0, import_project.$project)(coll, doc, options);
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/unwind.js
var require_unwind = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/unwind.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var unwind_exports = {};
    __export(unwind_exports, {
      $unwind: () => $unwind
    });
    module.exports = __toCommonJS(unwind_exports);
    var import_lazy = require_lazy();
    var import_internal = require_internal();
    function $unwind(coll, expr, _options) {
      if ((0, import_internal.isString)(expr)) expr = { path: expr };
      const path = expr.path;
      const field = path.substring(1);
      const includeArrayIndex = expr?.includeArrayIndex || false;
      const preserveNullAndEmptyArrays = expr.preserveNullAndEmptyArrays || false;
      const format = (o, i) => {
        if (includeArrayIndex !== false) o[includeArrayIndex] = i;
        return o;
      };
      let value;
      return (0, import_lazy.Lazy)(() => {
        for (; ; ) {
          if (value instanceof import_lazy.Iterator) {
            const tmp = value.next();
            if (!tmp.done) return tmp;
          }
          const wrapper = coll.next();
          if (wrapper.done) return wrapper;
          const obj = wrapper.value;
          value = (0, import_internal.resolve)(obj, field);
          if ((0, import_internal.isArray)(value)) {
            if (value.length === 0 && preserveNullAndEmptyArrays === true) {
              value = null;
              (0, import_internal.removeValue)(obj, field);
              return { value: format(obj, null), done: false };
            } else {
              value = (0, import_lazy.Lazy)(value).map(((item, i) => {
                const newObj = (0, import_internal.resolveGraph)(obj, field, {
                  preserveKeys: true
                });
                (0, import_internal.setValue)(newObj, field, item);
                return format(newObj, i);
              }));
            }
          } else if (!(0, import_internal.isEmpty)(value) || preserveNullAndEmptyArrays === true) {
            return { value: format(obj, null), done: false };
          }
        }
      });
    }
  }
});

// node_modules/mingo/cjs/operators/pipeline/index.js
var require_pipeline = __commonJS({
  "node_modules/mingo/cjs/operators/pipeline/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var pipeline_exports = {};
    module.exports = __toCommonJS(pipeline_exports);
    __reExport(pipeline_exports, require_addFields(), module.exports);
    __reExport(pipeline_exports, require_bucket(), module.exports);
    __reExport(pipeline_exports, require_bucketAuto(), module.exports);
    __reExport(pipeline_exports, require_count2(), module.exports);
    __reExport(pipeline_exports, require_densify(), module.exports);
    __reExport(pipeline_exports, require_documents(), module.exports);
    __reExport(pipeline_exports, require_facet(), module.exports);
    __reExport(pipeline_exports, require_fill(), module.exports);
    __reExport(pipeline_exports, require_graphLookup(), module.exports);
    __reExport(pipeline_exports, require_group(), module.exports);
    __reExport(pipeline_exports, require_limit(), module.exports);
    __reExport(pipeline_exports, require_lookup(), module.exports);
    __reExport(pipeline_exports, require_match(), module.exports);
    __reExport(pipeline_exports, require_merge(), module.exports);
    __reExport(pipeline_exports, require_out(), module.exports);
    __reExport(pipeline_exports, require_project(), module.exports);
    __reExport(pipeline_exports, require_redact(), module.exports);
    __reExport(pipeline_exports, require_replaceRoot(), module.exports);
    __reExport(pipeline_exports, require_replaceWith(), module.exports);
    __reExport(pipeline_exports, require_sample(), module.exports);
    __reExport(pipeline_exports, require_set2(), module.exports);
    __reExport(pipeline_exports, require_setWindowFields(), module.exports);
    __reExport(pipeline_exports, require_skip(), module.exports);
    __reExport(pipeline_exports, require_sort(), module.exports);
    __reExport(pipeline_exports, require_sortByCount(), module.exports);
    __reExport(pipeline_exports, require_unionWith(), module.exports);
    __reExport(pipeline_exports, require_unset(), module.exports);
    __reExport(pipeline_exports, require_unwind(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/projection/elemMatch.js
var require_elemMatch = __commonJS({
  "node_modules/mingo/cjs/operators/projection/elemMatch.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var elemMatch_exports = {};
    __export(elemMatch_exports, {
      $elemMatch: () => $elemMatch
    });
    module.exports = __toCommonJS(elemMatch_exports);
    var import_query3 = require_query();
    var import_util = require_util();
    var $elemMatch = (obj, expr, field, options) => {
      const arr = (0, import_util.resolve)(obj, field);
      const query = new import_query3.Query(expr, options);
      if (!(0, import_util.isArray)(arr)) return void 0;
      const result = [];
      for (let i = 0; i < arr.length; i++) {
        if (query.test(arr[i])) {
          if (options.useStrictMode) return [arr[i]];
          result.push(arr[i]);
        }
      }
      return result.length > 0 ? result : void 0;
    };
  }
});

// node_modules/mingo/cjs/operators/projection/slice.js
var require_slice2 = __commonJS({
  "node_modules/mingo/cjs/operators/projection/slice.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var slice_exports = {};
    __export(slice_exports, {
      $slice: () => $slice
    });
    module.exports = __toCommonJS(slice_exports);
    var import_util = require_util();
    var import_slice = require_slice();
    var $slice = (obj, expr, field, options) => {
      const xs = (0, import_util.resolve)(obj, field);
      if (!(0, import_util.isArray)(xs)) return xs;
      return (0, import_slice.$slice)(
        obj,
        (0, import_util.isArray)(expr) ? [xs, ...expr] : [xs, expr],
        options
      );
    };
  }
});

// node_modules/mingo/cjs/operators/projection/index.js
var require_projection = __commonJS({
  "node_modules/mingo/cjs/operators/projection/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var projection_exports = {};
    module.exports = __toCommonJS(projection_exports);
    __reExport(projection_exports, require_elemMatch(), module.exports);
    __reExport(projection_exports, require_slice2(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/query/array/all.js
var require_all = __commonJS({
  "node_modules/mingo/cjs/operators/query/array/all.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var all_exports = {};
    __export(all_exports, {
      $all: () => $all
    });
    module.exports = __toCommonJS(all_exports);
    var import_predicates = require_predicates();
    var $all = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$all);
  }
});

// node_modules/mingo/cjs/operators/query/array/elemMatch.js
var require_elemMatch2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/array/elemMatch.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var elemMatch_exports = {};
    __export(elemMatch_exports, {
      $elemMatch: () => $elemMatch
    });
    module.exports = __toCommonJS(elemMatch_exports);
    var import_predicates = require_predicates();
    var $elemMatch = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$elemMatch);
  }
});

// node_modules/mingo/cjs/operators/query/array/size.js
var require_size2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/array/size.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var size_exports = {};
    __export(size_exports, {
      $size: () => $size
    });
    module.exports = __toCommonJS(size_exports);
    var import_predicates = require_predicates();
    var $size = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$size);
  }
});

// node_modules/mingo/cjs/operators/query/array/index.js
var require_array2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/array/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var array_exports = {};
    module.exports = __toCommonJS(array_exports);
    __reExport(array_exports, require_all(), module.exports);
    __reExport(array_exports, require_elemMatch2(), module.exports);
    __reExport(array_exports, require_size2(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/query/bitwise/_internal.js
var require_internal13 = __commonJS({
  "node_modules/mingo/cjs/operators/query/bitwise/_internal.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      processBitwiseQuery: () => processBitwiseQuery
    });
    module.exports = __toCommonJS(internal_exports);
    var import_util = require_util();
    var import_predicates = require_predicates();
    var processBitwiseQuery = (selector, value, options, predicate) => {
      return (0, import_predicates.processQuery)(
        selector,
        value,
        options,
        (value2, mask, _opts) => {
          let b = 0;
          if ((0, import_util.isArray)(mask)) {
            for (const n of mask) b = b | 1 << n;
          } else {
            b = mask;
          }
          return predicate(value2 & b, b);
        }
      );
    };
  }
});

// node_modules/mingo/cjs/operators/query/bitwise/bitsAllClear.js
var require_bitsAllClear = __commonJS({
  "node_modules/mingo/cjs/operators/query/bitwise/bitsAllClear.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bitsAllClear_exports = {};
    __export(bitsAllClear_exports, {
      $bitsAllClear: () => $bitsAllClear2
    });
    module.exports = __toCommonJS(bitsAllClear_exports);
    var import_internal = require_internal13();
    var $bitsAllClear2 = (selector, value, opts) => (0, import_internal.processBitwiseQuery)(selector, value, opts, (result, _) => result == 0);
  }
});

// node_modules/mingo/cjs/operators/query/bitwise/bitsAllSet.js
var require_bitsAllSet = __commonJS({
  "node_modules/mingo/cjs/operators/query/bitwise/bitsAllSet.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bitsAllSet_exports = {};
    __export(bitsAllSet_exports, {
      $bitsAllSet: () => $bitsAllSet2
    });
    module.exports = __toCommonJS(bitsAllSet_exports);
    var import_internal = require_internal13();
    var $bitsAllSet2 = (selector, value, opts) => (0, import_internal.processBitwiseQuery)(selector, value, opts, (result, mask) => result == mask);
  }
});

// node_modules/mingo/cjs/operators/query/bitwise/bitsAnyClear.js
var require_bitsAnyClear = __commonJS({
  "node_modules/mingo/cjs/operators/query/bitwise/bitsAnyClear.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bitsAnyClear_exports = {};
    __export(bitsAnyClear_exports, {
      $bitsAnyClear: () => $bitsAnyClear2
    });
    module.exports = __toCommonJS(bitsAnyClear_exports);
    var import_internal = require_internal13();
    var $bitsAnyClear2 = (selector, value, opts) => (0, import_internal.processBitwiseQuery)(selector, value, opts, (result, mask) => result < mask);
  }
});

// node_modules/mingo/cjs/operators/query/bitwise/bitsAnySet.js
var require_bitsAnySet = __commonJS({
  "node_modules/mingo/cjs/operators/query/bitwise/bitsAnySet.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bitsAnySet_exports = {};
    __export(bitsAnySet_exports, {
      $bitsAnySet: () => $bitsAnySet2
    });
    module.exports = __toCommonJS(bitsAnySet_exports);
    var import_internal = require_internal13();
    var $bitsAnySet2 = (selector, value, opts) => (0, import_internal.processBitwiseQuery)(selector, value, opts, (result, _) => result > 0);
  }
});

// node_modules/mingo/cjs/operators/query/bitwise/index.js
var require_bitwise2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/bitwise/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bitwise_exports = {};
    __export(bitwise_exports, {
      $bitsAllClear: () => import_bitsAllClear.$bitsAllClear,
      $bitsAllSet: () => import_bitsAllSet.$bitsAllSet,
      $bitsAnyClear: () => import_bitsAnyClear.$bitsAnyClear,
      $bitsAnySet: () => import_bitsAnySet.$bitsAnySet
    });
    module.exports = __toCommonJS(bitwise_exports);
    var import_bitsAllClear = require_bitsAllClear();
    var import_bitsAllSet = require_bitsAllSet();
    var import_bitsAnyClear = require_bitsAnyClear();
    var import_bitsAnySet = require_bitsAnySet();
  }
});

// node_modules/mingo/cjs/operators/query/comparison/eq.js
var require_eq2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/comparison/eq.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var eq_exports = {};
    __export(eq_exports, {
      $eq: () => $eq2
    });
    module.exports = __toCommonJS(eq_exports);
    var import_predicates = require_predicates();
    var $eq2 = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$eq);
  }
});

// node_modules/mingo/cjs/operators/query/comparison/gt.js
var require_gt2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/comparison/gt.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var gt_exports = {};
    __export(gt_exports, {
      $gt: () => $gt2
    });
    module.exports = __toCommonJS(gt_exports);
    var import_predicates = require_predicates();
    var $gt2 = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$gt);
  }
});

// node_modules/mingo/cjs/operators/query/comparison/gte.js
var require_gte2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/comparison/gte.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var gte_exports = {};
    __export(gte_exports, {
      $gte: () => $gte2
    });
    module.exports = __toCommonJS(gte_exports);
    var import_predicates = require_predicates();
    var $gte2 = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$gte);
  }
});

// node_modules/mingo/cjs/operators/query/comparison/in.js
var require_in2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/comparison/in.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var in_exports = {};
    __export(in_exports, {
      $in: () => $in2
    });
    module.exports = __toCommonJS(in_exports);
    var import_predicates = require_predicates();
    var $in2 = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$in);
  }
});

// node_modules/mingo/cjs/operators/query/comparison/lt.js
var require_lt2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/comparison/lt.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var lt_exports = {};
    __export(lt_exports, {
      $lt: () => $lt2
    });
    module.exports = __toCommonJS(lt_exports);
    var import_predicates = require_predicates();
    var $lt2 = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$lt);
  }
});

// node_modules/mingo/cjs/operators/query/comparison/lte.js
var require_lte2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/comparison/lte.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var lte_exports = {};
    __export(lte_exports, {
      $lte: () => $lte2
    });
    module.exports = __toCommonJS(lte_exports);
    var import_predicates = require_predicates();
    var $lte2 = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$lte);
  }
});

// node_modules/mingo/cjs/operators/query/comparison/ne.js
var require_ne2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/comparison/ne.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var ne_exports = {};
    __export(ne_exports, {
      $ne: () => $ne2
    });
    module.exports = __toCommonJS(ne_exports);
    var import_predicates = require_predicates();
    var $ne2 = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$ne);
  }
});

// node_modules/mingo/cjs/operators/query/comparison/nin.js
var require_nin = __commonJS({
  "node_modules/mingo/cjs/operators/query/comparison/nin.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var nin_exports = {};
    __export(nin_exports, {
      $nin: () => $nin2
    });
    module.exports = __toCommonJS(nin_exports);
    var import_predicates = require_predicates();
    var $nin2 = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$nin);
  }
});

// node_modules/mingo/cjs/operators/query/comparison/index.js
var require_comparison2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/comparison/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var comparison_exports = {};
    __export(comparison_exports, {
      $eq: () => import_eq.$eq,
      $gt: () => import_gt.$gt,
      $gte: () => import_gte.$gte,
      $in: () => import_in.$in,
      $lt: () => import_lt.$lt,
      $lte: () => import_lte.$lte,
      $ne: () => import_ne.$ne,
      $nin: () => import_nin.$nin
    });
    module.exports = __toCommonJS(comparison_exports);
    var import_eq = require_eq2();
    var import_gt = require_gt2();
    var import_gte = require_gte2();
    var import_in = require_in2();
    var import_lt = require_lt2();
    var import_lte = require_lte2();
    var import_ne = require_ne2();
    var import_nin = require_nin();
  }
});

// node_modules/mingo/cjs/operators/query/element/exists.js
var require_exists = __commonJS({
  "node_modules/mingo/cjs/operators/query/element/exists.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var exists_exports = {};
    __export(exists_exports, {
      $exists: () => $exists
    });
    module.exports = __toCommonJS(exists_exports);
    var import_internal = require_internal();
    var $exists = (selector, value, _options) => {
      const nested = selector.includes(".");
      const b = !!value;
      if (!nested || selector.match(/\.\d+$/)) {
        return (o) => (0, import_internal.resolve)(o, selector) !== void 0 === b;
      }
      const parentSelector = selector.substring(0, selector.lastIndexOf("."));
      const opts = { preserveIndex: "default" };
      return (o) => {
        const path = (0, import_internal.resolveGraph)(o, selector, opts);
        const val = (0, import_internal.resolve)(path, parentSelector);
        return (0, import_internal.isArray)(val) ? val.some((v) => v !== void 0) === b : val !== void 0 === b;
      };
    };
  }
});

// node_modules/mingo/cjs/operators/query/element/type.js
var require_type3 = __commonJS({
  "node_modules/mingo/cjs/operators/query/element/type.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var type_exports = {};
    __export(type_exports, {
      $type: () => $type
    });
    module.exports = __toCommonJS(type_exports);
    var import_predicates = require_predicates();
    var $type = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$type);
  }
});

// node_modules/mingo/cjs/operators/query/element/index.js
var require_element = __commonJS({
  "node_modules/mingo/cjs/operators/query/element/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var element_exports = {};
    module.exports = __toCommonJS(element_exports);
    __reExport(element_exports, require_exists(), module.exports);
    __reExport(element_exports, require_type3(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/query/evaluation/expr.js
var require_expr = __commonJS({
  "node_modules/mingo/cjs/operators/query/evaluation/expr.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var expr_exports = {};
    __export(expr_exports, {
      $expr: () => $expr
    });
    module.exports = __toCommonJS(expr_exports);
    var import_internal = require_internal2();
    var import_internal2 = require_internal();
    function $expr(_, expr, options) {
      return (obj) => (0, import_internal2.truthy)((0, import_internal.evalExpr)(obj, expr, options), options.useStrictMode);
    }
  }
});

// node_modules/mingo/cjs/operators/query/evaluation/jsonSchema.js
var require_jsonSchema = __commonJS({
  "node_modules/mingo/cjs/operators/query/evaluation/jsonSchema.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var jsonSchema_exports = {};
    __export(jsonSchema_exports, {
      $jsonSchema: () => $jsonSchema
    });
    module.exports = __toCommonJS(jsonSchema_exports);
    var import_util = require_util();
    function $jsonSchema(_, schema, options) {
      (0, import_util.assert)(
        !!options?.jsonSchemaValidator,
        "$jsonSchema requires 'jsonSchemaValidator' option to be defined."
      );
      const validate = options.jsonSchemaValidator(schema);
      return (obj) => validate(obj);
    }
  }
});

// node_modules/mingo/cjs/operators/query/evaluation/mod.js
var require_mod2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/evaluation/mod.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var mod_exports = {};
    __export(mod_exports, {
      $mod: () => $mod
    });
    module.exports = __toCommonJS(mod_exports);
    var import_predicates = require_predicates();
    var $mod = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$mod);
  }
});

// node_modules/mingo/cjs/operators/query/evaluation/regex.js
var require_regex = __commonJS({
  "node_modules/mingo/cjs/operators/query/evaluation/regex.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var regex_exports = {};
    __export(regex_exports, {
      $regex: () => $regex
    });
    module.exports = __toCommonJS(regex_exports);
    var import_predicates = require_predicates();
    var $regex = (selector, value, options) => (0, import_predicates.processQuery)(selector, value, options, import_predicates.$regex);
  }
});

// node_modules/mingo/cjs/operators/query/evaluation/where.js
var require_where = __commonJS({
  "node_modules/mingo/cjs/operators/query/evaluation/where.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var where_exports = {};
    __export(where_exports, {
      $where: () => $where
    });
    module.exports = __toCommonJS(where_exports);
    var import_internal = require_internal();
    function $where(_, rhs, opts) {
      (0, import_internal.assert)(
        opts.scriptEnabled,
        "$where requires 'scriptEnabled' option to be true"
      );
      const f = rhs;
      (0, import_internal.assert)((0, import_internal.isFunction)(f), "$where only accepts a Function objects");
      return (obj) => (0, import_internal.truthy)(f.call(obj), opts?.useStrictMode);
    }
  }
});

// node_modules/mingo/cjs/operators/query/evaluation/index.js
var require_evaluation = __commonJS({
  "node_modules/mingo/cjs/operators/query/evaluation/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var evaluation_exports = {};
    module.exports = __toCommonJS(evaluation_exports);
    __reExport(evaluation_exports, require_expr(), module.exports);
    __reExport(evaluation_exports, require_jsonSchema(), module.exports);
    __reExport(evaluation_exports, require_mod2(), module.exports);
    __reExport(evaluation_exports, require_regex(), module.exports);
    __reExport(evaluation_exports, require_where(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/query/logical/and.js
var require_and2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/logical/and.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var and_exports = {};
    __export(and_exports, {
      $and: () => $and
    });
    module.exports = __toCommonJS(and_exports);
    var import_query3 = require_query();
    var import_util = require_util();
    var $and = (_, rhs, options) => {
      (0, import_util.assert)((0, import_util.isArray)(rhs), "$and expects value to be an Array.");
      const queries = rhs.map((expr) => new import_query3.Query(expr, options));
      return (obj) => queries.every((q) => q.test(obj));
    };
  }
});

// node_modules/mingo/cjs/operators/query/logical/or.js
var require_or2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/logical/or.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var or_exports = {};
    __export(or_exports, {
      $or: () => $or
    });
    module.exports = __toCommonJS(or_exports);
    var import_query3 = require_query();
    var import_util = require_util();
    function $or(_, rhs, options) {
      (0, import_util.assert)((0, import_util.isArray)(rhs), "Invalid expression. $or expects value to be an Array");
      const queries = rhs.map((expr) => new import_query3.Query(expr, options));
      return (obj) => queries.some((q) => q.test(obj));
    }
  }
});

// node_modules/mingo/cjs/operators/query/logical/nor.js
var require_nor = __commonJS({
  "node_modules/mingo/cjs/operators/query/logical/nor.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var nor_exports = {};
    __export(nor_exports, {
      $nor: () => $nor
    });
    module.exports = __toCommonJS(nor_exports);
    var import_util = require_util();
    var import_or = require_or2();
    function $nor(_, rhs, options) {
      (0, import_util.assert)(
        (0, import_util.isArray)(rhs),
        "Invalid expression. $nor expects value to be an array."
      );
      const f = (0, import_or.$or)("$or", rhs, options);
      return (obj) => !f(obj);
    }
  }
});

// node_modules/mingo/cjs/operators/query/logical/not.js
var require_not2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/logical/not.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var not_exports = {};
    __export(not_exports, {
      $not: () => $not
    });
    module.exports = __toCommonJS(not_exports);
    var import_query3 = require_query();
    var import_util = require_util();
    function $not(selector, rhs, options) {
      const criteria = {};
      criteria[selector] = (0, import_util.normalize)(rhs);
      const query = new import_query3.Query(criteria, options);
      return (obj) => !query.test(obj);
    }
  }
});

// node_modules/mingo/cjs/operators/query/logical/index.js
var require_logical = __commonJS({
  "node_modules/mingo/cjs/operators/query/logical/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var logical_exports = {};
    module.exports = __toCommonJS(logical_exports);
    __reExport(logical_exports, require_and2(), module.exports);
    __reExport(logical_exports, require_nor(), module.exports);
    __reExport(logical_exports, require_not2(), module.exports);
    __reExport(logical_exports, require_or2(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/query/index.js
var require_query2 = __commonJS({
  "node_modules/mingo/cjs/operators/query/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var query_exports = {};
    module.exports = __toCommonJS(query_exports);
    __reExport(query_exports, require_array2(), module.exports);
    __reExport(query_exports, require_bitwise2(), module.exports);
    __reExport(query_exports, require_comparison2(), module.exports);
    __reExport(query_exports, require_element(), module.exports);
    __reExport(query_exports, require_evaluation(), module.exports);
    __reExport(query_exports, require_logical(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/window/denseRank.js
var require_denseRank = __commonJS({
  "node_modules/mingo/cjs/operators/window/denseRank.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var denseRank_exports = {};
    __export(denseRank_exports, {
      $denseRank: () => $denseRank
    });
    module.exports = __toCommonJS(denseRank_exports);
    var import_internal = require_internal12();
    var $denseRank = (obj, coll, expr, options) => (0, import_internal.rank)(
      obj,
      coll,
      expr,
      options,
      true
      /*dense*/
    );
  }
});

// node_modules/mingo/cjs/operators/window/derivative.js
var require_derivative = __commonJS({
  "node_modules/mingo/cjs/operators/window/derivative.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var derivative_exports = {};
    __export(derivative_exports, {
      $derivative: () => $derivative
    });
    module.exports = __toCommonJS(derivative_exports);
    var import_util = require_util();
    var import_push = require_push();
    var import_internal = require_internal8();
    var $derivative = (_, coll, expr, options) => {
      if (coll.length < 2) return null;
      const { input, unit } = expr.inputExpr;
      const sortKey = "$" + Object.keys(expr.parentExpr.sortBy)[0];
      const values = [coll[0], coll[coll.length - 1]];
      const points = (0, import_push.$push)(values, [sortKey, input], options).filter(
        (([x, y]) => (0, import_util.isNumber)(+x) && (0, import_util.isNumber)(+y))
      );
      (0, import_util.assert)(points.length === 2, "$derivative arguments must resolve to numeric");
      const [[x1, y1], [x2, y2]] = points;
      const deltaX = (x2 - x1) / import_internal.TIMEUNIT_IN_MILLIS[unit ?? "millisecond"];
      return (y2 - y1) / deltaX;
    };
  }
});

// node_modules/mingo/cjs/operators/window/documentNumber.js
var require_documentNumber = __commonJS({
  "node_modules/mingo/cjs/operators/window/documentNumber.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var documentNumber_exports = {};
    __export(documentNumber_exports, {
      $documentNumber: () => $documentNumber
    });
    module.exports = __toCommonJS(documentNumber_exports);
    var $documentNumber = (_obj, _coll, expr, _options) => expr.documentNumber;
  }
});

// node_modules/mingo/cjs/operators/window/expMovingAvg.js
var require_expMovingAvg = __commonJS({
  "node_modules/mingo/cjs/operators/window/expMovingAvg.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var expMovingAvg_exports = {};
    __export(expMovingAvg_exports, {
      $expMovingAvg: () => $expMovingAvg
    });
    module.exports = __toCommonJS(expMovingAvg_exports);
    var import_util = require_util();
    var import_push = require_push();
    var import_internal = require_internal12();
    var $expMovingAvg = (_, coll, expr, options) => {
      const { input, N, alpha } = expr.inputExpr;
      (0, import_util.assert)(
        !(N && alpha),
        `$expMovingAvg: must provide either 'N' or 'alpha' field.`
      );
      (0, import_util.assert)(
        !N || (0, import_util.isNumber)(N) && N > 0,
        `$expMovingAvg: 'N' must be greater than zero. Got ${N}.`
      );
      (0, import_util.assert)(
        !alpha || (0, import_util.isNumber)(alpha) && alpha > 0 && alpha < 1,
        `$expMovingAvg: 'alpha' must be between 0 and 1 (exclusive), found alpha: ${alpha}`
      );
      return (0, import_internal.withMemo)(
        coll,
        expr,
        () => {
          const weight = N != void 0 ? 2 / (N + 1) : alpha;
          const values = (0, import_push.$push)(coll, input, options);
          for (let i = 0; i < values.length; i++) {
            if (i === 0) {
              if (!(0, import_util.isNumber)(values[i])) values[i] = null;
              continue;
            }
            if (!(0, import_util.isNumber)(values[i])) {
              values[i] = values[i - 1];
              continue;
            }
            if (!(0, import_util.isNumber)(values[i - 1])) continue;
            values[i] = values[i] * weight + values[i - 1] * (1 - weight);
          }
          return values;
        },
        (series) => series[expr.documentNumber - 1]
      );
    };
  }
});

// node_modules/mingo/cjs/operators/window/integral.js
var require_integral = __commonJS({
  "node_modules/mingo/cjs/operators/window/integral.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var integral_exports = {};
    __export(integral_exports, {
      $integral: () => $integral
    });
    module.exports = __toCommonJS(integral_exports);
    var import_util = require_util();
    var import_push = require_push();
    var import_internal = require_internal8();
    var $integral = (_, coll, expr, options) => {
      const { input, unit } = expr.inputExpr;
      const sortKey = "$" + Object.keys(expr.parentExpr.sortBy)[0];
      const points = (0, import_push.$push)(coll, [sortKey, input], options).filter(
        (([x, y]) => (0, import_util.isNumber)(+x) && (0, import_util.isNumber)(+y))
      );
      const size = points.length;
      (0, import_util.assert)(coll.length === size, "$integral expects an array of numeric values");
      let result = 0;
      for (let k = 1; k < size; k++) {
        const [x1, y1] = points[k - 1];
        const [x2, y2] = points[k];
        const deltaX = (x2 - x1) / import_internal.TIMEUNIT_IN_MILLIS[unit ?? "millisecond"];
        result += 0.5 * (y1 + y2) * deltaX;
      }
      return result;
    };
  }
});

// node_modules/mingo/cjs/operators/window/minMaxScaler.js
var require_minMaxScaler = __commonJS({
  "node_modules/mingo/cjs/operators/window/minMaxScaler.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var minMaxScaler_exports = {};
    __export(minMaxScaler_exports, {
      $minMaxScaler: () => $minMaxScaler
    });
    module.exports = __toCommonJS(minMaxScaler_exports);
    var import_util = require_util();
    var import_push = require_push();
    var import_internal = require_internal12();
    var $minMaxScaler = (_, coll, expr, options) => {
      return (0, import_internal.withMemo)(
        coll,
        expr,
        () => {
          const args = expr.inputExpr;
          const min = args.min || 0;
          const max = args.max || 1;
          const nums = (0, import_push.$push)(
            coll,
            args.input || expr.inputExpr,
            options
          );
          (0, import_util.assert)(
            (0, import_util.isArray)(nums) && nums.length > 0 && nums.every(import_util.isNumber),
            "$minMaxScaler: input must be a numeric array"
          );
          let rmin = nums[0];
          let rmax = nums[0];
          for (const n of nums) {
            if (n < rmin) rmin = n;
            else if (n > rmax) rmax = n;
          }
          const scale = max - min;
          const range = rmax - rmin;
          (0, import_util.assert)(range !== 0, "$minMaxScaler: input range must not be zero");
          return {
            min,
            scale,
            rmin,
            range,
            nums
          };
        },
        (data) => {
          const { min, rmin, scale, range, nums } = data;
          return (nums[expr.documentNumber - 1] - rmin) / range * scale + min;
        }
      );
    };
  }
});

// node_modules/mingo/cjs/operators/window/rank.js
var require_rank = __commonJS({
  "node_modules/mingo/cjs/operators/window/rank.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var rank_exports = {};
    __export(rank_exports, {
      $rank: () => $rank
    });
    module.exports = __toCommonJS(rank_exports);
    var import_internal = require_internal12();
    var $rank = (obj, coll, expr, options) => (0, import_internal.rank)(
      obj,
      coll,
      expr,
      options,
      false
      /*dense*/
    );
  }
});

// node_modules/mingo/cjs/operators/window/shift.js
var require_shift = __commonJS({
  "node_modules/mingo/cjs/operators/window/shift.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var shift_exports = {};
    __export(shift_exports, {
      $shift: () => $shift
    });
    module.exports = __toCommonJS(shift_exports);
    var import_internal = require_internal2();
    var $shift = (obj, coll, expr, options) => {
      const input = expr.inputExpr;
      const shiftedIndex = expr.documentNumber - 1 + input.by;
      if (shiftedIndex < 0 || shiftedIndex > coll.length - 1) {
        return (0, import_internal.evalExpr)(obj, input.default, options) ?? null;
      }
      return (0, import_internal.evalExpr)(coll[shiftedIndex], input.output, options);
    };
  }
});

// node_modules/mingo/cjs/operators/window/index.js
var require_window = __commonJS({
  "node_modules/mingo/cjs/operators/window/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var window_exports = {};
    module.exports = __toCommonJS(window_exports);
    __reExport(window_exports, require_denseRank(), module.exports);
    __reExport(window_exports, require_derivative(), module.exports);
    __reExport(window_exports, require_documentNumber(), module.exports);
    __reExport(window_exports, require_expMovingAvg(), module.exports);
    __reExport(window_exports, require_integral(), module.exports);
    __reExport(window_exports, require_linearFill(), module.exports);
    __reExport(window_exports, require_locf(), module.exports);
    __reExport(window_exports, require_minMaxScaler(), module.exports);
    __reExport(window_exports, require_rank(), module.exports);
    __reExport(window_exports, require_shift(), module.exports);
  }
});

// node_modules/mingo/cjs/operators/update/_internal.js
var require_internal14 = __commonJS({
  "node_modules/mingo/cjs/operators/update/_internal.js"(exports, module) {
    var __create2 = Object.create;
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __getProtoOf2 = Object.getPrototypeOf;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toESM2 = (mod, isNodeMode, target) => (target = mod != null ? __create2(__getProtoOf2(mod)) : {}, __copyProps2(
      // If the importer is in node compatibility mode or this is not an ESM
      // file that has been converted to a CommonJS file using a Babel-
      // compatible transform (i.e. "__esModule" has not been set), then set
      // "default" to the CommonJS "module.exports" for node compatibility.
      isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", { value: mod, enumerable: true }) : target,
      mod
    ));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var internal_exports = {};
    __export(internal_exports, {
      DEFAULT_OPTIONS: () => DEFAULT_OPTIONS,
      applyUpdate: () => applyUpdate,
      buildParams: () => buildParams,
      clone: () => clone,
      walkExpression: () => walkExpression
    });
    module.exports = __toCommonJS(internal_exports);
    var import_internal = require_internal2();
    var booleanOperators = __toESM2(require_boolean());
    var comparisonOperators = __toESM2(require_comparison());
    var queryOperators = __toESM2(require_query2());
    var import_query3 = require_query();
    var import_internal2 = require_internal();
    var DEFAULT_OPTIONS = import_internal.ComputeOptions.init({
      context: import_internal.Context.init().addQueryOps(queryOperators).addExpressionOps(booleanOperators).addExpressionOps(comparisonOperators)
    }).update({ updateConfig: { cloneMode: "copy" } });
    var clone = (val, opts) => {
      const mode = opts?.local?.updateConfig?.cloneMode;
      switch (mode) {
        case "deep":
          return (0, import_internal2.cloneDeep)(val);
        case "copy": {
          if ((0, import_internal2.isDate)(val)) return new Date(val);
          if ((0, import_internal2.isArray)(val)) return val.slice();
          if ((0, import_internal2.isObject)(val)) return Object.assign({}, val);
          if ((0, import_internal2.isRegExp)(val)) return new RegExp(val);
          return val;
        }
      }
      return val;
    };
    var FIRST_ONLY = "$";
    var ARRAY_WIDE = "$[]";
    var applyUpdate = (o, n, q, f, opts) => {
      const { selector, position: c, next } = n;
      if (!c) {
        let b = false;
        const g = (u, k) => b = Boolean(f(u, k)) || b;
        (0, import_internal2.walk)(o, selector, g, opts);
        return b;
      }
      const arr = (0, import_internal2.resolve)(o, selector);
      if (!(0, import_internal2.isArray)(arr) || !arr.length) return false;
      if (c === FIRST_ONLY) {
        const i = arr.findIndex((e) => q[selector].test({ [selector]: [e] }));
        (0, import_internal2.assert)(i > -1, "BUG: positional operator found no match for " + selector);
        return next ? applyUpdate(arr[i], next, q, f, opts) : f(arr, i);
      }
      let status = false;
      for (let i = 0; i < arr.length; i++) {
        const e = arr[i];
        if (c !== ARRAY_WIDE && q[c] && !q[c].test({ [c]: [e] })) continue;
        status = next ? applyUpdate(e, next, q, f, opts) || status : f(arr, i) || status;
      }
      return status;
    };
    var ERR_MISSING_FIELD = "You must include the array field for '.$' as part of the query document.";
    var ERR_IMMUTABLE_FIELD = (path, idKey) => `Performing an update on the path '${path}' would modify the immutable field '${idKey}'.`;
    function walkExpression(expr, arrayFilters, options, callback) {
      const opts = options;
      const params = opts.local.updateParams ?? buildParams([expr], arrayFilters, opts);
      const modified = [];
      for (const key of Object.keys(expr)) {
        const { node, queries } = params[key];
        if (callback(expr[key], node, queries)) modified.push(node.selector);
      }
      return modified.sort();
    }
    function buildParams(exprList, arrayFilters, options) {
      const params = {};
      arrayFilters ||= [];
      const filterIndexMap = arrayFilters.reduce(
        (res, filter) => {
          for (const k of Object.keys(filter)) {
            const parent = k.substring(0, k.indexOf(".")) || k;
            if (res[parent]) {
              res[parent][k] = filter[k];
            } else {
              res[parent] = { [k]: filter[k] };
            }
          }
          return res;
        },
        {}
      );
      let { condition } = options.local;
      condition = condition ?? {};
      const queryKeys = Object.keys(condition);
      const conflictDetector = new import_internal2.PathValidator();
      for (const expr of exprList) {
        for (const selector of Object.keys(expr)) {
          (0, import_internal2.assertNoProto)(selector);
          (0, import_internal2.assert)(
            !selector.startsWith("$"),
            `Dollar ($) prefixed field paths is not allowed in update operations: '${selector}'.`
          );
          const identifiers = [];
          const node = selector.includes("$") ? { selector: "" } : { selector };
          if (!node.selector) {
            selector.split(".").reduce((n, v) => {
              if (v === FIRST_ONLY || v === ARRAY_WIDE) {
                n.position = v;
              } else if (v.startsWith("$[") && v.endsWith("]")) {
                const id = v.slice(2, -1);
                (0, import_internal2.assert)(
                  /^[a-z]+\w*$/.test(id),
                  `The filter <identifier> must begin with a lowercase letter and contain only alphanumeric characters. '${v}' is invalid.`
                );
                identifiers.push(id);
                n.position = id;
              } else if (!n.selector) {
                n.selector = v;
              } else if (!n.position) {
                n.selector += "." + v;
              } else {
                n.next = { selector: v };
                return n.next;
              }
              return n;
            }, node);
          }
          const queries = {};
          if (identifiers.length) {
            const filters = {};
            for (const v of identifiers) filters[v] = filterIndexMap[v];
            for (const k of Object.keys(filters)) {
              queries[k] = new import_query3.Query(filters[k], options);
            }
          }
          if (node.position === FIRST_ONLY) {
            const field = node.selector;
            (0, import_internal2.assert)(queryKeys && queryKeys.length, ERR_MISSING_FIELD);
            const matches = queryKeys.filter(
              (k2) => k2 === field || k2.startsWith(field + ".")
            );
            (0, import_internal2.assert)(matches.length === 1, ERR_MISSING_FIELD);
            const k = matches[0];
            queries[field] = new import_query3.Query({ [k]: condition[k] }, options);
          }
          const idKey = options.idKey;
          (0, import_internal2.assert)(
            node.selector !== idKey && !node.selector.startsWith(`${idKey}.`),
            ERR_IMMUTABLE_FIELD(node.selector, idKey)
          );
          (0, import_internal2.assert)(
            conflictDetector.add(node.selector),
            `updating the path '${node.selector}' would create a conflict at '${node.selector}'`
          );
          params[selector] = { node, queries };
        }
      }
      return params;
    }
  }
});

// node_modules/mingo/cjs/operators/update/addToSet.js
var require_addToSet2 = __commonJS({
  "node_modules/mingo/cjs/operators/update/addToSet.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var addToSet_exports = {};
    __export(addToSet_exports, {
      $addToSet: () => $addToSet
    });
    module.exports = __toCommonJS(addToSet_exports);
    var import_util = require_util();
    var import_internal = require_internal14();
    function $addToSet(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      for (const valueSpec of Object.values(expr)) {
        (0, import_util.assert)(
          !((0, import_util.isObject)(valueSpec) && (0, import_util.has)(valueSpec, "$each")) || (0, import_util.isArray)(valueSpec.$each),
          `The argument to $each in $addToSet must be an array.`
        );
      }
      return (obj) => {
        return (0, import_internal.walkExpression)(expr, arrayFilters, options, (val, node, queries) => {
          const args = { $each: [val] };
          if ((0, import_util.isObject)(val) && (0, import_util.has)(val, "$each")) {
            Object.assign(args, val);
          }
          return (0, import_internal.applyUpdate)(
            obj,
            node,
            queries,
            (o, k) => {
              const prev = o[k];
              if ((0, import_util.isArray)(prev)) {
                const set = (0, import_util.unique)(prev.concat(args.$each));
                if (set.length === prev.length) return false;
                o[k] = (0, import_internal.clone)(set, options);
              } else if (prev === void 0) {
                o[k] = (0, import_internal.clone)(args.$each, options);
              } else {
                return false;
              }
              return true;
            },
            { buildGraph: true }
          );
        });
      };
    }
  }
});

// node_modules/mingo/cjs/operators/update/bit.js
var require_bit = __commonJS({
  "node_modules/mingo/cjs/operators/update/bit.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var bit_exports = {};
    __export(bit_exports, {
      $bit: () => $bit
    });
    module.exports = __toCommonJS(bit_exports);
    var import_util = require_util();
    var import_internal = require_internal14();
    var BIT_OPS = ["and", "or", "xor"];
    function $bit(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      for (const vals of Object.values(expr)) {
        (0, import_util.assert)((0, import_util.isObject)(vals), `$bit operator expression must be an object.`);
        const op = Object.keys(vals);
        (0, import_util.assert)(
          op.length === 1 && BIT_OPS.includes(op[0]),
          `$bit spec is invalid '${op[0]}'. Must be one of 'and', 'or', or 'xor'.`
        );
        (0, import_util.assert)(
          (0, import_util.isInteger)(vals[op[0]]),
          `$bit expression value must be an integer. Got ${(0, import_util.typeOf)(vals[op[0]])}`
        );
      }
      return (obj) => {
        return (0, import_internal.walkExpression)(
          expr,
          arrayFilters,
          options,
          (val, node, queries) => {
            const op = Object.keys(val);
            return (0, import_internal.applyUpdate)(
              obj,
              node,
              queries,
              (o, k) => {
                let n = o[k];
                const v = val[op[0]];
                const missing = n === void 0;
                if (!missing && !(0, import_util.isInteger)(n)) return false;
                n = n || 0;
                switch (op[0]) {
                  case "and":
                    return (o[k] = n & v) !== n || missing;
                  case "or":
                    return (o[k] = n | v) !== n || missing;
                  case "xor":
                    return (o[k] = n ^ v) !== n || missing;
                }
              },
              { buildGraph: true }
            );
          }
        );
      };
    }
  }
});

// node_modules/mingo/cjs/operators/update/currentDate.js
var require_currentDate = __commonJS({
  "node_modules/mingo/cjs/operators/update/currentDate.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var currentDate_exports = {};
    __export(currentDate_exports, {
      $currentDate: () => $currentDate
    });
    module.exports = __toCommonJS(currentDate_exports);
    var import_util = require_util();
    var import_internal = require_internal14();
    function $currentDate(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      for (const dateSpec of Object.values(expr)) {
        (0, import_util.assert)(
          dateSpec === true || (0, import_util.isObject)(dateSpec) && (dateSpec.$type === "date" || dateSpec.$type === "timestamp"),
          `Invalid type for $currentDate. Please use a boolean ('true') or a $type expression ({$type: 'timestamp/date'}).`
        );
      }
      return (obj) => {
        return (0, import_internal.walkExpression)(
          expr,
          arrayFilters,
          options,
          (val, node, queries) => {
            return (0, import_internal.applyUpdate)(
              obj,
              node,
              queries,
              (o, k) => {
                o[k] = val === true || val.$type === "date" ? options.now : options.now.getTime();
                return true;
              },
              { buildGraph: true }
            );
          }
        );
      };
    }
  }
});

// node_modules/mingo/cjs/operators/update/inc.js
var require_inc = __commonJS({
  "node_modules/mingo/cjs/operators/update/inc.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var inc_exports = {};
    __export(inc_exports, {
      $inc: () => $inc
    });
    module.exports = __toCommonJS(inc_exports);
    var import_util = require_util();
    var import_internal = require_internal14();
    function $inc(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      for (const amount of Object.values(expr)) {
        (0, import_util.assert)((0, import_util.isNumber)(amount), `Cannot increment with non-numeric argument.`);
      }
      return (obj) => {
        return (0, import_internal.walkExpression)(
          expr,
          arrayFilters,
          options,
          (val, node, queries) => {
            return (0, import_internal.applyUpdate)(
              obj,
              node,
              queries,
              (o, k) => {
                if ((0, import_util.isNumber)(o[k]) || o[k] === void 0) {
                  const previous = o[k];
                  o[k] ||= 0;
                  o[k] += val;
                  return o[k] !== previous;
                }
                return false;
              },
              { buildGraph: true }
            );
          }
        );
      };
    }
  }
});

// node_modules/mingo/cjs/operators/update/max.js
var require_max2 = __commonJS({
  "node_modules/mingo/cjs/operators/update/max.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var max_exports = {};
    __export(max_exports, {
      $max: () => $max
    });
    module.exports = __toCommonJS(max_exports);
    var import_util = require_util();
    var import_internal = require_internal14();
    function $max(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      return (obj) => {
        return (0, import_internal.walkExpression)(expr, arrayFilters, options, (val, node, queries) => {
          return (0, import_internal.applyUpdate)(
            obj,
            node,
            queries,
            (o, k) => {
              if ((0, import_util.compare)(o[k], val) > -1) return false;
              o[k] = val;
              return true;
            },
            { buildGraph: true }
          );
        });
      };
    }
  }
});

// node_modules/mingo/cjs/operators/update/min.js
var require_min2 = __commonJS({
  "node_modules/mingo/cjs/operators/update/min.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var min_exports = {};
    __export(min_exports, {
      $min: () => $min
    });
    module.exports = __toCommonJS(min_exports);
    var import_util = require_util();
    var import_internal = require_internal14();
    function $min(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      return (obj) => {
        return (0, import_internal.walkExpression)(expr, arrayFilters, options, (val, node, queries) => {
          return (0, import_internal.applyUpdate)(
            obj,
            node,
            queries,
            (o, k) => {
              if (o[k] !== void 0 && (0, import_util.compare)(o[k], val) < 1) return false;
              o[k] = val;
              return true;
            },
            { buildGraph: true }
          );
        });
      };
    }
  }
});

// node_modules/mingo/cjs/operators/update/mul.js
var require_mul = __commonJS({
  "node_modules/mingo/cjs/operators/update/mul.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var mul_exports = {};
    __export(mul_exports, {
      $mul: () => $mul
    });
    module.exports = __toCommonJS(mul_exports);
    var import_util = require_util();
    var import_internal = require_internal14();
    function $mul(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      for (const factor of Object.values(expr)) {
        (0, import_util.assert)((0, import_util.isNumber)(factor), `Cannot multiply with non-numeric argument.`);
      }
      return (obj) => {
        return (0, import_internal.walkExpression)(
          expr,
          arrayFilters,
          options,
          (val, node, queries) => {
            return (0, import_internal.applyUpdate)(
              obj,
              node,
              queries,
              (o, k) => {
                const prev = o[k];
                if ((0, import_util.isNumber)(o[k])) o[k] = o[k] * val;
                else if (o[k] === void 0) o[k] = 0;
                return o[k] !== prev;
              },
              { buildGraph: true }
            );
          }
        );
      };
    }
  }
});

// node_modules/mingo/cjs/operators/update/pop.js
var require_pop = __commonJS({
  "node_modules/mingo/cjs/operators/update/pop.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var pop_exports = {};
    __export(pop_exports, {
      $pop: () => $pop
    });
    module.exports = __toCommonJS(pop_exports);
    var import_util = require_util();
    var import_internal = require_internal14();
    function $pop(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      for (const position of Object.values(expr)) {
        (0, import_util.assert)(position === 1 || position === -1, `$pop argument must be 1 or -1.`);
      }
      return (obj) => {
        return (0, import_internal.walkExpression)(
          expr,
          arrayFilters,
          options,
          (val, node, queries) => {
            return (0, import_internal.applyUpdate)(obj, node, queries, (o, k) => {
              const arr = o[k];
              if (!(0, import_util.isArray)(arr) || !arr.length) return false;
              if (val === -1) arr.splice(0, 1);
              else arr.pop();
              return true;
            });
          }
        );
      };
    }
  }
});

// node_modules/mingo/cjs/operators/update/pull.js
var require_pull = __commonJS({
  "node_modules/mingo/cjs/operators/update/pull.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var pull_exports = {};
    __export(pull_exports, {
      $pull: () => $pull
    });
    module.exports = __toCommonJS(pull_exports);
    var import_query3 = require_query();
    var import_util = require_util();
    var import_internal = require_internal14();
    function $pull(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      const predicates = Object.values(expr).map((pullSpec) => {
        const wrap = !(0, import_util.isObject)(pullSpec) || Object.keys(pullSpec).some(import_util.isOperator);
        const query = new import_query3.Query(wrap ? { k: pullSpec } : pullSpec, options);
        return wrap ? (v) => query.test({ k: v }) : (v) => query.test(v);
      });
      return (obj) => {
        let index = 0;
        return (0, import_internal.walkExpression)(expr, arrayFilters, options, (_, node, queries) => {
          const pred = predicates[index++];
          return (0, import_internal.applyUpdate)(obj, node, queries, (o, k) => {
            const prev = o[k];
            if (!(0, import_util.isArray)(prev) || !prev.length) return false;
            const curr = new Array();
            let ok = false;
            for (const v of prev) {
              const b = pred(v);
              if (!b) curr.push(v);
              ok ||= b;
            }
            if (!ok) return false;
            o[k] = curr;
            return true;
          });
        });
      };
    }
  }
});

// node_modules/mingo/cjs/operators/update/pullAll.js
var require_pullAll = __commonJS({
  "node_modules/mingo/cjs/operators/update/pullAll.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var pullAll_exports = {};
    __export(pullAll_exports, {
      $pullAll: () => $pullAll
    });
    module.exports = __toCommonJS(pullAll_exports);
    var import_util = require_util();
    var import_internal = require_internal14();
    var import_pull = require_pull();
    function $pullAll(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      const pullExpr = {};
      for (const k of Object.keys(expr)) {
        (0, import_util.assert)((0, import_util.isArray)(expr[k]), `$pullAll requires an array argument.`);
        pullExpr[k] = { $in: expr[k] };
      }
      return (0, import_pull.$pull)(pullExpr, arrayFilters, options);
    }
  }
});

// node_modules/mingo/cjs/operators/update/push.js
var require_push2 = __commonJS({
  "node_modules/mingo/cjs/operators/update/push.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var push_exports = {};
    __export(push_exports, {
      $push: () => $push
    });
    module.exports = __toCommonJS(push_exports);
    var import_util = require_util();
    var import_internal = require_internal14();
    var MODIFIERS = ["$each", "$slice", "$sort", "$position"];
    function $push(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      for (const pushSpec of Object.values(expr)) {
        if ((0, import_util.isObject)(pushSpec) && MODIFIERS.some((m) => (0, import_util.has)(pushSpec, m))) {
          (0, import_util.assert)(
            (0, import_util.isArray)(pushSpec.$each),
            `The argument to $each in $push must be an array.`
          );
          (0, import_util.assert)(
            pushSpec.$slice === void 0 || (0, import_util.isInteger)(pushSpec.$slice),
            `The value for $slice must be an integer value.`
          );
          (0, import_util.assert)(
            pushSpec.$position === void 0 || (0, import_util.isInteger)(pushSpec.$position),
            `The value for $position must be an integer value.`
          );
        }
      }
      return (obj) => {
        return (0, import_internal.walkExpression)(expr, arrayFilters, options, (val, node, queries) => {
          const args = {
            $each: [val]
          };
          if ((0, import_util.isObject)(val) && MODIFIERS.some((m) => (0, import_util.has)(val, m))) {
            Object.assign(args, val);
          }
          return (0, import_internal.applyUpdate)(
            obj,
            node,
            queries,
            (o, k) => {
              const arr = o[k];
              if (!(0, import_util.isArray)(arr)) {
                if (arr === void 0) {
                  o[k] = (0, import_internal.clone)(args.$each, options);
                  return true;
                }
                return false;
              }
              const prev = arr.slice(0, args.$slice || arr.length);
              const oldsize = arr.length;
              const pos = (0, import_util.isNumber)(args.$position) ? args.$position : arr.length;
              arr.splice(pos, 0, ...(0, import_internal.clone)(args.$each, options));
              if (args.$sort) {
                const sortKey = (0, import_util.isObject)(args.$sort) ? Object.keys(args.$sort)[0] : "";
                const order = !sortKey ? args.$sort : args.$sort[sortKey];
                const f = !sortKey ? (a) => a : (a) => (0, import_util.resolve)(a, sortKey);
                arr.sort((a, b) => order * (0, import_util.compare)(f(a), f(b)));
              }
              if ((0, import_util.isNumber)(args.$slice)) {
                if (args.$slice < 0) arr.splice(0, arr.length + args.$slice);
                else arr.splice(args.$slice);
              }
              return oldsize != arr.length || !(0, import_util.isEqual)(prev, arr);
            },
            { descendArray: true, buildGraph: true }
          );
        });
      };
    }
  }
});

// node_modules/mingo/cjs/operators/update/set.js
var require_set3 = __commonJS({
  "node_modules/mingo/cjs/operators/update/set.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var set_exports = {};
    __export(set_exports, {
      $set: () => $set
    });
    module.exports = __toCommonJS(set_exports);
    var import_util = require_util();
    var import_internal = require_internal14();
    function $set(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      return (obj) => {
        return (0, import_internal.walkExpression)(expr, arrayFilters, options, (val, node, queries) => {
          return (0, import_internal.applyUpdate)(
            obj,
            node,
            queries,
            (o, k) => {
              if ((0, import_util.isEqual)(o[k], val)) return false;
              o[k] = (0, import_internal.clone)(val, options);
              return true;
            },
            { buildGraph: true }
          );
        });
      };
    }
  }
});

// node_modules/mingo/cjs/operators/update/rename.js
var require_rename = __commonJS({
  "node_modules/mingo/cjs/operators/update/rename.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var rename_exports = {};
    __export(rename_exports, {
      $rename: () => $rename
    });
    module.exports = __toCommonJS(rename_exports);
    var import_util = require_util();
    var import_internal = require_internal14();
    var import_set = require_set3();
    var isIdPath = (path, idKey) => path === idKey || path.startsWith(`${idKey}.`);
    function $rename(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      const idKey = options.idKey;
      for (const target of Object.values(expr)) {
        (0, import_util.assert)(typeof target === "string", `$rename target must be a string.`);
        (0, import_util.assert)(
          !isIdPath(target, idKey),
          `Performing an update on the path '${target}' would modify the immutable field '${idKey}'.`
        );
      }
      return (obj) => {
        const res = [];
        const changed = (0, import_internal.walkExpression)(
          expr,
          arrayFilters,
          options,
          (val, node, queries) => {
            return (0, import_internal.applyUpdate)(obj, node, queries, (o, k) => {
              if (!(0, import_util.has)(o, k)) return false;
              Array.prototype.push.apply(
                res,
                (0, import_set.$set)({ [val]: o[k] }, arrayFilters, options)(obj)
              );
              delete o[k];
              return true;
            });
          }
        );
        return Array.from(new Set(changed.concat(res)));
      };
    }
  }
});

// node_modules/mingo/cjs/operators/update/unset.js
var require_unset2 = __commonJS({
  "node_modules/mingo/cjs/operators/update/unset.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var unset_exports = {};
    __export(unset_exports, {
      $unset: () => $unset
    });
    module.exports = __toCommonJS(unset_exports);
    var import_util = require_util();
    var import_internal = require_internal14();
    function $unset(expr, arrayFilters = [], options = import_internal.DEFAULT_OPTIONS) {
      return (obj) => {
        return (0, import_internal.walkExpression)(expr, arrayFilters, options, (_, node, queries) => {
          return (0, import_internal.applyUpdate)(obj, node, queries, (o, k) => {
            if (!(0, import_util.has)(o, k)) return false;
            const prev = o[k];
            if ((0, import_util.isArray)(o)) o[k] = null;
            else delete o[k];
            return !(0, import_util.isEqual)(prev, o[k]);
          });
        });
      };
    }
  }
});

// node_modules/mingo/cjs/operators/update/index.js
var require_update = __commonJS({
  "node_modules/mingo/cjs/operators/update/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __reExport = (target, mod, secondTarget) => (__copyProps2(target, mod, "default"), secondTarget && __copyProps2(secondTarget, mod, "default"));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var update_exports = {};
    module.exports = __toCommonJS(update_exports);
    __reExport(update_exports, require_addToSet2(), module.exports);
    __reExport(update_exports, require_bit(), module.exports);
    __reExport(update_exports, require_currentDate(), module.exports);
    __reExport(update_exports, require_inc(), module.exports);
    __reExport(update_exports, require_max2(), module.exports);
    __reExport(update_exports, require_min2(), module.exports);
    __reExport(update_exports, require_mul(), module.exports);
    __reExport(update_exports, require_pop(), module.exports);
    __reExport(update_exports, require_pull(), module.exports);
    __reExport(update_exports, require_pullAll(), module.exports);
    __reExport(update_exports, require_push2(), module.exports);
    __reExport(update_exports, require_rename(), module.exports);
    __reExport(update_exports, require_set3(), module.exports);
    __reExport(update_exports, require_unset2(), module.exports);
  }
});

// node_modules/mingo/cjs/updater.js
var require_updater = __commonJS({
  "node_modules/mingo/cjs/updater.js"(exports, module) {
    var __create2 = Object.create;
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __getProtoOf2 = Object.getPrototypeOf;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toESM2 = (mod, isNodeMode, target) => (target = mod != null ? __create2(__getProtoOf2(mod)) : {}, __copyProps2(
      // If the importer is in node compatibility mode or this is not an ESM
      // file that has been converted to a CommonJS file using a Babel-
      // compatible transform (i.e. "__esModule" has not been set), then set
      // "default" to the CommonJS "module.exports" for node compatibility.
      isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", { value: mod, enumerable: true }) : target,
      mod
    ));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var updater_exports = {};
    __export(updater_exports, {
      update: () => update,
      updateMany: () => updateMany,
      updateOne: () => updateOne
    });
    module.exports = __toCommonJS(updater_exports);
    var import_internal = require_internal2();
    var import_lazy = require_lazy();
    var booleanOperators = __toESM2(require_boolean());
    var comparisonOperators = __toESM2(require_comparison());
    var import_addFields = require_addFields();
    var import_project = require_project();
    var import_replaceRoot = require_replaceRoot();
    var import_replaceWith = require_replaceWith();
    var import_set = require_set2();
    var import_sort = require_sort();
    var import_unset = require_unset();
    var queryOperators = __toESM2(require_query2());
    var updateOperators = __toESM2(require_update());
    var import_internal2 = require_internal14();
    var import_query3 = require_query();
    var import_internal3 = require_internal();
    var UPDATE_OPERATORS = updateOperators;
    var PIPELINE_OPERATORS = {
      $addFields: import_addFields.$addFields,
      $set: import_set.$set,
      $project: import_project.$project,
      $unset: import_unset.$unset,
      $replaceRoot: import_replaceRoot.$replaceRoot,
      $replaceWith: import_replaceWith.$replaceWith
    };
    function update(obj, modifier, arrayFilters, condition, options) {
      const docs = [obj];
      const res = updateOne(
        docs,
        condition || {},
        modifier,
        { arrayFilters, cloneMode: options?.cloneMode ?? "copy" },
        options?.queryOptions
      );
      return res.modifiedFields ?? [];
    }
    function updateMany(documents, condition, modifier, updateConfig = {}, options) {
      const { modifiedCount, matchedCount } = updateDocuments(
        documents,
        condition,
        modifier,
        updateConfig,
        options
      );
      return { modifiedCount, matchedCount };
    }
    function updateOne(documents, condition, modifier, updateConfig = {}, options) {
      return updateDocuments(documents, condition, modifier, updateConfig, {
        ...options,
        firstOnly: true
      });
    }
    function updateDocuments(documents, condition, modifier, updateConfig = {}, options) {
      options ||= {};
      const firstOnly = options?.firstOnly ?? false;
      const opts = import_internal.ComputeOptions.init({
        ...options,
        collation: Object.assign({}, options?.collation, updateConfig?.collation)
      }).update({
        condition,
        updateConfig: { cloneMode: "copy", ...updateConfig },
        variables: updateConfig.let,
        updateParams: {}
      });
      opts.context.addExpressionOps(booleanOperators).addExpressionOps(comparisonOperators).addQueryOps(queryOperators).addPipelineOps(PIPELINE_OPERATORS);
      const filterExists = Object.keys(condition).length > 0;
      const matchedDocs = /* @__PURE__ */ new Map();
      let docsIter = (0, import_lazy.Lazy)(documents);
      if (filterExists) {
        const query = new import_query3.Query(condition, opts);
        docsIter = docsIter.filter((o, i) => {
          if (query.test(o)) {
            matchedDocs.set(o, i);
            return true;
          }
          return false;
        });
      }
      let modifiedIndex = -1;
      if (firstOnly) {
        const indexes = /* @__PURE__ */ new Map();
        if (updateConfig.sort) {
          if (!filterExists) {
            docsIter = docsIter.map((o, i) => {
              indexes.set(o, i);
              return o;
            });
          }
          docsIter = (0, import_sort.$sort)(docsIter, updateConfig.sort, opts);
        }
        docsIter = docsIter.take(1);
        const firstDoc = docsIter.collect()[0];
        modifiedIndex = matchedDocs.get(firstDoc) ?? indexes.get(firstDoc) ?? 0;
      }
      const foundDocs = docsIter.collect();
      if (foundDocs.length === 0) return { matchedCount: 0, modifiedCount: 0 };
      if ((0, import_internal3.isArray)(modifier)) {
        const indexes = firstOnly ? [modifiedIndex] : Array.from(matchedDocs.values());
        const hashes = indexes.length ? indexes.map((i) => (0, import_internal3.hashCode)(documents[i])) : foundDocs.map((o) => (0, import_internal3.hashCode)(o));
        const output2 = { matchedCount: hashes.length, modifiedCount: 0 };
        const oldFirstDoc = firstOnly ? (0, import_internal3.cloneDeep)(documents[indexes[0]]) : void 0;
        let updateIter = (0, import_lazy.Lazy)(foundDocs);
        for (const stage of modifier) {
          const [op, expr] = Object.entries(stage)[0];
          const pipelineOp = PIPELINE_OPERATORS[op];
          (0, import_internal3.assert)(pipelineOp, `Unknown pipeline operator: '${op}'.`);
          updateIter = pipelineOp(updateIter, expr, opts);
        }
        const matches = updateIter.collect();
        if (indexes.length) {
          (0, import_internal3.assert)(
            indexes.length === matches.length,
            "bug: indexes and result size must match."
          );
          for (let i = 0; i < indexes.length; i++) {
            if ((0, import_internal3.hashCode)(matches[i]) !== hashes[i]) {
              documents[indexes[i]] = matches[i];
              output2.modifiedCount++;
            }
          }
        } else {
          for (let i = 0; i < documents.length; i++) {
            if ((0, import_internal3.hashCode)(matches[i]) !== hashes[i]) {
              documents[i] = matches[i];
              output2.modifiedCount++;
            }
          }
        }
        if (firstOnly && output2.modifiedCount && oldFirstDoc) {
          const newDoc = documents[indexes[0]];
          const modifiedFields2 = getModifiedFields(
            modifier,
            oldFirstDoc,
            newDoc
          );
          (0, import_internal3.assert)(modifiedFields2.length, "bug: failed to retrieve modified fields");
          Object.assign(output2, { modifiedFields: modifiedFields2, modifiedIndex });
        }
        return output2;
      }
      const unknownOp = Object.keys(modifier).find((op) => !UPDATE_OPERATORS[op]);
      (0, import_internal3.assert)(!unknownOp, `Unknown update operator: '${unknownOp}'.`);
      const arrayFilters = updateConfig?.arrayFilters ?? [];
      const renameTargets = Object.values(modifier.$rename ?? {}).map((target) => ({
        [target]: true
      }));
      const updateExpressions = [
        ...Object.values(modifier),
        ...renameTargets
      ];
      opts.update({
        updateParams: (0, import_internal2.buildParams)(updateExpressions, arrayFilters, opts)
      });
      const matchedCount = foundDocs.length;
      const output = { matchedCount, modifiedCount: 0 };
      const modifiedFields = [];
      const fns = [];
      for (const op of Object.keys(modifier)) {
        const fn = UPDATE_OPERATORS[op];
        const expr = modifier[op];
        fns.push(fn(expr, arrayFilters, opts));
      }
      for (const doc of foundDocs) {
        let modified = false;
        for (const mutate of fns) {
          const fields = mutate(doc);
          if (fields.length) {
            modified = true;
            if (firstOnly) Array.prototype.push.apply(modifiedFields, fields);
          }
        }
        output.modifiedCount += +modified;
      }
      if (firstOnly && modifiedFields.length) {
        modifiedFields.sort();
        Object.assign(output, { modifiedFields, modifiedIndex });
      }
      return output;
    }
    function getModifiedFields(pipeline, oldDoc, newDoc) {
      const stageFields = [];
      for (const stage of pipeline) {
        const op = Object.keys(stage)[0];
        const expr = stage[op];
        switch (op) {
          case "$addFields":
          case "$set":
          case "$project":
          case "$replaceWith":
            stageFields.push(...Object.keys(expr));
            break;
          case "$unset":
            stageFields.push(...(0, import_internal3.ensureArray)(expr));
            break;
          case "$replaceRoot":
            stageFields.length = 0;
            stageFields.push(
              ...Object.keys(expr?.newRoot)
            );
            break;
        }
      }
      const stageFieldsSet = new Set(stageFields.sort());
      const pathValidator = new import_internal3.PathValidator();
      const modifiedFields = [];
      for (const key of stageFieldsSet) {
        if (pathValidator.add(key) && !(0, import_internal3.isEqual)((0, import_internal3.resolve)(newDoc, key), (0, import_internal3.resolve)(oldDoc, key))) {
          modifiedFields.push(key);
        }
      }
      for (const key of Object.keys(oldDoc)) {
        if (stageFieldsSet.has(key)) continue;
        if (!pathValidator.add(key) || !(0, import_internal3.isEqual)(newDoc[key], oldDoc[key])) {
          modifiedFields.push(key);
        }
      }
      const topLevelValidator = new import_internal3.PathValidator();
      return modifiedFields.sort().filter((key) => topLevelValidator.add(key));
    }
  }
});

// node_modules/mingo/cjs/core/index.js
var require_core = __commonJS({
  "node_modules/mingo/cjs/core/index.js"(exports, module) {
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var core_exports = {};
    __export(core_exports, {
      Context: () => import_internal.Context,
      OpType: () => import_internal.OpType,
      ProcessingMode: () => import_internal.ProcessingMode,
      computeValue: () => import_internal.computeValue,
      evalExpr: () => import_internal.evalExpr
    });
    module.exports = __toCommonJS(core_exports);
    var import_internal = require_internal2();
  }
});

// node_modules/mingo/cjs/index.js
var require_cjs = __commonJS({
  "node_modules/mingo/cjs/index.js"(exports, module) {
    var __create2 = Object.create;
    var __defProp2 = Object.defineProperty;
    var __getOwnPropDesc2 = Object.getOwnPropertyDescriptor;
    var __getOwnPropNames2 = Object.getOwnPropertyNames;
    var __getProtoOf2 = Object.getPrototypeOf;
    var __hasOwnProp2 = Object.prototype.hasOwnProperty;
    var __export = (target, all) => {
      for (var name in all)
        __defProp2(target, name, { get: all[name], enumerable: true });
    };
    var __copyProps2 = (to, from, except, desc) => {
      if (from && typeof from === "object" || typeof from === "function") {
        for (let key of __getOwnPropNames2(from))
          if (!__hasOwnProp2.call(to, key) && key !== except)
            __defProp2(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc2(from, key)) || desc.enumerable });
      }
      return to;
    };
    var __toESM2 = (mod, isNodeMode, target) => (target = mod != null ? __create2(__getProtoOf2(mod)) : {}, __copyProps2(
      // If the importer is in node compatibility mode or this is not an ESM
      // file that has been converted to a CommonJS file using a Babel-
      // compatible transform (i.e. "__esModule" has not been set), then set
      // "default" to the CommonJS "module.exports" for node compatibility.
      isNodeMode || !mod || !mod.__esModule ? __defProp2(target, "default", { value: mod, enumerable: true }) : target,
      mod
    ));
    var __toCommonJS = (mod) => __copyProps2(__defProp2({}, "__esModule", { value: true }), mod);
    var index_exports = {};
    __export(index_exports, {
      Aggregator: () => Aggregator,
      Context: () => import_core.Context,
      ProcessingMode: () => import_core.ProcessingMode,
      Query: () => Query,
      aggregate: () => aggregate,
      default: () => index_default,
      find: () => find2,
      update: () => update,
      updateMany: () => updateMany,
      updateOne: () => updateOne
    });
    module.exports = __toCommonJS(index_exports);
    var import_aggregator = require_aggregator();
    var import_internal = require_internal2();
    var accumulatorOperators = __toESM2(require_accumulator2());
    var expressionOperators = __toESM2(require_expression());
    var pipelineOperators = __toESM2(require_pipeline());
    var projectionOperators = __toESM2(require_projection());
    var queryOperators = __toESM2(require_query2());
    var windowOperators = __toESM2(require_window());
    var import_query3 = require_query();
    var updater = __toESM2(require_updater());
    var import_core = require_core();
    var CONTEXT = import_internal.Context.init({
      accumulator: accumulatorOperators,
      expression: expressionOperators,
      pipeline: pipelineOperators,
      projection: projectionOperators,
      query: queryOperators,
      window: windowOperators
    });
    var makeOpts = (options) => Object.assign({
      ...options,
      context: options?.context ? import_internal.Context.from(CONTEXT, options?.context) : CONTEXT
    });
    var Query = class extends import_query3.Query {
      constructor(condition, options) {
        super(condition, makeOpts(options));
      }
    };
    var Aggregator = class extends import_aggregator.Aggregator {
      constructor(pipeline, options) {
        super(pipeline, makeOpts(options));
      }
    };
    function find2(collection, condition, projection, options) {
      return new Query(condition, makeOpts(options)).find(
        collection,
        projection
      );
    }
    function aggregate(collection, pipeline, options) {
      return new Aggregator(pipeline, makeOpts(options)).run(collection);
    }
    function update(obj, modifier, arrayFilters, condition, options) {
      return updater.update(obj, modifier, arrayFilters, condition, {
        cloneMode: options?.cloneMode,
        queryOptions: makeOpts(options?.queryOptions)
      });
    }
    function updateMany(documents, condition, modifer, updateConfig = {}, options) {
      return updater.updateMany(
        documents,
        condition,
        modifer,
        updateConfig,
        makeOpts(options)
      );
    }
    function updateOne(documents, condition, modifier, updateConfig = {}, options) {
      return updater.updateOne(
        documents,
        condition,
        modifier,
        updateConfig,
        makeOpts(options)
      );
    }
    var index_default = {
      Aggregator,
      Context: import_internal.Context,
      ProcessingMode: import_internal.ProcessingMode,
      Query,
      aggregate,
      find: find2,
      update,
      updateMany,
      updateOne
    };
  }
});

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap;
    exports.isNode = isNode;
    exports.isPair = isPair;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key, node, visitor, path) {
      const ctrl = callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = visit_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key, node, visitor, path) {
      const ctrl = await callVisitor(key, node, visitor, path);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path = Object.freeze(path.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path = Object.freeze(path.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key, node, visitor, path) {
      if (typeof visitor === "function")
        return visitor(key, node, path);
      if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
      if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
      if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
      if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
      return void 0;
    }
    function replaceNode(key, path, node) {
      const parent = path[path.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key] = node;
      } else if (identity.isPair(parent)) {
        if (key === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match = tags.filter((t) => t.tag === tagName);
        const tagObj = match.find((t) => !t.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path, value) {
      let v = value;
      for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path) => path == null || typeof path === "object" && !!path[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path, value) {
        if (isEmptyPath(path))
          this.add(value);
        else {
          const [key, ...rest] = path;
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
          return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
          this.set(key, value);
        } else {
          const node = this.get(key, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match = tags.filter((t) => t.tag === item.tag);
        if (match.length > 0)
          return match.find((t) => t.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t) => t.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t) => t.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t) => t.format === item.format) ?? match.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key) && key.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key) || !identity.isNode(key) && typeof key === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key || keyComment && value == null && !ctx.inFlow || identity.isCollection(key) || (identity.isScalar(key) ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL : typeof key === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log2 = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey = (ctx, key) => (merge.identify(key) || identity.isScalar(key) && (!key.type || key.type === Scalar.Scalar.PLAIN) && merge.identify(key.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key))
            map.set(key, value2);
        } else if (map instanceof Set) {
          map.add(key);
        } else if (!Object.prototype.hasOwnProperty.call(map, key)) {
          Object.defineProperty(map, key, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log2();
    var merge = require_merge2();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key, value }) {
      if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key, value, ctx) {
      const k = createNode.createNode(key, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
      }
      clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
          key = key.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items, key) {
      const k = identity.isScalar(key) ? key.value : key;
      for (const it of items) {
        if (identity.isPair(it)) {
          if (it.key === key || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key, value);
          else if (Array.isArray(replacer) && !replacer.includes(key))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key, value] of obj)
            add(key, value);
        } else if (obj && typeof obj === "object") {
          for (const key of Object.keys(obj))
            add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key) {
        const it = findPair(this.items, key);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key) {
        return !!findPair(this.items, key);
      }
      set(key, value) {
        this.add(new Pair.Pair(key, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map2 = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key) {
        const idx = asItemIndex(key);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key) {
      let idx = identity.isScalar(key) ? key.value : key;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string2 = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map2();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string2();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map2();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key = keys[0];
              value = it[key];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key = it;
          }
          pairs2.items.push(Pair.createPair(key, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key, value;
          if (identity.isPair(pair)) {
            key = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key, ctx);
          } else {
            key = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
          if (identity.isScalar(key)) {
            if (seenKeys.includes(key.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key.value}`);
            } else {
              seenKeys.push(key.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set4 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key) {
        let pair;
        if (identity.isPair(key))
          pair = key;
        else if (key && typeof key === "object" && "key" in key && "value" in key && key.value === null)
          pair = new Pair.Pair(key.key, null);
        else
          pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set2 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set2.items.push(Pair.createPair(value, null, ctx));
          }
        return set2;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map2();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string2();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge2();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set4();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map2();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string2();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge2();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set4();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key) => key !== "yaml11").map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key) => JSON.stringify(key)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map2();
    var seq = require_seq();
    var string = require_string2();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path) {
        if (Collection.isEmptyPath(path))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key) {
      if (!key)
        return null;
      switch (key.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key.source.includes("\n"))
            return true;
          if (key.end) {
            for (const st of key.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual2 = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual2(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key) {
            if (key.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key && key.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
            onError(key ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key ? composeNode(ctx, key, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key || key.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap = fc.start.source === "{";
      const fcName = isMap ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
            onError(
              key,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key ? composeNode(ctx, key, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match = line.exec(source);
      if (!match)
        return source;
      let trimEnd, trimBoth;
      try {
        trimEnd = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match[1].replace(trimEnd, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep2 + (match?.[1] ?? "");
    }
    function doubleQuotedValue(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before, pos) {
      if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key of Object.keys(token))
          if (key !== "type" && key !== "offset")
            delete token[key];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key of Object.keys(token))
            if (key !== "type" && key !== "offset")
              delete token[key];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path) => {
      let item = cst;
      for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path) => {
      const parent = visit.itemAtPath(cst, path.slice(0, -1));
      const field = path[path.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path, item, visitor) {
      let ctrl = visitor(item, path);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty2(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty2(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty2(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty2(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty2(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty2(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty2(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty2(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty2(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty2(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty2(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty2(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log2();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// src/receiver/action/commands.ts
import { randomBytes } from "node:crypto";
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function oneLine(text) {
  return text.replace(/[\r\n]+/g, " ");
}
function withoutCommands(text) {
  let token = randomBytes(16).toString("hex");
  while (text.includes(token)) token = randomBytes(16).toString("hex");
  return `::stop-commands::${token}
${text}
::${token}::`;
}

// src/receiver/action/main.ts
import { appendFileSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join as join2 } from "node:path";

// src/receiver/event-file.ts
import { readFileSync } from "node:fs";

// src/core/config.ts
var DEFAULT_GITHUB_API_URL = "https://api.github.com";
var defaultRelayConfig = {
  githubApiUrl: DEFAULT_GITHUB_API_URL,
  githubTimeoutMs: 1e4,
  maxBodyBytes: 25 * 1024 * 1024,
  userAgent: "webhook2github",
  maxBufferedBytes: 64 * 1024 * 1024,
  bufferWaitMs: 1e4
};

// src/receiver/blob.ts
import { createHash } from "node:crypto";

// src/receiver/receiver-error.ts
var ReceiverError = class extends Error {
  name = "ReceiverError";
};

// src/receiver/blob.ts
function githubBlobReader(options) {
  const doFetch = options.fetch ?? globalThis.fetch;
  return async (ref) => {
    const url = `${options.apiUrl.replace(/\/+$/, "")}/repos/${options.repository}/git/blobs/${encodeURIComponent(ref.sha)}`;
    const headers = {
      accept: "application/vnd.github.raw+json",
      "user-agent": "webhook2github-receiver"
    };
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    const res = await doFetch(url, { headers });
    if (!res.ok) {
      throw new ReceiverError(
        `could not read body blob ${ref.sha} from ${options.repository}: HTTP ${res.status} (does the github-token have contents: read?)`
      );
    }
    const bytes = new Uint8Array(await res.arrayBuffer());
    checkBlob(ref, bytes);
    return bytes;
  };
}
function checkBlob(ref, bytes) {
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (bytes.length !== ref.size || sha256 !== ref.sha256.toLowerCase()) {
    throw new ReceiverError(`body blob ${ref.sha} does not match body_ref (size or sha256 differ)`);
  }
}

// src/receiver/event-file.ts
function loadEventFile(path, source) {
  if (!path) throw new ReceiverError("no event file: GITHUB_EVENT_PATH is not set (the Action runs inside a GitHub Actions job; `webhook2github receive` also takes --event FILE)");
  let value;
  try {
    value = JSON.parse(readFileSync(path, "utf8"));
  } catch (err) {
    throw new ReceiverError(`cannot read the event file ${path}: ${err.message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new ReceiverError(`${path} is not an event object`);
  const event = value;
  const named = event.repository?.full_name;
  const readBlob = githubBlobReader({
    apiUrl: source.apiUrl || DEFAULT_GITHUB_API_URL,
    repository: typeof named === "string" ? named : source.repository ?? "",
    ...source.token ? { token: source.token } : {},
    ...source.fetch ? { fetch: source.fetch } : {}
  });
  return { event, readBlob };
}

// src/receiver/outputs.ts
import { randomBytes as randomBytes2 } from "node:crypto";
var ACTION_OUTPUT_NAMES = [
  "matched",
  "workflow",
  "trigger",
  "items",
  "item",
  "reason",
  "id",
  "method",
  "path",
  "origin-path",
  "headers",
  "body",
  "body-file",
  "query",
  "querystring",
  "params"
];
function unmatchedOutputs(reason) {
  const outputs = Object.fromEntries(ACTION_OUTPUT_NAMES.map((name) => [name, ""]));
  return { ...outputs, matched: "false", items: "[]", reason, headers: "{}", query: "{}", params: "{}" };
}
function actionOutputs(result, bodyFile) {
  const r = result.request;
  return {
    matched: String(result.matched),
    workflow: result.workflow ?? "",
    trigger: result.trigger ?? "",
    items: JSON.stringify(result.items),
    item: result.items[0] === void 0 ? "" : JSON.stringify(result.items[0]),
    reason: result.reason ?? "",
    id: r.id,
    method: r.method,
    path: result.matched ? r.path : r.originPath,
    "origin-path": r.originPath,
    headers: JSON.stringify(r.headers),
    body: r.bodyText,
    "body-file": bodyFile,
    query: JSON.stringify(r.query),
    querystring: r.querystring,
    params: JSON.stringify(r.params)
  };
}
var OUTPUT_LIMIT_BYTES = 1e6;
function fitOutputs(outputs, limit = OUTPUT_LIMIT_BYTES) {
  const emptied = [];
  for (const [name, value] of Object.entries(outputs)) {
    if (Buffer.byteLength(value, "utf8") > limit) {
      outputs[name] = "";
      emptied.push(name);
    }
  }
  return emptied;
}
function formatOutputFile(outputs) {
  let text = "";
  for (const [name, value] of Object.entries(outputs)) {
    let delim = `w2g_${randomBytes2(12).toString("hex")}`;
    while (value.includes(delim)) delim = `w2g_${randomBytes2(12).toString("hex")}`;
    text += `${name}<<${delim}
${value}
${delim}
`;
  }
  return text;
}
var MARKDOWN_SPECIAL = /[\\`*_~[\]()!<>&|#@:$^.]/g;
function markdownText(value, max = 300) {
  const flat = value.replace(/[\r\n]+/g, " ");
  const cut = flat.length > max ? `${flat.slice(0, max - 1)}\u2026` : flat;
  return cut.replace(MARKDOWN_SPECIAL, "\\$&");
}
function code(value) {
  return `<code>${markdownText(value)}</code>`;
}
function formatSummary(result) {
  const r = result.request;
  const contentType = r.headers["content-type"];
  const rows = [
    ["Request", code(`${r.method.toUpperCase()} ${r.originPath}${r.search}`)],
    ["Delivery id", r.id ? code(r.id) : "(none)"],
    ["Content type", contentType === void 0 ? "(none)" : code(contentType)],
    ["Body", `${r.rawBody.length} bytes${r.bodyIsBinary ? " (binary)" : ""}`],
    ["Matched", result.matched ? `yes: ${code(result.workflow ?? "")} \u2192 ${code(result.trigger ?? "")}` : "no"],
    ["Items", String(result.items.length)]
  ];
  if (result.reason) rows.push(["Note", markdownText(result.reason)]);
  const table = rows.map(([k, v]) => `| ${k} | ${v} |`).join("\n");
  return `### webhook2github

| | |
|---|---|
${table}

`;
}

// src/receiver/body.ts
import { gunzipSync } from "node:zlib";

// src/core/relay/bytes.ts
var strictUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function utf8OrUndefined(bytes) {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return void 0;
  }
}
var MAX_TEXT_BODY_BYTES = 64 * 1024;
var GZIP_SLICE = 64 * 1024;

// src/receiver/json.ts
var MAX_JSON_DEPTH = 256;
function nestsDeeperThan(value, max = MAX_JSON_DEPTH) {
  const stack = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop();
    if (typeof v !== "object" || v === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Array.isArray(v) ? v : Object.values(v)) {
      if (typeof child === "object" && child !== null) stack.push([child, depth + 1]);
    }
  }
  return false;
}
function parseJson(text, max = MAX_JSON_DEPTH) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: "invalid" };
  }
  return nestsDeeperThan(value, max) ? { ok: false, reason: "too-deep" } : { ok: true, value };
}
function stringifyJson(value) {
  if (!nestsDeeperThan(value)) return JSON.stringify(value) ?? "null";
  const out = [];
  const work = [{ value }];
  while (work.length > 0) {
    const next = work.pop();
    if ("text" in next) {
      out.push(next.text);
      continue;
    }
    const v = next.value;
    if (typeof v !== "object" || v === null) {
      out.push(JSON.stringify(v) ?? "null");
      continue;
    }
    const entries = Array.isArray(v) ? v.map((item) => ["", item === void 0 ? null : item]) : Object.entries(v).filter(([, item]) => item !== void 0).map(([key, item]) => [`${JSON.stringify(key)}:`, item]);
    work.push({ text: Array.isArray(v) ? "]" : "}" });
    for (let i = entries.length - 1; i >= 0; i--) {
      const [prefix, item] = entries[i];
      work.push({ value: item }, { text: `${i === 0 ? "" : ","}${prefix}` });
    }
    work.push({ text: Array.isArray(v) ? "[" : "{" });
  }
  return out.join("");
}

// src/receiver/query.ts
function parseQuery(input) {
  const text = input.startsWith("?") ? input.slice(1) : input;
  const out = /* @__PURE__ */ new Map();
  for (const [key, value] of new URLSearchParams(text)) {
    const prev = out.get(key);
    if (prev === void 0) out.set(key, value);
    else if (Array.isArray(prev)) prev.push(value);
    else out.set(key, [prev, value]);
  }
  return Object.fromEntries(out);
}
function splitPath(pathWithQuery) {
  const at = pathWithQuery.indexOf("?");
  if (at < 0) return { path: pathWithQuery || "/", querystring: "" };
  return { path: pathWithQuery.slice(0, at) || "/", querystring: pathWithQuery.slice(at + 1) };
}

// src/receiver/body.ts
function parsable(text) {
  return text.charCodeAt(0) === 65279 ? text.slice(1) : text;
}
function bodyBytes(body, encoding) {
  if (body === void 0 || body === null) return new Uint8Array(0);
  if (typeof body !== "string") return Buffer.from(stringifyJson(body), "utf8");
  if (encoding === "base64") return Buffer.from(body, "base64");
  if (encoding === "gzip+base64") return gunzipSync(Buffer.from(body, "base64"));
  if (encoding === void 0 || encoding === null || encoding === "") {
    return Buffer.from(body, "utf8");
  }
  const named = typeof encoding === "string" ? `"${encoding}"` : `of type ${Array.isArray(encoding) ? "array" : typeof encoding}`;
  throw new Error(`unknown body_encoding ${named} (expected base64 or gzip+base64)`);
}
function bodyKind(contentType, bytes) {
  const mime = (contentType ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
  if (mime === "") return utf8OrUndefined(bytes) === void 0 ? "binary" : "text";
  if (mime === "application/json" || mime.endsWith("+json")) return "json";
  if (mime === "application/x-www-form-urlencoded") return "form";
  if (mime.startsWith("text/") || mime.endsWith("/xml") || mime.endsWith("+xml")) return "text";
  return "binary";
}
function parseBody(bytes, contentType) {
  if (bytes.length === 0) return { bodyText: "", bodyIsBinary: false };
  const kind = bodyKind(contentType, bytes);
  const text = kind === "binary" ? void 0 : utf8OrUndefined(bytes);
  if (text === void 0) {
    const b64 = Buffer.from(bytes).toString("base64");
    return { body: b64, bodyText: b64, bodyIsBinary: true };
  }
  if (kind === "json") {
    const parsed = parseJson(parsable(text));
    if (parsed.ok) return { body: parsed.value, bodyText: text, bodyIsBinary: false };
    if (parsed.reason === "invalid") return { body: text, bodyText: text, bodyIsBinary: false };
    const warning = `the JSON body is nested more than ${MAX_JSON_DEPTH} levels deep; it is kept as text (body is a string)`;
    return { body: text, bodyText: text, bodyIsBinary: false, warning };
  }
  if (kind === "form") return { body: parseQuery(parsable(text)), bodyText: text, bodyIsBinary: false };
  return { body: text, bodyText: text, bodyIsBinary: false };
}

// src/receiver/request.ts
function isScalar(value) {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}
function normalizeHeaders(headers) {
  const out = /* @__PURE__ */ new Map();
  for (const [name, value] of Object.entries(headers)) {
    const parts = (Array.isArray(value) ? value : [value]).filter(isScalar).map(String);
    if (parts.length === 0) continue;
    const key = name.toLowerCase();
    const prev = out.get(key);
    out.set(key, prev === void 0 ? parts.join(", ") : `${prev}, ${parts.join(", ")}`);
  }
  return Object.fromEntries(out);
}
function buildRequest(parts) {
  const headers = normalizeHeaders(parts.headers);
  const { path, querystring } = splitPath(parts.path);
  const parsed = parseBody(parts.rawBody, headers["content-type"]);
  const request = {
    id: parts.id,
    method: parts.method.toLowerCase(),
    path,
    originPath: path,
    headers,
    query: parseQuery(querystring),
    querystring,
    search: querystring === "" ? "" : `?${querystring}`,
    params: {},
    rawBody: parts.rawBody,
    bodyText: parsed.bodyText,
    bodyIsBinary: parsed.bodyIsBinary,
    receivedAt: parts.receivedAt
  };
  if ("body" in parsed) request.body = parsed.body;
  if (parsed.warning) request.warnings = [parsed.warning];
  return request;
}
function isObject2(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function isBodyRef(value) {
  return isObject2(value) && typeof value.sha === "string" && typeof value.size === "number" && typeof value.sha256 === "string";
}
async function requestFromEvent(event, options = {}) {
  const payload = isObject2(event) ? event.client_payload : void 0;
  if (!isObject2(payload)) {
    throw new ReceiverError("the event has no client_payload object: is this a repository_dispatch event from the relay?");
  }
  const path = typeof payload.path === "string" && payload.path !== "" ? payload.path : "/";
  const method = typeof payload.method === "string" && payload.method !== "" ? payload.method : "POST";
  let rawBody;
  if (payload.body_ref !== void 0 && payload.body === void 0) {
    if (!isBodyRef(payload.body_ref)) throw new ReceiverError("client_payload.body_ref is malformed");
    if (!options.readBlob) throw new ReceiverError("the body travelled as a git blob (body_ref) but no blob reader is configured");
    rawBody = await options.readBlob(payload.body_ref);
  } else {
    try {
      rawBody = bodyBytes(payload.body, payload.body_encoding);
    } catch (err) {
      throw new ReceiverError(`cannot decode client_payload.body: ${err.message}`);
    }
  }
  return buildRequest({
    id: typeof payload.id === "string" ? payload.id : "",
    method,
    path: path.startsWith("/") ? path : `/${path}`,
    headers: isObject2(payload.headers) ? payload.headers : {},
    rawBody,
    receivedAt: typeof payload.received_at === "string" ? payload.received_at : (options.now ?? /* @__PURE__ */ new Date()).toISOString()
  });
}

// src/receiver/path-pattern.ts
function segments(path) {
  return path.split("/").filter((s) => s !== "");
}
function decodeSegment(segment) {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}
function matchPath(pattern, path) {
  const want = segments(pattern);
  const have = segments(path);
  const params = /* @__PURE__ */ new Map();
  for (let i = 0; i < want.length; i++) {
    const w = want[i];
    if (w === "*" && i === want.length - 1) {
      params.set("*", have.slice(i).map(decodeSegment).join("/"));
      return Object.fromEntries(params);
    }
    const h = have[i];
    if (h === void 0) return void 0;
    if (w.startsWith(":") && w.length > 1) params.set(w.slice(1), decodeSegment(h));
    else if (decodeSegment(h) !== w) return void 0;
  }
  return have.length === want.length ? Object.fromEntries(params) : void 0;
}

// src/receiver/own.ts
function own(record, key) {
  return Object.hasOwn(record, key) ? record[key] : void 0;
}

// src/receiver/secrets.ts
var SECRET_EXPR = /\$\{\{\s*secrets\.([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;
function parseSecrets(text, source = "secrets") {
  if (text === void 0 || text.trim() === "") return {};
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ReceiverError(`${source} must be a JSON object, e.g. \${{ toJSON(secrets) }}; it is not valid JSON`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ReceiverError(`${source} must be a JSON object of NAME: value`);
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typeof v === "string" ? v : JSON.stringify(v)]));
}
function fillSecrets(value, secrets, where) {
  if (typeof value === "string") {
    return value.replace(SECRET_EXPR, (_m, name) => {
      const secret = own(secrets, name);
      if (typeof secret !== "string") {
        throw new ReceiverError(
          `secret ${name} is used in ${where} but the secrets input has no ${name} (pass secrets: \${{ toJSON(secrets) }} and define it in the repository settings)`
        );
      }
      return secret;
    });
  }
  if (Array.isArray(value)) return value.map((v) => fillSecrets(v, secrets, where));
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillSecrets(v, secrets, where)]));
  }
  return value;
}

// src/receiver/router.ts
function suffixAfter(path, n) {
  const parts = path.split("/");
  let seen = 0;
  let i = 0;
  for (; i < parts.length && seen < n; i++) if (parts[i] !== "") seen++;
  const rest = parts.slice(i).join("/").replace(/^\/+/, "");
  return `/${rest}`;
}
function methodMatches(webhook, method) {
  return webhook.method === void 0 || webhook.method.toLowerCase() === method;
}
function route(request, workflows, triggers, secrets) {
  const raw = segments(request.originPath);
  const decoded = raw.map(decodeSegment);
  const tried = [];
  const ordered = [...workflows].sort((a, b) => b.name.split("/").length - a.name.split("/").length);
  for (const workflow of ordered) {
    const wf = workflow.name.split("/");
    if (!wf.every((s, i) => decoded[i] === s)) continue;
    const triggerName = decoded[wf.length];
    if (triggerName === void 0 || !workflow.triggers.has(triggerName)) continue;
    const trigger = triggers.get(triggerName);
    if (!trigger) {
      tried.push(`${workflow.name}/${triggerName}: "${triggerName}" is not a built-in webhook trigger`);
      continue;
    }
    const where = `${workflow.file} (on.${triggerName})`;
    const rawOptions = workflow.triggers.get(triggerName);
    const filled = fillSecrets(rawOptions ?? {}, secrets, where);
    const options = typeof filled === "object" && filled !== null ? filled : {};
    const suffix = suffixAfter(request.originPath, wf.length + 1);
    const hooks = trigger.webhooks(options);
    for (const webhook of hooks) {
      const params = methodMatches(webhook, request.method) ? matchPath(webhook.path ?? "/", suffix) : void 0;
      if (params) return { matched: true, workflow, triggerName, trigger, webhook, options, params, suffix };
    }
    const shapes = hooks.map((h) => `${h.method?.toUpperCase() ?? "any"} ${h.path ?? "/"}`).join(", ");
    tried.push(`${workflow.name}/${triggerName}: ${request.method.toUpperCase()} ${suffix} is not one of ${shapes}`);
  }
  const names = workflows.map((w) => `${w.name} (${[...w.triggers.keys()].join(", ") || "no triggers"})`);
  const message = tried.length > 0 ? `no webhook matched ${request.method.toUpperCase()} ${request.originPath}; tried ${tried.join("; ")}` : `no workflow/trigger owns ${request.originPath}: the URL path must be /<workflow>/<trigger>[/suffix]; workflows: ${names.join(", ") || "none found"}`;
  return { matched: false, message };
}

// src/receiver/trigger-config.ts
var import_mingo = __toESM(require_cjs(), 1);
function asRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
}
function readConfig(options) {
  const raw = asRecord(own(options, "config")) ?? {};
  const config = {};
  const filter = asRecord(own(raw, "filter"));
  if (filter) config.filter = filter;
  const outputs = asRecord(own(raw, "filterOutputs"));
  if (outputs) config.filterOutputs = outputs;
  const sort = asRecord(own(raw, "sort"));
  if (sort) config.sort = Object.fromEntries(Object.entries(sort).map(([k, v]) => [k, Number(v) < 0 ? -1 : 1]));
  const skip = own(raw, "skip");
  if (Number.isInteger(skip)) config.skip = skip;
  const limit = own(raw, "limit");
  if (Number.isInteger(limit)) config.limit = limit;
  return config;
}
function applyConfig(items, config) {
  if (Object.keys(config).length === 0) return items;
  let cursor = (0, import_mingo.find)(items, config.filter ?? {}, config.filterOutputs);
  if (config.sort) cursor = cursor.sort(config.sort);
  if (config.skip !== void 0) cursor = cursor.skip(config.skip);
  if (config.limit !== void 0) cursor = cursor.limit(config.limit);
  return cursor.all();
}

// src/receiver/sns-signature.ts
import { createPublicKey, verify } from "node:crypto";

// src/core/handshakes/aws-sns.ts
var SNS_HOST = /^sns\.[a-z0-9-]+\.amazonaws\.com(\.cn)?$/;
function snsHostUrl(value) {
  if (typeof value !== "string") return void 0;
  let url;
  try {
    url = new URL(value);
  } catch {
    return void 0;
  }
  const plain = url.protocol === "https:" && url.port === "" && url.username === "" && url.password === "";
  return plain && SNS_HOST.test(url.hostname) ? url : void 0;
}

// src/receiver/sns-signature.ts
var NOTIFICATION_KEYS = ["Message", "MessageId", "Subject", "Timestamp", "TopicArn", "Type"];
var CONFIRMATION_KEYS = ["Message", "MessageId", "SubscribeURL", "Timestamp", "Token", "TopicArn", "Type"];
function snsStringToSign(msg) {
  const keys = msg.Type === "Notification" ? NOTIFICATION_KEYS : CONFIRMATION_KEYS;
  let text = "";
  for (const key of keys) {
    const value = msg[key];
    if (typeof value === "string") text += `${key}
${value}
`;
  }
  return text;
}
function isTrustedCertUrl(url) {
  return snsHostUrl(url)?.pathname.endsWith(".pem") ?? false;
}
var fetchCert = async (url) => {
  const res = await fetch(url, { signal: AbortSignal.timeout(1e4) });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
};
var certCache = /* @__PURE__ */ new Map();
async function checkSnsSignature(msg, fetcher = fetchCert) {
  const version = msg.SignatureVersion;
  if (version !== "1" && version !== "2") return 'SignatureVersion must be "1" or "2"';
  if (typeof msg.Signature !== "string" || msg.Signature === "") return "the message has no Signature";
  if (!isTrustedCertUrl(msg.SigningCertURL)) return "SigningCertURL is not an https://sns.<region>.amazonaws.com/\u2026.pem URL";
  const url = msg.SigningCertURL;
  let key;
  try {
    let pending = certCache.get(url);
    if (!pending) {
      pending = fetcher(url).then((pem) => createPublicKey(pem));
      certCache.set(url, pending);
      pending.catch(() => certCache.delete(url));
    }
    key = await pending;
  } catch (err) {
    return `cannot load the signing certificate: ${err.message}`;
  }
  try {
    const ok = verify(version === "1" ? "sha1" : "sha256", Buffer.from(snsStringToSign(msg), "utf8"), key, Buffer.from(msg.Signature, "base64"));
    return ok ? void 0 : "the SNS signature does not match";
  } catch {
    return "the SNS signature does not match";
  }
}

// src/receiver/triggers/options.ts
function optString(options, key) {
  const value = own(options, key);
  if (typeof value === "number") return String(value);
  return typeof value === "string" && value !== "" ? value : void 0;
}
function optList(options, key) {
  const value = own(options, key);
  if (typeof value === "string") return value === "" ? [] : [value];
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== void 0).map(String);
  return [];
}
function bodyObject(body) {
  return typeof body === "object" && body !== null && !Array.isArray(body) ? body : void 0;
}
function jsonObject(body) {
  if (typeof body !== "string") return bodyObject(body);
  const parsed = parseJson(body);
  return parsed.ok ? bodyObject(parsed.value) : void 0;
}

// src/receiver/triggers/aws-sns.ts
var awsSnsTrigger = {
  name: "aws_sns",
  webhooks(options) {
    return [
      {
        method: "POST",
        async handler(request, context) {
          if (request.headers["x-amz-sns-rawdelivery"] === "true") {
            return { items: [], reason: "raw message delivery carries no SNS envelope; disable it on the subscription" };
          }
          const msg = jsonObject(request.body);
          if (!msg || typeof msg.Type !== "string") return { items: [], reason: "the body is not an SNS message" };
          const topics = optList(options, "topic_arn");
          if (topics.length > 0 && !topics.includes(String(msg.TopicArn))) {
            return { items: [], reason: `topic ${String(msg.TopicArn)} is not one of topic_arn` };
          }
          if (own(options, "verify_signature") !== false) {
            const why = await checkSnsSignature(msg, context.fetchCert);
            if (why) return { items: [], reason: `${why} (set verify_signature: false to skip the check)` };
          }
          if (msg.Type === "SubscriptionConfirmation") {
            return { items: [], reason: `SNS SubscriptionConfirmation: confirm by visiting SubscribeURL ${String(msg.SubscribeURL)}` };
          }
          if (msg.Type !== "Notification") return { items: [], reason: `SNS ${msg.Type} yields no items` };
          const text = typeof msg.Message === "string" ? msg.Message : "";
          const parsed = jsonObject(text);
          return { items: [parsed ? { ...parsed } : { message: text }] };
        }
      }
    ];
  }
};

// src/receiver/signatures.ts
import { createHmac, timingSafeEqual } from "node:crypto";
function safeEqual(a, b) {
  return a.length === b.length && a.length > 0 && timingSafeEqual(a, b);
}
function safeEqualText(a, b) {
  return safeEqual(Buffer.from(a, "utf8"), Buffer.from(b, "utf8"));
}
function hmac(alg, key, ...parts) {
  const mac = createHmac(alg, key);
  for (const part of parts) mac.update(part);
  return mac.digest();
}
function fromHex(text) {
  return /^(?:[0-9a-fA-F]{2})+$/.test(text) ? Buffer.from(text, "hex") : void 0;
}
function fromBase64(text) {
  return /^[A-Za-z0-9+/]+={0,2}$/.test(text) && text.length % 4 === 0 ? Buffer.from(text, "base64") : void 0;
}
function withPrefix(header, prefix) {
  return typeof header === "string" && header.startsWith(prefix) ? header.slice(prefix.length).trim() : void 0;
}
function verifyGithub(secret, body, header) {
  const mac = fromHex(withPrefix(header, "sha256=") ?? "");
  return mac !== void 0 && secret !== "" && safeEqual(mac, hmac("sha256", secret, body));
}
function verifyTypeform(secret, body, header) {
  const mac = fromBase64(withPrefix(header, "sha256=") ?? "");
  return mac !== void 0 && secret !== "" && safeEqual(mac, hmac("sha256", secret, body));
}
function verifyTrello(secret, callbackUrl, body, header) {
  const mac = typeof header === "string" ? fromBase64(header.trim()) : void 0;
  return mac !== void 0 && secret !== "" && safeEqual(mac, hmac("sha1", secret, body, Buffer.from(callbackUrl, "utf8")));
}
var SLACK_WINDOW_SECONDS = 300;
function checkSlack(secret, body, signature, timestamp, now) {
  if (typeof timestamp !== "string" || !/^\d{1,12}$/.test(timestamp)) return "missing or malformed X-Slack-Request-Timestamp";
  if (Math.abs(now.getTime() / 1e3 - Number(timestamp)) > SLACK_WINDOW_SECONDS) {
    return "X-Slack-Request-Timestamp is more than 5 minutes away from the time the relay received the request";
  }
  const mac = fromHex(withPrefix(signature, "v0=") ?? "");
  const expected = hmac("sha256", secret, Buffer.from(`v0:${timestamp}:`, "utf8"), body);
  return mac !== void 0 && secret !== "" && safeEqual(mac, expected) ? void 0 : "X-Slack-Signature does not match";
}

// src/receiver/triggers/github.ts
var githubTrigger = {
  name: "github",
  webhooks(options) {
    return [
      {
        method: "POST",
        handler(request) {
          const secret = optString(options, "secret");
          if (secret && !verifyGithub(secret, request.rawBody, request.headers["x-hub-signature-256"])) {
            return { items: [], reason: "X-Hub-Signature-256 does not match the secret" };
          }
          const event = request.headers["x-github-event"] ?? "";
          const events = optList(options, "events");
          if (events.length > 0 && !events.includes("*") && !events.includes(event)) {
            return { items: [], reason: `GitHub event "${event}" is not one of events: ${events.join(", ")}` };
          }
          let payload = bodyObject(request.body);
          if (payload && typeof payload.payload === "string" && request.headers["content-type"]?.includes("form")) {
            payload = jsonObject(payload.payload);
          }
          if (!payload) return { items: [], reason: "the body is not a GitHub webhook payload" };
          return { items: [{ event, delivery: request.headers["x-github-delivery"] ?? request.id, payload }] };
        }
      }
    ];
  }
};

// src/receiver/triggers/google-form.ts
var googleFormTrigger = {
  name: "google_form",
  webhooks(options) {
    return [
      {
        method: "POST",
        handler(request) {
          const secret = optString(options, "secret");
          if (secret && !safeEqualText(secret, request.headers["x-webhook-secret"] ?? "")) {
            return { items: [], reason: "X-Webhook-Secret does not match the secret option" };
          }
          const body = bodyObject(request.body);
          if (!body) return { items: [], reason: "the body is not a JSON object or form" };
          return { items: [{ ...body }] };
        }
      }
    ];
  }
};

// src/receiver/triggers/slack.ts
function fromEventsApi(body, events) {
  if (body.type === "url_verification") {
    const challenge = typeof body.challenge === "string" ? body.challenge : "";
    return {
      items: [],
      reason: "Slack url_verification handshake: no items (the endpoint Slack calls must echo the challenge)",
      // The relay answers this handshake at the edge with the same type.
      response: { status: 200, contentType: "text/plain; charset=UTF-8", body: challenge }
    };
  }
  const event = bodyObject(body.event);
  if (body.type !== "event_callback" || !event) return { items: [], reason: `Slack ${String(body.type)} carries no event` };
  if (events.length > 0 && !events.includes(String(event.type))) {
    return { items: [], reason: `event type ${String(event.type)} is not one of events: ${events.join(", ")}` };
  }
  const item = { ...event, event_id: body.event_id, event_time: body.event_time, team_id: body.team_id };
  return { items: [item] };
}
var slackTrigger = {
  name: "slack",
  webhooks(options) {
    return [
      {
        method: "POST",
        handler(request, context) {
          const secret = optString(options, "signing_secret");
          if (secret) {
            const h = request.headers;
            const why = checkSlack(secret, request.rawBody, h["x-slack-signature"], h["x-slack-request-timestamp"], context.now);
            if (why) return { items: [], reason: why };
          }
          const body = bodyObject(request.body);
          if (!body) return { items: [], reason: "the body is not a Slack JSON or form payload" };
          const token = optString(options, "token");
          if (token && !safeEqualText(token, typeof body.token === "string" ? body.token : "")) {
            return { items: [], reason: "the token field does not match the token option" };
          }
          if (typeof body.type === "string" && request.headers["content-type"]?.includes("json")) {
            return fromEventsApi(body, optList(options, "events"));
          }
          if (typeof body.payload === "string") {
            const parsed = parseJson(body.payload);
            if (!parsed.ok) {
              const why = parsed.reason === "too-deep" ? `nested more than ${MAX_JSON_DEPTH} levels deep` : "not JSON";
              return { items: [], reason: `the payload field is ${why}` };
            }
            const payload = bodyObject(parsed.value);
            if (payload) return { items: [payload] };
          }
          return { items: [{ ...body }] };
        }
      }
    ];
  }
};

// src/receiver/triggers/telegram-bot.ts
var MESSAGE_KINDS = ["message", "edited_message", "channel_post", "edited_channel_post", "business_message"];
var telegramBotTrigger = {
  name: "telegram_bot",
  webhooks(options) {
    return [
      {
        method: "POST",
        handler(request) {
          const secret = optString(options, "secret_token");
          if (secret && !safeEqualText(secret, request.headers["x-telegram-bot-api-secret-token"] ?? "")) {
            return { items: [], reason: "X-Telegram-Bot-Api-Secret-Token does not match secret_token" };
          }
          const update = bodyObject(request.body);
          if (!update || typeof update.update_id !== "number") {
            return { items: [], reason: "the body is not a Telegram update (no update_id)" };
          }
          const kind = Object.keys(update).find((k) => k !== "update_id" && bodyObject(update[k]));
          const inner = kind ? bodyObject(update[kind]) : void 0;
          if (!kind || !inner) return { items: [], reason: "the update carries no object" };
          const events = optList(options, "event");
          if (events.length > 0) {
            const types = MESSAGE_KINDS.includes(kind) ? [kind, ...Object.keys(inner)] : [kind];
            if (!events.some((e) => types.includes(e))) {
              return { items: [], reason: `update ${kind} is not one of event: ${events.join(", ")}` };
            }
          }
          const item = { ...inner, update_id: update.update_id };
          if (!MESSAGE_KINDS.includes(kind)) item.update_type = kind;
          return { items: [item] };
        }
      }
    ];
  }
};

// src/receiver/triggers/trello.ts
var trelloTrigger = {
  name: "trello",
  webhooks(options) {
    return [
      {
        handler(request) {
          if (request.method === "head") return { items: [], reason: "Trello webhook creation check (HEAD)" };
          const secret = optString(options, "secret");
          if (secret) {
            const callbackUrl = optString(options, "callback_url");
            if (!callbackUrl) return { items: [], reason: "the secret option needs callback_url (the URL registered with Trello)" };
            if (!verifyTrello(secret, callbackUrl, request.rawBody, request.headers["x-trello-webhook"])) {
              return { items: [], reason: "X-Trello-Webhook does not match secret and callback_url" };
            }
          }
          const body = bodyObject(request.body);
          const action = body ? bodyObject(body.action) : void 0;
          if (!body || !action) return { items: [], reason: "the body has no action" };
          return { items: [{ ...action, model: body.model }] };
        }
      }
    ];
  }
};

// src/receiver/triggers/typeform.ts
var typeformTrigger = {
  name: "typeform",
  webhooks(options) {
    return [
      {
        method: "POST",
        handler(request) {
          const secret = optString(options, "secret");
          if (secret && !verifyTypeform(secret, request.rawBody, request.headers["typeform-signature"])) {
            return { items: [], reason: "Typeform-Signature does not match the secret" };
          }
          const body = bodyObject(request.body);
          const response = body ? bodyObject(body.form_response) : void 0;
          if (!body || !response) return { items: [], reason: "the body has no form_response" };
          return { items: [{ ...response, event_id: body.event_id }] };
        }
      }
    ];
  }
};

// src/receiver/triggers/webhook.ts
import { createHash as createHash2 } from "node:crypto";
function pick(value, dotted) {
  let cur = value;
  for (const key of dotted.split(".")) {
    if (typeof cur !== "object" || cur === null) return void 0;
    cur = own(cur, key);
  }
  return cur;
}
function requestId(request, key) {
  const keyed = key ? pick(request.body, key) : void 0;
  if (typeof keyed === "string" || typeof keyed === "number") return String(keyed);
  if (request.id !== "") return request.id;
  return createHash2("sha256").update(`${request.method} ${request.originPath}
`).update(request.rawBody).digest("hex").slice(0, 32);
}
function webhookItem(request, deduplicationKey) {
  return {
    request_id: requestId(request, deduplicationKey),
    body: request.body,
    headers: request.headers,
    method: request.method,
    path: request.path,
    query: request.query,
    querystring: request.querystring,
    search: request.search,
    params: request.params
  };
}
var webhookTrigger = {
  name: "webhook",
  webhooks(options) {
    const hook = {
      handler: (request) => ({ items: [webhookItem(request, optString(options, "deduplicationKey"))] })
    };
    const method = optString(options, "method");
    if (method) hook.method = method;
    const path = optString(options, "path");
    if (path) hook.path = path;
    return [hook];
  }
};

// src/receiver/triggers/registry.ts
var builtinTriggers = new Map(
  [webhookTrigger, telegramBotTrigger, slackTrigger, githubTrigger, typeformTrigger, trelloTrigger, googleFormTrigger, awsSnsTrigger].map(
    (t) => [t.name, t]
  )
);

// src/receiver/receive.ts
async function receiveRequest(request, options) {
  const found = route(request, options.workflows, options.triggers ?? builtinTriggers, options.secrets ?? {});
  if (!found.matched) return { matched: false, items: [], reason: found.message, request };
  const routed = { ...request, path: found.suffix, params: found.params };
  const { config: _config, ...triggerOptions } = found.options;
  const received = new Date(routed.receivedAt);
  const now = Number.isNaN(received.getTime()) ? /* @__PURE__ */ new Date() : received;
  const handled = await found.webhook.handler(routed, {
    options: triggerOptions,
    now,
    ...options.fetchCert ? { fetchCert: options.fetchCert } : {}
  });
  let items;
  try {
    items = applyConfig(handled.items, readConfig(found.options));
  } catch (err) {
    throw new ReceiverError(`on.${found.triggerName}.config in ${found.workflow.file} is not valid: ${err.message}`);
  }
  const result = {
    matched: true,
    workflow: found.workflow.name,
    trigger: found.triggerName,
    items,
    request: routed
  };
  if (handled.reason) result.reason = handled.reason;
  else if (items.length === 0) result.reason = "the trigger config (filter/skip/limit) removed every item";
  if (handled.response) result.response = handled.response;
  return result;
}
async function receiveEvent(event, options) {
  const request = await requestFromEvent(event, options.readBlob ? { readBlob: options.readBlob } : {});
  return receiveRequest(request, options);
}

// src/receiver/workflows.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdirSync, readFileSync as readFileSync2, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
function listYaml(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...listYaml(full));
    else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
  }
  return out;
}
function triggersOf(on) {
  if (typeof on === "string") return /* @__PURE__ */ new Map([[on, null]]);
  if (Array.isArray(on)) return new Map(on.map((t) => [String(t), null]));
  if (typeof on === "object" && on !== null) return new Map(Object.entries(on));
  return /* @__PURE__ */ new Map();
}
function parseWorkflow(name, file, text) {
  let doc;
  try {
    doc = (0, import_yaml.parse)(text);
  } catch (err) {
    throw new ReceiverError(`${file} is not valid YAML: ${err.message.split("\n")[0]}`);
  }
  const on = typeof doc === "object" && doc !== null ? doc.on : void 0;
  return { name, file, triggers: triggersOf(on) };
}
function loadWorkflows(dir) {
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    isDir = false;
  }
  if (!isDir) {
    throw new ReceiverError(`workflows folder "${dir}" does not exist (set the workflows input / --workflows to the folder of your trigger files)`);
  }
  return listYaml(dir).sort().map((file) => {
    const name = relative(dir, file).split(sep).join("/").replace(/\.ya?ml$/i, "");
    return parseWorkflow(name, file, readFileSync2(file, "utf8"));
  });
}

// src/receiver/action/inputs.ts
import { isAbsolute, resolve as resolve2 } from "node:path";
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function booleanInput(env, name, fallback) {
  const value = getInput(env, name);
  if (value === "") return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new ReceiverError(`input ${name} must be true or false, got "${value}"`);
}
function readActionConfig(env, cwd, tmp) {
  const workspace = env.GITHUB_WORKSPACE || cwd;
  const dir = getInput(env, "workflows") || "workflows";
  return {
    workflowsDir: isAbsolute(dir) ? dir : resolve2(workspace, dir),
    eventType: getInput(env, "event-type"),
    secrets: parseSecrets(getInput(env, "secrets"), "input secrets"),
    githubToken: getInput(env, "github-token"),
    failOnUnmatched: booleanInput(env, "fail-on-unmatched", false),
    eventName: env.GITHUB_EVENT_NAME ?? "",
    eventPath: env.GITHUB_EVENT_PATH ?? "",
    outputFile: env.GITHUB_OUTPUT ?? "",
    summaryFile: env.GITHUB_STEP_SUMMARY ?? "",
    apiUrl: env.GITHUB_API_URL ?? "",
    repository: env.GITHUB_REPOSITORY ?? "",
    tempDir: env.RUNNER_TEMP || tmp
  };
}

// src/receiver/action/main.ts
function writeOutputs(config, outputs, io) {
  if (config.outputFile) appendFileSync(config.outputFile, formatOutputFile(outputs));
  else io.log(withoutCommands("GITHUB_OUTPUT is not set; outputs:\n" + JSON.stringify(outputs, null, 2)));
}
function unmatched(config, reason, io) {
  writeOutputs(config, unmatchedOutputs(reason), io);
  return finishUnmatched(config, reason, io);
}
function finishUnmatched(config, reason, io) {
  if (config.failOnUnmatched) {
    io.log(`::error::${escapeData(reason)}`);
    return 1;
  }
  io.log(`::warning::${escapeData(reason)}`);
  return 0;
}
async function run(env = process.env, io = { log: (line) => console.log(line) }) {
  try {
    const config = readActionConfig(env, process.cwd(), tmpdir());
    if (config.eventName && config.eventName !== "repository_dispatch") {
      return unmatched(config, `this job was started by ${config.eventName}, not repository_dispatch`, io);
    }
    const { event, readBlob } = loadEventFile(config.eventPath, {
      apiUrl: config.apiUrl,
      repository: config.repository,
      token: config.githubToken,
      ...io.fetch ? { fetch: io.fetch } : {}
    });
    if (config.eventType && event.action !== config.eventType) {
      const action = typeof event.action === "string" ? `"${event.action}"` : `of type ${Array.isArray(event.action) ? "array" : typeof event.action}`;
      return unmatched(config, `event type ${action} is not "${config.eventType}"`, io);
    }
    const result = await receiveEvent(event, { workflows: loadWorkflows(config.workflowsDir), secrets: config.secrets, readBlob });
    for (const warning of result.request.warnings ?? []) io.log(`::warning::${escapeData(warning)}`);
    let bodyFile = "";
    if (result.request.rawBody.length > 0) {
      mkdirSync(config.tempDir, { recursive: true });
      bodyFile = join2(mkdtempSync(join2(config.tempDir, "webhook2github-")), "body");
      writeFileSync(bodyFile, result.request.rawBody);
    }
    const outputs = actionOutputs(result, bodyFile);
    for (const name of fitOutputs(outputs)) {
      io.log(`::warning::output ${name} is over GitHub's 1 MB limit and was left empty; read the body from body-file`);
    }
    writeOutputs(config, outputs, io);
    if (config.summaryFile) appendFileSync(config.summaryFile, formatSummary(result));
    if (!result.matched) return finishUnmatched(config, result.reason ?? "no route", io);
    io.log(oneLine(`webhook2github: ${result.workflow} \u2192 ${result.trigger}: ${result.items.length} item(s)`));
    if (result.reason) io.log(`::notice::${escapeData(result.reason)}`);
    return 0;
  } catch (err) {
    const message = err instanceof ReceiverError ? err.message : `webhook2github failed: ${err.stack ?? String(err)}`;
    io.log(`::error::${escapeData(message)}`);
    return 1;
  }
}

// src/receiver/action/index.ts
run().then(
  (code2) => {
    process.exitCode = code2;
  },
  (err) => {
    console.log(`::error::${escapeData(String(err))}`);
    process.exitCode = 1;
  }
);
