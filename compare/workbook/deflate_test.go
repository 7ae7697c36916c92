package workbook

import (
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"testing"
)

// sheetLike is n bytes of compressible XML-like text with some noise.
func sheetLike(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, 1))
	var b bytes.Buffer
	for b.Len() < n {
		fmt.Fprintf(&b, `<row r="%d"><c r="A%d" t="inlineStr"><is><t>Afspraak %x</t></is></c></row>`, b.Len(), b.Len(), r.Uint64())
	}
	return b.Bytes()[:n]
}

// What parallelDeflate writes inflates to what was written to it, written
// in one go or in small pieces, for sizes around the block boundaries
// (empty, a short part compressed in Close, exactly one block, several
// blocks and a bit), and compresses about as well as one flate.Writer.
func TestParallelDeflateRoundTrip(t *testing.T) {
	for _, n := range []int{0, 1, deflateBlock - 1, deflateBlock, deflateBlock + 1, 5*deflateBlock + 7} {
		data := sheetLike(n, uint64(n))
		for _, piece := range []int{n + 1, 32 << 10, 4093} {
			var z bytes.Buffer
			d := newParallelDeflate(&z)
			for rest := data; len(rest) > 0; {
				k := min(piece, len(rest))
				if m, err := d.Write(rest[:k]); err != nil || m != k {
					t.Fatalf("n=%d: Write = %d, %v", n, m, err)
				}
				rest = rest[k:]
			}
			if err := d.Close(); err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(flate.NewReader(&z))
			if err != nil || !bytes.Equal(got, data) {
				t.Fatalf("n=%d, pieces of %d: inflated %d bytes (%v), want %d", n, piece, len(got), err, n)
			}
			var one bytes.Buffer
			fw, _ := flate.NewWriter(&one, deflateLevel)
			fw.Write(data)
			fw.Close()
			if z.Len() > one.Len()+one.Len()/50+64 {
				t.Errorf("n=%d: %d compressed bytes, one writer %d", n, z.Len(), one.Len())
			}
		}
	}
}

// A failing destination fails the writes that follow and Close, with its
// error, and nothing is left running (the test's goroutine check would
// not see it, but a hang would).
func TestParallelDeflateWriteError(t *testing.T) {
	boom := errors.New("schijf vol")
	d := newParallelDeflate(failWriter{boom})
	data := sheetLike(deflateBlock, 7)
	var err error
	for i := 0; i < 3*d.flight && err == nil; i++ {
		_, err = d.Write(data)
	}
	if !errors.Is(err, boom) {
		t.Fatalf("Write: %v, want %v", err, boom)
	}
	if err := d.Close(); !errors.Is(err, boom) {
		t.Errorf("Close: %v", err)
	}
	// A short part fails in Close.
	if err := newParallelDeflate(failWriter{boom}).Close(); !errors.Is(err, boom) {
		t.Errorf("Close of an empty part: %v", err)
	}
}

type failWriter struct{ err error }

func (f failWriter) Write([]byte) (int, error) { return 0, f.err }

// BenchmarkDeflateSheet compresses 64 MB of sheet-like XML (the size of
// Alle afspraken nationally) at deflateLevel: /one on one flate.Writer as
// before, /parallel with parallelDeflate.
func BenchmarkDeflateSheet(b *testing.B) {
	data := sheetLike(64<<20, 1)
	for _, c := range []struct {
		name string
		new  func(io.Writer) io.WriteCloser
	}{
		{"one", func(w io.Writer) io.WriteCloser { fw, _ := flate.NewWriter(w, deflateLevel); return fw }},
		{"parallel", func(w io.Writer) io.WriteCloser { return newParallelDeflate(w) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				w := c.new(io.Discard)
				for rest := data; len(rest) > 0; rest = rest[min(32<<10, len(rest)):] {
					w.Write(rest[:min(32<<10, len(rest))])
				}
				if err := w.Close(); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
