// Child process for the fault tests: saves one canvas over and over through dxplan's own writer
// (editYamlFile -> writeFileAtomic, from the build in dist/), printing "saved <tag> <k>" after
// each save has returned. Usage: node save-loop.mjs <file> <tag> <count>
import { editYamlFile, setIn } from '../../../dist/store/save-document.js';

const [file, tag, count] = process.argv.slice(2);

/**
 * The description written by save number k of `tag`. Its length changes from save to save, so a
 * file cut short or mixed from two saves can never equal a complete version.
 * Keep in step with `versionText` in tests/fault/save-versions.ts.
 */
const versionText = (t, k) => `${t} ${k} ${'x'.repeat(((k * 7919) % 13) * 40_000 + 1000)}`;

for (let k = 1; k <= Number(count); k++) {
  await editYamlFile(file, (doc) => setIn(doc, ['goals', 0, 'description'], versionText(tag, k)));
  process.stdout.write(`saved ${tag} ${k}\n`);
}
