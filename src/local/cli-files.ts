/**
 * The command line's files: the input must be a readable file within the bound, the output an .xlsx that is not the
 * input, in a folder that exists and can be written; it is written to a temporary file renamed into place. Each
 * refusal is one line, before any work.
 */
import { randomBytes } from 'node:crypto';
import { accessSync, constants, existsSync, realpathSync, statSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { CLI_MESSAGES, fail, type CliMessages } from './cli-messages';
import { megabytes, ZIP_BOUNDS } from './zip';

/** Whether two paths name one file: the same path, a symlink to it, or a hard link (same device and inode). */
export function sameFile(a: string, b: string): boolean {
  if (resolve(a) === resolve(b)) return true;
  try {
    if (realpathSync(a) === realpathSync(b)) return true;
    const [x, y] = [statSync(a), statSync(b)];
    return x.dev === y.dev && x.ino === y.ino;
  } catch {
    return false;
  }
}

/** Refuses an input that does not exist, is a folder, or is bigger than the bound of what is read. */
export function checkInput(input: string, messages: CliMessages): void {
  if (!existsSync(input)) fail(messages.noSuchFile(input));
  const stat = statSync(input);
  if (stat.isDirectory()) fail(messages.inputIsFolder(input));
  if (stat.size > ZIP_BOUNDS.totalBytes) fail(messages.tooBig(input, megabytes(stat.size), megabytes(ZIP_BOUNDS.totalBytes)));
}

/** Refuses an output that is not an .xlsx, is the input, or cannot be written where it is asked for. */
export function checkOutput(input: string, out: string, messages: CliMessages): void {
  if (sameFile(input, out)) fail(messages.outIsInput(out));
  if (existsSync(out) && statSync(out).isDirectory()) fail(messages.outIsFolder(out));
  if (extname(out).toLowerCase() !== '.xlsx') fail(messages.outNotXlsx(out, join(dirname(out), `${basename(out, extname(out))}.xlsx`)));
  const folder = dirname(resolve(out));
  if (!existsSync(folder)) fail(messages.folderMissing(out, folder));
  if (!statSync(folder).isDirectory()) fail(messages.notAFolder(out, folder));
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    fail(messages.folderReadOnly(out, folder));
  }
}

/** Writes `bytes` to a temporary file beside `path`, then renames it into place; the temporary file is removed on failure. */
export async function writeFileAtomically(path: string, bytes: Buffer, messages: CliMessages = CLI_MESSAGES.en): Promise<void> {
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') fail(messages.folderMissing(path, dirname(resolve(path))));
    if (code === 'EISDIR') fail(messages.outIsFolder(path));
    const reason = code === 'EACCES' || code === 'EPERM' ? messages.permissionDenied : code === 'ENOSPC' ? messages.noSpace : (error as Error).message;
    fail(messages.cannotWrite(path, reason));
  }
}
