/**
 * What `clasp push` would upload, computed by clasp's own code without the network: clasp 3's `initClaspInstance`
 * reads `.clasp.json` (rootDir) and `.claspignore` from the project folder, and `Files.collectLocalFiles()` walks the
 * content folder with the ignore rules, the file-type rules (.js/.gs, .html, appsscript.json) and the symlink checks
 * that `push` itself uses. Neither call touches the network: only `push()` and `getChangedFiles()` do.
 */
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The files the build writes and the only ones the Apps Script project may hold. */
export const PUSHED_FILES = ['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json'] as const;

/** One file clasp would push: its path from the project folder, its name in Apps Script and its type. */
export interface PushFile {
  readonly path: string;
  readonly remoteName: string;
  readonly type: 'SERVER_JS' | 'HTML' | 'JSON';
}

/** The slice of clasp's (untyped) core that this module calls. */
interface ClaspCore {
  initClaspInstance(options: { configFile?: string; ignoreFile?: string }): Promise<{
    withScriptId(scriptId: string): unknown;
    project: { scriptId?: string };
    files: { collectLocalFiles(): Promise<{ files: { localPath: string; remotePath: string; type: PushFile['type'] }[] }> };
  }>;
}

/** clasp's core module, loaded from node_modules by path: the package exports only its command line. */
async function claspCore(): Promise<ClaspCore> {
  return (await import(pathToFileURL(join(root, 'node_modules/@google/clasp/build/src/core/clasp.js')).href)) as ClaspCore;
}

/** The project's script id from `.clasp.json`, or null while none is set. */
export async function scriptIdOf(projectDir: string): Promise<string | null> {
  const clasp = await (await claspCore()).initClaspInstance({ configFile: projectDir });
  return clasp.project.scriptId || null;
}

/**
 * The files `clasp push` would upload from `projectDir` (the folder of `.clasp.json` and `.claspignore`), sorted by
 * path. clasp refuses to list files without a script id, so a placeholder id is set when `.clasp.json` has none.
 */
export async function claspPushList(projectDir: string): Promise<PushFile[]> {
  const clasp = await (await claspCore()).initClaspInstance({ configFile: projectDir });
  if (!clasp.project.scriptId) clasp.withScriptId('offline-listing');
  const { files } = await clasp.files.collectLocalFiles();
  // clasp names local paths from the current directory; report them from the project folder.
  return files
    .map((file) => ({ path: relative(projectDir, resolve(file.localPath)).split('\\').join('/'), remoteName: file.remotePath, type: file.type }))
    .sort((a, b) => a.path.localeCompare(b.path));
}
