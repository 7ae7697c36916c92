package workbook

import (
	"bytes"
	"compress/flate"
	"io"
	"runtime"
	"sync"
)

// The workbook's zip package is mostly one part: the sheet XML of Alle
// afspraken, about 70 MB nationally. Deflating it on one core took a
// third of the export's write time while the other core idled. A
// parallelDeflate splits what is written to it into blocks of
// deflateBlock bytes and compresses them at the same time, as pigz does:
// each block but the last ends with a sync flush (an empty stored block
// that byte-aligns the stream), so the compressed blocks, written in
// order, are one valid DEFLATE stream, and the last block ends it. The
// blocks share no history: at BestSpeed, Go's compressor keeps none past
// 64 KB anyway, so a block boundary costs a few matches per MB.

// deflateBlock is the size of the blocks compressed at the same time.
const deflateBlock = 1 << 20

// deflateLevel is the compression level of the workbook's parts; see
// writePackage.
const deflateLevel = flate.BestSpeed

var (
	blockPool = sync.Pool{New: func() any { return make([]byte, 0, deflateBlock) }}
	flatePool = sync.Pool{New: func() any {
		w, _ := flate.NewWriter(nil, deflateLevel) // the level is valid
		return w
	}}
)

// parallelDeflate is a raw DEFLATE writer (as archive/zip's compressor)
// that compresses blocks on all cores. It holds at most two blocks per
// core in flight. Every block is compressed by a goroutine of its own
// that ends when the block is done, so a writer that is never closed
// (an export that failed halfway) leaves nothing running.
type parallelDeflate struct {
	out    io.Writer
	block  []byte
	queue  []*deflateJob // compressing or done, not yet written; in order
	flight int
	err    error
}

// deflateJob is one block being compressed.
type deflateJob struct {
	in   []byte
	out  bytes.Buffer
	err  error
	done chan struct{}
}

// newParallelDeflate returns a DEFLATE compressor writing to out.
func newParallelDeflate(out io.Writer) *parallelDeflate {
	return &parallelDeflate{out: out, flight: 2 * runtime.GOMAXPROCS(0)}
}

// Write buffers p and hands every full block to a goroutine.
func (d *parallelDeflate) Write(p []byte) (int, error) {
	n := len(p)
	for len(p) > 0 && d.err == nil {
		if d.block == nil {
			d.block = blockPool.Get().([]byte)[:0]
		}
		k := copy(d.block[len(d.block):cap(d.block)], p)
		d.block, p = d.block[:len(d.block)+k], p[k:]
		if len(d.block) == cap(d.block) {
			d.submit(false)
			d.drain(d.flight)
		}
	}
	if d.err != nil {
		return 0, d.err
	}
	return n, nil
}

// Close compresses the rest as the final block and writes every block
// that is still out. A short part (all of it in one block) is compressed
// here, without a goroutine.
func (d *parallelDeflate) Close() error {
	if d.err != nil {
		return d.err
	}
	if d.block == nil {
		d.block = blockPool.Get().([]byte)[:0]
	}
	if len(d.queue) == 0 {
		j := &deflateJob{in: d.block}
		d.block = nil
		j.compress(true)
		d.write(j)
		return d.err
	}
	d.submit(true)
	d.drain(0)
	return d.err
}

// submit starts compressing the current block.
func (d *parallelDeflate) submit(final bool) {
	j := &deflateJob{in: d.block, done: make(chan struct{})}
	d.block = nil
	d.queue = append(d.queue, j)
	go func() {
		defer close(j.done)
		j.compress(final)
	}()
}

// drain writes the oldest blocks, waiting for each, until at most keep
// are left.
func (d *parallelDeflate) drain(keep int) {
	for len(d.queue) > keep {
		j := d.queue[0]
		d.queue = d.queue[1:]
		<-j.done
		d.write(j)
	}
}

// write writes a compressed block (unless an earlier write failed) and
// returns its input buffer to the pool.
func (d *parallelDeflate) write(j *deflateJob) {
	if d.err == nil {
		d.err = j.err
	}
	if d.err == nil {
		_, d.err = d.out.Write(j.out.Bytes())
	}
	blockPool.Put(j.in[:0])
}

// compress deflates the block: a final block ends the stream, any other
// ends with a sync flush.
func (j *deflateJob) compress(final bool) {
	j.out.Grow(len(j.in) / 6)
	fw := flatePool.Get().(*flate.Writer)
	defer func() {
		fw.Reset(io.Discard) // let go of j.out
		flatePool.Put(fw)
	}()
	fw.Reset(&j.out)
	if _, j.err = fw.Write(j.in); j.err != nil {
		return
	}
	if final {
		j.err = fw.Close()
	} else {
		j.err = fw.Flush()
	}
}
