import { createRequire as __wxblCreateRequire } from "node:module"; const require = __wxblCreateRequire(import.meta.url);
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

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR3 = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR3;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
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
          case SCALAR3:
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
    exports.SCALAR = SCALAR3;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
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
            const [handle, prefix3] = parts;
            this.tags[handle] = prefix3;
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
        const prefix3 = this.tags[handle];
        if (prefix3) {
          try {
            return prefix3 + decodeURIComponent(suffix);
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
        for (const [handle, prefix3] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix3))
            return handle + escapeTagName(tag.substring(prefix3.length));
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
        for (const [handle, prefix3] of tagEntries) {
          if (handle === "!!" && prefix3 === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix3)))
            lines.push(`%TAG ${handle} ${prefix3}`);
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
        const msg2 = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg2);
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
    function findNewAnchor(prefix3, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix3}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix3) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix3, prevAnchors);
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
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
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
            const msg2 = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg2);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg2 = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg2);
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
          const msg2 = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg2);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg2 = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg2);
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
        let count2 = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count2)
            count2 = c;
        }
        return count2;
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
        const match = tags.filter((t2) => t2.tag === tagName);
        const tagObj = match.find((t2) => !t2.format) ?? match[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t2) => t2.identify?.(value) && !t2.format);
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
          const n4 = node.value;
          return n4 == null || allowScalar && identity.isScalar(n4) && n4.value == null && !n4.commentBefore && !n4.comment && !n4.tag;
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
    function indentComment(comment3, indent) {
      if (/^\n+$/.test(comment3))
        return comment3.substring(1);
      return indent ? comment3.replace(/^(?! *$)/gm, indent) : comment3;
    }
    var lineComment = (str, indent, comment3) => str.endsWith("\n") ? indentComment(comment3, indent) : comment3.includes("\n") ? "\n" + indentComment(comment3, indent) : (str.endsWith(" ") ? "" : " ") + comment3;
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
                const code = json.substr(i + 2, 4);
                switch (code) {
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
                    if (code.substr(0, 2) === "00")
                      str += "\\x" + code.substr(2);
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
    function blockString({ comment: comment3, type, value }, ctx, onComment, onChompKeep) {
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
      if (comment3) {
        header += " " + commentString(comment3.replace(/ ?[\r\n]+/g, " "));
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
        const t2 = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t2);
        if (res === null)
          throw new Error(`Unsupported default string type ${t2}`);
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
        const match = tags.filter((t2) => t2.tag === item.tag);
        if (match.length > 0)
          return match.find((t2) => t2.format === item.format) ?? match[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter((t2) => t2.identify?.(obj));
        if (match.length > 1) {
          const testMatch = match.filter((t2) => t2.test);
          if (testMatch.length > 0)
            match = testMatch;
        }
        tagObj = match.find((t2) => t2.format === item.format) ?? match.find((t2) => !t2.format);
      } else {
        obj = item;
        tagObj = tags.find((t2) => t2.nodeClass && obj instanceof t2.nodeClass);
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
          const msg2 = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg2);
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
var require_log = __commonJS({
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
var require_merge = __commonJS({
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
    var log = require_log();
    var merge = require_merge();
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
    function stringifyBlockCollection({ comment: comment3, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment4 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment4 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment4 = null, () => chompKeep = true);
        if (comment4)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment4));
        if (chompKeep && comment4)
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
      if (comment3) {
        str += "\n" + stringifyComment.indentComment(commentString(comment3), indent);
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
        let comment3 = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment3 = item.comment;
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
              comment3 = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment3 = ik.comment;
          }
        }
        if (comment3)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment3 = null);
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
        if (comment3)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment3));
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
    function addCommentBefore({ indent, options: { commentString } }, lines, comment3, chompKeep) {
      if (comment3 && chompKeep)
        comment3 = comment3.replace(/^\n+/, "");
      if (comment3) {
        const ic = stringifyComment.indentComment(commentString(comment3), indent);
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
var require_map = __commonJS({
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
var require_string = __commonJS({
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
      let n4 = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n4) && !n4.includes("e")) {
        let i = n4.indexOf(".");
        if (i < 0) {
          i = n4.length;
          n4 += ".";
        }
        let d = minFractionDigits - (n4.length - i - 1);
        while (d-- > 0)
          n4 += "0";
      }
      return n4;
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
    function intStringify(node, radix, prefix3) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix3 + value.toString(radix);
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
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
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
    var map = require_map();
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
      stringify({ comment: comment3, type, value }, ctx, onComment, onChompKeep) {
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
          const n4 = Math.ceil(str.length / lineWidth);
          const lines = new Array(n4);
          for (let i = 0, o = 0; i < n4; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment: comment3, type, value: str }, ctx, onComment, onChompKeep);
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
        const n5 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n5 : n5;
      }
      const n4 = parseInt(str, radix);
      return sign === "-" ? -1 * n4 : n4;
    }
    function intStringify(node, radix, prefix3) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix3 + str.substr(1) : prefix3 + str;
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
var require_set = __commonJS({
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
      const num = (n4) => asBigInt ? BigInt(n4) : Number(n4);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n4) => n4;
      if (typeof value === "bigint")
        num = (n4) => BigInt(n4);
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
      return sign + parts.map((n4) => String(n4).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
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
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set = require_set();
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
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set = require_set();
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
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
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
          for (const { count: count2, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count2);
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
      constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLParseError", pos, code, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code, message) {
        super("YAMLWarning", pos, code, message);
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
        lineStr = "…" + lineStr.substring(trimStart);
        ci -= trimStart - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "…";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "…\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count2 = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count2 = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count2);
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
      let comment3 = "";
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
            if (!comment3)
              comment3 = cb;
            else
              comment3 += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment3)
                comment3 += token.source;
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
        comment: comment3,
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
          const msg2 = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg2, true);
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
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items.some((pair) => isEqual(pair.key, search));
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
        const { start, key, sep, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
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
          if (!keyProps.anchor && !keyProps.tag && !sep) {
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
        const valueProps = resolveProps.resolveProps(sep ?? [], {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
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
      let comment3 = "";
      if (end) {
        let hasSpace = false;
        let sep = "";
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
              if (!comment3)
                comment3 = cb;
              else
                comment3 += sep + cb;
              sep = "";
              break;
            }
            case "newline":
              if (comment3)
                sep += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment: comment3, offset };
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
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
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
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key ?? sep?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep && !value) {
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
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key))
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
        if (!isMap2 && !sep && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep, null, props, onError);
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
          const valueProps = resolveProps.resolveProps(sep ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep)
                for (const st of sep) {
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
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError) : null;
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
          if (isMap2) {
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
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg2 = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg2);
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
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg2) => onError(tagToken, "TAG_RESOLVE_FAILED", msg2));
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
      let tag = ctx.schema.tags.find((t2) => t2.tag === tagName && t2.collection === expType);
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
      const res = tag.resolve?.(coll, (msg2) => onError(tagToken, "TAG_RESOLVE_FAILED", msg2), ctx.options) ?? coll;
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
      let sep = "";
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
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep === " ")
            sep = "\n";
          else if (!prevMoreIndented && sep === "\n")
            sep = "\n\n";
          value += sep + indent.slice(trimIndent) + content;
          sep = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep === "\n")
            value += "\n";
          else
            sep = "\n";
        } else {
          value += sep + content;
          sep = " ";
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
          const n4 = Number(ch);
          if (!indent && n4)
            indent = n4;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment3 = "";
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
            comment3 = token.source.substring(1);
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
      return { mode, indent, chomp, comment: comment3, length };
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
      const _onError = (rel, code, msg2) => onError(offset + rel, code, msg2);
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
      let sep = " ";
      let pos = line.lastIndex;
      while (match = line.exec(source)) {
        const lm = match[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep === "\n")
            res += sep;
          else
            sep = "\n";
        } else {
          res += sep + lm;
          sep = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match = last.exec(source);
      return res + sep + (match?.[1] ?? "");
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
      N: "",
      // Unicode next line
      _: " ",
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
      const code = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code);
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
      const { value, type, comment: comment3, range } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg2) => onError(tagToken, "TAG_RESOLVE_FAILED", msg2)) : null;
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
        const res = tag.resolve(value, (msg2) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg2), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg2 = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg2);
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
      if (comment3)
        scalar.comment = comment3;
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
          const msg2 = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg2, true);
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
      const { spaceBefore, comment: comment3, anchor, tag } = props;
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
        const msg2 = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg2);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment3) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment3;
        else
          node.commentBefore = comment3;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment: comment3, anchor, tag, end }, onError) {
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
      if (comment3) {
        node.comment = comment3;
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
      let comment3 = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment3 += (comment3 === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
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
      return { comment: comment3, afterEmptyLine };
    }
    var Composer = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment: comment3, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment3) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment3}` : comment3;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment3;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment3}
${cb}` : comment3;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment3}
${cb}` : comment3;
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
            const msg2 = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg2);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg2 = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg2));
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
        const _onError = (pos, code, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code, message);
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
    function stringifyItem({ start, key, sep, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key)
        res += stringifyToken(key);
      if (sep)
        for (const st of sep)
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
    var BOM2 = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR3 = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM2:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR3:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM2:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR3:
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
    exports.BOM = BOM2;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR3;
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
    function isEmpty(ch) {
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
      charAt(n4) {
        return this.buffer[this.pos + n4];
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
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
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
      hasChars(n4) {
        return this.pos + n4 <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n4) {
        return this.buffer.substr(this.pos, n4);
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
          const n4 = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n4);
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
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n4 = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n4;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n4 = yield* this.pushIndicators();
        switch (line[n4]) {
          case "#":
            yield* this.pushCount(line.length - n4);
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
            n4 += yield* this.parseBlockScalarHeader();
            n4 += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n4);
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
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n4 = 0;
        while (line[n4] === ",") {
          n4 += yield* this.pushCount(1);
          n4 += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n4 += yield* this.pushIndicators();
        switch (line[n4]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n4);
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
            if (this.flowKey || isEmpty(next) || next === ",") {
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
            let n4 = 0;
            while (this.buffer[end - 1 - n4] === "\\")
              n4 += 1;
            if (n4 % 2 === 0)
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
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
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
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
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
      *pushCount(n4) {
        if (n4 > 0) {
          yield this.buffer.substr(this.pos, n4);
          this.pos += n4;
          return n4;
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
        let n4 = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n4 += yield* this.pushTag();
              n4 += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n4 += yield* this.pushUntil(isNotAnchorChar);
              n4 += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n4 += yield* this.pushCount(1);
                n4 += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n4;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
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
        const n4 = i - this.pos;
        if (n4 > 0) {
          yield this.buffer.substr(this.pos, n4);
          this.pos = i;
        }
        return n4;
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
    var LineCounter2 = class {
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
    exports.LineCounter = LineCounter2;
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
      peek(n4) {
        return this.stack[this.stack.length - n4];
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
          let sep;
          if (scalar.end) {
            sep = scalar.end;
            sep.push(this.sourceToken);
            delete scalar.end;
          } else
            sep = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep }]
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
                  const sep = it.sep;
                  sep.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key, sep }]
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
            const sep = fc.end.splice(1, fc.end.length);
            sep.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep }]
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
    var log = require_log();
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
    function parseDocument2(source, options = {}) {
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
    function parse3(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument2(src, options);
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
    exports.parse = parse3;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument2;
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

// src/desired/load-desired-worker.ts
import { parentPort, workerData } from "node:worker_threads";

// src/i18n/format-number.ts
function formatCount(n4) {
  const sign = n4 < 0 ? "-" : "";
  const digits = String(Math.round(Math.abs(n4)));
  return sign + digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function formatPercent(percent, decimals = 1) {
  const fixed = percent.toFixed(decimals);
  const trimmed = fixed.includes(".") ? fixed.replace(/\.?0+$/, "") : fixed;
  return `${trimmed === "-0" ? "0" : trimmed}%`;
}
function formatShare(part, whole, decimals = 1) {
  return formatPercent(whole === 0 ? 0 : part * 100 / whole, decimals);
}

// src/i18n/en/accounts.ts
var accounts = {
  // wxbl.yaml
  "accounts.config.cannotRead": (p) => `cannot read ${p.file}: ${p.code}; check its permissions`,
  "accounts.config.empty": () => "wxbl.yaml is empty; list the accounts under 'accounts:' (see docs/setup.md), or remove the file to work on one account",
  "accounts.config.notMap": (p) => `wxbl.yaml must be a map with an 'accounts:' key, found ${p.found}`,
  "accounts.config.noAccountsKey": () => "accounts is missing; add 'accounts:' with one entry per Official Account",
  "accounts.config.noAccounts": () => "accounts is empty; add at least one account (a name, then 'file: path/to/blacklist.yaml')",
  "accounts.config.accountsNotMap": (p) => `accounts must be a map of names to accounts (main:, shop:, ...), found ${p.found}`,
  "accounts.config.accountNotMap": (p) => `account ${p.account} must be a map with 'file:' (and optionally 'env:'), found ${p.found}`,
  "accounts.config.notText": (p) => `${p.key} of account ${p.account} must be text, found ${p.found}`,
  "accounts.config.unknownKeyNear": (p) => `unknown key "${p.key}"${p.account ? ` in account ${p.account}` : ""}; did you mean "${p.near}"?`,
  "accounts.config.unknownKey": (p) => `unknown key "${p.key}"${p.account ? ` in account ${p.account}` : ""}; allowed: ${p.allowed}`,
  "accounts.config.noFile": (p) => `account ${p.account} has no file; add 'file: accounts/${p.account}/blacklist.yaml' (its desired-state file)`,
  "accounts.config.emptyFile": (p) => `the file of account ${p.account} is empty; name its desired-state file`,
  "accounts.config.badName": (p) => `account name "${p.name}" may use only lowercase letters, digits and - (at most 64)` + (p.suggestion ? `; e.g. "${p.suggestion}"` : ""),
  "accounts.config.badEnv": (p) => `env of account ${p.account} is ${p.value}; write uppercase letters, digits and _ (it becomes WECHAT_<ENV>_APPSECRET)`,
  "accounts.config.invalid": (p) => `${p.where} is not valid: ${p.problem}`,
  "accounts.config.fileOutside": (p) => `the file of account ${p.account} (${p.file}) must be a file path inside this directory, relative to wxbl.yaml`,
  "accounts.config.sharedFile": (p) => `account ${p.account} has the file of account ${p.other} (line ${p.line}): ${p.file}; each account needs its own file`,
  "accounts.config.sharedEnv": (p) => `account ${p.account} would use the variables of account ${p.other} (line ${p.line}): WECHAT_${p.env}_...; give one of them another 'env:'`,
  "accounts.config.invalidFile": (p) => `${p.file} is not valid (${p.count} ${p.count === 1 ? "problem" : "problems"}); nothing was read or changed:
${p.problems}
Fix it (wxbl validate lists the same problems), then run again.`,
  // Choosing accounts
  "accounts.select.allAndAccount": () => "--all and --account together: give --all for every account, or --account NAME for some",
  "accounts.select.unknown": (p) => `no account "${p.name}" in wxbl.yaml; its accounts: ${p.known}`,
  "accounts.select.unknownNear": (p) => `no account "${p.name}" in wxbl.yaml; did you mean "${p.near}"? Its accounts: ${p.known}`,
  "accounts.select.nameThem": (p) => `wxbl ${p.command} changes live accounts and will not guess which: name them with --account NAME (repeatable) or give --all; nothing was called. Accounts: ${p.known}`,
  "accounts.select.exactlyOne": (p) => `wxbl ${p.command} edits one account's file: name exactly one with --account NAME. Accounts: ${p.known}`,
  "accounts.select.noConfig": (p) => `${p.flag} needs a wxbl.yaml in the current directory (it lists the accounts); without one, wxbl works on --file`,
  "accounts.select.fileWithConfig": () => "--file cannot be used here: wxbl.yaml in the current directory names each account's file; choose accounts with --account NAME, or run from a directory without wxbl.yaml",
  "accounts.select.parallel": (p) => `--parallel must be a whole number from 1 to 64, not ${p.value}`,
  "accounts.select.outWithConfig": () => "--out cannot be used with wxbl.yaml: export writes each account's file in place (the file wxbl.yaml names)",
  // Credentials
  "accounts.connection.plainIgnored": (p) => `${p.variables} ignored: with wxbl.yaml, each account's credentials come from its own WECHAT_<ENV>_... variables`,
  "accounts.connection.missing": (p) => `credentials for account ${p.account} are missing: set ${p.secret} (used with the file's appid ${p.appid}) or ${p.token} (a token from the account's token service)`,
  "accounts.connection.appidDiffers": (p) => `refused, nothing was called for account ${p.account}: ${p.variable} is ${p.given} but ${p.file} is for ${p.appid}; these variables belong to another account: check the secrets set for ${p.account}`,
  "accounts.file.noAppid": (p) => `${p.file} (account ${p.account}) has no appid: line; with wxbl.yaml every account's file names its account: add 'appid: wx...' (16 hex digits) at the top`,
  "accounts.file.invalid": (p) => `${p.file} (account ${p.account}) is not valid (${p.errors} ${p.errors === 1 ? "error" : "errors"}); nothing was planned or changed for it:
${p.listing}
Fix the file (wxbl validate --account ${p.account} lists the same problems), then run again.`,
  "accounts.file.more": (p) => `… and ${formatCount(p.rest)} more (wxbl validate --account ${p.account} lists them all)`,
  // Running
  "accounts.run.notStarted": (p) => `account ${p.account} was not started: interrupted; nothing was done for it`,
  // validate
  "accounts.validate.configInvalid": (p) => `${p.errors} ${p.errors === 1 ? "error" : "errors"}; no account was checked`,
  // Text output
  "accounts.text.noPlan": (p) => `No plan (exit ${p.code}): see the error on stderr.`,
  "accounts.text.noDiff": (p) => `No diff (exit ${p.code}): see the error on stderr.`,
  // Markdown (the pull-request comment): a section per account
  "accounts.md.heading": (p) => `## wxbl plan: ${p.accounts} ${p.accounts === 1 ? "account" : "accounts"}`,
  "accounts.md.totals": (p) => `**${p.block} to block, ${p.unblock} to unblock** across ${p.accounts} ${p.accounts === 1 ? "account" : "accounts"}` + (p.failed > 0 ? `; **${p.failed} without a plan** (see below).` : "."),
  "accounts.md.tableHead": () => "| account | file | to block | to unblock | unchanged | status |",
  "accounts.md.statusNone": () => "no changes",
  "accounts.md.statusChanges": () => "changes",
  "accounts.md.statusGuard": () => "**guard tripped**",
  "accounts.md.statusFailed": (p) => `**no plan** (exit ${p.code})`,
  "accounts.md.moreAccounts": (p) => `… and ${p.count} more ${p.count === 1 ? "account" : "accounts"}, not listed here to keep this comment under GitHub's size limit; see the JSON plan.`,
  "accounts.md.section": (p) => `## Account \`${p.account}\``,
  "accounts.md.failed": (p) => `> [!CAUTION]
> **No result (exit ${p.code}):** ${p.message}`,
  "accounts.md.tooLong": (p) => `The details of \`${p.account}\` do not fit in this comment; see the JSON output (--format json).`,
  "accounts.md.diffHeading": (p) => `## wxbl diff: ${p.accounts} ${p.accounts === 1 ? "account" : "accounts"}`,
  "accounts.md.diffUnchanged": (p) => `Files unchanged: ${p.accounts}.`,
  // Saved plans
  "accounts.saved.cannotRead": (p) => `cannot read the saved plans ${p.file}: ${p.code}; check the path, or make them with wxbl plan --all --out ${p.file}`,
  "accounts.saved.notJson": (p) => `${p.file} is not a saved plan: it is not JSON (${p.problem}); make one with wxbl plan --all --out ${p.file}`,
  "accounts.saved.onePlan": (p) => `${p.file} is the plan of one account (wxbl-plan/1), made without wxbl.yaml; here every account's plan is needed: make them with wxbl plan --all --out ${p.file}`,
  "accounts.saved.invalid": (p) => `${p.file} is not a wxbl-plans/1 file: ${p.problems}; make a new one with wxbl plan --all --out ${p.file}`,
  "accounts.saved.noAccount": (p) => `the saved plans ${p.file} have no plan for account ${p.account}; nothing was called for it. Plan it too (wxbl plan --account ${p.account} --out ...), or leave it out of --account`,
  // apply
  "accounts.apply.needsYes": () => "apply needs --yes when it is not run on a terminal; nothing was changed on any account. Review the plans (wxbl plan), then run wxbl apply --yes",
  "accounts.apply.confirm": (p) => `Block ${p.block} and unblock ${p.unblock} on ${p.accounts} live ${p.accounts === 1 ? "account" : "accounts"} (${p.names})?`,
  "accounts.apply.cancelled": () => "apply cancelled; nothing was changed on any account",
  // export
  "accounts.export.done": (p) => `Exported ${p.count} blocked openids (${p.pages} page reads) to ${p.file}.`,
  "accounts.export.noAppid": (p) => `cannot tell which Official Account ${p.account} is: ${p.file} does not exist or names no appid; set ${p.variable} to its appid (wx followed by 16 hex digits), then export again`,
  // sandbox --accounts
  "accounts.sandbox.oneAccountFlags": () => "--appid, --secret and --state describe a sandbox of one account; with --accounts N each account gets its own (GET /__sandbox/accounts lists them)",
  "accounts.sandbox.ready": (p) => `# wxbl sandbox: ${p.accounts} accounts, each with ${p.followers} followers, ${p.blocked} blocked, ${p.pageSize} ids a page (ready in ${p.ms} ms). Ctrl-C stops it.`
};

// src/i18n/en/action.ts
var action = {
  "action.badCommand": (p) => `the command input "${p.command}" is not one of ${p.commands.join(", ")}`,
  "action.badBoolean": (p) => `the ${p.name} input must be true or false, not "${p.value}"`,
  "action.badArgs": (p) => `the args input cannot be split into flags: ${p.detail}; quote with "…" or '…'`,
  "action.diffNeedsBase": () => "diff outside a pull request needs a base revision: add --base REF to the args input (e.g. --base origin/main)",
  "action.noGithubToken": () => "the github-token input is empty: leave it out (the job's token is the default) or give a token",
  "action.stepFailed": (p) => `wxbl ${p.command} exited ${p.code}; see the log above and the run summary`,
  "action.running": (p) => `Running: wxbl ${p.argv}`,
  "action.forkNoComment": () => "This pull request comes from a fork: its token may not comment, so the result is in the run summary only.",
  "action.noPullRequest": () => "Not run for a pull request: no comment to post.",
  "action.commentCreated": (p) => `Posted the wxbl comment: ${p.url}`,
  "action.commentUpdated": (p) => `Updated the wxbl comment: ${p.url}`,
  "action.commentFailed": (p) => `could not post the pull-request comment (GitHub answered ${p.status}: ${p.message}); the job needs "permissions: pull-requests: write", or set the comment input to false`,
  "action.issueFailed": (p) => `could not open, update or close the drift issue (GitHub answered ${p.status}: ${p.message}); the job needs "permissions: issues: write"`,
  "action.driftOpened": (p) => `Drift: opened ${p.url}`,
  "action.driftUpdated": (p) => `Drift: updated ${p.url}`,
  "action.driftClosed": (p) => `No drift any more: closed ${p.url}`,
  "action.driftNone": () => "No drift, and no open drift issue.",
  "action.driftUntouched": () => "The plan failed, so the drift issue (if any) is left as it is.",
  "action.applyTitle": () => "## wxbl apply",
  "action.expireTitle": () => "## wxbl expire: lifting expired bans",
  "action.applyExit0": () => "Exit 0: applied; the live blacklist matches the file.",
  "action.expireExit0": () => "Exit 0: done; every expired entry that was still blocked is unblocked.",
  "action.applyExit1": () => "Exit 1: failed or partial: a WeChat or network error, an exhausted quota, or a live list that did not verify. Re-running picks up what remains.",
  "action.applyExit3": () => "Exit 3: invalid input: the file, a flag or the credentials are not usable. Nothing was changed.",
  "action.applyExit4": () => "Exit 4: refused for safety: a guard tripped or the appid does not match. Nothing was changed; review the plan, then run the apply workflow by hand with force ticked if the change is intended.",
  "action.applyExitOther": (p) => `Exit ${p.code}: unexpected; see the log.`,
  "action.noReport": () => "No report was written.",
  "action.reportUnreadable": () => "The report could not be read as JSON.",
  "action.reportTable": () => "| blocked | unblocked | failed | remaining to block | remaining to unblock | verified |",
  "action.yes": () => "yes",
  "action.no": () => "**no**",
  "action.notApplicable": () => "n/a",
  "action.failedChanges": () => "Failed changes",
  "action.failedTable": () => "| action | openid | errcode | line |",
  "action.moreFailures": (p) => `…and ${p.count} more in the report artifact.`,
  "action.reportArtifact": () => "The full JSON report is attached to this run as an artifact.",
  "action.driftTitle": () => "Blacklist drift detected",
  "action.driftTitleAccount": (p) => `Blacklist drift detected: ${p.account}`,
  "action.driftBody": (p) => `The live blacklist differs from \`${p.file}\` on the default branch. Last seen by [this run](${p.runUrl}) on ${p.date}.

Either run the **wxbl apply** workflow to make the live list match the file, or change the file (for example with \`wxbl export\`) to adopt what was changed by hand. This issue is updated by every check and closed once the two match.`,
  "action.driftCloseComment": (p) => `No drift any more: the live blacklist matches \`${p.file}\` ([run](${p.runUrl})).`
};

// src/i18n/en/apply.ts
var apply = {
  "apply.confirm": (p) => `Block ${formatCount(p.block)} and unblock ${formatCount(p.unblock)} on the live account?`,
  "apply.applied": (p) => `Applied: ${formatCount(p.blocked)} blocked, ${formatCount(p.unblocked)} unblocked` + (p.failed > 0 ? `, ${formatCount(p.failed)} failed` : "") + ".",
  "apply.failure": (p) => `  ! ${p.action} ${p.openid}${p.where === void 0 ? "" : ` (${p.where})`}: ${p.message}`,
  "apply.moreFailures": (p) => `  … and ${formatCount(p.n)} more failures (see --report)`,
  "apply.stopped": (p) => `Stopped: ${p.message}`,
  "apply.notDone": (p) => `Not done: ${formatCount(p.block)} to block, ${formatCount(p.unblock)} to unblock. Run wxbl apply again to finish (it reads the live list afresh).`,
  "apply.verified": () => "Verified: the live list shows every change.",
  "apply.verifyFailed": (p) => `Verification failed: ${formatCount(p.missing)} reported blocked are not on the live list, ${formatCount(p.lingering)} reported unblocked are still on it, ${formatCount(p.unexpected)} others moved. Run wxbl plan to see the live state.`,
  "apply.notVerifiedFlag": () => "Not verified (--no-verify).",
  "apply.notVerifiedStopped": () => "Not verified: the run stopped early; wxbl plan shows the live state.",
  "apply.requests": (p) => `HTTP requests: ${p.list === "" ? "none" : p.list}`,
  "progress.readingLive": () => "Reading the live blacklist",
  "progress.applying": () => "Applying",
  /** The heartbeat line off a terminal; `percent` is formatted ("37%"). */
  "progress.line": (p) => `${p.label}: ${formatCount(p.done)} of ${formatCount(p.total)} (${p.percent})`
};

