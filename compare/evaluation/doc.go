// Package evaluation keeps the adviser's work: a verdict and a note per
// agreement and theme overrides, keyed by agreement id, in one JSON file
// (default pakompas-evaluatie.json).
//
// Nothing the adviser typed may be lost. Every change is saved at once,
// atomically (package atomicfile): the new content goes to a temporary
// file in the same folder, is synced to disk, and is renamed over the old
// file, so a crash or kill -9 at any moment leaves either the old or the
// new file, never a broken one. A symbolic link is followed to its target,
// the file keeps its mode, and a path that is not a regular file (a
// folder, /dev/null, a named pipe) is refused. Entries whose agreement no
// longer exists (the spreadsheet was edited) are kept as orphans
// ("verweesd") and never dropped. A file that cannot be parsed is never
// overwritten: Open refuses it and says so, and so does a save.
//
// # A failed save
//
// When a save fails (disk full, a network share gone for a moment) the
// change stays in memory, Store.Unsaved returns the error, and the next
// save that succeeds (the next change, or Store.Flush) writes everything
// in memory. Memory and file agree again as soon as one save succeeds.
//
// # Two advisers, one file
//
// Two processes may have the same file open (a shared folder). Before
// writing, a store checks whether the file changed since it last read or
// wrote it (the same file, size and modification time, where that time can
// be trusted; else a SHA-256 of the content, so a file that was only
// touched is no change) and, if so, merges it in record by record: for every
// agreement id, and every local theme name, the record changed last wins;
// records only in the file are kept. Clearing an entry or a move is a
// record too: the file remembers when it was cleared ("verwijderd",
// "thema_per_lokale_naam_gewijzigd"), so the other store cannot bring the
// old entry back, while a change made after the clearing does. Merges
// give the same result in any order, so the stores agree once each has
// saved or reloaded. Store.ExternalChanges counts the merges that brought
// in another process's work; Store.Reload merges without writing.
//
// The read, merge and write of a save happen under a lock (package
// filelock: a lock file next to the evaluation file, flock on unix), so
// two saves do not interleave.
//
// Limits. "Later" is by the clocks of the machines that made the changes;
// with clocks far apart the machine whose clock is ahead wins the same
// entry (a store's own next change to an entry always counts as later
// than what it changed). On a network share the lock is as good as the
// share's locking (see filelock); where it does not reach the other
// machine two saves can interleave, and the save that lost goes back into
// the file with that store's next save, but not if that store saved for
// the last time. A file a store cannot read (a half copy made by another
// tool) makes its saves fail, keeping the work in memory, until the file
// is repaired. Cleared entries are remembered in the file for good (an id
// and a time each).
package evaluation
