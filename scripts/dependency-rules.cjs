// The layers of dxplan and what each may import (docs/architecture.md): the one home of the rule.
// Dependencies point one way: cli -> app -> (interview | render | store | git | diff) -> generate ->
// domain, with i18n and the shared leaf beside. .dependency-cruiser.cjs applies these rules to tsc output;
// tests/architecture/dependencies.test.ts applies them inside `npm test` to the compiled code and
// to the sources' type-only imports, and proves that a wrong import fails.

/** Each layer (a folder under src/, or src/paths.ts) and the layers it may import besides itself. */
const LAYERS = {
  shared: [],
  paths: [],
  i18n: ['shared'],
  domain: ['shared', 'i18n'],
  generate: ['domain', 'i18n', 'shared', 'paths'],
  diff: ['generate', 'domain', 'i18n', 'shared'],
  store: ['generate', 'domain', 'i18n', 'shared', 'paths'],
  git: ['shared'],
  render: ['store', 'generate', 'domain', 'i18n', 'shared', 'paths'],
  interview: ['store', 'generate', 'domain', 'i18n', 'shared', 'paths'],
  app: ['interview', 'render', 'store', 'git', 'diff', 'generate', 'domain', 'i18n', 'shared', 'paths'],
  cli: ['app', 'i18n', 'shared', 'paths'],
};

/** The path pattern of a layer under `root` (a regex source ending in `/`, e.g. `^dist/`). */
const at = (root, layer) => (layer === 'paths' ? `${root}paths\\.js$` : `${root}${layer}/`);

/**
 * The forbidden rules for a tree whose layers sit under `root`. `runtime` adds the rule that the
 * domain uses i18n for types only (the compiled code keeps no import of it).
 */
function forbidden(root = '^dist/', { runtime = true } = {}) {
  const ours = `${root}(${Object.keys(LAYERS).filter((l) => l !== 'paths').join('|')})/|${root}paths\\.js$`;
  const rules = Object.entries(LAYERS).map(([layer, allowed]) => ({
    name: `${layer}-imports-only-${allowed.length ? allowed.join('-') : 'itself'}`,
    comment: `${layer}/ may import ${allowed.length ? allowed.join(', ') : 'nothing of ours'} (see docs/architecture.md)`,
    severity: 'error',
    from: { path: at(root, layer) },
    to: { path: ours, pathNot: [at(root, layer), ...allowed.map((a) => at(root, a))] },
  }));
  rules.push({
    name: 'cli-commands-only-call-use-cases',
    comment: 'a cli/commands module parses options and calls its use case in app/; nothing else (completion describes the CLI itself, so its script builder lives in cli/completion/)',
    severity: 'error',
    from: { path: `${root}cli/commands/` },
    to: { path: ours, pathNot: [`${root}app/`, `${root}cli/(command-spec|process-io)\\.js$`, `${root}cli/completion/`] },
  });
  if (runtime) {
    rules.push({
      name: 'domain-uses-i18n-types-only',
      comment: 'the domain names message keys (types from i18n); the edge says them (i18n/text.ts)',
      severity: 'error',
      from: { path: `${root}domain/` },
      to: { path: `${root}i18n/` },
    });
  }
  rules.push({
    name: 'no-circular',
    comment: 'a cycle between modules makes the layers meaningless',
    severity: 'error',
    from: { path: ours },
    to: { circular: true },
  });
  return rules;
}

module.exports = { LAYERS, forbidden };
