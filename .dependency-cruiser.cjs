// dependency-cruiser's configuration: dxplan's layer rules (scripts/dependency-rules.cjs) over
// tsc's module-per-file output (dist/ is an esbuild bundle, whose chunks no longer mirror src/).
// Run it by hand with `npx tsc -p tsconfig.build.json --outDir tsc-out && npx depcruise tsc-out --config`;
// `npm test` runs the same rules in tests/architecture/dependencies.test.ts.
const { forbidden } = require('./scripts/dependency-rules.cjs');

module.exports = {
  forbidden: forbidden('^tsc-out/'),
  options: { doNotFollow: { path: 'node_modules' }, exclude: { path: 'node_modules' }, moduleSystems: ['es6'] },
};
