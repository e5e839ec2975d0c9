// dependency-cruiser's configuration: dxplan's layer rules (scripts/dependency-rules.cjs) over the
// compiled code in dist/. Run it by hand with `npx depcruise dist --config`; `npm test` runs the same
// rules in tests/architecture/dependencies.test.ts.
const { forbidden } = require('./scripts/dependency-rules.cjs');

module.exports = {
  forbidden: forbidden('^dist/'),
  options: { doNotFollow: { path: 'node_modules' }, exclude: { path: 'node_modules' }, moduleSystems: ['es6'] },
};
