package org.liaison.contacts.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.liaison.contacts.io.ExportProgram;
import org.liaison.contacts.io.ImportField;
import org.liaison.contacts.io.ImportPreview;

/**
 * What each column of the file holds: read as the program the file seems to come from writes it
 * (or remembered), shown with the first values; which line holds the column names; and the country
 * of numbers written without their code.
 */
final class ImportMappingPage extends WizardPage {

    private static final ImportField[] FIELDS = ImportField.values();

    private final ImportWizard wizard;
    private ScrolledComposite scroller;
    private Composite grid;
    private Label program;
    private Label dialect;
    private Spinner headerLine;
    private Label skipped;
    private Combo country;
    private Button remember;
    private final List<Combo> choices = new ArrayList<>();

    ImportMappingPage(ImportWizard wizard) {
        super("mapping");
        this.wizard = wizard;
        setTitle(wizard.texts.get("import.mapping.title"));
        setDescription(wizard.texts.get("import.mapping.description"));
    }

    @Override
    public void createControl(Composite parent) {
        Composite page = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(page);
        var texts = wizard.texts;
        program = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(program);
        dialect = new Label(page, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(dialect);
        Composite choices = new Composite(page, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 4).applyTo(choices);
        new Label(choices, SWT.NONE).setText(texts.get("import.mapping.headerLine"));
        headerLine = new Spinner(choices, SWT.BORDER);
        headerLine.setValues(1, 1, 1000, 0, 1, 10);
        headerLine.addListener(SWT.Selection, e -> reread());
        skipped = new Label(choices, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(skipped);
        new Label(choices, SWT.NONE).setText(texts.get("import.file.country"));
        country = new Combo(choices, SWT.READ_ONLY);
        country.setItems(texts.get("country.GB"), texts.get("country.FR"));
        country.addListener(SWT.Selection, e -> wizard.defaultCountry = country.getSelectionIndex() == 0 ? "GB" : "FR");
        scroller = new ScrolledComposite(page, SWT.V_SCROLL | SWT.BORDER);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(560, 260).applyTo(scroller);
        remember = new Button(page, SWT.CHECK);
        remember.setText(wizard.texts.get("import.mapping.remember"));
        remember.setSelection(true);
        setControl(page);
    }

    /** Reads the file again with the column names on the line the person chose. */
    private void reread() {
        if (wizard.preview != null && headerLine.getSelection() != wizard.preview.dialect().headerLine()) {
            wizard.readPreview(headerLine.getSelection());
        }
    }

    void show(ImportPreview preview) {
        var texts = wizard.texts;
        program.setText(preview.program() == ExportProgram.SPREADSHEET ? texts.get("import.mapping.noProgram")
                : texts.get("import.mapping.program", texts.get("program." + preview.program().name())));
        headerLine.setSelection(preview.dialect().headerLine());
        skipped.setText(texts.get("import.mapping.skipped", preview.skippedLines().size()));
        country.select("FR".equals(wizard.defaultCountry) ? 1 : 0);
        dialect.setText(texts.get("import.mapping.dialect", preview.dialect().charset(),
                texts.get("delimiter." + (int) preview.dialect().delimiter()), preview.rows().size()));
        if (grid != null) {
            grid.dispose();
        }
        choices.clear();
        grid = new Composite(scroller, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).spacing(12, 4).applyTo(grid);
        for (String header : new String[] { "import.mapping.column", "import.mapping.field", "import.mapping.sample" }) {
            Label label = new Label(grid, SWT.NONE);
            label.setText(texts.get(header));
        }
        for (int i = 0; i < preview.headers().size(); i++) {
            new Label(grid, SWT.NONE).setText(preview.headers().get(i));
            Combo field = new Combo(grid, SWT.READ_ONLY);
            for (ImportField f : FIELDS) {
                field.add(texts.get("field." + f.name()));
            }
            field.select(i < preview.mapping().size() ? preview.mapping().get(i).ordinal() : ImportField.IGNORE.ordinal());
            choices.add(field);
            final int column = i;
            Label sample = new Label(grid, SWT.NONE);
            sample.setText(String.join(" | ", preview.rows().stream().limit(3)
                    .map(r -> column < r.size() ? shorten(r.get(column)) : "").toList()));
        }
        scroller.setContent(grid);
        scroller.setMinSize(grid.computeSize(SWT.DEFAULT, SWT.DEFAULT));
        ((Control) getControl()).getParent().layout(true, true);
        setErrorMessage(null);
    }

    private static String shorten(String value) {
        String flat = value.replace('\n', ' ');
        return flat.length() > 30 ? flat.substring(0, 29) + "\u2026" : flat;
    }

    List<ImportField> mapping() {
        return choices.stream().map(c -> FIELDS[c.getSelectionIndex()]).toList();
    }

    /** Without asking for the next page, which reads the file. */
    @Override
    public boolean canFlipToNextPage() {
        return isPageComplete();
    }

    @Override
    public IWizardPage getNextPage() {
        if (choices.isEmpty()) {
            return super.getNextPage();
        }
        return wizard.makePlan(mapping(), remember.getSelection()) ? super.getNextPage() : this;
    }
}
