// `bundled-pack.json?match` is the bundled pack reduced to what matching needs (ids, categories,
// names, aliases, context rules; no summaries or facts), produced at build time by build.mjs.
declare module '*.json?match' {
  const pack: import('../text/pack-types').Pack;
  export default pack;
}

// `bundled-pack.json?outline`: the pack's id and version, and each entity's category (build.mjs).
declare module '*.json?outline' {
  const outline: import('../content/annotator').PackOutline;
  export default outline;
}
