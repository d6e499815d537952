// The YAML library behind a module of podium's own, so that `import()` of it gives named exports
// both from tsc's output and from the bundle (which wraps a CommonJS package as a default export).
export { parse, stringify } from "yaml";
