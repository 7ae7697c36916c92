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
// quarter of the export's write time while the other core idled. A
// parallelDeflate splits what is written to it into blocks of
// deflateBlock bytes and compresses them at the same time, as pigz does:
// each block but the last ends with a sync flush (an empty stored block
// that byte-aligns the stream), so the compressed blocks, written in
// order, are one valid DEFLATE stream, and the last block ends it. The
// blocks share no history, so a boundary costs only the matches that
// would reach back across it (DEFLATE's window is 32 KB): the parts come
// out within 2% of one writer's size (TestParallelDeflateRoundTrip).

// deflateBlock is the size of the blocks compressed at the same time.
const deflateBlock = 1 << 20

// deflateLevel is the compression level of the workbook's parts; see
// writePackage.
const deflateLevel = flate.BestSpeed

// flatePool keeps compressors (about 600 KB each) between parts.
var flatePool = sync.Pool{New: func() any {
	w, _ := flate.NewWriter(nil, deflateLevel) // the level is valid
	return w
}}

// parallelDeflate is a raw DEFLATE writer (as archive/zip's compressor)
// that compresses blocks on all cores. The first block is compressed as
// it is written, straight to the destination, so a short part (most of
// the workbook's) costs what one flate.Writer costs; only a part past
// deflateBlock bytes has its later blocks buffered and compressed at the
// same time. It holds at most two blocks per core in flight and reuses
// their buffers and compressors, so a part of any size needs a few MB.
// Every block is compressed by a goroutine of its own that ends when the
// block is done, so a writer that is never closed (an export that failed
// halfway) leaves nothing running.
type parallelDeflate struct {
	out io.Writer
	// head compresses the first block as it comes; headLen is its length
	// so far. It is nil once the first block is done.
	head    *flate.Writer
	headLen int
	cur     *deflateJob   // the block being filled after the first
	queue   []*deflateJob // compressing or done, not yet written; in order
	flight  int
	err     error
	// free are written jobs whose buffers are reused; writers the
	// compressors of this part that are not in use.
	free    []*deflateJob
	writers chan *flate.Writer
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
	flight := 2 * runtime.GOMAXPROCS(0)
	d := &parallelDeflate{out: out, flight: flight, writers: make(chan *flate.Writer, flight+1)}
	d.head = d.compressor()
	d.head.Reset(out)
	return d
}

// Write compresses the first block as it comes, then buffers p and hands
// every full block to a goroutine.
func (d *parallelDeflate) Write(p []byte) (int, error) {
	n := len(p)
	if d.head != nil && d.err == nil {
		k := min(len(p), deflateBlock-d.headLen)
		_, d.err = d.head.Write(p[:k])
		d.headLen, p = d.headLen+k, p[k:]
		if d.headLen == deflateBlock && d.err == nil {
			d.endHead(false)
		}
	}
	for len(p) > 0 && d.err == nil {
		j := d.current()
		k := min(len(p), deflateBlock-len(j.in))
		j.in, p = append(j.in, p[:k]...), p[k:]
		if len(j.in) == deflateBlock {
			d.submit(false)
			d.drain(d.flight)
		}
	}
	if d.err != nil {
		return 0, d.err
	}
	return n, nil
}

// endHead ends the first block: with a sync flush when more follows, else
// the end of the stream.
func (d *parallelDeflate) endHead(final bool) {
	if final {
		d.err = d.head.Close()
	} else {
		d.err = d.head.Flush()
	}
	d.head.Reset(io.Discard) // let go of out
	d.giveBack(d.head)
	d.head = nil
}

// Close compresses the rest as the final block and writes every block
// that is still out.
func (d *parallelDeflate) Close() error {
	defer d.release()
	if d.err != nil {
		return d.err
	}
	if d.head != nil {
		d.endHead(true)
		return d.err
	}
	d.submit(true)
	d.drain(0)
	return d.err
}

// current returns the block being filled, starting one (reusing a
// written one) if there is none.
func (d *parallelDeflate) current() *deflateJob {
	if d.cur != nil {
		return d.cur
	}
	var j *deflateJob
	if k := len(d.free); k > 0 {
		j, d.free = d.free[k-1], d.free[:k-1]
		j.in, j.err = j.in[:0], nil
		j.out.Reset()
	} else {
		j = &deflateJob{in: make([]byte, 0, deflateBlock)}
	}
	d.cur = j
	return j
}

// submit starts compressing the current block.
func (d *parallelDeflate) submit(final bool) {
	j, fw := d.current(), d.compressor()
	d.cur = nil
	j.done = make(chan struct{})
	d.queue = append(d.queue, j)
	go func() {
		defer close(j.done)
		j.compress(fw, final)
		d.giveBack(fw)
	}()
}

// compressor returns an idle compressor of this part's, or one from
// flatePool.
func (d *parallelDeflate) compressor() *flate.Writer {
	select {
	case fw := <-d.writers:
		return fw
	default:
		return flatePool.Get().(*flate.Writer)
	}
}

// giveBack makes a compressor idle again.
func (d *parallelDeflate) giveBack(fw *flate.Writer) {
	select {
	case d.writers <- fw:
	default:
		flatePool.Put(fw)
	}
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
// keeps its buffers for a next block.
func (d *parallelDeflate) write(j *deflateJob) {
	if d.err == nil {
		d.err = j.err
	}
	if d.err == nil {
		_, d.err = d.out.Write(j.out.Bytes())
	}
	d.free = append(d.free, j)
}

// release hands this part's idle compressors to the next part and lets
// go of the buffers. Blocks still out (after a failed write) keep theirs.
func (d *parallelDeflate) release() {
	if d.head != nil { // closed after a failed write
		d.head.Reset(io.Discard)
		d.giveBack(d.head)
		d.head = nil
	}
	for {
		select {
		case fw := <-d.writers:
			flatePool.Put(fw)
		default:
			d.free, d.cur = nil, nil
			return
		}
	}
}

// compress deflates the block with fw: a final block ends the stream,
// any other ends with a sync flush.
func (j *deflateJob) compress(fw *flate.Writer, final bool) {
	fw.Reset(&j.out)
	defer fw.Reset(io.Discard) // let go of j.out
	if _, j.err = fw.Write(j.in); j.err != nil {
		return
	}
	if final {
		j.err = fw.Close()
	} else {
		j.err = fw.Flush()
	}
}
