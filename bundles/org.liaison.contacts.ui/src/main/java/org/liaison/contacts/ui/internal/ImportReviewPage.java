package org.liaison.contacts.ui.internal;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.liaison.contacts.io.ImportDecision;
import org.liaison.contacts.io.ImportPlan;
import org.liaison.contacts.io.ImportRow;
import org.liaison.core.validation.ValidationProblem;

/**
 * Before anything is written: every wrong row with its line, field and reason; apart from them,
 * the rows imported with something to check (a number kept as written); every row that seems to be
 * someone already known, with what to do about it (skip, update, create); the lines left out.
 */
final class ImportReviewPage extends WizardPage {

    private final ImportWizard wizard;
    private Label summary;
    private Table problems;
    private Table warnings;
    private Label skipped;
    private Table duplicates;
    private Button onlyValid;
    private List<ImportRow> duplicateRows = List.of();

    ImportReviewPage(ImportWizard wizard) {
        super("review");
        this.wizard = wizard;
        setTitle(wizard.texts.get("import.review.title"));
        setDescription(wizard.texts.get("import.review.description"));
    }

    @Override
    public void createControl(Composite parent) {
        var texts = wizard.texts;
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(page);
        summary = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(summary);
        heading(page, "import.review.errors");
        problems = table(page, List.of("import.review.line", "import.review.field", "import.review.problem"), 70);
        heading(page, "import.review.warnings");
        warnings = table(page, List.of("import.review.line", "import.review.field", "import.review.warning"), 70);
        skipped = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).span(4, 1).applyTo(skipped);
        duplicates = table(page, List.of("import.review.line", "import.review.row", "import.review.reason",
                "import.review.decision"), 90);
        for (ImportDecision decision : ImportDecision.values()) {
            Button button = new Button(page, SWT.PUSH);
            button.setText(texts.get("import.decide." + decision.name()));
            button.addListener(SWT.Selection, e -> decide(decision));
        }
        onlyValid = new Button(page, SWT.CHECK);
        onlyValid.setText(texts.get("import.review.onlyValid"));
        onlyValid.addListener(SWT.Selection, e -> setPageComplete(onlyValid.getSelection() || wizard.plan.invalidRows() == 0));
        setControl(page);
    }

    private void heading(Composite page, String key) {
        Label heading = new Label(page, SWT.NONE);
        heading.setText(wizard.texts.get(key));
        GridDataFactory.fillDefaults().span(4, 1).indent(0, 4).applyTo(heading);
    }

    private Table table(Composite page, List<String> columns, int height) {
        Table table = new Table(page, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setHeaderVisible(true);
        for (String column : columns) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(wizard.texts.get(column));
            // the reasons are sentences ("Hélène Lefèvre of Seine Logistique SARL is already recorded..."): most of the width
            c.setWidth(switch (column) {
                case "import.review.line" -> 60;
                case "import.review.problem", "import.review.reason", "import.review.warning" -> 540;
                case "import.review.decision" -> 110;
                default -> 180;
            });
        }
        GridDataFactory.fillDefaults().grab(true, true).span(4, 1).hint(900, height).applyTo(table);
        return table;
    }

    void show(ImportPlan plan) {
        var texts = wizard.texts;
        String where = texts.get(wizard.cards() ? "import.review.card" : "import.review.line");
        for (Table table : List.of(problems, warnings, duplicates)) {
            table.getColumn(0).setText(where);
        }
        summary.setText(texts.get("import.review.summary", plan.rows().size(), plan.invalidRows(), plan.duplicateRows(),
                plan.rowsWithWarnings()));
        problems.removeAll();
        warnings.removeAll();
        for (ImportRow row : plan.rows()) {
            list(problems, row.problems());
            if (row.valid()) {
                list(warnings, row.warnings());
            }
        }
        skipped.setText(plan.skippedLines().isEmpty() ? "" : texts.get("import.review.skipped", plan.skippedLines().size(),
                String.join(", ", plan.skippedLines().stream().map(String::valueOf).toList())));
        duplicateRows = plan.rows().stream().filter(ImportRow::duplicate).toList();
        showDecisions();
        onlyValid.setSelection(false);
        onlyValid.setEnabled(plan.invalidRows() > 0);
        setPageComplete(plan.invalidRows() == 0);
        setMessage(plan.invalidRows() > 0 ? texts.get("import.review.wrongRows", plan.invalidRows()) : null, WARNING);
    }

    private void list(Table table, List<ValidationProblem> found) {
        for (ValidationProblem problem : found) {
            new TableItem(table, SWT.NONE).setText(new String[] { String.valueOf(problem.line()),
                    problem.field() == null ? "" : wizard.texts.get("formField." + problem.field()), problem.message() });
        }
    }

    private void showDecisions() {
        duplicates.removeAll();
        for (ImportRow row : duplicateRows) {
            ImportDecision decision = wizard.decisions.getOrDefault(row.line(), row.defaultDecision());
            new TableItem(duplicates, SWT.NONE).setText(new String[] { String.valueOf(row.line()),
                    row.person() == null ? "" : row.person().displayName(), row.duplicateReason(),
                    wizard.texts.get("import.decide." + decision.name()) });
        }
    }

    /** Applies {@code decision} to the selected duplicate rows, or to all of them when none is selected. */
    private void decide(ImportDecision decision) {
        int[] selected = duplicates.getSelectionIndices();
        if (selected.length == 0) {
            selected = java.util.stream.IntStream.range(0, duplicateRows.size()).toArray();
        }
        int notUpdatable = 0;
        for (int index : selected) {
            ImportRow row = duplicateRows.get(index);
            // only a row matching a known contact can update it; an earlier row of the file is not written yet
            if (decision != ImportDecision.UPDATE || row.duplicateOf() != null) {
                wizard.decisions.put(row.line(), decision);
            } else {
                notUpdatable++;
            }
        }
        showDecisions();
        setMessage(notUpdatable == 0 ? null : wizard.texts.get("import.review.notUpdatable", notUpdatable), INFORMATION);
    }

    boolean onlyValidRows() {
        return onlyValid.getSelection();
    }
}
