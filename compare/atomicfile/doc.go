// Package atomicfile replaces a file so that it holds either its old or its
// new content, whatever happens: the new content goes to a temporary file
// in the same folder, is synced to disk and renamed over the old file, and
// the folder is synced so the rename survives a power cut. A crash or
// kill -9 at any moment leaves the old file or the new one, never a broken
// one, and a failed write leaves no temporary file behind.
//
// Writing respects what is at the path:
//
//   - A symbolic link is followed to its target: the target is replaced
//     and the link stays a link (Resolve).
//   - An existing file keeps its permission bits (and, for root, its owner);
//     a new file gets 0666 minus the umask, like any program's output.
//   - A path that is not a regular file (a folder, a device such as
//     /dev/null, a named pipe, a socket) is refused with ErrNotRegular,
//     before anything is written. ReadFile refuses such paths too, without
//     blocking on a named pipe.
//   - With Options.NoReplace an existing file is never replaced: the
//     temporary file is hard-linked into place, which fails if the path
//     appeared in the meantime (ErrExists).
//
// Error messages are in Dutch and name the file.
package atomicfile
