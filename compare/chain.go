package compare

import "slices"

// Chain returns the agreements of the chain over the years that
// agreement i belongs to, oldest first: from the first version along
// Previous, then along Next to the last. Each agreement is visited once
// (a cycle, which matching never makes, ends the walk), so the chain is
// at most as long as the loaded versions.
func (an *Analysis) Chain(i int) []int {
	back := []int{i}
	head := i
	for {
		p, ok := an.byID[an.Agreements[head].Previous]
		if !ok || an.Agreements[head].Previous == "" || slices.Contains(back, p) {
			break
		}
		back = append(back, p)
		head = p
	}
	out := []int{head}
	for j := head; ; {
		n, ok := an.byID[an.Agreements[j].Next]
		if !ok || an.Agreements[j].Next == "" || n == head || slices.Contains(out, n) {
			return out
		}
		out = append(out, n)
		j = n
	}
}