// src/i18n/en/commands.ts
var errorsCount = (n4) => `${formatCount(n4)} error${n4 === 1 ? "" : "s"}`;
var commands = {
  "cmd.warning": (p) => `warning: ${p.message}`,
  "cmd.fileNote": (p) => `${p.file}: ${p.note}`,
  "cmd.file.invalid": (p) => `${p.file} is not valid (${errorsCount(p.errors)}); nothing was planned or changed:
${p.listing}
Fix the file (wxbl validate --file ${p.file} lists the same problems), then run again.`,
  "cmd.file.more": (p) => `… and ${formatCount(p.rest)} more (wxbl validate --file ${p.file} lists them all)`,
  "cmd.appid.unchecked": (p) => `the file is for account ${p.appid}, but with ${p.variable} alone the account cannot be checked; going on`,
  "cmd.appid.mismatch": (p) => `refused: the file is for account ${p.file} but the credentials are for ${p.credentials}; check WECHAT_APPID, or the appid line of the file`,
  "cmd.output.cannotWrite": (p) => `cannot write ${p.what} to ${p.path}: ${p.code}; check that the folder exists and is writable`,
  "cmd.output.report": () => "the report",
  "cmd.output.plan": () => "the plan",
  "cmd.output.exported": () => "the exported file",
  "cmd.output.formatted": () => "the formatted file",
  "cmd.savedPlan.cannotRead": (p) => `cannot read the saved plan ${p.path}: ${p.code}; check the path, or make one with wxbl plan --out ${p.path}`,
  "cmd.savedPlan.notJson": (p) => `${p.path} is not a saved plan: it is not JSON (${p.error}); make a new one with wxbl plan --out ${p.path}`,
  "cmd.savedPlan.notAPlan": (p) => `${p.path} is not a wxbl-plan/1 plan: ${p.problems}; make a new one with wxbl plan --out ${p.path}`,
  "cmd.savedPlan.stale": (p) => `the saved plan ${p.path} is stale, nothing was changed: ${p.reasons.join("; ")}. Run wxbl plan --out ${p.path} again, review it, then apply it`,
  "cmd.savedPlan.fileChanged": () => "the file changed",
  "cmd.savedPlan.liveChanged": () => "the live blacklist changed",
  "cmd.savedPlan.otherAccount": (p) => `the plan was made for account ${p.saved ?? "(unknown)"}, these credentials are for ${p.now ?? "(unknown)"}`,
  "cmd.savedPlan.changesDiffer": () => "its changes are no longer what the file gives (an entry expired since, or the plan file was edited)",
  "cmd.apply.concurrency": (p) => `--concurrency must be a whole number from 1 to 64, not ${p.value}`,
  "cmd.apply.rateLimitWait": (p) => `--rate-limit-wait must be a number of seconds, 0 or more, not ${p.value}`,
  "cmd.apply.refused": (p) => `apply refused, nothing was changed: ${p.reasons.join("; ")}`,
  "cmd.apply.needsYes": () => "apply needs --yes when it is not run on a terminal; nothing was changed. Review the plan (wxbl plan), then run wxbl apply --yes",
  "cmd.apply.cancelled": () => "apply cancelled; nothing was changed",
  "cmd.apply.interrupted": () => "apply interrupted: no new write call was started after the signal",
  "cmd.apply.notClean": (p) => `apply did not finish cleanly: ${p.problems.join(", ")}; see above, then run wxbl apply again (it reads the live list afresh)`,
  "cmd.apply.problem.stopped": (p) => `stopped (${p.reason})`,
  "cmd.apply.problem.failed": (p) => `${formatCount(p.count)} failed`,
  "cmd.apply.problem.notDone": (p) => `${formatCount(p.count)} not done`,
  "cmd.apply.problem.unverified": () => "the live list did not verify",
  "cmd.diff.noGit": () => "wxbl diff needs git, and git was not found on the PATH; install git",
  "cmd.diff.notRepo": (p) => `wxbl diff compares with a git revision, but ${p.cwd} is not inside a git repository (${p.detail}); run it in a clone of your blacklist repository`,
  "cmd.diff.outside": (p) => `${p.file} is outside the git repository; name a file inside it with --file`,
  "cmd.diff.unknownRevision": (p) => {
    const hint = p.remote !== void 0 ? `fetch it first, e.g. git fetch ${p.remote} ${p.branch ?? ""}` : "check the name, or fetch it first, e.g. git fetch origin main";
    return `unknown git revision ${p.base}: ${hint} (in GitHub Actions, check out with fetch-depth: 0)`;
  },
  "cmd.diff.cannotReadAt": (p) => `cannot read ${p.path} at ${p.base}: ${p.detail}`,
  "cmd.diff.fileAtBase": (p) => `${p.file} at ${p.base}`,
  "cmd.diff.invalid": (p) => `${p.label} is not a valid desired-state file (${p.errors} ${p.errors === 1 ? "error" : "errors"} above); fix it (wxbl validate lists every problem) before diffing`,
  "cmd.diff.baseMissing": (p) => `wxbl: note: ${p.path} did not exist at ${p.base}; every entry is added.`,
  "cmd.fmt.hasErrors": (p) => `${p.file} has ${p.errors} error${p.errors === 1 ? "" : "s"}; fix them (wxbl validate lists them), then run wxbl fmt again`,
  "cmd.fmt.conflicts": (p) => `${p.file} was not formatted: resolve the conflicting entries above`,
  "cmd.fmt.notFormatted": (p) => `${p.file} is not formatted; run: wxbl fmt --file ${p.file}`,
  "cmd.fmt.done": (p) => `${p.file}: ${p.changed ? "formatted" : "already formatted"}`,
  "cmd.export.tokenOnly": () => "only WECHAT_ACCESS_TOKEN is set, so the account's appid cannot be checked or recorded in the file",
  "cmd.export.done": (p) => `Exported ${formatCount(p.count)} blocked openids (${formatCount(p.pages)} page reads)` + (p.out === void 0 ? "." : ` to ${p.out}.`),
  "cmd.sandbox.blockedOverFollowers": (p) => `--blocked ${p.blocked} is more than --followers ${p.followers}: the blocked ids are generated followers`,
  "cmd.sandbox.stateMissing": (p) => `cannot read the sandbox state file ${p.path}: it does not exist`,
  "cmd.sandbox.stateUnreadable": (p) => `cannot read the sandbox state file ${p.path}: ${p.reason}`,
  "cmd.sandbox.stateNotJson": (p) => `the sandbox state file ${p.path} is not JSON: ${p.error}`,
  "cmd.sandbox.stateShape": (p) => `the sandbox state file ${p.path} must be {"followers": [openid, ...], "blacklist": [openid, ...]}`,
  "cmd.sandbox.portInUse": (p) => `port ${p.port} on ${p.host} is in use; pick another with --port (0: any free port)`,
  "cmd.sandbox.noInterface": (p) => `cannot listen on --host ${p.host}: no such interface on this machine`,
  "cmd.sandbox.cannotStart": (p) => `cannot start the sandbox: ${p.error}`,
  "cmd.sandbox.ready": (p) => `# wxbl sandbox: ${formatCount(p.followers)} followers, ${formatCount(p.blocked)} blocked, ${formatCount(p.pageSize)} ids a page (ready in ${p.ms} ms). Ctrl-C stops it.`,
  "cmd.sandbox.exposed": (p) => `listening on ${p.host}: anyone who can reach it can use the fake account`,
  "cmd.sandbox.stopped": () => "wxbl sandbox: stopped"
};

// src/i18n/en/comment.ts
var comment = {
  "comment.failed": (p) => `### wxbl ${p.command} failed (exit ${p.code})`,
  "comment.exitCodes": () => "Exit 1: WeChat or network failure; 3: invalid file, flags or credentials; 4: refused for safety (e.g. appid mismatch).",
  "comment.noOutput": () => "wxbl printed nothing; see the workflow run log.",
  "comment.diff": () => "What this pull request changes in the file (wxbl diff)",
  "comment.diffTooLong": () => "_The file diff is too long for this comment: see it in the run summary._",
  "comment.cut": () => "…(cut: see the run summary)",
  /** `sha` (shortened; GitHub links it) and `runUrl` are absent when unknown. */
  "comment.footer": (p) => (p.sha === void 0 ? "Planned" : `Planned for ${p.sha}`) + (p.runUrl === void 0 ? "" : ` in [this run](${p.runUrl})`) + " · updated on every push · merging applies it.",
  "comment.footerDiff": (p) => (p.sha === void 0 ? "Compared" : `Compared at ${p.sha}`) + (p.runUrl === void 0 ? "" : ` in [this run](${p.runUrl})`) + " · updated on every push."
};

// src/i18n/en/common.ts
var common = {
  "cli.interrupted": () => "\nInterrupted: finishing the calls in flight, starting no new ones (Ctrl-C again to quit now).\n",
  "cli.error": (p) => `wxbl: ${p.message}`,
  "cli.unexpected": (p) => `wxbl: unexpected error: ${p.message}`,
  "cli.unexpectedHint": () => "Re-run with --verbose for details, and report it if it persists.",
  "cli.nameACommand": () => "Name a command: wxbl --help lists them.",
  "cli.usageError": (p) => `${p.message}
See: wxbl --help`
};

// src/i18n/en/harden.ts
var harden = {
  "rules.reasonControlCharacter": (p) => `the reason contains the control character U+${p.code}; a reason may hold tabs and line breaks but no other control character: remove it`,
  "apply.reportUnwritable": (p) => `cannot write the report to ${p.path} (${p.why}); nothing was changed. Name a writable --report path, then run wxbl apply again`,
  "apply.reportNotWritten": (p) => `the changes above were made, but the report could not be written to ${p.path} (${p.why}); wxbl plan shows the live state`,
  "apply.verifyReadFailed": (p) => `Verification failed: the live list could not be read again (${p.message}). The changes above were made; run wxbl plan to see the live state.`,
  "export.formatOnStdout": (p) => `export writes a desired-state file (YAML) on stdout, which cannot be --format ${p.format}; drop --format, or write the file with --out FILE`,
  "apply.problem.reportNotWritten": (p) => `the report was not written to ${p.path}`
};

