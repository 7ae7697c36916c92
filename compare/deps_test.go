package compare

import (
	"os/exec"
	"strings"
	"testing"
)

// TestAnalysisNeedsNoSpreadsheetLibrary: the analysis packages depend on
// the import's data model (importer/model), not on the readers or the
// workbook writer, so they do not drag in excelize (issue 10). Only
// compare/workbook, which writes the workbook, may.
func TestAnalysisNeedsNoSpreadsheetLibrary(t *testing.T) {
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to list dependencies")
	}
	out, err := exec.Command(goBin, "list", "-deps", "pakompas/compare", "pakompas/compare/vague",
		"pakompas/compare/theme", "pakompas/compare/align", "pakompas/compare/evaluation").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	for _, p := range strings.Fields(string(out)) {
		if strings.Contains(p, "excelize") || p == "pakompas/compare/workbook" || p == "pakompas/importer" {
			t.Errorf("the analysis depends on %s", p)
		}
	}
}
