// Child process for the fault tests: starts a real save, and dies by SIGKILL part-way through it,
// the way a power cut or the OOM killer would stop dxplan.
// Usage: node crash-mid-write.mjs <file> <where>   where = write | sync
// write: half of the new bytes reach the temporary file, then the process is killed.
// sync:  the temporary file is complete but not yet flushed or renamed when the process is killed.
import { open } from 'node:fs/promises';
import { editYamlFile, setIn } from '../../../dist/store/save-document.js';

const [file, where] = process.argv.slice(2);

// Every FileHandle shares one prototype: patch it so the writer's own handle misbehaves.
const probe = await open(file, 'r');
const FileHandle = Object.getPrototypeOf(probe);
await probe.close();
const die = () => process.kill(process.pid, 'SIGKILL');
if (where === 'write') {
  FileHandle.writeFile = async function (data) {
    const bytes = Buffer.from(data);
    await this.write(bytes, 0, Math.floor(bytes.length / 2));
    die();
    await new Promise(() => {});
  };
} else {
  FileHandle.sync = async function () {
    die();
    await new Promise(() => {});
  };
}
await editYamlFile(file, (doc) => setIn(doc, ['goals', 0, 'description'], `crashed save ${'y'.repeat(200_000)}`));
// Only reached if the patch did not take: the test treats a clean exit as a failure.
process.stdout.write('saved\n');
