package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"sync"

	"pakompas/importer/parallel"
)

// The JSON documents of import and check end in one long array (every
// agreement, every vague one): 67 MB nationally. Encoding the document in
// one go held all of it in memory twice (compact, then indented) before
// the first byte went out. writeJSONDoc writes the same bytes one element
// at a time: the elements are encoded in chunks on all cores, and the
// chunks are written in order through a buffered writer as they are done.

// jsonIndent is the indentation of every JSON document pakompas writes
// (as json.Encoder with SetIndent("", jsonIndent)).
const jsonIndent = "  "

// jsonChunk is how many array elements one worker encodes at a time: big
// enough that handing chunks over costs nothing, small enough that the
// chunks in flight (a few per core) stay a few MB.
const jsonChunk = 256

// writeJSONDoc writes to w, followed by a newline, the JSON object that
// has head's fields and then one more field, name, holding the n elements
// elem(0) … elem(n-1); null when isNil (a nil slice). The bytes are the
// ones json.Encoder with SetIndent("", jsonIndent) writes for a struct
// with those fields in that order. head must be a struct (or a pointer to
// one) that encodes to an object; elem is called from several goroutines
// at once and must only read. The buffered output is flushed before
// writeJSONDoc returns, also on an error.
func writeJSONDoc(w io.Writer, head any, name string, n int, isNil bool, elem func(i int) any) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	err := writeJSONBody(bw, head, name, n, isNil, elem)
	if ferr := bw.Flush(); err == nil {
		err = ferr
	}
	return err
}

// writeJSONBody is writeJSONDoc without the flush.
func writeJSONBody(w *bufio.Writer, head any, name string, n int, isNil bool, elem func(i int) any) error {
	h, err := json.MarshalIndent(head, "", jsonIndent)
	if err != nil {
		return err
	}
	key, err := json.Marshal(name)
	if err != nil {
		return err
	}
	// head is "{}" without fields, else "{\n  …\n}": open it again.
	switch {
	case bytes.Equal(h, []byte("{}")):
		w.WriteString("{\n" + jsonIndent)
	case bytes.HasPrefix(h, []byte("{\n")) && bytes.HasSuffix(h, []byte("\n}")):
		w.Write(h[:len(h)-2])
		w.WriteString(",\n" + jsonIndent)
	default:
		return errors.New("interne fout: het JSON-document is geen object")
	}
	w.Write(key)
	w.WriteString(": ")
	switch {
	case isNil:
		w.WriteString("null")
	case n == 0:
		w.WriteString("[]")
	default:
		w.WriteByte('[')
		if err := writeJSONElems(w, n, elem); err != nil {
			return err
		}
		w.WriteString("\n" + jsonIndent + "]")
	}
	_, err = w.WriteString("\n}\n")
	return err
}

// writeJSONElems writes elements 0 … n-1 of an array at depth 1, each
// preceded by a comma (all but the first), a newline and its indentation.
// Chunks of jsonChunk elements are encoded on all cores and written in
// order (parallel.Ordered).
func writeJSONElems(w io.Writer, n int, elem func(i int) any) error {
	type chunk struct {
		buf *bytes.Buffer
		err error
	}
	return parallel.Ordered(n, jsonChunk, func(lo, hi int) chunk {
		buf := chunkPool.Get().(*bytes.Buffer)
		buf.Reset()
		return chunk{buf, encodeChunk(buf, lo, hi, elem)}
	}, func(c chunk) error {
		defer chunkPool.Put(c.buf)
		if c.err != nil {
			return c.err
		}
		_, err := w.Write(c.buf.Bytes())
		return err
	})
}

// chunkPool holds the buffers of encoded chunks.
var chunkPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// elemPrefix is the indentation of an array element at depth 1 and of
// every line within it.
const elemPrefix = jsonIndent + jsonIndent

// encodeChunk appends elements lo … hi-1 to buf as writeJSONElems lays
// them out.
func encodeChunk(buf *bytes.Buffer, lo, hi int, elem func(i int) any) error {
	enc := json.NewEncoder(buf)
	enc.SetIndent(elemPrefix, jsonIndent)
	for i := lo; i < hi; i++ {
		if i > 0 {
			buf.WriteByte(',')
		}
		buf.WriteString("\n" + elemPrefix)
		if err := enc.Encode(elem(i)); err != nil {
			return err
		}
		buf.Truncate(buf.Len() - 1) // Encode's newline
	}
	return nil
}
