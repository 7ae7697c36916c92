// Package evaluation keeps the adviser's work: a verdict and a note per
// agreement and theme overrides, keyed by agreement id, in one JSON file
// (default pakompas-evaluatie.json).
//
// Nothing the adviser typed may be lost. Every change is saved at once,
// atomically: the new content goes to a temporary file in the same folder,
// is synced to disk, and is renamed over the old file, so a crash or kill -9
// at any moment leaves either the old or the new file, never a broken one.
// Entries whose agreement no longer exists (the spreadsheet was edited) are
// kept as orphans ("verweesd") and never dropped. A file that cannot be
// parsed is never overwritten: Open refuses it and says so.
package evaluation
