// Node's child_process for commander in the CLI bundle, loaded on first use (scripts/bundle.mjs).
module.exports = new Proxy({}, { get: (_, key) => process.getBuiltinModule("node:child_process")[key] });
