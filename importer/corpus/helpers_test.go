package corpus

import "math/rand/v2"

// newTestRand returns a fixed random source for tests.
func newTestRand() *rand.Rand { return rand.New(rand.NewPCG(1, 2)) }