// src/i18n/quote-value.ts
var MAX_QUOTED_CHARS = 80;
var UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
function quoteValue(value, lengthNote) {
  if (value.length <= MAX_QUOTED_CHARS) return escape(value);
  const head = escape(value.slice(0, cutPoint(value))).slice(0, -1);
  return `${head}…"${lengthNote(formatCount(value.length))}`;
}
function cutValue(value, lengthNote) {
  if (value.length <= MAX_QUOTED_CHARS) return value;
  return `${value.slice(0, cutPoint(value))}…${lengthNote(formatCount(value.length))}`;
}
function cutPoint(value) {
  const last = value.charCodeAt(MAX_QUOTED_CHARS - 1);
  return last >= 55296 && last <= 56319 ? MAX_QUOTED_CHARS - 1 : MAX_QUOTED_CHARS;
}
function escape(value) {
  return JSON.stringify(value).replace(
    UNSAFE,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`
  );
}
function codePoint(character) {
  return (character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
}
var EN_LENGTH = (length) => ` (${length} characters)`;
var ZH_LENGTH = (length) => `（共 ${length} 个字符）`;
var quoteEn = (value) => quoteValue(value, EN_LENGTH);
var cutEn = (value) => cutValue(value, EN_LENGTH);
var quoteCut = (value) => quoteValue(value, () => "");
var quoteZh = (value) => quoteValue(value, ZH_LENGTH);
var cutZh = (value) => cutValue(value, ZH_LENGTH);

// src/i18n/en/desired.ts
var plural = (n4, word) => `${formatCount(n4)} ${word}${n4 === 1 ? "" : "s"}`;
var CHARACTER = {
  space: () => "a space",
  tab: () => "a tab",
  cr: () => "a carriage return (\\r)",
  whitespace: (character) => `a whitespace character (U+${codePoint(character)})`,
  other: (character) => quoteEn(character)
};
var SCALAR = { number: "a number", boolean: "a boolean", null: "null" };
var desired = {
  "desired.line": (p) => `${p.file}:${p.line}:${p.column}: ${p.severity}: ${p.message}`,
  "desired.markdownLine": (p) => `- **${p.severity}** \`${p.where}\`: ${p.message}`,
  "desired.noProblems": (p) => `No problems in \`${p.file}\`.`,
  "desired.summary": (p) => `${p.file}: ${plural(p.errors, "error")}, ${plural(p.warnings, "warning")}, ${plural(p.users, "user")}`,
  "desired.found": (p) => {
    switch (p.kind) {
      case "null":
        return "nothing (null)";
      case "list":
        return "a list";
      case "map":
        return "a map";
      case "text":
        return `the text ${quoteEn(p.shown)}`;
      case "number":
        return `the number ${cutEn(p.shown)}`;
      default:
        return p.shown;
    }
  },
  "desired.cannotRead": (p) => {
    const why = p.why === "missing" ? "no such file; create it (see README) or name another with --file" : p.why === "directory" ? "it is a directory; name the file with --file" : p.why === "denied" ? "permission denied" : p.code ?? "read error";
    return `cannot read ${p.path}: ${why}`;
  },
  "desired.worker.failed": (p) => `reading ${p.path} failed (${p.error}); re-run with --verbose, and check the machine's free memory for very large files`,
  "desired.worker.exited": (p) => `reading ${p.path} stopped unexpectedly (worker exit ${p.code})`,
  "desired.utf16": () => "the file is UTF-16 text; save it as UTF-8",
  "desired.notUtf8": () => "the file is not UTF-8 text (an invalid byte here); save it as UTF-8",
  "desired.controlCharacter": (p) => `the file contains the control character U+${p.code}: it looks binary, not YAML text; check that --file names the blacklist, or remove the character`,
  "desired.empty": () => "the file is empty; start it with 'version: 1' and a 'users:' list",
  "desired.noContent": () => "the file has no content; start it with 'version: 1' and a 'users:' list",
  "desired.notAMap": (p) => `the file must be a YAML map (version:, users: ...), found ${p.found}`,
  "desired.yamlUnreadable": (p) => `the YAML cannot be read: ${p.detail}`,
  "desired.tabIndent": () => "tab used for indentation; YAML indents with spaces only: replace the tab with spaces",
  "desired.duplicateKey": (p) => `${p.detail}; each key may appear once per map: remove or rename one`,
  "desired.multipleDocs": () => "the file holds more than one YAML document (a second ---); keep one document",
  "desired.invalidYaml": (p) => `not valid YAML: ${p.detail}`,
  "desired.unknownKey": (p) => {
    const where3 = p.inEntry ? " in this entry" : p.section === void 0 ? "" : ` in ${p.section}`;
    const hint = p.near === void 0 ? `allowed: ${p.allowed.join(", ")}` : `did you mean "${p.near}"?`;
    return `unknown key ${quoteEn(p.key)}${where3}; ${hint}`;
  },
  "desired.missing": (p) => {
    switch (p.key) {
      case "version":
        return "version is missing; add 'version: 1' at the top";
      case "users":
        return "users is missing; add 'users:' with the blocked openids ('users: []' for none)";
      case "openid":
        return "this entry has no openid; add 'openid: o...' or remove the entry";
      default:
        return `${p.key} is missing`;
    }
  },
  "desired.invalid": (p) => `${p.path ?? "the file"} is not valid: ${p.detail ?? "see the schema"}`,
  "desired.version": (p) => `version must be 1 (the only file format this wxbl knows), found ${p.found}`,
  "desired.appid.shape": (p) => `appid ${quoteEn(p.appid)} does not look like an appid (wx followed by 16 lowercase hex digits)`,
  "desired.appid.notText": (p) => `appid must be text like wx0123456789abcdef, found ${p.found}`,
  "desired.prune": (p) => `prune must be true or false, found ${p.found}`,
  "desired.guard.notMap": (p) => `guard must be a map with max_block and max_unblock, found ${p.found}`,
  "desired.guard.limit": (p) => `guard.${p.key} must be a count (a whole number, 0 or more) or a percentage such as 25%, found ${p.found}`,
  "desired.guard.over100": (p) => `guard.${p.key} is ${cutEn(p.value)}, over 100%; write a percentage up to 100% or a count`,
  "desired.users.notList": (p) => `users must be a list of openids ("- o..." lines), found ${p.found}`,
  "desired.openid.empty": () => "openid is empty; write the openid or remove the entry",
  "desired.openid.tooLong": (p) => `openid ${quoteCut(p.openid)} has ${formatCount(p.openid.length)} characters, over 128`,
  "desired.openid.badCharacter": (p) => `openid ${quoteEn(p.openid)} contains ${(CHARACTER[p.kind] ?? CHARACTER.other)(p.character)}; openids use only A-Z a-z 0-9 _ - (1 to 128 characters)`,
  "desired.openid.shape": (p) => `openid ${quoteEn(p.openid)} does not look like a WeChat openid (28 characters starting with o); check it was copied whole`,
  "desired.openid.scalar": (p) => `openid ${cutEn(p.source)} is read by YAML as ${SCALAR[p.kind]}; quote it: ${quoteEn(p.source)}`,
  "desired.openid.blank": (p) => `${p.entry ? "entry" : "openid"} is empty; write an openid or remove it`,
  "desired.openid.notText": (p) => p.entry ? `entry must be an openid or a map with openid, reason and expires, found ${p.found}` : `openid must be an openid, found ${p.found}`,
  "desired.duplicate": (p) => `duplicate openid ${p.openid}: on lines ${p.first} and ${p.second}; keep one (wxbl fmt merges identical entries)`,
  "desired.expires.notDate": (p) => `expires ${quoteEn(p.value)} is not a date; write YYYY-MM-DD, e.g. 2027-03-01`,
  "desired.expires.notText": (p) => `expires must be a date YYYY-MM-DD, found ${p.found}`,
  "desired.expires.noMonth": (p) => `expires "${p.date}" is not a real date (month ${p.month}); write YYYY-MM-DD`,
  "desired.expires.noDay": (p) => {
    const name = new Date(Date.UTC(2e3, p.month - 1, 1)).toLocaleString("en", {
      month: "long",
      timeZone: "UTC"
    });
    return `expires "${p.date}" is not a real date (${name} ${p.year} has ${p.days} days)`;
  },
  "desired.expired": (p) => `expired on ${p.date} (no longer blocked from that day on); the entry can be removed`,
  "desired.reason.notText": (p) => `reason must be text, found ${p.found}; quote it`,
  "desired.fmt.merged": (p) => `merged the identical entries of ${p.openid} on lines ${p.first} and ${p.second}`,
  "desired.fmt.conflict": (p) => `${p.openid} is listed twice with a different reason or expiry, on lines ${p.first} and ${p.second}; keep the one you mean and remove the other`
};

// src/i18n/en/diff.ts
var entries = (n4) => `${formatCount(n4)} ${n4 === 1 ? "entry" : "entries"}`;
var diff = {
  "diff.none": () => "(none)",
  "diff.summary": (p) => `Diff: ${formatCount(p.added)} added, ${formatCount(p.changed)} changed, ${formatCount(p.removed)} removed, ${formatCount(p.unchanged)} unchanged (${formatCount(p.old)} -> ${formatCount(p.new)} entries).`,
  "diff.noChanges": (p) => `No changes to ${p.file} since ${p.base} (${entries(p.n)}).`,
  // Text.
  "diff.text.baseMissing": (p) => `Note: ${p.file} did not exist at ${p.base}: every entry is added.`,
  "diff.text.line": (p) => `line ${p.line}`,
  "diff.text.moved": (p) => `line ${p.line} (was ${p.oldLine})`,
  "diff.text.removed": (p) => `(was line ${p.oldLine})`,
  "diff.text.reason": (p) => `reason: ${p.reason}`,
  "diff.text.expires": (p) => `expires: ${p.date}`,
  "diff.text.separator": () => "; ",
  "diff.text.warning": (p) => `Warning: ${p.warning}`,
  // Markdown.
  "diff.md.heading": (p) => `### wxbl diff: ${p.file} against ${p.base}`,
  "diff.md.baseMissing": (p) => `_${p.file} did not exist at ${p.base}: every entry is added._`,
  "diff.md.summaryColumns": () => "| added | changed | removed | unchanged | entries before | entries after |",
  "diff.md.settings": (p) => `**Settings changed:** ${p.list}`,
  "diff.md.entries": (p) => `Entries (${formatCount(p.n)})`,
  "diff.md.entryColumns": () => "| change | openid | line | reason | expires |",
  "diff.md.added": () => "➕ added",
  "diff.md.removed": () => "➖ removed",
  "diff.md.changed": () => "✏️ changed",
  "diff.md.was": (p) => `was ${p.line}`,
  "diff.md.none": () => "_none_",
  "diff.md.rest": (p) => `${formatCount(p.n)} more not shown: run \`wxbl diff --base ${p.base}\` for all`,
  // Warnings: a change to the file that deserves a second look.
  "diff.warn.emptied": () => "the file lists no users any more: with prune: true every live entry would be unblocked (apply refuses this without --force)",
  "diff.warn.largeRemoval": (p) => `this change removes ${formatCount(p.removed)} of ${formatCount(p.old)} entries (${formatShare(p.removed, p.old)}), over ${p.over}% of the file; ` + (p.prune ? "with prune: true they will be unblocked on the live account" : "with prune: false they stay blocked on the live account, unmanaged"),
  "diff.warn.pruneOn": () => "prune turned on: live entries missing from the file will now be unblocked (see the plan for how many)",
  "diff.warn.pruneOff": () => "prune turned off: live entries missing from the file will no longer be unblocked, and removing an entry will not unblock it",
  "diff.warn.appidRemoved": (p) => `the appid guard is removed (was ${p.was}): wxbl will no longer refuse to touch another account`,
  "diff.warn.appidAdded": (p) => `an appid guard is added: ${p.appid}; wxbl will refuse to touch any other account`,
  "diff.warn.appidChanged": (p) => `appid changed from ${p.from} to ${p.to}: this file now targets another account`,
  "diff.warn.guardLoosened": (p) => `guard loosened: ${p.key} from ${p.from} to ${p.to}`,
  "diff.warn.guardKind": (p) => `guard changed: ${p.key} from ${p.from} to ${p.to} (a ${p.kind === "count" ? "count" : "percentage of the live list"} now); check it is not looser for your list size`
};

// src/i18n/en/errcodes.ts
var whose = (account) => account === void 0 ? "the account's" : `account ${account}'s`;
var PROXY_BODY = (what) => `a proxy may be ${what} request bodies; check HTTPS_PROXY, or report it`;
var errcodes = {
  "errcode.busy": () => "WeChat is busy (errcode -1)",
  "errcode.busy.next": () => "wxbl retries these with backoff; if it persists, try again in a few minutes",
  "errcode.40001": () => "the access token is invalid or is not the latest one (errcode 40001)",
  "errcode.40014": () => "the access token is not a valid token (errcode 40014)",
  "errcode.42001": () => "the access token has expired (errcode 42001)",
  "errcode.token.next": (p) => `wxbl gets a new token once by itself; if you gave ${p.variable}, get a fresh one from ${whose(p.account)} token service`,
  "errcode.40003": () => "an openid is invalid or is not a follower of this account (errcode 40003)",
  "errcode.40003.next": () => "check the openid in the file: it must belong to a user who follows this account",
  "errcode.49003": () => "an openid belongs to another AppID (errcode 49003)",
  "errcode.49003.next": () => "openids differ per account: take them from this account, not from another one",
  "errcode.40032": () => "the openid list size is not 1 to 20 (errcode 40032)",
  "errcode.40032.next": () => "this is a bug in wxbl (it batches by 20); please report it",
  "errcode.44002": () => "WeChat received an empty request body (errcode 44002)",
  "errcode.44002.next": () => PROXY_BODY("stripping"),
  "errcode.47001": () => "WeChat could not parse the request body as JSON (errcode 47001)",
  "errcode.47001.next": () => PROXY_BODY("rewriting"),
  "errcode.45009": () => "the account's daily quota for this API is spent (errcode 45009)",
  "errcode.45009.next": () => "try again tomorrow (the quota resets daily); a later run picks up where this one stopped",
  "errcode.45011": () => "the per-minute call limit was hit (errcode 45011)",
  "errcode.45011.next": () => "wxbl pauses every call for --rate-limit-wait seconds and retries; lower --concurrency or raise --rate-limit-wait",
  "errcode.48001": () => "this account is not authorized to call the API (errcode 48001)",
  "errcode.48001.next": () => "only verified (认证) Official Accounts may manage the blacklist: verify the account in the admin console",
  "errcode.40013": () => "the AppID is invalid (errcode 40013)",
  "errcode.40013.next": (p) => p.account === void 0 || p.file === void 0 ? `check ${p.variable}: it is the account's AppID (wx followed by 16 characters)` : `check the appid line of ${p.file} (and ${p.variable}, when set): it must be account ${p.account}'s AppID (wx followed by 16 characters)`,
  "errcode.40125": () => "the AppSecret is invalid (errcode 40125)",
  "errcode.40125.next": (p) => p.account === void 0 ? `check ${p.variable} against the admin console (Settings and Development > Basic Configuration)` : `check ${p.variable}, account ${p.account}'s AppSecret, against that account's admin console (Settings and Development > Basic Configuration)`,
  "errcode.40164": () => "this machine's IP address is not on the account's IP whitelist (errcode 40164)",
  "errcode.40164.next": (p) => "add this machine's public IP to the IP whitelist (IP白名单) in " + (p.account === void 0 ? "the Official Account admin console" : `the admin console of account ${p.account}`) + ` (Settings and Development > Basic Configuration), or avoid the whitelist: give a token from ${whose(p.account)} central token service in ${p.variable}, send the calls through a fixed-egress proxy with HTTPS_PROXY, or run on a self-hosted runner whose IP is whitelisted`,
  "errcode.41001": () => "the request carried no access token (errcode 41001)",
  "errcode.41001.next": () => "this is a bug in wxbl or a proxy dropped the query string; please report it",
  "errcode.unknown": (p) => `WeChat answered with errcode ${p.errcode}, which wxbl does not know`,
  "errcode.unknown.next": () => "look the code up in WeChat's global return code list, and report it if it should be handled"
};

// src/i18n/en/github-accounts.ts
var githubAccounts = {
  // wxbl init --account: the flags
  "initAccount.oneAccount": () => "wxbl init adds one account at a time: give --account NAME once (and --all is not for init)",
  "initAccount.needsAppid": (p) => `wxbl init --account ${p.account} needs --appid wx… (the account's AppID, admin console: 设置与开发 > 基本配置): the account's file must carry it`,
  "initAccount.badAppid": (p) => `--appid ${p.appid} is not an AppID: it is wx followed by 16 hex digits, e.g. wx0123456789abcdef`,
  "initAccount.badName": (p) => `--account ${p.account}: an account name is lowercase letters, digits and - (at most 64 characters), e.g. ${p.suggestion}`,
  "initAccount.badFile": (p) => `--file ${p.file} must be a file inside the repository, as a path relative to its root (e.g. accounts/shop/blacklist.yaml)`,
  "initAccount.notesFlags": () => "--appid is for wxbl init --account NAME (it adds an account to wxbl.yaml); without --account, init scaffolds the repository",
  // wxbl init --account: clashes (exit 3, nothing written)
  "initAccount.otherFile": (p) => `the account ${p.account} is already in wxbl.yaml (line ${p.line}) with the file ${p.other}, not ${p.file}; nothing was written. Leave out --file to keep its file, choose another name, or change wxbl.yaml yourself`,
  "initAccount.otherAppid": (p) => `${p.file} (the account ${p.account}) is for ${p.appid}, not ${p.given}; nothing was written. Check --appid, or give this account another name and file`,
  "initAccount.fileTaken": (p) => `${p.file} is already the file of the account ${p.other}; nothing was written. Give the new account a file of its own with --file`,
  "initAccount.envTaken": (p) => `the account ${p.account}'s variables would be WECHAT_${p.env}_…, which are already the account ${p.other}'s; nothing was written. Choose another name, or give ${p.other} another env: in wxbl.yaml`,
  "initAccount.appidTaken": (p) => `${p.appid} is already the account ${p.other} (${p.file}): one Official Account is one entry of wxbl.yaml; nothing was written`,
  "initAccount.fileInvalid": (p) => `${p.file} is there but is not a valid desired-state file; nothing was written. Fix it (or move it away), then run wxbl init --account again:
${p.problems}`,
  "initAccount.cannotRead": (p) => `cannot read ${p.file} (${p.code}); nothing was written`,
  "initAccount.tokenOnly": (p) => `only ${p.variable} is set: the live list read cannot be checked to be ${p.appid}'s; the file says ${p.appid} as --appid gave it`,
  // wxbl init --account: the report
  "initAccount.header": (p) => `wxbl init --account ${p.account} in ${p.dir}:`,
  "initAccount.wroteLive": (p) => `  wrote      ${p.path} (the account's live blacklist, ${p.count} entries)`,
  "initAccount.wroteStarter": (p) => `  wrote      ${p.path} (appid ${p.appid}, no users yet)`,
  "initAccount.addedAppid": (p) => `  updated    ${p.path} (added appid: ${p.appid}; nothing else changed)`,
  "initAccount.fileThere": (p) => `  unchanged  ${p.path} (already the file of ${p.appid})`,
  "initAccount.configNew": (p) => `  wrote      ${p.path} (the accounts)`,
  "initAccount.configAdded": (p) => `  updated    ${p.path} (added ${p.account}; the other accounts untouched)`,
  "initAccount.configThere": (p) => `  unchanged  ${p.path} (${p.account} is there)`,
  "initAccount.workflowWrote": (p) => `  wrote      ${p.path}`,
  "initAccount.workflowReplaced": (p) => `  updated    ${p.path} (the many-account form, for every account of wxbl.yaml)`,
  "initAccount.workflowKept": (p) => `  kept       ${p.path} (not what wxbl init wrote: edited by hand, or by another wxbl; --force replaces it)`,
  "initAccount.workflowUnchanged": (p) => `  unchanged  ${p.path}`,
  "initAccount.nothingChanged": (p) => `Nothing changed: the account ${p.account} is there, as asked.`,
  "initAccount.secretsHeader": (p) => `Secrets of the account ${p.account}, to set in the GitHub repository (Settings > Secrets and variables > Actions):`,
  "initAccount.secretAppSecret": (p) => `  ${p.variable}: the AppSecret of ${p.appid} (admin console: 设置与开发 > 基本配置)`,
  "initAccount.secretToken": (p) => `  or ${p.variable} instead: a token from the account's central token service`,
  "initAccount.secretOptional": (p) => `  ${p.variable} only if this account needs its own API address; WECHAT_API_BASE and HTTPS_PROXY are shared by every account`,
  "initAccount.keptWorkflows": (p) => `The workflows kept above do not know ${p.account} yet: add ${p.file} to their paths: and WECHAT_${p.env}_APPSECRET to the plan job's env:, or re-run with --force to rewrite them.`,
  "initAccount.strayBlacklist": (p) => `Note: ${p.file} is in the repository but is no account's file; with a wxbl.yaml, wxbl no longer reads it. Make it an account: wxbl init --account NAME --appid wx… --file ${p.file}`,
  "initAccount.nextAdopt": (p) => `the account already has a blacklist? Adopt it before the first merge: set ${p.variable} in your shell, then npx wxbl@${p.version} export --account ${p.account}`,
  "initAccount.nextCommit": (p) => `git add ${p.paths} && git commit -m "Keep the blacklist of ${p.account} with wxbl" && git push`,
  "initAccount.nextSecrets": () => "set the secrets above",
  "initAccount.nextOldSecrets": () => "the workflows now use each account's own secrets: WECHAT_APPID, WECHAT_APPSECRET and WECHAT_ACCESS_TOKEN are no longer read; delete them once each account has its own",
  "initAccount.nextPullRequest": (p) => `open a pull request: its plan comment has a section for ${p.account}, and merging applies it (a job per account)`,
  // wxbl init (no --account) in a repository with a wxbl.yaml
  "initAccount.manyHeader": (p) => `wxbl init in ${p.dir} (wxbl.yaml lists ${p.count} ${p.count === 1 ? "account" : "accounts"}: the workflows take their many-account form):`,
  "initAccount.manySecrets": () => "Secrets to set in the GitHub repository, each account its own (Settings > Secrets and variables > Actions):",
  "initAccount.manySecretLine": (p) => `  ${p.account}: ${p.secret} (or ${p.token})`,
  // The Action: accounts for a matrix
  "actionAccounts.noConfig": () => "the accounts command lists the accounts of wxbl.yaml, and the repository's root has none; add accounts with wxbl init --account NAME --appid wx…",
  "actionAccounts.tooMany": (p) => `${p.count} accounts are more jobs than one GitHub Actions matrix runs (${p.limit}); narrow them with the account input, or keep the accounts in more than one repository`,
  "actionAccounts.title": () => "### wxbl accounts",
  "actionAccounts.changed": (p) => `${p.count} of ${p.total} ${p.total === 1 ? "account" : "accounts"}, whose file or entry in wxbl.yaml changed: ${p.list.join(", ")}.`,
  "actionAccounts.noneChanged": (p) => `None of the ${p.total} ${p.total === 1 ? "account" : "accounts"}: no account's file and no entry of wxbl.yaml changed.`,
  "actionAccounts.every": (p) => `Every account (${p.count}): ${p.list.join(", ")}.`,
  "actionAccounts.named": (p) => `The ${p.count === 1 ? "account" : "accounts"} named: ${p.list.join(", ")}.`,
  "actionAccounts.unknown": (p) => `Which accounts changed is not known (${p.why}), so every account (${p.count}): ${p.list.join(", ")}.`,
  "actionAccounts.whyNewBranch": () => "the push has no earlier commit to compare with",
  "actionAccounts.whyHistory": (p) => `git cannot compare with commit ${p.commit}: ${p.git}; if the checkout lacks that commit, check out with fetch-depth: 0`,
  "actionAccounts.whyTooManyFiles": (p) => `the pull request changes ${p.count} files or more, more than GitHub lists`,
  "actionAccounts.whyListFailed": (p) => `listing the pull request's files failed: ${p.status} ${p.message}`,
  // The Action: the pull-request plan of a repository of several accounts
  "actionAccounts.planNone": (p) => `## wxbl plan

This pull request changes no account: neither an account's file nor its entry in wxbl.yaml (${p.total} ${p.total === 1 ? "account" : "accounts"}). Nothing to plan.
`
};

// src/i18n/en/init.ts
var init = {
  "init.header": (p) => `wxbl init in ${p.dir}:`,
  "init.wroteLive": (p) => `  wrote      ${p.path} (the live blacklist, ${p.count} entries)`,
  "init.wroteStarter": (p) => `  wrote      ${p.path} (no users yet, with examples)`,
  "init.wrote": (p) => `  wrote      ${p.path}`,
  "init.kept": (p) => `  kept       ${p.path} (already there and different; --force replaces it)`,
  "init.unchanged": (p) => `  unchanged  ${p.path}`,
  "init.nothingChanged": () => "Nothing changed: every file is already there.",
  "init.secretsHeader": () => "Secrets to set in the GitHub repository (Settings > Secrets and variables > Actions):",
  "init.secretAppSecret": () => "  WECHAT_APPID and WECHAT_APPSECRET: the account's AppID and AppSecret (admin console: 设置与开发 > 基本配置)",
  "init.secretToken": () => "  or WECHAT_ACCESS_TOKEN instead of those two: a token from the account's central token service",
  "init.secretOptional": () => "  WECHAT_API_BASE and HTTPS_PROXY only if you need them: an API gateway, or a fixed-egress proxy for WeChat's IP whitelist",
  "init.nextHeader": () => "Next steps:",
  "init.nextGitInit": () => "git init (this folder is not a git repository yet)",
  "init.nextAdopt": (p) => `the account already has a blacklist? Adopt it before the first merge, with the credentials set: npx wxbl@${p.version} export --out blacklist.yaml`,
  "init.nextCommit": () => 'git add blacklist.yaml .github/workflows && git commit -m "Keep the blacklist with wxbl" && git push',
  "init.nextSecrets": () => "set the secrets above",
  "init.nextPullRequest": () => "open a pull request that changes blacklist.yaml: its plan appears as a comment, and merging applies it",
  "init.nextProtect": () => "protect the default branch (merging is applying): https://github.com/wxbl/wxbl/blob/main/docs/setup.md",
  "init.cannotWrite": (p) => `init cannot write ${p.path} (${p.code}); nothing after it was written. Check that the folder is writable and that no folder has that name, then run wxbl init again`
};

// src/i18n/en/moderation.ts
var where = (s) => s.from === "file" ? `${s.file}:${s.line}` : `argument ${s.position}`;
var prefix = (s) => s.from === "file" ? `${s.file}:${s.line}: ` : "";
var count = (n4, one, many) => `${formatCount(n4)} ${n4 === 1 ? one : many}`;
var moderation = {
  "moderation.warning": (p) => `warning: ${p.message}`,
  "moderation.invalidId": (p) => `${prefix(p.source)}"${p.openid}" (${formatCount(p.length)} characters) is not a WeChat openid: those are 28 characters, o then letters, digits, _ or -; check it was copied whole`,
  "moderation.alreadyInFile": (p) => `${prefix(p.source)}${p.openid} is already in ${p.file} (line ${p.line}); to change its reason or expiry, add --update`,
  "moderation.notInFile": (p) => `${prefix(p.source)}${p.openid} is not in ${p.file}, so there is nothing to unblock (--missing-ok skips ids that are not there)`,
  "moderation.repeatedId": (p) => `${p.openid} is given twice (${where(p.first)} and ${where(p.again)}); it counts once`,
  "moderation.reasonControl": (p) => `--reason contains the control character U+${p.code}; a reason may hold tabs and line breaks, but no other control characters`,
  "moderation.expiresInvalid": (p) => `--expires "${p.when}" is neither a date nor a duration; write a date (2027-03-01), a duration from today in UTC (30d, 2w, 3mo, 1y), or never`,
  "moderation.expiresTooFar": (p) => `--expires "${p.when}" is after 9999-12-31; give a nearer date`,
  "moderation.expiresNotAfterToday": (p) => `--expires ${p.when}${p.when === p.date ? "" : ` (${p.date})`} is not after today (${p.today}, UTC): an entry is unblocked from 00:00 UTC on its expiry date, so it would never be blocked; give a later date, or a duration such as 30d`,
  "moderation.expiresResolved": (p) => `Expires ${p.date}${p.when === p.date ? "" : ` (${p.when} from today, ${p.today} UTC)`}: unblocked from 00:00 UTC that day.`,
  "moderation.expiresNever": () => "No expiry: blocked until someone unblocks it.",
  "moderation.noIds": (p) => `name the openids to ${p.verb}: wxbl ${p.verb} OPENID…, or --from FILE (- reads standard input)`,
  "moderation.emptyList": (p) => `${p.file} lists no openids; nothing to do.`,
  "moderation.cannotReadList": (p) => `cannot read ${p.file}: ${p.code === "ENOENT" ? "no such file" : p.code === "EISDIR" ? "it is a directory" : p.code}`,
  "moderation.fileHasErrors": (p) => `${p.file} has ${count(p.errors, "error", "errors")}; nothing was changed. Fix ${p.errors === 1 ? "it" : "them"} first (wxbl validate lists them; wxbl fmt merges identical duplicates)`,
  "moderation.refused": (p) => `nothing was changed: ${count(p.problems, "problem", "problems")} (listed above); ${p.file} is as it was`,
  "moderation.moreProblems": (p) => `… and ${formatCount(p.count)} more`,
  "moderation.editFailed": (p) => `could not edit ${p.file} safely: the edited text did not read back as intended, so nothing was written. This is a bug in wxbl: please report it with the file's layout (not its openids), and edit the file by hand meanwhile`,
  "moderation.rewritten": (p) => `${p.file}: its users list could not be edited line by line, so the file was written out again (comments kept); check the diff for changes of spacing`,
  "moderation.outputFile": () => "the edited blacklist file",
  "moderation.lineAdded": (p) => `+ ${p.openid}  line ${p.line}`,
  "moderation.lineUpdated": (p) => `~ ${p.openid}  line ${p.line}: ${p.reason ? p.expires ? "reason and expires" : "reason" : "expires"} changed`,
  "moderation.lineUnchanged": (p) => `= ${p.openid}  line ${p.line}: already as asked`,
  "moderation.lineRemoved": (p) => `- ${p.openid}  was line ${p.line}`,
  "moderation.lineSkipped": (p) => `  ${p.openid}  not in the file, skipped (--missing-ok)`,
  "moderation.moreLines": (p) => `  … and ${formatCount(p.count)} more`,
  "moderation.blockSummary": (p) => `${p.file}: ${[
    p.added > 0 ? `${formatCount(p.added)} added` : "",
    p.updated > 0 ? `${formatCount(p.updated)} updated` : "",
    p.unchanged > 0 ? `${formatCount(p.unchanged)} already as asked` : ""
  ].filter(Boolean).join(", ") || "nothing to change"}.`,
  "moderation.unblockSummary": (p) => `${p.file}: ${[
    p.removed > 0 ? `${formatCount(p.removed)} removed` : "",
    p.skipped > 0 ? `${formatCount(p.skipped)} not in the file` : ""
  ].filter(Boolean).join(", ") || "nothing to change"}.`,
  "moderation.nextStep": () => "Nothing was sent to WeChat: commit the file and open a pull request; its plan shows the change, and apply makes it.",
  "moderation.onlyExpiredScope": (p) => `--only-expired: lifting ${count(p.expired, "expired ban", "expired bans")}; ${formatCount(p.blocks)} to block and ${formatCount(p.unblocks)} other to unblock are left for a full apply.`,
  "moderation.onlyExpiredNothing": () => "--only-expired: no expired ban is still blocked on the live account; nothing to do.",
  "moderation.onlyExpiredWithPlan": () => "--only-expired plans afresh and cannot apply a saved plan; drop the plan file or --only-expired",
  "moderation.droppedExpired": (p) => `${p.file}: dropped ${p.openid}, expired ${p.expires}`,
  "moderation.expiredToDrop": (p) => `${p.file} has ${count(p.count, "expired entry", "expired entries")} to drop; run: wxbl fmt --drop-expired --file ${p.file}`
};

// src/i18n/en/plan.ts
var WAY_FORWARD = "review the plan, then re-run apply with --force";
var entries2 = (n4) => `${formatCount(n4)} ${n4 === 1 ? "entry" : "entries"}`;
var days = (n4) => `${formatCount(n4)} ${n4 === 1 ? "day" : "days"}`;
var plan = {
  // Both formats.
  "plan.noChanges": (p) => `No changes. The live blacklist matches ${p.file}.`,
  "plan.why.notInFile": () => "not in file",
  "plan.why.expired": (p) => `expired ${p.date}`,
  /** How long a ban lasts; `days` counts from the day of the plan (UTC), absent when unknown. */
  "plan.expires": (p) => `expires ${p.date}` + (p.days === void 0 ? "" : ` (in ${days(p.days)})`),
  /** The same in a table column headed "expires". */
  "plan.expiresCell": (p) => p.date + (p.days === void 0 ? "" : ` (in ${days(p.days)})`),
  // Text.
  "plan.text.block": () => "+ block  ",
  "plan.text.unblock": () => "- unblock",
  "plan.text.more": (p) => `  … and ${formatCount(p.n)} more to ${p.action} (--full shows all)`,
  "plan.text.totals": (p) => `Plan: ${formatCount(p.block)} to block, ${formatCount(p.unblock)} to unblock, ${formatCount(p.unchanged)} unchanged` + (p.unmanaged > 0 ? `, ${formatCount(p.unmanaged)} unmanaged` : "") + ".",
  "plan.text.unmanaged": (p) => `${formatCount(p.n)} live ${p.n === 1 ? "entry is" : "entries are"} not in ${p.file} and left alone (prune: false).`,
  "plan.text.guardTripped": () => "Guard tripped: apply will refuse this plan without --force.",
  "plan.text.guardForced": () => "Guard tripped: going ahead anyway because of --force.",
  "plan.text.expiring": (p) => `${entries2(p.n)} ${p.n === 1 ? "expires" : "expire"} within the next ${days(p.days)}; from 00:00 UTC on that date ${p.n === 1 ? "it is" : "they are"} no longer blocked:`,
  "plan.text.moreExpiring": (p) => `  … and ${formatCount(p.n)} more expiring (--full shows all)`,
  // Markdown. `file` is a code span; the renderer escapes everything it passes.
  "plan.md.heading": (p) => `### wxbl plan for ${p.file}`,
  "plan.md.totals": (p) => `**${formatCount(p.block)} to block, ${formatCount(p.unblock)} to unblock**, ${formatCount(p.unchanged)} unchanged.`,
  "plan.md.entries": () => "entries",
  "plan.md.toBlock": () => "to block",
  "plan.md.toUnblock": () => "to unblock",
  "plan.md.unchanged": () => "unchanged",
  "plan.md.unmanaged": () => "unmanaged (left alone, prune: false)",
  "plan.md.live": () => "live now",
  "plan.md.desired": () => "desired",
  "plan.md.guardTripped": () => "**Guard tripped:** `wxbl apply` will refuse this plan unless run with `--force`.",
  "plan.md.guardForced": () => "**Guard tripped:** going ahead anyway because of `--force`.",
  "plan.md.guardsPassed": () => "Guards: passed.",
  "plan.md.section": (p) => `${formatCount(p.n)} to ${p.action}`,
  "plan.md.blockColumns": () => "| openid | reason | line |",
  "plan.md.blockColumnsExpires": () => "| openid | reason | expires | line |",
  "plan.md.unblockColumns": () => "| openid | why | reason | line |",
  "plan.md.rest": (p) => `… and ${formatCount(p.n)} more to ${p.action}, not shown here to keep this comment under GitHub's size limit; see the full plan in the JSON plan artifact (\`wxbl plan --format json\` or \`--out\`).`,
  "plan.md.notShown": (p) => `${formatCount(p.n)} to ${p.action}: not shown here; see the full JSON plan.`,
  "plan.md.expiring": (p) => `**${entries2(p.n)} ${p.n === 1 ? "expires" : "expire"} within the next ${days(p.days)}**: from 00:00 UTC on that date ${p.n === 1 ? "it is" : "they are"} no longer blocked.`,
  "plan.md.expiringSection": (p) => `${formatCount(p.n)} expiring soon`,
  "plan.md.expiringColumns": () => "| openid | expires | reason | line |",
  "plan.md.expiringRest": (p) => `… and ${formatCount(p.n)} more expiring soon, not shown here to keep this comment under GitHub's size limit.`,
  "plan.md.expiringNotShown": (p) => `${formatCount(p.n)} expiring soon: not shown here; \`wxbl plan --full\` lists them.`,
  "plan.md.footer": (p) => `${p.format} · file sha256 ${p.fileSha} · live sha256 ${p.liveSha}` + (p.account === void 0 ? "" : ` · account ${p.account}`),
  // The guard's reasons (src/reconcile/guard.ts): the plan JSON keeps them in English.
  "guard.overCount": (p) => {
    const setting = p.action === "block" ? "max_block" : "max_unblock";
    const share = formatShare(p.n, p.live);
    const amount = p.live === 0 ? entries2(p.n) : p.action === "unblock" ? `${formatCount(p.n)} of ${formatCount(p.live)} live entries (${share})` : `${entries2(p.n)} (${share} of ${formatCount(p.live)} live)`;
    return `${amount} would be ${p.action === "block" ? "blocked" : "unblocked"}, over the guard of ${formatCount(p.limit)} (${setting}); ${WAY_FORWARD}`;
  },
  "guard.overPercent": (p) => p.action === "unblock" ? `${formatCount(p.n)} of ${formatCount(p.live)} live entries (${p.share}) would be unblocked, over the ${p.limit} guard (max_unblock); ${WAY_FORWARD}` : `${entries2(p.n)} would be blocked, ${p.share} of the ${formatCount(p.live)} live entries, over the ${p.limit} guard (max_block); ${WAY_FORWARD}`,
  "guard.emptyFile": (p) => `${p.file} lists no users and prune is true, so ${entries2(p.n)} (all of the live blacklist) would be unblocked; if you mean to empty the blacklist, ${WAY_FORWARD}`
};

// src/i18n/en/wechat.ts
var whose2 = (account) => account === void 0 ? "the account's" : `account ${account}'s`;
var tokenRejectedAgain = (p) => `wxbl got a new token and WeChat rejected that one too; another service may be renewing ${whose2(p.account)} token with GET /cgi-bin/token (each call there invalidates the previous token): give wxbl the token from ${whose2(p.account)} central token service in ${p.variable}`;
var plural2 = (n4, word) => `${n4} ${word}${n4 === 1 ? "" : "s"}`;
var wechat = {
  "wechat.network": (p) => `${p.problem}${p.tries === void 0 ? "" : ` (gave up after ${p.tries} tries)`}; check the network path to ${p.base} (${p.variable}, HTTPS_PROXY) and try again`,
  "wechat.notAnObject": (p) => `${p.call} failed: WeChat's answer is not a JSON object (gave up after ${p.tries} tries)`,
  "wechat.callFailed": (p) => {
    const after = p.tries !== void 0 ? ` (gave up after ${p.tries} tries)` : p.waits !== void 0 ? ` (gave up after ${p.waits} waits)` : "";
    return `${p.call} failed: ${p.meaning}${after}. Next: ${p.next}.`;
  },
  "wechat.givenTokenRejected": (p) => `${p.call} failed: WeChat rejected the token given in ${p.variable}${p.account === void 0 ? "" : ` for account ${p.account}`}: ${p.meaning}. Next: get a fresh token from ${whose2(p.account)} token service and run again.`,
  "wechat.newTokenRejected": (p) => `${p.call} failed: ${p.meaning}, again with a new token. Next: ${tokenRejectedAgain(p)}.`,
  "wechat.sameTokenBack": (p) => `${p.call} failed: ${p.meaning}, and the token endpoint gave the same token back. Next: ${tokenRejectedAgain(p)}.`,
  "wechat.noAccessToken": (p) => `${p.call} answered without an access_token; check ${p.variable} (${p.base})`,
  "wechat.http.status": (p) => `${p.request} answered HTTP ${p.status}`,
  "wechat.http.notJson": (p) => `${p.request} answered HTTP ${p.status} with a body that is not JSON`,
  "wechat.http.notJsonCheckBase": (p) => `${p.request} answered HTTP ${p.status} with a body that is not JSON; check ${p.variable} (${p.base})`,
  "wechat.http.noErrcode": (p) => `${p.request} answered HTTP ${p.status} without a WeChat errcode; check ${p.variable} (${p.base}) and any proxy`,
  "wechat.http.failed": (p) => `${p.request} failed: ${p.detail}${p.code === void 0 ? "" : ` (${p.code})`}`,
  "wechat.credentials.missing": (p) => {
    const missing = p.missing === "secret" ? "WECHAT_APPSECRET is not set" : p.missing === "appid" ? "WECHAT_APPID is not set" : "no credentials are set";
    return `WeChat credentials are missing: ${missing}. Set WECHAT_ACCESS_TOKEN (a token from the account's token service), or WECHAT_APPID and WECHAT_APPSECRET; for a local try-out, start \`wxbl sandbox\` and paste the variables it prints.`;
  },
  "wechat.live.interrupted": (p) => `reading the live blacklist was interrupted after ${plural2(p.pages, "page")}; nothing was changed. Run the command again to start over.`,
  "wechat.live.endlessPaging": (p) => `reading the live blacklist: still paging after ${p.pages} pages and ${p.ids} ids, more than a list of ${p.total ?? "(no total given)"} ids can need; the server's paging does not end. Nothing was changed; try again later, and report it if it repeats.`,
  "wechat.live.totalDiffers": (p) => `the live blacklist has ${p.ids} distinct ids, but WeChat reported a total of ${p.total} (the list may have changed while it was read)`
};

// src/i18n/zh-CN/accounts.ts
var accounts2 = {
  "accounts.config.cannotRead": (p) => `无法读取 ${p.file}：${p.code}；请检查文件权限`,
  "accounts.config.empty": () => "wxbl.yaml 是空的；请在 'accounts:' 下列出各个公众号（见 docs/setup.zh-CN.md），只管理一个公众号时可以删除这个文件",
  "accounts.config.notMap": (p) => `wxbl.yaml 应是带有 'accounts:' 键的映射，实际是 ${p.found}`,
  "accounts.config.noAccountsKey": () => "缺少 accounts；请添加 'accounts:'，每个公众号一项",
  "accounts.config.noAccounts": () => "accounts 为空；请至少添加一个公众号（名称，以及 'file: path/to/blacklist.yaml'）",
  "accounts.config.accountsNotMap": (p) => `accounts 应是“名称 → 公众号”的映射（main:、shop: ……），实际是 ${p.found}`,
  "accounts.config.accountNotMap": (p) => `公众号 ${p.account} 应是带有 'file:'（可选 'env:'）的映射，实际是 ${p.found}`,
  "accounts.config.notText": (p) => `公众号 ${p.account} 的 ${p.key} 应是文本，实际是 ${p.found}`,
  "accounts.config.unknownKeyNear": (p) => `未知的键 "${p.key}"${p.account ? `（公众号 ${p.account}）` : ""}；是不是想写 "${p.near}"？`,
  "accounts.config.unknownKey": (p) => `未知的键 "${p.key}"${p.account ? `（公众号 ${p.account}）` : ""}；可用的键：${p.allowed}`,
  "accounts.config.noFile": (p) => `公众号 ${p.account} 没有 file；请添加 'file: accounts/${p.account}/blacklist.yaml'（它的黑名单文件）`,
  "accounts.config.emptyFile": (p) => `公众号 ${p.account} 的 file 为空；请写明它的黑名单文件`,
  "accounts.config.badName": (p) => `公众号名称 "${p.name}" 只能使用小写字母、数字和 -（最多 64 个字符）` + (p.suggestion ? `；例如 "${p.suggestion}"` : ""),
  "accounts.config.badEnv": (p) => `公众号 ${p.account} 的 env 是 ${p.value}；请使用大写字母、数字和 _（它会成为 WECHAT_<ENV>_APPSECRET 中间的部分）`,
  "accounts.config.invalid": (p) => `${p.where} 无效：${p.problem}`,
  "accounts.config.fileOutside": (p) => `公众号 ${p.account} 的 file（${p.file}）必须是本目录内的文件路径，相对于 wxbl.yaml`,
  "accounts.config.sharedFile": (p) => `公众号 ${p.account} 与公众号 ${p.other}（第 ${p.line} 行）使用了同一个文件：${p.file}；每个公众号需要自己的文件`,
  "accounts.config.sharedEnv": (p) => `公众号 ${p.account} 会用到公众号 ${p.other}（第 ${p.line} 行）的变量 WECHAT_${p.env}_...；请给其中一个换一个 'env:'`,
  "accounts.config.invalidFile": (p) => `${p.file} 无效（${p.count} 个问题）；没有读取或更改任何内容：
${p.problems}
请修正后再运行（wxbl validate 会列出同样的问题）。`,
  "accounts.select.allAndAccount": () => "--all 和 --account 不能同时使用：所有公众号用 --all，部分公众号用 --account NAME",
  "accounts.select.unknown": (p) => `wxbl.yaml 中没有公众号 "${p.name}"；已有的公众号：${p.known}`,
  "accounts.select.unknownNear": (p) => `wxbl.yaml 中没有公众号 "${p.name}"；是不是想写 "${p.near}"？已有的公众号：${p.known}`,
  "accounts.select.nameThem": (p) => `wxbl ${p.command} 会更改线上公众号，不会替你猜是哪几个：请用 --account NAME（可重复）指定，或使用 --all；没有调用任何接口。公众号：${p.known}`,
  "accounts.select.exactlyOne": (p) => `wxbl ${p.command} 只编辑一个公众号的文件：请用 --account NAME 指定恰好一个。公众号：${p.known}`,
  "accounts.select.noConfig": (p) => `${p.flag} 需要当前目录中有 wxbl.yaml（其中列出各个公众号）；没有它时，wxbl 只处理 --file 指定的文件`,
  "accounts.select.fileWithConfig": () => "此处不能使用 --file：当前目录的 wxbl.yaml 已写明每个公众号的文件；请用 --account NAME 选择公众号，或在没有 wxbl.yaml 的目录中运行",
  "accounts.select.parallel": (p) => `--parallel 应是 1 到 64 之间的整数，而不是 ${p.value}`,
  "accounts.select.outWithConfig": () => "有 wxbl.yaml 时不能使用 --out：export 会直接写入每个公众号自己的文件（wxbl.yaml 中写明的文件）",
  "accounts.connection.plainIgnored": (p) => `已忽略 ${p.variables}：有 wxbl.yaml 时，每个公众号的凭据只来自它自己的 WECHAT_<ENV>_... 变量`,
  "accounts.connection.missing": (p) => `缺少公众号 ${p.account} 的凭据：请设置 ${p.secret}（与文件中的 appid ${p.appid} 一起使用），或 ${p.token}（该公众号 token 中控服务发放的 token）`,
  "accounts.connection.appidDiffers": (p) => `已拒绝，没有为公众号 ${p.account} 调用任何接口：${p.variable} 是 ${p.given}，但 ${p.file} 属于 ${p.appid}；这些变量属于另一个公众号：请检查为 ${p.account} 设置的 secrets`,
  "accounts.file.noAppid": (p) => `${p.file}（公众号 ${p.account}）没有 appid 行；有 wxbl.yaml 时，每个公众号的文件都必须写明它属于哪个公众号：请在开头添加 'appid: wx...'（16 位十六进制）`,
  "accounts.file.invalid": (p) => `${p.file}（公众号 ${p.account}）有问题（${formatCount(p.errors)} 个错误），没有为它生成计划，也没有做任何改动：
${p.listing}
请先修正文件（wxbl validate --account ${p.account} 会列出同样的问题），然后再运行。`,
  "accounts.file.more": (p) => `……还有 ${formatCount(p.rest)} 条（wxbl validate --account ${p.account} 会全部列出）`,
  "accounts.run.notStarted": (p) => `公众号 ${p.account} 未开始：已中断；没有为它做任何操作`,
  "accounts.validate.configInvalid": (p) => `${p.errors} 个错误；没有检查任何公众号`,
  "accounts.text.noPlan": (p) => `没有计划（退出码 ${p.code}）：错误信息见 stderr。`,
  "accounts.text.noDiff": (p) => `没有对比结果（退出码 ${p.code}）：错误信息见 stderr。`,
  "accounts.md.heading": (p) => `## wxbl 计划：${p.accounts} 个公众号`,
  "accounts.md.totals": (p) => `共 ${p.accounts} 个公众号：**拉黑 ${p.block} 个，取消拉黑 ${p.unblock} 个**` + (p.failed > 0 ? `；**${p.failed} 个没有计划**（见下文）。` : "。"),
  "accounts.md.tableHead": () => "| 公众号 | 文件 | 拉黑 | 取消拉黑 | 不变 | 状态 |",
  "accounts.md.statusNone": () => "无变更",
  "accounts.md.statusChanges": () => "有变更",
  "accounts.md.statusGuard": () => "**触发安全上限**",
  "accounts.md.statusFailed": (p) => `**没有计划**（退出码 ${p.code}）`,
  "accounts.md.moreAccounts": (p) => `……另有 ${p.count} 个公众号未在此列出，以免评论超出 GitHub 的长度上限；请查看 JSON 计划。`,
  "accounts.md.section": (p) => `## 公众号 \`${p.account}\``,
  "accounts.md.failed": (p) => `> [!CAUTION]
> **没有结果（退出码 ${p.code}）：** ${p.message}`,
  "accounts.md.tooLong": (p) => `\`${p.account}\` 的详情放不进这条评论；请查看 JSON 输出（--format json）。`,
  "accounts.md.diffHeading": (p) => `## wxbl 文件对比：${p.accounts} 个公众号`,
  "accounts.md.diffUnchanged": (p) => `文件未改动：${p.accounts}。`,
  "accounts.saved.cannotRead": (p) => `无法读取保存的计划 ${p.file}：${p.code}；请检查路径，或用 wxbl plan --all --out ${p.file} 生成`,
  "accounts.saved.notJson": (p) => `${p.file} 不是保存的计划：它不是 JSON（${p.problem}）；请用 wxbl plan --all --out ${p.file} 重新生成`,
  "accounts.saved.onePlan": (p) => `${p.file} 是单个公众号的计划（wxbl-plan/1），是在没有 wxbl.yaml 时生成的；这里需要每个公众号的计划：请用 wxbl plan --all --out ${p.file} 生成`,
  "accounts.saved.invalid": (p) => `${p.file} 不是 wxbl-plans/1 文件：${p.problems}；请用 wxbl plan --all --out ${p.file} 重新生成`,
  "accounts.saved.noAccount": (p) => `保存的计划 ${p.file} 中没有公众号 ${p.account} 的计划；没有为它调用任何接口。请把它也纳入计划（wxbl plan --account ${p.account} --out ...），或不要在 --account 中指定它`,
  "accounts.apply.needsYes": () => "不在终端中运行时，apply 需要 --yes；没有更改任何公众号。请先查看计划（wxbl plan），再运行 wxbl apply --yes",
  "accounts.apply.confirm": (p) => `要在 ${p.accounts} 个线上公众号（${p.names}）中拉黑 ${p.block} 个、取消拉黑 ${p.unblock} 个用户吗？`,
  "accounts.apply.cancelled": () => "已取消 apply；没有更改任何公众号",
  "accounts.export.done": (p) => `已导出 ${p.count} 个被拉黑的 openid（读取 ${p.pages} 页）到 ${p.file}。`,
  "accounts.export.noAppid": (p) => `无法确定公众号 ${p.account} 是哪个公众号：${p.file} 不存在或没有写明 appid；请把 ${p.variable} 设为它的 appid（wx 加 16 位十六进制），再重新导出`,
  "accounts.sandbox.oneAccountFlags": () => "--appid、--secret 和 --state 用于只有一个公众号的 sandbox；使用 --accounts N 时，每个公众号都有自己的值（GET /__sandbox/accounts 会列出它们）",
  "accounts.sandbox.ready": (p) => `# wxbl sandbox：${p.accounts} 个公众号，每个有 ${p.followers} 个粉丝、${p.blocked} 个被拉黑，每页 ${p.pageSize} 个 id（${p.ms} 毫秒内就绪）。按 Ctrl-C 停止。`
};

// src/i18n/zh-CN/action.ts
var action2 = {
  "action.badCommand": (p) => `command 输入“${p.command}”无效，应为 ${p.commands.join("、")} 之一`,
  "action.badBoolean": (p) => `${p.name} 输入只能是 true 或 false，而不是“${p.value}”`,
  "action.badArgs": (p) => `args 输入无法拆分成参数：${p.detail}；请用 "…" 或 '…' 加引号`,
  "action.diffNeedsBase": () => "不在拉取请求中运行 diff 时需要指定比较的版本：在 args 输入中加上 --base REF（例如 --base origin/main）",
  "action.noGithubToken": () => "github-token 输入为空：不填即可（默认使用该 job 的 token），或者填入一个 token",
  "action.stepFailed": (p) => `wxbl ${p.command} 以退出码 ${p.code} 结束；请查看上方日志和运行摘要`,
  "action.running": (p) => `运行：wxbl ${p.argv}`,
  "action.forkNoComment": () => "这个拉取请求来自 fork 仓库：它的 token 可能无权发表评论，结果只写在运行摘要里。",
  "action.noPullRequest": () => "当前运行不属于拉取请求：不发表评论。",
  "action.commentCreated": (p) => `已发表 wxbl 评论：${p.url}`,
  "action.commentUpdated": (p) => `已更新 wxbl 评论：${p.url}`,
  "action.commentFailed": (p) => `无法在拉取请求上发表评论（GitHub 返回 ${p.status}：${p.message}）；该 job 需要 "permissions: pull-requests: write"，或者把 comment 输入设为 false`,
  "action.issueFailed": (p) => `无法创建、更新或关闭黑名单偏差 issue（GitHub 返回 ${p.status}：${p.message}）；该 job 需要 "permissions: issues: write"`,
  "action.driftOpened": (p) => `发现偏差：已创建 ${p.url}`,
  "action.driftUpdated": (p) => `发现偏差：已更新 ${p.url}`,
  "action.driftClosed": (p) => `偏差已消除：已关闭 ${p.url}`,
  "action.driftNone": () => "没有偏差，也没有未关闭的偏差 issue。",
  "action.driftUntouched": () => "生成计划失败，偏差 issue（如有）保持不变。",
  "action.applyTitle": () => "## wxbl apply（执行黑名单变更）",
  "action.expireTitle": () => "## wxbl expire：解除已到期的拉黑",
  "action.applyExit0": () => "退出码 0：已执行，线上黑名单与文件一致。",
  "action.expireExit0": () => "退出码 0：已完成，所有已到期且仍在黑名单中的用户都已取消拉黑。",
  "action.applyExit1": () => "退出码 1：失败或只完成了一部分：微信接口或网络出错、当日调用额度用完，或线上名单核对不一致。重新运行会从剩下的部分继续。",
  "action.applyExit3": () => "退出码 3：输入无效：文件、参数或凭据不可用。没有做任何改动。",
  "action.applyExit4": () => "退出码 4：出于安全考虑拒绝执行：触发了安全上限，或 appid 不一致。没有做任何改动；请先检查计划，确认变更无误后，手动运行 apply 工作流并勾选 force。",
  "action.applyExitOther": (p) => `退出码 ${p.code}：意外的结果，请查看日志。`,
  "action.noReport": () => "没有生成报告。",
  "action.reportUnreadable": () => "报告无法按 JSON 读取。",
  "action.reportTable": () => "| 已拉黑 | 已取消拉黑 | 失败 | 待拉黑 | 待取消拉黑 | 已核对 |",
  "action.yes": () => "是",
  "action.no": () => "**否**",
  "action.notApplicable": () => "不适用",
  "action.failedChanges": () => "失败的变更",
  "action.failedTable": () => "| 操作 | openid | 错误码 | 行号 |",
  "action.moreFailures": (p) => `……另有 ${p.count} 条，见报告附件。`,
  "action.reportArtifact": () => "完整的 JSON 报告已作为附件（artifact）保存在本次运行中。",
  "action.driftTitle": () => "线上黑名单与文件不一致",
  "action.driftTitleAccount": (p) => `线上黑名单与文件不一致：${p.account}`,
  "action.driftBody": (p) => `线上黑名单与默认分支上的 \`${p.file}\` 不一致。最近一次由[这次运行](${p.runUrl})在 ${p.date} 发现。

可以运行 **wxbl apply** 工作流，让线上名单与文件一致；也可以修改文件（例如借助 \`wxbl export\`），把在后台手动做的拉黑或取消拉黑收进文件。每次检查都会更新这个 issue，两者一致后自动关闭。`,
  "action.driftCloseComment": (p) => `偏差已消除：线上黑名单与 \`${p.file}\` 一致（[运行记录](${p.runUrl})）。`
};

// src/i18n/zh-CN/apply.ts
var n = formatCount;
var apply2 = {
  "apply.confirm": (p) => `确定要在线上公众号拉黑 ${n(p.block)} 个、取消拉黑 ${n(p.unblock)} 个用户吗？`,
  "apply.applied": (p) => `已执行：拉黑 ${n(p.blocked)} 个，取消拉黑 ${n(p.unblocked)} 个` + (p.failed > 0 ? `，失败 ${n(p.failed)} 个` : "") + "。",
  "apply.failure": (p) => `  ! ${p.action === "block" ? "拉黑" : "取消拉黑"} ${p.openid}${p.where === void 0 ? "" : ` (${p.where})`}：${p.message}`,
  "apply.moreFailures": (p) => `  ……另有 ${n(p.n)} 个失败未列出（详见 --report）`,
  "apply.stopped": (p) => `已中途停止：${p.message}`,
  "apply.notDone": (p) => `未完成：还有 ${n(p.block)} 个待拉黑、${n(p.unblock)} 个待取消拉黑。再次运行 wxbl apply 即可继续（它会重新读取线上黑名单）。`,
  "apply.verified": () => "核对通过：线上黑名单已体现每一项改动。",
  "apply.verifyFailed": (p) => `核对未通过：报告已拉黑的用户中有 ${n(p.missing)} 个不在线上黑名单里，报告已取消拉黑的用户中有 ${n(p.lingering)} 个仍在黑名单里，另有 ${n(p.unexpected)} 个用户发生了其他变动。运行 wxbl plan 查看线上现状。`,
  "apply.notVerifiedFlag": () => "未核对（--no-verify）。",
  "apply.notVerifiedStopped": () => "未核对：运行提前停止了；wxbl plan 可查看线上现状。",
  "apply.requests": (p) => `HTTP 请求：${p.list === "" ? "无" : p.list}`,
  "progress.readingLive": () => "正在读取线上黑名单",
  "progress.applying": () => "正在执行",
  "progress.line": (p) => `${p.label}：${n(p.done)} / ${n(p.total)}（${p.percent}）`
};

// src/i18n/zh-CN/commands.ts
var STOP_REASONS = {
  quota: "当天的调用次数已用完",
  unauthorized: "公众号没有接口权限",
  token: "token 被拒绝",
  interrupted: "被中断",
  fatal: "出现了错误"
};
var commands2 = {
  "cmd.warning": (p) => `警告：${p.message}`,
  "cmd.fileNote": (p) => `${p.file}：${p.note}`,
  "cmd.file.invalid": (p) => `${p.file} 有问题（${formatCount(p.errors)} 个错误），没有生成计划，也没有做任何改动：
${p.listing}
请先修正文件（wxbl validate --file ${p.file} 会列出同样的问题），然后再运行。`,
  "cmd.file.more": (p) => `……还有 ${formatCount(p.rest)} 条（wxbl validate --file ${p.file} 会全部列出）`,
  "cmd.appid.unchecked": (p) => `文件写的是公众号 ${p.appid}，但只有 ${p.variable} 时无法核对是哪个公众号；继续执行`,
  "cmd.appid.mismatch": (p) => `已拒绝：文件写的是公众号 ${p.file}，但凭据属于公众号 ${p.credentials}；请检查 WECHAT_APPID，或者文件里的 appid 一行`,
  "cmd.output.cannotWrite": (p) => `无法把${p.what}写入 ${p.path}：${p.code}；请确认目录存在并且可写`,
  "cmd.output.report": () => "报告",
  "cmd.output.plan": () => "计划",
  "cmd.output.exported": () => "导出的文件",
  "cmd.output.formatted": () => "格式化后的文件",
  "cmd.savedPlan.cannotRead": (p) => `无法读取保存的计划 ${p.path}：${p.code}；请检查路径，或者用 wxbl plan --out ${p.path} 生成一份`,
  "cmd.savedPlan.notJson": (p) => `${p.path} 不是保存的计划：它不是 JSON（${p.error}）；请用 wxbl plan --out ${p.path} 重新生成一份`,
  "cmd.savedPlan.notAPlan": (p) => `${p.path} 不是 wxbl-plan/1 格式的计划：${p.problems}；请用 wxbl plan --out ${p.path} 重新生成一份`,
  "cmd.savedPlan.stale": (p) => `保存的计划 ${p.path} 已经过时，没有做任何改动：${p.reasons.join("；")}。请重新运行 wxbl plan --out ${p.path}，检查无误后再执行`,
  "cmd.savedPlan.fileChanged": () => "黑名单文件有改动",
  "cmd.savedPlan.liveChanged": () => "线上黑名单有变化",
  "cmd.savedPlan.otherAccount": (p) => `这份计划是为公众号 ${p.saved ?? "（未知）"} 生成的，而当前凭据属于公众号 ${p.now ?? "（未知）"}`,
  "cmd.savedPlan.changesDiffer": () => "计划里的改动已经和文件现在得出的不一致（之后有条目到期了，或者计划文件被改过）",
  "cmd.apply.concurrency": (p) => `--concurrency 必须是 1 到 64 之间的整数，不能是 ${p.value}`,
  "cmd.apply.rateLimitWait": (p) => `--rate-limit-wait 必须是大于等于 0 的秒数，不能是 ${p.value}`,
  "cmd.apply.refused": (p) => `apply 已拒绝执行，没有做任何改动：${p.reasons.join("；")}`,
  "cmd.apply.needsYes": () => "不在终端里运行时，apply 需要加上 --yes；没有做任何改动。请先检查计划（wxbl plan），再运行 wxbl apply --yes",
  "cmd.apply.cancelled": () => "已取消 apply；没有做任何改动",
  "cmd.apply.interrupted": () => "apply 被中断：收到信号后没有再发起新的写入调用",
  "cmd.apply.notClean": (p) => `apply 没有顺利完成：${p.problems.join("，")}；请查看上面的输出，然后再运行一次 wxbl apply（它会重新读取线上黑名单）`,
  "cmd.apply.problem.stopped": (p) => `已中止（${STOP_REASONS[p.reason]}）`,
  "cmd.apply.problem.failed": (p) => `${formatCount(p.count)} 个失败`,
  "cmd.apply.problem.notDone": (p) => `${formatCount(p.count)} 个没有完成`,
  "cmd.apply.problem.unverified": () => "线上黑名单核对不一致",
  "cmd.diff.noGit": () => "wxbl diff 需要用到 git，但在 PATH 里找不到 git；请先安装 git",
  "cmd.diff.notRepo": (p) => `wxbl diff 要和某个 git 版本比较，但 ${p.cwd} 不在 git 仓库里（${p.detail}）；请在黑名单仓库的克隆目录里运行`,
  "cmd.diff.outside": (p) => `${p.file} 不在这个 git 仓库里；请用 --file 指定仓库里的文件`,
  "cmd.diff.unknownRevision": (p) => {
    const hint = p.remote !== void 0 ? `请先拉取它，例如 git fetch ${p.remote} ${p.branch ?? ""}` : "请检查名称，或者先拉取它，例如 git fetch origin main";
    return `找不到 git 版本 ${p.base}：${hint}（在 GitHub Actions 里请用 fetch-depth: 0 检出）`;
  },
  "cmd.diff.cannotReadAt": (p) => `无法读取 ${p.base} 版本的 ${p.path}：${p.detail}`,
  "cmd.diff.fileAtBase": (p) => `${p.base} 版本的 ${p.file}`,
  "cmd.diff.invalid": (p) => `${p.label} 不是有效的黑名单文件（见上面的 ${p.errors} 个错误）；请先修正（wxbl validate 会列出所有问题），再做比较`,
  "cmd.diff.baseMissing": (p) => `wxbl：提示：${p.base} 版本里还没有 ${p.path}；所有条目都算作新增。`,
  "cmd.fmt.hasErrors": (p) => `${p.file} 有 ${p.errors} 个错误；请先修正（wxbl validate 会列出它们），再运行 wxbl fmt`,
  "cmd.fmt.conflicts": (p) => `${p.file} 没有格式化：请先处理上面列出的冲突条目`,
  "cmd.fmt.notFormatted": (p) => `${p.file} 没有按规范格式排列；请运行：wxbl fmt --file ${p.file}`,
  "cmd.fmt.done": (p) => `${p.file}：${p.changed ? "已格式化" : "已是规范格式，无需改动"}`,
  "cmd.export.tokenOnly": () => "只设置了 WECHAT_ACCESS_TOKEN，所以无法核对公众号的 appid，也不会把它写进文件",
  "cmd.export.done": (p) => `已导出 ${formatCount(p.count)} 个被拉黑的 openid（读取了 ${formatCount(p.pages)} 页）` + (p.out === void 0 ? "。" : `，写入 ${p.out}。`),
  "cmd.sandbox.blockedOverFollowers": (p) => `--blocked ${p.blocked} 比 --followers ${p.followers} 还多：被拉黑的 id 是从生成的粉丝里取的`,
  "cmd.sandbox.stateMissing": (p) => `无法读取 sandbox 状态文件 ${p.path}：文件不存在`,
  "cmd.sandbox.stateUnreadable": (p) => `无法读取 sandbox 状态文件 ${p.path}：${p.reason}`,
  "cmd.sandbox.stateNotJson": (p) => `sandbox 状态文件 ${p.path} 不是 JSON：${p.error}`,
  "cmd.sandbox.stateShape": (p) => `sandbox 状态文件 ${p.path} 的格式必须是 {"followers": [openid, ...], "blacklist": [openid, ...]}`,
  "cmd.sandbox.portInUse": (p) => `${p.host} 上的端口 ${p.port} 已被占用；请用 --port 换一个（0 表示任选一个空闲端口）`,
  "cmd.sandbox.noInterface": (p) => `无法在 --host ${p.host} 上监听：本机没有这个网络接口`,
  "cmd.sandbox.cannotStart": (p) => `无法启动 sandbox：${p.error}`,
  "cmd.sandbox.ready": (p) => `# wxbl sandbox：${formatCount(p.followers)} 个粉丝，其中 ${formatCount(p.blocked)} 个已拉黑，每页 ${formatCount(p.pageSize)} 个 id（${p.ms} 毫秒就绪）。按 Ctrl-C 停止。`,
  "cmd.sandbox.exposed": (p) => `正在 ${p.host} 上监听：任何能访问到它的人都可以使用这个模拟公众号`,
  "cmd.sandbox.stopped": () => "wxbl sandbox：已停止"
};

// src/i18n/zh-CN/comment.ts
var comment2 = {
  "comment.failed": (p) => `### wxbl ${p.command} 运行失败（退出码 ${p.code}）`,
  "comment.exitCodes": () => "退出码 1：微信接口或网络故障；3：文件、参数或凭据无效；4：出于安全考虑拒绝执行（例如 appid 不一致）。",
  "comment.noOutput": () => "wxbl 没有任何输出；请查看工作流运行日志。",
  "comment.diff": () => "这个拉取请求对文件做了哪些修改（wxbl diff）",
  "comment.diffTooLong": () => "_文件对比太长，放不进这条评论：请在运行摘要中查看。_",
  "comment.cut": () => "……（已截断：完整内容见运行摘要）",
  "comment.footer": (p) => (p.sha === void 0 ? "计划" : `基于提交 ${p.sha} 的计划`) + (p.runUrl === void 0 ? "" : `，见[本次运行](${p.runUrl})`) + " · 每次推送都会更新 · 合并后即执行。",
  "comment.footerDiff": (p) => (p.sha === void 0 ? "对比" : `基于提交 ${p.sha} 的对比`) + (p.runUrl === void 0 ? "" : `，见[本次运行](${p.runUrl})`) + " · 每次推送都会更新。"
};

// src/i18n/zh-CN/common.ts
var common2 = {
  "cli.interrupted": () => "\n已中断：正在等待进行中的请求完成，不再发起新的请求（再按一次 Ctrl-C 立即退出）。\n",
  "cli.error": (p) => `wxbl：${p.message}`,
  "cli.unexpected": (p) => `wxbl：意外错误：${p.message}`,
  "cli.unexpectedHint": () => "加上 --verbose 重新运行可查看详情；如果问题持续出现，请提交问题报告。",
  "cli.nameACommand": () => "请指定一个命令：wxbl --help 会列出全部命令。",
  "cli.usageError": (p) => `${p.message}
参见：wxbl --help`
};

// src/i18n/zh-CN/harden.ts
var harden2 = {
  "rules.reasonControlCharacter": (p) => `拉黑原因（reason）里有控制字符 U+${p.code}；拉黑原因可以包含制表符和换行，但不能有其他控制字符：请删掉它`,
  "apply.reportUnwritable": (p) => `无法把报告写入 ${p.path}（${p.why}），因此没有做任何改动。请用 --report 指定一个可写的路径，然后重新运行 wxbl apply`,
  "apply.reportNotWritten": (p) => `上面列出的改动已经生效，但报告无法写入 ${p.path}（${p.why}）；运行 wxbl plan 查看线上黑名单的当前状态`,
  "apply.verifyReadFailed": (p) => `核对失败：无法重新读取线上黑名单（${p.message}）。上面列出的改动已经生效；运行 wxbl plan 查看线上黑名单的当前状态。`,
  "export.formatOnStdout": (p) => `export 在标准输出上写出的是黑名单文件（YAML），不能按 --format ${p.format} 输出；请去掉 --format，或用 --out FILE 写入文件`,
  "apply.problem.reportNotWritten": (p) => `报告没有写入 ${p.path}`
};

// src/i18n/zh-CN/desired.ts
var SEVERITY = { error: "错误", warning: "警告" };
var CHARACTER2 = {
  space: () => "空格",
  tab: () => " Tab 制表符",
  cr: () => "回车符（\\r）",
  whitespace: (character) => `空白字符（U+${codePoint(character)}）`,
  other: (character) => `字符 ${quoteZh(character)}`
};
var SCALAR2 = { number: "数字", boolean: "布尔值", null: "空值（null）" };
var desired2 = {
  "desired.line": (p) => `${p.file}:${p.line}:${p.column}: ${SEVERITY[p.severity]}：${p.message}`,
  "desired.markdownLine": (p) => `- **${SEVERITY[p.severity]}** \`${p.where}\`：${p.message}`,
  "desired.noProblems": (p) => `\`${p.file}\` 没有发现问题。`,
  "desired.summary": (p) => `${p.file}：${formatCount(p.errors)} 个错误，${formatCount(p.warnings)} 个警告，名单共 ${formatCount(p.users)} 个用户`,
  "desired.found": (p) => {
    switch (p.kind) {
      case "null":
        return "空值（null）";
      case "list":
        return "一个列表";
      case "map":
        return "一个映射";
      case "text":
        return `文本 ${quoteZh(p.shown)}`;
      case "number":
        return `数字 ${cutZh(p.shown)}`;
      case "boolean":
        return `布尔值 ${p.shown}`;
      default:
        return p.shown;
    }
  },
  "desired.cannotRead": (p) => {
    const why = p.why === "missing" ? "文件不存在；请先创建它（见 README），或者用 --file 指定另一个文件" : p.why === "directory" ? "这是一个目录；请用 --file 指定文件" : p.why === "denied" ? "没有读取权限" : p.code ?? "读取出错";
    return `无法读取 ${p.path}：${why}`;
  },
  "desired.worker.failed": (p) => `读取 ${p.path} 失败（${p.error}）；请加上 --verbose 重新运行；文件非常大时，请检查机器的可用内存`,
  "desired.worker.exited": (p) => `读取 ${p.path} 时意外中止（worker 退出码 ${p.code}）`,
  "desired.utf16": () => "文件是 UTF-16 编码的文本；请另存为 UTF-8",
  "desired.notUtf8": () => "文件不是 UTF-8 文本（这里有一个无效字节）；请另存为 UTF-8",
  "desired.controlCharacter": (p) => `文件里有控制字符 U+${p.code}：看起来是二进制文件，而不是 YAML 文本；请确认 --file 指向的是黑名单文件，或者删掉这个字符`,
  "desired.empty": () => "文件是空的；请以 'version: 1' 和 'users:' 列表开头",
  "desired.noContent": () => "文件里没有内容；请以 'version: 1' 和 'users:' 列表开头",
  "desired.notAMap": (p) => `文件必须是 YAML 映射（version:、users: ……），实际是${p.found}`,
  "desired.yamlUnreadable": (p) => `无法读取这个 YAML：${p.detail}`,
  "desired.tabIndent": () => "缩进里用了 Tab；YAML 只能用空格缩进：请把 Tab 换成空格",
  "desired.duplicateKey": (_p) => "同一个映射里出现了重复的键；每个键只能出现一次：请删掉其中一个，或者给它改名",
  "desired.multipleDocs": () => "文件里有不止一个 YAML 文档（出现了第二个 ---）；请只保留一个文档",
  "desired.invalidYaml": (p) => `不是有效的 YAML：${p.detail}`,
  "desired.unknownKey": (p) => {
    const where3 = p.inEntry ? "这个条目里有" : p.section === void 0 ? "" : `${p.section} 里有`;
    const hint = p.near === void 0 ? `可用的键：${p.allowed.join("、")}` : `你是不是想写 ${quoteZh(p.near)}？`;
    return `${where3}未知的键 ${quoteZh(p.key)}；${hint}`;
  },
  "desired.missing": (p) => {
    switch (p.key) {
      case "version":
        return "缺少 version；请在文件开头加上 'version: 1'";
      case "users":
        return "缺少 users；请加上 'users:' 并列出要拉黑的 openid（一个都没有就写 'users: []'）";
      case "openid":
        return "这个条目没有 openid；请加上 'openid: o...'，或者删掉这个条目";
      default:
        return `缺少 ${p.key}`;
    }
  },
  "desired.invalid": (p) => `${p.path ?? "文件"} 无效：${p.detail ?? "请对照 schema 检查"}`,
  "desired.version": (p) => `version 必须是 1（这个版本的 wxbl 只认识这一种文件格式），实际是${p.found}`,
  "desired.appid.shape": (p) => `appid ${quoteZh(p.appid)} 看起来不像 appid（应为 wx 加 16 位小写十六进制数字）`,
  "desired.appid.notText": (p) => `appid 必须是 wx0123456789abcdef 这样的文本，实际是${p.found}`,
  "desired.prune": (p) => `prune 必须是 true 或 false，实际是${p.found}`,
  "desired.guard.notMap": (p) => `guard 必须是包含 max_block 和 max_unblock 的映射，实际是${p.found}`,
  "desired.guard.limit": (p) => `guard.${p.key} 必须是一个数量（大于等于 0 的整数）或者 25% 这样的百分比，实际是${p.found}`,
  "desired.guard.over100": (p) => `guard.${p.key} 是 ${cutZh(p.value)}，超过了 100%；请写不超过 100% 的百分比，或者写一个数量`,
  "desired.users.notList": (p) => `users 必须是 openid 列表（"- o..." 这样的行），实际是${p.found}`,
  "desired.openid.empty": () => "openid 是空的；请填上 openid，或者删掉这个条目",
  "desired.openid.tooLong": (p) => `openid ${quoteCut(p.openid)} 有 ${formatCount(p.openid.length)} 个字符，超过了 128 个`,
  "desired.openid.badCharacter": (p) => `openid ${quoteZh(p.openid)} 里有${(CHARACTER2[p.kind] ?? CHARACTER2.other)(p.character)}；openid 只能由 A-Z a-z 0-9 _ - 组成（1 到 128 个字符）`,
  "desired.openid.shape": (p) => `openid ${quoteZh(p.openid)} 看起来不像微信 openid（应为以 o 开头的 28 个字符）；请确认复制完整了`,
  "desired.openid.scalar": (p) => `openid ${cutZh(p.source)} 被 YAML 读成了${SCALAR2[p.kind]}；请给它加上引号：${quoteZh(p.source)}`,
  "desired.openid.blank": (p) => `${p.entry ? "条目" : "openid"} 是空的；请填上 openid，或者删掉它`,
  "desired.openid.notText": (p) => p.entry ? `条目必须是一个 openid，或者包含 openid、reason、expires 的映射，实际是${p.found}` : `openid 必须是 openid 文本，实际是${p.found}`,
  "desired.duplicate": (p) => `openid ${p.openid} 重复了：在第 ${p.first} 行和第 ${p.second} 行；只保留一个（wxbl fmt 会合并完全相同的条目）`,
  "desired.expires.notDate": (p) => `expires ${quoteZh(p.value)} 不是日期；请写成 YYYY-MM-DD，例如 2027-03-01`,
  "desired.expires.notText": (p) => `expires 必须是 YYYY-MM-DD 格式的日期，实际是${p.found}`,
  "desired.expires.noMonth": (p) => `expires ${quoteZh(p.date)} 不是真实存在的日期（没有 ${p.month} 月）；请写成 YYYY-MM-DD`,
  "desired.expires.noDay": (p) => `expires ${quoteZh(p.date)} 不是真实存在的日期（${p.year} 年 ${p.month} 月只有 ${p.days} 天）`,
  "desired.expired": (p) => `已于 ${p.date} 到期（从那天起不再拉黑）；可以删掉这个条目`,
  "desired.reason.notText": (p) => `reason 必须是文本，实际是${p.found}；请加上引号`,
  "desired.fmt.merged": (p) => `合并了 ${p.openid} 在第 ${p.first} 行和第 ${p.second} 行的两个相同条目`,
  "desired.fmt.conflict": (p) => `${p.openid} 出现了两次，但拉黑原因或到期日不同（第 ${p.first} 行和第 ${p.second} 行）；请保留你想要的那条，删掉另一条`
};

// src/i18n/zh-CN/diff.ts
var n2 = formatCount;
var diff2 = {
  "diff.none": () => "（无）",
  "diff.summary": (p) => `对比：新增 ${n2(p.added)} 条，修改 ${n2(p.changed)} 条，删除 ${n2(p.removed)} 条，${n2(p.unchanged)} 条未变（条目数 ${n2(p.old)} -> ${n2(p.new)}）。`,
  "diff.noChanges": (p) => `${p.file} 自 ${p.base} 以来没有变化（共 ${n2(p.n)} 条）。`,
  "diff.text.baseMissing": (p) => `提示：${p.base} 版本里还没有 ${p.file}；所有条目都算作新增。`,
  "diff.text.line": (p) => `第 ${p.line} 行`,
  "diff.text.moved": (p) => `第 ${p.line} 行（原第 ${p.oldLine} 行）`,
  "diff.text.removed": (p) => `（原第 ${p.oldLine} 行）`,
  "diff.text.reason": (p) => `拉黑原因：${p.reason}`,
  "diff.text.expires": (p) => `到期：${p.date}`,
  "diff.text.separator": () => "；",
  "diff.text.warning": (p) => `警告：${p.warning}`,
  "diff.md.heading": (p) => `### wxbl diff：${p.file} 相对 ${p.base} 的变化`,
  "diff.md.baseMissing": (p) => `_${p.base} 版本里还没有 ${p.file}；所有条目都算作新增。_`,
  "diff.md.summaryColumns": () => "| 新增 | 修改 | 删除 | 未变 | 修改前条数 | 修改后条数 |",
  "diff.md.settings": (p) => `**设置有变化：** ${p.list}`,
  "diff.md.entries": (p) => `条目（${n2(p.n)}）`,
  "diff.md.entryColumns": () => "| 变化 | openid | 行 | 拉黑原因 | 到期 |",
  "diff.md.added": () => "➕ 新增",
  "diff.md.removed": () => "➖ 删除",
  "diff.md.changed": () => "✏️ 修改",
  "diff.md.was": (p) => `原第 ${p.line} 行`,
  "diff.md.none": () => "_无_",
  "diff.md.rest": (p) => `另有 ${n2(p.n)} 条未列出：运行 \`wxbl diff --base ${p.base}\` 查看全部`,
  "diff.warn.emptied": () => "文件中已没有任何用户：在 prune: true 下，线上黑名单中的所有用户都会被取消拉黑（不加 --force 时 apply 会拒绝执行）",
  "diff.warn.largeRemoval": (p) => `这次修改删除了 ${n2(p.removed)} 条（共 ${n2(p.old)} 条，占 ${formatShare(p.removed, p.old)}），超过文件的 ${p.over}%；` + (p.prune ? "在 prune: true 下，这些用户会在线上被取消拉黑" : "在 prune: false 下，这些用户在线上仍保持拉黑，但不再受管理"),
  "diff.warn.pruneOn": () => "prune 已开启：线上黑名单中不在文件里的用户今后会被取消拉黑（数量见计划）",
  "diff.warn.pruneOff": () => "prune 已关闭：线上黑名单中不在文件里的用户不会再被取消拉黑，从文件中删除条目也不会取消拉黑",
  "diff.warn.appidRemoved": (p) => `appid 保护已移除（原为 ${p.was}）：wxbl 将不再拒绝操作其他公众号`,
  "diff.warn.appidAdded": (p) => `新增了 appid 保护：${p.appid}；wxbl 将拒绝操作其他公众号`,
  "diff.warn.appidChanged": (p) => `appid 从 ${p.from} 改为 ${p.to}：此文件现在针对的是另一个公众号`,
  "diff.warn.guardLoosened": (p) => `安全上限放宽了：${p.key} 从 ${p.from} 改为 ${p.to}`,
  "diff.warn.guardKind": (p) => `安全上限的类型变了：${p.key} 从 ${p.from} 改为 ${p.to}（现在是${p.kind === "count" ? "固定数量" : "线上黑名单的百分比"}）；请确认按你的黑名单规模，它没有变得更宽松`
};

// src/i18n/zh-CN/errcodes.ts
var whose3 = (account) => account === void 0 ? "公众号的" : `公众号 ${account} 的`;
var PROXY_BODY2 = (what) => `可能是代理${what}了请求体；请检查 HTTPS_PROXY，或者提交问题报告`;
var errcodes2 = {
  "errcode.busy": () => "微信系统繁忙（errcode -1）",
  "errcode.busy.next": () => "wxbl 会自动退避重试；如果一直这样，请过几分钟再试",
  "errcode.40001": () => "access token 无效，或者已经不是最新的那个（errcode 40001）",
  "errcode.40014": () => "access token 不是合法的 token（errcode 40014）",
  "errcode.42001": () => "access token 已过期（errcode 42001）",
  "errcode.token.next": (p) => `wxbl 会自己重新获取一次 token；如果你用的是 ${p.variable}，请从${whose3(p.account)} token 中控服务取一个新的`,
  "errcode.40003": () => "有 openid 无效，或者不是本公众号的粉丝（errcode 40003）",
  "errcode.40003.next": () => "检查文件里的这个 openid：它必须属于关注了本公众号的用户",
  "errcode.49003": () => "有 openid 属于另一个 AppID（errcode 49003）",
  "errcode.49003.next": () => "每个公众号的 openid 都不一样：请使用本公众号的 openid，不要拿别的公众号的",
  "errcode.40032": () => "openid 列表的个数不在 1 到 20 之间（errcode 40032）",
  "errcode.40032.next": () => "这是 wxbl 的 bug（它每批最多发 20 个）；请提交问题报告",
  "errcode.44002": () => "微信收到的请求体是空的（errcode 44002）",
  "errcode.44002.next": () => PROXY_BODY2("去掉"),
  "errcode.47001": () => "微信无法把请求体解析成 JSON（errcode 47001）",
  "errcode.47001.next": () => PROXY_BODY2("改写"),
  "errcode.45009": () => "公众号今天调用这个接口的次数已经用完（errcode 45009）",
  "errcode.45009.next": () => "明天再试（调用次数每天重置）；下次运行会从这次停下的地方接着做",
  "errcode.45011": () => "超过了每分钟的调用频率限制（errcode 45011）",
  "errcode.45011.next": () => "wxbl 会让所有调用暂停 --rate-limit-wait 秒后再重试；可以调小 --concurrency 或调大 --rate-limit-wait",
  "errcode.48001": () => "这个公众号没有调用该接口的权限（errcode 48001）",
  "errcode.48001.next": () => "只有完成微信认证的公众号才能管理黑名单：请先在公众号后台完成认证",
  "errcode.40013": () => "AppID 无效（errcode 40013）",
  "errcode.40013.next": (p) => p.account === void 0 || p.file === void 0 ? `检查 ${p.variable}：它应当是公众号的 AppID（wx 开头，后面 16 个字符）` : `检查 ${p.file} 里的 appid 一行（以及设置了的话 ${p.variable}）：它应当是公众号 ${p.account} 的 AppID（wx 开头，后面 16 个字符）`,
  "errcode.40125": () => "AppSecret 无效（errcode 40125）",
  "errcode.40125.next": (p) => p.account === void 0 ? `到公众号后台（设置与开发 > 基本配置）核对 ${p.variable}` : `到公众号 ${p.account} 的后台（设置与开发 > 基本配置）核对 ${p.variable}（这个公众号的 AppSecret）`,
  "errcode.40164": () => "本机的 IP 地址不在公众号的 IP 白名单里（errcode 40164）",
  "errcode.40164.next": (p) => `在${p.account === void 0 ? "公众号" : `公众号 ${p.account} 的`}后台（设置与开发 > 基本配置）把本机的公网 IP 加进 IP 白名单；或者绕开白名单：用 ${p.variable} 提供公众号${p.account === void 0 ? "" : ` ${p.account} 的`} token 中控服务发放的 token，用 HTTPS_PROXY 走固定出口 IP 的代理，或者在 IP 已加白的自托管 runner 上运行`,
  "errcode.41001": () => "请求里没有带 access token（errcode 41001）",
  "errcode.41001.next": () => "这是 wxbl 的 bug，或者代理丢掉了查询参数；请提交问题报告",
  "errcode.unknown": (p) => `微信返回了 errcode ${p.errcode}，wxbl 不认识这个错误码`,
  "errcode.unknown.next": () => "在微信的全局返回码说明里查一下这个错误码；如果 wxbl 应该处理它，请提交问题报告"
};

// src/i18n/zh-CN/github-accounts.ts
var githubAccounts2 = {
  "initAccount.oneAccount": () => "wxbl init 一次只添加一个公众号：--account NAME 只给一次（init 不接受 --all）",
  "initAccount.needsAppid": (p) => `wxbl init --account ${p.account} 需要 --appid wx…（该公众号的 AppID，公众号后台：设置与开发 > 基本配置）：公众号的黑名单文件必须写明它`,
  "initAccount.badAppid": (p) => `--appid ${p.appid} 不是 AppID：AppID 是 wx 加 16 位十六进制数字，例如 wx0123456789abcdef`,
  "initAccount.badName": (p) => `--account ${p.account}：公众号名称只能由小写字母、数字和 - 组成（最多 64 个字符），例如 ${p.suggestion}`,
  "initAccount.badFile": (p) => `--file ${p.file} 必须是仓库内的文件，写成相对仓库根目录的路径（例如 accounts/shop/blacklist.yaml）`,
  "initAccount.notesFlags": () => "--appid 用于 wxbl init --account NAME（向 wxbl.yaml 添加一个公众号）；不带 --account 时，init 生成整个仓库的骨架",
  "initAccount.otherFile": (p) => `公众号 ${p.account} 已在 wxbl.yaml 中（第 ${p.line} 行），对应文件是 ${p.other}，不是 ${p.file}；未写入任何文件。去掉 --file 即沿用原文件；或换一个名称；或自行修改 wxbl.yaml`,
  "initAccount.otherAppid": (p) => `${p.file}（公众号 ${p.account}）属于 ${p.appid}，不是 ${p.given}；未写入任何文件。请核对 --appid，或为这个公众号换一个名称和文件`,
  "initAccount.fileTaken": (p) => `${p.file} 已经是公众号 ${p.other} 的文件；未写入任何文件。请用 --file 给新公众号一个单独的文件`,
  "initAccount.envTaken": (p) => `公众号 ${p.account} 的变量名会是 WECHAT_${p.env}_…，与公众号 ${p.other} 的相同；未写入任何文件。请换一个名称，或在 wxbl.yaml 中给 ${p.other} 另设 env:`,
  "initAccount.appidTaken": (p) => `${p.appid} 已经是公众号 ${p.other}（${p.file}）：一个公众号在 wxbl.yaml 中只能有一项；未写入任何文件`,
  "initAccount.fileInvalid": (p) => `${p.file} 已存在，但不是有效的黑名单文件；未写入任何文件。请先修正（或移走），再运行 wxbl init --account：
${p.problems}`,
  "initAccount.cannotRead": (p) => `无法读取 ${p.file}（${p.code}）；未写入任何文件`,
  "initAccount.tokenOnly": (p) => `只设置了 ${p.variable}：无法核实读到的线上黑名单属于 ${p.appid}；文件中按 --appid 写入 ${p.appid}`,
  "initAccount.header": (p) => `wxbl init --account ${p.account}（${p.dir}）：`,
  "initAccount.wroteLive": (p) => `  已写入    ${p.path}（该公众号当前的线上黑名单，共 ${p.count} 个用户）`,
  "initAccount.wroteStarter": (p) => `  已写入    ${p.path}（appid ${p.appid}，暂无用户）`,
  "initAccount.addedAppid": (p) => `  已更新    ${p.path}（加入 appid: ${p.appid}，其余内容不变）`,
  "initAccount.fileThere": (p) => `  无变化    ${p.path}（已是 ${p.appid} 的文件）`,
  "initAccount.configNew": (p) => `  已写入    ${p.path}（公众号列表）`,
  "initAccount.configAdded": (p) => `  已更新    ${p.path}（加入 ${p.account}，其他公众号原样保留）`,
  "initAccount.configThere": (p) => `  无变化    ${p.path}（已有 ${p.account}）`,
  "initAccount.workflowWrote": (p) => `  已写入    ${p.path}`,
  "initAccount.workflowReplaced": (p) => `  已更新    ${p.path}（多公众号版本，覆盖 wxbl.yaml 中的每个公众号）`,
  "initAccount.workflowKept": (p) => `  已保留    ${p.path}（不是 wxbl init 写的原样：被手工改过，或由其他版本的 wxbl 写入；加 --force 会覆盖）`,
  "initAccount.workflowUnchanged": (p) => `  无变化    ${p.path}`,
  "initAccount.nothingChanged": (p) => `没有任何改动：公众号 ${p.account} 已按要求配置好。`,
  "initAccount.secretsHeader": (p) => `公众号 ${p.account} 的 Secrets，请在 GitHub 仓库中设置（Settings > Secrets and variables > Actions）：`,
  "initAccount.secretAppSecret": (p) => `  ${p.variable}：${p.appid} 的 AppSecret（公众号后台：设置与开发 > 基本配置）`,
  "initAccount.secretToken": (p) => `  或者改设 ${p.variable}：该公众号 token 中控服务发放的 token`,
  "initAccount.secretOptional": (p) => `  ${p.variable} 仅在这个公众号需要单独的 API 地址时设置；WECHAT_API_BASE 和 HTTPS_PROXY 由所有公众号共用`,
  "initAccount.keptWorkflows": (p) => `上面保留的工作流还不知道 ${p.account}：请在其 paths: 中加入 ${p.file}，在 plan 任务的 env: 中加入 WECHAT_${p.env}_APPSECRET；或加 --force 重新运行以重写它们。`,
  "initAccount.strayBlacklist": (p) => `注意：仓库中有 ${p.file}，但它不属于任何公众号；有了 wxbl.yaml 之后，wxbl 不再读取它。把它登记为一个公众号：wxbl init --account NAME --appid wx… --file ${p.file}`,
  "initAccount.nextAdopt": (p) => `公众号已经有黑名单？请在第一次合并之前先导入：在终端中设置 ${p.variable}，然后运行 npx wxbl@${p.version} export --account ${p.account}`,
  "initAccount.nextCommit": (p) => `git add ${p.paths} && git commit -m "用 wxbl 管理 ${p.account} 的黑名单" && git push`,
  "initAccount.nextSecrets": () => "设置上面列出的 Secrets",
  "initAccount.nextOldSecrets": () => "工作流现在使用每个公众号自己的 Secrets：不再读取 WECHAT_APPID、WECHAT_APPSECRET 和 WECHAT_ACCESS_TOKEN；待每个公众号都设好自己的之后即可删除",
  "initAccount.nextPullRequest": (p) => `发起一个拉取请求：计划评论中会有 ${p.account} 的一节，合并后即自动执行（每个公众号一个任务）`,
  "initAccount.manyHeader": (p) => `wxbl init（${p.dir}；wxbl.yaml 中有 ${p.count} 个公众号，工作流采用多公众号版本）：`,
  "initAccount.manySecrets": () => "请在 GitHub 仓库中为每个公众号分别设置 Secrets（Settings > Secrets and variables > Actions）：",
  "initAccount.manySecretLine": (p) => `  ${p.account}：${p.secret}（或 ${p.token}）`,
  "actionAccounts.noConfig": () => "accounts 命令列出 wxbl.yaml 中的公众号，但仓库根目录没有 wxbl.yaml；用 wxbl init --account NAME --appid wx… 添加公众号",
  "actionAccounts.tooMany": (p) => `${p.count} 个公众号超过了一个 GitHub Actions 矩阵能运行的任务数（${p.limit}）；请用 account 输入缩小范围，或把公众号分到多个仓库`,
  "actionAccounts.title": () => "### wxbl 公众号",
  "actionAccounts.changed": (p) => `${p.total} 个公众号中的 ${p.count} 个（其文件或在 wxbl.yaml 中的配置有改动）：${p.list.join("、")}。`,
  "actionAccounts.noneChanged": (p) => `${p.total} 个公众号都没有改动：没有公众号的文件或 wxbl.yaml 中的配置被修改。`,
  "actionAccounts.every": (p) => `全部公众号（${p.count} 个）：${p.list.join("、")}。`,
  "actionAccounts.named": (p) => `指定的公众号：${p.list.join("、")}。`,
  "actionAccounts.unknown": (p) => `无法判断改动了哪些公众号（${p.why}），因此处理全部公众号（${p.count} 个）：${p.list.join("、")}。`,
  "actionAccounts.whyNewBranch": () => "这次推送没有更早的提交可供比较",
  "actionAccounts.whyHistory": (p) => `git 无法与提交 ${p.commit} 比较：${p.git}；如果检出的代码中没有这个提交，请在 checkout 时设置 fetch-depth: 0`,
  "actionAccounts.whyTooManyFiles": (p) => `这个拉取请求改动了 ${p.count} 个或更多文件，超过了 GitHub 能列出的数量`,
  "actionAccounts.whyListFailed": (p) => `列出拉取请求的文件失败：${p.status} ${p.message}`,
  "actionAccounts.planNone": (p) => `## wxbl 计划

这个拉取请求没有改动任何公众号：既没有改公众号的文件，也没有改它在 wxbl.yaml 中的配置（共 ${p.total} 个公众号）。无需生成计划。
`
};

// src/i18n/zh-CN/init.ts
var init2 = {
  "init.header": (p) => `wxbl init（${p.dir}）：`,
  "init.wroteLive": (p) => `  已写入    ${p.path}（当前线上黑名单，共 ${p.count} 个用户）`,
  "init.wroteStarter": (p) => `  已写入    ${p.path}（暂无用户，附有示例）`,
  "init.wrote": (p) => `  已写入    ${p.path}`,
  "init.kept": (p) => `  已保留    ${p.path}（文件已存在且内容不同；加 --force 会覆盖）`,
  "init.unchanged": (p) => `  无变化    ${p.path}`,
  "init.nothingChanged": () => "没有任何改动：所有文件都已存在。",
  "init.secretsHeader": () => "请在 GitHub 仓库中设置以下 Secrets（Settings > Secrets and variables > Actions）：",
  "init.secretAppSecret": () => "  WECHAT_APPID 和 WECHAT_APPSECRET：公众号的 AppID 和 AppSecret（公众号后台：设置与开发 > 基本配置）",
  "init.secretToken": () => "  或者只设 WECHAT_ACCESS_TOKEN，代替上面两项：公众号 token 中控服务发放的 token",
  "init.secretOptional": () => "  WECHAT_API_BASE 和 HTTPS_PROXY 仅在需要时设置：API 网关，或为满足微信 IP 白名单而使用的固定出口代理",
  "init.nextHeader": () => "接下来：",
  "init.nextGitInit": () => "git init（当前目录还不是 git 仓库）",
  "init.nextAdopt": (p) => `公众号已经有黑名单？请在第一次合并之前先导入（需设置好凭据）：npx wxbl@${p.version} export --out blacklist.yaml`,
  "init.nextCommit": () => 'git add blacklist.yaml .github/workflows && git commit -m "用 wxbl 管理公众号黑名单" && git push',
  "init.nextSecrets": () => "设置上面列出的 Secrets",
  "init.nextPullRequest": () => "发起一个修改 blacklist.yaml 的拉取请求：计划会以评论的形式出现，合并后即自动执行",
  "init.nextProtect": () => "保护默认分支（合并即执行）：https://github.com/wxbl/wxbl/blob/main/docs/setup.md",
  "init.cannotWrite": (p) => `init 无法写入 ${p.path}（${p.code}），其后的文件均未写入。请确认目录可写、且没有同名的文件夹，然后重新运行 wxbl init`
};

// src/i18n/zh-CN/moderation.ts
var where2 = (s) => s.from === "file" ? `${s.file} 第 ${s.line} 行` : `第 ${s.position} 个参数`;
var prefix2 = (s) => s.from === "file" ? `${s.file}:${s.line}：` : "";
var moderation2 = {
  "moderation.warning": (p) => `警告：${p.message}`,
  "moderation.invalidId": (p) => `${prefix2(p.source)}“${p.openid}”（${formatCount(p.length)} 个字符）不是微信 openid：openid 共 28 个字符，以 o 开头，其余为字母、数字、_ 或 -；请检查是否复制完整`,
  "moderation.alreadyInFile": (p) => `${prefix2(p.source)}${p.openid} 已在 ${p.file} 中（第 ${p.line} 行）；如需修改拉黑原因或到期日，请加上 --update`,
  "moderation.notInFile": (p) => `${prefix2(p.source)}${p.openid} 不在 ${p.file} 中，无需取消拉黑（加上 --missing-ok 可跳过不在文件中的 openid）`,
  "moderation.repeatedId": (p) => `${p.openid} 出现了两次（${where2(p.first)}和${where2(p.again)}），只算一次`,
  "moderation.reasonControl": (p) => `--reason 含有控制字符 U+${p.code}；拉黑原因可以包含制表符和换行，但不能包含其他控制字符`,
  "moderation.expiresInvalid": (p) => `--expires “${p.when}” 既不是日期也不是时长；请写日期（如 2027-03-01）、从今天（UTC）起算的时长（30d、2w、3mo、1y），或 never`,
  "moderation.expiresTooFar": (p) => `--expires “${p.when}” 晚于 9999-12-31；请给出更近的日期`,
  "moderation.expiresNotAfterToday": (p) => `--expires ${p.when}${p.when === p.date ? "" : `（即 ${p.date}）`}不晚于今天（UTC ${p.today}）：条目从到期日 UTC 0 点起解除拉黑，这样的拉黑一天也不会生效；请给出更晚的日期，或 30d 这样的时长`,
  "moderation.expiresResolved": (p) => `到期日 ${p.date}${p.when === p.date ? "" : `（从今天 UTC ${p.today} 起 ${p.when}）`}：当天 UTC 0 点起自动解除拉黑。`,
  "moderation.expiresNever": () => "不设到期日：一直拉黑，直到有人取消拉黑。",
  "moderation.noIds": (p) => `请指定要${p.verb === "block" ? "拉黑" : "取消拉黑"}的 openid：wxbl ${p.verb} OPENID…，或 --from 文件（- 表示从标准输入读取）`,
  "moderation.emptyList": (p) => `${p.file} 中没有 openid，无需操作。`,
  "moderation.cannotReadList": (p) => `无法读取 ${p.file}：${p.code === "ENOENT" ? "文件不存在" : p.code === "EISDIR" ? "这是一个目录" : p.code}`,
  "moderation.fileHasErrors": (p) => `${p.file} 有 ${formatCount(p.errors)} 处错误，未做任何修改。请先修正（wxbl validate 会列出全部问题；完全相同的重复条目可用 wxbl fmt 合并）`,
  "moderation.refused": (p) => `未做任何修改：共 ${formatCount(p.problems)} 个问题（见上方）；${p.file} 保持原样`,
  "moderation.moreProblems": (p) => `……另有 ${formatCount(p.count)} 个`,
  "moderation.editFailed": (p) => `无法安全地修改 ${p.file}：修改后的文本读回来与预期不符，因此没有写入任何内容。这是 wxbl 的 bug：请提交问题报告，附上文件的结构（不必附 openid）；在此之前请手动编辑文件`,
  "moderation.rewritten": (p) => `${p.file}：用户列表无法逐行修改，已重新写出整个文件（注释保留）；请在 diff 中检查空格和缩进的变化`,
  "moderation.outputFile": () => "修改后的黑名单文件",
  "moderation.lineAdded": (p) => `+ ${p.openid}  第 ${p.line} 行`,
  "moderation.lineUpdated": (p) => `~ ${p.openid}  第 ${p.line} 行：已修改${p.reason ? p.expires ? "拉黑原因和到期日" : "拉黑原因" : "到期日"}`,
  "moderation.lineUnchanged": (p) => `= ${p.openid}  第 ${p.line} 行：已是所要求的内容`,
  "moderation.lineRemoved": (p) => `- ${p.openid}  原第 ${p.line} 行`,
  "moderation.lineSkipped": (p) => `  ${p.openid}  不在文件中，已跳过（--missing-ok）`,
  "moderation.moreLines": (p) => `  ……另有 ${formatCount(p.count)} 个`,
  "moderation.blockSummary": (p) => `${p.file}：${[
    p.added > 0 ? `新增 ${formatCount(p.added)} 个` : "",
    p.updated > 0 ? `修改 ${formatCount(p.updated)} 个` : "",
    p.unchanged > 0 ? `${formatCount(p.unchanged)} 个已是所要求的内容` : ""
  ].filter(Boolean).join("，") || "没有需要修改的内容"}。`,
  "moderation.unblockSummary": (p) => `${p.file}：${[
    p.removed > 0 ? `移除 ${formatCount(p.removed)} 个` : "",
    p.skipped > 0 ? `${formatCount(p.skipped)} 个不在文件中` : ""
  ].filter(Boolean).join("，") || "没有需要修改的内容"}。`,
  "moderation.nextStep": () => "没有向微信发送任何请求：请提交文件并发起拉取请求（PR），plan 会展示这次变更，合并后由 apply 在公众号上执行。",
  "moderation.onlyExpiredScope": (p) => `--only-expired：解除 ${formatCount(p.expired)} 个已到期的拉黑；计划中另有 ${formatCount(p.blocks)} 个待拉黑、${formatCount(p.unblocks)} 个待取消拉黑，留待完整的 apply 处理。`,
  "moderation.onlyExpiredNothing": () => "--only-expired：公众号黑名单上没有已到期却仍被拉黑的用户，无需操作。",
  "moderation.onlyExpiredWithPlan": () => "--only-expired 会重新生成计划，不能执行已保存的计划；请去掉计划文件或 --only-expired",
  "moderation.droppedExpired": (p) => `${p.file}：已删除 ${p.openid}，已于 ${p.expires} 到期`,
  "moderation.expiredToDrop": (p) => `${p.file} 有 ${formatCount(p.count)} 个已到期的条目可以删除；运行：wxbl fmt --drop-expired --file ${p.file}`
};

// src/i18n/zh-CN/plan.ts
var WAY_FORWARD2 = "请先检查计划，确认无误后加 --force 重新运行 apply";
var verb = (action3) => action3 === "block" ? "拉黑" : "取消拉黑";
var n3 = formatCount;
var plan2 = {
  "plan.noChanges": (p) => `没有需要变更的内容：线上黑名单与 ${p.file} 一致。`,
  "plan.why.notInFile": () => "不在文件中",
  "plan.why.expired": (p) => `已于 ${p.date} 到期`,
  "plan.expires": (p) => `${p.date} 到期` + (p.days === void 0 ? "" : `（还有 ${n3(p.days)} 天）`),
  "plan.expiresCell": (p) => p.date + (p.days === void 0 ? "" : `（还有 ${n3(p.days)} 天）`),
  // 终端宽度：一个汉字占两列，两个前缀都是 10 列宽，后面的 openid 才能对齐。
  "plan.text.block": () => "+ 拉黑    ",
  "plan.text.unblock": () => "- 取消拉黑",
  "plan.text.more": (p) => `  ……另有 ${n3(p.n)} 个待${verb(p.action)}的用户未列出（--full 显示全部）`,
  "plan.text.totals": (p) => `计划：拉黑 ${n3(p.block)} 个，取消拉黑 ${n3(p.unblock)} 个，${n3(p.unchanged)} 个不变` + (p.unmanaged > 0 ? `，${n3(p.unmanaged)} 个不受管理` : "") + "。",
  "plan.text.unmanaged": (p) => `线上黑名单中有 ${n3(p.n)} 个用户不在 ${p.file} 中，因 prune: false 保持不动。`,
  "plan.text.guardTripped": () => "已触发安全上限：不加 --force，apply 将拒绝执行此计划。",
  "plan.text.guardForced": () => "已触发安全上限：因指定了 --force，仍继续执行。",
  "plan.text.expiring": (p) => `有 ${n3(p.n)} 个用户将在 ${n3(p.days)} 天内到期，自到期日 00:00 UTC 起不再拉黑：`,
  "plan.text.moreExpiring": (p) => `  ……另有 ${n3(p.n)} 个即将到期的用户未列出（--full 显示全部）`,
  "plan.md.heading": (p) => `### wxbl 计划：${p.file}`,
  "plan.md.totals": (p) => `**拉黑 ${n3(p.block)} 个，取消拉黑 ${n3(p.unblock)} 个**，${n3(p.unchanged)} 个不变。`,
  "plan.md.entries": () => "数量",
  "plan.md.toBlock": () => "待拉黑",
  "plan.md.toUnblock": () => "待取消拉黑",
  "plan.md.unchanged": () => "不变",
  "plan.md.unmanaged": () => "不受管理（prune: false，保持不动）",
  "plan.md.live": () => "当前线上黑名单",
  "plan.md.desired": () => "文件中应拉黑",
  "plan.md.guardTripped": () => "**已触发安全上限：** 不加 `--force`，`wxbl apply` 将拒绝执行此计划。",
  "plan.md.guardForced": () => "**已触发安全上限：** 因指定了 `--force`，仍继续执行。",
  "plan.md.guardsPassed": () => "安全上限检查：通过。",
  "plan.md.section": (p) => `待${verb(p.action)} ${n3(p.n)} 个`,
  "plan.md.blockColumns": () => "| openid | 拉黑原因 | 位置 |",
  "plan.md.blockColumnsExpires": () => "| openid | 拉黑原因 | 到期 | 位置 |",
  "plan.md.unblockColumns": () => "| openid | 说明 | 拉黑原因 | 位置 |",
  "plan.md.rest": (p) => `……另有 ${n3(p.n)} 个待${verb(p.action)}的用户未在此列出（GitHub 评论有长度限制）；完整计划见 JSON 计划文件（\`wxbl plan --format json\` 或 \`--out\`）。`,
  "plan.md.notShown": (p) => `待${verb(p.action)} ${n3(p.n)} 个：此处未列出，完整内容见 JSON 计划。`,
  "plan.md.expiring": (p) => `**有 ${n3(p.n)} 个用户将在 ${n3(p.days)} 天内到期**：自到期日 00:00 UTC 起不再拉黑。`,
  "plan.md.expiringSection": (p) => `即将到期 ${n3(p.n)} 个`,
  "plan.md.expiringColumns": () => "| openid | 到期 | 拉黑原因 | 位置 |",
  "plan.md.expiringRest": (p) => `……另有 ${n3(p.n)} 个即将到期的用户未在此列出（GitHub 评论有长度限制）。`,
  "plan.md.expiringNotShown": (p) => `即将到期 ${n3(p.n)} 个：此处未列出，\`wxbl plan --full\` 会列出全部。`,
  "plan.md.footer": (p) => `${p.format} · 文件 sha256 ${p.fileSha} · 线上 sha256 ${p.liveSha}` + (p.account === void 0 ? "" : ` · 公众号 ${p.account}`),
  "guard.overCount": (p) => {
    const setting = p.action === "block" ? "max_block" : "max_unblock";
    const share = formatShare(p.n, p.live);
    const amount = p.live === 0 ? `将${verb(p.action)} ${n3(p.n)} 个用户` : p.action === "unblock" ? `将取消拉黑 ${n3(p.n)} 个用户，占线上黑名单 ${n3(p.live)} 个的 ${share}` : `将拉黑 ${n3(p.n)} 个用户，相当于线上黑名单 ${n3(p.live)} 个的 ${share}`;
    return `${amount}，超过安全上限 ${n3(p.limit)} 个（${setting}）；${WAY_FORWARD2}`;
  },
  "guard.overPercent": (p) => p.action === "unblock" ? `将取消拉黑线上黑名单 ${n3(p.live)} 个中的 ${n3(p.n)} 个（${p.share}），超过 ${p.limit} 的安全上限（max_unblock）；${WAY_FORWARD2}` : `将拉黑 ${n3(p.n)} 个用户，相当于线上黑名单 ${n3(p.live)} 个的 ${p.share}，超过 ${p.limit} 的安全上限（max_block）；${WAY_FORWARD2}`,
  "guard.emptyFile": (p) => `${p.file} 中没有任何用户且 prune 为 true，因此会取消拉黑 ${n3(p.n)} 个用户（即整个线上黑名单）；如果确实要清空黑名单，${WAY_FORWARD2}`
};

// src/i18n/zh-CN/wechat.ts
var whose4 = (account) => account === void 0 ? "公众号" : `公众号 ${account} 的`;
var tokenRejectedAgain2 = (p) => `wxbl 重新获取了 token，微信同样拒绝了新的 token；可能有其他服务在用 GET /cgi-bin/token 刷新${p.account === void 0 ? "公众号的" : whose4(p.account)} token（每调用一次，上一个 token 就会失效）：请把${whose4(p.account)} token 中控服务发放的 token 放进 ${p.variable} 交给 wxbl`;
var wechat2 = {
  "wechat.network": (p) => `${p.problem}${p.tries === void 0 ? "" : `（已尝试 ${p.tries} 次，放弃）`}；请检查到 ${p.base} 的网络连接（${p.variable}、HTTPS_PROXY）后再试`,
  "wechat.notAnObject": (p) => `${p.call} 调用失败：微信的应答不是 JSON 对象（已尝试 ${p.tries} 次，放弃）`,
  "wechat.callFailed": (p) => {
    const after = p.tries !== void 0 ? `（已尝试 ${p.tries} 次，放弃）` : p.waits !== void 0 ? `（已等待 ${p.waits} 次，放弃）` : "";
    return `${p.call} 调用失败：${p.meaning}${after}。下一步：${p.next}。`;
  },
  "wechat.givenTokenRejected": (p) => `${p.call} 调用失败：微信拒绝了${p.account === void 0 ? " " : `公众号 ${p.account} 的 `}${p.variable} 提供的 token：${p.meaning}。下一步：从${p.account === void 0 ? "公众号的" : whose4(p.account)} token 中控服务取一个新的 token，再运行一次。`,
  "wechat.newTokenRejected": (p) => `${p.call} 调用失败：${p.meaning}，换了新 token 之后依然如此。下一步：${tokenRejectedAgain2(p)}。`,
  "wechat.sameTokenBack": (p) => `${p.call} 调用失败：${p.meaning}，而 token 接口返回的还是同一个 token。下一步：${tokenRejectedAgain2(p)}。`,
  "wechat.noAccessToken": (p) => `${p.call} 的应答里没有 access_token；请检查 ${p.variable}（${p.base}）`,
  "wechat.http.status": (p) => `${p.request} 返回了 HTTP ${p.status}`,
  "wechat.http.notJson": (p) => `${p.request} 返回了 HTTP ${p.status}，但响应体不是 JSON`,
  "wechat.http.notJsonCheckBase": (p) => `${p.request} 返回了 HTTP ${p.status}，但响应体不是 JSON；请检查 ${p.variable}（${p.base}）`,
  "wechat.http.noErrcode": (p) => `${p.request} 返回了 HTTP ${p.status}，却没有微信的 errcode；请检查 ${p.variable}（${p.base}）和代理设置`,
  "wechat.http.failed": (p) => `${p.request} 失败：${p.detail}${p.code === void 0 ? "" : `（${p.code}）`}`,
  "wechat.credentials.missing": (p) => {
    const missing = p.missing === "secret" ? "没有设置 WECHAT_APPSECRET" : p.missing === "appid" ? "没有设置 WECHAT_APPID" : "一个凭据都没有设置";
    return `缺少微信凭据：${missing}。请设置 WECHAT_ACCESS_TOKEN（公众号 token 中控服务发放的 token），或者同时设置 WECHAT_APPID 和 WECHAT_APPSECRET；只想在本地试一试的话，先运行 \`wxbl sandbox\`，再把它打印的环境变量粘贴进来。`;
  },
  "wechat.live.interrupted": (p) => `读取线上黑名单时被中断（已读 ${p.pages} 页）；没有做任何改动。重新运行命令即可从头开始。`,
  "wechat.live.endlessPaging": (p) => `读取线上黑名单：已经翻了 ${p.pages} 页、读到 ${p.ids} 个 id，仍未结束，超出了${p.total === void 0 ? "（微信未给出总数的）名单" : ` ${p.total} 个 id 的名单`}所需的页数；服务器的分页停不下来。没有做任何改动；请稍后再试，如果反复出现请提交问题报告。`,
  "wechat.live.totalDiffers": (p) => `线上黑名单读到 ${p.ids} 个不重复的 id，但微信报告的总数是 ${p.total}（读取期间名单可能有变动）`
};

// src/i18n/catalog.ts
var catalogs = {
  en: {
    ...common,
    ...init,
    ...action,
    ...commands,
    ...desired,
    ...errcodes,
    ...wechat,
    ...moderation,
    ...plan,
    ...diff,
    ...apply,
    ...comment,
    ...harden,
    ...accounts,
    ...githubAccounts
  },
  "zh-CN": {
    ...common2,
    ...init2,
    ...action2,
    ...commands2,
    ...desired2,
    ...errcodes2,
    ...wechat2,
    ...moderation2,
    ...plan2,
    ...diff2,
    ...apply2,
    ...comment2,
    ...harden2,
    ...accounts2,
    ...githubAccounts2
  }
};
function t(lang, key, ...params) {
  const message = catalogs[lang][key];
  return message(...params);
}

// src/i18n/message.ts
function msg(key, ...params) {
  return { key, params };
}
function say(lang, message) {
  const params = message.params.map((param) => resolveNested(lang, param));
  return t(
    lang,
    message.key,
    ...params
  );
}
function isMessage(value) {
  return typeof value === "object" && value !== null && typeof value.key === "string" && Array.isArray(value.params) && Object.hasOwn(catalogs.en, value.key);
}
function resolveNested(lang, param) {
  if (typeof param !== "object" || param === null || Array.isArray(param)) return param;
  let resolved;
  for (const [name, value] of Object.entries(param)) {
    const words = isMessage(value) ? say(lang, value) : Array.isArray(value) && value.some(isMessage) ? value.map((item) => isMessage(item) ? say(lang, item) : item) : value;
    if (words !== value) (resolved ??= { ...param })[name] = words;
  }
  return resolved ?? param;
}

// src/errors.ts
var ExitCode = {
  /** Success; with --detailed-exitcode also "no changes". */
  ok: 0,
  /** Runtime failure: WeChat error, network, partial apply, quota exhausted. */
  failure: 1,
  /** `plan --detailed-exitcode` only: changes are pending. */
  changes: 2,
  /** Invalid input: the file, a flag, a saved plan that cannot be read. */
  invalidInput: 3,
  /** Refused for safety: guard tripped, stale saved plan, appid mismatch. */
  refused: 4
};
var WxblError = class extends Error {
  constructor(message, exitCode, options) {
    super(typeof message === "string" ? message : say("en", message), options);
    this.exitCode = exitCode;
    this.text = typeof message === "string" ? void 0 : message;
    this.name = new.target.name;
  }
  exitCode;
  text;
  /** The message in `lang`. */
  localized(lang) {
    return this.text === void 0 ? this.message : say(lang, this.text);
  }
};
var InputError = class extends WxblError {
  constructor(message, options) {
    super(message, ExitCode.invalidInput, options);
  }
};

// src/desired/load-desired.ts
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";

// src/desired/blacklist-all-errors.generated.ts
var validate = validate10;
var pattern0 = new RegExp("^wx[0-9a-f]{16}$", "u");
var pattern1 = new RegExp("^[0-9]+(\\.[0-9]+)?%$", "u");
var pattern3 = new RegExp("^[A-Za-z0-9_-]{1,128}$", "u");
var pattern5 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.openid === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "openid" }, message: "must have required property 'openid'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "openid" || key0 === "reason" || key0 === "expires")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.openid !== void 0) {
      let data0 = data.openid;
      if (typeof data0 === "string") {
        if (!pattern3.test(data0)) {
          const err2 = { instancePath: instancePath + "/openid", schemaPath: "#/definitions/openid/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,128}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,128}$"' };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/openid", schemaPath: "#/definitions/openid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      if (typeof data.reason !== "string") {
        const err4 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data2 = data.expires;
      if (typeof data2 === "string") {
        if (!pattern5.test(data2)) {
          const err5 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
  } else {
    const err7 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err7];
    } else {
      vErrors.push(err7);
    }
    errors++;
  }
  validate11.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.version === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "version" }, message: "must have required property 'version'" };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.users === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "users" }, message: "must have required property 'users'" };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "version" || key0 === "appid" || key0 === "prune" || key0 === "guard" || key0 === "users")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.version !== void 0) {
      if (1 !== data.version) {
        const err3 = { instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.appid !== void 0) {
      let data1 = data.appid;
      if (typeof data1 === "string") {
        if (!pattern0.test(data1)) {
          const err4 = { instancePath: instancePath + "/appid", schemaPath: "#/properties/appid/pattern", keyword: "pattern", params: { pattern: "^wx[0-9a-f]{16}$" }, message: 'must match pattern "^wx[0-9a-f]{16}$"' };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/appid", schemaPath: "#/properties/appid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.prune !== void 0) {
      if (typeof data.prune !== "boolean") {
        const err6 = { instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.guard !== void 0) {
      let data3 = data.guard;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "max_block" || key1 === "max_unblock")) {
            const err7 = { instancePath: instancePath + "/guard", schemaPath: "#/properties/guard/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" };
            if (vErrors === null) {
              vErrors = [err7];
            } else {
              vErrors.push(err7);
            }
            errors++;
          }
        }
        if (data3.max_block !== void 0) {
          let data4 = data3.max_block;
          const _errs12 = errors;
          let valid3 = false;
          const _errs13 = errors;
          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
            const err8 = { instancePath: instancePath + "/guard/max_block", schemaPath: "#/definitions/limit/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
          if (typeof data4 == "number" && isFinite(data4)) {
            if (data4 < 0 || isNaN(data4)) {
              const err9 = { instancePath: instancePath + "/guard/max_block", schemaPath: "#/definitions/limit/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          }
          var _valid0 = _errs13 === errors;
          valid3 = valid3 || _valid0;
          if (!valid3) {
            const _errs15 = errors;
            if (typeof data4 === "string") {
              if (!pattern1.test(data4)) {
                const err10 = { instancePath: instancePath + "/guard/max_block", schemaPath: "#/definitions/limit/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%$"' };
                if (vErrors === null) {
                  vErrors = [err10];
                } else {
                  vErrors.push(err10);
                }
                errors++;
              }
            } else {
              const err11 = { instancePath: instancePath + "/guard/max_block", schemaPath: "#/definitions/limit/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            var _valid0 = _errs15 === errors;
            valid3 = valid3 || _valid0;
          }
          if (!valid3) {
            const err12 = { instancePath: instancePath + "/guard/max_block", schemaPath: "#/definitions/limit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          } else {
            errors = _errs12;
            if (vErrors !== null) {
              if (_errs12) {
                vErrors.length = _errs12;
              } else {
                vErrors = null;
              }
            }
          }
        }
        if (data3.max_unblock !== void 0) {
          let data5 = data3.max_unblock;
          const _errs19 = errors;
          let valid5 = false;
          const _errs20 = errors;
          if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
            const err13 = { instancePath: instancePath + "/guard/max_unblock", schemaPath: "#/definitions/limit/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
            if (vErrors === null) {
              vErrors = [err13];
            } else {
              vErrors.push(err13);
            }
            errors++;
          }
          if (typeof data5 == "number" && isFinite(data5)) {
            if (data5 < 0 || isNaN(data5)) {
              const err14 = { instancePath: instancePath + "/guard/max_unblock", schemaPath: "#/definitions/limit/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
              if (vErrors === null) {
                vErrors = [err14];
              } else {
                vErrors.push(err14);
              }
              errors++;
            }
          }
          var _valid1 = _errs20 === errors;
          valid5 = valid5 || _valid1;
          if (!valid5) {
            const _errs22 = errors;
            if (typeof data5 === "string") {
              if (!pattern1.test(data5)) {
                const err15 = { instancePath: instancePath + "/guard/max_unblock", schemaPath: "#/definitions/limit/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%$"' };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            } else {
              const err16 = { instancePath: instancePath + "/guard/max_unblock", schemaPath: "#/definitions/limit/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
            var _valid1 = _errs22 === errors;
            valid5 = valid5 || _valid1;
          }
          if (!valid5) {
            const err17 = { instancePath: instancePath + "/guard/max_unblock", schemaPath: "#/definitions/limit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          } else {
            errors = _errs19;
            if (vErrors !== null) {
              if (_errs19) {
                vErrors.length = _errs19;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err18 = { instancePath: instancePath + "/guard", schemaPath: "#/properties/guard/type", keyword: "type", params: { type: "object" }, message: "must be object" };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
    }
    if (data.users !== void 0) {
      let data6 = data.users;
      if (Array.isArray(data6)) {
        const len0 = data6.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data7 = data6[i0];
          const _errs27 = errors;
          let valid8 = false;
          const _errs28 = errors;
          if (typeof data7 === "string") {
            if (!pattern3.test(data7)) {
              const err19 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/definitions/openid/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,128}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,128}$"' };
              if (vErrors === null) {
                vErrors = [err19];
              } else {
                vErrors.push(err19);
              }
              errors++;
            }
          } else {
            const err20 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/definitions/openid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          var _valid2 = _errs28 === errors;
          valid8 = valid8 || _valid2;
          if (!valid8) {
            const _errs31 = errors;
            if (!validate11(data7, { instancePath: instancePath + "/users/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
              vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
              errors = vErrors.length;
            }
            var _valid2 = _errs31 === errors;
            valid8 = valid8 || _valid2;
          }
          if (!valid8) {
            const err21 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/properties/users/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          } else {
            errors = _errs27;
            if (vErrors !== null) {
              if (_errs27) {
                vErrors.length = _errs27;
              } else {
                vErrors = null;
              }
            }
          }
        }
      } else {
        const err22 = { instancePath: instancePath + "/users", schemaPath: "#/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
  } else {
    const err23 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" };
    if (vErrors === null) {
      vErrors = [err23];
    } else {
      vErrors.push(err23);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/desired/blacklist-first-error.generated.ts
var validate2 = validate102;
var pattern02 = new RegExp("^wx[0-9a-f]{16}$", "u");
var pattern12 = new RegExp("^[0-9]+(\\.[0-9]+)?%$", "u");
var pattern32 = new RegExp("^[A-Za-z0-9_-]{1,128}$", "u");
var pattern52 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate112(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.openid === void 0 && (missing0 = "openid")) {
        validate112.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "openid" || key0 === "reason" || key0 === "expires")) {
            validate112.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.openid !== void 0) {
            let data0 = data.openid;
            const _errs2 = errors;
            const _errs3 = errors;
            if (errors === _errs3) {
              if (typeof data0 === "string") {
                if (!pattern32.test(data0)) {
                  validate112.errors = [{ instancePath: instancePath + "/openid", schemaPath: "#/definitions/openid/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,128}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,128}$"' }];
                  return false;
                }
              } else {
                validate112.errors = [{ instancePath: instancePath + "/openid", schemaPath: "#/definitions/openid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.reason !== void 0) {
              const _errs5 = errors;
              if (typeof data.reason !== "string") {
                validate112.errors = [{ instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                return false;
              }
              var valid0 = _errs5 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.expires !== void 0) {
                let data2 = data.expires;
                const _errs7 = errors;
                if (errors === _errs7) {
                  if (typeof data2 === "string") {
                    if (!pattern52.test(data2)) {
                      validate112.errors = [{ instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"' }];
                      return false;
                    }
                  } else {
                    validate112.errors = [{ instancePath: instancePath + "/expires", schemaPath: "#/properties/expires/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                    return false;
                  }
                }
                var valid0 = _errs7 === errors;
              } else {
                var valid0 = true;
              }
            }
          }
        }
      }
    } else {
      validate112.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate112.errors = vErrors;
  return errors === 0;
}
function validate102(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (errors === 0) {
    if (data && typeof data == "object" && !Array.isArray(data)) {
      let missing0;
      if (data.version === void 0 && (missing0 = "version") || data.users === void 0 && (missing0 = "users")) {
        validate102.errors = [{ instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: missing0 }, message: "must have required property '" + missing0 + "'" }];
        return false;
      } else {
        const _errs1 = errors;
        for (const key0 in data) {
          if (!(key0 === "version" || key0 === "appid" || key0 === "prune" || key0 === "guard" || key0 === "users")) {
            validate102.errors = [{ instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties" }];
            return false;
            break;
          }
        }
        if (_errs1 === errors) {
          if (data.version !== void 0) {
            const _errs2 = errors;
            if (1 !== data.version) {
              validate102.errors = [{ instancePath: instancePath + "/version", schemaPath: "#/properties/version/const", keyword: "const", params: { allowedValue: 1 }, message: "must be equal to constant" }];
              return false;
            }
            var valid0 = _errs2 === errors;
          } else {
            var valid0 = true;
          }
          if (valid0) {
            if (data.appid !== void 0) {
              let data1 = data.appid;
              const _errs3 = errors;
              if (errors === _errs3) {
                if (typeof data1 === "string") {
                  if (!pattern02.test(data1)) {
                    validate102.errors = [{ instancePath: instancePath + "/appid", schemaPath: "#/properties/appid/pattern", keyword: "pattern", params: { pattern: "^wx[0-9a-f]{16}$" }, message: 'must match pattern "^wx[0-9a-f]{16}$"' }];
                    return false;
                  }
                } else {
                  validate102.errors = [{ instancePath: instancePath + "/appid", schemaPath: "#/properties/appid/type", keyword: "type", params: { type: "string" }, message: "must be string" }];
                  return false;
                }
              }
              var valid0 = _errs3 === errors;
            } else {
              var valid0 = true;
            }
            if (valid0) {
              if (data.prune !== void 0) {
                const _errs5 = errors;
                if (typeof data.prune !== "boolean") {
                  validate102.errors = [{ instancePath: instancePath + "/prune", schemaPath: "#/properties/prune/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean" }];
                  return false;
                }
                var valid0 = _errs5 === errors;
              } else {
                var valid0 = true;
              }
              if (valid0) {
                if (data.guard !== void 0) {
                  let data3 = data.guard;
                  const _errs7 = errors;
                  if (errors === _errs7) {
                    if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
                      const _errs9 = errors;
                      for (const key1 in data3) {
                        if (!(key1 === "max_block" || key1 === "max_unblock")) {
                          validate102.errors = [{ instancePath: instancePath + "/guard", schemaPath: "#/properties/guard/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties" }];
                          return false;
                          break;
                        }
                      }
                      if (_errs9 === errors) {
                        if (data3.max_block !== void 0) {
                          let data4 = data3.max_block;
                          const _errs10 = errors;
                          const _errs12 = errors;
                          let valid3 = false;
                          const _errs13 = errors;
                          if (!(typeof data4 == "number" && (!(data4 % 1) && !isNaN(data4)) && isFinite(data4))) {
                            const err0 = { instancePath: instancePath + "/guard/max_block", schemaPath: "#/definitions/limit/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                            if (vErrors === null) {
                              vErrors = [err0];
                            } else {
                              vErrors.push(err0);
                            }
                            errors++;
                          }
                          if (errors === _errs13) {
                            if (typeof data4 == "number" && isFinite(data4)) {
                              if (data4 < 0 || isNaN(data4)) {
                                const err1 = { instancePath: instancePath + "/guard/max_block", schemaPath: "#/definitions/limit/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                if (vErrors === null) {
                                  vErrors = [err1];
                                } else {
                                  vErrors.push(err1);
                                }
                                errors++;
                              }
                            }
                          }
                          var _valid0 = _errs13 === errors;
                          valid3 = valid3 || _valid0;
                          if (!valid3) {
                            const _errs15 = errors;
                            if (errors === _errs15) {
                              if (typeof data4 === "string") {
                                if (!pattern12.test(data4)) {
                                  const err2 = { instancePath: instancePath + "/guard/max_block", schemaPath: "#/definitions/limit/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%$"' };
                                  if (vErrors === null) {
                                    vErrors = [err2];
                                  } else {
                                    vErrors.push(err2);
                                  }
                                  errors++;
                                }
                              } else {
                                const err3 = { instancePath: instancePath + "/guard/max_block", schemaPath: "#/definitions/limit/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                if (vErrors === null) {
                                  vErrors = [err3];
                                } else {
                                  vErrors.push(err3);
                                }
                                errors++;
                              }
                            }
                            var _valid0 = _errs15 === errors;
                            valid3 = valid3 || _valid0;
                          }
                          if (!valid3) {
                            const err4 = { instancePath: instancePath + "/guard/max_block", schemaPath: "#/definitions/limit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err4];
                            } else {
                              vErrors.push(err4);
                            }
                            errors++;
                            validate102.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs12;
                            if (vErrors !== null) {
                              if (_errs12) {
                                vErrors.length = _errs12;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid1 = _errs10 === errors;
                        } else {
                          var valid1 = true;
                        }
                        if (valid1) {
                          if (data3.max_unblock !== void 0) {
                            let data5 = data3.max_unblock;
                            const _errs17 = errors;
                            const _errs19 = errors;
                            let valid5 = false;
                            const _errs20 = errors;
                            if (!(typeof data5 == "number" && (!(data5 % 1) && !isNaN(data5)) && isFinite(data5))) {
                              const err5 = { instancePath: instancePath + "/guard/max_unblock", schemaPath: "#/definitions/limit/anyOf/0/type", keyword: "type", params: { type: "integer" }, message: "must be integer" };
                              if (vErrors === null) {
                                vErrors = [err5];
                              } else {
                                vErrors.push(err5);
                              }
                              errors++;
                            }
                            if (errors === _errs20) {
                              if (typeof data5 == "number" && isFinite(data5)) {
                                if (data5 < 0 || isNaN(data5)) {
                                  const err6 = { instancePath: instancePath + "/guard/max_unblock", schemaPath: "#/definitions/limit/anyOf/0/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0" };
                                  if (vErrors === null) {
                                    vErrors = [err6];
                                  } else {
                                    vErrors.push(err6);
                                  }
                                  errors++;
                                }
                              }
                            }
                            var _valid1 = _errs20 === errors;
                            valid5 = valid5 || _valid1;
                            if (!valid5) {
                              const _errs22 = errors;
                              if (errors === _errs22) {
                                if (typeof data5 === "string") {
                                  if (!pattern12.test(data5)) {
                                    const err7 = { instancePath: instancePath + "/guard/max_unblock", schemaPath: "#/definitions/limit/anyOf/1/pattern", keyword: "pattern", params: { pattern: "^[0-9]+(\\.[0-9]+)?%$" }, message: 'must match pattern "^[0-9]+(\\.[0-9]+)?%$"' };
                                    if (vErrors === null) {
                                      vErrors = [err7];
                                    } else {
                                      vErrors.push(err7);
                                    }
                                    errors++;
                                  }
                                } else {
                                  const err8 = { instancePath: instancePath + "/guard/max_unblock", schemaPath: "#/definitions/limit/anyOf/1/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                                  if (vErrors === null) {
                                    vErrors = [err8];
                                  } else {
                                    vErrors.push(err8);
                                  }
                                  errors++;
                                }
                              }
                              var _valid1 = _errs22 === errors;
                              valid5 = valid5 || _valid1;
                            }
                            if (!valid5) {
                              const err9 = { instancePath: instancePath + "/guard/max_unblock", schemaPath: "#/definitions/limit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                              if (vErrors === null) {
                                vErrors = [err9];
                              } else {
                                vErrors.push(err9);
                              }
                              errors++;
                              validate102.errors = vErrors;
                              return false;
                            } else {
                              errors = _errs19;
                              if (vErrors !== null) {
                                if (_errs19) {
                                  vErrors.length = _errs19;
                                } else {
                                  vErrors = null;
                                }
                              }
                            }
                            var valid1 = _errs17 === errors;
                          } else {
                            var valid1 = true;
                          }
                        }
                      }
                    } else {
                      validate102.errors = [{ instancePath: instancePath + "/guard", schemaPath: "#/properties/guard/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
                      return false;
                    }
                  }
                  var valid0 = _errs7 === errors;
                } else {
                  var valid0 = true;
                }
                if (valid0) {
                  if (data.users !== void 0) {
                    let data6 = data.users;
                    const _errs24 = errors;
                    if (errors === _errs24) {
                      if (Array.isArray(data6)) {
                        var valid6 = true;
                        const len0 = data6.length;
                        for (let i0 = 0; i0 < len0; i0++) {
                          let data7 = data6[i0];
                          const _errs26 = errors;
                          const _errs27 = errors;
                          let valid7 = false;
                          const _errs28 = errors;
                          const _errs29 = errors;
                          if (errors === _errs29) {
                            if (typeof data7 === "string") {
                              if (!pattern32.test(data7)) {
                                const err10 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/definitions/openid/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9_-]{1,128}$" }, message: 'must match pattern "^[A-Za-z0-9_-]{1,128}$"' };
                                if (vErrors === null) {
                                  vErrors = [err10];
                                } else {
                                  vErrors.push(err10);
                                }
                                errors++;
                              }
                            } else {
                              const err11 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/definitions/openid/type", keyword: "type", params: { type: "string" }, message: "must be string" };
                              if (vErrors === null) {
                                vErrors = [err11];
                              } else {
                                vErrors.push(err11);
                              }
                              errors++;
                            }
                          }
                          var _valid2 = _errs28 === errors;
                          valid7 = valid7 || _valid2;
                          if (!valid7) {
                            const _errs31 = errors;
                            if (!validate112(data7, { instancePath: instancePath + "/users/" + i0, parentData: data6, parentDataProperty: i0, rootData })) {
                              vErrors = vErrors === null ? validate112.errors : vErrors.concat(validate112.errors);
                              errors = vErrors.length;
                            }
                            var _valid2 = _errs31 === errors;
                            valid7 = valid7 || _valid2;
                          }
                          if (!valid7) {
                            const err12 = { instancePath: instancePath + "/users/" + i0, schemaPath: "#/properties/users/items/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf" };
                            if (vErrors === null) {
                              vErrors = [err12];
                            } else {
                              vErrors.push(err12);
                            }
                            errors++;
                            validate102.errors = vErrors;
                            return false;
                          } else {
                            errors = _errs27;
                            if (vErrors !== null) {
                              if (_errs27) {
                                vErrors.length = _errs27;
                              } else {
                                vErrors = null;
                              }
                            }
                          }
                          var valid6 = _errs26 === errors;
                          if (!valid6) {
                            break;
                          }
                        }
                      } else {
                        validate102.errors = [{ instancePath: instancePath + "/users", schemaPath: "#/properties/users/type", keyword: "type", params: { type: "array" }, message: "must be array" }];
                        return false;
                      }
                    }
                    var valid0 = _errs24 === errors;
                  } else {
                    var valid0 = true;
                  }
                }
              }
            }
          }
        }
      }
    } else {
      validate102.errors = [{ instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object" }];
      return false;
    }
  }
  validate102.errors = vErrors;
  return errors === 0;
}

// src/desired/blacklist-schema.ts
var quick = validate2;
var all = validate;
function validateSchema(data) {
  if (quick(data)) return [];
  all(data);
  return all.errors ?? [];
}

// src/desired/desired-state.ts
var DEFAULT_GUARD = {
  max_block: { kind: "percent", value: 25 },
  max_unblock: { kind: "percent", value: 25 }
};

// src/desired/did-you-mean.ts
function editDistance(a, b) {
  const rows = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const previous = rows[i - 1];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        previous[j] + 1,
        row[j - 1] + 1,
        previous[j - 1] + cost
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, rows[i - 2]?.[j - 2] + 1);
      }
      row.push(best);
    }
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? Math.max(a.length, b.length);
}
function didYouMean(key, allowed) {
  const limit = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  let best;
  let bestDistance = Infinity;
  for (const candidate of allowed) {
    const distance = candidate.toLowerCase() === key.toLowerCase() ? 0 : editDistance(key.toLowerCase(), candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return bestDistance <= limit ? best : void 0;
}

// src/desired/explain-schema-errors.ts
var TOP_KEYS = ["version", "appid", "prune", "guard", "users"];
var GUARD_KEYS = ["max_block", "max_unblock"];
var USER_KEYS = ["openid", "reason", "expires"];
function explainSchema(doc, errors, report) {
  for (const [path, group] of groupByPath(errors)) explainSchemaErrors(doc, path, group, report);
}
function groupByPath(errors) {
  const groups = /* @__PURE__ */ new Map();
  for (const e of errors) {
    const list = groups.get(e.instancePath);
    if (list) list.push(e);
    else groups.set(e.instancePath, [e]);
  }
  return groups;
}
function explainSchemaErrors(doc, pointer, errors, report) {
  const path = pointer.split("/").slice(1).map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~")).map((s) => /^[0-9]+$/.test(s) ? Number(s) : s);
  const value = valueAt(doc.data, path);
  const inUser = path[0] === "users" && path.length >= 2;
  for (const e of errors) {
    if (e.keyword === "additionalProperties") {
      const key = String(e.params.additionalProperty);
      const allowed = path.length === 0 ? TOP_KEYS : path[0] === "guard" ? GUARD_KEYS : USER_KEYS;
      const near = didYouMean(key, allowed);
      const text = msg("desired.unknownKey", {
        key,
        inEntry: inUser,
        ...path.length === 0 || inUser ? {} : { section: path.join(".") },
        ...near === void 0 ? {} : { near },
        allowed
      });
      report([...path, key], text, true);
    } else if (e.keyword === "required") {
      const missing = String(e.params.missingProperty);
      report(path, msg("desired.missing", { key: missing }));
    }
  }
  const valueProblem = errors.some(
    (e) => e.keyword !== "additionalProperties" && e.keyword !== "required" && e.keyword !== "anyOf"
  );
  if (!valueProblem) return;
  const last = path[path.length - 1];
  const source = doc.sourceText(path) ?? String(value);
  if (inUser && path.length === 2) {
    if (typeof value === "string") report(path, openidProblem(value));
    else if (!isRecord(value)) report(path, nonStringOpenid(value, source, "entry"));
    return;
  }
  if (inUser && last === "openid") {
    report(
      path,
      typeof value === "string" ? openidProblem(value) : nonStringOpenid(value, source, "openid")
    );
  } else if (inUser && last === "expires") {
    report(
      path,
      typeof value === "string" ? msg("desired.expires.notDate", { value }) : msg("desired.expires.notText", { found: describe(value) })
    );
  } else if (inUser && last === "reason") {
    report(path, msg("desired.reason.notText", { found: describe(value) }));
  } else if (path.length === 1 && last === "version") {
    report(path, msg("desired.version", { found: describe(value) }));
  } else if (path.length === 1 && last === "appid") {
    report(
      path,
      typeof value === "string" ? msg("desired.appid.shape", { appid: value }) : msg("desired.appid.notText", { found: describe(value) })
    );
  } else if (path.length === 1 && last === "prune") {
    report(path, msg("desired.prune", { found: describe(value) }));
  } else if (path[0] === "guard" && path.length === 2) {
    report(path, msg("desired.guard.limit", { key: String(last), found: describe(value) }));
  } else if (path.length === 1 && last === "users") {
    report(path, msg("desired.users.notList", { found: describe(value) }));
  } else if (path.length === 1 && last === "guard") {
    report(path, msg("desired.guard.notMap", { found: describe(value) }));
  } else {
    const detail = errors[0]?.message;
    report(
      path,
      msg("desired.invalid", {
        ...path.length === 0 ? {} : { path: path.join(".") },
        ...detail === void 0 ? {} : { detail }
      })
    );
  }
}
function openidProblem(openid) {
  if (openid.length === 0) return msg("desired.openid.empty");
  if (openid.length > 128) return msg("desired.openid.tooLong", { openid });
  const character = [...openid].find((c) => !/[A-Za-z0-9_-]/.test(c)) ?? "";
  const kind = character === " " ? "space" : character === "	" ? "tab" : character === "\r" ? "cr" : /\s/.test(character) ? "whitespace" : "other";
  return msg("desired.openid.badCharacter", { openid, kind, character });
}
function nonStringOpenid(value, source, what) {
  if (value === null && source.trim() === "") {
    return msg("desired.openid.blank", { entry: what === "entry" });
  }
  if (typeof value === "number" || typeof value === "boolean" || value === null) {
    const kind = typeof value === "number" ? "number" : typeof value === "boolean" ? "boolean" : "null";
    return msg("desired.openid.scalar", { source, kind });
  }
  return msg("desired.openid.notText", { entry: what === "entry", found: describe(value) });
}
function describe(value) {
  const found = (kind, shown = "") => msg("desired.found", { kind, shown });
  if (value === null) return found("null");
  if (Array.isArray(value)) return found("list");
  if (typeof value === "object") return found("map");
  if (typeof value === "string") return found("text", value);
  if (typeof value === "number") return found("number", String(value));
  if (typeof value === "boolean") return found("boolean", String(value));
  return found("other", typeof value);
}
function valueAt(data, path) {
  let node = data;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function isRecord(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

// src/util/openid-table.ts
var IndexTable = class {
  /** Pairs: index + 1 of the key (0 for an empty slot), then the key's hash. */
  table;
  mask;
  size = 0;
  constructor(expected = 512) {
    let slots = 1024;
    while (slots < expected * 2) slots *= 2;
    this.table = new Int32Array(slots * 2);
    this.mask = slots - 1;
  }
  /** The index `key` was first seen at; records `index` and returns -1 the first time. */
  firstIndex(key, index) {
    const hash = this.hashOf(key);
    const { table, mask } = this;
    let slot = hash & mask;
    for (; ; ) {
      const stored = table[slot * 2];
      if (stored === 0) break;
      if (table[slot * 2 + 1] === hash && this.matches(stored - 1, key)) return stored - 1;
      slot = slot + 1 & mask;
    }
    table[slot * 2] = index + 1;
    table[slot * 2 + 1] = hash;
    if (++this.size * 2 > mask) this.grow();
    return -1;
  }
  /** The index `key` was first seen at, or -1; records nothing. */
  indexOf(key) {
    const hash = this.hashOf(key);
    const { table, mask } = this;
    for (let slot = hash & mask; ; slot = slot + 1 & mask) {
      const stored = table[slot * 2];
      if (stored === 0) return -1;
      if (table[slot * 2 + 1] === hash && this.matches(stored - 1, key)) return stored - 1;
    }
  }
  grow() {
    const old = this.table;
    const table = new Int32Array(old.length * 2);
    const mask = table.length / 2 - 1;
    for (let at = 0; at < old.length; at += 2) {
      const stored = old[at];
      if (stored === 0) continue;
      const hash = old[at + 1];
      let slot = hash & mask;
      while (table[slot * 2] !== 0) slot = slot + 1 & mask;
      table[slot * 2] = stored;
      table[slot * 2 + 1] = hash;
    }
    this.table = table;
    this.mask = mask;
  }
};
var OpenidTable = class extends IndexTable {
  constructor(openidAt, expected = 512) {
    super(expected);
    this.openidAt = openidAt;
  }
  openidAt;
  hashOf(openid) {
    let hash = 2166136261;
    for (let i = 0; i < openid.length; i++) {
      hash = Math.imul(hash ^ openid.charCodeAt(i), 16777619);
    }
    return mixHash(hash);
  }
  matches(index, openid) {
    return this.openidAt(index) === openid;
  }
};
function mixHash(fnv) {
  let hash = fnv ^ fnv >>> 16;
  hash = Math.imul(hash, 2246822507);
  return hash ^ hash >>> 13;
}

// src/desired/utc-date.ts
var DAY_MS = 24 * 60 * 60 * 1e3;
function formatUtcDate(date) {
  return date.toISOString().slice(0, 10);
}
function utcToday(now) {
  return formatUtcDate(now);
}
function isExpired(expires, today) {
  return expires <= today;
}
function daysInMonth(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

// src/desired/check-desired.ts
var OPENID_SHAPE = /^o[A-Za-z0-9_-]{27}$/;
var OPENID_HARD = /^[A-Za-z0-9_-]{1,128}$/;
var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
var REASON_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/;
function checkDesired(doc, now) {
  const data = doc.data;
  if (data === null || data === void 0) {
    const text = msg("desired.noContent");
    return { findings: [{ ...doc.locate([]), severity: "error", text }], userCount: 0 };
  }
  if (!isRecord(data)) {
    const text = msg("desired.notAMap", { found: describe(data) });
    return { findings: [{ ...doc.locate([]), severity: "error", text }], userCount: 0 };
  }
  const users = Array.isArray(data.users) ? data.users : [];
  const rules = checkUsers(doc, users, utcToday(now));
  const findings = [];
  const error = (path, text, key = false) => findings.push({ ...doc.locate(path, key), severity: "error", text });
  const schemaErrors = validateSchema(
    rules.usersPass && Array.isArray(data.users) ? { ...data, users: [] } : data
  );
  explainSchema(doc, schemaErrors, error);
  for (const finding2 of rules.findings) findings.push(finding2);
  const guard = isRecord(data.guard) ? data.guard : {};
  for (const key of GUARD_KEYS) {
    const value = guard[key];
    if (typeof value === "string" && /^[0-9]+(\.[0-9]+)?%$/.test(value) && parseFloat(value) > 100) {
      error(["guard", key], msg("desired.guard.over100", { key, value }));
    }
  }
  findings.sort((a, b) => a.line - b.line || a.column - b.column);
  const userCount = users.length;
  if (findings.some((f) => f.severity === "error")) return { findings, userCount };
  return {
    findings,
    userCount,
    checked: {
      ...typeof data.appid === "string" ? { appid: data.appid } : {},
      prune: data.prune !== false,
      guard: {
        max_block: toLimit(guard.max_block) ?? DEFAULT_GUARD.max_block,
        max_unblock: toLimit(guard.max_unblock) ?? DEFAULT_GUARD.max_unblock
      },
      users: placeRecords(doc, rules.entries)
    }
  };
}
function checkUsers(doc, users, today) {
  const findings = [];
  const entries3 = new Array(users.length);
  let entryCount = 0;
  let usersPass = true;
  const positions = doc.itemPositions?.("users");
  let seen;
  let previous = "";
  let runStart = -1;
  for (let index = 0; index < users.length; index++) {
    const item = users[index];
    const record = isRecord(item) ? item : void 0;
    const openid = record ? record.openid : item;
    if (record !== void 0) {
      const expires = record.expires;
      if (typeof expires === "string" && DATE.test(expires)) {
        const problem = dateProblem(expires);
        if (problem !== void 0) {
          findings.push(finding(doc, ["users", index, "expires"], "error", problem));
        } else if (isExpired(expires, today)) {
          const text = msg("desired.expired", { date: expires });
          findings.push(finding(doc, ["users", index, "expires"], "warning", text));
        }
      }
      const reason = record.reason;
      if (typeof reason === "string" && REASON_CONTROL.test(reason)) {
        findings.push(finding(doc, ["users", index, "reason"], "error", reasonProblem(reason)));
      }
      if (usersPass && !recordPasses(record)) usersPass = false;
    }
    if (typeof openid !== "string") {
      usersPass = false;
      continue;
    }
    const shaped = OPENID_SHAPE.test(openid);
    if (!shaped && !OPENID_HARD.test(openid)) {
      usersPass = false;
      continue;
    }
    if (!shaped) {
      const text = msg("desired.openid.shape", { openid });
      findings.push(finding(doc, openidPath(record, index), "warning", text));
    }
    let line;
    let column;
    if (positions !== void 0) {
      line = positions.lines[index] ?? 0;
      column = positions.columns[index] ?? 0;
    } else {
      ({ line, column } = doc.locate(["users", index]));
    }
    let first = -1;
    if (seen === void 0) {
      if (openid > previous || runStart < 0) {
        previous = openid;
        runStart = index;
      } else if (openid === previous) {
        first = runStart;
      } else {
        seen = seenBefore(users, index);
      }
    }
    if (seen !== void 0) first = seen.firstIndex(openid, index);
    if (first >= 0) {
      const firstLine = doc.locate(["users", first]).line;
      findings.push({
        ...doc.locate(openidPath(record, index)),
        severity: "error",
        text: msg("desired.duplicate", { openid, first: firstLine, second: line }),
        rule: "duplicate-openid"
      });
    }
    entries3[entryCount++] = record === void 0 ? { openid, line, column } : record;
  }
  entries3.length = entryCount;
  return { findings, entries: entries3, usersPass };
}
function placeRecords(doc, entries3) {
  const positions = doc.itemPositions?.("users");
  for (let index = 0; index < entries3.length; index++) {
    const entry = entries3[index];
    if (entry.line !== void 0) continue;
    if (positions !== void 0) {
      entry.line = positions.lines[index] ?? 0;
      entry.column = positions.columns[index] ?? 0;
    } else {
      const { line, column } = doc.locate(["users", index]);
      entry.line = line;
      entry.column = column;
    }
  }
  return entries3;
}
function recordPasses(record) {
  for (const key in record) {
    if (key === "openid") continue;
    const value = record[key];
    if (key === "reason") {
      if (typeof value !== "string") return false;
    } else if (key !== "expires" || typeof value !== "string" || !DATE.test(value)) {
      return false;
    }
  }
  return true;
}
function seenBefore(users, end) {
  const seen = new OpenidTable((index) => openidOf(users[index]), users.length);
  for (let index = 0; index < end; index++) {
    const openid = openidOf(users[index]);
    if (typeof openid !== "string") continue;
    if (OPENID_SHAPE.test(openid) || OPENID_HARD.test(openid)) seen.firstIndex(openid, index);
  }
  return seen;
}
function openidOf(item) {
  return isRecord(item) ? item.openid : item;
}
function openidPath(record, index) {
  return record ? ["users", index, "openid"] : ["users", index];
}
function finding(doc, path, severity, text) {
  return { ...doc.locate(path), severity, text };
}
function toLimit(value) {
  if (typeof value === "number") return { kind: "count", value };
  if (typeof value === "string") return { kind: "percent", value: parseFloat(value) };
  return void 0;
}
function reasonProblem(reason) {
  const control = REASON_CONTROL.exec(reason)?.[0] ?? "";
  const code = (control.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  return msg("rules.reasonControlCharacter", { code });
}
function dateProblem(date) {
  const [, y, m, d] = DATE.exec(date) ?? [];
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12) return msg("desired.expires.noMonth", { date, month: m ?? "" });
  const days2 = daysInMonth(year, month);
  if (day < 1 || day > days2) return msg("desired.expires.noDay", { date, year, month, days: days2 });
  return void 0;
}

// src/desired/decode-text.ts
import { Buffer as Buffer2, isAscii, isUtf8 } from "node:buffer";
var BOM = 65279;
var CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
function decodeText(bytes) {
  if (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255) {
    return fail(1, 1, msg("desired.utf16"));
  }
  if (!isAscii(bytes) && !isUtf8(bytes)) {
    const lossy = new TextDecoder("utf-8").decode(bytes);
    const { line, column } = positionOf(lossy, Math.max(0, lossy.indexOf("�")));
    return fail(line, column, msg("desired.notUtf8"));
  }
  return checkText(Buffer2.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8"));
}
function checkText(decoded) {
  const text = decoded.charCodeAt(0) === BOM ? decoded.slice(1) : decoded;
  const control = CONTROL.exec(text);
  if (control !== null) {
    const { line, column } = positionOf(text, control.index);
    const code = (control[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
    return fail(line, column, msg("desired.controlCharacter", { code }));
  }
  return { ok: true, text };
}
function fail(line, column, text) {
  return { ok: false, problem: { line, column, text } };
}
function positionOf(text, offset) {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13 && text.charCodeAt(i + 1) !== 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

// src/desired/diagnostic.ts
function makeDiagnostic(file, line, column, severity, text) {
  return { file, line, column, severity, message: say("en", text), text };
}

// src/desired/fast-scan.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/desired/yaml-scalar.ts
var import_yaml = __toESM(require_dist(), 1);
var NON_STRING_PLAIN = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/
];
var MAYBE_NON_STRING = new Set("-+.0123456789~nNtTfF");
function isNonStringPlain(source) {
  if (source.length > 0 && !MAYBE_NON_STRING.has(source[0])) return false;
  return NON_STRING_PLAIN.some((re) => re.test(source));
}
function resolvePlain(source) {
  return isNonStringPlain(source) ? (0, import_yaml.parse)(source) : source;
}

// src/desired/fast-scan-syntax.ts
var GIVE_UP = /* @__PURE__ */ Symbol("give up");
function giveUp() {
  throw GIVE_UP;
}
var SPACE = 32;
var HASH = 35;
var DASH = 45;
var COLON = 58;
var TAB = 9;
var CR = 13;
var PERCENT = 37;
var INDICATORS = new Set(",[]{}#&*!|>%@`");
var KNOWN_KEYS = ["openid", "reason", "expires", "version", "appid", "prune", "guard", "users"];
function knownKey(text, start, end) {
  for (const key of KNOWN_KEYS) {
    if (key.length === end - start && text.startsWith(key, start)) return key;
  }
  return void 0;
}
var ID_CHARS = new Uint8Array(128);
for (const c of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") {
  ID_CHARS[c.charCodeAt(0)] = 1;
}
function isPlainWord(text, start, end) {
  const first = text.charCodeAt(start) | 32;
  if (first < 97 || first > 122) return false;
  if (first === 110 || first === 116 || first === 102) return false;
  for (let at = start + 1; at < end; at++) {
    const c = text.charCodeAt(at);
    if (c > 127 || ID_CHARS[c] !== 1) return false;
  }
  return true;
}
var IntList = class {
  data;
  length = 0;
  /**
   * `capacity`: room to start with. A generous guess costs nothing (pages never written are
   * never touched); growing by doubling touches every page twice.
   */
  constructor(capacity = 1024) {
    this.data = new Int32Array(Math.max(16, capacity));
  }
  push(value) {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
  at(index) {
    return index >= 0 && index < this.length ? this.data[index] : void 0;
  }
  view() {
    return this.data.subarray(0, this.length);
  }
};
function keyColon(text, start, end) {
  let at = start;
  let c = text.charCodeAt(at);
  if (!(c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95)) return -1;
  for (at++; at < end; at++) {
    c = text.charCodeAt(at);
    const word = c >= 65 && c <= 90 || c >= 97 && c <= 122 || c >= 48 && c <= 57;
    if (!word && c !== 95 && c !== DASH) break;
  }
  if (c !== COLON || at >= end) return -1;
  if (at + 1 < end && text.charCodeAt(at + 1) !== SPACE) return -1;
  return at;
}
function keyName(text, start, colon) {
  const known = knownKey(text, start, colon);
  if (known !== void 0) return known;
  const name = text.slice(start, colon);
  if (isNonStringPlain(name)) giveUp();
  return name;
}
function spacesEnd(text, at, end) {
  while (at < end && text.charCodeAt(at) === SPACE) at++;
  return at;
}
function skipSpaces(text, at, end) {
  const past = spacesEnd(text, at, end);
  if (past < end && text.charCodeAt(past) === TAB) giveUp();
  return past;
}
function commentStart(text, start, end) {
  for (let at = start + 1; at < end; at++) {
    if (text.charCodeAt(at) !== HASH) continue;
    const before = text.charCodeAt(at - 1);
    if (before === SPACE || before === TAB) return at - 1;
  }
  return -1;
}

// src/desired/fast-scan-positions.ts
var ScanPositions = class {
  constructor(text, top, nested) {
    this.text = text;
    this.top = top;
    this.nested = nested;
  }
  text;
  top;
  nested;
  /** The lines and columns of a top-level sequence's items, all at once. */
  items(key) {
    const seq = this.nested.get(key);
    if (seq === void 0 || "keys" in seq) return void 0;
    return { lines: seq.lines.view(), columns: seq.columns.view() };
  }
  find(path, key, withText) {
    const origin = { line: 1, column: 1 };
    const [first, second, third] = path;
    if (first === void 0) return origin;
    const top = this.top.keys.get(String(first));
    if (top === void 0) return origin;
    if (second === void 0) return key ? top.key : top.value;
    const nested = this.nested.get(String(first));
    if (nested === void 0) return top.value;
    if ("keys" in nested) {
      const entry = nested.keys.get(String(second));
      if (entry === void 0) return top.key;
      return key ? entry.key : entry.value;
    }
    const index = Number(second);
    const line = nested.lines.at(index);
    const column = nested.columns.at(index);
    const offset = nested.offsets.at(index);
    if (line === void 0 || column === void 0 || offset === void 0) return top.key;
    if (third === void 0)
      return withText ? { line, column, text: this.itemText(offset) } : { line, column };
    return this.locateInItem(offset, line, column, String(third), key) ?? { line, column };
  }
  /** The source text of a scalar item (for messages such as "quote it"). */
  itemText(offset) {
    let end = this.text.indexOf("\n", offset);
    if (end < 0) end = this.text.length;
    if (this.text.charCodeAt(end - 1) === CR) end--;
    const comment3 = commentStart(this.text, offset, end);
    return this.text.slice(offset, comment3 >= 0 ? comment3 : end).trimEnd();
  }
  /** Re-reads a map item from its first key to find `name`. */
  locateInItem(offset, line, column, name, key) {
    let at = offset;
    let number = line;
    for (; ; ) {
      let end = this.text.indexOf("\n", at);
      if (end < 0) end = this.text.length;
      const lineEnd = this.text.charCodeAt(end - 1) === CR ? end - 1 : end;
      const colon = keyColon(this.text, at, lineEnd);
      if (colon >= 0 && keyName(this.text, at, colon) === name) {
        if (key) return { line: number, column, text: name };
        const valueStart = spacesEnd(this.text, colon + 1, lineEnd);
        return {
          line: number,
          column: valueStart - (at - column + 1) + 1,
          text: this.itemText(valueStart)
        };
      }
      let next;
      let nextStart = end + 1;
      while (nextStart < this.text.length) {
        number++;
        let nextEnd = this.text.indexOf("\n", nextStart);
        if (nextEnd < 0) nextEnd = this.text.length;
        const content = spacesEnd(this.text, nextStart, nextEnd);
        const c = this.text.charCodeAt(content);
        if (content < nextEnd && c !== HASH && c !== CR) {
          if (content - nextStart === column - 1) next = content;
          break;
        }
        nextStart = nextEnd + 1;
      }
      if (next === void 0) return void 0;
      at = next;
    }
  }
};

// src/desired/fast-scan.ts
function fastScan(text) {
  try {
    return new FastScanner(text).scan();
  } catch (error) {
    if (error === GIVE_UP) return void 0;
    throw error;
  }
}
function itemsAtMost(text, from) {
  return Math.ceil((text.length - from) / 4);
}
var FastScanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  pos = 0;
  lineNumber = 0;
  peeked;
  /** Set by key(): the offset just after the key's colon. */
  keyEnd = 0;
  /** Set by scalar(): the scalar's 1-based column and the offset just after it. */
  scalarColumn = 0;
  scalarEnd = 0;
  top = { keys: /* @__PURE__ */ new Map() };
  nested = /* @__PURE__ */ new Map();
  scan() {
    const { text } = this;
    if (text.includes("\r") && /\r(?!\n)/.test(text)) giveUp();
    const data = {};
    let line;
    let sawContent = false;
    while ((line = this.next()) !== void 0) {
      sawContent = true;
      if (line.indent !== 0) giveUp();
      if (text.startsWith("---", line.start) || text.startsWith("...", line.start)) giveUp();
      const name = this.key(line.content, line.end);
      if (name === void 0 || Object.hasOwn(data, name)) giveUp();
      const keyPos = { line: line.number, column: 1, text: name };
      const valueStart = skipSpaces(this.text, this.keyEnd, line.end);
      if (valueStart < line.end && text.charCodeAt(valueStart) !== HASH) {
        data[name] = this.scalar(valueStart, line);
        const value = this.scalarPos(line);
        this.top.keys.set(name, { key: keyPos, value });
        continue;
      }
      const following = this.peek();
      if (following !== void 0 && this.startsItem(following) && following.indent >= 0) {
        const seq = {
          lines: new IntList(itemsAtMost(text, following.start)),
          columns: new IntList(itemsAtMost(text, following.start)),
          offsets: new IntList(itemsAtMost(text, following.start))
        };
        data[name] = this.seq(following.indent, seq);
        this.nested.set(name, seq);
      } else if (following !== void 0 && following.indent > 0) {
        const map = { keys: /* @__PURE__ */ new Map() };
        data[name] = this.map(following.indent, map);
        this.nested.set(name, map);
      } else {
        data[name] = null;
      }
      const block = following === void 0 || data[name] === null ? void 0 : following;
      const valuePos = block ? { line: block.number, column: block.indent + 1 } : keyPos;
      this.top.keys.set(name, { key: keyPos, value: valuePos });
    }
    const positions = new ScanPositions(text, this.top, this.nested);
    return {
      data: sawContent ? data : null,
      locate: (path, key) => {
        const { line: line2, column } = positions.find(path, key ?? false, false);
        return { line: line2, column };
      },
      sourceText: (path) => positions.find(path, false, true).text,
      itemPositions: (key) => positions.items(key)
    };
  }
  /** A flat map of `key: scalar` lines at exactly `indent`. */
  map(indent, positions) {
    const result = {};
    let line;
    while ((line = this.peek()) !== void 0 && line.indent > 0) {
      if (line.indent !== indent) giveUp();
      this.next();
      const name = this.entry(line, line.content, result);
      const key = { line: line.number, column: line.indent + 1, text: name };
      positions.keys.set(name, { key, value: this.scalarPos(line) });
    }
    return result;
  }
  /** A block sequence whose `- ` sit at `indent`; items are scalars or flat maps. */
  seq(indent, positions) {
    const items = [];
    let line;
    while ((line = this.peek()) !== void 0 && line.indent >= indent) {
      if (line.indent !== indent || !this.startsItem(line)) {
        if (indent === 0 && line.indent === 0) break;
        giveUp();
      }
      this.next();
      const start = skipSpaces(this.text, line.content + 1, line.end);
      if (start >= line.end || this.text.charCodeAt(start) === HASH) giveUp();
      positions.lines.push(line.number);
      positions.columns.push(start - line.start + 1);
      positions.offsets.push(start);
      if (isPlainWord(this.text, start, line.end)) {
        items.push(this.text.slice(start, line.end));
        continue;
      }
      if (this.key(start, line.end) === void 0) {
        items.push(this.scalar(start, line));
        continue;
      }
      const keyIndent = start - line.start;
      const item = {};
      let entryLine = line;
      let entryStart = start;
      for (; ; ) {
        this.entry(entryLine, entryStart, item);
        entryLine = this.peek();
        if (entryLine === void 0 || entryLine.indent !== keyIndent) break;
        this.next();
        entryStart = entryLine.content;
      }
      items.push(item);
    }
    return items;
  }
  /** Reads `key: scalar` at `start` into `into`; returns the key. */
  entry(line, start, into) {
    const name = this.key(start, line.end);
    if (name === void 0 || Object.hasOwn(into, name)) giveUp();
    const valueStart = skipSpaces(this.text, this.keyEnd, line.end);
    if (valueStart >= line.end || this.text.charCodeAt(valueStart) === HASH) giveUp();
    into[name] = this.scalar(valueStart, line);
    return name;
  }
  /** The position and source of the scalar scalar() just read. */
  scalarPos(line) {
    const start = line.start + this.scalarColumn - 1;
    return {
      line: line.number,
      column: this.scalarColumn,
      text: this.text.slice(start, this.scalarEnd)
    };
  }
  /** A plain key followed by ": " or ":" at the end of the line. */
  key(start, end) {
    const colon = keyColon(this.text, start, end);
    if (colon < 0) return void 0;
    this.keyEnd = colon + 1;
    return keyName(this.text, start, colon);
  }
  /** A one-line scalar from `start` to the end of `line` (an optional comment may follow). */
  scalar(start, line) {
    const { text } = this;
    const first = text[start];
    this.scalarColumn = start - line.start + 1;
    let close;
    let value;
    if (first === '"') {
      close = start + 1;
      let escaped = false;
      while (close < line.end && text.charCodeAt(close) !== 34) {
        if (text.charCodeAt(close) === 92) {
          escaped = true;
          close++;
        }
        close++;
      }
      if (close >= line.end) giveUp();
      const source = text.slice(start, close + 1);
      value = escaped ? this.parseQuoted(source) : source.slice(1, -1);
      close++;
    } else if (first === "'") {
      close = start + 1;
      for (; ; ) {
        close = text.indexOf("'", close);
        if (close < 0 || close >= line.end) giveUp();
        if (text.charCodeAt(close + 1) !== 39) break;
        close += 2;
      }
      value = text.slice(start + 1, close).replaceAll("''", "'");
      close++;
    } else if (isPlainWord(text, start, line.end)) {
      this.scalarEnd = line.end;
      return text.slice(start, line.end);
    } else {
      if (INDICATORS.has(first)) giveUp();
      const second = text.charCodeAt(start + 1);
      if ((first === "-" || first === "?" || first === ":") && (start + 1 >= line.end || second === SPACE || second === TAB)) {
        giveUp();
      }
      let end = line.end;
      for (let at = start + 1; at < line.end; at++) {
        const c = text.charCodeAt(at);
        if (c === HASH) {
          const before = text.charCodeAt(at - 1);
          if (before === SPACE || before === TAB) {
            end = at - 1;
            break;
          }
        } else if (c === COLON) {
          const after = text.charCodeAt(at + 1);
          if (at + 1 >= line.end || after === SPACE || after === TAB) giveUp();
        }
      }
      while (end > start && (text.charCodeAt(end - 1) === SPACE || text.charCodeAt(end - 1) === TAB))
        end--;
      this.scalarEnd = end;
      return resolvePlain(text.slice(start, end));
    }
    const rest = skipSpaces(this.text, close, line.end);
    if (rest < line.end && (text.charCodeAt(rest) !== HASH || rest === close)) giveUp();
    this.scalarEnd = close;
    return value;
  }
  parseQuoted(source) {
    try {
      return (0, import_yaml2.parse)(source);
    } catch {
      return giveUp();
    }
  }
  startsItem(line) {
    if (this.text.charCodeAt(line.content) !== DASH) return false;
    const after = this.text.charCodeAt(line.content + 1);
    return line.content + 1 >= line.end || after === SPACE;
  }
  peek() {
    this.peeked ??= this.read();
    return this.peeked;
  }
  next() {
    const line = this.peek();
    this.peeked = void 0;
    return line;
  }
  /** The next line with content (blank lines and comment lines are skipped). */
  read() {
    const { text } = this;
    while (this.pos < text.length) {
      const start = this.pos;
      let newline = text.indexOf("\n", start);
      if (newline < 0) newline = text.length;
      this.pos = newline + 1;
      this.lineNumber++;
      let end = newline;
      if (end > start && text.charCodeAt(end - 1) === CR) end--;
      const content = skipSpaces(this.text, start, end);
      if (content === end) continue;
      const c = text.charCodeAt(content);
      if (c === TAB) giveUp();
      if (c === HASH) continue;
      if (content === start && c === PERCENT) giveUp();
      return { start, end, content, indent: content - start, number: this.lineNumber };
    }
    return void 0;
  }
};

// src/desired/full-scan.ts
var import_yaml3 = __toESM(require_dist(), 1);
function fullScan(text) {
  const lineCounter = new import_yaml3.LineCounter();
  const doc = (0, import_yaml3.parseDocument)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    const tabs = tabIndentation(text);
    if (tabs.length > 0) return { ok: false, problems: tabs };
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        ...at(error.pos[0]),
        text: explainYamlError(error.code, error.message)
      }))
    };
  }
  let data;
  try {
    data = doc.toJS({ maxAliasCount: 1e3 });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problems: [{ line: 1, column: 1, text: msg("desired.yamlUnreadable", { detail }) }]
    };
  }
  return {
    ok: true,
    document: {
      data,
      locate: (path, key) => {
        const { line, column } = locateNode(doc, text, path, key ?? false, at);
        return { line, column };
      },
      sourceText: (path) => locateNode(doc, text, path, false, at).text
    }
  };
}
function locateNode(doc, text, path, key, at) {
  let node = doc.contents;
  let found = { line: 1, column: 1 };
  const describe2 = (n4) => {
    const range = n4?.range;
    return range ? { ...at(range[0]), text: text.slice(range[0], range[1]).trim() } : void 0;
  };
  found = describe2(node) ?? found;
  for (let i = 0; i < path.length; i++) {
    if ((0, import_yaml3.isAlias)(node)) node = node.resolve(doc);
    const segment = path[i];
    const last = i === path.length - 1;
    if ((0, import_yaml3.isMap)(node)) {
      const pair = node.items.find(
        (item) => (0, import_yaml3.isPair)(item) && String((0, import_yaml3.isScalar)(item.key) ? item.key.value : item.key) === String(segment)
      );
      if (pair === void 0) return found;
      if (last && key) return describe2(pair.key) ?? found;
      node = pair.value;
    } else if ((0, import_yaml3.isSeq)(node)) {
      node = node.items[Number(segment)];
    } else {
      return found;
    }
    found = describe2(node) ?? found;
  }
  return found;
}
function tabIndentation(text) {
  const problems = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((line, index) => {
    const indent = /^[ \t]*/.exec(line)?.[0] ?? "";
    const tab = indent.indexOf("	");
    if (tab >= 0 && indent.length < line.length && problems.length < 20) {
      problems.push({
        line: index + 1,
        column: tab + 1,
        text: msg("desired.tabIndent")
      });
    }
  });
  return problems;
}
function explainYamlError(code, message) {
  const detail = message.replace(/\s+at line \d+, column \d+.*$/s, "").trim();
  switch (code) {
    case "DUPLICATE_KEY":
      return msg("desired.duplicateKey", { detail });
    case "MULTIPLE_DOCS":
      return msg("desired.multipleDocs");
    default:
      return msg("desired.invalidYaml", { detail });
  }
}

// src/util/is-well-formed.ts
function isWellFormed(text) {
  return text.isWellFormed();
}

// src/desired/load-desired.ts
async function loadDesired(path, options = {}) {
  const now = options.now ?? /* @__PURE__ */ new Date();
  const { text } = options;
  if (options.bytes === void 0 && text !== void 0 && isWellFormed(text)) {
    return checkDecoded(
      path,
      checkText(text),
      () => createHash("sha256").update(text, "utf8"),
      now
    );
  }
  const bytes = options.bytes ?? (text !== void 0 ? Buffer.from(text, "utf8") : await readDesiredBytes(path, options.cwd));
  return checkDecoded(path, decodeText(bytes), () => createHash("sha256").update(bytes), now);
}
async function readDesiredBytes(path, cwd = ".") {
  const fullPath = resolve(cwd, path);
  try {
    return await readFile(fullPath);
  } catch (error) {
    const code = error.code;
    const why = code === "ENOENT" ? "missing" : code === "EISDIR" ? "directory" : code === "EACCES" ? "denied" : "other";
    const text = msg("desired.cannotRead", { path, why, ...code === void 0 ? {} : { code } });
    throw new InputError(text, { cause: error });
  }
}
function checkDecoded(path, decoded, hash, now) {
  const diagnostic = (line, column, text2, severity = "error") => makeDiagnostic(path, line, column, severity, text2);
  const failed = (diagnostics2, userCount = 0) => ({
    state: void 0,
    diagnostics: diagnostics2,
    userCount
  });
  if (!decoded.ok) {
    const { line, column, text: text2 } = decoded.problem;
    return failed([diagnostic(line, column, text2)]);
  }
  const text = decoded.text;
  if (!/\S/.test(text)) {
    return failed([diagnostic(1, 1, msg("desired.empty"))]);
  }
  let document = fastScan(text);
  const reader = document === void 0 ? "full" : "fast";
  if (document === void 0) {
    const full = fullScan(text);
    if (!full.ok) return failed(full.problems.map((p) => diagnostic(p.line, p.column, p.text)));
    document = full.document;
  }
  const result = checkDesired(document, now);
  const diagnostics = result.findings.map((f) => ({
    ...diagnostic(f.line, f.column, f.text, f.severity),
    ...f.rule ? { rule: f.rule } : {}
  }));
  if (result.checked === void 0) return { ...failed(diagnostics, result.userCount), reader };
  return {
    reader,
    state: {
      path,
      sha256: hash().digest("hex"),
      version: 1,
      ...result.checked
    },
    diagnostics,
    userCount: result.userCount
  };
}

// src/desired/packed-users.ts
import { Buffer as Buffer3 } from "node:buffer";
var MAX_UTF8_PER_UNIT = 3;
function packUsers(users) {
  const count2 = users.length;
  let openidUnits = 0;
  let reasonUnits = 0;
  for (let i = 0; i < count2; i++) {
    const user = users[i];
    openidUnits += user.openid.length;
    if (user.reason !== void 0) reasonUnits += user.reason.length;
  }
  const openids = Buffer3.from(new ArrayBuffer(openidUnits * MAX_UTF8_PER_UNIT));
  const reasons = Buffer3.from(new ArrayBuffer(reasonUnits * MAX_UTF8_PER_UNIT));
  const openidEnds = new Int32Array(count2);
  const lines = new Int32Array(count2);
  const columns = new Int32Array(count2);
  const reasonEnds = new Int32Array(count2);
  const hasReason = new Uint8Array(count2);
  const expires = [];
  const verbatim = [];
  let openidEnd = 0;
  let reasonEnd = 0;
  for (let i = 0; i < count2; i++) {
    const user = users[i];
    const openidBytes = writeUtf8(openids, user.openid, openidEnd);
    const reasonBytes = user.reason === void 0 ? 0 : writeUtf8(reasons, user.reason, reasonEnd);
    if (openidBytes < 0 || reasonBytes < 0) {
      verbatim.push([i, user]);
      openidEnds[i] = openidEnd;
      reasonEnds[i] = reasonEnd;
      continue;
    }
    openidEnd += openidBytes;
    openidEnds[i] = openidEnd;
    lines[i] = user.line;
    columns[i] = user.column;
    if (user.reason !== void 0) {
      reasonEnd += reasonBytes;
      hasReason[i] = 1;
    }
    reasonEnds[i] = reasonEnd;
    if (user.expires !== void 0) expires.push([i, user.expires]);
  }
  return {
    count: count2,
    openids: new Uint8Array(openids.buffer, 0, openidEnd),
    openidEnds,
    lines,
    columns,
    reasons: new Uint8Array(reasons.buffer, 0, reasonEnd),
    reasonEnds,
    hasReason,
    expires,
    verbatim
  };
}
function writeUtf8(bytes, text, at) {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 128) {
      bytes[at + i] = unit;
      continue;
    }
    return isWellFormed(text) ? bytes.write(text, at, "utf8") : -1;
  }
  return text.length;
}
function packedBuffers(packed) {
  const arrays = [packed.openids, packed.openidEnds, packed.lines, packed.columns];
  arrays.push(packed.reasons, packed.reasonEnds, packed.hasReason);
  return arrays.map((array) => array.buffer);
}

// src/desired/load-desired-worker.ts
var request = workerData;
loadDesired(request.path, { cwd: request.cwd, now: new Date(request.now) }).then(
  ({ state, ...rest }) => {
    const packed = state ? packUsers(state.users) : void 0;
    const answer = {
      ok: true,
      state: state ? { ...state, users: [] } : void 0,
      packed,
      rest
    };
    parentPort?.postMessage(answer, packed ? packedBuffers(packed) : []);
  },
  (error) => parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
    text: error instanceof WxblError ? error.text : void 0,
    exitCode: error instanceof WxblError ? error.exitCode : null
  })
);
