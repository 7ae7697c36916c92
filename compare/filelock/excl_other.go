//go:build !unix

package filelock

// lockFile uses the O_EXCL lock file where there is no flock.
var lockFile tryFunc = tryExcl
