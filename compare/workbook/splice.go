package workbook

import (
	"archive/zip"
	"bytes"
	"crypto/rand"
	"fmt"
	"io"
	"strconv"
	"strings"
	"sync"

	"github.com/xuri/excelize/v2"

	"pakompas/importer/parallel"
)

// A big sheet's rows are not handed to excelize at all. streamRows writes
// one placeholder row in their place, a cell holding a token no text can
// hold, and registers what the rows are (a rowSplice). When the package
// is written, every worksheet part passes through a spliceWriter, which
// replaces the placeholder row by the rows themselves, made on all cores
// chunk by chunk (appendRow) while the chunks before are written and
// deflated. So the rows never exist as a whole: not as cells, not in
// excelize's buffer or its temporary file.

// rowSplice is the rows a placeholder stands for: rows from … to-1, row
// from at sheet row firstRow, width values each, filled by fill.
type rowSplice struct {
	from, to, firstRow, width int
	withCells                 bool
	fill                      rowFill
	colStyle                  []int
}

// splices holds a workbook's rowSplices by token.
type splices struct {
	mu     sync.Mutex
	byTok  map[string]*rowSplice
	serial int
	// prefix starts this workbook's tokens: spliceTokenMark and a random
	// part (set by the first add).
	prefix string
}

// add registers s and returns the token of its placeholder.
func (sp *splices) add(s *rowSplice) string {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if sp.byTok == nil {
		sp.byTok = map[string]*rowSplice{}
		sp.prefix = spliceTokenMark + rand.Text() + "["
	}
	sp.serial++
	tok := sp.prefix + strconv.Itoa(sp.serial) + "]"
	sp.byTok[tok] = s
	return tok
}

// tokenPrefix is what every token of sp starts with; "" when none was
// registered.
func (sp *splices) tokenPrefix() string {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	return sp.prefix
}

// take returns and forgets the splice of token tok.
func (sp *splices) take(tok string) *rowSplice {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	s := sp.byTok[tok]
	delete(sp.byTok, tok)
	return s
}

// left is the number of registered splices not yet written.
func (sp *splices) left() int {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	return len(sp.byTok)
}

// spliceTokenMark starts every placeholder token; a random part per
// workbook follows it (splices.prefix). A cell's text may hold anything,
// a gemeente's name too, which excelize writes into the theme sheets'
// headers: only the random part keeps a text from being taken for a
// placeholder (TestPlaceholderLookalikeText).
const spliceTokenMark = "\uE000pakompas-rijen-"

// rowTail is what follows a placeholder token in the row excelize writes
// for it.
const rowTail = "</t></is></c></row>"

// spliceWriter passes a worksheet part on to out, replacing each
// placeholder row by its rows. It holds back the bytes that may be the
// start of a placeholder row (its start tag and cell lie within
// holdBack bytes before the token).
type spliceWriter struct {
	out     io.Writer
	sp      *splices
	pending []byte
	err     error
	// prefix is sp's token prefix (nil: no rows registered, nothing to
	// splice).
	prefix []byte
}

// holdBack is how many bytes a spliceWriter keeps back: a placeholder
// row's start and cell tags, the token and the row's end fit in it.
const holdBack = 512

// Write passes p on, splicing rows in place of placeholders.
func (w *spliceWriter) Write(p []byte) (int, error) {
	if w.err != nil {
		return 0, w.err
	}
	w.pending = append(w.pending, p...)
	w.err = w.drain(false)
	if w.err != nil {
		return 0, w.err
	}
	return len(p), nil
}

// Close writes what is held back; a placeholder cut off is an error.
func (w *spliceWriter) Close() error {
	if w.err != nil {
		return w.err
	}
	w.err = w.drain(true)
	return w.err
}

