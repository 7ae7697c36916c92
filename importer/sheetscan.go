package importer

import (
	"bufio"
	"bytes"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// sheetScan is what one pass over a worksheet's XML found besides the
// cells excelize reads: the merged ranges, whether the rows are complete,
// and the cells whose shared-string index is broken. excelize's row
// iterator stops without a word at XML that breaks off inside the rows,
// reads a shared-string index "abc" as string 0 and an index out of
// range as an empty cell (issue 11 row 9); this pass says so instead.
type sheetScan struct {
	merges []mergeRange
	// mergeErr says why the merge list could not be read whole (merges
	// holds the ranges before it).
	mergeErr error
	// cutOff is set when <sheetData> was opened and never closed: the
	// part breaks off inside the rows.
	cutOff bool
	// lastRow is the number of the last row started.
	lastRow int
	// badStrings are the first cells (up to maxBadStrings) whose
	// shared-string index is no number or out of range; badCount counts
	// them all.
	badStrings []badString
	badCount   int
}

// badString is a cell with a broken shared-string index.
type badString struct {
	row, col int // 1-based row, 0-based column
	index    string
}

// maxBadStrings is how many broken cells a scan keeps by name.
const maxBadStrings = 100

// scanSheet reads a worksheet's XML once, for a workbook with sst shared
// strings. It skips from markup to markup (a literal '<' only starts
// markup: text and attribute values escape it) without decoding, passes
// over comments, CDATA and processing instructions whole, follows
// <sheetData>, rows and shared-string cells, and decodes from the
// <mergeCells> start tag (any namespace prefix) to its end; the schema
// puts nothing the scan needs after it. A sheet without one has no
// merges. Broken XML or a bad reference is the mergeErr, with the ranges
// read before it.
func scanSheet(r io.Reader, sst int) sheetScan {
	br := bufio.NewReader(r)
	var sc sheetScan
	shared := "" // the reference of the <c t="s"> whose <v> comes next
	for {
		if _, err := br.ReadSlice('<'); err != nil {
			if errors.Is(err, bufio.ErrBufferFull) {
				continue
			}
			if !errors.Is(err, io.EOF) {
				sc.mergeErr = err
			}
			return sc
		}
		// The longest opener is "![CDATA["; names worth reading are short.
		// Peek may return less near the end.
		head, _ := br.Peek(64)
		if len(head) > 0 && head[0] == '/' { // most tags are end tags
			if sc.cutOff && string(tagLocalName(head[1:])) == "sheetData" {
				sc.cutOff = false
			}
			continue
		}
		skipped, err := skipSpecial(br, head)
		if !skipped {
			switch string(tagLocalName(head)) {
			case "sheetData":
				sc.cutOff = !selfClosing(br)
			case "row":
				sc.lastRow = rowNumber(br, sc.lastRow)
				shared = ""
			case "c":
				shared = sharedRef(br)
			case "v":
				if shared != "" {
					sc.checkShared(br, shared, sst)
					shared = ""
				}
			case "mergeCells":
				sc.merges, sc.mergeErr = decodeMerges(io.MultiReader(strings.NewReader("<"), br))
				return sc
			}
		}
		if err != nil {
			sc.mergeErr = err
			return sc
		}
	}
}

// countTags counts the start tags with the local name name in the XML of
// r (skipping comments, CDATA and processing instructions as scanSheet
// does), and reports whether the XML is complete: it ends with the end
// tag of its first element. Broken XML ends the count.
func countTags(r io.Reader, name string) (int, bool) {
	br := bufio.NewReader(r)
	n := 0
	var root []byte
	rootClosed := false // the root is an empty element (<sst …/>)
	for {
		tail, err := br.ReadSlice('<')
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if err != nil {
			// tail is what follows the last '<': the root's end tag.
			end := bytes.TrimRight(tail, " \t\r\n")
			if root == nil { // no element at all: nothing was cut off
				return n, len(bytes.TrimSpace(tail)) == 0
			}
			return n, rootClosed || bytes.HasPrefix(end, []byte("/")) && bytes.HasSuffix(end, []byte(">")) && bytes.Equal(tagLocalName(end[1:]), root)
		}
		head, _ := br.Peek(64)
		skipped, err := skipSpecial(br, head)
		if err != nil {
			return n, false
		}
		if skipped || len(head) == 0 || head[0] == '/' {
			continue
		}
		local := tagLocalName(head)
		if root == nil {
			root = append([]byte(nil), local...)
			rootClosed = selfClosing(br)
		}
		if string(local) == name {
			n++
		}
	}
}

// skipSpecial skips a comment, CDATA section or processing instruction
// whose text (after '<') begins head, and reports whether it did: a
// literal '<' inside them starts no markup.
func skipSpecial(br *bufio.Reader, head []byte) (bool, error) {
	switch {
	case bytes.HasPrefix(head, []byte("!--")):
		return true, skipPast(br, 3, "-->")
	case bytes.HasPrefix(head, []byte("![CDATA[")):
		return true, skipPast(br, 8, "]]>")
	case bytes.HasPrefix(head, []byte("?")):
		return true, skipPast(br, 1, "?>")
	}
	return false, nil
}

// tagHead returns the start tag the reader is at (after its '<') up to and
// including its '>', or what there is of it within 256 bytes.
func tagHead(br *bufio.Reader) []byte {
	head, _ := br.Peek(256)
	if i := bytes.IndexByte(head, '>'); i >= 0 {
		return head[:i+1]
	}
	return head
}

// selfClosing reports whether the start tag the reader is at ends in "/>".
func selfClosing(br *bufio.Reader) bool {
	return bytes.HasSuffix(tagHead(br), []byte("/>"))
}

// rowNumber returns the r attribute of the <row> the reader is at, or
// the row after prev when it has none (as excelize counts).
func rowNumber(br *bufio.Reader, prev int) int {
	if n, err := strconv.Atoi(string(attrValue(tagHead(br), "r"))); err == nil {
		return n
	}
	return prev + 1
}

// sharedRef returns the r attribute of the <c> the reader is at when it
// is a shared-string cell (t="s"), else "".
func sharedRef(br *bufio.Reader) string {
	tag := tagHead(br)
	if string(attrValue(tag, "t")) != "s" {
		return ""
	}
	if ref := attrValue(tag, "r"); len(ref) > 0 {
		return string(ref)
	}
	return "?"
}

// checkShared checks the text of the <v> the reader is at (the index of
// the shared-string cell ref) against the sst strings there are. A value
// with an entity in it is not checked.
func (sc *sheetScan) checkShared(br *bufio.Reader, ref string, sst int) {
	head, _ := br.Peek(256)
	gt := bytes.IndexByte(head, '>')
	if gt < 0 || bytes.HasSuffix(head[:gt], []byte("/")) {
		return
	}
	text := head[gt+1:]
	end := bytes.IndexByte(text, '<')
	if end >= 0 {
		text = text[:end]
	}
	if bytes.IndexByte(text, '&') >= 0 {
		return
	}
	v := strings.TrimSpace(string(text))
	if i, err := strconv.Atoi(v); end >= 0 && err == nil && i >= 0 && i < sst {
		return
	}
	sc.badCount++
	if len(sc.badStrings) < maxBadStrings {
		col, row, err := excelize.CellNameToCoordinates(ref)
		if err != nil {
			col, row = 0, sc.lastRow
		}
		sc.badStrings = append(sc.badStrings, badString{row: row, col: col - 1, index: v})
	}
}

// attrValue returns the value of the attribute name (no prefix) in a
// start tag, or nil.
func attrValue(tag []byte, name string) []byte {
	// Skip the element name, then walk name="value" pairs.
	i := bytes.IndexAny(tag, " \t\r\n")
	for i >= 0 && i < len(tag) {
		for i < len(tag) && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\r' || tag[i] == '\n') {
			i++
		}
		eq := bytes.IndexByte(tag[i:], '=')
		if eq < 0 {
			return nil
		}
		key := bytes.TrimSpace(tag[i : i+eq])
		j := i + eq + 1
		for j < len(tag) && (tag[j] == ' ' || tag[j] == '\t' || tag[j] == '\r' || tag[j] == '\n') {
			j++
		}
		if j >= len(tag) || (tag[j] != '"' && tag[j] != '\'') {
			return nil
		}
		closeAt := bytes.IndexByte(tag[j+1:], tag[j])
		if closeAt < 0 {
			return nil
		}
		if string(key) == name {
			return tag[j+1 : j+1+closeAt]
		}
		i = j + 1 + closeAt + 1
	}
	return nil
}
