// Package filelock is an advisory lock between processes, held through a
// lock file next to the file it guards, so that two read-merge-write
// cycles on one file do not interleave.
//
// On unix systems the lock is flock(2) on the lock file: the kernel
// releases it when the holder exits, even after kill -9, so a crash never
// leaves a lock behind. Elsewhere, and on a unix file system that cannot
// flock (ENOLCK, ENOTSUP: an NFS share whose lock daemon is not
// reachable, some SMB and FUSE mounts), the lock file is created with
// O_EXCL and removed on unlock; a lock file older than StaleAfter is taken
// to be left by a crashed process and removed.
//
// Limits: the lock is advisory, so only programs that take it are held
// back. On a network share it is as good as the share's locking: NFS
// passes flock on as a lock on the server (with a working lock daemon),
// SMB mounts may keep it on the local machine, and then two machines do
// not see each other's lock. The O_EXCL fallback can, in a rare race,
// let two processes that both find the same stale lock go ahead at once.
// Callers that must not lose data (the evaluation store) therefore also
// check the file for changes before they write.
package filelock