// drain writes out pending up to what may still be part of a
// placeholder row (everything at the end).
func (w *spliceWriter) drain(final bool) error {
	if w.prefix == nil {
		w.prefix = []byte(w.sp.tokenPrefix())
	}
	for {
		i := -1
		if len(w.prefix) > 0 {
			i = bytes.Index(w.pending, w.prefix)
		}
		if i < 0 {
			keep := 0
			if !final {
				keep = min(len(w.pending), holdBack)
			}
			return w.flush(len(w.pending) - keep)
		}
		end := bytes.Index(w.pending[i:], []byte(rowTail))
		if end < 0 {
			if final {
				return fmt.Errorf("interne fout: rijen zonder einde in het werkblad")
			}
			return w.flush(i - min(i, holdBack)) // wait for the row's end
		}
		start := bytes.LastIndex(w.pending[:i], []byte("<row "))
		tokEnd := bytes.IndexByte(w.pending[i:], ']')
		if start < 0 || tokEnd < 0 {
			return fmt.Errorf("interne fout: plaatshouder zonder rij in het werkblad")
		}
		s := w.sp.take(string(w.pending[i : i+tokEnd+1]))
		if s == nil {
			return fmt.Errorf("interne fout: onbekende plaatshouder in het werkblad")
		}
		rowEnd := i + end + len(rowTail)
		if err := w.flush(start); err != nil {
			return err
		}
		if err := s.write(w.out); err != nil {
			return err
		}
		rowEnd -= start
		w.pending = w.pending[:copy(w.pending, w.pending[rowEnd:])]
	}
}

// flush writes the first n pending bytes and drops them.
func (w *spliceWriter) flush(n int) error {
	if n <= 0 {
		return nil
	}
	if _, err := w.out.Write(w.pending[:n]); err != nil {
		return err
	}
	w.pending = w.pending[:copy(w.pending, w.pending[n:])]
	return nil
}

// write makes the rows and writes them to out in order, chunks of rows
// made on all cores.
func (s *rowSplice) write(out io.Writer) error {
	chunk := max(1, rowChunkCells/max(s.width, 1))
	return parallel.Ordered(s.to-s.from, chunk, func(lo, hi int) *rowBytes {
		rb := rowBytesPool.Get().(*rowBytes)
		rb.b, rb.err = rb.b[:0], nil
		vals := make([]any, s.width)
		var cells []excelize.Cell
		if s.withCells {
			cells = make([]excelize.Cell, s.width)
		}
		for k := lo; k < hi && rb.err == nil; k++ {
			clear(vals)
			clear(cells)
			h := s.fill(s.from+k, vals, cells)
			rb.b, rb.err = appendRow(rb.b, s.firstRow+k, vals, h, s.colStyle)
		}
		return rb
	}, func(rb *rowBytes) error {
		defer rowBytesPool.Put(rb)
		if rb.err != nil {
			return rb.err
		}
		_, err := out.Write(rb.b)
		return err
	})
}

// rowBytes is a chunk of rows as XML.
type rowBytes struct {
	b   []byte
	err error
}

var rowBytesPool = sync.Pool{New: func() any { return new(rowBytes) }}

// splicingZip is the zip writer excelize writes the package to: each
// worksheet part goes through a spliceWriter, closed when the next part
// starts or the package ends.
type splicingZip struct {
	*zip.Writer
	sp  *splices
	cur *spliceWriter
}

// Create starts part name.
func (z *splicingZip) Create(name string) (io.Writer, error) {
	if err := z.endPart(); err != nil {
		return nil, err
	}
	w, err := z.Writer.Create(name)
	if err != nil || z.sp == nil || !strings.HasPrefix(name, "xl/worksheets/") {
		return w, err
	}
	z.cur = &spliceWriter{out: w, sp: z.sp}
	return z.cur, nil
}

// Close ends the last part and the package.
func (z *splicingZip) Close() error {
	if err := z.endPart(); err != nil {
		return err
	}
	return z.Writer.Close()
}

// endPart writes what the current worksheet part holds back.
func (z *splicingZip) endPart() error {
	if z.cur == nil {
		return nil
	}
	err := z.cur.Close()
	z.cur = nil
	return err
}
