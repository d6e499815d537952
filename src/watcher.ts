import { watch } from "chokidar";
import { dirname, resolve, sep } from "node:path";

export interface PathWatcher {
  /** Resolves once the watches are in place: a save after it is sure to be seen. */
  ready: Promise<void>;
  /** Watches one more path (a config file found further up, a templates folder a rebuild named). */
  add(path: string): void;
  close(): Promise<void>;
}

export interface WatchOptions {
  /** Called on every change to a watched path or anything inside one. */
  onChange: () => void;
  /** Paths never to report or look into (the output folders: what podium writes). */
  ignored?: (path: string) => boolean;
  onError?: (error: unknown) => void;
}

/**
 * Watches paths, not the files that happen to be there now: each path is watched through the folder
 * that holds it, so a speech deleted and written again, saved by rename (a temp file renamed over
 * it), made unreadable and readable again, or a templates folder moved away and back, is seen
 * every time. (A watch on the file itself follows the inode and goes quiet once it is replaced.)
 * A path that is a folder is watched with everything in it.
 */
export function watchPaths(paths: readonly string[], options: WatchOptions): PathWatcher {
  const watched = new Set<string>();
  const parents = new Set<string>();
  const relevant = (path: string) => {
    if (options.ignored?.(path)) return false;
    if (parents.has(path)) return true;
    for (const target of watched) if (path === target || path.startsWith(target + sep)) return true;
    return false;
  };
  const roots = (list: readonly string[]) => {
    const added: string[] = [];
    for (const raw of list) {
      const path = resolve(raw);
      if (watched.has(path)) continue;
      watched.add(path);
      const parent = dirname(path);
      if (!parents.has(parent)) {
        parents.add(parent);
        added.push(parent);
      }
    }
    return added;
  };
  const watcher = watch(roots(paths), { ignoreInitial: true, ignored: (path: string) => !relevant(path) });
  watcher.on("all", (_event, path) => {
    if (relevant(resolve(path)) && !parents.has(resolve(path))) options.onChange();
  });
  watcher.on("error", (error) => options.onError?.(error));
  const ready = new Promise<void>((done) => watcher.once("ready", () => done()));
  return {
    ready,
    add(path) {
      if (watched.has(resolve(path))) return;
      // A new parent is scanned from scratch; in a parent already watched, the path is looked at too.
      const added = roots([path]);
      watcher.add(added.length > 0 ? added : [resolve(path)]);
    },
    close: () => watcher.close(),
  };
}
